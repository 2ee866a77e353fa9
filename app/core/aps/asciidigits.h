#pragma once

#include <QStringView>

#include <algorithm>

// True when every character is an ASCII digit 0-9 (and true for an empty text). APS codes, fort ids and
// amounts are plain ASCII digits; QChar::isDigit() would also accept Arabic-Indic and other digits.
inline bool isAsciiDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}
