#include "moneyfixture.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <csignal>

namespace {

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// The state letter of /proc/PID/stat: 'T' once the process stopped itself.
char processState(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return '?';
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close >= 0 && close + 2 < line.size() ? line.at(close + 2) : '?';
}

} // namespace

// Two desks on one order, interleaved deterministically: desk B stops itself (SIGSTOP) between its baseline
// status check and its journal entry while desk A captures, then B goes on. B must never journal the stale
// baseline: it takes a fresh one, so a request of B's that never reached APS is never recorded as succeeded,
// and one that did is recognised. And the late delivery of the adversarial run: APS applies a capture after
// the desk gave up and after its lease; the reconciler waits to be sure instead of unlocking the order.
class tst_TwoDesks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_fx.reset(); }

    void staleBaselineIsTakenAgain();
    void staleBaselineThenRequestLost_data();
    void staleBaselineThenRequestLost();
    void lateDeliveryKeepsTheOrderLocked();

private:
    // Starts desk B's capture and waits until it has stopped itself after its baseline.
    QProcess *startStoppedDesk(const QStringList &arguments);

    std::unique_ptr<MoneyFixture> m_fx;
};

void tst_TwoDesks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QFile::exists(MoneyFixture::paydeskctl()))
        QSKIP("paydeskctl was not built");
}

void tst_TwoDesks::init()
{
    m_fx = std::make_unique<MoneyFixture>(1);
    QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
    m_fx->addOrder(text("ORD-2D"), 10000);
}

QProcess *tst_TwoDesks::startStoppedDesk(const QStringList &arguments)
{
    QProcessEnvironment env = MoneyFixture::cliEnvironment();
    env.insert(text("PAYDESK_TEST_STOP_AFTER_BASELINE"), text("1"));
    QProcess *desk = m_fx->startCli(arguments, env, this);
    if (!desk->waitForStarted(10000))
        return desk;
    QTest::qWaitFor([desk] { return processState(desk->processId()) == 'T'; }, 20000);
    return desk;
}

void tst_TwoDesks::staleBaselineIsTakenAgain()
{
    QProcess *deskB = startStoppedDesk({text("capture"), text("ORD-2D"), text("20.00")});
    QCOMPARE(processState(deskB->processId()), 'T');
    QCOMPARE(m_fx->runCli({text("capture"), text("ORD-2D"), text("20.00")}), 0); // desk A
    ::kill(pid_t(deskB->processId()), SIGCONT);
    QString output;
    QCOMPARE(MoneyFixture::finishCli(deskB, &output), 0);

    const QList<Operation> ops = m_fx->operations(text("ORD-2D"));
    QCOMPARE(ops.size(), 2);
    // Desk B journalled APS's totals after desk A's capture, not the ones it read before.
    QCOMPARE(ops.last().baseline.captured, qint64(2000));
    QCOMPARE(ops.last().outcome, OperationOutcome::Succeeded);
    QCOMPARE(m_fx->simOrder(text("ORD-2D")).captured, qint64(4000));
    QCOMPARE(m_fx->cached(text("ORD-2D")).captured, qint64(4000));
    QVERIFY(!*TransactionRepository(m_fx->database()).needsStatusCheck(m_fx->cached(text("ORD-2D")).id));
}

void tst_TwoDesks::staleBaselineThenRequestLost_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<ReconcileDecision::Verdict>("verdict");
    QTest::addColumn<qint64>("captured");
    QTest::newRow("dropped before APS")
        << text("drop_before_apply") << ReconcileDecision::Verdict::NotApplied << qint64(2000);
    QTest::newRow("answer lost after APS")
        << text("drop_after_apply") << ReconcileDecision::Verdict::Applied << qint64(4000);
}

void tst_TwoDesks::staleBaselineThenRequestLost()
{
    QFETCH(QString, mode);
    QFETCH(ReconcileDecision::Verdict, verdict);
    QFETCH(qint64, captured);

    // Both desks capture the same amount: with B's stale baseline (nothing captured), A's capture alone
    // would look exactly like B's applied.
    QProcess *deskB = startStoppedDesk({text("capture"), text("ORD-2D"), text("20.00")});
    QCOMPARE(m_fx->runCli({text("capture"), text("ORD-2D"), text("20.00")}), 0);
    m_fx->addFault(QJsonObject{{text("mode"), mode},
                               {text("count"), 1},
                               {text("match"), QJsonObject{{text("command"), text("CAPTURE")}}}});
    ::kill(pid_t(deskB->processId()), SIGCONT);
    QCOMPARE(MoneyFixture::finishCli(deskB), 3);

    QCOMPARE(m_fx->reconcileUntilDecided(), verdict);
    const Transaction tx = m_fx->cached(text("ORD-2D"));
    QCOMPARE(m_fx->simOrder(text("ORD-2D")).captured, captured);
    QCOMPARE(tx.captured, captured);
    QVERIFY(!tx.unresolved);
    QCOMPARE(m_fx->applied(text("ORD-2D"), text("CAPTURE")), int(captured / 2000));
}

void tst_TwoDesks::lateDeliveryKeepsTheOrderLocked()
{
    // Timeout 1 s, so the lease ends 6 s after sending; APS applies the capture at 12 s.
    m_fx->addFault(QJsonObject{{text("mode"), text("delay")},
                               {text("delay_ms"), 12000},
                               {text("match"), QJsonObject{{text("command"), text("CAPTURE")}}}});
    QCOMPARE(m_fx->runCli({text("capture"), text("ORD-2D"), text("100.00")}), 3);
    const Operation sent = m_fx->operations(text("ORD-2D")).first();
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > sent.leaseUntil.addMSecs(300), 20000);
    QVERIFY(m_fx->simOrder(text("ORD-2D")).captured == 0);

    // After the lease APS still shows nothing: no proof, the order stays locked.
    QString early;
    QCOMPARE(m_fx->runCli({text("reconcile")}, &early), 3);
    QVERIFY2(early.contains(text("waiting_to_be_sure")), qPrintable(early));
    QString refused;
    QCOMPARE(m_fx->runCli({text("capture"), text("ORD-2D"), text("100.00"), text("--repeat")}, &refused), 1);

    // APS applies it late; the next check sees it.
    QTRY_COMPARE_WITH_TIMEOUT(m_fx->simOrder(text("ORD-2D")).captured, qint64(10000), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(
        QDateTime::currentDateTimeUtc() > m_fx->operations(text("ORD-2D")).first().nextCheckAt, 30000);
    QString settled;
    QCOMPARE(m_fx->runCli({text("reconcile")}, &settled), 0);
    QVERIFY2(settled.contains(text("applied")), qPrintable(settled));
    QCOMPARE(m_fx->cached(text("ORD-2D")).captured, qint64(10000));
    QCOMPARE(m_fx->received(text("ORD-2D"), text("CAPTURE")), 1);
    QCOMPARE(m_fx->simOrder(text("ORD-2D")).captured, qint64(10000));
}

QTEST_GUILESS_MAIN(tst_TwoDesks)
#include "tst_twodesks.moc"
