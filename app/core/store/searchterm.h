#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One term of the list's search as the store reads it: what it looks like decides how it is looked for.
// Clerks paste an order reference, APS's fort_id, an e-mail address or a card's last four digits; such a term
// names the start of one column (or the whole last four), which B-tree indexes find at once, whereas the
// trigram index must intersect trigrams present in nearly every row ("ORD", "000"). Names and free text keep
// the substring search. The rule of each kind (SqlDialect::termLookup() states the SQL):
//   Short      under three characters (no trigram): the start of reference, fort_id, email or name
//   Text       anything else not below: a substring of reference, fort_id, email, name or card last four
//   Reference  letters and digits with '-', '_' or '.', at least one digit ("ORD-0004", "PD-102973"):
//              the start of merchant_reference
//   Digits     five digits or more: the start of fort_id or merchant_reference
//   LastFour   exactly four digits: card_last4, or the start of fort_id or merchant_reference
//   Email      contains '@': the start of customer_email
// All case-insensitive. A lookup kind falls back to the substring search when no row of the store starts with
// the term (TransactionReader decides, for the whole store, whatever the other filters), so "0004000" from
// the middle of a reference is still found; a lookup's rows are always among the substring search's.
class SearchTerm final
{
public:
    enum class Kind { Short, Text, Reference, Digits, LastFour, Email };

    // Terms of this many characters or more have trigrams (SQLite FTS5, pg_trgm).
    static constexpr int TrigramLength = 3;

    explicit SearchTerm(const QString &text)
        : m_text(text)
        , m_kind(kindOf(text))
    {}

    const QString &text() const { return m_text; }
    Kind kind() const { return m_kind; }
    // Whether the term is looked up by the start of a column before any substring search.
    bool isLookup() const { return m_kind != Kind::Short && m_kind != Kind::Text; }

    static Kind kindOf(const QString &text);

private:
    QString m_text;
    Kind m_kind;
};

// A query's terms as the store looks for them: the lookup terms that some row of the store starts with
// (B-tree lookups, SqlDialect::termLookup()), and every other term by substring (SqlDialect::textSearch()).
struct SearchTerms
{
    QList<SearchTerm> lookups;
    QStringList substrings;

    bool isEmpty() const { return lookups.isEmpty() && substrings.isEmpty(); }
};
