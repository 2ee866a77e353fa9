#include "queryinterrupter.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

QueryInterrupter::~QueryInterrupter()
{
    disarm();
}

void QueryInterrupter::arm(const QSqlDatabase &connection)
{
    disarm();
    if (!connection.isOpen() || !connection.driver())
        return;
    const QVariant handle = connection.driver()->handle();
    const std::lock_guard<std::mutex> lock(m_mutex);
    // Qt names the handle's type after the library's struct.
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        m_sqlite = *static_cast<sqlite3 *const *>(handle.data());
    } else if (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0) {
        if (auto *pg = *static_cast<PGconn *const *>(handle.data()))
            m_cancel = PQgetCancel(pg);
    }
}

void QueryInterrupter::disarm()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_sqlite = nullptr;
    if (m_cancel)
        PQfreeCancel(m_cancel);
    m_cancel = nullptr;
}

void QueryInterrupter::interrupt()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (m_sqlite)
        sqlite3_interrupt(m_sqlite);
    if (m_cancel) {
        char error[256];
        PQcancel(m_cancel, error, int(sizeof error));
    }
}
