#include "money.h"

#include <QList>
#include <QtNumeric>

#include <algorithm>
#include <utility>

namespace {

// The number as the parsers saw it: ASCII digits before and after the decimal separator, with where each
// fraction digit stood in the input so TooManyDecimals can point at the first excess one.
struct DecimalText
{
    QString integerDigits;
    QString fractionDigits;
    QList<int> fractionPositions;
};

MoneyParseResult failure(MoneyError error, int position = -1, QString offending = QString())
{
    MoneyParseResult result;
    result.error = error;
    result.position = position;
    result.offending = std::move(offending);
    return result;
}

QString characterAt(QStringView text, int position)
{
    const bool pair = text.at(position).isHighSurrogate() && position + 1 < text.size() &&
                      text.at(position + 1).isLowSurrogate();
    return text.mid(position, pair ? 2 : 1).toString();
}

MoneyParseResult invalidCharacter(QStringView text, int position)
{
    return failure(MoneyError::InvalidCharacter, position, characterAt(text, position));
}

bool isBlank(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

MoneyParseResult toMoney(const DecimalText &decimal, const Currency &currency)
{
    const int exponent = currency.exponent();
    if (decimal.fractionDigits.size() > exponent)
        return failure(MoneyError::TooManyDecimals, decimal.fractionPositions.at(exponent));

    qsizetype firstSignificant = 0;
    while (firstSignificant < decimal.integerDigits.size() &&
           decimal.integerDigits.at(firstSignificant) == u'0')
        ++firstSignificant;
    const QStringView significant = QStringView(decimal.integerDigits).mid(firstSignificant);
    // A non-zero integer part has exactly significant.size() + exponent digits of minor units, so the limit
    // can be checked before any arithmetic that might overflow.
    if (!significant.isEmpty() && significant.size() + exponent > 10)
        return failure(MoneyError::TooManyDigits);

    qint64 minor = 0;
    for (const QChar c : significant)
        minor = minor * 10 + (c.unicode() - u'0');
    for (int i = 0; i < exponent; ++i) {
        const int digit =
            i < decimal.fractionDigits.size() ? decimal.fractionDigits.at(i).unicode() - u'0' : 0;
        minor = minor * 10 + digit;
    }
    if (minor > Money::ApsMaxMinor)
        return failure(MoneyError::TooManyDigits);

    MoneyParseResult result;
    result.value = Money::fromMinor(minor, currency);
    return result;
}

bool isDirectionMark(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x200E || u == 0x200F || u == 0x061C || (u >= 0x202A && u <= 0x202E) ||
           (u >= 0x2066 && u <= 0x2069);
}

bool isSignCharacter(QChar c, const QLocale &locale)
{
    if (c == u'-' || c == u'+' || c == QChar(0x2212))
        return true;
    const QString negative = locale.negativeSign();
    const QString positive = locale.positiveSign();
    return (!isDirectionMark(c)) && (negative.contains(c) || positive.contains(c));
}

// Separators a person may type for this locale: its own, plus look-alikes that cannot mean anything else.
struct Separators
{
    QList<QChar> decimal;
    QList<QChar> group;
};

Separators separatorsOf(const QLocale &locale)
{
    Separators separators;
    const QString decimal = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    if (decimal.size() == 1)
        separators.decimal.append(decimal.at(0));
    if (group.size() == 1)
        separators.group.append(group.at(0));
    if (decimal == QStringView(u"\u066B"))
        separators.decimal.append(u'.');
    if (group == QStringView(u"\u066C"))
        separators.group.append(u',');
    if (group.size() == 1 && group.at(0).isSpace()) {
        for (const char16_t space : {u' ', u'\u00A0', u'\u202F', u'\u2009'}) {
            if (!separators.group.contains(QChar(space)))
                separators.group.append(QChar(space));
        }
    }
    if (group == QStringView(u"\u2019"))
        separators.group.append(u'\'');
    return separators;
}

// Sizes of the digit runs between group separators, as the locale itself writes this integer.
QList<int> localeGroupSizes(QStringView integerDigits, const QLocale &locale)
{
    QList<int> sizes;
    if (integerDigits.size() > 18)
        return sizes;
    bool ok = false;
    const qint64 value = integerDigits.toLongLong(&ok);
    if (!ok)
        return sizes;
    int run = 0;
    const QString written = locale.toString(value);
    for (qsizetype i = 0; i < written.size(); ++i) {
        const QChar c = written.at(i);
        if (c.isLowSurrogate())
            continue;
        if (c.isDigit() || (c.isHighSurrogate() && i + 1 < written.size())) {
            ++run;
        } else if (run > 0) {
            sizes.append(run);
            run = 0;
        }
    }
    sizes.append(run);
    return sizes;
}

struct Split
{
    bool negative = false;
    quint64 major = 0;
    quint64 fraction = 0;
};

Split split(qint64 minor, qint64 minorPerMajor)
{
    Split parts;
    parts.negative = minor < 0;
    // Negating through unsigned keeps the most negative qint64 representable.
    const quint64 magnitude = parts.negative ? quint64(0) - quint64(minor) : quint64(minor);
    parts.major = magnitude / quint64(minorPerMajor);
    parts.fraction = magnitude % quint64(minorPerMajor);
    return parts;
}

QString paddedFraction(quint64 fraction, int exponent)
{
    return QString::number(fraction).rightJustified(exponent, u'0');
}

// One currency check and one overflow check for both checked operations; `overflows` computes the result
// and says whether it did not fit.
template<typename Operation>
std::optional<Money> checkedArithmetic(const Money &a, const Money &b, MoneyError *error, Operation overflows)
{
    MoneyError reason = MoneyError::None;
    qint64 result = 0;
    if (!a.isValid() || !b.isValid())
        reason = MoneyError::UnknownCurrency;
    else if (a.currency() != b.currency())
        reason = MoneyError::CurrencyMismatch;
    else if (overflows(a.minorUnits(), b.minorUnits(), &result))
        reason = MoneyError::Overflow;
    if (error)
        *error = reason;
    if (reason != MoneyError::None)
        return std::nullopt;
    return Money::fromMinor(result, a.currency());
}

} // namespace

MoneyParseResult Money::parse(QStringView text, const Currency &currency)
{
    if (!currency.isValid())
        return failure(MoneyError::UnknownCurrency);
    if (isBlank(text))
        return failure(MoneyError::Empty);
    if (text.front() == u'-' || text.front() == u'+')
        return failure(MoneyError::Negative, 0);

    DecimalText decimal;
    int pointPosition = -1;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isAsciiDigit(c)) {
            if (pointPosition < 0) {
                decimal.integerDigits.append(c);
            } else {
                decimal.fractionDigits.append(c);
                decimal.fractionPositions.append(i);
            }
        } else if (c == u'.' && pointPosition < 0 && !decimal.integerDigits.isEmpty()) {
            pointPosition = i;
        } else {
            return invalidCharacter(text, i);
        }
    }
    if (pointPosition >= 0 && decimal.fractionDigits.isEmpty())
        return invalidCharacter(text, pointPosition);
    return toMoney(decimal, currency);
}

MoneyParseResult Money::parseLocalized(QStringView text, const Currency &currency, const QLocale &locale)
{
    if (!currency.isValid())
        return failure(MoneyError::UnknownCurrency);

    // Positions of the characters that matter, skipping surrounding blanks and invisible direction marks.
    QList<int> positions;
    for (int i = 0; i < text.size(); ++i) {
        if (!isDirectionMark(text.at(i)))
            positions.append(i);
    }
    while (!positions.isEmpty() && text.at(positions.front()).isSpace())
        positions.removeFirst();
    while (!positions.isEmpty() && text.at(positions.back()).isSpace())
        positions.removeLast();
    if (positions.isEmpty())
        return failure(MoneyError::Empty);
    if (isSignCharacter(text.at(positions.front()), locale))
        return failure(MoneyError::Negative, positions.front());
    if (isSignCharacter(text.at(positions.back()), locale))
        return failure(MoneyError::Negative, positions.back());

    const Separators separators = separatorsOf(locale);
    DecimalText decimal;
    int pointPosition = -1;
    QList<int> groupPositions;
    QList<int> groupSizes; // digits before each separator since the previous one
    int run = 0;
    for (const int i : std::as_const(positions)) {
        const QChar c = text.at(i);
        const int digit = c.digitValue();
        if (digit >= 0 && c.isDigit()) {
            const QChar ascii(char16_t(u'0' + digit));
            if (pointPosition < 0) {
                decimal.integerDigits.append(ascii);
                ++run;
            } else {
                decimal.fractionDigits.append(ascii);
                decimal.fractionPositions.append(i);
            }
        } else if (separators.decimal.contains(c) && pointPosition < 0) {
            if (!groupPositions.isEmpty() && run == 0)
                return invalidCharacter(text, groupPositions.back());
            pointPosition = i;
        } else if (separators.group.contains(c) && pointPosition < 0 && run > 0) {
            groupPositions.append(i);
            groupSizes.append(run);
            run = 0;
        } else {
            return invalidCharacter(text, i);
        }
    }
    if (decimal.integerDigits.isEmpty() && decimal.fractionDigits.isEmpty())
        return invalidCharacter(text, pointPosition >= 0 ? pointPosition : positions.front());
    if (!groupPositions.isEmpty()) {
        if (run == 0)
            return invalidCharacter(text, groupPositions.back());
        groupSizes.append(run);
        const bool inThrees = groupSizes.front() <= 3 && std::all_of(groupSizes.begin() + 1, groupSizes.end(),
                                                                     [](int n) { return n == 3; });
        if (!inThrees && groupSizes != localeGroupSizes(decimal.integerDigits, locale)) {
            int bad = 0;
            while (bad + 1 < groupSizes.size() - 1 && groupSizes.at(bad + 1) == 3)
                ++bad;
            return invalidCharacter(text, groupPositions.at(groupSizes.front() > 3 ? 0 : bad));
        }
    }
    return toMoney(decimal, currency);
}

QString Money::toWireString() const
{
    return QString::number(m_minor);
}

QString Money::toPlainString() const
{
    const int exponent = m_currency.exponent();
    const Split parts = split(m_minor, m_currency.minorPerMajor());
    QString text = parts.negative ? QStringLiteral("-") : QString();
    text += QString::number(parts.major);
    if (exponent > 0)
        text += u'.' + paddedFraction(parts.fraction, exponent);
    return text;
}

QString Money::toLocalizedString(const QLocale &locale) const
{
    const int exponent = m_currency.exponent();
    const Split parts = split(m_minor, m_currency.minorPerMajor());
    QString text = parts.negative ? locale.negativeSign() : QString();
    text += locale.toString(qulonglong(parts.major));
    if (exponent > 0) {
        text += locale.decimalPoint();
        // Digit by digit through the locale, so leading zeros of the fraction stay and native digits appear.
        for (const QChar c : paddedFraction(parts.fraction, exponent))
            text += locale.toString(c.unicode() - u'0');
    }
    return text;
}

QString Money::toDisplayString(const QLocale &locale) const
{
    return toLocalizedString(locale) + u' ' + m_currency.code();
}

std::optional<Money> Money::checkedAdd(const Money &other, MoneyError *error) const
{
    return checkedArithmetic(*this, other, error,
                             [](qint64 a, qint64 b, qint64 *r) { return qAddOverflow(a, b, r); });
}

std::optional<Money> Money::checkedSubtract(const Money &other, MoneyError *error) const
{
    return checkedArithmetic(*this, other, error,
                             [](qint64 a, qint64 b, qint64 *r) { return qSubOverflow(a, b, r); });
}

std::optional<int> Money::compare(const Money &other) const
{
    if (!isValid() || m_currency != other.m_currency)
        return std::nullopt;
    return m_minor < other.m_minor ? -1 : (m_minor > other.m_minor ? 1 : 0);
}

QString describeMoneyError(MoneyError error, const Currency &currency, int position)
{
    switch (error) {
    case MoneyError::None:
        return QString();
    case MoneyError::Empty:
        return QStringLiteral("no amount given");
    case MoneyError::InvalidCharacter:
        if (position < 0)
            return QStringLiteral("unexpected character");
        return QStringLiteral("unexpected character at position %1").arg(position + 1);
    case MoneyError::Negative:
        return QStringLiteral("amounts are written without a sign");
    case MoneyError::TooManyDecimals:
        if (currency.exponent() == 0)
            return QStringLiteral("%1 has no decimals").arg(currency.code());
        return QStringLiteral("%1 has %2 decimals").arg(currency.code()).arg(currency.exponent());
    case MoneyError::TooManyDigits:
        if (!currency.isValid())
            return QStringLiteral("more than the APS limit of 10 digits");
        return QStringLiteral("more than the APS limit of 10 digits (at most %1 %2)")
            .arg(Money::fromMinor(Money::ApsMaxMinor, currency).toPlainString(), currency.code());
    case MoneyError::Zero:
        return QStringLiteral("the amount must be more than zero");
    case MoneyError::UnknownCurrency:
        return QStringLiteral("unknown currency");
    case MoneyError::CurrencyMismatch:
        return QStringLiteral("the currencies differ");
    case MoneyError::Overflow:
        return QStringLiteral("the amount is too large");
    }
    Q_UNREACHABLE();
    return QString();
}

QString describeMoneyError(const MoneyParseResult &result, const Currency &currency)
{
    if (result.error == MoneyError::InvalidCharacter && !result.offending.isEmpty() && result.position >= 0)
        return QStringLiteral("unexpected character '%1' at position %2")
            .arg(result.offending)
            .arg(result.position + 1);
    return describeMoneyError(result.error, currency, result.position);
}
