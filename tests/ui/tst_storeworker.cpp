#include "storeworker.h"

#include "store/database.h"
#include "store/transactionreader.h"
#include "teststore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

struct Counted
{
    bool ok = false;
    qint64 value = 0;
    QString error;
};

// A statement that keeps the store busy for seconds: counting a recursive series of 200 million numbers.
Counted slowCount(const Database &database)
{
    QSqlQuery q(database.connection());
    Counted counted;
    counted.ok = q.exec(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE "
                                       "x < 200000000) SELECT count(*) FROM c")) &&
                 q.next();
    counted.value = counted.ok ? q.value(0).toLongLong() : 0;
    counted.error = q.lastError().text();
    return counted;
}

Counted quickCount(const Database &database)
{
    QSqlQuery q(database.connection());
    Counted counted;
    counted.ok = q.exec(QStringLiteral("SELECT 42")) && q.next();
    counted.value = counted.ok ? q.value(0).toLongLong() : 0;
    return counted;
}

} // namespace

// A newer read overtakes an older one on the worker: the older one's statement is interrupted on the store
// (SQLite and PostgreSQL) and its result never delivered; only the newest answer arrives.
class tst_StoreWorker final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void newerReadInterruptsOlder();
    void cancelDeliversNothing();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

void tst_StoreWorker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto created = Database::create(TestStore::newLocation(m_dir), QStringLiteral("MERCH1"),
                                    QStringLiteral("simulator"));
    QVERIFY2(created.ok(), qPrintable(created.message));
    m_database = std::move(*created);
}

void tst_StoreWorker::cleanupTestCase()
{
    m_database.reset();
}

void tst_StoreWorker::newerReadInterruptsOlder()
{
    StoreWorker worker(*m_database, QStringLiteral("test"));
    QList<qint64> delivered;
    std::atomic<bool> slowStarted{false};
    std::atomic<bool> slowEnded{false};
    QString slowError;
    worker.submit<Counted>(
        [&](const Database &database) {
            slowStarted = true;
            const Counted counted = slowCount(database);
            slowError = counted.error;
            slowEnded = true;
            return counted;
        },
        [&](const Counted &counted) { delivered << counted.value; });
    QTRY_VERIFY(slowStarted);
    QTest::qWait(100); // the statement is running now
    QElapsedTimer timer;
    timer.start();
    worker.submit<Counted>(quickCount, [&](const Counted &counted) { delivered << counted.value; });
    QTRY_COMPARE(delivered, QList<qint64>{42});
    QVERIFY(slowEnded);
    // Interrupted, not run to its end (several seconds on this machine).
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(!slowError.isEmpty(), "the older statement was stopped with an error");
    QVERIFY(!worker.isBusy());
    QTest::qWait(50);
    QCOMPARE(delivered, QList<qint64>{42});
}

void tst_StoreWorker::cancelDeliversNothing()
{
    StoreWorker worker(*m_database, QStringLiteral("test"));
    bool delivered = false;
    worker.submit<Counted>(quickCount, [&](const Counted &) { delivered = true; });
    worker.cancel();
    QVERIFY(!worker.isBusy());
    QTest::qWait(200);
    QVERIFY(!delivered);
}

QTEST_MAIN(tst_StoreWorker)
#include "tst_storeworker.moc"
