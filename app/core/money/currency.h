#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// An active ISO 4217 currency: its alpha-3 code and the number of decimals its minor unit has
// (the exponent: 2 for AED, 3 for KWD, 0 for JPY, 4 for CLF). A default-constructed Currency is invalid.
class Currency final
{
public:
    Currency() = default;

    // The currency with this upper-case alpha-3 code, or nullopt for anything not in the ISO 4217 table
    // (lower case, whitespace and withdrawn codes included).
    static std::optional<Currency> fromCode(QStringView code);
    // Every currency of the table, ordered by code.
    static QList<Currency> all();

    bool isValid() const { return !m_code.isEmpty(); }
    const QString &code() const { return m_code; }
    int exponent() const { return m_exponent; }
    // 10^exponent: the number of minor units in one major unit.
    qint64 minorPerMajor() const;

    friend bool operator==(const Currency &a, const Currency &b) { return a.m_code == b.m_code; }
    friend bool operator!=(const Currency &a, const Currency &b) { return !(a == b); }

private:
    Currency(QString code, int exponent)
        : m_code(std::move(code))
        , m_exponent(exponent)
    {}

    QString m_code;
    int m_exponent = 0;
};
