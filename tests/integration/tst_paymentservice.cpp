#include "moneyfixture.h"

#include <QSqlQuery>

#include <QStandardPaths>

using Kind = SimulatorBook::MaintenanceRequest::Kind;

namespace {

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

Money aed(qint64 minor)
{
    return Money::fromMinor(minor, *Currency::fromCode(u"AED"));
}

QJsonObject answerWith(const char *command, const char *code)
{
    return QJsonObject{{text("mode"), text("uncertain")},
                       {text("response_code"), text(code)},
                       {text("apply"), false},
                       {text("match"), QJsonObject{{text("command"), text(command)}}}};
}

} // namespace

// PaymentService against the real simulator over loopback: every operation succeeding and declined, a stale
// cache, a response whose signature does not verify, and two desks racing on one order.
class tst_PaymentService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_fx.reset(); }

    void captureSucceeds_data();
    void captureSucceeds();
    void voidSucceeds();
    void refundSucceeds();
    void refundReasonWithCardNumberRefused();
    void checkStatusRefreshesCache();
    void declines_data();
    void declines();
    void orderUnknownToAps();
    void staleCacheNeverOvercaptures();
    void staleCacheVoidedElsewhere();
    void badSignatureNeverChangesTotals();
    void badStatusSignatureNeverChangesTotals();
    void twoDesksRaceOnOneOrder_data();
    void twoDesksRaceOnOneOrder();

private:
    PaymentResult run(PaymentJob *job);

    std::unique_ptr<MoneyFixture> m_fx;
};

void tst_PaymentService::init()
{
    m_fx = std::make_unique<MoneyFixture>();
    QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
}

PaymentResult tst_PaymentService::run(PaymentJob *job)
{
    const auto result = MoneyFixture::wait(job);
    if (!result)
        qWarning("the payment job never finished");
    return result.value_or(PaymentResult());
}

void tst_PaymentService::captureSucceeds_data()
{
    QTest::addColumn<qint64>("amount"); // -1: remaining
    QTest::addColumn<qint64>("expectedCaptured");
    QTest::newRow("partial") << qint64(1250) << qint64(1250);
    QTest::newRow("full") << qint64(5000) << qint64(5000);
    QTest::newRow("remaining") << qint64(-1) << qint64(5000);
}

void tst_PaymentService::captureSucceeds()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, expectedCaptured);
    m_fx->addOrder(text("ORD-1"), 5000);
    const PaymentResult result =
        run(amount < 0 ? m_fx->service().captureRemaining(text("ORD-1"), text("alice"))
                       : m_fx->service().capture(text("ORD-1"), aed(amount), text("alice")));
    QVERIFY2(result.status == PaymentStatus::Succeeded, qPrintable(result.detail));
    QCOMPARE(result.responseCode, text("04000"));
    QCOMPARE(result.amount.minorUnits(), expectedCaptured);
    QCOMPARE(m_fx->cached(text("ORD-1")).captured, expectedCaptured);
    QCOMPARE(m_fx->cached(text("ORD-1")).unresolved, false);
    QCOMPARE(m_fx->simOrder(text("ORD-1")).captured, expectedCaptured);
    QCOMPARE(m_fx->received(text("ORD-1"), text("CAPTURE")), 1);
    const QList<Operation> ops = m_fx->operations(text("ORD-1"));
    QCOMPARE(ops.size(), 1);
    QCOMPARE(ops.first().outcome, OperationOutcome::Succeeded);
    QCOMPARE(ops.first().baseline.captured, qint64(0));
    QVERIFY(m_fx->audit().verify().ok());

    // Repeated partial captures add up, each from a fresh baseline, until nothing is left.
    if (expectedCaptured < 5000) {
        const PaymentResult second = run(m_fx->service().capture(text("ORD-1"), aed(3750), text("alice")));
        QCOMPARE(second.status, PaymentStatus::Succeeded);
        QCOMPARE(m_fx->cached(text("ORD-1")).captured, qint64(5000));
    }
    const PaymentResult more = run(m_fx->service().capture(text("ORD-1"), aed(1), text("alice")));
    QCOMPARE(more.status, PaymentStatus::Refused);
    QCOMPARE(more.decision.reason, DenialReason::NothingLeftToCapture);
    QCOMPARE(m_fx->simOrder(text("ORD-1")).captured, qint64(5000));
}

void tst_PaymentService::voidSucceeds()
{
    m_fx->addOrder(text("ORD-V"), 5000);
    const PaymentResult result = run(m_fx->service().voidAuthorization(text("ORD-V"), text("alice")));
    QCOMPARE(result.status, PaymentStatus::Succeeded);
    QCOMPARE(result.responseCode, text("08000"));
    QVERIFY(m_fx->cached(text("ORD-V")).voided);
    QVERIFY(m_fx->simOrder(text("ORD-V")).voided);
    QCOMPARE(m_fx->received(text("ORD-V"), text("VOID_AUTHORIZATION")), 1);

    const PaymentResult again = run(m_fx->service().capture(text("ORD-V"), aed(100), text("alice")));
    QCOMPARE(again.status, PaymentStatus::Refused);
    QCOMPARE(again.decision.reason, DenialReason::AlreadyVoided);
    QCOMPARE(m_fx->received(text("ORD-V"), text("CAPTURE")), 0);
}

void tst_PaymentService::refundReasonWithCardNumberRefused()
{
    m_fx->addOrder(text("ORD-P"), 5000, text("AED"), Origin::Purchase);
    const QString reason = text("card 4111-1111-1111-1111 was charged twice");
    const PaymentResult refused =
        run(m_fx->service().refund(text("ORD-P"), aed(2000), reason, text("alice")));
    QCOMPARE(refused.status, PaymentStatus::Refused);
    QCOMPARE(refused.problem, PaymentProblem::InvalidRequest);
    QVERIFY(!refused.detail.contains(text("4111-1111")));
    QCOMPARE(m_fx->received(text("ORD-P"), text("REFUND")), 0);
    QSqlQuery audit(m_fx->database().connection());
    QVERIFY(audit.exec(text("SELECT COUNT(*) FROM audit_log WHERE details LIKE '%4111-1111-1111%'")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toInt(), 0);
}

void tst_PaymentService::refundSucceeds()
{
    m_fx->addOrder(text("ORD-P"), 5000, text("AED"), Origin::Purchase);
    const PaymentResult first =
        run(m_fx->service().refund(text("ORD-P"), aed(2000), text("damaged"), text("alice")));
    QCOMPARE(first.status, PaymentStatus::Succeeded);
    QCOMPARE(first.responseCode, text("06000"));
    const PaymentResult second =
        run(m_fx->service().refund(text("ORD-P"), aed(3000), text("returned"), text("alice")));
    QCOMPARE(second.status, PaymentStatus::Succeeded);
    QCOMPARE(m_fx->cached(text("ORD-P")).refunded, qint64(5000));
    QCOMPARE(m_fx->simOrder(text("ORD-P")).refunded, qint64(5000));
    QCOMPARE(m_fx->received(text("ORD-P"), text("REFUND")), 2);

    // Each refund carries its own fresh maintenance_reference, the one APS received.
    const QList<Operation> ops = m_fx->operations(text("ORD-P"));
    QCOMPARE(ops.size(), 2);
    QVERIFY(!ops.at(0).maintenanceReference.isEmpty());
    QVERIFY(ops.at(0).maintenanceReference != ops.at(1).maintenanceReference);
    QVERIFY(ops.at(0).maintenanceReference.size() <= 40);
    QStringList atSimulator;
    for (const SimulatorOperation &op : m_fx->simOrder(text("ORD-P")).operations) {
        if (op.command == u"REFUND")
            atSimulator << op.maintenanceReference;
    }
    QCOMPARE(atSimulator, QStringList({ops.at(0).maintenanceReference, ops.at(1).maintenanceReference}));

    const PaymentResult over = run(m_fx->service().refund(text("ORD-P"), aed(1), text("x"), text("alice")));
    QCOMPARE(over.status, PaymentStatus::Refused);
    QCOMPARE(over.decision.reason, DenialReason::FullyRefunded);
}

void tst_PaymentService::checkStatusRefreshesCache()
{
    m_fx->addOrder(text("ORD-S"), 5000);
    QCOMPARE(m_fx->behindTheCache(Kind::Capture, text("ORD-S"), 1500), text("04000"));
    const PaymentResult result = run(m_fx->service().checkStatus(text("ORD-S"), text("alice")));
    QCOMPARE(result.status, PaymentStatus::Succeeded);
    QCOMPARE(m_fx->cached(text("ORD-S")).captured, qint64(1500));
    QCOMPARE(m_fx->operations(text("ORD-S")).size(), 0);
}

void tst_PaymentService::declines_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QString>("command");
    QTest::newRow("capture 05017") << text("capture") << answerWith("CAPTURE", "05017") << text("CAPTURE");
    QTest::newRow("capture 05666") << text("capture") << answerWith("CAPTURE", "05666") << text("CAPTURE");
    QTest::newRow("void 09018") << text("void") << answerWith("VOID_AUTHORIZATION", "09018")
                                << text("VOID_AUTHORIZATION");
    QTest::newRow("refund 07017") << text("refund") << answerWith("REFUND", "07017") << text("REFUND");
    QTest::newRow("capture 00005") << text("capture") << answerWith("CAPTURE", "00005") << text("CAPTURE");
}

void tst_PaymentService::declines()
{
    QFETCH(QString, action);
    QFETCH(QJsonObject, fault);
    QFETCH(QString, command);
    const bool refund = action == u"refund";
    m_fx->addOrder(text("ORD-D"), 5000, text("AED"), refund ? Origin::Purchase : Origin::Authorization);
    m_fx->addFault(fault);
    const Transaction before = m_fx->cached(text("ORD-D"));
    PaymentJob *job = action == u"capture" ? m_fx->service().capture(text("ORD-D"), aed(1000), text("alice"))
                      : action == u"void"
                          ? m_fx->service().voidAuthorization(text("ORD-D"), text("alice"))
                          : m_fx->service().refund(text("ORD-D"), aed(1000), text("r"), text("alice"));
    const PaymentResult result = run(job);
    QCOMPARE(result.status, PaymentStatus::Declined);
    QCOMPARE(result.responseCode, fault.value(text("response_code")).toString());
    const Transaction after = m_fx->cached(text("ORD-D"));
    QCOMPARE(after.captured, before.captured);
    QCOMPARE(after.refunded, before.refunded);
    QCOMPARE(after.voided, false);
    QCOMPARE(after.unresolved, false);
    QCOMPARE(after.lastResponseCode, result.responseCode);
    QCOMPARE(m_fx->operations(text("ORD-D")).first().outcome, OperationOutcome::Declined);
    QCOMPARE(m_fx->received(text("ORD-D"), command), 1);
    QCOMPARE(m_fx->applied(text("ORD-D"), command), 0);
    // A decline is final and frees the order at once.
    const PaymentResult retry =
        run(action == u"void" ? m_fx->service().voidAuthorization(text("ORD-D"), text("alice"))
                              : m_fx->service().checkStatus(text("ORD-D"), text("alice")));
    QCOMPARE(retry.status, PaymentStatus::Succeeded);
}

void tst_PaymentService::orderUnknownToAps()
{
    Transaction tx;
    tx.merchantIdentifier = MoneyFixture::merchant();
    tx.merchantReference = text("ORD-GHOST");
    tx.fortId = text("169999999999");
    tx.currency = *Currency::fromCode(u"AED");
    tx.authorized = 5000;
    tx.authorizedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    tx.cardMasked = text("411111******1111");
    QVERIFY(TransactionRepository(m_fx->database()).insert(tx).ok());
    const PaymentResult status = run(m_fx->service().checkStatus(text("ORD-GHOST"), text("alice")));
    QCOMPARE(status.status, PaymentStatus::Refused);
    QCOMPARE(status.problem, PaymentProblem::OrderNotFound);
    const PaymentResult capture = run(m_fx->service().capture(text("ORD-GHOST"), aed(100), text("alice")));
    QCOMPARE(capture.status, PaymentStatus::Refused);
    QCOMPARE(capture.problem, PaymentProblem::OrderNotFound);
    QCOMPARE(m_fx->operations(text("ORD-GHOST")).size(), 0);
    const PaymentResult missing = run(m_fx->service().capture(text("NOT-CACHED"), aed(100), text("alice")));
    QCOMPARE(missing.status, PaymentStatus::Refused);
    QCOMPARE(missing.problem, PaymentProblem::OrderNotFound);
    QCOMPARE(m_fx->simulator().paymentRequestCount(), 2); // the two status checks, nothing else
}

void tst_PaymentService::staleCacheNeverOvercaptures()
{
    m_fx->addOrder(text("ORD-ST"), 5000);
    // Another desk captured 4000 at APS; the cache still says nothing was captured.
    QCOMPARE(m_fx->behindTheCache(Kind::Capture, text("ORD-ST"), 4000), text("04000"));
    QCOMPARE(m_fx->cached(text("ORD-ST")).captured, qint64(0));

    const PaymentResult over = run(m_fx->service().capture(text("ORD-ST"), aed(2000), text("alice")));
    QCOMPARE(over.status, PaymentStatus::Refused);
    QCOMPARE(over.decision.reason, DenialReason::AmountOverMaximum);
    QCOMPARE(over.decision.maximum.minorUnits(), qint64(1000));
    QCOMPARE(m_fx->cached(text("ORD-ST")).captured, qint64(4000)); // refreshed by the baseline
    QCOMPARE(m_fx->operations(text("ORD-ST")).size(), 0);

    const PaymentResult rest = run(m_fx->service().captureRemaining(text("ORD-ST"), text("alice")));
    QCOMPARE(rest.status, PaymentStatus::Succeeded);
    QCOMPARE(rest.amount.minorUnits(), qint64(1000));
    QCOMPARE(m_fx->simOrder(text("ORD-ST")).captured, qint64(5000));
    QCOMPARE(m_fx->applied(text("ORD-ST"), text("CAPTURE")), 2);
    QCOMPARE(m_fx->received(text("ORD-ST"), text("CAPTURE")), 2);
    QCOMPARE(m_fx->operations(text("ORD-ST")).first().baseline.captured, qint64(4000));
}

void tst_PaymentService::staleCacheVoidedElsewhere()
{
    m_fx->addOrder(text("ORD-SV"), 5000);
    QCOMPARE(m_fx->behindTheCache(Kind::Void, text("ORD-SV"), 0), text("08000"));
    const PaymentResult result = run(m_fx->service().capture(text("ORD-SV"), aed(100), text("alice")));
    QCOMPARE(result.status, PaymentStatus::Refused);
    QCOMPARE(result.decision.reason, DenialReason::AlreadyVoided);
    QVERIFY(m_fx->cached(text("ORD-SV")).voided);
    QCOMPARE(m_fx->received(text("ORD-SV"), text("CAPTURE")), 0);
}

void tst_PaymentService::badSignatureNeverChangesTotals()
{
    m_fx->addOrder(text("ORD-BS"), 5000);
    m_fx->addOrder(text("ORD-NEXT"), 5000);
    m_fx->addFault(QJsonObject{{text("mode"), text("bad_signature")},
                               {text("match"), QJsonObject{{text("command"), text("CAPTURE")}}}});
    const PaymentResult result = run(m_fx->service().capture(text("ORD-BS"), aed(1000), text("alice")));
    QCOMPARE(result.status, PaymentStatus::Unknown);
    QCOMPARE(result.transportError, ApsTransportError::BadSignature);
    // The answer said 04000, but nothing in an answer that does not verify is believed.
    QCOMPARE(m_fx->cached(text("ORD-BS")).captured, qint64(0));
    QVERIFY(m_fx->cached(text("ORD-BS")).unresolved);
    QCOMPARE(m_fx->operations(text("ORD-BS")).first().outcome, OperationOutcome::Unknown);
    QCOMPARE(m_fx->simOrder(text("ORD-BS")).captured, qint64(1000));
    QVERIFY(m_fx->profile().isMoneyBlocked());

    // The profile is stopped: nothing more is sent, on any order.
    const int requests = m_fx->simulator().paymentRequestCount();
    const PaymentResult next = run(m_fx->service().capture(text("ORD-NEXT"), aed(1000), text("alice")));
    QCOMPARE(next.status, PaymentStatus::Environment);
    QCOMPARE(next.problem, PaymentProblem::ProfileBlocked);
    QCOMPARE(m_fx->simulator().paymentRequestCount(), requests);

    // Only a verified CHECK_STATUS after the lease settles it.
    QCOMPARE(m_fx->reconcileUntilDecided(), ReconcileDecision::Verdict::Applied);
    QCOMPARE(m_fx->cached(text("ORD-BS")).captured, qint64(1000));
    QCOMPARE(m_fx->received(text("ORD-BS"), text("CAPTURE")), 1);
}

void tst_PaymentService::badStatusSignatureNeverChangesTotals()
{
    m_fx->addOrder(text("ORD-BQ"), 5000);
    QCOMPARE(m_fx->behindTheCache(Kind::Capture, text("ORD-BQ"), 3000), text("04000"));
    m_fx->addFault(QJsonObject{{text("mode"), text("bad_signature")},
                               {text("match"), QJsonObject{{text("command"), text("CHECK_STATUS")}}}});
    const PaymentResult result = run(m_fx->service().checkStatus(text("ORD-BQ"), text("alice")));
    QCOMPARE(result.status, PaymentStatus::Environment);
    QCOMPARE(m_fx->cached(text("ORD-BQ")).captured, qint64(0));
    QVERIFY(m_fx->profile().isMoneyBlocked());
}

void tst_PaymentService::twoDesksRaceOnOneOrder_data()
{
    QTest::addColumn<bool>("remaining");
    QTest::newRow("3000 each") << false;
    QTest::newRow("remaining each") << true;
}

void tst_PaymentService::twoDesksRaceOnOneOrder()
{
    QFETCH(bool, remaining);
    m_fx->addOrder(text("ORD-R"), 5000);
    // A second desk: its own Database object (own connection) on the same file.
    auto other = Database::open(m_fx->databasePath());
    QVERIFY2(other.ok(), qPrintable(other.message));
    auto desk2 = m_fx->makeService(**other, text("desk-2"));
    // The first capture to arrive is held, so both desks are busy with the order at once.
    m_fx->addFault(QJsonObject{{text("mode"), text("delay")},
                               {text("delay_ms"), 300},
                               {text("match"), QJsonObject{{text("command"), text("CAPTURE")}}}});
    PaymentJob *a = remaining ? m_fx->service().captureRemaining(text("ORD-R"), text("alice"))
                              : m_fx->service().capture(text("ORD-R"), aed(3000), text("alice"));
    PaymentJob *b = remaining ? desk2->captureRemaining(text("ORD-R"), text("bob"))
                              : desk2->capture(text("ORD-R"), aed(3000), text("bob"));
    QSignalSpy spyB(b, &PaymentJob::finished);
    const PaymentResult ra = run(a);
    if (spyB.isEmpty())
        QVERIFY(spyB.wait(15000));
    const PaymentResult rb = spyB.at(0).at(0).value<PaymentResult>();

    const int succeeded = (ra.ok() ? 1 : 0) + (rb.ok() ? 1 : 0);
    QCOMPARE(succeeded, 1);
    const PaymentResult &loser = ra.ok() ? rb : ra;
    QCOMPARE(loser.status, PaymentStatus::Refused);
    const qint64 expected = remaining ? 5000 : 3000;
    QCOMPARE(m_fx->simOrder(text("ORD-R")).captured, expected);
    QCOMPARE(m_fx->received(text("ORD-R"), text("CAPTURE")), 1);
    QCOMPARE(m_fx->cached(text("ORD-R")).captured, expected);

    // Afterwards the second desk decides from APS's totals, not from what it saw before.
    const PaymentResult again = run(desk2->capture(text("ORD-R"), aed(3000), text("bob")));
    QCOMPARE(again.status, PaymentStatus::Refused);
    QCOMPARE(m_fx->simOrder(text("ORD-R")).captured, expected);
    desk2.reset();
    (*other)->releaseConnection();
}

QTEST_GUILESS_MAIN(tst_PaymentService)
#include "tst_paymentservice.moc"
