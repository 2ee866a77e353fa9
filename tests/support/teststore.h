#pragma once

#include <QString>
#include <QTemporaryDir>

// Where a test's store lives. Every store test runs twice (tests/CMakeLists.txt): as itself, on an SQLite
// file in the test's temporary folder, and as its ":pg" twin (PAYDESK_TEST_BACKEND=postgresql) on a fresh
// database of the throw-away PostgreSQL server that ctest's "postgres" fixture starts
// (tests/support/pg-server.sh). A twin without a server fails loudly; it is never skipped.
namespace TestStore {

// True in the PostgreSQL twin.
bool onServer();
// A new, empty place for a store: `dir/fileName` on SQLite; on PostgreSQL the URI of a database just created
// on the test server (named after this process, so that parallel tests never meet).
QString newLocation(const QTemporaryDir &dir, const QString &fileName = QStringLiteral("paydesk.db"));
// The test server's maintenance URI (its `postgres` database): PAYDESK_TEST_PG_URI, else the file the fixture
// wrote under PAYDESK_BINARY_DIR/pgtest. Empty on SQLite.
QString serverUri();
// The test server's folder for pg-server.sh (stop/restart it in server-loss tests).
QString serverDirectory();
// Runs `statements` on the store at `location` the way someone editing it outside PayDesk would: a connection
// of its own (QSQLITE on the file; QPSQL as the server's superuser, with triggers off, on PostgreSQL, where
// SQLite's PRAGMA and DROP TRIGGER statements are left out). The first error's text, or an empty string.
QString runOutside(const QString &location, const QStringList &statements);
// Points this process's data and settings folders (XDG_DATA_HOME, XDG_CONFIG_HOME) at a temporary folder
// shared with the paydeskctl processes a test starts (their environment: cliDataHome()), once per process.
void isolateDataFolders();
QString cliDataHome();
// The audit key file of the store at `location` where the paydeskctl processes of a test look for it
// (FileAuditKeyProvider::keyPathFor beside a file; for a server store, in the PayDesk data folder under the
// XDG_DATA_HOME that isolateDataFolders() chose, whatever this process's names and QStandardPaths test mode).
QString keyPathFor(const QString &location);

} // namespace TestStore
