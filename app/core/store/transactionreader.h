#pragma once

#include "domain/transaction.h"
#include "store/database.h"
#include "store/searchterm.h"
#include "store/sqldialect.h"
#include "store/storeresult.h"
#include "store/transactionquery.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

// Where a row stands in a sort: its sort values (as stored: integers for times and amounts) and its id.
// Taken from a page's first or last row to ask for the page before or after it.
struct TransactionKey
{
    QVariantList sortValues;
    qint64 id = 0;

    bool isValid() const { return id != 0; }
};

// One row of the list: the stored facts, the state derived at the query's `now`, and its key in the sort.
struct TransactionRow
{
    Transaction transaction;
    TransactionState state = TransactionState::Authorized;
    bool needsStatusCheck = false; // an import or refresh disagreed with the journal's totals
    bool lateApplied = false;      // APS applied an operation after it had been settled as not applied
    TransactionKey key;
};

// A window of consecutive rows in the query's order (first row first, also for pages read backwards).
struct TransactionPage
{
    QList<TransactionRow> rows;

    TransactionKey firstKey() const { return rows.isEmpty() ? TransactionKey() : rows.first().key; }
    TransactionKey lastKey() const { return rows.isEmpty() ? TransactionKey() : rows.last().key; }
};

// Sums over the rows a query selects, for one currency (minor units).
struct CurrencyTotals
{
    QString currency;
    qint64 count = 0;
    qint64 authorized = 0;
    qint64 captured = 0;
    qint64 refunded = 0;
    qint64 toCapture = 0;  // TransactionRules::remainingToCapture() at the query's `now`, summed
    qint64 refundable = 0; // TransactionRules::refundable() of the rows not failed or voided, summed
};

// The totals of one currency's rows whose capture deadline falls in one band
// (TransactionReader::totalsByDeadline).
struct DeadlineBandTotals
{
    int band = 0; // index of the first edge the deadline is at or before; the number of edges when after all
    CurrencyTotals totals;
};

// Answers TransactionQuery against the transactions table: an exact count and windows of rows by keyset
// (the page after or before a row, the first and the last page) or by position (for a jump of the scrollbar).
// Keyset pages cost the same at any depth; a page at a position walks an index to it (a few milliseconds per
// 100,000 rows skipped). Uses the calling thread's connection of `database` for every call; never writes.
class TransactionReader final
{
public:
    explicit TransactionReader(const Database &database)
        : m_database(database)
    {}

    StoreResult<qint64> count(const TransactionQuery &query) const;
    // The count, but never more than cap + 1: min(count, cap + 1), so a list can say "10,000+" at once. The
    // rows are counted as found, the text search's matches first, stopping after cap + 1 of them.
    StoreResult<qint64> countUpTo(const TransactionQuery &query, qint64 cap) const;
    StoreResult<TransactionPage> firstPage(const TransactionQuery &query, int limit) const;
    StoreResult<TransactionPage> lastPage(const TransactionQuery &query, int limit) const;
    // Rows strictly after / before `key` in the query's order.
    StoreResult<TransactionPage> pageAfter(const TransactionQuery &query, const TransactionKey &key,
                                           int limit) const;
    StoreResult<TransactionPage> pageBefore(const TransactionQuery &query, const TransactionKey &key,
                                            int limit) const;
    // Rows from the 0-based `position` on.
    StoreResult<TransactionPage> pageAt(const TransactionQuery &query, qint64 position, int limit) const;
    // Per currency, ordered by code.
    StoreResult<QList<CurrencyTotals>> totalsByCurrency(const TransactionQuery &query) const;
    // Per currency and band of capture deadlines, in one pass over the selected rows: band i holds deadlines
    // at or before edgesMs[i] (ms since the epoch, ascending) and after the edge before it; the last band,
    // those after every edge. Only bands with rows are listed, by currency then band.
    StoreResult<QList<DeadlineBandTotals>> totalsByDeadline(const TransactionQuery &query,
                                                            const QList<qint64> &edgesMs) const;
    // Every selected row in order from one statement (the pages' statement without LIMIT), visited as it is
    // read, so memory stays bounded; `visit` returns false to stop early, which ends the statement. SQLite
    // steps a forward-only statement; PostgreSQL reads a cursor `batchSize` rows at a time, in a read-only
    // transaction of its own unless one is open (QPSQL would otherwise hold the whole result, or drain it
    // all on an early stop). The statement holds this thread's connection until forEach returns: `visit`
    // must not run statements on it.
    StoreStatus forEach(const TransactionQuery &query,
                        const std::function<bool(const TransactionRow &)> &visit, int batchSize = 1000) const;

    // The key of a transaction in a sort (`baseState` is its base_state token, used by the state sort;
    // `nowMs` the query's time, used by the to-capture sort).
    static TransactionKey keyOf(const Transaction &tx, const QString &baseState, TransactionSort sort,
                                qint64 nowMs);

private:
    enum class Direction { Forward, Backward };
    enum class TextPlan { Index, Scan };
    StoreResult<SearchTerms> searchOf(const TransactionQuery &query) const;
    StoreResult<qint64> countWith(const TransactionQuery &query, const SearchTerms &search, qint64 cap) const;
    StoreResult<TransactionPage> page(const TransactionQuery &query, const TransactionKey *after,
                                      Direction direction, qint64 offset, int limit) const;
    StoreResult<TransactionPage> pageWith(const TransactionQuery &query, const SearchTerms &search,
                                          const TransactionKey *after, Direction direction, qint64 offset,
                                          int limit, TextPlan plan) const;
    // The statement of a page (no LIMIT when `limit` is empty; a Scan plan always has one), its search terms
    // resolved as searchOf() does.
    SqlFragment selectSql(const TransactionQuery &query, const SqlDialect &dialect,
                          const TransactionKey *after, Direction direction, qint64 offset,
                          std::optional<int> limit, TextPlan plan) const;
    static SqlFragment selectSqlWith(const TransactionQuery &query, const SearchTerms &search,
                                     const SqlDialect &dialect, const TransactionKey *after,
                                     Direction direction, qint64 offset, std::optional<int> limit,
                                     TextPlan plan);

    const Database &m_database;
};
