#pragma once

#include "migrationrunner.h"
#include "storeresult.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlError;
class QSqlQuery;

// What a read-only look at a database file found. Filled only for a file that passed the probe.
struct DatabaseInfo
{
    QString path;
    int schemaVersion = 0;      // PRAGMA user_version
    QString merchantIdentifier; // from the meta table; empty for a version-0 file
    QString environment;        // simulator | sandbox | production | custom
};

struct DatabaseOptions
{
    // Where the numbered migration files are; tests supply their own to exercise upgrades.
    QString migrationsDirectory = MigrationRunner::defaultDirectory();
};

// The PayDesk SQLite database: one file, one merchant account, one environment (both recorded at create()).
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

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    const QString &path() const { return m_path; }
    const QString &merchantIdentifier() const { return m_merchantIdentifier; }
    const QString &environment() const { return m_environment; }
    int schemaVersion() const { return m_schemaVersion; }

    // This thread's connection (opened and configured on first use). `purpose` names an extra connection of
    // the same thread, e.g. DatabaseWatcher's, which must not share the writers' connection. An invalid
    // (not open) QSqlDatabase when the file cannot be opened any more.
    QSqlDatabase connection(const QString &purpose = QString()) const;
    // Closes and forgets this thread's connection for `purpose`.
    void releaseConnection(const QString &purpose = QString()) const;

    // Runs `work` inside BEGIN IMMEDIATE ... COMMIT on this thread's connection; rolls back when `work`
    // returns an error (which is then returned) or the commit fails. Nested calls use a SAVEPOINT, so an
    // inner failure undoes only the inner work and the outer caller decides. Busy after BusyTimeoutMs.
    StoreStatus withWriteTransaction(const std::function<StoreStatus()> &work) const;
    // True while this thread is inside withWriteTransaction().
    bool inWriteTransaction() const;

    // Maps an SQL error to a StoreStatus: SQLITE_BUSY/LOCKED -> Busy, corruption -> Corrupt, else Sql;
    // the message starts with `what`.
    static StoreStatus sqlFailure(const QSqlError &error, const QString &what);
    static StoreStatus sqlFailure(const QSqlQuery &query, const QString &what);

private:
    Database(QString path, const Options &options);
    QString connectionName(const QString &purpose) const;
    StoreStatus openConnection(const QString &name, bool create) const;
    StoreStatus execute(const QString &sql) const;

    QString m_path; // absolute
    Options m_options;
    QString m_merchantIdentifier;
    QString m_environment;
    int m_schemaVersion = 0;
    quint64 m_serial = 0; // tells apart two Database objects on the same file in one process
    mutable QMutex m_mutex;
    mutable QHash<QString, int> m_transactionDepth; // connection name -> nesting depth
    mutable QHash<QString, bool> m_connections;     // every connection name this object created
};
