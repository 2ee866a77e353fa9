// Database on PostgreSQL (team mode): connecting by URI, probing, creating and opening a team's store. The
// rest of Database (per-thread connections, write transactions, migrations) is shared with SQLite in
// database.cpp.

#include "database.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>

namespace {

constexpr int ConnectTimeoutS = 5;
QAtomicInteger<quint64> nextProbe{1};

StoreStatus failure(StoreError error, const QString &uri, const QString &what)
{
    return StoreStatus::failure(error, uri + QLatin1String(": ") + what);
}

// `value` as a libpq connection-string value: single-quoted, backslashes and quotes escaped.
QString quoted(QString value)
{
    value.replace(u'\\', QLatin1String("\\\\"));
    value.replace(u'\'', QLatin1String("\\'"));
    return u'\'' + value + u'\'';
}

// Points `db` at the server and database the URI names. Host, port, user and database go to Qt's fields; the
// URI's query parameters (sslmode, sslrootcert, host=/socket/dir, service, ...) are libpq's own keywords and
// go through as they are. A password in the URI is refused: it would sit in argv, settings and shell history.
StoreStatus configure(QSqlDatabase &db, const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid())
        return failure(StoreError::Invalid, uri,
                       QStringLiteral("is not a valid PostgreSQL URI (%1)").arg(url.errorString()));
    if (!url.password().isEmpty())
        return StoreStatus::failure(
            StoreError::Invalid,
            QStringLiteral(
                "the database URI holds a password: PayDesk reads it only from ~/.pgpass, PGPASSFILE "
                "or a service file, never from the URI, the command line or the settings"));
    const QString name = url.path().mid(1);
    const QUrlQuery query(url);
    if (name.isEmpty() && !query.hasQueryItem(QStringLiteral("dbname")) &&
        !query.hasQueryItem(QStringLiteral("service")))
        return failure(StoreError::Invalid, uri,
                       QStringLiteral("names no database (postgresql://USER@HOST:PORT/DBNAME)"));
    db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(name);
    QStringList options{QStringLiteral("connect_timeout=%1").arg(ConnectTimeoutS),
                        QStringLiteral("application_name=PayDesk"),
                        // A server that vanished without closing the connection is noticed within ~20 s.
                        QStringLiteral("keepalives=1"), QStringLiteral("keepalives_idle=10"),
                        QStringLiteral("keepalives_interval=3"), QStringLiteral("keepalives_count=3")};
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        options << key + u'=' + quoted(value);
    db.setConnectOptions(options.join(u';'));
    return StoreStatus::success();
}

StoreStatus openFailure(const QSqlDatabase &db, const QString &uri)
{
    return failure(
        StoreError::Unreachable, uri,
        QStringLiteral("the database server cannot be reached (%1)").arg(db.lastError().text().trimmed()));
}

// Reads the store's facts from the meta table; `result.schemaVersion` stays 0 when there is no PayDesk store.
StoreStatus readMeta(QSqlQuery &query, const QString &uri, DatabaseInfo &result, int *foreignTables)
{
    if (!query.exec(QStringLiteral("SELECT to_regclass('meta') IS NOT NULL, "
                                   "(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())")) ||
        !query.next())
        return Database::sqlFailure(query, uri + QLatin1String(": reading the schema"));
    const bool hasMeta = query.value(0).toBool();
    *foreignTables = hasMeta ? 0 : query.value(1).toInt();
    if (!hasMeta)
        return StoreStatus::success();
    if (!query.exec(QStringLiteral("SELECT key, value FROM meta")))
        return Database::sqlFailure(query, uri + QLatin1String(": reading the account record"));
    QString application;
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == u"application")
            application = value;
        else if (key == u"schema_version")
            result.schemaVersion = value.toInt();
        else if (key == u"merchant_identifier")
            result.merchantIdentifier = value;
        else if (key == u"environment")
            result.environment = value;
    }
    if (application != u"PayDesk")
        return failure(StoreError::Foreign, uri,
                       QStringLiteral("holds a meta table of another application, not a PayDesk store"));
    if (result.merchantIdentifier.isEmpty())
        return failure(StoreError::Corrupt, uri, QStringLiteral("records no merchant account"));
    return StoreStatus::success();
}

// Runs `read` on a connection of its own, opened for this call only.
StoreStatus withProbeConnection(const QString &uri, const std::function<StoreStatus(QSqlQuery &)> &read)
{
    const QString name = QStringLiteral("paydesk-probe-pg-%1").arg(nextProbe.fetchAndAddRelaxed(1));
    StoreStatus status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        status = configure(db, uri);
        if (status.ok() && !db.open())
            status = openFailure(db, uri);
        if (status.ok()) {
            QSqlQuery query(db);
            status = read(query);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

StoreResult<std::unique_ptr<Database>> fail(const StoreStatus &status)
{
    return StoreResult<std::unique_ptr<Database>>(status);
}

} // namespace

StoreResult<DatabaseInfo> Database::probeServer(const QString &uri, const Options &options)
{
    const MigrationRunner runner(options.migrationsDirectory == MigrationRunner::defaultDirectory()
                                     ? MigrationRunner::defaultDirectory(SqlDialect::Kind::PostgreSql)
                                     : options.migrationsDirectory);
    const int latest = runner.latestVersion();
    if (latest < 0)
        return StoreResult<DatabaseInfo>(runner.migrations().status());
    DatabaseInfo result;
    result.path = uri;
    int foreignTables = 0;
    const StoreStatus status = withProbeConnection(
        uri, [&](QSqlQuery &query) { return readMeta(query, uri, result, &foreignTables); });
    if (!status.ok())
        return StoreResult<DatabaseInfo>(status);
    if (result.schemaVersion == 0)
        return StoreResult<DatabaseInfo>(failure(
            StoreError::Missing, uri,
            foreignTables > 0
                ? QStringLiteral("holds %1 tables of another application and no PayDesk store")
                      .arg(foreignTables)
                : QStringLiteral("holds no PayDesk store yet (`paydeskctl --db URI init` creates one)")));
    if (result.schemaVersion > latest)
        return StoreResult<DatabaseInfo>(failure(
            StoreError::NewerSchema, uri,
            QStringLiteral("has schema version %1, newer than this PayDesk knows (%2); use a newer PayDesk")
                .arg(result.schemaVersion)
                .arg(latest)));
    return result;
}

StoreResult<std::unique_ptr<Database>> Database::createOnServer(const QString &uri,
                                                                const QString &merchantIdentifier,
                                                                const QString &environment,
                                                                const Options &options)
{
    if (merchantIdentifier.trimmed().isEmpty() || merchantIdentifier.size() > 20)
        return fail(StoreStatus::failure(
            StoreError::Invalid, QStringLiteral("the merchant identifier must have 1 to 20 characters")));
    if (!isEnvironmentToken(environment))
        return fail(StoreStatus::failure(
            StoreError::Invalid,
            QStringLiteral("unknown environment \"%1\" (simulator, sandbox, production or custom)")
                .arg(environment)));
    DatabaseInfo existing;
    int foreignTables = 0;
    if (StoreStatus s = withProbeConnection(
            uri, [&](QSqlQuery &query) { return readMeta(query, uri, existing, &foreignTables); });
        !s.ok())
        return fail(s.error == StoreError::Foreign ? failure(StoreError::AlreadyExists, uri, s.message) : s);
    if (existing.schemaVersion > 0)
        return fail(failure(StoreError::AlreadyExists, uri,
                            QStringLiteral("already holds a PayDesk store; init never overwrites one")));
    if (foreignTables > 0)
        return fail(failure(StoreError::AlreadyExists, uri,
                            QStringLiteral("holds %1 tables of another application; a team's store needs an "
                                           "empty database of its own")
                                .arg(foreignTables)));

    std::unique_ptr<Database> database(new Database(uri, options, SqlDialect::Kind::PostgreSql));
    const MigrationRunner runner = database->migrationRunner();
    StoreStatus status = database->openConnection(database->connectionName(QString()), true);
    if (status.ok()) {
        // Schema and account in one transaction: PostgreSQL's DDL is transactional, so a failed init leaves
        // the database empty.
        status = database->withWriteTransaction([&]() -> StoreStatus {
            if (StoreStatus s = runner.migrate(database->connection()); !s.ok())
                return s;
            return database->recordAccount(merchantIdentifier, environment);
        });
    }
    if (!status.ok())
        return fail(status);
    database->m_merchantIdentifier = merchantIdentifier;
    database->m_environment = environment;
    database->m_schemaVersion = runner.latestVersion();
    return StoreResult<std::unique_ptr<Database>>(std::move(database));
}

StoreResult<std::unique_ptr<Database>> Database::openOnServer(const QString &uri,
                                                              const QString &expectedMerchantIdentifier,
                                                              const QString &expectedEnvironment,
                                                              const Options &options)
{
    const auto info = probeServer(uri, options);
    if (!info.ok())
        return fail(info.status());
    if (StoreStatus account = checkAccount(*info, expectedMerchantIdentifier, expectedEnvironment);
        !account.ok())
        return fail(account);
    std::unique_ptr<Database> database(new Database(uri, options, SqlDialect::Kind::PostgreSql));
    database->m_merchantIdentifier = info->merchantIdentifier;
    database->m_environment = info->environment;
    if (StoreStatus s = database->openConnection(database->connectionName(QString()), false); !s.ok())
        return fail(s);
    const MigrationRunner runner = database->migrationRunner();
    if (info->schemaVersion < runner.latestVersion()) {
        // migrate() re-reads the version under the store's write lock: two desks starting at once on an old
        // schema apply each migration once.
        if (StoreStatus s =
                database->withWriteTransaction([&] { return runner.migrate(database->connection()); });
            !s.ok())
            return fail(s);
    }
    database->m_schemaVersion = runner.latestVersion();
    return StoreResult<std::unique_ptr<Database>>(std::move(database));
}

StoreStatus Database::openServerConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    {
        QMutexLocker lock(&m_mutex);
        m_connections.insert(name, true);
    }
    if (StoreStatus s = configure(db, m_path); !s.ok())
        return s;
    if (!db.open())
        return openFailure(db, m_path);
    QSqlQuery query(db);
    // Waiting for the store's write lock (or a row another desk holds) is bounded like SQLite's busy timeout.
    if (!query.exec(QStringLiteral("SET lock_timeout = %1").arg(BusyTimeoutMs)))
        return sqlFailure(query, m_path + QLatin1String(": SET lock_timeout"));
    return StoreStatus::success();
}

bool Database::serverConnectionLost(const QSqlDatabase &db) const
{
    if (m_backend != SqlDialect::Kind::PostgreSql)
        return false;
    if (!db.isOpen())
        return true;
    const QVariant handle = db.driver()->handle();
    // Qt names the handle's type after libpq's struct: "pg_conn*" (older Qt: "PGconn*").
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return false;
    auto *connection = *static_cast<PGconn *const *>(handle.data());
    if (connection == nullptr || PQstatus(connection) == CONNECTION_BAD)
        return true;
    // An idle connection the server closed (a restart) still says CONNECTION_OK until something reads from
    // it, and the first statement on it would fail. Reading what is there (without waiting) finds the close:
    // the server's farewell message first, the end of the stream on the second read.
    for (int read = 0; read < 2; ++read) {
        if (!PQconsumeInput(connection))
            return true;
    }
    return PQstatus(connection) == CONNECTION_BAD;
}

StoreStatus Database::serverFailure(const QSqlError &error, const QString &what)
{
    const QString state = error.nativeErrorCode();
    StoreError kind = StoreError::Sql;
    // 55P03 lock_not_available (lock_timeout), 40001 serialization_failure, 40P01 deadlock_detected.
    if (state == u"55P03" || state == u"40001" || state == u"40P01")
        kind = StoreError::Busy;
    // Class 08 connection exceptions, 57P01-57P03 the server shutting down or starting; no SQLSTATE at all
    // when libpq lost the connection before the server could say anything.
    else if (state.startsWith(u"08") || state == u"57P01" || state == u"57P02" || state == u"57P03" ||
             (state.isEmpty() && error.type() == QSqlError::ConnectionError) ||
             (state.isEmpty() && (error.databaseText().contains(QLatin1String("connection")) ||
                                  error.databaseText().contains(QLatin1String("server")))))
        kind = StoreError::Unreachable;
    else if (state == u"XX001" || state == u"XX002")
        kind = StoreError::Corrupt;
    const QString text =
        error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText().trimmed();
    return StoreStatus::failure(kind, what + QLatin1String(": ") + text);
}
