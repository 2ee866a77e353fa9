#include "teststore.h"
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Two paydeskctl processes write to one database at once (each command is a write transaction plus an
// audit row); with BEGIN IMMEDIATE and the busy timeout neither sees "database is locked".
class tst_ConcurrentWriters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void twoProcessesWriteAtOnce();
};

namespace {
QString paydeskctl()
{
    return QStringLiteral(PAYDESK_BINARY_DIR "/app/paydeskctl/paydeskctl");
}
} // namespace

void tst_ConcurrentWriters::twoProcessesWriteAtOnce()
{
    QTemporaryDir dir;
    TestStore::isolateDataFolders(); // the desks' audit key file, for a server store
    const QString db = TestStore::newLocation(dir);
    QCOMPARE(
        QProcess::execute(paydeskctl(), {QStringLiteral("--db"), db, QStringLiteral("init"),
                                         QStringLiteral("--merchant-identifier"), QStringLiteral("MERCH1"),
                                         QStringLiteral("--environment"), QStringLiteral("simulator")}),
        0);
    constexpr int rounds = 15;
    // Each child runs its commands back to back through a shell loop, so both hammer the file together.
    const auto loop = [&](int timeout) {
        return QStringLiteral(
                   "for i in $(seq 1 %1); do \"%2\" --db \"%3\" profile set --timeout-s %4 || exit 9; done")
            .arg(rounds)
            .arg(paydeskctl(), db)
            .arg(timeout);
    };
    QProcess a;
    QProcess b;
    a.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), loop(30)});
    b.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), loop(45)});
    QVERIFY(a.waitForFinished(120000));
    QVERIFY(b.waitForFinished(120000));
    QCOMPARE(a.exitCode(), 0);
    QCOMPARE(b.exitCode(), 0);
    QVERIFY(!a.readAllStandardError().contains("locked"));
    QVERIFY(!b.readAllStandardError().contains("locked"));

    QProcess head;
    head.start(paydeskctl(), {QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("head")});
    QVERIFY(head.waitForFinished(30000));
    QCOMPARE(head.exitCode(), 0);
    QVERIFY2(head.readAllStandardOutput().startsWith(QByteArray(QByteArray::number(1 + 2 * rounds) + ':')),
             "audit row count");
    QCOMPARE(QProcess::execute(paydeskctl(), {QStringLiteral("--db"), db, QStringLiteral("audit"),
                                              QStringLiteral("verify")}),
             0);
}

QTEST_GUILESS_MAIN(tst_ConcurrentWriters)
#include "tst_concurrentwriters.moc"
