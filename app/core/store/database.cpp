#include "database.h"

#include "store/privatefiles.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QtEndian>

namespace {

QAtomicInteger<quint64> nextSerial{1};

QString connectOptions(bool readOnly)
{
    QString options = QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(Database::BusyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    return options;
}

// mode=ro/rw never creates a file; only create() passes rwc.
QString uriFor(const QString &absolutePath, QLatin1String mode)
{
    return QUrl::fromLocalFile(absolutePath).toString(QUrl::FullyEncoded) + QLatin1String("?mode=") + mode;
}

StoreResult<std::unique_ptr<Database>> fail(const StoreStatus &status)
{
    return StoreResult<std::unique_ptr<Database>>(status);
}

StoreStatus failure(StoreError error, const QString &path, const QString &what)
{
    return StoreStatus::failure(error, QDir::toNativeSeparators(path) + QLatin1String(": ") + what);
}

// Reads the 100-byte SQLite header without opening the file through SQLite. Sets `*shortWithWal` when the
// file is shorter than its header's page count while a non-empty -wal is beside it: not a verdict, see below.
StoreStatus checkHeader(const QString &path, int latestVersion, int *userVersion, bool *shortWithWal)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(StoreError::Io, path, QStringLiteral("cannot be read (%1)").arg(file.errorString()));
    const qint64 size = file.size();
    const QByteArray header = file.read(100);
    if (size == 0)
        return failure(StoreError::NotADatabase, path, QStringLiteral("is empty, not a PayDesk database"));
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return failure(StoreError::NotADatabase, path, QStringLiteral("is not an SQLite database"));
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0 || bytes[21] != 64 ||
        bytes[22] != 32 || bytes[23] != 32) {
        return failure(StoreError::Corrupt, path, QStringLiteral("has a damaged SQLite header"));
    }
    const auto applicationId = qFromBigEndian<qint32>(bytes + 68);
    if (applicationId != Database::ApplicationId) {
        return failure(
            StoreError::Foreign, path,
            applicationId == 0
                ? QStringLiteral("is an SQLite database of another application (no PayDesk application id)")
                : QStringLiteral("is an SQLite database of another application (application id 0x%1)")
                      .arg(quint32(applicationId), 8, 16, QLatin1Char('0')));
    }
    *userVersion = qFromBigEndian<qint32>(bytes + 60);
    if (*userVersion > latestVersion) {
        return failure(
            StoreError::NewerSchema, path,
            QStringLiteral("has schema version %1, newer than this PayDesk knows (%2); use a newer PayDesk")
                .arg(*userVersion)
                .arg(latestVersion));
    }
    if (*userVersion < 0)
        return failure(StoreError::Corrupt, path, QStringLiteral("has a negative schema version"));
    // The in-header page count is trustworthy only when its "version-valid-for" matches the change counter.
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    if (pageCount != 0 && qFromBigEndian<quint32>(bytes + 92) == qFromBigEndian<quint32>(bytes + 24) &&
        size < qint64(pageCount) * pageSize) {
        // A checkpoint writes page 1 (with the new page count) first and extends the file last; when it is
        // cut short (a full disk) the pages are still in the WAL and SQLite reads them from there. Only
        // SQLite can tell that case from a truncated file: the probe asks it (quick_check).
        if (QFileInfo(path + QLatin1String("-wal")).size() > 0) {
            *shortWithWal = true;
            return StoreStatus::success();
        }
        return failure(StoreError::Corrupt, path,
                       QStringLiteral("is truncated (%1 bytes, the header promises %2)")
                           .arg(size)
                           .arg(qint64(pageCount) * pageSize));
    }
    return StoreStatus::success();
}

// The account record of a database at schema version 1 or later.
StoreStatus readAccount(QSqlQuery &query, const QString &path, DatabaseInfo &result)
{
    if (!query.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        return failure(StoreError::Corrupt, path,
                       QStringLiteral("has no readable account record (%1)").arg(query.lastError().text()));
    }
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key == u"merchant_identifier")
            result.merchantIdentifier = query.value(1).toString();
        else if (key == u"environment")
            result.environment = query.value(1).toString();
    }
    if (result.merchantIdentifier.isEmpty())
        return failure(StoreError::Corrupt, path, QStringLiteral("records no merchant account"));
    return StoreStatus::success();
}

// SQLite's own reading of an open database whose header looked right: the schema, for a file shorter than its
// header says whether the -wal holds the missing pages, and the account.
StoreStatus readSchemaAndAccount(QSqlDatabase &db, const QString &path, bool shortWithWal,
                                 DatabaseInfo &result)
{
    QSqlQuery query(db);
    StoreStatus status;
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next()) {
        status = failure(StoreError::Corrupt, path,
                         QStringLiteral("cannot be read (%1)").arg(query.lastError().text()));
    } else if (shortWithWal && (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next() ||
                                query.value(0).toString() != u"ok")) {
        status = failure(StoreError::Corrupt, path,
                         QStringLiteral("is truncated and its -wal does not hold the missing pages (%1)")
                             .arg(query.isValid() ? query.value(0).toString() : query.lastError().text()));
    } else if (result.schemaVersion >= 1) {
        status = readAccount(query, path, result);
    }
    query.finish();
    return status;
}

// Opens the file strictly read-only on a connection of its own, reads it, and closes and removes the
// connection again.
StoreStatus readWithSqlite(const QString &path, bool shortWithWal, DatabaseInfo &result)
{
    const QString name = QStringLiteral("paydesk-probe-%1").arg(nextSerial.fetchAndAddRelaxed(1));
    StoreStatus status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setConnectOptions(connectOptions(true));
        db.setDatabaseName(uriFor(path, QLatin1String("ro")));
        if (!db.open()) {
            status = failure(StoreError::Corrupt, path,
                             QStringLiteral("cannot be opened (%1)").arg(db.lastError().text()));
        } else {
            status = readSchemaAndAccount(db, path, shortWithWal, result);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

} // namespace

bool Database::isEnvironmentToken(QStringView token)
{
    return token == u"simulator" || token == u"sandbox" || token == u"production" || token == u"custom";
}

bool Database::isServerUri(QStringView location)
{
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}

StoreResult<DatabaseInfo> Database::probe(const QString &path, const Options &options)
{
    if (isServerUri(path))
        return probeServer(path, options);
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (!info.exists())
        return StoreResult<DatabaseInfo>(
            failure(StoreError::Missing, absolute,
                    QStringLiteral("no database here (only `paydeskctl init` creates one)")));
    if (!info.isFile())
        return StoreResult<DatabaseInfo>(
            failure(StoreError::NotADatabase, absolute, QStringLiteral("is not a file")));
    const MigrationRunner runner(options.migrationsDirectory);
    const int latest = runner.latestVersion();
    if (latest < 0)
        return StoreResult<DatabaseInfo>(runner.migrations().status());

    DatabaseInfo result;
    result.path = absolute;
    bool shortWithWal = false;
    if (const StoreStatus header = checkHeader(absolute, latest, &result.schemaVersion, &shortWithWal);
        !header.ok())
        return StoreResult<DatabaseInfo>(header);

    // The header looks right: now let SQLite read the schema and the account, strictly read-only. For a file
    // in WAL mode SQLite may create empty -wal/-shm files even so; those are removed again below.
    const QString walPath = absolute + QLatin1String("-wal");
    const QString shmPath = absolute + QLatin1String("-shm");
    const bool hadWal = QFileInfo::exists(walPath);
    const bool hadShm = QFileInfo::exists(shmPath);
    const StoreStatus status = readWithSqlite(absolute, shortWithWal, result);
    // Only a refused file gets its new empty -wal/-shm removed, so that it is left as it was. A file that
    // passed may be open in another process right now, whose live -wal/-shm must never be unlinked: its
    // writes would go to a deleted file and be lost.
    if (!status.ok() && !hadWal && QFileInfo(walPath).size() == 0) {
        QFile::remove(walPath);
        if (!hadShm)
            QFile::remove(shmPath);
    }
    if (!status.ok())
        return StoreResult<DatabaseInfo>(status);
    return result;
}

Database::Database(QString path, const Options &options, SqlDialect::Kind backend)
    : m_path(std::move(path))
    , m_backend(backend)
    , m_options(options)
    , m_serial(nextSerial.fetchAndAddRelaxed(1))
{}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        {
            QSqlDatabase db = QSqlDatabase::database(it.key(), false);
            db.close();
        }
        QSqlDatabase::removeDatabase(it.key());
    }
}

StoreResult<std::unique_ptr<Database>> Database::create(const QString &path,
                                                        const QString &merchantIdentifier,
                                                        const QString &environment, const Options &options)
{
    if (isServerUri(path))
        return createOnServer(path, merchantIdentifier, environment, options);
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (info.exists() || info.isSymLink())
        return fail(failure(StoreError::AlreadyExists, absolute,
                            QStringLiteral("already exists; init never overwrites a database")));
    if (merchantIdentifier.trimmed().isEmpty() || merchantIdentifier.size() > 20)
        return fail(StoreStatus::failure(
            StoreError::Invalid, QStringLiteral("the merchant identifier must have 1 to 20 characters")));
    if (!isEnvironmentToken(environment))
        return fail(StoreStatus::failure(
            StoreError::Invalid,
            QStringLiteral("unknown environment \"%1\" (simulator, sandbox, production or custom)")
                .arg(environment)));
    if (StoreStatus folder = PrivateFiles::makePath(info.absolutePath()); !folder.ok())
        return fail(folder);
    // SQLite would create the file 0644; an empty file it finds is a new database to it, and its -wal/-shm
    // get the main file's mode.
    if (StoreStatus file = PrivateFiles::createEmpty(absolute); !file.ok())
        return fail(file);

    std::unique_ptr<Database> database(new Database(absolute, options));
    const MigrationRunner runner(options.migrationsDirectory);
    StoreStatus status = database->openConnection(database->connectionName(QString()), true);
    if (status.ok()) {
        status = database->withWriteTransaction([&]() -> StoreStatus {
            if (StoreStatus s =
                    database->execute(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
                !s.ok())
                return s;
            if (StoreStatus s = runner.migrate(database->connection()); !s.ok())
                return s;
            return database->recordAccount(merchantIdentifier, environment);
        });
    }
    if (!status.ok()) {
        database.reset();
        for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm")})
            QFile::remove(absolute + suffix);
        return fail(status);
    }
    // Header fields written in a transaction sit in the WAL until a checkpoint; other processes probe the
    // main file's header, so put application_id and user_version there now.
    database->execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    database->m_merchantIdentifier = merchantIdentifier;
    database->m_environment = environment;
    database->m_schemaVersion = runner.latestVersion();
    return StoreResult<std::unique_ptr<Database>>(std::move(database));
}

StoreResult<std::unique_ptr<Database>> Database::open(const QString &path,
                                                      const QString &expectedMerchantIdentifier,
                                                      const QString &expectedEnvironment,
                                                      const Options &options)
{
    if (isServerUri(path))
        return openOnServer(path, expectedMerchantIdentifier, expectedEnvironment, options);
    const auto info = probe(path, options);
    if (!info.ok())
        return fail(info.status());
    if (info->schemaVersion == 0)
        return fail(failure(StoreError::Corrupt, info->path,
                            QStringLiteral("is a PayDesk database without a schema (an interrupted init?)")));
    if (StoreStatus account = checkAccount(*info, expectedMerchantIdentifier, expectedEnvironment);
        !account.ok())
        return fail(account);

    // A PayDesk database that others may read (made by an earlier version, or copied) is made private before
    // anything is written to it; files of another user are left alone.
    for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm")})
        PrivateFiles::restrictToOwner(info->path + suffix);

    std::unique_ptr<Database> database(new Database(info->path, options));
    database->m_merchantIdentifier = info->merchantIdentifier;
    database->m_environment = info->environment;
    if (StoreStatus s = database->openConnection(database->connectionName(QString()), false); !s.ok())
        return fail(s);
    const MigrationRunner runner(options.migrationsDirectory);
    if (info->schemaVersion < runner.latestVersion()) {
        // migrate() re-reads user_version under the write lock, so two processes opening an old file at once
        // apply each migration once.
        if (StoreStatus s =
                database->withWriteTransaction([&] { return runner.migrate(database->connection()); });
            !s.ok())
            return fail(s);
        database->execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    database->m_schemaVersion = runner.latestVersion();
    return StoreResult<std::unique_ptr<Database>>(std::move(database));
}

QString Database::connectionName(const QString &purpose) const
{
    return QStringLiteral("paydesk:%1:%2:%3:%4")
        .arg(m_path)
        .arg(m_serial)
        .arg(quintptr(QThread::currentThreadId()))
        .arg(purpose);
}

MigrationRunner Database::migrationRunner() const
{
    // The default directory stands for each backend's own migrations; tests name theirs.
    if (m_options.migrationsDirectory == MigrationRunner::defaultDirectory())
        return MigrationRunner(MigrationRunner::defaultDirectory(m_backend));
    return MigrationRunner(m_options.migrationsDirectory);
}

StoreStatus Database::openConnection(const QString &name, bool create) const
{
    if (m_backend == SqlDialect::Kind::PostgreSql)
        return openServerConnection(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    {
        QMutexLocker lock(&m_mutex);
        m_connections.insert(name, true);
    }
    db.setConnectOptions(connectOptions(false));
    db.setDatabaseName(uriFor(m_path, create ? QLatin1String("rwc") : QLatin1String("rw")));
    if (!db.open())
        return failure(StoreError::Io, m_path,
                       QStringLiteral("cannot be opened (%1)").arg(db.lastError().text()));
    QSqlQuery query(db);
    // busy_timeout first: switching to WAL needs a lock another process may hold for a moment.
    const QStringList pragmas{
        QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return sqlFailure(query, m_path + QLatin1String(": ") + pragma);
    }
    return StoreStatus::success();
}

QSqlDatabase Database::connection(const QString &purpose) const
{
    const QString name = connectionName(purpose);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        // A server connection that broke (the server restarted, the network dropped) is opened again,
        // unless a transaction is under way on it: that one has failed and its caller must hear so.
        if (!serverConnectionLost(db) || inWriteTransaction())
            return db;
        db.close();
        if (!db.open())
            return db;
        QMutexLocker lock(&m_mutex);
        m_transactionDepth.remove(name);
        return db;
    }
    openConnection(name, false);
    return QSqlDatabase::database(name, false);
}

void Database::releaseConnection(const QString &purpose) const
{
    const QString name = connectionName(purpose);
    {
        QMutexLocker lock(&m_mutex);
        if (!m_connections.remove(name))
            return;
        m_transactionDepth.remove(name);
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

StoreStatus Database::execute(const QString &sql) const
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return sqlFailure(query, sql);
    return StoreStatus::success();
}

bool Database::inWriteTransaction() const
{
    QMutexLocker lock(&m_mutex);
    return m_transactionDepth.value(connectionName(QString())) > 0;
}

StoreStatus Database::withWriteTransaction(const std::function<StoreStatus()> &work) const
{
    const QString name = connectionName(QString());
    if (const QSqlDatabase db = connection(); !db.isOpen()) {
        if (m_backend == SqlDialect::Kind::PostgreSql)
            return StoreStatus::failure(StoreError::Unreachable,
                                        m_path + QLatin1String(": the database server cannot be reached (") +
                                            db.lastError().text() + u')');
        return failure(StoreError::Io, m_path, QStringLiteral("is not open"));
    }
    int depth = 0;
    {
        QMutexLocker lock(&m_mutex);
        depth = m_transactionDepth.value(name);
    }
    const QString savepoint = QStringLiteral("paydesk_%1").arg(depth);
    if (StoreStatus begin = beginWrite(depth); !begin.ok())
        return begin;
    {
        QMutexLocker lock(&m_mutex);
        m_transactionDepth[name] = depth + 1;
    }
    StoreStatus result = work();
    {
        QMutexLocker lock(&m_mutex);
        m_transactionDepth[name] = depth;
    }
    if (result.ok()) {
        result = execute(depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint);
        if (result.ok())
            return result;
    }
    if (depth == 0) {
        execute(QStringLiteral("ROLLBACK"));
    } else {
        execute(QStringLiteral("ROLLBACK TO ") + savepoint);
        execute(QStringLiteral("RELEASE ") + savepoint);
    }
    return result;
}

StoreStatus Database::checkAccount(const DatabaseInfo &info, const QString &expectedMerchantIdentifier,
                                   const QString &expectedEnvironment)
{
    if (!expectedMerchantIdentifier.isEmpty() && info.merchantIdentifier != expectedMerchantIdentifier)
        return failure(StoreError::WrongAccount, info.path,
                       QStringLiteral("belongs to merchant account %1, not %2")
                           .arg(info.merchantIdentifier, expectedMerchantIdentifier));
    if (!expectedEnvironment.isEmpty() && info.environment != expectedEnvironment)
        return failure(StoreError::WrongEnvironment, info.path,
                       QStringLiteral("belongs to the %1 environment, not %2")
                           .arg(info.environment, expectedEnvironment));
    return StoreStatus::success();
}

StoreStatus Database::recordAccount(const QString &merchantIdentifier, const QString &environment) const
{
    QSqlQuery insert(connection());
    insert.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    QList<std::pair<QString, QString>> facts{
        {QStringLiteral("merchant_identifier"), merchantIdentifier},
        {QStringLiteral("environment"), environment},
        {QStringLiteral("created_at"), QString::number(QDateTime::currentMSecsSinceEpoch())},
    };
    // A SQLite file is PayDesk's by its header's application_id; a server database by this fact.
    if (m_backend == SqlDialect::Kind::PostgreSql)
        facts.prepend({QStringLiteral("application"), QStringLiteral("PayDesk")});
    for (const auto &[key, value] : facts) {
        insert.bindValue(0, key);
        insert.bindValue(1, value);
        if (!insert.exec())
            return sqlFailure(insert, QStringLiteral("recording the account"));
    }
    return StoreStatus::success();
}

StoreStatus Database::beginWrite(int depth) const
{
    if (depth > 0)
        return execute(QStringLiteral("SAVEPOINT paydesk_%1").arg(depth));
    if (m_backend == SqlDialect::Kind::Sqlite)
        return execute(QStringLiteral("BEGIN IMMEDIATE"));
    if (StoreStatus begin = execute(QStringLiteral("BEGIN")); !begin.ok())
        return begin;
    // Every writer of the store takes this lock first and holds it to COMMIT or ROLLBACK; readers never wait.
    // lock_timeout (BusyTimeoutMs) bounds the wait like SQLite's busy timeout.
    StoreStatus locked = execute(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(ApplicationId));
    if (!locked.ok())
        execute(QStringLiteral("ROLLBACK"));
    return locked;
}

StoreStatus Database::sqlFailure(const QSqlError &error, const QString &what)
{
    // QPSQL's errors start "QPSQL:" and carry the SQLSTATE; QSQLITE's carry SQLite's result code.
    if (error.driverText().startsWith(QLatin1String("QPSQL")))
        return serverFailure(error, what);
    // The driver reports SQLite's (extended) result code; the primary code is its low byte.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    StoreError kind = StoreError::Sql;
    if (code == 5 || code == 6) // SQLITE_BUSY, SQLITE_LOCKED
        kind = StoreError::Busy;
    else if (code == 11 || code == 26) // SQLITE_CORRUPT, SQLITE_NOTADB
        kind = StoreError::Corrupt;
    return StoreStatus::failure(kind, what + QLatin1String(": ") + error.text());
}

StoreStatus Database::sqlFailure(const QSqlQuery &query, const QString &what)
{
    return sqlFailure(query.lastError(), what);
}
