#include "moneyfixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

#include <csignal>

namespace {

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

// paydeskctl dies in the middle of moving money (kill -9 while APS holds the request, or an abort with APS's
// answer in hand and nothing recorded); a later `paydeskctl reconcile`, once the dead desk's lease is over,
// settles the operation from APS's totals, and APS received the request exactly once.
class tst_Crash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_fx.reset(); }

    void killedMidFlight_data();
    void killedMidFlight();
    void crashAfterAnswer_data();
    void crashAfterAnswer();

private:
    // Waits until every operation's lease is over, then settles it with `paydeskctl reconcile`.
    void reconcileAfterLease(const QString &reference, const QString &verdict);
    void checkSettledOnce(const QString &reference, const QString &command);

    std::unique_ptr<MoneyFixture> m_fx;
};

void tst_Crash::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QFile::exists(MoneyFixture::paydeskctl()))
        QSKIP("paydeskctl was not built");
}

void tst_Crash::init()
{
    m_fx = std::make_unique<MoneyFixture>(1);
    QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
    m_fx->addOrder(text("ORD-A"), 5000);
    m_fx->addOrder(text("ORD-P"), 5000, text("AED"), Origin::Purchase);
}

void tst_Crash::reconcileAfterLease(const QString &reference, const QString &verdict)
{
    // Before the lease ends the dead desk still owns the operation: nothing is decided or sent.
    const int requests = m_fx->simulator().paymentRequestCount();
    QString early;
    QCOMPARE(m_fx->runCli({text("reconcile")}, &early), 3);
    QVERIFY2(early.contains(text("waiting")), qPrintable(early));
    QCOMPARE(m_fx->simulator().paymentRequestCount(), requests);

    const QDateTime leaseUntil = m_fx->operations(reference).first().leaseUntil;
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > leaseUntil, 20000);
    QString settled;
    QCOMPARE(m_fx->runCli({text("reconcile")}, &settled), 0);
    QVERIFY2(settled.contains(verdict), qPrintable(settled));
}

void tst_Crash::checkSettledOnce(const QString &reference, const QString &command)
{
    QCOMPARE(m_fx->received(reference, command), 1);
    QCOMPARE(m_fx->applied(reference, command), 1);
    const QList<Operation> ops = m_fx->operations(reference);
    QCOMPARE(ops.size(), 1);
    QCOMPARE(ops.first().outcome, OperationOutcome::Succeeded);
    QCOMPARE(ops.first().resolvedBy, text("reconciler"));
    const Transaction tx = m_fx->cached(reference);
    const SimulatorOrder &truth = m_fx->simOrder(reference);
    QVERIFY(!tx.unresolved);
    QCOMPARE(tx.captured, truth.captured);
    QCOMPARE(tx.refunded, truth.refunded);
    QCOMPARE(tx.voided, truth.voided);
    QVERIFY(m_fx->audit().verify().ok());
}

void tst_Crash::killedMidFlight_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("command");
    QTest::newRow("capture") << QStringList{text("capture"), text("ORD-A"), text("12.50")} << text("ORD-A")
                             << text("CAPTURE");
    QTest::newRow("capture remaining")
        << QStringList{text("capture"), text("ORD-A"), text("remaining")} << text("ORD-A") << text("CAPTURE");
    QTest::newRow("void") << QStringList{text("void"), text("ORD-A")} << text("ORD-A")
                          << text("VOID_AUTHORIZATION");
    QTest::newRow("refund") << QStringList{text("refund"), text("ORD-P"), text("20.00"), text("--reason"),
                                           text("returned")}
                            << text("ORD-P") << text("REFUND");
}

void tst_Crash::killedMidFlight()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reference);
    QFETCH(QString, command);
    // APS holds the request (longer than the desk would wait); meanwhile the desk is killed.
    m_fx->addFault(QJsonObject{{text("mode"), text("delay")},
                               {text("delay_ms"), 800},
                               {text("match"), QJsonObject{{text("command"), command}}}});
    QProcess *desk = m_fx->startCli(arguments, MoneyFixture::cliEnvironment(), this);
    QTRY_VERIFY_WITH_TIMEOUT(m_fx->simulator().book().isInFlight(reference), 10000);
    ::kill(pid_t(desk->processId()), SIGKILL);
    QSignalSpy died(desk, &QProcess::finished);
    QVERIFY(died.wait(5000));
    QCOMPARE(desk->exitStatus(), QProcess::CrashExit);
    // The journal kept the operation the dead desk had sent.
    QCOMPARE(m_fx->operations(reference).size(), 1);
    QCOMPARE(m_fx->operations(reference).first().outcome, OperationOutcome::Pending);
    QVERIFY(m_fx->cached(reference).unresolved);
    // APS finishes the request after the desk died.
    QTRY_COMPARE_WITH_TIMEOUT(m_fx->applied(reference, command), 1, 5000);

    reconcileAfterLease(reference, text("applied"));
    checkSettledOnce(reference, command);
    // The order is free again and the next operation decides from APS's totals.
    if (command == u"CAPTURE") {
        QString output;
        const int code = m_fx->runCli({text("capture"), reference, text("remaining")}, &output);
        QCOMPARE(code, arguments.last() == u"remaining" ? 1 : 0);
        QCOMPARE(m_fx->simOrder(reference).captured, qint64(5000));
    }
}

void tst_Crash::crashAfterAnswer_data()
{
    killedMidFlight_data();
}

void tst_Crash::crashAfterAnswer()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reference);
    QFETCH(QString, command);
    QProcessEnvironment environment = MoneyFixture::cliEnvironment();
    environment.insert(text("PAYDESK_TEST_CRASH_AFTER_ANSWER"), text("1"));
    QProcess *desk = m_fx->startCli(arguments, environment, this);
    QSignalSpy died(desk, &QProcess::finished);
    QVERIFY(died.wait(15000));
    QCOMPARE(desk->exitStatus(), QProcess::CrashExit);
    // APS applied it and answered; the desk died before writing any of it down.
    QCOMPARE(m_fx->applied(reference, command), 1);
    QCOMPARE(m_fx->operations(reference).first().outcome, OperationOutcome::Pending);
    const Transaction held = m_fx->cached(reference);
    QVERIFY(held.unresolved);
    QCOMPARE(held.captured, reference == u"ORD-P" ? qint64(5000) : qint64(0));
    QCOMPARE(held.refunded, qint64(0));
    QVERIFY(!held.voided);

    reconcileAfterLease(reference, text("applied"));
    checkSettledOnce(reference, command);
}

QTEST_GUILESS_MAIN(tst_Crash)
#include "tst_crash.moc"
