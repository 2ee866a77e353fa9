#include "store/database.h"
#include "store/databasebackup.h"
#include "store/databasewatcher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

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

int rowCount(const Database &db)
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM notes")) && query.next() ? query.value(0).toInt()
                                                                                    : -1;
}

} // namespace

class tst_Backup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void backupWhileWriting();
    void backupRefusesExistingTarget();
    void restoreReplacesDatabase();
    void restoreRefuses_data();
    void restoreRefuses();
    void watcherSeesOtherConnections();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_Backup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto created = Database::create(path(QStringLiteral("paydesk.db")), QStringLiteral("MERCH1"),
                                    QStringLiteral("sandbox"));
    QVERIFY(created.ok());
    m_db = std::move(*created);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
}

void tst_Backup::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void tst_Backup::backupWhileWriting()
{
    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::atomic<bool> failed{false};
    std::unique_ptr<QThread> writer(QThread::create([&] {
        while (!stop) {
            const StoreStatus s = m_db->withWriteTransaction([&] {
                QSqlQuery insert(m_db->connection());
                return insert.exec(QStringLiteral("INSERT INTO notes (body) VALUES (randomblob(200))"))
                           ? StoreStatus::success()
                           : Database::sqlFailure(insert, QStringLiteral("insert"));
            });
            if (!s.ok())
                failed = true;
            ++written;
        }
        m_db->releaseConnection();
    }));
    writer->start();
    QTRY_VERIFY(written > 50);
    const StoreStatus backedUp = DatabaseBackup::backup(*m_db, path(QStringLiteral("backup.db")));
    const int afterBackup = written;
    QTRY_VERIFY(written > afterBackup + 50);
    stop = true;
    QVERIFY(writer->wait(10000));
    QVERIFY2(backedUp.ok(), qPrintable(backedUp.message));
    QVERIFY(!failed);
    auto copy = Database::open(path(QStringLiteral("backup.db")), QStringLiteral("MERCH1"),
                               QStringLiteral("sandbox"));
    QVERIFY2(copy.ok(), qPrintable(copy.message));
    const int copied = rowCount(**copy);
    QVERIFY(copied > 0);
    QVERIFY(copied < rowCount(*m_db));
    QSqlQuery check((*copy)->connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

void tst_Backup::backupRefusesExistingTarget()
{
    QFile existing(path(QStringLiteral("backup.db")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("precious");
    existing.close();
    QCOMPARE(DatabaseBackup::backup(*m_db, existing.fileName()).error, StoreError::AlreadyExists);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArrayLiteral("precious"));
}

void tst_Backup::restoreReplacesDatabase()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('before')")));
    QVERIFY(DatabaseBackup::backup(*m_db, path(QStringLiteral("backup.db"))).ok());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('after')")));
    const QString dbPath = m_db->path();
    m_db.reset();
    const StoreStatus restored = DatabaseBackup::restore(path(QStringLiteral("backup.db")), dbPath);
    QVERIFY2(restored.ok(), qPrintable(restored.message));
    auto reopened = Database::open(dbPath, QStringLiteral("MERCH1"));
    QVERIFY2(reopened.ok(), qPrintable(reopened.message));
    QCOMPARE(rowCount(**reopened), 1);
    QVERIFY(QDir(m_dir->path())
                .entryList({QStringLiteral(".paydesk-restore-*")}, QDir::Files | QDir::Hidden)
                .isEmpty());
}

void tst_Backup::restoreRefuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<StoreError>("expected");
    QTest::newRow("other account") << QStringLiteral("account") << StoreError::WrongAccount;
    QTest::newRow("other environment") << QStringLiteral("environment") << StoreError::WrongEnvironment;
    QTest::newRow("not a database") << QStringLiteral("text") << StoreError::NotADatabase;
    QTest::newRow("missing backup") << QStringLiteral("missing") << StoreError::Missing;
    QTest::newRow("database in use") << QStringLiteral("busy") << StoreError::Busy;
}

void tst_Backup::restoreRefuses()
{
    QFETCH(QString, kind);
    QFETCH(StoreError, expected);
    const QString source = path(QStringLiteral("source.db"));
    if (kind == u"account" || kind == u"environment") {
        QVERIFY(
            Database::create(source, kind == u"account" ? QStringLiteral("MERCH2") : QStringLiteral("MERCH1"),
                             kind == u"account" ? QStringLiteral("sandbox") : QStringLiteral("production"))
                .ok());
    } else if (kind == u"text") {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'z'));
    } else if (kind == u"busy") {
        QVERIFY(DatabaseBackup::backup(*m_db, source).ok());
    }
    const QString dbPath = m_db->path();
    if (kind != u"busy") {
        QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        m_db.reset();
    }
    const QByteArray before = fileHash(dbPath);
    QCOMPARE(DatabaseBackup::restore(source, dbPath).error, expected);
    QCOMPARE(fileHash(dbPath), before);
    QVERIFY(QDir(m_dir->path())
                .entryList({QStringLiteral(".paydesk-restore-*")}, QDir::Files | QDir::Hidden)
                .isEmpty());
}

void tst_Backup::watcherSeesOtherConnections()
{
    DatabaseWatcher watcher(*m_db, 20);
    QSignalSpy spy(&watcher, &DatabaseWatcher::changed);
    // Another process stands in as another connection on another Database object.
    auto other = Database::open(m_db->path());
    QVERIFY(other.ok());
    QSqlQuery insert((*other)->connection());
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('from elsewhere')")));
    QVERIFY(spy.wait(2000));
    spy.clear();
    QTest::qWait(100);
    QCOMPARE(spy.count(), 0); // nothing new, nothing emitted
    QSqlQuery own(m_db->connection());
    QVERIFY(own.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('from here')")));
    QVERIFY(spy.wait(2000));
}

QTEST_GUILESS_MAIN(tst_Backup)
#include "tst_backup.moc"
