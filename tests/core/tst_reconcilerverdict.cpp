#include "services/reconciler.h"

#include <QTest>

#include <optional>
#include <tuple>

// The reconciler's verdicts as a table, without database or network: for each kind of operation (capture,
// void, refund) and each situation, what Reconciler::judge decides from the operation, APS's answer, the time
// and the policy; and what Reconciler::appliedLate finds when APS shows an operation settled as not applied.
namespace {

using Verdict = ReconcileDecision::Verdict;

const QDateTime Now = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
constexpr qint64 Authorized = 10000;
constexpr qint64 Captured = 6000; // before a refund
constexpr qint64 Amount = 2500;   // captures and refunds

Reconciler::Policy policy()
{
    Reconciler::Policy policy;
    policy.minQuietChecks = 3;
    policy.quietWindow = std::chrono::minutes(15);
    policy.reviewAfter = std::chrono::minutes(60);
    return policy;
}

// An unknown operation sent two minutes ago, its lease over and its first check due.
Operation operationOf(OperationKind kind)
{
    Operation op;
    op.id = 7;
    op.transactionId = 3;
    op.merchantReference = QStringLiteral("ORDER-7");
    op.kind = kind;
    op.currency = *Currency::fromCode(u"SAR");
    op.outcome = OperationOutcome::Unknown;
    op.amount = kind == OperationKind::Void ? 0 : Amount;
    op.baseline = {Authorized, kind == OperationKind::Refund ? Captured : 0, 0};
    if (kind == OperationKind::Refund)
        op.maintenanceReference = QStringLiteral("R20260302115800000ABCDEF0123456789");
    op.createdAt = Now.addSecs(-120);
    op.sentAt = op.createdAt;
    op.leaseUntil = Now.addSecs(-60);
    return op;
}

// A verified, readable CHECK_STATUS answer showing `totals` and the last operation's status and code.
PaymentService::StatusAnswer answerShowing(const ApsTotals &totals, const QString &status,
                                           const QString &code)
{
    PaymentService::StatusAnswer answer;
    answer.ok = true;
    ApsStatusReport report;
    report.totals = totals;
    report.transactionStatus = status;
    report.transactionCode = code;
    report.transactionMessage = QStringLiteral("Success");
    answer.report = report;
    return answer;
}

// APS's answer when the operation did nothing: the baseline, the last operation the one before it.
PaymentService::StatusAnswer unchanged(const Operation &op)
{
    return op.kind == OperationKind::Refund
               ? answerShowing(op.baseline, QStringLiteral("04"), QStringLiteral("04000"))
               : answerShowing(op.baseline, QStringLiteral("02"), QStringLiteral("02000"));
}

PaymentService::StatusAnswer applied(const Operation &op)
{
    switch (op.kind) {
    case OperationKind::Capture:
        return answerShowing(op.expectedTotals(), QStringLiteral("04"), QStringLiteral("04000"));
    case OperationKind::Void:
        return answerShowing(op.baseline, QStringLiteral("08"), QStringLiteral("08000"));
    case OperationKind::Refund:
        // Looked up by its maintenance_reference: APS answers with that refund.
        return answerShowing(op.expectedTotals(), QStringLiteral("06"), QStringLiteral("06000"));
    }
    return {};
}

enum class Situation {
    Applied,
    LeaseNotOver,
    UnchangedInQuietWindow,
    BetweenQuietChecks,
    UnchangedAfterQuietWindow,
    UnchangedAfterQuietWindowTooFewChecks,
    UnreadableAnswer,
    InProgressAtAps,
    PastManualReviewTime,
    LateApplied,
};

struct Case
{
    Operation op;
    std::optional<PaymentService::StatusAnswer> answer; // none: not asked
};

Case caseOf(OperationKind kind, Situation situation)
{
    Case c{operationOf(kind), std::nullopt};
    Operation &op = c.op;
    switch (situation) {
    case Situation::Applied:
        c.answer = applied(op);
        break;
    case Situation::LeaseNotOver:
        op.leaseUntil = Now.addSecs(30);
        break;
    case Situation::UnchangedInQuietWindow:
        c.answer = unchanged(op);
        break;
    case Situation::BetweenQuietChecks:
        op.quietChecks = 1;
        op.quietSince = Now.addSecs(-60);
        op.nextCheckAt = Now.addSecs(240);
        break;
    case Situation::UnchangedAfterQuietWindow:
        op.quietChecks = 2;
        op.quietSince = Now.addSecs(-16 * 60);
        c.answer = unchanged(op);
        break;
    case Situation::UnchangedAfterQuietWindowTooFewChecks:
        op.quietChecks = 1;
        op.quietSince = Now.addSecs(-16 * 60);
        c.answer = unchanged(op);
        break;
    case Situation::UnreadableAnswer:
        c.answer = PaymentService::StatusAnswer();
        c.answer->detail = QStringLiteral("unreadable status answer: captured_amount: missing");
        break;
    case Situation::InProgressAtAps:
        c.answer = answerShowing(op.baseline, QStringLiteral("19"), QStringLiteral("19000"));
        break;
    case Situation::PastManualReviewTime:
        op.sentAt = Now.addSecs(-61 * 60);
        c.answer = PaymentService::StatusAnswer();
        c.answer->detail = QStringLiteral("status check failed: timeout");
        break;
    case Situation::LateApplied:
        // Settled as not applied by the reconciler; APS shows it applied now.
        op.outcome = OperationOutcome::Declined;
        op.resolvedBy = QStringLiteral("reconciler");
        c.answer = applied(op);
        break;
    }
    return c;
}

// The cached row the order had when the operation was settled as not applied: APS's baseline.
Transaction rowAtBaseline(const Operation &op)
{
    Transaction tx;
    tx.id = op.transactionId;
    tx.merchantReference = op.merchantReference;
    tx.currency = op.currency;
    tx.authorized = op.baseline.authorized;
    tx.captured = op.baseline.captured;
    tx.refunded = op.baseline.refunded;
    tx.captureDeadline = Now.addDays(7);
    return tx;
}

// What the reconciler decides in this case: judge() for an unresolved operation, appliedLate() for one
// settled as not applied that it keeps watching.
Verdict verdictOf(const Case &c)
{
    if (c.op.isNotAppliedVerdict()) {
        const QList<Operation> late =
            Reconciler::appliedLate(rowAtBaseline(c.op), *c.answer->report, {c.op}, Now);
        return late.isEmpty() ? Verdict::NotApplied : Verdict::LateApplied;
    }
    return Reconciler::judge(c.op, c.answer ? &*c.answer : nullptr, Now, policy()).decision.verdict;
}

} // namespace

Q_DECLARE_METATYPE(OperationKind)
Q_DECLARE_METATYPE(Situation)
Q_DECLARE_METATYPE(ReconcileDecision::Verdict)

class tst_ReconcilerVerdict : public QObject
{
    Q_OBJECT

private slots:
    void verdict_data();
    void verdict();
    void lateAppliedIsCorrected_data();
    void lateAppliedIsCorrected();
    void confirmingSpreadsTheChecksLeft();
    void lateAppliedNeedsRoomAboveTheRow();
};

void tst_ReconcilerVerdict::verdict_data()
{
    QTest::addColumn<OperationKind>("kind");
    QTest::addColumn<Situation>("situation");
    QTest::addColumn<Verdict>("expected");
    const QList<std::tuple<const char *, Situation, Verdict>> situations{
        {"applied totals", Situation::Applied, Verdict::Applied},
        {"lease not over", Situation::LeaseNotOver, Verdict::Waiting},
        {"unchanged, within the quiet window", Situation::UnchangedInQuietWindow, Verdict::Confirming},
        {"between the checks of a quiet run", Situation::BetweenQuietChecks, Verdict::Confirming},
        {"unchanged after the quiet window, enough checks", Situation::UnchangedAfterQuietWindow,
         Verdict::NotApplied},
        {"unchanged after the quiet window, too few checks", Situation::UnchangedAfterQuietWindowTooFewChecks,
         Verdict::Confirming},
        {"unreadable answer", Situation::UnreadableAnswer, Verdict::Undecided},
        {"in progress at APS", Situation::InProgressAtAps, Verdict::Undecided},
        {"past manual-review time", Situation::PastManualReviewTime, Verdict::ManualReview},
        {"late applied", Situation::LateApplied, Verdict::LateApplied},
    };
    for (const OperationKind kind : {OperationKind::Capture, OperationKind::Void, OperationKind::Refund}) {
        for (const auto &[name, situation, expected] : situations) {
            QTest::addRow("%s: %s", qPrintable(operationKindToken(kind)), name)
                << kind << situation << expected;
        }
    }
}

void tst_ReconcilerVerdict::verdict()
{
    QFETCH(OperationKind, kind);
    QFETCH(Situation, situation);
    QFETCH(Verdict, expected);
    const Case c = caseOf(kind, situation);
    QCOMPARE(verdictToken(verdictOf(c)), verdictToken(expected));
}

void tst_ReconcilerVerdict::lateAppliedIsCorrected_data()
{
    QTest::addColumn<OperationKind>("kind");
    QTest::newRow("capture") << OperationKind::Capture;
    QTest::newRow("void") << OperationKind::Void;
    QTest::newRow("refund") << OperationKind::Refund;
}

void tst_ReconcilerVerdict::lateAppliedIsCorrected()
{
    QFETCH(OperationKind, kind);
    const Case c = caseOf(kind, Situation::LateApplied);
    const QList<Operation> late =
        Reconciler::appliedLate(rowAtBaseline(c.op), *c.answer->report, {c.op}, Now);
    QCOMPARE(late.size(), 1);
    QCOMPARE(late.at(0).id, c.op.id);
    QCOMPARE(late.at(0).outcome, OperationOutcome::Succeeded);
    QVERIFY2(late.at(0).resolution.startsWith(
                 QStringLiteral("APS applied it after it had been settled as not applied by reconciler: ")),
             qPrintable(late.at(0).resolution));
}

void tst_ReconcilerVerdict::confirmingSpreadsTheChecksLeft()
{
    const Case c = caseOf(OperationKind::Capture, Situation::UnchangedInQuietWindow);
    const Reconciler::Judgement judgement = Reconciler::judge(c.op, &*c.answer, Now, policy());
    QCOMPARE(judgement.decision.verdict, Verdict::Confirming);
    QCOMPARE(judgement.evidence.quiet, OperationJournal::QuietCheck::Seen);
    QCOMPARE(judgement.evidence.sureAt, Now.addSecs(15 * 60));
    QCOMPARE(judgement.evidence.checksLeft, 2);
    QVERIFY2(judgement.decision.reason.contains(QStringLiteral("unchanged on 1 check(s)")),
             qPrintable(judgement.decision.reason));
}

void tst_ReconcilerVerdict::lateAppliedNeedsRoomAboveTheRow()
{
    // Another capture of the same amount already accounts for what APS shows above the baseline.
    Case c = caseOf(OperationKind::Capture, Situation::LateApplied);
    Transaction tx = rowAtBaseline(c.op);
    tx.captured += Amount;
    QVERIFY(Reconciler::appliedLate(tx, *c.answer->report, {c.op}, Now).isEmpty());
}

QTEST_GUILESS_MAIN(tst_ReconcilerVerdict)
#include "tst_reconcilerverdict.moc"
