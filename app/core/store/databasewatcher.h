#pragma once

#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

class Database;

// Tells when the database changed, whoever changed it: this process or another one (a second window, a
// paydeskctl import, another desk of the team). It watches on a connection of its own, so that every writer
// (the repositories of this process included) is another connection and our own writes are reported too.
//
// - SQLite: polls `PRAGMA data_version` every `intervalMs`; SQLite changes that value whenever another
//   connection commits. changed() comes at most once per poll; changedTables() is not emitted (SQLite does
//   not say what changed).
// - PostgreSQL: LISTENs on the channel "paydesk_changes", where the schema's statement triggers send the
//   name of every table a transaction wrote. A burst of notifications (one import, one capture touching
//   three tables) is gathered for CoalesceMs into one changed() and one changedTables(). A dropped server
//   connection ends notifications silently, so a health check runs every HealthCheckMs (`SELECT 1`;
//   Database::connection() reopens a connection the server dropped). reachabilityChanged() says when the
//   server is lost and when it is back; on its return the subscription is renewed and changed() emitted,
//   since whatever was committed meanwhile went unannounced.
//
// Signals come from the thread the watcher lives in, after the commit. Use it from one thread; the Database
// must outlive the watcher.
class DatabaseWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWatcher)

public:
    static constexpr int CoalesceMs = 100;
    static constexpr int HealthCheckMs = 2000;
    static inline const QString Channel = QStringLiteral("paydesk_changes");

    // `intervalMs`: SQLite's poll interval; PostgreSQL checks the connection every HealthCheckMs instead.
    explicit DatabaseWatcher(const Database &database, int intervalMs = 500, QObject *parent = nullptr);
    ~DatabaseWatcher() override;

    // SQLite: polls now instead of waiting for the timer, emitting changed() when something was committed
    // since. PostgreSQL: checks the connection now (notifications need no polling).
    void poll();
    // False while the database server cannot be reached (always true on SQLite).
    bool isReachable() const { return m_reachable; }
    QString unreachableReason() const { return m_reason; }

signals:
    void changed();
    // The tables written since the last signal (PostgreSQL only), e.g. "refund_requests".
    void changedTables(const QSet<QString> &tables);
    void reachabilityChanged(bool reachable, const QString &reason);

private:
    qint64 dataVersion() const;
    void pollVersion();
    void checkServer();
    bool subscribe();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void flush();

    const Database &m_database;
    QTimer m_timer;
    QTimer m_coalesce;
    qint64 m_lastVersion = -1;
    bool m_onServer = false;
    bool m_reachable = true;
    bool m_subscribed = false;
    QString m_reason;
    QSet<QString> m_pending;
};
