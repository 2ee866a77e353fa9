#include "databasewatcher.h"

#include "store/database.h"

#include <QSqlQuery>

namespace {
const QString watcherPurpose = QStringLiteral("watcher");
}

DatabaseWatcher::DatabaseWatcher(const Database &database, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_lastVersion = dataVersion();
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DatabaseWatcher::poll);
    m_timer.start();
}

DatabaseWatcher::~DatabaseWatcher()
{
    m_database.releaseConnection(watcherPurpose);
}

qint64 DatabaseWatcher::dataVersion() const
{
    QSqlQuery query(m_database.connection(watcherPurpose));
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void DatabaseWatcher::poll()
{
    const qint64 version = dataVersion();
    if (version < 0 || version == m_lastVersion)
        return;
    m_lastVersion = version;
    emit changed();
}
