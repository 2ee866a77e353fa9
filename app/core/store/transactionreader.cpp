#include "transactionreader.h"

#include "store/transactionrepository.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <algorithm>
#include <optional>
#include <utility>

namespace {

// The repository's columns, then what only the list needs.
QString selectColumns()
{
    static const QString columns = TransactionRepository::columns(QStringLiteral("t.")) +
                                   QStringLiteral(", t.base_state, t.needs_status_check, t.late_applied");
    return columns;
}

qint64 nowOf(const TransactionQuery &query)
{
    return query.now.isValid() ? query.now.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

// TransactionRules::remainingToCapture() in SQL at `now` (captureCondition's terms). Under "Needs capture"
// and "Expiring soon" every row is open, so it is the plain difference.
QString toCaptureExpression(const TransactionQuery &query)
{
    if (query.capture == TransactionQuery::Capture::Open ||
        query.capture == TransactionQuery::Capture::ExpiringSoon)
        return QStringLiteral("(t.authorized - t.captured)");
    // `now` is a number PayDesk made, written into the text: the expression is also a column of the keyset
    // comparison, whose placeholders must stay in order.
    return QStringLiteral("(CASE WHEN t.origin = 'authorization' AND t.failed = 0 AND t.voided = 0 AND "
                          "t.captured < t.authorized AND t.capture_deadline >= %1 "
                          "THEN t.authorized - t.captured ELSE 0 END)")
        .arg(nowOf(query));
}

QStringList sortColumns(const TransactionQuery &query)
{
    switch (query.sort) {
    case TransactionSort::Date:
        return {QStringLiteral("t.authorized_at")};
    case TransactionSort::Amount:
        return {QStringLiteral("t.currency"), QStringLiteral("t.authorized")};
    case TransactionSort::Captured:
        return {QStringLiteral("t.currency"), QStringLiteral("t.captured")};
    case TransactionSort::Refunded:
        return {QStringLiteral("t.currency"), QStringLiteral("t.refunded")};
    case TransactionSort::ToCapture:
        return {QStringLiteral("t.currency"), toCaptureExpression(query)};
    case TransactionSort::State:
        return {QStringLiteral("t.base_state"), QStringLiteral("t.capture_deadline")};
    case TransactionSort::Reference:
        // merchant_identifier is the same on every row of a database; leading with it lets the unique key's
        // index serve the order.
        return {QStringLiteral("t.merchant_identifier"), QStringLiteral("t.merchant_reference")};
    case TransactionSort::Customer:
        return {QStringLiteral("t.customer_name")};
    case TransactionSort::Deadline:
        return {QStringLiteral("t.capture_deadline")};
    }
    Q_UNREACHABLE();
    return {};
}

// Terms matching more rows than this are first looked for row by row in the page's order (textSearchByScan),
// within the first ScanWindowRows rows of that order.
constexpr int CommonTermRows = 1000;
constexpr int ScanWindowRows = 2000;

int longTermCount(const QStringList &terms)
{
    return int(std::count_if(terms.cbegin(), terms.cend(),
                             [](const QString &term) { return term.size() >= SearchTerm::TrigramLength; }));
}

// TransactionRules' capture facts in SQL, the one place the store decides them (rules: uncaptured(),
// isOpenForCapture(), isExpiringSoon(), lapsedUncaptured()). The capture deadline is always stored, so "no
// deadline" cannot occur here. The terms are written exactly as the partial indexes of schema 6 state them,
// so SQLite can use those indexes.
SqlFragment captureCondition(TransactionQuery::Capture capture, qint64 now, std::chrono::seconds warning)
{
    const QString uncaptured = QStringLiteral(
        "t.origin = 'authorization' AND t.failed = 0 AND t.voided = 0 AND t.captured < t.authorized");
    switch (capture) {
    case TransactionQuery::Capture::Any:
        break;
    case TransactionQuery::Capture::Open:
        return {uncaptured + QStringLiteral(" AND t.capture_deadline >= ?"), {now}};
    case TransactionQuery::Capture::ExpiringSoon:
        return {uncaptured + QStringLiteral(" AND t.capture_deadline >= ? AND t.capture_deadline <= ?"),
                {now, now + qint64(warning.count()) * 1000}};
    case TransactionQuery::Capture::Lapsed:
        return {uncaptured + QStringLiteral(" AND t.capture_deadline < ?"), {now}};
    }
    return {QStringLiteral("1 = 1"), {}};
}

// The states as alternatives; expired and authorized are told apart by the deadline
// (TransactionRules::state).
SqlFragment stateCondition(const QSet<TransactionState> &states, qint64 now)
{
    QStringList alternatives;
    QVariantList values;
    QStringList plainStates;
    for (const TransactionState state : states) {
        if (state == TransactionState::Expired) {
            alternatives << QStringLiteral("(t.base_state = 'authorized' AND t.capture_deadline < ?)");
            values << now;
        } else if (state == TransactionState::Authorized) {
            alternatives << QStringLiteral("(t.base_state = 'authorized' AND t.capture_deadline >= ?)");
            values << now;
        } else {
            plainStates << stateToken(state);
        }
    }
    std::sort(plainStates.begin(), plainStates.end());
    if (!plainStates.isEmpty()) {
        alternatives << QStringLiteral("t.base_state IN (") +
                            QStringList(plainStates.size(), QStringLiteral("?")).join(u',') + u')';
        for (const QString &token : std::as_const(plainStates))
            values << token;
    }
    return {u'(' + alternatives.join(QLatin1String(" OR ")) + u')', values};
}

void append(SqlFragment &where, const SqlFragment &more)
{
    if (more.isEmpty())
        return;
    where.sql = where.isEmpty() ? more.sql : where.sql + QLatin1String(" AND ") + more.sql;
    where.values << more.values;
}

// The lookup terms' conditions, then `substrings` as `dialect` searches them (by index or row by row).
enum class TextMode { Index, Scan };
SqlFragment textConditionOf(const SearchTerms &search, const SqlDialect &dialect, TextMode mode)
{
    SqlFragment text;
    for (const SearchTerm &term : search.lookups)
        append(text, dialect.termLookup(term));
    if (!search.substrings.isEmpty()) {
        append(text, mode == TextMode::Index ? dialect.textSearch(search.substrings)
                                             : dialect.textSearchByScan(search.substrings));
    }
    return text;
}

// Every condition of `query` but its search text.
SqlFragment filtersOf(const TransactionQuery &query)
{
    const qint64 now = nowOf(query);
    QStringList conditions;
    QVariantList values;

    if (!query.states.isEmpty()) {
        const SqlFragment states = stateCondition(query.states, now);
        conditions << states.sql;
        values << states.values;
    }
    if (query.unresolvedOnly)
        conditions << QStringLiteral("t.unresolved = 1");
    if (query.refundableOnly) {
        // TransactionRules::isOpenForRefund() in SQL; amounts are never negative, so the sum cannot wrap.
        conditions << QStringLiteral("t.failed = 0 AND t.voided = 0 AND t.captured > t.refunded + "
                                     "t.refund_reserved");
    }
    if (query.capture != TransactionQuery::Capture::Any) {
        const SqlFragment capture = captureCondition(query.capture, now, query.warningPeriod);
        conditions << capture.sql;
        values << capture.values;
    }
    if (!query.currency.isEmpty()) {
        conditions << QStringLiteral("t.currency = ?");
        values << query.currency;
        if (query.minAmount) {
            conditions << QStringLiteral("t.authorized >= ?");
            values << *query.minAmount;
        }
        if (query.maxAmount) {
            conditions << QStringLiteral("t.authorized <= ?");
            values << *query.maxAmount;
        }
    }
    if (query.from.isValid()) {
        conditions << QStringLiteral("t.authorized_at >= ?");
        values << query.from.toMSecsSinceEpoch();
    }
    if (query.to.isValid()) {
        conditions << QStringLiteral("t.authorized_at < ?");
        values << query.to.toMSecsSinceEpoch();
    }
    if (query.movedFrom.isValid() && query.movedTo.isValid()) {
        // Through the index of succeeded operations by finish time (schema 3).
        conditions << QStringLiteral("t.id IN (SELECT o.transaction_id FROM operations o WHERE "
                                     "o.outcome = 'succeeded' AND o.finished_at >= ? AND o.finished_at < ? "
                                     "AND o.kind IN ('capture', 'refund'))");
        values << query.movedFrom.toMSecsSinceEpoch() << query.movedTo.toMSecsSinceEpoch();
    }
    return {conditions.join(QLatin1String(" AND ")), values};
}

TransactionRow readRow(const QSqlQuery &q, qint64 now, const TransactionQuery &query)
{
    static const int extra = int(TransactionRepository::columns().count(u',')) + 1;
    TransactionRow row;
    row.transaction = TransactionRepository::fromQuery(q);
    const QString baseState = q.value(extra).toString();
    row.needsStatusCheck = q.value(extra + 1).toInt() != 0;
    row.lateApplied = q.value(extra + 2).toInt() != 0;
    // The SQL side of TransactionRules' contract: expired = base_state 'authorized' AND deadline < now.
    row.state = (baseState == u"authorized" && row.transaction.captureDeadline.toMSecsSinceEpoch() < now)
                    ? TransactionState::Expired
                    : stateFromToken(baseState).value_or(TransactionState::Failed);
    row.key = TransactionReader::keyOf(row.transaction, baseState, query.sort, now);
    return row;
}

// The sums of CurrencyTotals, after its currency: count, authorized, captured, refunded, and to capture and
// refundable as TransactionRules::remainingToCapture() and refundable() state them for each row (the capture
// terms as captureCondition() writes them, refundable as filtersOf()'s refundableOnly). `now` is its value.
SqlFragment totalsSums(qint64 now)
{
    return {QStringLiteral("count(*), sum(t.authorized), sum(t.captured), sum(t.refunded), "
                           "sum(CASE WHEN t.origin = 'authorization' AND t.failed = 0 AND t.voided = 0 AND "
                           "t.captured < t.authorized AND t.capture_deadline >= ? "
                           "THEN t.authorized - t.captured ELSE 0 END), "
                           "sum(CASE WHEN t.failed = 0 AND t.voided = 0 AND t.captured > t.refunded + "
                           "t.refund_reserved THEN t.captured - t.refunded - t.refund_reserved ELSE 0 END)"),
            {now}};
}

// CurrencyTotals from the currency in column 0 and totalsSums() from column `first`.
CurrencyTotals totalsFrom(const QSqlQuery &q, int first)
{
    return {q.value(0).toString(),           q.value(first).toLongLong(),     q.value(first + 1).toLongLong(),
            q.value(first + 2).toLongLong(), q.value(first + 3).toLongLong(), q.value(first + 4).toLongLong(),
            q.value(first + 5).toLongLong()};
}

StoreStatus sqlFailure(const QSqlQuery &q)
{
    return Database::sqlFailure(q, QStringLiteral("reading transactions failed"));
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &value : values)
        q.addBindValue(value);
    return q.exec();
}

} // namespace

TransactionKey TransactionReader::keyOf(const Transaction &tx, const QString &baseState, TransactionSort sort,
                                        qint64 nowMs)
{
    TransactionKey key;
    key.id = tx.id;
    const auto ms = [](const QDateTime &t) {
        return QVariant(t.toMSecsSinceEpoch());
    };
    switch (sort) {
    case TransactionSort::Date:
        key.sortValues = {ms(tx.authorizedAt)};
        break;
    case TransactionSort::Amount:
        key.sortValues = {tx.currency.code(), tx.authorized};
        break;
    case TransactionSort::Captured:
        key.sortValues = {tx.currency.code(), tx.captured};
        break;
    case TransactionSort::Refunded:
        key.sortValues = {tx.currency.code(), tx.refunded};
        break;
    case TransactionSort::ToCapture: {
        // toCaptureExpression()'s value; under the capture chips every row is open and it is the same.
        const bool open = tx.origin == Origin::Authorization && !tx.failed && !tx.voided &&
                          tx.captured < tx.authorized && tx.captureDeadline.toMSecsSinceEpoch() >= nowMs;
        key.sortValues = {tx.currency.code(), open ? tx.authorized - tx.captured : qint64(0)};
        break;
    }
    case TransactionSort::State:
        key.sortValues = {baseState, ms(tx.captureDeadline)};
        break;
    case TransactionSort::Reference:
        key.sortValues = {tx.merchantIdentifier, tx.merchantReference};
        break;
    case TransactionSort::Customer:
        key.sortValues = {tx.customerName};
        break;
    case TransactionSort::Deadline:
        key.sortValues = {ms(tx.captureDeadline)};
        break;
    }
    return key;
}

StoreResult<SearchTerms> TransactionReader::searchOf(const TransactionQuery &query) const
{
    const QSqlDatabase db = m_database.connection();
    const SqlDialect dialect = SqlDialect::of(db);
    SearchTerms search;
    for (const QString &text : query.searchTerms()) {
        const SearchTerm term(text);
        if (!term.isLookup()) {
            search.substrings << text;
            continue;
        }
        // Whether any row of the store starts with the term, whatever the other filters, so that the term
        // means the same in the count, every page and the totals (SearchTerm: the fallback).
        const SqlFragment probe = dialect.termLookupProbe(term);
        QSqlQuery q(db);
        if (!run(q, probe.sql, probe.values))
            return sqlFailure(q);
        if (q.next())
            search.lookups << term;
        else
            search.substrings << text;
    }
    return search;
}

// Counts the rows, or with `cap` >= 0 at most cap + 1 of them. Lookups narrow through their B-tree indexes;
// on SQLite a capped count lets the FTS5 matches of the substring terms drive the join, so it stops after
// cap + 1 matches (SqlDialect::textSearchSource), and an exact count of the matches alone reads only the FTS5
// table.
StoreResult<qint64> TransactionReader::countWith(const TransactionQuery &query, const SearchTerms &search,
                                                 qint64 cap) const
{
    const QSqlDatabase db = m_database.connection();
    const SqlDialect dialect = SqlDialect::of(db);
    SqlFragment where = filtersOf(query);
    for (const SearchTerm &term : search.lookups)
        append(where, dialect.termLookup(term));
    QString from = QStringLiteral("transactions t");
    if (!search.substrings.isEmpty()) {
        const SqlDialect::Source source = dialect.textSearchSource(search.substrings);
        if (source.onlyMatch && where.isEmpty()) {
            // The match alone: every indexed rowid is a row of transactions (the triggers keep them in
            // step), so the join would only add a lookup per match.
            from = QStringLiteral("transactions_search");
            append(where, source.condition);
        } else if (cap >= 0) {
            from = source.from;
            append(where, source.condition);
        } else {
            // Counting every match with other conditions: collecting the matches once and testing the
            // filtered rows against them costs no more than joining each match to its row, often less.
            append(where, dialect.textSearch(search.substrings));
        }
    }
    QString select = QStringLiteral("SELECT ") +
                     (cap >= 0 ? QStringLiteral("1") : QStringLiteral("count(*)")) +
                     QStringLiteral(" FROM ") + from;
    if (!where.isEmpty())
        select += QStringLiteral(" WHERE ") + where.sql;
    if (cap >= 0) {
        select = QStringLiteral("SELECT count(*) FROM (") + select + QStringLiteral(" LIMIT ?) AS m");
        where.values << QVariant(cap + 1);
    }
    QSqlQuery q(db);
    if (!run(q, select, where.values) || !q.next())
        return sqlFailure(q);
    return q.value(0).toLongLong();
}

StoreResult<qint64> TransactionReader::count(const TransactionQuery &query) const
{
    const StoreResult<SearchTerms> search = searchOf(query);
    if (!search.ok())
        return search.status();
    return countWith(query, *search, -1);
}

StoreResult<qint64> TransactionReader::countUpTo(const TransactionQuery &query, qint64 cap) const
{
    const StoreResult<SearchTerms> search = searchOf(query);
    if (!search.ok())
        return search.status();
    return countWith(query, *search, std::max<qint64>(0, cap));
}

StoreResult<TransactionPage> TransactionReader::firstPage(const TransactionQuery &query, int limit) const
{
    return page(query, nullptr, Direction::Forward, 0, limit);
}

StoreResult<TransactionPage> TransactionReader::lastPage(const TransactionQuery &query, int limit) const
{
    return page(query, nullptr, Direction::Backward, 0, limit);
}

StoreResult<TransactionPage> TransactionReader::pageAfter(const TransactionQuery &query,
                                                          const TransactionKey &key, int limit) const
{
    return page(query, &key, Direction::Forward, 0, limit);
}

StoreResult<TransactionPage> TransactionReader::pageBefore(const TransactionQuery &query,
                                                           const TransactionKey &key, int limit) const
{
    return page(query, &key, Direction::Backward, 0, limit);
}

StoreResult<TransactionPage> TransactionReader::pageAt(const TransactionQuery &query, qint64 position,
                                                       int limit) const
{
    return page(query, nullptr, Direction::Forward, std::max<qint64>(0, position), limit);
}

StoreResult<TransactionPage> TransactionReader::page(const TransactionQuery &query,
                                                     const TransactionKey *after, Direction direction,
                                                     qint64 offset, int limit) const
{
    if (!query.now.isValid()) { // one "now" for the statement and the keys read from it
        TransactionQuery fixed = query;
        fixed.now = QDateTime::currentDateTimeUtc();
        return page(fixed, after, direction, offset, limit);
    }
    const StoreResult<SearchTerms> search = searchOf(query);
    if (!search.ok())
        return search.status();
    if (!search->isEmpty() && offset == 0) {
        // Short terms match a prefix, often of thousands of rows; the others are counted up to the cap
        // (lookups in their B-tree indexes, long terms in the trigram index).
        bool common = true;
        if (search->lookups.size() + longTermCount(search->substrings) > 0) {
            TransactionQuery textOnly;
            textOnly.text = query.text;
            const StoreResult<qint64> matches = countWith(textOnly, *search, CommonTermRows - 1);
            if (!matches.ok())
                return matches.status();
            common = *matches >= CommonTermRows;
        }
        if (common) {
            // A common term: its rows are usually among the first few in the sort order. Test a bounded
            // window of them; only when it holds too few matches is the index asked after all.
            StoreResult<TransactionPage> scanned =
                pageWith(query, *search, after, direction, 0, limit, TextPlan::Scan);
            if (!scanned.ok() || scanned->rows.size() == limit)
                return scanned;
        }
    }
    return pageWith(query, *search, after, direction, offset, limit, TextPlan::Index);
}

SqlFragment TransactionReader::selectSql(const TransactionQuery &query, const SqlDialect &dialect,
                                         const TransactionKey *after, Direction direction, qint64 offset,
                                         std::optional<int> limit, TextPlan plan) const
{
    // A probe that fails leaves every term to the substring search; the statement then reports the failure.
    const StoreResult<SearchTerms> search = searchOf(query);
    SearchTerms substrings;
    substrings.substrings = query.searchTerms();
    return selectSqlWith(query, search.ok() ? *search : substrings, dialect, after, direction, offset, limit,
                         plan);
}

SqlFragment TransactionReader::selectSqlWith(const TransactionQuery &query, const SearchTerms &search,
                                             const SqlDialect &dialect, const TransactionKey *after,
                                             Direction direction, qint64 offset, std::optional<int> limit,
                                             TextPlan plan)
{
    SqlFragment where = filtersOf(query);
    if (plan == TextPlan::Index)
        append(where, textConditionOf(search, dialect, TextMode::Index));
    const QStringList columns = sortColumns(query) << QStringLiteral("t.id");
    const bool ascending = (query.order == Qt::AscendingOrder) == (direction == Direction::Forward);

    if (after) {
        const QString comparison = u'(' + columns.join(u',') +
                                   (ascending ? QLatin1String(") > (") : QLatin1String(") < (")) +
                                   QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
        append(where, {comparison, after->sortValues + QVariantList{after->id}});
    }
    // With the text index, the matches are collected first: sorting them beats walking the sort index to find
    // them, which is what the planner would otherwise do.
    // Under "Needs capture" and "Expiring soon" the open authorizations are few and found by schema 6's
    // partial index on the deadline: sorting them by an amount beats walking an amount index past every
    // lapsed or captured order.
    const bool openByAmount =
        isAmountSort(query.sort) && (query.capture == TransactionQuery::Capture::Open ||
                                     query.capture == TransactionQuery::Capture::ExpiringSoon);
    const bool sortMatches = (plan == TextPlan::Index && !search.isEmpty()) || openByAmount;
    QStringList orderTerms;
    for (const QString &column : columns) {
        orderTerms << (sortMatches ? dialect.withoutIndex(column) : column) +
                          (ascending ? QLatin1String(" ASC") : QLatin1String(" DESC"));
    }
    const QString orderBy = QStringLiteral(" ORDER BY ") + orderTerms.join(QLatin1String(", "));
    const QString whereSql = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.sql;

    SqlFragment select{QString(), where.values};
    if (plan == TextPlan::Scan) {
        const SqlFragment text = textConditionOf(search, dialect, TextMode::Scan);
        select.sql = QStringLiteral("SELECT ") + selectColumns() +
                     QStringLiteral(" FROM (SELECT * FROM transactions t") + whereSql + orderBy +
                     QStringLiteral(" LIMIT ?) t WHERE ") + text.sql + orderBy + QStringLiteral(" LIMIT ?");
        select.values << ScanWindowRows << text.values << limit.value_or(ScanWindowRows);
    } else if (offset > 0 || (sortMatches && limit)) {
        // Skip rows, or sort the matches, in a query that reads only the ids (often straight from an index)
        // and the sort values, then fetch the window: sorting thousands of whole rows costs three times more.
        select.sql = QStringLiteral("SELECT ") + selectColumns() +
                     QStringLiteral(" FROM transactions t WHERE t.id IN (SELECT t.id FROM transactions t") +
                     whereSql + orderBy + QStringLiteral(" LIMIT ? OFFSET ?)") + orderBy;
        select.values << limit.value_or(-1) << offset;
    } else {
        select.sql = QStringLiteral("SELECT ") + selectColumns() + QStringLiteral(" FROM transactions t") +
                     whereSql + orderBy;
        if (limit) {
            select.sql += QStringLiteral(" LIMIT ?");
            select.values << *limit;
        }
    }
    return select;
}

StoreResult<TransactionPage> TransactionReader::pageWith(const TransactionQuery &query,
                                                         const SearchTerms &search,
                                                         const TransactionKey *after, Direction direction,
                                                         qint64 offset, int limit, TextPlan plan) const
{
    const QSqlDatabase db = m_database.connection();
    const SqlFragment select =
        selectSqlWith(query, search, SqlDialect::of(db), after, direction, offset, limit, plan);
    QSqlQuery q(db);
    if (!run(q, select.sql, select.values))
        return sqlFailure(q);
    const qint64 now = nowOf(query);
    TransactionPage result;
    while (q.next())
        result.rows << readRow(q, now, query);
    if (q.lastError().isValid())
        return sqlFailure(q);
    if (direction == Direction::Backward)
        std::reverse(result.rows.begin(), result.rows.end());
    return result;
}

StoreResult<QList<CurrencyTotals>> TransactionReader::totalsByCurrency(const TransactionQuery &query) const
{
    const StoreResult<SearchTerms> search = searchOf(query);
    if (!search.ok())
        return search.status();
    const QSqlDatabase db = m_database.connection();
    SqlFragment where = filtersOf(query);
    append(where, textConditionOf(*search, SqlDialect::of(db), TextMode::Index));
    const SqlFragment sums = totalsSums(nowOf(query));
    QString sql = QStringLiteral("SELECT t.currency, %1 FROM transactions t").arg(sums.sql);
    where.values = sums.values + where.values;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.sql;
    // With a filter, SQLite's "+" keeps it from walking the currency index for the grouping (a scan of every
    // row) instead of the filter's own index; without one, that covering index is the fastest way.
    const bool unaryPlus = !where.isEmpty() && SqlDialect::of(db).kind() == SqlDialect::Kind::Sqlite;
    sql += unaryPlus ? QStringLiteral(" GROUP BY +t.currency ORDER BY +t.currency")
                     : QStringLiteral(" GROUP BY t.currency ORDER BY t.currency");
    QSqlQuery q(db);
    if (!run(q, sql, where.values))
        return sqlFailure(q);
    QList<CurrencyTotals> totals;
    while (q.next())
        totals << totalsFrom(q, 1);
    return totals;
}

namespace {

// Whether this connection is inside a transaction block someone else opened (libpq's own account of it).
bool inTransactionBlock(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    // Qt names the handle's type after libpq's struct: "pg_conn*" (older Qt: "PGconn*").
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return false;
    auto *connection = *static_cast<PGconn *const *>(handle.data());
    return connection && PQtransactionStatus(connection) != PQTRANS_IDLE;
}

// `select` with its values written into the text, each through the driver's formatValue (quotes doubled,
// backslashes too where the server reads them as escapes): what QPSQL itself sends for a prepared statement
// ("EXECUTE stmt (values)"), and DECLARE cannot be prepared. '?' inside a quoted literal is left alone.
QString withValues(const QSqlDatabase &db, const SqlFragment &select)
{
    QString sql;
    sql.reserve(select.sql.size() + 64);
    qsizetype next = 0;
    bool quoted = false;
    for (const QChar c : select.sql) {
        if (c == u'\'')
            quoted = !quoted;
        if (c != u'?' || quoted || next >= select.values.size()) {
            sql += c;
            continue;
        }
        const QVariant &value = select.values.at(next++);
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        const QString text = db.driver()->formatValue(field);
        // A negative number after a minus would read as the start of a comment ("- -1").
        sql += text.startsWith(u'-') ? u'(' + text + u')' : text;
    }
    return sql;
}

// PostgreSQL: QPSQL would read the whole result of one statement into memory (or, forward-only, fetch it row
// by row with no way to stop the server short of draining it), so the rows come from a cursor, `batchSize` at
// a time, in a read-only transaction of its own unless the connection is already in one. Stopping closes the
// cursor: the server stops there.
StoreStatus visitByCursor(const QSqlDatabase &db, const SqlFragment &select, int batchSize,
                          const std::function<bool(const QSqlQuery &)> &visit)
{
    const bool own = !inTransactionBlock(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool ok = (!own || q.exec(QStringLiteral("BEGIN READ ONLY"))) &&
              q.exec(QStringLiteral("DECLARE paydesk_rows NO SCROLL CURSOR FOR ") + withValues(db, select));
    const int batch = std::max(1, batchSize);
    const QString fetch = QStringLiteral("FETCH FORWARD %1 FROM paydesk_rows").arg(batch);
    bool stopped = false;
    for (int rows = batch; ok && !stopped && rows == batch;) {
        rows = 0;
        ok = q.exec(fetch);
        while (ok && !stopped && q.next()) {
            ++rows;
            stopped = !visit(q);
        }
        ok = ok && !q.lastError().isValid();
    }
    const StoreStatus status = ok ? StoreStatus::success() : sqlFailure(q);
    q.finish();
    QSqlQuery end(db);
    if (own)
        end.exec(ok ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK")); // COMMIT closes the cursor
    else if (ok)
        end.exec(QStringLiteral("CLOSE paydesk_rows"));
    return status;
}

// SQLite: one forward-only statement stepped as the rows are visited; its memory is SQLite's page cache.
StoreStatus visitByStatement(const QSqlDatabase &db, const SqlFragment &select,
                             const std::function<bool(const QSqlQuery &)> &visit)
{
    QSqlQuery q(db);
    if (!run(q, select.sql, select.values))
        return sqlFailure(q);
    while (q.next()) {
        if (!visit(q)) {
            q.finish(); // ends the statement (and its read snapshot) now, not when `q` goes
            return StoreStatus::success();
        }
    }
    if (q.lastError().isValid())
        return sqlFailure(q);
    return StoreStatus::success();
}

} // namespace

StoreStatus TransactionReader::forEach(const TransactionQuery &query,
                                       const std::function<bool(const TransactionRow &)> &visit,
                                       int batchSize) const
{
    const QSqlDatabase db = m_database.connection();
    const SqlDialect dialect = SqlDialect::of(db);
    TransactionQuery fixed = query;
    if (!fixed.now.isValid())
        fixed.now = QDateTime::currentDateTimeUtc(); // one "now" for every row
    const qint64 now = nowOf(fixed);
    // The pages' statement without LIMIT: every row in the query's order, from one statement.
    const SqlFragment select =
        selectSql(fixed, dialect, nullptr, Direction::Forward, 0, std::nullopt, TextPlan::Index);
    const auto visitRow = [&](const QSqlQuery &q) {
        return visit(readRow(q, now, fixed));
    };
    if (dialect.kind() == SqlDialect::Kind::PostgreSql)
        return visitByCursor(db, select, batchSize, visitRow);
    return visitByStatement(db, select, visitRow);
}

StoreResult<QList<DeadlineBandTotals>> TransactionReader::totalsByDeadline(const TransactionQuery &query,
                                                                           const QList<qint64> &edgesMs) const
{
    const StoreResult<SearchTerms> search = searchOf(query);
    if (!search.ok())
        return search.status();
    const QSqlDatabase db = m_database.connection();
    // The band's CASE comes first in the statement, so its values are bound first.
    SqlFragment band{QStringLiteral("CASE"), {}};
    for (int i = 0; i < edgesMs.size(); ++i) {
        band.sql += QStringLiteral(" WHEN t.capture_deadline <= ? THEN %1").arg(i);
        band.values << edgesMs.at(i);
    }
    band.sql += QStringLiteral(" ELSE %1 END").arg(edgesMs.size());
    SqlFragment where = filtersOf(query);
    append(where, textConditionOf(*search, SqlDialect::of(db), TextMode::Index));
    const SqlFragment sums = totalsSums(nowOf(query));
    QString sql =
        QStringLiteral("SELECT t.currency, %1 AS band, %2 FROM transactions t").arg(band.sql, sums.sql);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.sql;
    sql += QStringLiteral(" GROUP BY t.currency, band ORDER BY t.currency, band");
    QSqlQuery q(db);
    if (!run(q, sql, band.values + sums.values + where.values))
        return sqlFailure(q);
    QList<DeadlineBandTotals> totals;
    while (q.next()) {
        totals << DeadlineBandTotals{q.value(1).toInt(), totalsFrom(q, 2)};
    }
    return totals;
}
