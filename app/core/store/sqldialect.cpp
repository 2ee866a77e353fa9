#include "sqldialect.h"

namespace {

constexpr int TrigramLength = SearchTerm::TrigramLength;

const char *const searchColumns[] = {"merchant_reference", "fort_id", "customer_email", "customer_name",
                                     "card_last4"};

QStringList longTermsOf(const QStringList &terms)
{
    QStringList longTerms;
    for (const QString &term : terms) {
        if (term.size() >= TrigramLength)
            longTerms << term;
    }
    return longTerms;
}

QString searchColumnsMatch(const QString &placeholderCondition)
{
    QStringList parts;
    for (const char *column : {"merchant_reference", "fort_id", "customer_email", "customer_name"})
        parts << QStringLiteral("t.") + QLatin1String(column) + placeholderCondition;
    return QLatin1Char('(') + parts.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

// The columns a lookup term's start is looked for in (card_last4: the whole column).
QStringList lookupColumns(SearchTerm::Kind kind)
{
    switch (kind) {
    case SearchTerm::Kind::Reference:
        return {QStringLiteral("merchant_reference")};
    case SearchTerm::Kind::Digits:
    case SearchTerm::Kind::LastFour:
        return {QStringLiteral("fort_id"), QStringLiteral("merchant_reference")};
    case SearchTerm::Kind::Email:
        return {QStringLiteral("customer_email")};
    case SearchTerm::Kind::Short:
    case SearchTerm::Kind::Text:
        break;
    }
    return {};
}

} // namespace

SqlDialect SqlDialect::of(const QSqlDatabase &database)
{
    return SqlDialect(database.driverName() == QLatin1String("QPSQL") ? Kind::PostgreSql : Kind::Sqlite);
}

QString SqlDialect::escapeLike(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

QString SqlDialect::fts5String(const QString &term)
{
    QString quoted = term;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

SqlFragment SqlDialect::textSearch(const QStringList &terms) const
{
    SqlFragment fragment;
    QStringList conditions;
    if (m_kind == Kind::PostgreSql) {
        // The same meaning as on SQLite: a term of three characters or more anywhere in the five columns (the
        // pg_trgm indexes), a shorter one at the start of reference, fort_id, email or name.
        for (const QString &term : terms) {
            const bool isLong = term.size() >= TrigramLength;
            const QString pattern =
                isLong ? QString(u'%' + escapeLike(term) + u'%') : QString(escapeLike(term) + u'%');
            QStringList parts;
            for (const char *column : searchColumns) {
                if (!isLong && qstrcmp(column, "card_last4") == 0)
                    continue;
                parts << QStringLiteral("t.") + QLatin1String(column) +
                             QStringLiteral(" ILIKE ? ESCAPE '\\'");
                fragment.values << QVariant(pattern);
            }
            conditions << u'(' + parts.join(QLatin1String(" OR ")) + u')';
        }
        fragment.sql = conditions.join(QLatin1String(" AND "));
        return fragment;
    }

    QStringList longTerms;
    for (const QString &term : terms) {
        if (term.size() >= TrigramLength) {
            longTerms << fts5String(term);
            continue;
        }
        // The NOCASE indexes serve LIKE 'term%', also with an ESCAPE clause (SQLite 3.40), so a wildcard in
        // the term is taken for itself.
        conditions << searchColumnsMatch(QStringLiteral(" LIKE ? ESCAPE '\\'"));
        for (int i = 0; i < 4; ++i)
            fragment.values << QVariant(escapeLike(term) + u'%');
    }
    if (!longTerms.isEmpty()) {
        conditions.prepend(QStringLiteral(
            "t.id IN (SELECT rowid FROM transactions_search WHERE transactions_search MATCH ?)"));
        fragment.values.prepend(QVariant(longTerms.join(QLatin1String(" AND "))));
    }
    fragment.sql = conditions.join(QLatin1String(" AND "));
    return fragment;
}

SqlFragment SqlDialect::textSearchByScan(const QStringList &terms) const
{
    if (m_kind == Kind::PostgreSql)
        return textSearch(terms);
    QStringList shortTerms;
    QStringList conditions;
    QVariantList values;
    for (const QString &term : terms) {
        if (term.size() < TrigramLength) {
            shortTerms << term;
            continue;
        }
        QStringList parts;
        for (const char *column : searchColumns) {
            parts << QStringLiteral("t.") + QLatin1String(column) + QStringLiteral(" LIKE ? ESCAPE '\\'");
            values << QVariant(u'%' + escapeLike(term) + u'%');
        }
        conditions << u'(' + parts.join(QLatin1String(" OR ")) + u')';
    }
    SqlFragment fragment{conditions.join(QLatin1String(" AND ")), values};
    if (!shortTerms.isEmpty()) {
        const SqlFragment prefix = textSearch(shortTerms);
        fragment.sql = fragment.isEmpty() ? prefix.sql : fragment.sql + QLatin1String(" AND ") + prefix.sql;
        fragment.values << prefix.values;
    }
    return fragment;
}

SqlFragment SqlDialect::termLookup(const SearchTerm &term) const
{
    SqlFragment fragment;
    QStringList parts;
    if (term.kind() == SearchTerm::Kind::LastFour) {
        parts << QStringLiteral("t.card_last4 = ?");
        fragment.values << QVariant(term.text());
    }
    const QString pattern = escapeLike(term.text()) + u'%';
    for (const QString &column : lookupColumns(term.kind())) {
        // SQLite's LIKE folds ASCII case and its NOCASE indexes serve it, ESCAPE included (SQLite 3.40).
        parts << (m_kind == Kind::PostgreSql
                      ? QStringLiteral("lower(t.%1) LIKE lower(?) ESCAPE '\\'").arg(column)
                      : QStringLiteral("t.%1 LIKE ? ESCAPE '\\'").arg(column));
        fragment.values << QVariant(pattern);
    }
    fragment.sql = u'(' + parts.join(QLatin1String(" OR ")) + u')';
    return fragment;
}

SqlFragment SqlDialect::termLookupProbe(const SearchTerm &term) const
{
    SqlFragment probe = termLookup(term);
    probe.sql =
        QStringLiteral("SELECT 1 FROM transactions t WHERE ") + probe.sql + QStringLiteral(" LIMIT 1");
    return probe;
}

SqlDialect::Source SqlDialect::textSearchSource(const QStringList &terms) const
{
    const QStringList longTerms = longTermsOf(terms);
    if (m_kind == Kind::PostgreSql || longTerms.isEmpty())
        return {QStringLiteral("transactions t"), textSearch(terms), false};
    QStringList quoted;
    QStringList shortTerms;
    for (const QString &term : terms) {
        if (term.size() >= TrigramLength)
            quoted << fts5String(term);
        else
            shortTerms << term;
    }
    Source source{
        QStringLiteral("transactions_search CROSS JOIN transactions t ON t.id = "
                       "transactions_search.rowid"),
        {QStringLiteral("transactions_search MATCH ?"), {QVariant(quoted.join(QLatin1String(" AND ")))}},
        shortTerms.isEmpty()};
    if (!shortTerms.isEmpty()) {
        const SqlFragment prefix = textSearch(shortTerms);
        source.condition.sql += QLatin1String(" AND ") + prefix.sql;
        source.condition.values << prefix.values;
    }
    return source;
}

QString SqlDialect::withoutIndex(const QString &column) const
{
    // PostgreSQL: an expression over the column, of any type, that its planner does not fold back into it.
    return m_kind == Kind::Sqlite ? u'+' + column : QStringLiteral("COALESCE(%1, %1)").arg(column);
}
