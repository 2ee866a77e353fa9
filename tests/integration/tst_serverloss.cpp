#include "moneyfixture.h"
#include "teststore.h"

#include <QProcess>
#include <QStandardPaths>

// A team's database server that goes away (team mode; the PostgreSQL twin only). The test runs a server of
// its own (tests/support/pg-server.sh), so stopping it touches no other test:
// - gone before sending: nothing is sent, the desk says why (paydeskctl exits 5), and the same desk works
// again
//   once the server is back, without a restart;
// - gone while a capture is in flight: APS's answer cannot be recorded, the operation stays pending and is
//   reported unknown, and the reconciler settles it from APS's totals once the server is back: applied once,
//   never lost, never sent again.
class tst_ServerLoss : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup() { m_fx.reset(); }
    void serverGoneBeforeSending();
    void serverGoneWhileCaptureInFlight();

private:
    bool server(const QString &command);

    QTemporaryDir m_dir;
    QString m_serverDir;
    std::unique_ptr<MoneyFixture> m_fx;
};

namespace {

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

Money aed(qint64 minor)
{
    return Money::fromMinor(minor, *Currency::fromCode(u"AED"));
}

} // namespace

bool tst_ServerLoss::server(const QString &command)
{
    QProcess script;
    script.start(text("bash"),
                 {text(PAYDESK_SOURCE_DIR "/tests/support/pg-server.sh"), command, m_serverDir});
    if (!script.waitForFinished(120000) || script.exitCode() != 0) {
        qWarning().noquote() << "pg-server.sh" << command << "failed:" << script.readAllStandardError();
        return false;
    }
    return true;
}

void tst_ServerLoss::initTestCase()
{
    if (!TestStore::onServer())
        QSKIP("team mode: this test runs as its PostgreSQL twin (tst_serverloss:pg)");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_serverDir = m_dir.filePath(text("pg"));
    QVERIFY(server(text("start")));
    QFile uri(m_serverDir + text("/uri"));
    QVERIFY(uri.open(QIODevice::ReadOnly));
    // TestStore puts this test's stores on its own server.
    qputenv("PAYDESK_TEST_PG_URI", uri.readAll().trimmed());
}

void tst_ServerLoss::cleanupTestCase()
{
    if (!m_serverDir.isEmpty())
        server(text("stop"));
}

void tst_ServerLoss::init()
{
    // The server runs: started by initTestCase(), restarted by every test that stops it.
    m_fx = std::make_unique<MoneyFixture>(3);
    QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
    m_fx->addOrder(text("ORD-L"), 10000);
}

void tst_ServerLoss::serverGoneBeforeSending()
{
    QVERIFY(server(text("kill")));
    const auto result = MoneyFixture::wait(m_fx->service().capture(text("ORD-L"), aed(2500), text("olga")));
    QVERIFY(result);
    QCOMPARE(result->status, PaymentStatus::Environment);
    QVERIFY2(result->detail.contains(text("cannot be reached")) ||
                 result->detail.contains(text("connection")),
             qPrintable(result->detail));
    QString output;
    QCOMPARE(m_fx->runCli({text("capture"), text("ORD-L"), text("25.00")}, &output), 5);
    QVERIFY2(output.contains(text("cannot be reached")), qPrintable(output));
    QCOMPARE(m_fx->received(text("ORD-L"), text("CAPTURE")), 0);

    // The server is back: the same desk carries on without a restart.
    QVERIFY(server(text("restart")));
    const auto again = MoneyFixture::wait(m_fx->service().capture(text("ORD-L"), aed(2500), text("olga")));
    QVERIFY(again);
    QVERIFY2(again->status == PaymentStatus::Succeeded, qPrintable(again->detail));
    QCOMPARE(m_fx->received(text("ORD-L"), text("CAPTURE")), 1);
    QCOMPARE(m_fx->cached(text("ORD-L")).captured, qint64(2500));
}

void tst_ServerLoss::serverGoneWhileCaptureInFlight()
{
    // APS takes a second and a half to answer; the server goes away meanwhile.
    m_fx->addFault(QJsonObject{{text("mode"), text("delay")},
                               {text("count"), 1},
                               {text("delay_ms"), 1500},
                               {text("match"), QJsonObject{{text("command"), text("CAPTURE")}}}});
    PaymentJob *job = m_fx->service().capture(text("ORD-L"), aed(4000), text("olga"));
    QSignalSpy done(job, &PaymentJob::finished);
    // Journalled, so on its way to APS (which holds its answer for 1.5 s).
    QTRY_COMPARE_WITH_TIMEOUT(m_fx->operations(text("ORD-L")).size(), 1, 10000);
    QVERIFY2(done.isEmpty(), "the capture was answered before the server could go away");
    QVERIFY(server(text("kill")));
    QVERIFY(done.wait(15000));
    const auto result = std::optional<PaymentResult>(done.first().first().value<PaymentResult>());
    QCOMPARE(result->status, PaymentStatus::Unknown);
    QVERIFY2(result->detail.contains(text("left for reconciliation")), qPrintable(result->detail));
    QCOMPARE(m_fx->received(text("ORD-L"), text("CAPTURE")), 1);
    QCOMPARE(m_fx->simOrder(text("ORD-L")).captured, qint64(4000));

    // Back again: the reconciler settles the operation from APS's totals after its lease. Nothing is re-sent.
    QVERIFY(server(text("restart")));
    QCOMPARE(m_fx->operations(text("ORD-L")).size(), 1);
    QCOMPARE(m_fx->operations(text("ORD-L")).first().outcome, OperationOutcome::Pending);
    m_fx->advanceClock(3600);
    QCOMPARE(m_fx->reconcileUntilDecided(), ReconcileDecision::Verdict::Applied);
    QCOMPARE(m_fx->operations(text("ORD-L")).first().outcome, OperationOutcome::Succeeded);
    QCOMPARE(m_fx->cached(text("ORD-L")).captured, qint64(4000));
    QCOMPARE(m_fx->cached(text("ORD-L")).unresolved, false);
    QCOMPARE(m_fx->received(text("ORD-L"), text("CAPTURE")), 1);
}

QTEST_MAIN(tst_ServerLoss)
#include "tst_serverloss.moc"
