#pragma once

#include "currency.h"

#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

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

    static Money fromMinor(qint64 minorUnits, const Currency &currency) { return Money(minorUnits, currency); }

    // Strict parser for files and the command line: digits, at most one '.', no grouping, no sign, no
    // exponent, at most the currency's number of decimals ("1250.500" KWD -> 1250500, "15000" JPY -> 15000).
    // Zero is accepted; the caller decides whether zero is allowed.
    static MoneyParseResult parse(QStringView text, const Currency &currency);
    // For people typing in the window: the locale's decimal and group separators (grouping optional),
    // Arabic-Indic and other native digits accepted, surrounding whitespace ignored.
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
    Money(qint64 minor, const Currency &currency) : m_minor(minor), m_currency(currency) {}

    qint64 m_minor = 0;
    Currency m_currency;
};

struct MoneyParseResult
{
    std::optional<Money> value;
    MoneyError error = MoneyError::None;
    int position = -1; // index in the input of the offending character, when there is one
    bool ok() const { return value.has_value(); }
};

// A short English description for logs and the CLI ("AED has 2 decimals", "unexpected character 'x' at 3").
QString describeMoneyError(MoneyError error, const Currency &currency, int position = -1);
