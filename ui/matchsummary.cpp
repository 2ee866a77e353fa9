#include "matchsummary.h"

#include "store/database.h"

MatchSummary::MatchSummary(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_worker(new QObject)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread.setObjectName(QStringLiteral("MatchSummary"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

MatchSummary::~MatchSummary()
{
    // The worker thread's connection must be closed on that thread, before the Database goes.
    const Database *database = &m_database;
    QMetaObject::invokeMethod(
        m_worker, [database] { database->releaseConnection(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void MatchSummary::request(const TransactionQuery &query)
{
    const quint64 generation = ++m_requested;
    m_latest->store(generation);
    const Database *database = &m_database;
    auto latest = m_latest;
    QMetaObject::invokeMethod(m_worker, [this, database, latest, generation, query] {
        if (latest->load() != generation)
            return;
        const TransactionReader reader(*database);
        const StoreResult<QList<CurrencyTotals>> totals = reader.totalsByCurrency(query);
        qint64 count = 0;
        if (totals.ok()) {
            for (const CurrencyTotals &currency : *totals)
                count += currency.count;
        }
        const QList<CurrencyTotals> list = totals.ok() ? *totals : QList<CurrencyTotals>();
        const bool ok = totals.ok();
        const QString message = totals.message;
        QMetaObject::invokeMethod(this, [this, generation, count, list, ok, message] {
            if (generation != m_requested)
                return;
            m_answered = generation;
            emit ready(count, list, ok, message);
        });
    });
}
