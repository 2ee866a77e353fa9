#pragma once

#include "currency.h"

#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>
#include <type_traits>

// Why a text could not be read as an amount, or an arithmetic step was refused.
enum class MoneyError {
    None,
    Empty,            // nothing but whitespace
    InvalidCharacter, // a letter, a second separator, grouping where none is allowed, ...
    Negative,         // a leading '-' (or '+'): amounts are never signed
    TooManyDecimals,  // more fraction digits than the currency's exponent ("12.505" AED)
    TooManyDigits,    // more than the APS limit of 10 digits of minor units
    Zero,             // parsed fine but is zero where a positive amount is required
    UnknownCurrency,
    CurrencyMismatch, // arithmetic or comparison across currencies
    Overflow,         // the result does not fit qint64
};

struct MoneyParseResult;

// An amount of money: a count of minor units (qint64, never floating point) and its Currency.
// Amounts are not negative except where a subtraction result is explicitly asked for.
class Money final
{
public:
    Money() = default; // invalid: no currency

    // The largest amount APS accepts: 10 digits of minor units.
    static constexpr qint64 ApsMaxMinor = 9'999'999'999LL;

    static Money fromMinor(qint64 minorUnits, const Currency &currency)
    {
        return Money(minorUnits, currency);
    }
    // Any narrower integer (an `int` literal such as 0) converts exactly; quint64 and bool do not compile.
    template<typename Integer,
             typename = std::enable_if_t<std::is_integral_v<Integer> && !std::is_same_v<Integer, bool> &&
                                         (std::is_signed_v<Integer> || sizeof(Integer) < sizeof(qint64))>>
    static Money fromMinor(Integer minorUnits, const Currency &currency)
    {
        return Money(qint64(minorUnits), currency);
    }

    // Strict parser for files and the command line: ASCII digits, at most one '.', no grouping, no sign, no
    // exponent, no surrounding whitespace, at most the currency's number of decimals ("1250.500" KWD ->
    // 1250500, "12.5" AED -> 1250, "15000" JPY -> 15000, "12.500" AED -> TooManyDecimals). The '.' needs a
    // digit on both sides: ".5" and "5." are InvalidCharacter (a truncated value in a file is refused, not
    // guessed). Leading zeros are allowed and do not count towards the 10 digits. Zero is accepted; the
    // caller decides whether zero is allowed. Errors are checked in this order: UnknownCurrency, Empty,
    // Negative, InvalidCharacter, TooManyDecimals, TooManyDigits.
    static MoneyParseResult parse(QStringView text, const Currency &currency);
    // For people typing in the window: the locale's decimal and group separators, grouping optional but, when
    // present, in the locale's places or in groups of three ("1,250.5" en_US, "1.250,5" de_DE,
    // "1 250,5" fr_FR with any of space, no-break space or narrow no-break space, "١٬٢٥٠٫٥" ar_EG). Any
    // Unicode decimal digits are accepted (ASCII, Arabic-Indic, Extended Arabic-Indic, ...), and where the
    // locale uses the Arabic separators U+066B/U+066C the ASCII '.' and ',' are accepted as well. Surrounding
    // whitespace and invisible direction marks are ignored. Unlike parse(), ",5" and "5," are accepted
    // (0.5 and 5) because people type them. A sign before or after the number is Negative. Never goes
    // through floating point.
    static MoneyParseResult parseLocalized(QStringView text, const Currency &currency, const QLocale &locale);

    bool isValid() const { return m_currency.isValid(); }
    qint64 minorUnits() const { return m_minor; }
    const Currency &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }

    // APS wire form: the minor units as plain digits ("125050").
    QString toWireString() const;
    // Plain decimal in major units with '.' and exactly exponent decimals ("1250.50", "15000", "1.250").
    QString toPlainString() const;
    // For people: the locale's digits and separators with exactly exponent decimals, no currency code
    // ("1,250.50" in en, "١٬٢٥٠٫٥٠" in ar).
    QString toLocalizedString(const QLocale &locale) const;
    // toLocalizedString + ' ' + code ("1,250.50 AED").
    QString toDisplayString(const QLocale &locale) const;

    // Checked arithmetic: nullopt (with the reason in *error when given) on mixed currencies or overflow.
    std::optional<Money> checkedAdd(const Money &other, MoneyError *error = nullptr) const;
    std::optional<Money> checkedSubtract(const Money &other, MoneyError *error = nullptr) const;
    // -1, 0, 1; nullopt when the currencies differ.
    std::optional<int> compare(const Money &other) const;

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_currency == b.m_currency && a.m_minor == b.m_minor;
    }
    friend bool operator!=(const Money &a, const Money &b) { return !(a == b); }

    // Any floating point construction is a compile error on purpose.
    static Money fromMinor(double, const Currency &) = delete;
    static Money fromMinor(float, const Currency &) = delete;

private:
    Money(qint64 minor, const Currency &currency)
        : m_minor(minor)
        , m_currency(currency)
    {}

    qint64 m_minor = 0;
    Currency m_currency;
};

struct MoneyParseResult
{
    std::optional<Money> value;
    MoneyError error = MoneyError::None;
    int position = -1; // index (from 0, in UTF-16 code units) in the input of the offending character
    QString offending; // that character (InvalidCharacter only), so messages can quote it
    bool ok() const { return value.has_value(); }
};

// A short English description for logs and the CLI ("AED has 2 decimals", "unexpected character at
// position 3"). Positions in messages count from 1 for people; MoneyParseResult::position counts from 0.
QString describeMoneyError(MoneyError error, const Currency &currency, int position = -1);
// The same for a parse result, quoting the offending character ("unexpected character 'x' at position 3").
// Empty when the parse succeeded.
QString describeMoneyError(const MoneyParseResult &result, const Currency &currency);
