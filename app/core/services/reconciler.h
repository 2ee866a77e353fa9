#pragma once

#include "domain/operation.h"
#include "services/paymentservice.h"
#include "store/operationjournal.h"
#include "store/storeresult.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <chrono>
#include <memory>
#include <optional>

class AuditLog;
class Database;
class OperationJournal;
class PaymentService;
class TransactionRepository;

// What the reconciler did with one operation, and why.
struct ReconcileDecision
{
    enum class Verdict {
        Applied,      // APS shows it happened: settled succeeded, totals recorded
        NotApplied,   // APS shows it did not: settled declined
        Undecided,    // not clear yet: checked again later (back-off)
        ManualReview, // still not clear after the limit: a person must decide
        Waiting,      // its lease has not ended: the desk that sent it may still be recording the answer
        Confirming,   // APS still shows the baseline, but not for long enough yet: waiting to be sure
        LateApplied,  // settled as not applied earlier, APS shows it applied now: corrected, order flagged
        // Not an operation (operationId 0): an order flagged for a status check (an uncertain report row, a
        // disagreement) was checked; APS's totals merged, the flag cleared unless APS shows less than the
        // cache.
        StatusChecked,
    };

    qint64 operationId = 0;
    QString merchantReference;
    OperationKind kind = OperationKind::Capture;
    Verdict verdict = Verdict::Undecided;
    QString reason; // English: what APS showed and how that decided it
    Money amount;   // the operation's amount (a void: zero)
};

QString verdictToken(ReconcileDecision::Verdict verdict); // "applied", "not_applied", ...

// Settles pending and unknown operations (ARCHITECTURE.md section 4, step 5) by CHECK_STATUS only, never by
// re-sending, and only after their lease, so it never races the desk that sent them:
// - applied when APS's totals equal the baseline plus the operation's amount (a refund is also looked up by
//   its maintenance_reference; a void when APS's last operation is a successful void);
// - not applied only on a long silence: the totals still equal the baseline and APS shows nothing in
//   progress on at least `minQuietChecks` checks in a row, the last one a whole quiet window (the profile's
//   settle_quiet_minutes) after the first. A request APS applies late (a slow acquirer, a delayed packet) is
//   seen as applied during that window instead of being declared lost and repeated. Until then the verdict is
//   Confirming and the order stays locked. A check without a readable answer counts neither way: silence is
//   not evidence;
// - otherwise checked again with back-off, and once the operation has been undecided for the profile's
//   manual_review_minutes since it was sent, moved to manual_review for two people to settle.
class Reconciler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reconciler)

public:
    struct Config
    {
        // Back-off between checks of one operation: doubles from firstRetry up to maxRetry.
        std::chrono::seconds firstRetry = std::chrono::seconds(15);
        std::chrono::seconds maxRetry = std::chrono::minutes(2);
        // Checks in a row that must see the baseline before "not applied".
        int minQuietChecks = 3;
        // Unset: the profile's settle_quiet_minutes and manual_review_minutes.
        std::optional<std::chrono::seconds> quietWindow;
        std::optional<std::chrono::seconds> reviewAfter;
        // Operations settled as not applied are checked again this often, for this long after the verdict:
        // should APS show one applied after all, it is corrected (PaymentService::mergeStatus) and reported
        // as LateApplied.
        std::chrono::seconds watchInterval = std::chrono::minutes(10);
        std::chrono::seconds watchFor = std::chrono::hours(24);
        // Orders flagged for a status check that one pass checks, the longest untouched first. A background
        // pass takes only those untouched (not checked, not changed) for flaggedRestAfter: an order APS keeps
        // disagreeing about is asked about again at that pace, not on every pass.
        int flaggedPerPass = 100;
        std::chrono::seconds flaggedRestAfter = std::chrono::minutes(10);
    };

    Reconciler(PaymentService *service, const Database *database, AuditLog *audit, QObject *parent = nullptr);
    Reconciler(PaymentService *service, const Database *database, AuditLog *audit, Config config,
               QObject *parent = nullptr);
    ~Reconciler() override;

    // Checks every operation that is due; emits finished() with one decision per unresolved pending/unknown
    // operation (including those still Waiting for their lease), one per watched operation found applied
    // late, and one StatusChecked per flagged order checked (Config::flaggedPerPass), when all answers are
    // in.
    // `background`: the periodic pass (DeskServices), which leaves recently checked flagged orders alone.
    void reconcileNow(bool background = false);
    bool isRunning() const { return m_running; }

    // How an unresolved operation ends, shared by the reconciler and a person's confirmed resolution
    // (ManualReviewService). Both run inside the caller's Database::withWriteTransaction and settle the
    // operation compare-and-set from `operation.outcome` (Conflict when it was settled elsewhere).
    // recordApplied: the transaction's totals become at least the operation's expected totals and `apsTotals`
    // (minor units; never lowered), a void (or `voided`) marks it voided, the operation succeeds and the
    // unresolved flag is cleared. recordNotApplied: the operation is declined and the flag cleared.
    static StoreStatus recordApplied(const TransactionRepository &transactions,
                                     const OperationJournal &journal, const Operation &operation,
                                     const ApsTotals &apsTotals, bool voided, const QDateTime &at,
                                     const QString &resolution, const QString &resolvedBy);
    static StoreStatus recordNotApplied(const TransactionRepository &transactions,
                                        const OperationJournal &journal, const Operation &operation,
                                        const QDateTime &at, const QString &resolution,
                                        const QString &resolvedBy);

signals:
    void decided(const ReconcileDecision &decision);
    void finished(const QList<ReconcileDecision> &decisions);
    // The cached row of this transaction changed: an operation settled, totals corrected, a check recorded.
    void transactionChanged(qint64 transactionId);

public:
    // What one status check shows about an operation: shared by the reconciler's verdicts and the check a
    // person's confirmation in manual review must pass (ManualReviewService::confirm).
    struct Evidence
    {
        bool answered = false; // a verified, readable answer (or "no such refund" for a refund's lookup)
        bool applied = false;  // APS shows this very operation applied
        bool voided = false;
        ApsTotals apsTotals; // minor units; the baseline when APS did not answer
        // Seen: the totals still equal the baseline and nothing is in progress; Broken: anything else.
        OperationJournal::QuietCheck quiet = OperationJournal::QuietCheck::NoEvidence;
        QString seen; // English: what APS showed
        QDateTime at;
        QDateTime sureAt; // Confirming: when unchanged totals would prove "not applied"
        int checksLeft = 1;
    };
    static Evidence assess(const Operation &operation, const PaymentService::StatusAnswer &answer);

    // What a verdict depends on besides the operation and APS's answer: Config, with the profile's quiet
    // window and manual-review time filled in.
    struct Policy
    {
        int minQuietChecks = 3;
        std::chrono::seconds quietWindow{0};
        std::chrono::seconds reviewAfter{0};
    };
    struct Judgement
    {
        ReconcileDecision decision;
        Evidence evidence; // what the decision rests on; settle() schedules the next check from it
    };
    // The verdict on one pending/unknown operation, from the operation (with its quiet-check bookkeeping),
    // APS's answer, the time and the policy alone: no database, no network. Without an answer (null), an
    // operation that is not due (isDue) is Waiting, or Confirming between the checks of a quiet run; a due
    // one is judged as if APS had not answered.
    static Judgement judge(const Operation &operation, const PaymentService::StatusAnswer *answer,
                           const QDateTime &now, const Policy &policy);
    // Its lease is over and its next check is due: the reconciler asks APS about it now.
    static bool isDue(const Operation &operation, const QDateTime &now);
    // The LateApplied verdict, as pure as judge(): of the order's operations settled as not applied
    // (`notApplied`, oldest first), those that APS's totals above the cached row `tx` show applied after all,
    // newest first, each with outcome succeeded and the resolution that says so. PaymentService::mergeStatus
    // records them.
    static QList<Operation> appliedLate(const Transaction &tx, const ApsStatusReport &report,
                                        const QList<Operation> &notApplied, const QDateTime &now);

private:
    static void judgeQuietRun(const Operation &operation, const QDateTime &now, const Policy &policy,
                              Judgement &judgement);
    static ReconcileDecision waitingFor(const Operation &operation, const QDateTime &now);
    void checkNext();
    void watchNext();
    void checkFlaggedNext();
    ReconcileDecision checkFlagged(const Transaction &tx, const PaymentService::StatusAnswer &answer);
    void record(const ReconcileDecision &decision);
    void settle(const Operation &operation, const ReconcileDecision &decision, const Evidence &evidence);

    PaymentService *m_service;
    const Database *m_database;
    AuditLog *m_audit;
    Config m_config;
    std::unique_ptr<OperationJournal> m_journal;
    std::unique_ptr<TransactionRepository> m_transactions;
    Policy m_policy;
    QList<Operation> m_queue;
    QList<Operation> m_watch;
    QList<qint64> m_flagged;
    QList<ReconcileDecision> m_decisions;
    bool m_running = false;
};
