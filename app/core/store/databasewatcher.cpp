#include "databasewatcher.h"

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString watcherPurpose = QStringLiteral("watcher");
}

DatabaseWatcher::DatabaseWatcher(const Database &database, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_onServer(database.isShared())
{
    if (!m_onServer) {
        m_lastVersion = dataVersion();
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, &DatabaseWatcher::pollVersion);
        m_timer.start();
        return;
    }
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(CoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &DatabaseWatcher::flush);
    m_reachable = subscribe();
    m_timer.setInterval(HealthCheckMs);
    connect(&m_timer, &QTimer::timeout, this, &DatabaseWatcher::checkServer);
    m_timer.start();
}

DatabaseWatcher::~DatabaseWatcher()
{
    m_database.releaseConnection(watcherPurpose);
}

void DatabaseWatcher::poll()
{
    if (m_onServer)
        checkServer();
    else
        pollVersion();
}

qint64 DatabaseWatcher::dataVersion() const
{
    QSqlQuery query(m_database.connection(watcherPurpose));
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void DatabaseWatcher::pollVersion()
{
    const qint64 version = dataVersion();
    if (version < 0 || version == m_lastVersion)
        return;
    m_lastVersion = version;
    emit changed();
}

// LISTENs on the watcher's connection (again after the connection was reopened: a new server session knows
// nothing of the old one's LISTEN). False, with m_reason, when the server cannot be reached.
bool DatabaseWatcher::subscribe()
{
    QSqlDatabase db = m_database.connection(watcherPurpose);
    if (!db.isOpen()) {
        m_reason = db.lastError().text().trimmed();
        return false;
    }
    QSqlDriver *driver = db.driver();
    connect(driver, &QSqlDriver::notification, this, &DatabaseWatcher::onNotification, Qt::UniqueConnection);
    if (driver->subscribedToNotifications().contains(Channel))
        return true;
    if (!driver->subscribeToNotification(Channel)) {
        m_reason = driver->lastError().text().trimmed();
        return false;
    }
    return true;
}

// A `SELECT 1` is what tells a dropped connection: libpq marks it bad only when a call on it fails, and a
// LISTENing connection that the server dropped is otherwise silent.
void DatabaseWatcher::checkServer()
{
    m_reason.clear();
    QSqlDatabase db = m_database.connection(watcherPurpose);
    QSqlQuery query(db);
    const bool alive = db.isOpen() && query.exec(QStringLiteral("SELECT 1")) && subscribe();
    if (!alive && m_reason.isEmpty())
        m_reason = db.isOpen() ? query.lastError().text().trimmed() : db.lastError().text().trimmed();
    if (!alive && m_reason.isEmpty())
        m_reason = QStringLiteral("the database server does not answer");
    if (alive == m_reachable)
        return;
    m_reachable = alive;
    if (!alive) {
        emit reachabilityChanged(false, m_reason);
        return;
    }
    emit reachabilityChanged(true, QString());
    // What was committed while the server was away was never announced to this desk.
    m_pending.clear();
    m_coalesce.stop();
    emit changed();
}

void DatabaseWatcher::onNotification(const QString &name, QSqlDriver::NotificationSource,
                                     const QVariant &payload)
{
    if (name != Channel)
        return;
    const QString table = payload.toString();
    if (!table.isEmpty())
        m_pending.insert(table);
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void DatabaseWatcher::flush()
{
    const QSet<QString> tables = std::exchange(m_pending, {});
    emit changed();
    if (!tables.isEmpty())
        emit changedTables(tables);
}
