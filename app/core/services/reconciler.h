#pragma once

#include "domain/operation.h"
#include "store/storeresult.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <chrono>
#include <memory>

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
    };

    qint64 operationId = 0;
    QString merchantReference;
    OperationKind kind = OperationKind::Capture;
    Verdict verdict = Verdict::Undecided;
    QString reason; // English: what APS showed and how that decided it
};

QString verdictToken(ReconcileDecision::Verdict verdict); // "applied", "not_applied", ...

// Settles pending and unknown operations (ARCHITECTURE.md section 4, step 5) by CHECK_STATUS only, never by
// re-sending, and only after their lease, so it never races the desk that sent them:
// - applied when APS's totals equal the baseline plus the operation's amount (a refund is also looked up by
//   its maintenance_reference; a void when APS's last operation is a successful void);
// - not applied when the totals still equal the baseline and APS's last operation is not in progress, once
//   the quiet period after sending has passed;
// - otherwise checked again with back-off, and after `maxAttempts` moved to manual_review.
class Reconciler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reconciler)

public:
    struct Config
    {
        int maxAttempts = 8;
        std::chrono::seconds firstRetry = std::chrono::seconds(30);
        std::chrono::seconds maxRetry = std::chrono::minutes(30);
        // After sending, how long APS may take before "totals unchanged" means "not applied".
        std::chrono::seconds quietPeriod = std::chrono::seconds(0);
    };

    Reconciler(PaymentService *service, const Database *database, AuditLog *audit, QObject *parent = nullptr);
    Reconciler(PaymentService *service, const Database *database, AuditLog *audit, Config config,
               QObject *parent = nullptr);
    ~Reconciler() override;

    // Checks every operation that is due; emits finished() with one decision per unresolved pending/unknown
    // operation (including those still Waiting for their lease) when all answers are in.
    void reconcileNow();
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

private:
    void checkNext();
    void settle(const Operation &operation, const ReconcileDecision &decision, const ApsTotals &apsTotals,
                bool voided);

    PaymentService *m_service;
    const Database *m_database;
    AuditLog *m_audit;
    Config m_config;
    std::unique_ptr<OperationJournal> m_journal;
    std::unique_ptr<TransactionRepository> m_transactions;
    QList<Operation> m_queue;
    QList<ReconcileDecision> m_decisions;
    bool m_running = false;
};
