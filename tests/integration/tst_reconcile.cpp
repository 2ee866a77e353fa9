#include "moneyfixture.h"

#include <QSqlQuery>

#include <QStandardPaths>

using Verdict = ReconcileDecision::Verdict;

namespace {

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QString commandOf(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Capture:
        return text("CAPTURE");
    case OperationKind::Void:
        return text("VOID_AUTHORIZATION");
    case OperationKind::Refund:
        return text("REFUND");
    }
    return {};
}

} // namespace

// Every fault the simulator can inject, on capture, void and refund: the desk's answer, the state the
// Reconciler settles it in after the lease (by CHECK_STATUS only), and the simulator's ground truth showing
// the request arrived once and was applied once or not at all.
class tst_Reconcile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_fx.reset(); }

    void faults_data();
    void faults();
    void unresolvedOrderIsHeld();
    void totalsMovedElsewhereAreNotGuessed();
    void lateDeliveryIsWaitedFor();
    void lateApplyAfterVerdictIsCorrected();
    void refundRetryReusesItsReference();
    void quietRunNeedsTheWholeWindow();
    void lateApplyFoundByTheWatch();

private:
    PaymentJob *start(OperationKind kind, const QString &reference);

    std::unique_ptr<MoneyFixture> m_fx;
};

void tst_Reconcile::init()
{
    m_fx = std::make_unique<MoneyFixture>(1);
    QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
}

PaymentJob *tst_Reconcile::start(OperationKind kind, const QString &reference)
{
    const Money amount = Money::fromMinor(1000, *Currency::fromCode(u"AED"));
    switch (kind) {
    case OperationKind::Capture:
        return m_fx->service().capture(reference, amount, text("alice"));
    case OperationKind::Void:
        return m_fx->service().voidAuthorization(reference, text("alice"));
    case OperationKind::Refund:
        return m_fx->service().refund(reference, amount, text("returned"), text("alice"));
    }
    return nullptr;
}

void tst_Reconcile::faults_data()
{
    QTest::addColumn<OperationKind>("kind");
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<PaymentStatus>("immediate");
    QTest::addColumn<bool>("applied");
    QTest::addColumn<Verdict>("verdict");

    struct Row
    {
        const char *name;
        QJsonObject fault;
        PaymentStatus immediate;
        bool applied;
        Verdict verdict;
    };
    const auto mode = [](const char *name, std::optional<bool> apply = std::nullopt,
                         const char *code = nullptr, int delayMs = 0) {
        QJsonObject fault{{text("mode"), text(name)}};
        if (apply)
            fault.insert(text("apply"), *apply);
        if (code)
            fault.insert(text("response_code"), text(code));
        if (delayMs > 0)
            fault.insert(text("delay_ms"), delayMs);
        return fault;
    };
    const QList<Row> rows{
        {"delay within the timeout", mode("delay", {}, nullptr, 200), PaymentStatus::Succeeded, true,
         Verdict::Applied},
        {"delay past the timeout", mode("delay", {}, nullptr, 1600), PaymentStatus::Unknown, true,
         Verdict::Applied},
        {"drop before apply", mode("drop_before_apply"), PaymentStatus::Unknown, false, Verdict::NotApplied},
        {"drop after apply", mode("drop_after_apply"), PaymentStatus::Unknown, true, Verdict::Applied},
        {"http 500", mode("http_500"), PaymentStatus::Unknown, false, Verdict::NotApplied},
        {"http 500 applied", mode("http_500", true), PaymentStatus::Unknown, true, Verdict::Applied},
        {"malformed json", mode("malformed_json"), PaymentStatus::Unknown, true, Verdict::Applied},
        {"malformed json not applied", mode("malformed_json", false), PaymentStatus::Unknown, false,
         Verdict::NotApplied},
        {"bad signature", mode("bad_signature"), PaymentStatus::Unknown, true, Verdict::Applied},
        {"bad signature not applied", mode("bad_signature", false), PaymentStatus::Unknown, false,
         Verdict::NotApplied},
        {"uncertain applied", mode("uncertain", true), PaymentStatus::Unknown, true, Verdict::Applied},
        {"uncertain 051 applied", mode("uncertain", true, "SS051"), PaymentStatus::Unknown, true,
         Verdict::Applied},
        // APS itself still says "uncertain": only a person can settle it.
        {"uncertain", mode("uncertain"), PaymentStatus::Unknown, false, Verdict::ManualReview},
        {"another operation in progress (784)", mode("uncertain", false, "SS784"), PaymentStatus::Unknown,
         false, Verdict::NotApplied},
    };
    const QList<std::pair<OperationKind, const char *>> kinds{
        {OperationKind::Capture, "05"}, {OperationKind::Void, "09"}, {OperationKind::Refund, "07"}};
    for (const auto &[kind, failureStatus] : kinds) {
        for (const Row &row : rows) {
            QJsonObject fault = row.fault;
            fault.insert(text("match"), QJsonObject{{text("command"), commandOf(kind)}});
            if (fault.value(text("response_code")).toString().startsWith(u"SS")) {
                const QString code =
                    text(failureStatus) + fault.value(text("response_code")).toString().mid(2);
                fault.insert(text("response_code"), code);
            }
            QTest::addRow("%s: %s", qPrintable(operationKindToken(kind)), row.name)
                << kind << fault << row.immediate << row.applied << row.verdict;
        }
    }
}

void tst_Reconcile::faults()
{
    QFETCH(OperationKind, kind);
    QFETCH(QJsonObject, fault);
    QFETCH(PaymentStatus, immediate);
    QFETCH(bool, applied);
    QFETCH(Verdict, verdict);
    const QString ref = text("ORD-F");
    const QString command = commandOf(kind);
    m_fx->addOrder(ref, 5000, text("AED"),
                   kind == OperationKind::Refund ? Origin::Purchase : Origin::Authorization);
    const Transaction before = m_fx->cached(ref);
    m_fx->addFault(fault);

    const auto result = MoneyFixture::wait(start(kind, ref));
    QVERIFY(result);
    QCOMPARE(result->status, immediate);
    // The simulator finishes a held request even when the desk gave up on it.
    QTRY_COMPARE(m_fx->received(ref, command), 1);
    QCOMPARE(m_fx->applied(ref, command), applied ? 1 : 0);

    if (immediate == PaymentStatus::Unknown) {
        // Until it is settled, the cache keeps the baseline totals and holds the order.
        const Transaction held = m_fx->cached(ref);
        QVERIFY(held.unresolved);
        QCOMPARE(held.captured, before.captured);
        QCOMPARE(held.refunded, before.refunded);
        QCOMPARE(held.voided, false);
        QCOMPARE(m_fx->operations(ref).first().outcome, OperationOutcome::Unknown);
        // The lease keeps the reconciler away from the desk's operation.
        const int requests = m_fx->simulator().paymentRequestCount();
        const QList<ReconcileDecision> early = m_fx->reconcile();
        QCOMPARE(early.size(), 1);
        QCOMPARE(early.first().verdict, Verdict::Waiting);
        QCOMPARE(m_fx->simulator().paymentRequestCount(), requests);

        QCOMPARE(m_fx->reconcileUntilDecided(), verdict);
    }

    const QList<Operation> ops = m_fx->operations(ref);
    QCOMPARE(ops.size(), 1);
    const OperationOutcome expectedOutcome = verdict == Verdict::Applied ? OperationOutcome::Succeeded
                                             : verdict == Verdict::NotApplied
                                                 ? OperationOutcome::Declined
                                                 : OperationOutcome::ManualReview;
    QCOMPARE(ops.first().outcome, expectedOutcome);
    const Transaction after = m_fx->cached(ref);
    QCOMPARE(after.unresolved, verdict == Verdict::ManualReview);
    const SimulatorOrder &truth = m_fx->simOrder(ref);
    QCOMPARE(after.captured, truth.captured);
    QCOMPARE(after.refunded, truth.refunded);
    QCOMPARE(after.voided, truth.voided);
    // Exactly once at APS: the desk's request, then status checks only.
    QCOMPARE(m_fx->received(ref, command), 1);
    QCOMPARE(m_fx->applied(ref, command), applied ? 1 : 0);
    const bool signatureFault = fault.value(text("mode")).toString() == u"bad_signature";
    QCOMPARE(m_fx->profile().isMoneyBlocked(), signatureFault);
    QVERIFY(m_fx->audit().verify().ok());
}

void tst_Reconcile::unresolvedOrderIsHeld()
{
    m_fx->addOrder(text("ORD-H"), 5000);
    m_fx->addFault(QJsonObject{{text("mode"), text("drop_after_apply")},
                               {text("match"), QJsonObject{{text("command"), text("CAPTURE")}}}});
    const Money amount = Money::fromMinor(1000, *Currency::fromCode(u"AED"));
    const auto first = MoneyFixture::wait(m_fx->service().capture(text("ORD-H"), amount, text("alice")));
    QVERIFY(first);
    QCOMPARE(first->status, PaymentStatus::Unknown);

    // Neither a second operation nor a status check may act on the order while the first is unknown.
    const auto second = MoneyFixture::wait(m_fx->service().capture(text("ORD-H"), amount, text("alice")));
    QVERIFY(second);
    QCOMPARE(second->status, PaymentStatus::Refused);
    QCOMPARE(second->decision.reason, DenialReason::Unresolved);
    const auto status = MoneyFixture::wait(m_fx->service().checkStatus(text("ORD-H"), text("alice")));
    QVERIFY(status);
    QCOMPARE(status->status, PaymentStatus::Succeeded);
    QCOMPARE(m_fx->cached(text("ORD-H")).captured, qint64(0));
    QVERIFY(*TransactionRepository(m_fx->database()).needsStatusCheck(m_fx->cached(text("ORD-H")).id));
    QCOMPARE(m_fx->received(text("ORD-H"), text("CAPTURE")), 1);

    QCOMPARE(m_fx->reconcileUntilDecided(), Verdict::Applied);
    QCOMPARE(m_fx->cached(text("ORD-H")).captured, qint64(1000));
    // The same amount again after an unknown outcome is a repeat: refused unless the clerk confirms it.
    const auto third = MoneyFixture::wait(m_fx->service().capture(text("ORD-H"), amount, text("alice")));
    QVERIFY(third);
    QCOMPARE(third->status, PaymentStatus::Refused);
    QCOMPARE(third->problem, PaymentProblem::RepeatNotConfirmed);
    QCOMPARE(m_fx->received(text("ORD-H"), text("CAPTURE")), 1);
    const auto fourth = MoneyFixture::wait(
        m_fx->service().capture(text("ORD-H"), amount, text("alice"), PaymentService::Repeat::Confirmed));
    QVERIFY(fourth);
    QCOMPARE(fourth->status, PaymentStatus::Succeeded);
    QCOMPARE(m_fx->simOrder(text("ORD-H")).captured, qint64(2000));
}

void tst_Reconcile::totalsMovedElsewhereAreNotGuessed()
{
    m_fx->addOrder(text("ORD-E"), 5000);
    m_fx->addFault(QJsonObject{{text("mode"), text("drop_before_apply")},
                               {text("match"), QJsonObject{{text("command"), text("CAPTURE")}}}});
    const Money amount = Money::fromMinor(1000, *Currency::fromCode(u"AED"));
    const auto first = MoneyFixture::wait(m_fx->service().capture(text("ORD-E"), amount, text("alice")));
    QVERIFY(first);
    QCOMPARE(first->status, PaymentStatus::Unknown);
    // Someone captured another amount at APS meanwhile: the totals match neither "applied" nor "not applied".
    QCOMPARE(m_fx->behindTheCache(SimulatorBook::MaintenanceRequest::Kind::Capture, text("ORD-E"), 700),
             text("04000"));
    QCOMPARE(m_fx->reconcileUntilDecided(), Verdict::ManualReview);
    QCOMPARE(m_fx->operations(text("ORD-E")).first().outcome, OperationOutcome::ManualReview);
    QCOMPARE(m_fx->cached(text("ORD-E")).captured, qint64(0));
    QVERIFY(m_fx->cached(text("ORD-E")).unresolved);
}

void tst_Reconcile::lateDeliveryIsWaitedFor()
{
    // The desk gives up after its 2 s timeout; APS applies the capture at 4 s, after the lease as the
    // reconciler sees it: unchanged totals then are no proof, so the order stays locked until APS shows the
    // capture.
    m_fx->addOrder(text("ORD-L"), 5000);
    m_fx->addFault(QJsonObject{{text("mode"), text("delay")},
                               {text("delay_ms"), 4000},
                               {text("match"), QJsonObject{{text("command"), text("CAPTURE")}}}});
    const Money amount = Money::fromMinor(5000, *Currency::fromCode(u"AED"));
    const auto first = MoneyFixture::wait(m_fx->service().capture(text("ORD-L"), amount, text("alice")));
    QVERIFY(first);
    QCOMPARE(first->status, PaymentStatus::Unknown);

    m_fx->advanceClock(60);
    const QList<ReconcileDecision> early = m_fx->reconcile();
    QCOMPARE(early.size(), 1);
    QCOMPARE(early.first().verdict, Verdict::Confirming);
    QVERIFY2(early.first().reason.contains(text("waiting to be sure")), qPrintable(early.first().reason));
    QVERIFY(m_fx->cached(text("ORD-L")).unresolved);
    QCOMPARE(m_fx->operations(text("ORD-L")).first().quietChecks, 1);
    const auto retry = MoneyFixture::wait(
        m_fx->service().capture(text("ORD-L"), amount, text("alice"), PaymentService::Repeat::Confirmed));
    QVERIFY(retry);
    QCOMPARE(retry->status, PaymentStatus::Refused);
    QCOMPARE(retry->decision.reason, DenialReason::Unresolved);

    QTRY_COMPARE_WITH_TIMEOUT(m_fx->simOrder(text("ORD-L")).captured, qint64(5000), 10000);
    m_fx->advanceClock(60);
    const QList<ReconcileDecision> late = m_fx->reconcile();
    QCOMPARE(late.size(), 1);
    QCOMPARE(late.first().verdict, Verdict::Applied);
    QCOMPARE(m_fx->cached(text("ORD-L")).captured, qint64(5000));
    QCOMPARE(m_fx->operations(text("ORD-L")).first().outcome, OperationOutcome::Succeeded);
    QCOMPARE(m_fx->received(text("ORD-L"), text("CAPTURE")), 1);
}

void tst_Reconcile::lateApplyAfterVerdictIsCorrected()
{
    // Longer than the whole (compressed) quiet window: APS applies the capture after "not applied".
    m_fx->addOrder(text("ORD-V"), 5000);
    m_fx->addFault(QJsonObject{{text("mode"), text("delay")},
                               {text("delay_ms"), 5000},
                               {text("match"), QJsonObject{{text("command"), text("CAPTURE")}}}});
    const Money amount = Money::fromMinor(2000, *Currency::fromCode(u"AED"));
    const auto first = MoneyFixture::wait(m_fx->service().capture(text("ORD-V"), amount, text("alice")));
    QVERIFY(first);
    QCOMPARE(first->status, PaymentStatus::Unknown);
    QCOMPARE(m_fx->reconcileUntilDecided(), Verdict::NotApplied);
    QVERIFY(!m_fx->cached(text("ORD-V")).unresolved);
    QTRY_COMPARE_WITH_TIMEOUT(m_fx->simOrder(text("ORD-V")).captured, qint64(2000), 10000);

    // A retry takes a baseline first: it finds the late capture, corrects the verdict and says so.
    const auto retry = MoneyFixture::wait(m_fx->service().capture(text("ORD-V"), amount, text("alice")));
    QVERIFY(retry);
    QCOMPARE(retry->status, PaymentStatus::Refused);
    QCOMPARE(retry->problem, PaymentProblem::OrderChanged);
    QCOMPARE(retry->lateApplied.size(), 1);
    QCOMPARE(retry->lateApplied.first().id, first->operationId);
    QVERIFY2(retry->detail.contains(text("late")), qPrintable(retry->detail));
    const Operation corrected = m_fx->operations(text("ORD-V")).first();
    QCOMPARE(corrected.outcome, OperationOutcome::Succeeded);
    QVERIFY2(corrected.resolution.contains(text("after it had been settled as not applied")),
             qPrintable(corrected.resolution));
    QCOMPARE(m_fx->cached(text("ORD-V")).captured, qint64(2000));
    QSqlQuery flag(m_fx->database().connection());
    QVERIFY(flag.exec(text("SELECT late_applied FROM transactions WHERE merchant_reference = 'ORD-V'")));
    QVERIFY(flag.next());
    QCOMPARE(flag.value(0).toInt(), 1);
    QCOMPARE(m_fx->received(text("ORD-V"), text("CAPTURE")), 1);
    QCOMPARE(m_fx->applied(text("ORD-V"), text("CAPTURE")), 1);
    QVERIFY(m_fx->audit().verify().ok());

    // Once the clerk has seen it, a confirmed repeat is a new capture.
    const auto confirmed = MoneyFixture::wait(
        m_fx->service().capture(text("ORD-V"), amount, text("alice"), PaymentService::Repeat::Confirmed));
    QVERIFY(confirmed);
    QCOMPARE(confirmed->status, PaymentStatus::Succeeded);
    QVERIFY(confirmed->lateApplied.isEmpty());
    QCOMPARE(m_fx->simOrder(text("ORD-V")).captured, qint64(4000));
}

void tst_Reconcile::refundRetryReusesItsReference()
{
    m_fx->addOrder(text("ORD-R"), 5000, text("AED"), Origin::Purchase);
    m_fx->addFault(QJsonObject{{text("mode"), text("drop_before_apply")},
                               {text("match"), QJsonObject{{text("command"), text("REFUND")}}}});
    const Money amount = Money::fromMinor(1000, *Currency::fromCode(u"AED"));
    const auto first =
        MoneyFixture::wait(m_fx->service().refund(text("ORD-R"), amount, text("damaged"), text("alice")));
    QVERIFY(first);
    QCOMPARE(first->status, PaymentStatus::Unknown);
    QCOMPARE(m_fx->reconcileUntilDecided(), Verdict::NotApplied);

    const auto unconfirmed =
        MoneyFixture::wait(m_fx->service().refund(text("ORD-R"), amount, text("damaged"), text("alice")));
    QVERIFY(unconfirmed);
    QCOMPARE(unconfirmed->status, PaymentStatus::Refused);
    QCOMPARE(unconfirmed->problem, PaymentProblem::RepeatNotConfirmed);
    QCOMPARE(m_fx->received(text("ORD-R"), text("REFUND")), 1);

    const auto confirmed = MoneyFixture::wait(m_fx->service().refund(
        text("ORD-R"), amount, text("damaged"), text("alice"), PaymentService::Repeat::Confirmed));
    QVERIFY(confirmed);
    QCOMPARE(confirmed->status, PaymentStatus::Succeeded);
    const QList<Operation> ops = m_fx->operations(text("ORD-R"));
    QCOMPARE(ops.size(), 2);
    QVERIFY(!ops.first().maintenanceReference.isEmpty());
    QCOMPARE(ops.last().maintenanceReference, ops.first().maintenanceReference);
    QCOMPARE(ops.last().retryOf, ops.first().id);
    QCOMPARE(m_fx->simOrder(text("ORD-R")).refunded, qint64(1000));
}

void tst_Reconcile::quietRunNeedsTheWholeWindow()
{
    // Three quiet checks are not enough while the window is not over, nor is the window with fewer checks.
    m_fx->addOrder(text("ORD-Q"), 5000);
    m_fx->addFault(QJsonObject{{text("mode"), text("drop_before_apply")},
                               {text("match"), QJsonObject{{text("command"), text("CAPTURE")}}}});
    const Money amount = Money::fromMinor(1000, *Currency::fromCode(u"AED"));
    QVERIFY(MoneyFixture::wait(m_fx->service().capture(text("ORD-Q"), amount, text("alice"))));
    Reconciler::Config config = MoneyFixture::quickConfig();
    config.quietWindow = std::chrono::seconds(600);
    m_fx->advanceClock(60);
    for (int round = 0; round < 5; ++round) { // at 60, 180, 300, 420 and 540 s
        const QList<ReconcileDecision> decisions = m_fx->reconcile(config);
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions.first().verdict, Verdict::Confirming);
        m_fx->advanceClock(120);
    }
    const QList<ReconcileDecision> decided = m_fx->reconcile(config);
    QCOMPARE(decided.size(), 1);
    QCOMPARE(decided.first().verdict, Verdict::NotApplied);
    QVERIFY(!m_fx->cached(text("ORD-Q")).unresolved);
}

void tst_Reconcile::lateApplyFoundByTheWatch()
{
    // Nobody touches the order after "not applied": the reconciler keeps watching it and finds the capture.
    m_fx->addOrder(text("ORD-W"), 5000);
    m_fx->addFault(QJsonObject{{text("mode"), text("delay")},
                               {text("delay_ms"), 5000},
                               {text("match"), QJsonObject{{text("command"), text("CAPTURE")}}}});
    const Money amount = Money::fromMinor(3000, *Currency::fromCode(u"AED"));
    QVERIFY(MoneyFixture::wait(m_fx->service().capture(text("ORD-W"), amount, text("alice"))));
    QCOMPARE(m_fx->reconcileUntilDecided(), Verdict::NotApplied);
    const qint64 id = m_fx->operations(text("ORD-W")).first().id;
    // Not due yet: the watch waits its interval.
    QVERIFY(m_fx->reconcile().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_fx->simOrder(text("ORD-W")).captured, qint64(3000), 10000);

    m_fx->advanceClock(15 * 60);
    const QList<ReconcileDecision> decisions = m_fx->reconcile();
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(decisions.first().verdict, Verdict::LateApplied);
    QCOMPARE(decisions.first().operationId, id);
    QCOMPARE(m_fx->operations(text("ORD-W")).first().outcome, OperationOutcome::Succeeded);
    QCOMPARE(m_fx->cached(text("ORD-W")).captured, qint64(3000));
    // Once corrected, nothing is left to watch.
    m_fx->advanceClock(15 * 60);
    QVERIFY(m_fx->reconcile().isEmpty());
    QVERIFY(m_fx->audit().verify().ok());
}

QTEST_GUILESS_MAIN(tst_Reconcile)
#include "tst_reconcile.moc"
