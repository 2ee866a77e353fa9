#pragma once

#include "store/queryinterrupter.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

class Database;

// A thread with its own connection to the store, for reads the window must not wait for (a search's exact
// count, totals over a million rows). Each submit() overtakes the ones before it: a task that has not started
// is skipped, a running one is interrupted (QueryInterrupter), and only the newest task's result is
// delivered, on the owner's thread. So fast typing never queues up searches.
class StoreWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWorker)

public:
    StoreWorker(const Database &database, const QString &name, QObject *parent = nullptr);
    ~StoreWorker() override;

    // Runs `task` on the worker's thread with the store; `done` gets its result here, unless a newer
    // submit() came meanwhile.
    template<typename Result>
    void submit(std::function<Result(const Database &)> task, std::function<void(const Result &)> done);

    // A submitted task has not delivered its result yet.
    bool isBusy() const { return m_answered != m_requested; }
    // Overtakes whatever was submitted, without a new task.
    void cancel();

private:
    void post(std::function<void()> work);
    // On the worker's thread: arms the interrupter on its connection.
    void arm();
    void disarm();

    const Database &m_database;
    QThread m_thread;
    QObject *m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::shared_ptr<QueryInterrupter> m_interrupter;
    quint64 m_requested = 0;
    quint64 m_answered = 0;
};

template<typename Result>
void StoreWorker::submit(std::function<Result(const Database &)> task,
                         std::function<void(const Result &)> done)
{
    const quint64 generation = ++m_requested;
    m_latest->store(generation);
    m_interrupter->interrupt();
    post([this, latest = m_latest, generation, task = std::move(task), done = std::move(done)] {
        if (latest->load() != generation)
            return;
        arm();
        Result result = task(m_database);
        disarm();
        QMetaObject::invokeMethod(this, [this, generation, result = std::move(result), done] {
            if (generation != m_requested)
                return;
            m_answered = generation;
            done(result);
        });
    });
}
