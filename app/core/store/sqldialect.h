#pragma once

#include "store/searchterm.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

// A piece of SQL with positional '?' placeholders and the values for them, in order.
struct SqlFragment
{
    QString sql;
    QVariantList values;

    bool isEmpty() const { return sql.isEmpty(); }
};

// The one place where the store's SQL differs between SQLite (one desk) and PostgreSQL (a team). Everything
// else is written in the SQL both accept (row values, ON CONFLICT ... DO NOTHING, LIMIT/OFFSET).
class SqlDialect final
{
public:
    enum class Kind { Sqlite, PostgreSql };

    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    {}
    // From the connection's driver: QPSQL is PostgreSQL, anything else is taken for SQLite.
    static SqlDialect of(const QSqlDatabase &database);

    Kind kind() const { return m_kind; }

    // A condition on the transactions table aliased `t` that holds when every term occurs in one of
    // merchant_reference, fort_id, customer_email, customer_name or card_last4, case-insensitively.
    // SQLite: terms of three characters or more go to the FTS5 trigram index, each quoted as an FTS5 string
    // (embedded quotes doubled) so that "D-1" or a lone quote is a term, never syntax; shorter terms, which
    // have no trigram, match the start of reference, fort_id, email or name through NOCASE indexes. Lookup
    // terms (SearchTerm) that some row starts with are TransactionReader's to route to termLookup() instead.
    // PostgreSQL: the same meaning through ILIKE, long terms served by the pg_trgm indexes.
    SqlFragment textSearch(const QStringList &terms) const;
    // The same match as textSearch(), tested row by row with LIKE '%term%' (ASCII case-insensitive) instead
    // of the index. For terms found in thousands of rows, a page read in index order finds its rows within
    // the first few hundred, whereas the index would first collect every match and sort them.
    SqlFragment textSearchByScan(const QStringList &terms) const;
    // A lookup term (SearchTerm::isLookup()) as a condition on `t` served by B-tree indexes,
    // case-insensitive: the start of merchant_reference, fort_id or customer_email (LIKE 'term%'), card_last4
    // equal to the term. SQLite: LIKE ... ESCAPE on the NOCASE indexes; PostgreSQL: lower(column) LIKE
    // lower(?) on the text_pattern_ops indexes of schema 8 (same ASCII meaning; both fold case as their
    // substring search does).
    SqlFragment termLookup(const SearchTerm &term) const;
    // A query whose one row says whether any row of the store satisfies termLookup(term).
    SqlFragment termLookupProbe(const SearchTerm &term) const;

    // Where a count over textSearch(terms) reads from, and the condition left to test: on SQLite with a term
    // of three characters or more, the FTS5 matches drive the query (`transactions_search CROSS JOIN
    // transactions t`: CROSS JOIN keeps that order, which the planner otherwise sometimes reverses with other
    // filters, hundreds of times slower), so a capped count stops after `cap` matches instead of first
    // collecting all of them; elsewhere `transactions t` and textSearch(terms).
    struct Source
    {
        QString from;
        SqlFragment condition;
        bool onlyMatch = false; // `condition` is the FTS5 match alone (nothing else to test per row)
    };
    Source textSearchSource(const QStringList &terms) const;

    // `column` as an ORDER BY term that no index may serve (SQLite: unary plus; PostgreSQL: COALESCE(c, c)),
    // so the planner collects the rows the WHERE clause finds and sorts them instead of walking a whole index
    // in order.
    QString withoutIndex(const QString &column) const;

    // `text` with LIKE's wildcards and the escape character escaped for ESCAPE '\'.
    static QString escapeLike(const QString &text);
    // `term` as one FTS5 string: in double quotes, embedded double quotes doubled.
    static QString fts5String(const QString &term);

private:
    Kind m_kind;
};
