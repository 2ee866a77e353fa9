#pragma once

#include <QSqlDatabase>

#include <mutex>

struct pg_cancel;
struct sqlite3;

// Stops the statement running on one connection from another thread, so a search that a newer one overtook
// gives its CPU back at once instead of running to its end: sqlite3_interrupt() on SQLite, PQcancel() on
// PostgreSQL (both are documented as safe to call from another thread). The thread that owns the connection
// arms the interrupter before a statement and disarms it after; interrupt() may come from any thread, and
// does nothing when nothing is armed. An interrupted statement fails like any other (the caller was
// overtaken and drops its result).
class QueryInterrupter final
{
public:
    QueryInterrupter() = default;
    ~QueryInterrupter();
    QueryInterrupter(const QueryInterrupter &) = delete;
    QueryInterrupter &operator=(const QueryInterrupter &) = delete;

    void arm(const QSqlDatabase &connection);
    void disarm();
    void interrupt();

private:
    std::mutex m_mutex;
    sqlite3 *m_sqlite = nullptr;
    pg_cancel *m_cancel = nullptr;
};
