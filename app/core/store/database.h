#pragma once

#include "migrationrunner.h"
#include "sqldialect.h"
#include "storeresult.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlError;
class QSqlQuery;

// What a read-only look at a database found. Filled only for a database that passed the probe.
struct DatabaseInfo
{
    QString path;               // the file, or the PostgreSQL URI (which never holds a password)
    int schemaVersion = 0;      // PRAGMA user_version; the meta table's schema_version on PostgreSQL
    QString merchantIdentifier; // from the meta table; empty for a version-0 file
    QString environment;        // simulator | sandbox | production | custom
};

struct DatabaseOptions
{
    // Where the numbered migration files are; tests supply their own to exercise upgrades. The default stands
    // for each backend's own set (MigrationRunner::defaultDirectory()).
    QString migrationsDirectory = MigrationRunner::defaultDirectory();
};

// The PayDesk store: one merchant account, one environment (both recorded at create()), on one of two
// backends.
// - SQLite (one desk, the default): a file. Everything below about files, headers, WAL and BEGIN IMMEDIATE.
// - PostgreSQL (a team, "team mode"): a `postgresql://USER@HOST:PORT/DBNAME?OPTIONS` URI (see
//   databasepostgresql.cpp). The same tables and queries; the password comes from libpq's own places
//   (~/.pgpass, PGPASSFILE, a service file), never from the URI. Write transactions serialize on a
//   transaction-scoped advisory lock taken first, which gives every read-then-write sequence the same
//   guarantee as BEGIN IMMEDIATE on SQLite: nothing another desk commits can slip between its reads and its
//   writes. A connection the server dropped is opened again on the next call; failures for want of the server
//   are StoreError::Unreachable.
//
// Connections: one named QSqlDatabase connection per thread (and per `purpose`), named after this object,
// the file and the thread, and fetched with QSqlDatabase::database(name) on every call; never the default
// connection. A thread that used the database and ends before the Database does should call
// releaseConnection() first. Every connection runs with journal_mode=WAL, synchronous=FULL, foreign_keys=ON
// and busy_timeout=BusyTimeoutMs.
//
// Safety when opening: open() never creates a file, and probes an existing file read-only (its 100-byte
// header and then a read-only connection) before anything may write to it. A file that is not SQLite, has
// another application_id, cannot be read or has a newer schema than this program knows is refused and left
// byte-for-byte untouched. Only after the probe passed is the file switched to WAL and migrated. A file
// shorter than the page count its header promises is refused only when no WAL is beside it (SQLite refuses
// it too); with a non-empty -wal it is what a checkpoint cut short by a full disk leaves, SQLite reads the
// missing pages from the WAL, and the probe lets `PRAGMA quick_check` decide instead of the header.
//
// Writes: withWriteTransaction() starts `BEGIN IMMEDIATE` (Qt's transaction() starts a deferred one, and two
// deferred writers that both upgrade to a write deadlock into "database is locked"), so every
// read-then-write sequence holds the write lock from its first read. Calls nest (as savepoints).
//
// Not a QObject; thread-safe (connections are per thread). Changes by any connection, including other
// processes, are reported by DatabaseWatcher.
class Database final
{
public:
    // PRAGMA application_id of every PayDesk database: "PDSK".
    static constexpr qint32 ApplicationId = 0x5044534B;
    static constexpr int BusyTimeoutMs = 5000;

    using Options = DatabaseOptions;

    // Creates a new database at `path` (creating its folder), schema at the latest version, recording the
    // account and environment. Refuses an existing file (AlreadyExists) and an unknown environment (Invalid).
    // The file, its -wal and -shm are 0600 and the folders it creates 0700, whatever the umask
    // (PrivateFiles).
    static StoreResult<std::unique_ptr<Database>> create(const QString &path,
                                                         const QString &merchantIdentifier,
                                                         const QString &environment,
                                                         const Options &options = {});
    // Opens an existing database: probe(), then the account check (an empty expectation is not checked;
    // WrongAccount / WrongEnvironment otherwise), then pending migrations in one transaction. The file, -wal
    // and -shm lose group and other permissions when this user owns them (a database made before PayDesk
    // created its files 0600 holds customer data all the same).
    static StoreResult<std::unique_ptr<Database>> open(const QString &path,
                                                       const QString &expectedMerchantIdentifier = QString(),
                                                       const QString &expectedEnvironment = QString(),
                                                       const Options &options = {});
    // Reads what the file is without changing a byte of it. Errors: Missing, NotADatabase, Foreign, Corrupt,
    // NewerSchema (above the newest migration of `options`), each with a message naming the file.
    static StoreResult<DatabaseInfo> probe(const QString &path, const Options &options = {});

    static bool isEnvironmentToken(QStringView token); // simulator | sandbox | production | custom
    // True for a `postgresql://` or `postgres://` URI: a team's store rather than a file.
    static bool isServerUri(QStringView location);

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // The file's absolute path, or the PostgreSQL URI.
    const QString &path() const { return m_path; }
    SqlDialect::Kind backend() const { return m_backend; }
    SqlDialect dialect() const { return SqlDialect(m_backend); }
    bool isShared() const { return m_backend == SqlDialect::Kind::PostgreSql; }
    const QString &merchantIdentifier() const { return m_merchantIdentifier; }
    const QString &environment() const { return m_environment; }
    int schemaVersion() const { return m_schemaVersion; }

    // This thread's connection (opened and configured on first use). `purpose` names an extra connection of
    // the same thread, e.g. DatabaseWatcher's, which must not share the writers' connection. An invalid
    // (not open) QSqlDatabase when the file cannot be opened any more.
    QSqlDatabase connection(const QString &purpose = QString()) const;
    // Closes and forgets this thread's connection for `purpose`.
    void releaseConnection(const QString &purpose = QString()) const;

    // Runs `work` inside BEGIN IMMEDIATE ... COMMIT (PostgreSQL: BEGIN and the store's advisory lock) on this
    // thread's connection; rolls back when `work`
    // returns an error (which is then returned) or the commit fails. Nested calls use a SAVEPOINT, so an
    // inner failure undoes only the inner work and the outer caller decides. Busy after BusyTimeoutMs.
    StoreStatus withWriteTransaction(const std::function<StoreStatus()> &work) const;
    // True while this thread is inside withWriteTransaction().
    bool inWriteTransaction() const;

    // Maps an SQL error to a StoreStatus: SQLITE_BUSY/LOCKED (PostgreSQL: lock timeout, deadlock,
    // serialization) -> Busy, corruption -> Corrupt, a lost or refused server connection -> Unreachable, else
    // Sql; the message starts with `what`.
    static StoreStatus sqlFailure(const QSqlError &error, const QString &what);
    static StoreStatus sqlFailure(const QSqlQuery &query, const QString &what);

private:
    Database(QString path, const Options &options, SqlDialect::Kind backend = SqlDialect::Kind::Sqlite);
    QString connectionName(const QString &purpose) const;
    StoreStatus openConnection(const QString &name, bool create) const;
    StoreStatus execute(const QString &sql) const;
    MigrationRunner migrationRunner() const;
    StoreStatus beginWrite(int depth) const;
    // WrongAccount / WrongEnvironment when `info` is not what the caller expects (empty: not checked).
    static StoreStatus checkAccount(const DatabaseInfo &info, const QString &expectedMerchantIdentifier,
                                    const QString &expectedEnvironment);
    // The meta facts of a new store, inside create()'s transaction.
    StoreStatus recordAccount(const QString &merchantIdentifier, const QString &environment) const;

    // databasepostgresql.cpp
    static StoreResult<std::unique_ptr<Database>> createOnServer(const QString &uri,
                                                                 const QString &merchantIdentifier,
                                                                 const QString &environment,
                                                                 const Options &options);
    static StoreResult<std::unique_ptr<Database>> openOnServer(const QString &uri,
                                                               const QString &expectedMerchantIdentifier,
                                                               const QString &expectedEnvironment,
                                                               const Options &options);
    static StoreResult<DatabaseInfo> probeServer(const QString &uri, const Options &options);
    StoreStatus openServerConnection(const QString &name) const;
    static StoreStatus serverFailure(const QSqlError &error, const QString &what);
    bool serverConnectionLost(const QSqlDatabase &db) const;

    QString m_path; // absolute; the URI on PostgreSQL
    SqlDialect::Kind m_backend = SqlDialect::Kind::Sqlite;
    Options m_options;
    QString m_merchantIdentifier;
    QString m_environment;
    int m_schemaVersion = 0;
    quint64 m_serial = 0; // tells apart two Database objects on the same file in one process
    mutable QMutex m_mutex;
    mutable QHash<QString, int> m_transactionDepth; // connection name -> nesting depth
    mutable QHash<QString, bool> m_connections;     // every connection name this object created
};
