#include "searchterm.h"

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isSeparator(QChar c)
{
    return c == u'-' || c == u'_' || c == u'.';
}

} // namespace

SearchTerm::Kind SearchTerm::kindOf(const QString &text)
{
    if (text.size() < TrigramLength)
        return Kind::Short;
    if (text.contains(u'@'))
        return Kind::Email;
    int digits = 0;
    int separators = 0;
    for (const QChar c : text) {
        if (isAsciiDigit(c))
            ++digits;
        else if (isSeparator(c))
            ++separators;
        else if (!isAsciiLetter(c))
            return Kind::Text;
    }
    if (digits == text.size())
        return digits == 4 ? Kind::LastFour : digits >= 5 ? Kind::Digits : Kind::Text;
    return digits > 0 && separators > 0 ? Kind::Reference : Kind::Text;
}
