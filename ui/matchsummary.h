#pragma once

#include "store/transactionquery.h"
#include "store/transactionreader.h"

#include <QHash>
#include <QList>
#include <QObject>

class Database;
class StoreWorker;

// The count of a query's matches and their totals per currency, computed on a worker thread with its own
// database connection (StoreWorker), so typing in the search box never waits for sums over a million rows.
// Only the newest request is answered: requests that a newer one overtook are skipped or interrupted.
// Answers for queries that do not depend on the time (no search text, no capture or expiry filter) are kept
// until invalidate(), so clearing a search shows the unfiltered totals at once instead of summing again.
class MatchSummary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatchSummary)

public:
    explicit MatchSummary(const Database &database, QObject *parent = nullptr);
    ~MatchSummary() override;

    void request(const TransactionQuery &query);
    // The exact count of each query (the chips' views under the other filters), on a worker of their own, so
    // the counts never hold up the totals or the list. Answered by countsReady().
    void requestCounts(const QList<TransactionQuery> &queries);
    bool isBusy() const;
    bool isCounting() const;
    // The store changed: kept answers are stale.
    void invalidate() { m_kept.clear(); }

signals:
    // Emitted on the owner's thread. `ok` false with `message` when the store refused.
    void ready(qint64 count, const QList<CurrencyTotals> &totals, bool ok, const QString &message);
    // The counts in the order of requestCounts()'s queries; empty when the store refused.
    void countsReady(const QList<qint64> &counts);

private:
    struct Answer
    {
        qint64 count = 0;
        QList<CurrencyTotals> totals;
        bool ok = false;
        QString message;
    };
    // The key a kept answer is found by; empty when the query's answer depends on the time.
    static QString keyOf(const TransactionQuery &query);

    StoreWorker *m_worker;
    StoreWorker *m_counter;
    QHash<QString, Answer> m_kept;
};
