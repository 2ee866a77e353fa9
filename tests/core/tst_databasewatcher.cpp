#include "store/database.h"
#include "store/databasewatcher.h"
#include "teststore.h"

#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

// The watcher reports what another Database object (another desk, another process) committed: by polling on
// SQLite, by notification on PostgreSQL, where it also names the tables and tells when the server is lost
// and back.
class tst_DatabaseWatcher : public QObject
{
    Q_OBJECT

private slots:
    void reportsAnotherDesksWrite();
    void reportsServerLossAndReturn();

private:
    static QString addUser(const Database &database, const QString &name);
};

QString tst_DatabaseWatcher::addUser(const Database &database, const QString &name)
{
    QString error;
    const StoreStatus status = database.withWriteTransaction([&] {
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO users (name, role, password_hash, created_at) VALUES (?, 'viewer', 'x', 0)"));
        query.addBindValue(name);
        if (!query.exec())
            return Database::sqlFailure(query, QStringLiteral("add user"));
        return StoreStatus::success();
    });
    return status.ok() ? QString() : status.message;
}

void tst_DatabaseWatcher::reportsAnotherDesksWrite()
{
    QTemporaryDir dir;
    const QString location = TestStore::newLocation(dir);
    auto first = Database::create(location, QStringLiteral("MERCHANT1"), QStringLiteral("simulator"));
    QVERIFY2(first.ok(), qPrintable(first.message));
    DatabaseWatcher watcher(**first, 20);
    QVERIFY(watcher.isReachable());
    QSignalSpy changed(&watcher, &DatabaseWatcher::changed);
    QSignalSpy tables(&watcher, &DatabaseWatcher::changedTables);

    auto second = Database::open(location);
    QVERIFY2(second.ok(), qPrintable(second.message));
    QCOMPARE(addUser(**second, QStringLiteral("bea")), QString());
    QVERIFY(changed.wait(1000));
    if (!TestStore::onServer()) {
        QCOMPARE(tables.count(), 0); // SQLite cannot say what changed
        return;
    }
    QCOMPARE(tables.count(), 1);
    QVERIFY(tables.at(0).at(0).value<QSet<QString>>().contains(QStringLiteral("users")));
    // Two writes in quick succession come as one signal.
    QCOMPARE(addUser(**second, QStringLiteral("cy")), QString());
    QCOMPARE(addUser(**second, QStringLiteral("dee")), QString());
    QVERIFY(changed.wait(1000));
    QTest::qWait(3 * DatabaseWatcher::CoalesceMs);
    QCOMPARE(changed.count(), 2);
}

namespace {

// Runs tests/support/pg-server.sh; false when it failed. `output`: what it printed (the URI for "start").
bool pgServer(const QString &command, const QString &dir, QString *output = nullptr)
{
    QProcess process;
    process.start(QStringLiteral("bash"),
                  {QStringLiteral(PAYDESK_SOURCE_DIR "/tests/support/pg-server.sh"), command, dir});
    const bool ok = process.waitForFinished(120000) && process.exitCode() == 0;
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    return ok;
}

// A database for the test on the server of `maintenance`; its URI, or an empty string.
QString createDatabase(const QString &maintenance, const QString &name)
{
    const QUrl url(maintenance);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("watcher-admin"));
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        ok = db.open() && QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE ") + name);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("watcher-admin"));
    QUrl store = url;
    store.setPath(u'/' + name);
    return ok ? store.toString() : QString();
}

} // namespace

// The ":pg" twins share one server: this test stops a server of its own.
void tst_DatabaseWatcher::reportsServerLossAndReturn()
{
    if (!TestStore::onServer())
        QSKIP("a server's loss and return concern PostgreSQL only");
    QTemporaryDir dir;
    const QString serverDir = dir.filePath(QStringLiteral("pg"));
    QString maintenance;
    QVERIFY2(pgServer(QStringLiteral("start"), serverDir, &maintenance),
             "pg-server.sh could not start a server");
    const auto stopServer = qScopeGuard([&] { pgServer(QStringLiteral("stop"), serverDir); });
    const QString location = createDatabase(maintenance, QStringLiteral("watched"));
    QVERIFY(!location.isEmpty());
    {
        auto store = Database::create(location, QStringLiteral("MERCHANT1"), QStringLiteral("simulator"));
        QVERIFY2(store.ok(), qPrintable(store.message));
        DatabaseWatcher watcher(**store, 20);
        QSignalSpy reachability(&watcher, &DatabaseWatcher::reachabilityChanged);
        QSignalSpy changed(&watcher, &DatabaseWatcher::changed);

        QVERIFY(pgServer(QStringLiteral("kill"), serverDir));
        QVERIFY(reachability.wait(3 * DatabaseWatcher::HealthCheckMs));
        QCOMPARE(reachability.at(0).at(0).toBool(), false);
        QVERIFY(!reachability.at(0).at(1).toString().isEmpty());
        QVERIFY(!watcher.isReachable());

        QVERIFY(pgServer(QStringLiteral("restart"), serverDir));
        QVERIFY(reachability.wait(3 * DatabaseWatcher::HealthCheckMs));
        QCOMPARE(reachability.at(1).at(0).toBool(), true);
        QVERIFY(watcher.isReachable());
        QCOMPARE(changed.count(), 1); // whatever was missed meanwhile

        // Subscribed again: the next write is announced.
        QCOMPARE(addUser(**store, QStringLiteral("eve")), QString());
        QVERIFY(changed.wait(1000));
    }
}

QTEST_GUILESS_MAIN(tst_DatabaseWatcher)
#include "tst_databasewatcher.moc"
