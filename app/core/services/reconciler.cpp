#include "reconciler.h"

#include "aps/apsoutcome.h"
#include "domain/tokentable.h"
#include "services/paymentservice.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/operationjournal.h"
#include "store/transactionrepository.h"

#include <algorithm>

namespace {

constexpr TokenTable<ReconcileDecision::Verdict, 8> verdictTokens{{
    {ReconcileDecision::Verdict::Applied, "applied"},
    {ReconcileDecision::Verdict::NotApplied, "not_applied"},
    {ReconcileDecision::Verdict::Undecided, "undecided"},
    {ReconcileDecision::Verdict::ManualReview, "manual_review"},
    {ReconcileDecision::Verdict::Waiting, "waiting"},
    {ReconcileDecision::Verdict::Confirming, "waiting_to_be_sure"},
    {ReconcileDecision::Verdict::LateApplied, "late_applied"},
    {ReconcileDecision::Verdict::StatusChecked, "status_checked"},
}};

// APS statuses and messages that mean "still being processed" (shared/aps/README.md section 3).
bool isInProgress(const QString &status, const QString &code)
{
    return apsOutcomeIsOpen(status, code.size() == 5 ? QStringView(code).right(3) : QStringView());
}

QString totalsText(const ApsTotals &t)
{
    return QStringLiteral("authorized %1, captured %2, refunded %3")
        .arg(t.authorized)
        .arg(t.captured)
        .arg(t.refunded);
}

} // namespace

QString verdictToken(ReconcileDecision::Verdict verdict)
{
    return tokenOf(verdictTokens, verdict);
}

Reconciler::Reconciler(PaymentService *service, const Database *database, AuditLog *audit, QObject *parent)
    : Reconciler(service, database, audit, Config(), parent)
{}

Reconciler::Reconciler(PaymentService *service, const Database *database, AuditLog *audit, Config config,
                       QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_database(database)
    , m_audit(audit)
    , m_config(config)
    , m_journal(std::make_unique<OperationJournal>(*database))
    , m_transactions(std::make_unique<TransactionRepository>(*database, service->rules()))
{}

Reconciler::~Reconciler() = default;

void Reconciler::reconcileNow(bool background)
{
    if (m_running)
        return;
    m_running = true;
    m_decisions.clear();
    m_queue.clear();
    const QDateTime now = m_service->now();
    const auto profile = m_service->profile();
    const MerchantProfile settings = profile.ok() ? *profile : MerchantProfile();
    m_policy.minQuietChecks = m_config.minQuietChecks;
    m_policy.quietWindow = m_config.quietWindow.value_or(std::chrono::minutes(settings.settleQuietMinutes));
    m_policy.reviewAfter = m_config.reviewAfter.value_or(std::chrono::minutes(settings.manualReviewMinutes));
    const auto open = m_journal->unresolved();
    if (open.ok()) {
        for (const Operation &op : *open) {
            if (op.outcome == OperationOutcome::ManualReview)
                continue;
            if (isDue(op, now))
                m_queue.append(op);
            else
                record(judge(op, nullptr, now, m_policy).decision);
        }
    }
    const auto watched = m_journal->notAppliedDueForWatch(now.addSecs(-m_config.watchFor.count()), now);
    m_watch = watched.ok() ? *watched : QList<Operation>();
    const QDateTime untouchedSince =
        background ? QDateTime::currentDateTimeUtc().addSecs(-m_config.flaggedRestAfter.count())
                   : QDateTime::currentDateTimeUtc();
    const auto flagged = m_transactions->flaggedForStatusCheck(m_config.flaggedPerPass, untouchedSince);
    m_flagged = flagged.ok() ? *flagged : QList<qint64>();
    QMetaObject::invokeMethod(this, &Reconciler::checkNext, Qt::QueuedConnection);
}

void Reconciler::record(const ReconcileDecision &decision)
{
    m_decisions.append(decision);
    emit decided(decision);
}

void Reconciler::watchNext()
{
    if (m_watch.isEmpty())
        return checkFlaggedNext();
    const Operation op = m_watch.takeFirst();
    const auto tx = m_transactions->findById(op.transactionId);
    if (!tx.ok())
        return watchNext();
    m_service->queryStatus(*tx, QString(), [this, op](const PaymentService::StatusAnswer &answer) {
        const QDateTime now = m_service->now();
        QList<Operation> late;
        const StoreStatus status = m_database->withWriteTransaction([&]() -> StoreStatus {
            if (answer.ok) {
                auto fresh = m_transactions->lockById(op.transactionId);
                if (!fresh.ok())
                    return fresh.status();
                if (const StoreStatus s = m_service->mergeStatus(*fresh, *answer.report, false, &late);
                    !s.ok())
                    return s;
            }
            return m_journal->scheduleWatch(op.id, now.addSecs(m_config.watchInterval.count()));
        });
        for (const Operation &corrected : std::as_const(late)) {
            record({corrected.id, corrected.merchantReference, corrected.kind,
                    ReconcileDecision::Verdict::LateApplied, corrected.resolution, corrected.money()});
        }
        if (status.ok() && answer.ok)
            emit transactionChanged(op.transactionId);
        watchNext();
    });
}

void Reconciler::checkFlaggedNext()
{
    if (m_flagged.isEmpty()) {
        m_running = false;
        emit finished(m_decisions);
        return;
    }
    const auto tx = m_transactions->findById(m_flagged.takeFirst());
    // An operation took the order meanwhile: the journal's settling checks it.
    if (!tx.ok() || tx->unresolved)
        return checkFlaggedNext();
    m_service->queryStatus(*tx, QString(), [this, tx = *tx](const PaymentService::StatusAnswer &answer) {
        record(checkFlagged(tx, answer));
        emit transactionChanged(tx.id);
        checkFlaggedNext();
    });
}

// One flagged order against APS's answer: its totals merged as a status check merges them (never lowered,
// except a declined origin's authorized figure), the flag cleared when APS shows no less than the cache.
ReconcileDecision Reconciler::checkFlagged(const Transaction &tx, const PaymentService::StatusAnswer &answer)
{
    ReconcileDecision decision{0,
                               tx.merchantReference,
                               OperationKind::Capture,
                               ReconcileDecision::Verdict::StatusChecked,
                               QString(),
                               Money()};
    if (!answer.ok) {
        decision.reason = answer.detail + QStringLiteral("; still flagged for a status check");
        return decision;
    }
    QList<Operation> late;
    bool stillFlagged = true;
    const StoreStatus status = m_database->withWriteTransaction([&]() -> StoreStatus {
        auto fresh = m_transactions->lockById(tx.id);
        if (!fresh.ok())
            return fresh.status();
        if (fresh->unresolved)
            return StoreStatus::success();
        if (const StoreStatus s = m_service->mergeStatus(*fresh, *answer.report, false, &late); !s.ok())
            return s;
        const auto flag = m_transactions->needsStatusCheck(tx.id);
        if (!flag.ok())
            return flag.status();
        stillFlagged = *flag;
        return StoreStatus::success();
    });
    for (const Operation &corrected : std::as_const(late)) {
        record({corrected.id, corrected.merchantReference, corrected.kind,
                ReconcileDecision::Verdict::LateApplied, corrected.resolution, corrected.money()});
    }
    const ApsTotals &aps = answer.report->totals;
    const auto amount = [&tx](qint64 minor) -> QString {
        return Money::fromMinor(minor, tx.currency).toPlainString() + u' ' + tx.currency.code();
    };
    const QString seen = QStringLiteral("APS shows authorized %1, captured %2, refunded %3")
                             .arg(amount(aps.authorized), amount(aps.captured), amount(aps.refunded));
    if (!status.ok())
        decision.reason = seen + QStringLiteral("; not recorded: ") + status.message;
    else if (stillFlagged)
        decision.reason =
            seen + QStringLiteral(", less than the cache: still flagged for a person to look at");
    else
        decision.reason = seen + QStringLiteral(": recorded, flag cleared");
    return decision;
}

Reconciler::Evidence Reconciler::assess(const Operation &op, const PaymentService::StatusAnswer &answer)
{
    Evidence evidence;
    evidence.apsTotals = op.baseline;
    if (answer.ok) {
        const ApsStatusReport &report = *answer.report;
        evidence.answered = true;
        evidence.apsTotals = report.totals;
        const bool inProgress = isInProgress(report.transactionStatus, report.transactionCode);
        const bool atBaseline = report.totals == op.baseline && !inProgress;
        evidence.seen = QStringLiteral("APS shows %1 (baseline %2), last operation %3 %4")
                            .arg(totalsText(report.totals), totalsText(op.baseline), report.transactionCode,
                                 report.transactionMessage);
        if (op.kind == OperationKind::Void) {
            evidence.applied = report.transactionStatus == QLatin1String("08");
            evidence.voided = evidence.applied;
        } else if (op.kind == OperationKind::Refund && !op.maintenanceReference.isEmpty() &&
                   report.transactionCode == QLatin1String("06000")) {
            // Looked up by its own maintenance_reference: this very refund succeeded.
            evidence.applied = true;
        } else {
            evidence.applied = report.totals == op.expectedTotals();
        }
        if (!evidence.applied)
            evidence.quiet =
                atBaseline ? OperationJournal::QuietCheck::Seen : OperationJournal::QuietCheck::Broken;
    } else if (answer.orderNotFound && op.kind == OperationKind::Refund &&
               !op.maintenanceReference.isEmpty()) {
        // The lookup by maintenance_reference found no such refund (yet).
        evidence.answered = true;
        evidence.quiet = OperationJournal::QuietCheck::Seen;
        evidence.seen =
            QStringLiteral("APS knows no refund with maintenance_reference %1").arg(op.maintenanceReference);
    } else {
        evidence.seen = QStringLiteral("no usable answer: ") + answer.detail;
    }
    return evidence;
}

bool Reconciler::isDue(const Operation &op, const QDateTime &now)
{
    const bool leaseOver = op.leaseUntil <= now;
    const bool due = !op.nextCheckAt.isValid() || op.nextCheckAt <= now;
    return leaseOver && due;
}

Reconciler::Judgement Reconciler::judge(const Operation &op, const PaymentService::StatusAnswer *answer,
                                        const QDateTime &now, const Policy &policy)
{
    Judgement judgement;
    if (!answer && !isDue(op, now)) {
        judgement.decision = waitingFor(op, now);
        return judgement;
    }
    ReconcileDecision &decision = judgement.decision;
    decision = {op.id, op.merchantReference, op.kind, ReconcileDecision::Verdict::Undecided, {}, op.money()};
    Evidence &evidence = judgement.evidence;
    evidence = assess(op, answer ? *answer : PaymentService::StatusAnswer());
    evidence.at = now;
    decision.reason = evidence.seen;
    if (evidence.applied) {
        decision.verdict = ReconcileDecision::Verdict::Applied;
    } else if (evidence.quiet == OperationJournal::QuietCheck::Seen) {
        judgeQuietRun(op, now, policy, judgement);
    } else if (op.sentAt.isValid() && now >= op.sentAt.addSecs(policy.reviewAfter.count())) {
        decision.verdict = ReconcileDecision::Verdict::ManualReview;
        decision.reason +=
            QStringLiteral("; undecided %1 minutes after it was sent").arg(op.sentAt.secsTo(now) / 60);
    }
    return judgement;
}

void Reconciler::judgeQuietRun(const Operation &op, const QDateTime &now, const Policy &policy,
                               Judgement &judgement)
{
    ReconcileDecision &decision = judgement.decision;
    const int quietChecks = op.quietChecks + 1;
    const QDateTime since = op.quietSince.isValid() ? op.quietSince : now;
    const QDateTime sure = since.addSecs(policy.quietWindow.count());
    if (quietChecks >= policy.minQuietChecks && now >= sure) {
        decision.verdict = ReconcileDecision::Verdict::NotApplied;
        decision.reason += QStringLiteral("; unchanged on %1 checks since %2")
                               .arg(quietChecks)
                               .arg(since.toString(Qt::ISODate));
        return;
    }
    decision.verdict = ReconcileDecision::Verdict::Confirming;
    judgement.evidence.sureAt = sure;
    judgement.evidence.checksLeft = std::max(1, policy.minQuietChecks - quietChecks);
    decision.reason +=
        QStringLiteral("; waiting to be sure it was not applied: unchanged on %1 check(s) since "
                       "%2, not applied if still so at %3")
            .arg(quietChecks)
            .arg(since.toString(Qt::ISODate), sure.toString(Qt::ISODate));
}

QList<Operation> Reconciler::appliedLate(const Transaction &tx, const ApsStatusReport &report,
                                         const QList<Operation> &notApplied, const QDateTime &now)
{
    qint64 extraCaptured = report.totals.captured - tx.captured;
    qint64 extraRefunded = report.totals.refunded - tx.refunded;
    // An authorization APS released at its deadline also reads as voided: only a void before it counts.
    bool extraVoid =
        report.transactionStatus == QLatin1String("08") && !tx.voided && now < tx.captureDeadline;
    QList<Operation> late;
    if (extraCaptured <= 0 && extraRefunded <= 0 && !extraVoid)
        return late;
    const QString seen = QStringLiteral("APS shows authorized %1, captured %2, refunded %3%4")
                             .arg(Money::fromMinor(report.totals.authorized, tx.currency).toPlainString(),
                                  Money::fromMinor(report.totals.captured, tx.currency).toPlainString(),
                                  Money::fromMinor(report.totals.refunded, tx.currency).toPlainString(),
                                  extraVoid ? QStringLiteral(", voided") : QString());
    // Newest first: the latest verdict is the likeliest to have been overtaken by a late delivery.
    for (auto it = notApplied.crbegin(); it != notApplied.crend(); ++it) {
        Operation op = *it;
        qint64 *extra = op.kind == OperationKind::Capture  ? &extraCaptured
                        : op.kind == OperationKind::Refund ? &extraRefunded
                                                           : nullptr;
        if (extra ? (op.amount <= 0 || op.amount > *extra) : !extraVoid)
            continue;
        if (extra)
            *extra -= op.amount;
        else
            extraVoid = false;
        op.outcome = OperationOutcome::Succeeded;
        op.resolution = QStringLiteral("APS applied it after it had been settled as not applied by %1: %2")
                            .arg(op.resolvedBy, seen);
        late.append(op);
    }
    return late;
}

ReconcileDecision Reconciler::waitingFor(const Operation &op, const QDateTime &now)
{
    const bool leaseOver = op.leaseUntil <= now;
    // Between the checks of a quiet run the order is still waiting to be sure, and says so.
    const bool confirming = leaseOver && op.quietChecks > 0;
    const QString reason =
        leaseOver
            ? (confirming ? op.resolution + QStringLiteral("; ") : QString()) +
                  QStringLiteral("next status check at %1").arg(op.nextCheckAt.toString(Qt::ISODate))
            : QStringLiteral("the sending desk holds it until %1").arg(op.leaseUntil.toString(Qt::ISODate));
    return {
        op.id,   op.merchantReference,
        op.kind, confirming ? ReconcileDecision::Verdict::Confirming : ReconcileDecision::Verdict::Waiting,
        reason,  op.money()};
}

void Reconciler::checkNext()
{
    if (m_queue.isEmpty())
        return watchNext();
    const Operation op = m_queue.takeFirst();
    auto tx = m_transactions->findById(op.transactionId);
    if (!tx.ok()) {
        record({op.id, op.merchantReference, op.kind, ReconcileDecision::Verdict::Undecided, tx.message, {}});
        return checkNext();
    }
    m_service->queryStatus(*tx, op.maintenanceReference,
                           [this, op](const PaymentService::StatusAnswer &answer) {
                               const Judgement judgement = judge(op, &answer, m_service->now(), m_policy);
                               settle(op, judgement.decision, judgement.evidence);
                               record(judgement.decision);
                               checkNext();
                           });
}

StoreStatus Reconciler::recordApplied(const TransactionRepository &transactions,
                                      const OperationJournal &journal, const Operation &op,
                                      const ApsTotals &apsTotals, bool voided, const QDateTime &at,
                                      const QString &resolution, const QString &resolvedBy)
{
    auto tx = transactions.lockById(op.transactionId);
    if (!tx.ok())
        return tx.status();
    Transaction updated = *tx;
    const ApsTotals expected = op.expectedTotals();
    updated.captured = std::max(updated.captured, std::max(expected.captured, apsTotals.captured));
    updated.refunded = std::max(updated.refunded, std::max(expected.refunded, apsTotals.refunded));
    updated.authorized = std::max(updated.authorized, apsTotals.authorized);
    if (op.kind == OperationKind::Void || voided)
        updated.voided = true;
    if (const StoreStatus s = transactions.updateTotals(updated); !s.ok())
        return s;
    if (const StoreStatus s = journal.settle(op.id, op.outcome, OperationOutcome::Succeeded, op.responseCode,
                                             op.responseMessage, at, resolution, resolvedBy);
        !s.ok())
        return s;
    return transactions.setUnresolved(op.transactionId, false);
}

StoreStatus Reconciler::recordNotApplied(const TransactionRepository &transactions,
                                         const OperationJournal &journal, const Operation &op,
                                         const QDateTime &at, const QString &resolution,
                                         const QString &resolvedBy)
{
    if (const StoreStatus s = journal.settle(op.id, op.outcome, OperationOutcome::Declined, op.responseCode,
                                             op.responseMessage, at, resolution, resolvedBy);
        !s.ok())
        return s;
    return transactions.setUnresolved(op.transactionId, false);
}

void Reconciler::settle(const Operation &op, const ReconcileDecision &decision, const Evidence &evidence)
{
    const QDateTime &now = evidence.at;
    const QString who = QStringLiteral("reconciler");
    const StoreStatus status = m_database->withWriteTransaction([&]() -> StoreStatus {
        switch (decision.verdict) {
        case ReconcileDecision::Verdict::Applied:
            return recordApplied(*m_transactions, *m_journal, op, evidence.apsTotals, evidence.voided, now,
                                 decision.reason, who);
        case ReconcileDecision::Verdict::NotApplied:
            if (const StoreStatus s =
                    recordNotApplied(*m_transactions, *m_journal, op, now, decision.reason, who);
                !s.ok())
                return s;
            return m_journal->scheduleWatch(op.id, now.addSecs(m_config.watchInterval.count()));
        case ReconcileDecision::Verdict::ManualReview:
            return m_journal->settle(op.id, op.outcome, OperationOutcome::ManualReview, op.responseCode,
                                     op.responseMessage, now, decision.reason, who);
        case ReconcileDecision::Verdict::LateApplied:
        case ReconcileDecision::Verdict::StatusChecked:
            return StoreStatus::success();
        case ReconcileDecision::Verdict::Undecided:
        case ReconcileDecision::Verdict::Waiting:
        case ReconcileDecision::Verdict::Confirming: {
            qint64 delay =
                std::min<std::chrono::seconds>(m_config.firstRetry * (1LL << std::min(op.checkAttempts, 16)),
                                               m_config.maxRetry)
                    .count();
            if (evidence.sureAt.isValid()) {
                // Spread the checks still needed over what is left of the quiet window.
                delay = std::clamp<qint64>(now.secsTo(evidence.sureAt) / evidence.checksLeft, 1, delay);
            }
            return m_journal->postpone(op.id, op.outcome, now.addSecs(delay), decision.reason, evidence.quiet,
                                       now);
        }
        }
        return StoreStatus::success();
    });
    if (m_audit) {
        m_audit->append(
            who, QStringLiteral("reconcile"),
            status.ok() ? verdictToken(decision.verdict) : QStringLiteral("failed"), op.merchantReference,
            QStringLiteral("operation %1 (%2): %3")
                .arg(op.id)
                .arg(operationKindToken(op.kind), status.ok() ? decision.reason : status.message));
    }
    emit transactionChanged(op.transactionId);
}
