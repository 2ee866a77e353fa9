#pragma once

#include "store/transactionquery.h"
#include "store/transactionreader.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

class Database;

// The count of a query's matches and their totals per currency, computed on a worker thread with its own
// database connection, so typing in the search box never waits for sums over a million rows. Only the newest
// request is answered: requests that a newer one overtook are skipped.
class MatchSummary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatchSummary)

public:
    explicit MatchSummary(const Database &database, QObject *parent = nullptr);
    ~MatchSummary() override;

    void request(const TransactionQuery &query);
    bool isBusy() const { return m_answered != m_requested; }

signals:
    // Emitted on the owner's thread. `ok` false with `message` when the store refused.
    void ready(qint64 count, const QList<CurrencyTotals> &totals, bool ok, const QString &message);

private:
    const Database &m_database;
    QThread m_thread;
    QObject *m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_requested = 0;
    quint64 m_answered = 0;
};
