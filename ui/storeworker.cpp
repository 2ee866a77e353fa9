#include "storeworker.h"

#include "store/database.h"

StoreWorker::StoreWorker(const Database &database, const QString &name, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_worker(new QObject)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
    , m_interrupter(std::make_shared<QueryInterrupter>())
{
    m_thread.setObjectName(name);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

StoreWorker::~StoreWorker()
{
    cancel();
    // The worker thread's connection must be closed on that thread, before the Database goes.
    const Database *database = &m_database;
    QMetaObject::invokeMethod(
        m_worker, [database] { database->releaseConnection(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StoreWorker::cancel()
{
    m_answered = ++m_requested;
    m_latest->store(m_requested);
    m_interrupter->interrupt();
}

void StoreWorker::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_worker, std::move(work));
}

void StoreWorker::arm()
{
    m_interrupter->arm(m_database.connection());
}

void StoreWorker::disarm()
{
    m_interrupter->disarm();
}
