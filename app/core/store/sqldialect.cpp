#include "sqldialect.h"

namespace {

constexpr int TrigramLength = 3;

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
        // The NOCASE indexes serve LIKE only without an ESCAPE clause, so a short term holding a LIKE
        // wildcard is compared with substr() instead (no index, but such terms are rare).
        if (term.contains(u'%') || term.contains(u'_')) {
            QStringList parts;
            for (const char *column : {"merchant_reference", "fort_id", "customer_email", "customer_name"}) {
                parts << QStringLiteral("lower(substr(t.") + QLatin1String(column) +
                             QStringLiteral(", 1, ?)) = lower(?)");
                fragment.values << QVariant(int(term.size())) << QVariant(term);
            }
            conditions << u'(' + parts.join(QLatin1String(" OR ")) + u')';
            continue;
        }
        conditions << searchColumnsMatch(QStringLiteral(" LIKE ?"));
        for (int i = 0; i < 4; ++i)
            fragment.values << QVariant(term + u'%');
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

SqlFragment SqlDialect::indexedMatchProbe(const QStringList &terms, int cap) const
{
    const QStringList longTerms = longTermsOf(terms);
    if (longTerms.isEmpty())
        return {};
    if (m_kind == Kind::PostgreSql) {
        // The trigram indexes find the matches; counting stops at the cap.
        SqlFragment match = textSearch(longTerms);
        match.sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM transactions t WHERE ") + match.sql +
                    QStringLiteral(" LIMIT ?) AS m");
        match.values << QVariant(cap);
        return match;
    }
    QStringList quoted;
    for (const QString &term : longTerms)
        quoted << fts5String(term);
    return {QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM transactions_search "
                           "WHERE transactions_search MATCH ? LIMIT ?)"),
            {QVariant(quoted.join(QLatin1String(" AND "))), QVariant(cap)}};
}

QString SqlDialect::withoutIndex(const QString &column) const
{
    // PostgreSQL: an expression over the column, of any type, that its planner does not fold back into it.
    return m_kind == Kind::Sqlite ? u'+' + column : QStringLiteral("COALESCE(%1, %1)").arg(column);
}
