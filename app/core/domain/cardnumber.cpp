#include "cardnumber.h"

#include <QList>

#include <algorithm>

namespace {

constexpr int MinCardDigits = 13;
constexpr int MaxCardDigits = 19;

bool isMaskChar(QChar c)
{
    return c == u'*' || c == u'x' || c == u'X' || c == u'#' || c == QChar(0x2022);
}

// What may stand between two digits of one card number: see containsCardNumber() in the header.
bool isSeparator(char32_t c)
{
    switch (c) {
    case U'.':
    case U'/':
    case U'x':
    case U'X':
    case 0x00D7: // multiplication sign
    case 0x066B: // Arabic decimal separator
    case 0x066C: // Arabic thousands separator
    case 0xFF0E: // full-width full stop
    case 0xFF0F: // full-width solidus
    case 0xFF38: // full-width X
    case 0xFF58: // full-width x
        return true;
    default:
        break;
    }
    if (QChar::isSpace(c))
        return true;
    const QChar::Category category = QChar::category(c);
    return category == QChar::Punctuation_Dash || category == QChar::Punctuation_Connector ||
           category == QChar::Other_Format;
}

struct Digit
{
    qsizetype position = 0; // in UTF-16 code units
    qsizetype length = 1;   // 2 for a digit outside the BMP
    int value = 0;
    int group = 0; // digits written together (no separator between them) share a group
};

bool luhnValid(const Digit *first, const Digit *last)
{
    int sum = 0;
    bool doubleIt = false;
    for (const Digit *d = last; d >= first; --d) {
        int value = d->value;
        if (doubleIt) {
            value *= 2;
            if (value > 9)
                value -= 9;
        }
        sum += value;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

// The first digit of a payment card number names its industry (ISO/IEC 7812): 2 to 6 are the networks
// APS takes (Mastercard 2 and 5, Amex, Diners and JCB 3, Visa and mada 4, Discover, UnionPay and Maestro 6).
// APS's own 18-digit fort_ids start with 1, and one in ten of them passes the Luhn check.
bool isIssuerDigit(int value)
{
    return value >= 2 && value <= 6;
}

// Calls `found(first, last)` for every stretch of whole groups of `run` that is a card number; stops when
// it returns false. Returns false when stopped.
template<typename Found>
bool scanRun(const QList<Digit> &run, Found found)
{
    if (run.size() < MinCardDigits)
        return true;
    // Start of each group in `run`.
    QList<qsizetype> starts;
    for (qsizetype i = 0; i < run.size(); ++i) {
        if (i == 0 || run.at(i).group != run.at(i - 1).group)
            starts << i;
    }
    starts << run.size();
    for (qsizetype g = 0; g + 1 < starts.size(); ++g) {
        for (qsizetype h = g + 1; h < starts.size(); ++h) {
            const qsizetype digits = starts.at(h) - starts.at(g);
            if (digits > MaxCardDigits)
                break;
            if (digits >= MinCardDigits && isIssuerDigit(run.at(starts.at(g)).value) &&
                luhnValid(run.constData() + starts.at(g), run.constData() + starts.at(h) - 1)) {
                if (!found(starts.at(g), starts.at(h) - 1))
                    return false;
            }
        }
    }
    return true;
}

// Walks `text` run by run (digits joined by separators) and hands each run of 13 digits or more to
// `visit`; stops when it returns false.
template<typename Visit>
void forEachRun(QStringView text, Visit visit)
{
    QList<Digit> run;
    int group = 0;
    bool separated = false;
    const auto flush = [&]() {
        const bool go = visit(run);
        run.clear();
        separated = false;
        return go;
    };
    for (qsizetype i = 0; i < text.size();) {
        char32_t c = text.at(i).unicode();
        qsizetype length = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            length = 2;
        }
        if (QChar::isDigit(c)) {
            if (run.isEmpty() || separated)
                ++group;
            separated = false;
            run.append(Digit{i, length, QChar::digitValue(c), group});
        } else if (!run.isEmpty() && isSeparator(c)) {
            separated = true;
        } else if (!run.isEmpty() && !flush()) {
            return;
        }
        i += length;
    }
    if (!run.isEmpty())
        flush();
}

} // namespace

bool isMaskedCardNumber(QStringView text)
{
    int leading = 0;  // digits before the first mask character
    int trailing = 0; // digits after the last mask character
    int masks = 0;
    for (const QChar c : text) {
        if (c == u' ' || c == u'-')
            continue;
        if (isMaskChar(c)) {
            if (trailing > 0)
                return false; // a digit between two masked stretches
            ++masks;
        } else if (c >= u'0' && c <= u'9') {
            (masks == 0 ? leading : trailing) += 1;
        } else {
            return false;
        }
    }
    if (masks == 0)
        return leading <= 4;
    return leading <= 6 && trailing <= 4;
}

CardNumberField classifyCardNumberField(QStringView text)
{
    if (isMaskedCardNumber(text))
        return CardNumberField::Masked;
    constexpr qsizetype MaxMaskedDigits = 6 + 4;
    const qsizetype digits = std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    return digits > MaxMaskedDigits ? CardNumberField::Full : CardNumberField::NotMasked;
}

QString cardLastFour(QStringView masked)
{
    QString digits;
    for (qsizetype i = masked.size() - 1; i >= 0 && digits.size() < 4; --i) {
        const QChar c = masked.at(i);
        if (c == u' ' || c == u'-')
            continue;
        if (c < u'0' || c > u'9')
            break;
        digits.prepend(c);
    }
    return digits.size() == 4 ? digits : QString();
}

bool containsCardNumber(QStringView text)
{
    bool found = false;
    forEachRun(text, [&found](const QList<Digit> &run) {
        scanRun(run, [&found](qsizetype, qsizetype) {
            found = true;
            return false;
        });
        return !found;
    });
    return found;
}

QString maskCardNumbers(const QString &text)
{
    QList<std::pair<qsizetype, qsizetype>> masked; // code unit ranges of digits to replace
    forEachRun(text, [&masked](const QList<Digit> &run) {
        QList<bool> hide(run.size(), false);
        bool any = false;
        scanRun(run, [&](qsizetype first, qsizetype last) {
            for (qsizetype i = first; i <= last - 4; ++i)
                hide[i] = true;
            any = true;
            return true;
        });
        if (any) {
            for (qsizetype i = 0; i < run.size(); ++i) {
                if (hide.at(i))
                    masked.append({run.at(i).position, run.at(i).length});
            }
        }
        return true;
    });
    if (masked.isEmpty())
        return text;
    QString result;
    result.reserve(text.size());
    qsizetype from = 0;
    for (const auto &[position, length] : std::as_const(masked)) {
        result += QStringView(text).mid(from, position - from);
        result += u'*';
        from = position + length;
    }
    result += QStringView(text).mid(from);
    return result;
}
