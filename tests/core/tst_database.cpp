#include "store/database.h"
#include "store/migrationrunner.h"
#include "store/reportedoperations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// An SQLite file made with the sqlite3 C library through Qt, outside PayDesk's Database.
bool makeSqliteFile(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("tst_database_raw");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            ok = ok && query.exec(statement);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

int pragmaValue(const Database &db, const QString &pragma)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void createThenOpen();
    void createRefusesExistingFile();
    void createRefusesBadEnvironment();
    void openRefusesAndLeavesUntouched_data();
    void openRefusesAndLeavesUntouched();
    void openRefusesMissingWithoutCreating();
    void openAcceptsWalDatabaseWithCutCheckpoint();
    void openRefusesShortFileWhoseWalDoesNotCoverIt();
    void openRefusesOtherAccount_data();
    void openRefusesOtherAccount();
    void connectionSettings();
    void connectionPerThread();
    void writeTransactionCommitsAndRollsBack();
    void nestedWriteTransactionIsASavepoint();
    void splitter_data();
    void splitter();
    void migrationsFromEveryEarlierVersion();
    void migrationFailureAppliesNothing();
    void version7TakesDeclinedAttemptsOutOfAuthorized();
    void version10KeepsOlderImportedRows();
    void migrationDirectoryWithGapIsRefused();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("paydesk.db")); }
    QString makeMigrationDir(const QString &name, const QList<std::pair<QString, QByteArray>> &extra);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Database::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Database::cleanup()
{
    m_dir.reset();
}

QString tst_Database::makeMigrationDir(const QString &name,
                                       const QList<std::pair<QString, QByteArray>> &extra)
{
    const QString dir = m_dir->filePath(name);
    QDir().mkpath(dir);
    writeFile(QDir(dir).filePath(QStringLiteral("0001_initial.sql")),
              readFile(QStringLiteral(":/migrations/0001_initial.sql")));
    for (const auto &[file, content] : extra)
        writeFile(QDir(dir).filePath(file), content);
    return dir;
}

void tst_Database::createThenOpen()
{
    {
        auto created = Database::create(dbPath(), QStringLiteral("MERCH1"), QStringLiteral("sandbox"));
        QVERIFY2(created.ok(), qPrintable(created.message));
        QCOMPARE((*created)->merchantIdentifier(), QStringLiteral("MERCH1"));
        QCOMPARE((*created)->schemaVersion(), MigrationRunner().latestVersion());
    }
    const auto probed = Database::probe(dbPath());
    QVERIFY2(probed.ok(), qPrintable(probed.message));
    QCOMPARE(probed->merchantIdentifier, QStringLiteral("MERCH1"));
    QCOMPARE(probed->environment, QStringLiteral("sandbox"));
    QCOMPARE(probed->schemaVersion, MigrationRunner().latestVersion());

    const auto opened = Database::open(dbPath(), QStringLiteral("MERCH1"), QStringLiteral("sandbox"));
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QCOMPARE(pragmaValue(**opened, QStringLiteral("application_id")), Database::ApplicationId);
    QCOMPARE(pragmaValue(**opened, QStringLiteral("user_version")), MigrationRunner().latestVersion());
}

void tst_Database::createRefusesExistingFile()
{
    QVERIFY(writeFile(dbPath(), QByteArrayLiteral("keep me")));
    const auto created = Database::create(dbPath(), QStringLiteral("MERCH1"), QStringLiteral("sandbox"));
    QCOMPARE(created.error, StoreError::AlreadyExists);
    QCOMPARE(readFile(dbPath()), QByteArrayLiteral("keep me"));
}

void tst_Database::createRefusesBadEnvironment()
{
    const auto created = Database::create(dbPath(), QStringLiteral("MERCH1"), QStringLiteral("staging"));
    QCOMPARE(created.error, StoreError::Invalid);
    QVERIFY(!QFile::exists(dbPath()));
}

void tst_Database::openRefusesAndLeavesUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<StoreError>("expected");
    QTest::newRow("empty file") << QStringLiteral("empty") << StoreError::NotADatabase;
    QTest::newRow("text file") << QStringLiteral("text") << StoreError::NotADatabase;
    QTest::newRow("foreign sqlite") << QStringLiteral("foreign") << StoreError::Foreign;
    QTest::newRow("other application id") << QStringLiteral("otherapp") << StoreError::Foreign;
    QTest::newRow("newer schema") << QStringLiteral("newer") << StoreError::NewerSchema;
    QTest::newRow("damaged header") << QStringLiteral("header") << StoreError::Corrupt;
    QTest::newRow("corrupt schema page") << QStringLiteral("schemapage") << StoreError::Corrupt;
    QTest::newRow("truncated") << QStringLiteral("truncated") << StoreError::Corrupt;
}

void tst_Database::openRefusesAndLeavesUntouched()
{
    QFETCH(QString, kind);
    QFETCH(StoreError, expected);
    const QString path = dbPath();
    const auto makePayDesk = [&]() {
        auto created = Database::create(path, QStringLiteral("MERCH1"), QStringLiteral("sandbox"));
        QVERIFY2(created.ok(), qPrintable(created.message));
        QSqlQuery fill((*created)->connection());
        QVERIFY(fill.exec(QStringLiteral("CREATE TABLE padding (x)")));
        for (int i = 0; i < 50; ++i)
            QVERIFY(fill.exec(QStringLiteral("INSERT INTO padding VALUES (randomblob(1000))")));
        QVERIFY(fill.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    };
    if (kind == u"empty") {
        QVERIFY(writeFile(path, QByteArray()));
    } else if (kind == u"text") {
        QVERIFY(writeFile(path, QByteArray(4096, 'x')));
    } else if (kind == u"foreign") {
        QVERIFY(makeSqliteFile(
            path, {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("INSERT INTO t VALUES (1)")}));
    } else if (kind == u"otherapp") {
        QVERIFY(makeSqliteFile(
            path, {QStringLiteral("PRAGMA application_id = 1234"), QStringLiteral("CREATE TABLE t (x)")}));
    } else {
        makePayDesk();
        if (QTest::currentTestFailed())
            return;
        QByteArray bytes = readFile(path);
        QVERIFY(bytes.size() > 8192);
        if (kind == u"newer") {
            qToBigEndian<qint32>(MigrationRunner().latestVersion() + 1, bytes.data() + 60);
        } else if (kind == u"header") {
            bytes[21] = 0x7f;
        } else if (kind == u"schemapage") {
            // Page 1 after the header holds the schema b-tree.
            for (int i = 100; i < 4096; ++i)
                bytes[i] = char(0xA5);
        } else if (kind == u"truncated") {
            bytes.truncate(bytes.size() / 2);
        }
        QVERIFY(writeFile(path, bytes));
    }
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);

    const auto opened = Database::open(path);
    QCOMPARE(opened.error, expected);
    QVERIFY2(opened.message.contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())),
             qPrintable(opened.message));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QLatin1String("-wal")) ||
            filesBefore.contains(QStringLiteral("paydesk.db-wal")));
}

void tst_Database::openRefusesMissingWithoutCreating()
{
    const auto opened = Database::open(dbPath());
    QCOMPARE(opened.error, StoreError::Missing);
    QVERIFY(!QFile::exists(dbPath()));
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files).isEmpty());
}

// A checkpoint cut short (a full disk) leaves the main file shorter than the page count its header promises,
// while the -wal still holds every page: SQLite opens such a database, and so must PayDesk.
void tst_Database::openAcceptsWalDatabaseWithCutCheckpoint()
{
    const QString cut = m_dir->filePath(QStringLiteral("cut.db"));
    const QString full = m_dir->filePath(QStringLiteral("full.db"));
    {
        auto created = Database::create(dbPath(), QStringLiteral("MERCH1"), QStringLiteral("simulator"));
        QVERIFY2(created.ok(), qPrintable(created.message));
        QSqlQuery fill((*created)->connection());
        QVERIFY(fill.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(fill.exec(QStringLiteral("CREATE TABLE padding (x)")));
        for (int i = 0; i < 200; ++i)
            QVERIFY(fill.exec(QStringLiteral("INSERT INTO padding VALUES (randomblob(1000))")));
        // Copies of the file and its WAL as they are while the writer still has them open: every new page is
        // in the WAL only.
        for (const QString &target : {cut, full}) {
            QVERIFY(QFile::copy(dbPath(), target));
            QVERIFY(QFile::copy(dbPath() + QLatin1String("-wal"), target + QLatin1String("-wal")));
        }
    }
    // What a checkpoint writes first is page 1, with the new page count: take it from a completed one.
    QVERIFY(makeSqliteFile(full, {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}));
    const QByteArray fullBytes = readFile(full);
    const quint32 pageSize = qFromBigEndian<quint16>(fullBytes.constData() + 16);
    QByteArray cutBytes = readFile(cut);
    QVERIFY(cutBytes.size() < fullBytes.size());
    cutBytes.replace(0, pageSize, fullBytes.left(pageSize));
    QVERIFY(writeFile(cut, cutBytes));
    QVERIFY(qint64(qFromBigEndian<quint32>(cutBytes.constData() + 28)) * pageSize > cutBytes.size());
    QVERIFY(QFileInfo(cut + QLatin1String("-wal")).size() > 0);

    const auto probed = Database::probe(cut);
    QVERIFY2(probed.ok(), qPrintable(probed.message));
    QCOMPARE(probed->merchantIdentifier, QStringLiteral("MERCH1"));
    const auto opened = Database::open(cut, QStringLiteral("MERCH1"), QStringLiteral("simulator"));
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QSqlQuery count((*opened)->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM padding")) && count.next());
    QCOMPARE(count.value(0).toInt(), 200);
}

// The header check stays for what SQLite itself refuses: a short file whose WAL does not hold the missing
// pages.
void tst_Database::openRefusesShortFileWhoseWalDoesNotCoverIt()
{
    {
        auto created = Database::create(dbPath(), QStringLiteral("MERCH1"), QStringLiteral("simulator"));
        QVERIFY2(created.ok(), qPrintable(created.message));
        QSqlQuery fill((*created)->connection());
        QVERIFY(fill.exec(QStringLiteral("CREATE TABLE padding (x)")));
        for (int i = 0; i < 200; ++i)
            QVERIFY(fill.exec(QStringLiteral("INSERT INTO padding VALUES (randomblob(1000))")));
        QVERIFY(fill.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(fill.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(fill.exec(QStringLiteral("INSERT INTO padding VALUES (1)")));
        QVERIFY(QFile::copy(dbPath(), m_dir->filePath(QStringLiteral("short.db"))));
        QVERIFY(
            QFile::copy(dbPath() + QLatin1String("-wal"), m_dir->filePath(QStringLiteral("short.db-wal"))));
    }
    const QString path = m_dir->filePath(QStringLiteral("short.db"));
    QByteArray bytes = readFile(path);
    bytes.truncate(bytes.size() / 2);
    QVERIFY(writeFile(path, bytes));
    QVERIFY(QFileInfo(path + QLatin1String("-wal")).size() > 0);
    const auto opened = Database::open(path);
    QCOMPARE(opened.error, StoreError::Corrupt);
}

void tst_Database::openRefusesOtherAccount_data()
{
    QTest::addColumn<QString>("merchant");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<StoreError>("expected");
    QTest::newRow("same") << QStringLiteral("MERCH1") << QStringLiteral("sandbox") << StoreError::None;
    QTest::newRow("unchecked") << QString() << QString() << StoreError::None;
    QTest::newRow("other account") << QStringLiteral("MERCH2") << QStringLiteral("sandbox")
                                   << StoreError::WrongAccount;
    QTest::newRow("other environment")
        << QStringLiteral("MERCH1") << QStringLiteral("production") << StoreError::WrongEnvironment;
}

void tst_Database::openRefusesOtherAccount()
{
    QFETCH(QString, merchant);
    QFETCH(QString, environment);
    QFETCH(StoreError, expected);
    QVERIFY(Database::create(dbPath(), QStringLiteral("MERCH1"), QStringLiteral("sandbox")).ok());
    const QByteArray before = fileHash(dbPath());
    const auto opened = Database::open(dbPath(), merchant, environment);
    QCOMPARE(opened.error, expected);
    if (expected != StoreError::None)
        QCOMPARE(fileHash(dbPath()), before);
}

void tst_Database::connectionSettings()
{
    auto db = Database::create(dbPath(), QStringLiteral("MERCH1"), QStringLiteral("simulator"));
    QVERIFY(db.ok());
    QCOMPARE(pragmaValue(**db, QStringLiteral("foreign_keys")), 1);
    QCOMPARE(pragmaValue(**db, QStringLiteral("synchronous")), 2); // FULL
    QCOMPARE(pragmaValue(**db, QStringLiteral("busy_timeout")), Database::BusyTimeoutMs);
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY((*db)->connection().connectionName() != QLatin1String(QSqlDatabase::defaultConnection));
    QVERIFY(!QSqlDatabase::contains(QLatin1String(QSqlDatabase::defaultConnection)));
}

void tst_Database::connectionPerThread()
{
    auto db = Database::create(dbPath(), QStringLiteral("MERCH1"), QStringLiteral("simulator"));
    QVERIFY(db.ok());
    const QString mainName = (*db)->connection().connectionName();
    QString otherName;
    int otherForeignKeys = -1;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        otherName = (*db)->connection().connectionName();
        otherForeignKeys = pragmaValue(**db, QStringLiteral("foreign_keys"));
        (*db)->releaseConnection();
    }));
    thread->start();
    QVERIFY(thread->wait(10000));
    QVERIFY(!otherName.isEmpty());
    QVERIFY(otherName != mainName);
    QCOMPARE(otherForeignKeys, 1);
    QVERIFY(!QSqlDatabase::contains(otherName));
    QCOMPARE((*db)->connection().connectionName(), mainName);
}

void tst_Database::writeTransactionCommitsAndRollsBack()
{
    auto created = Database::create(dbPath(), QStringLiteral("MERCH1"), QStringLiteral("simulator"));
    QVERIFY(created.ok());
    const Database &db = **created;
    const auto count = [&]() {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT count(*) FROM meta"));
        query.next();
        return query.value(0).toInt();
    };
    const int start = count();
    const auto insert = [&](const QString &key) {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, 'x')"));
        query.addBindValue(key);
        return query.exec() ? StoreStatus::success() : Database::sqlFailure(query, QStringLiteral("insert"));
    };
    QVERIFY(db.withWriteTransaction([&] { return insert(QStringLiteral("a")); }).ok());
    QCOMPARE(count(), start + 1);
    const StoreStatus failed = db.withWriteTransaction([&] {
        insert(QStringLiteral("b"));
        return StoreStatus::failure(StoreError::Invalid, QStringLiteral("changed my mind"));
    });
    QCOMPARE(failed.error, StoreError::Invalid);
    QCOMPARE(count(), start + 1);
    QVERIFY(!db.inWriteTransaction());
}

void tst_Database::nestedWriteTransactionIsASavepoint()
{
    auto created = Database::create(dbPath(), QStringLiteral("MERCH1"), QStringLiteral("simulator"));
    QVERIFY(created.ok());
    const Database &db = **created;
    const auto insert = [&](const QString &key) {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, 'x')"));
        query.addBindValue(key);
        return query.exec() ? StoreStatus::success() : Database::sqlFailure(query, QStringLiteral("insert"));
    };
    const auto has = [&](const QString &key) {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("SELECT 1 FROM meta WHERE key = ?"));
        query.addBindValue(key);
        return query.exec() && query.next();
    };
    const StoreStatus outer = db.withWriteTransaction([&] {
        if (!insert(QStringLiteral("outer")).ok())
            return StoreStatus::failure(StoreError::Sql, QStringLiteral("outer insert"));
        const StoreStatus inner = db.withWriteTransaction([&] {
            insert(QStringLiteral("inner"));
            return StoreStatus::failure(StoreError::Conflict, QStringLiteral("inner fails"));
        });
        if (inner.error != StoreError::Conflict || !db.inWriteTransaction())
            return StoreStatus::failure(StoreError::Sql, QStringLiteral("unexpected inner result"));
        return db.withWriteTransaction([&] { return insert(QStringLiteral("inner2")); });
    });
    QVERIFY2(outer.ok(), qPrintable(outer.message));
    QVERIFY(has(QStringLiteral("outer")));
    QVERIFY(!has(QStringLiteral("inner")));
    QVERIFY(has(QStringLiteral("inner2")));
}

void tst_Database::splitter_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("two") << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);")
                         << QStringList{QStringLiteral("CREATE TABLE a (x)"),
                                        QStringLiteral("CREATE TABLE b (y)")};
    QTest::newRow("quotes") << QStringLiteral("INSERT INTO a VALUES ('x;y', \"q;\", 'it''s;');SELECT 1")
                            << QStringList{QStringLiteral("INSERT INTO a VALUES ('x;y', \"q;\", 'it''s;')"),
                                           QStringLiteral("SELECT 1")};
    QTest::newRow("comments") << QStringLiteral("-- a; comment\nSELECT 1; /* b; c */ SELECT 2; -- tail;\n")
                              << QStringList{QStringLiteral("-- a; comment\nSELECT 1"),
                                             QStringLiteral("/* b; c */ SELECT 2")};
    QTest::newRow("only comments") << QStringLiteral("-- nothing;\n/* here; */\n ;") << QStringList{};
    QTest::newRow("trigger")
        << QStringLiteral("CREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n  SELECT RAISE(ABORT, 'no; never');\n"
                          "  SELECT CASE WHEN 1 THEN 2 END;\nEND;\nCREATE TEMP TRIGGER u AFTER INSERT ON a "
                          "BEGIN SELECT 1; END;"
                          "SELECT 3")
        << QStringList{QStringLiteral("CREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n  SELECT "
                                      "RAISE(ABORT, 'no; never');\n  SELECT CASE WHEN 1 THEN 2 "
                                      "END;\nEND"),
                       QStringLiteral("CREATE TEMP TRIGGER u AFTER INSERT ON a BEGIN SELECT 1; END"),
                       QStringLiteral("SELECT 3")};
    QTest::newRow("bracket identifier") << QStringLiteral("CREATE TABLE [a;b] (`c;d`);")
                                        << QStringList{QStringLiteral("CREATE TABLE [a;b] (`c;d`)")};
}

void tst_Database::splitter()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    QCOMPARE(MigrationRunner::splitStatements(sql), expected);
}

void tst_Database::migrationsFromEveryEarlierVersion()
{
    // Version 2 adds a table, a trigger and data with ';' inside; the real migrations follow in the resource.
    const QByteArray second = QByteArrayLiteral(
        "-- test step; adds notes\nCREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);\n"
        "INSERT INTO notes (body) VALUES ('first; with a semicolon');\n"
        "CREATE TRIGGER notes_no_delete BEFORE DELETE ON notes\nBEGIN\n"
        "    SELECT RAISE(ABORT, 'notes are kept; always');\nEND;\n");
    const QString v1 = makeMigrationDir(QStringLiteral("v1"), {});
    const QString v2 = makeMigrationDir(QStringLiteral("v2"), {{QStringLiteral("0002_notes.sql"), second}});

    // v0 -> v2: an empty PayDesk-stamped connection through the runner itself.
    const QString emptyPath = m_dir->filePath(QStringLiteral("v0.db"));
    QVERIFY(makeSqliteFile(emptyPath,
                           {QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)}));
    {
        const QString name = QStringLiteral("tst_v0");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(emptyPath);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(QStringLiteral("BEGIN IMMEDIATE"));
            const StoreStatus migrated = MigrationRunner(v2).migrate(raw);
            QVERIFY2(migrated.ok(), qPrintable(migrated.message));
            QSqlQuery(raw).exec(QStringLiteral("COMMIT"));
            QSqlQuery check(raw);
            QVERIFY(check.exec(QStringLiteral("PRAGMA user_version")) && check.next());
            QCOMPARE(check.value(0).toInt(), 2);
            QVERIFY(check.exec(QStringLiteral("SELECT body FROM notes")) && check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("first; with a semicolon"));
            QVERIFY(check.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'")));
            QVERIFY(check.next());
            QCOMPARE(check.value(0).toInt(), 3); // two audit triggers + notes_no_delete
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    // v1 -> v2 through Database::open, which keeps the account and migrates once.
    {
        auto created = Database::create(dbPath(), QStringLiteral("MERCH1"), QStringLiteral("sandbox"),
                                        DatabaseOptions{v1});
        QVERIFY(created.ok());
        QCOMPARE((*created)->schemaVersion(), 1);
    }
    QCOMPARE(Database::probe(dbPath(), DatabaseOptions{v1})->schemaVersion, 1);
    {
        auto opened = Database::open(dbPath(), QStringLiteral("MERCH1"), QString(), DatabaseOptions{v2});
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QCOMPARE((*opened)->schemaVersion(), 2);
        QCOMPARE(pragmaValue(**opened, QStringLiteral("user_version")), 2);
        QSqlQuery del((*opened)->connection());
        QVERIFY(!del.exec(QStringLiteral("DELETE FROM notes")));
    }
    // The older program now refuses the upgraded file as newer.
    QCOMPARE(Database::open(dbPath(), QString(), QString(), DatabaseOptions{v1}).error,
             StoreError::NewerSchema);
    // v1 -> current with the real migrations.
    const QString v1Path = m_dir->filePath(QStringLiteral("real.db"));
    QVERIFY(Database::create(v1Path, QStringLiteral("MERCH1"), QStringLiteral("sandbox"), DatabaseOptions{v1})
                .ok());
    auto current = Database::open(v1Path);
    QVERIFY2(current.ok(), qPrintable(current.message));
    QCOMPARE(pragmaValue(**current, QStringLiteral("user_version")), MigrationRunner().latestVersion());
}

// A cache imported before version 7 held a declined authorization's attempted amount as authorized: the
// upgrade moves it to `attempted` and leaves every other order as it was.
void tst_Database::version7TakesDeclinedAttemptsOutOfAuthorized()
{
    QList<std::pair<QString, QByteArray>> before;
    for (const QString &name :
         QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("000[2-6]_*.sql")}))
        before.append({name, readFile(QStringLiteral(":/migrations/") + name)});
    QCOMPARE(before.size(), 5);
    const QString v6 = makeMigrationDir(QStringLiteral("v6"), before);
    {
        auto created = Database::create(dbPath(), QStringLiteral("MERCH1"), QStringLiteral("sandbox"),
                                        DatabaseOptions{v6});
        QVERIFY2(created.ok(), qPrintable(created.message));
        QCOMPARE((*created)->schemaVersion(), 6);
        QSqlQuery q((*created)->connection());
        // reference, authorized, captured, failed, base_state
        for (const char *values :
             {"'DECLINED', 150662, 0, 1, 'failed'", "'GOOD', 50000, 20000, 0, 'partially_captured'"}) {
            QVERIFY2(
                q.exec(QStringLiteral("INSERT INTO transactions (merchant_reference, authorized, captured, "
                                      "failed, base_state, merchant_identifier, origin, currency, "
                                      "authorized_at, capture_deadline, updated_at) "
                                      "VALUES (%1, 'MERCH1', 'authorization', 'SAR', 0, 0, 0)")
                           .arg(QString::fromLatin1(values))),
                qPrintable(q.lastError().text()));
        }
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO report_totals (transaction_id, origin_seen, authorized, failed, "
                     "last_row_at) SELECT id, 1, authorized, failed, 0 FROM transactions")),
                 qPrintable(q.lastError().text()));
    }
    auto opened = Database::open(dbPath());
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QSqlQuery q((*opened)->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT t.merchant_reference, t.authorized, t.attempted, t.captured, r.authorized "
                       "FROM transactions t JOIN report_totals r ON r.transaction_id = t.id "
                       "ORDER BY t.merchant_reference")));
    QStringList rows;
    while (q.next())
        rows << QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(q.value(0).toString())
                    .arg(q.value(1).toLongLong())
                    .arg(q.value(2).toLongLong())
                    .arg(q.value(3).toLongLong())
                    .arg(q.value(4).toLongLong());
    QCOMPARE(rows, (QStringList{QStringLiteral("DECLINED 0 150662 0 0"),
                                QStringLiteral("GOOD 50000 0 20000 50000")}));
}

// Report rows imported before version 10 kept only their key: the upgrade keeps them (an import of the same
// file still recognises them) and the history leaves them out instead of guessing what they said.
void tst_Database::version10KeepsOlderImportedRows()
{
    QList<std::pair<QString, QByteArray>> before;
    for (const QString &name :
         QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("000[2-9]_*.sql")}))
        before.append({name, readFile(QStringLiteral(":/migrations/") + name)});
    QCOMPARE(before.size(), 8);
    const QString v9 = makeMigrationDir(QStringLiteral("v9"), before);
    qint64 id = 0;
    {
        auto created = Database::create(dbPath(), QStringLiteral("MERCH1"), QStringLiteral("sandbox"),
                                        DatabaseOptions{v9});
        QVERIFY2(created.ok(), qPrintable(created.message));
        QCOMPARE((*created)->schemaVersion(), 9);
        QSqlQuery q((*created)->connection());
        QVERIFY2(
            q.exec(QStringLiteral("INSERT INTO transactions (merchant_reference, authorized, base_state, "
                                  "merchant_identifier, origin, currency, authorized_at, capture_deadline, "
                                  "updated_at) VALUES ('OLD', 100, 'authorized', 'MERCH1', 'authorization', "
                                  "'AED', 0, 0, 0)")),
            qPrintable(q.lastError().text()));
        id = q.lastInsertId().toLongLong();
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO imported_rows (row_key, transaction_id, imported_at) "
                                       "VALUES ('k1', %1, 5)")
                            .arg(id)),
                 qPrintable(q.lastError().text()));
    }
    auto opened = Database::open(dbPath());
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QCOMPARE((*opened)->schemaVersion(), 10);
    QSqlQuery q((*opened)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT row_key, transaction_id, operation FROM imported_rows")) &&
            q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("k1"));
    QCOMPARE(q.value(1).toLongLong(), id);
    QCOMPARE(q.value(2).toString(), QString());
    const auto reported = ReportedOperations(**opened).forTransaction(id);
    QVERIFY2(reported.ok(), qPrintable(reported.message));
    QVERIFY(reported->isEmpty());
}

void tst_Database::migrationFailureAppliesNothing()
{
    const QString v1 = makeMigrationDir(QStringLiteral("v1"), {});
    const QString broken = makeMigrationDir(
        QStringLiteral("broken"),
        {{QStringLiteral("0002_half.sql"), QByteArrayLiteral("CREATE TABLE half (x);\nTHIS IS NOT SQL;\n")}});
    QVERIFY(
        Database::create(dbPath(), QStringLiteral("MERCH1"), QStringLiteral("sandbox"), DatabaseOptions{v1})
            .ok());
    const auto opened = Database::open(dbPath(), QString(), QString(), DatabaseOptions{broken});
    QCOMPARE(opened.error, StoreError::Migration);
    QVERIFY2(opened.message.contains(QStringLiteral("0002_half.sql")), qPrintable(opened.message));
    auto again = Database::open(dbPath(), QString(), QString(), DatabaseOptions{v1});
    QVERIFY(again.ok());
    QCOMPARE(pragmaValue(**again, QStringLiteral("user_version")), 1);
    QSqlQuery query((*again)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'half'")) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void tst_Database::migrationDirectoryWithGapIsRefused()
{
    const QString gap = makeMigrationDir(QStringLiteral("gap"),
                                         {{QStringLiteral("0003_late.sql"), QByteArrayLiteral("SELECT 1;")}});
    QCOMPARE(MigrationRunner(gap).latestVersion(), -1);
    QCOMPARE(MigrationRunner(gap).migrations().error, StoreError::Migration);
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
