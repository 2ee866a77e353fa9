#pragma once

#include <QObject>
#include <QTimer>

class Database;

// Tells when the database changed, whoever changed it: this process or another one (a second window, a
// paydeskctl import). It polls `PRAGMA data_version` on a connection of its own; SQLite changes that value
// whenever another connection commits, and since every writer (the repositories of this process included)
// uses another connection than the watcher's, our own writes are reported too, at the next poll.
//
// changed() is emitted at most once per poll, from the thread the watcher lives in, after the commit.
// Use it from one thread; the Database must outlive the watcher.
class DatabaseWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWatcher)

public:
    explicit DatabaseWatcher(const Database &database, int intervalMs = 500, QObject *parent = nullptr);
    ~DatabaseWatcher() override;

    // Polls now instead of waiting for the timer; emits changed() when something was committed since.
    void poll();

signals:
    void changed();

private:
    qint64 dataVersion() const;

    const Database &m_database;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};
