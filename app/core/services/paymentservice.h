#pragma once

#include "aps/apsclient.h"
#include "aps/apsoutcome.h"
#include "aps/apsstatusreport.h"
#include "domain/clock.h"
#include "domain/merchantprofile.h"
#include "domain/operation.h"
#include "domain/transaction.h"
#include "domain/transactionrules.h"
#include "services/secretsource.h"
#include "store/storeresult.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>

class AuditLog;
class Authorizer;
class Database;
class OperationJournal;
class ProfileRepository;
class RefundGate;
class TransactionRepository;

// What became of one request to PaymentService. paydeskctl maps it to its exit code, the window words it.
enum class PaymentStatus {
    Succeeded,        // APS applied it (or, for a status check, answered) and the cache shows it
    Declined,         // APS refused it; nothing moved
    Unknown,          // it may or may not have happened: journalled, left for the reconciler
    Refused,          // PayDesk refused before sending: a rule, a permission, a missing order
    AwaitingApproval, // a refund request was recorded instead of a refund (four eyes)
    Environment, // nothing was sent: database, credentials, a blocked profile, the network before sending
};

// Why PayDesk refused or could not send. None for Succeeded / Declined / Unknown.
enum class PaymentProblem {
    None,
    Rule,                // TransactionRules said no: see PaymentResult::decision
    OrderNotFound,       // not in the cache, or APS does not know it (12036)
    OperationInProgress, // another operation on the order has an unknown outcome (journal)
    ProfileBlocked,      // a signature/credential failure stopped money operations on this profile
    Credentials,         // the secrets are missing
    InvalidRequest,      // the request could not be built (e.g. a reference APS would refuse)
    Network,             // the baseline status check failed: nothing was journalled or sent
    Store,               // the database refused
    PermissionDenied,    // the user's role may not do this (Authorizer), or they approve their own request
    RequestClosed,       // the refund request is not awaiting any more (approved, rejected, expired, unknown)
    RepeatNotConfirmed,  // the same intent ended unknown or not applied a short while ago: confirm the repeat
    OrderChanged,        // the order kept changing under the status check, or APS shows less than the cache
};

QString paymentStatusToken(PaymentStatus status);    // "succeeded", "declined", "unknown", "refused", ...
QString paymentProblemToken(PaymentProblem problem); // "rule", "order_not_found", ...

struct PaymentResult
{
    PaymentStatus status = PaymentStatus::Environment;
    PaymentProblem problem = PaymentProblem::None;
    TransactionRules::Action action = TransactionRules::Action::CheckStatus;
    QString merchantReference;
    Money amount;                        // what was asked (captures and refunds)
    TransactionRules::Decision decision; // when problem == Rule
    qint64 operationId = 0;              // the journal entry, when one was written
    qint64 refundRequestId = 0;          // the request recorded (AwaitingApproval) or approved
    QString responseCode;                // APS's answer, when there was one
    QString responseMessage;
    ApsTransportError transportError = ApsTransportError::None;
    QString detail;                         // English, for the CLI and logs; never contains secrets
    std::optional<Transaction> transaction; // the cache's row after the request
    // Operations found applied by APS after they had been settled as not applied (corrected to succeeded,
    // the order flagged late_applied): a person must look at the order.
    QList<Operation> lateApplied;

    bool ok() const { return status == PaymentStatus::Succeeded; }
};

// One request in flight. Emits finished() exactly once, then deletes itself later.
class PaymentJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentJob)

public:
    explicit PaymentJob(QObject *parent)
        : QObject(parent)
    {}

signals:
    void finished(const PaymentResult &result);

private:
    friend class PaymentService;
    void finish(const PaymentResult &result);
    bool m_finished = false;
};

// The one place that moves money. Capture, void and refund follow the operation-journal protocol of
// ARCHITECTURE.md section 4:
//   1. CHECK_STATUS first; APS's totals are the baseline and refresh the cached row (never lowering it);
//   2. in one BEGIN IMMEDIATE transaction: re-read the row, check TransactionRules, journal the operation
//      (pending, owner, lease, baseline), set the unresolved flag, audit;
//   3. send the signed request exactly once (ApsClient);
//   4. a verified success or decline is recorded compare-and-set; anything else stays unknown for the
//      Reconciler, which alone settles it, by CHECK_STATUS.
// Every attempt, refused or not, is audited. A signature or credential failure blocks the profile.
// Methods return at once; the job reports the result. Not thread-safe: use it from one thread.
class PaymentService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentService)

public:
    struct Dependencies
    {
        const Database *database = nullptr;
        ApsClient *client = nullptr;
        const SecretSource *secrets = nullptr;
        AuditLog *audit = nullptr;
        QString profileName = QStringLiteral("default");
        QString owner; // this desk/process, e.g. "host:pid"; generated when empty
        Clock clock;   // QDateTime::currentDateTimeUtc when empty
        // Who may do what, asked before anything else (refusals: Refused + PermissionDenied, audited). Null
        // while no users are configured: the bootstrap rule of README.md.
        const Authorizer *authorizer = nullptr;
        // Refunds at or above the profile's approval threshold become requests (AwaitingApproval) instead of
        // being sent. Null sends every refund at once (no users configured).
        const RefundGate *refundGate = nullptr;
    };

    explicit PaymentService(Dependencies dependencies, QObject *parent = nullptr);
    ~PaymentService() override;

    // The profile as stored now (settings may change between requests).
    StoreResult<MerchantProfile> profile() const;
    TransactionRules rules() const;

    // A capture or refund of the same amount on the same order within this window after an attempt whose
    // outcome was unknown (settled later by the reconciler or a person, or found not applied) is a repeat of
    // that intent: refused (RepeatNotConfirmed) unless `Repeat::Confirmed`. A refund repeating one found not
    // applied reuses its maintenance_reference, so APS can never apply both.
    static constexpr std::chrono::hours RepeatWindow{24};
    enum class Repeat { NotConfirmed, Confirmed };

    PaymentJob *capture(const QString &merchantReference, const Money &amount, const QString &userName,
                        Repeat repeat = Repeat::NotConfirmed);
    // Captures whatever is left to capture, as APS's baseline says.
    PaymentJob *captureRemaining(const QString &merchantReference, const QString &userName,
                                 Repeat repeat = Repeat::NotConfirmed);
    PaymentJob *voidAuthorization(const QString &merchantReference, const QString &userName);
    PaymentJob *refund(const QString &merchantReference, const Money &amount, const QString &reason,
                       const QString &userName, Repeat repeat = Repeat::NotConfirmed);
    // Sends the refund of awaiting request `refundRequestId` on behalf of `approverName` (permission
    // ApproveRefund). In the write transaction that journals the refund, RefundGate re-validates the request
    // on the fresh row (awaiting, not expired, the approver is not the requester: PermissionDenied), marks it
    // approved and releases its reservation; a refusal changes nothing.
    PaymentJob *refundApproved(qint64 refundRequestId, const QString &approverName);
    // CHECK_STATUS and refresh the cached row (never lowering journalled totals; a row with an unresolved
    // operation is left alone and flagged instead).
    PaymentJob *checkStatus(const QString &merchantReference, const QString &userName);

    // Whether a refund of `amount` on `tx` would become a request waiting for a second person now
    // (RefundGate::needsApproval), so that a window can say so before the clerk confirms; false without a
    // gate. The decision is taken again, on the fresh row, when the refund is asked for.
    StoreResult<bool> refundNeedsApproval(const Transaction &tx, const Money &amount) const;
    // Whether the profile's credentials of `set` are configured; `problem` says which are missing (names,
    // never values). Money actions without them are refused before anything is sent.
    bool hasCredentials(CredentialSet set, QString *problem = nullptr) const;

    // How long the desk that sent an operation owns it before the reconciler may settle it.
    std::chrono::milliseconds leaseFor(const MerchantProfile &profile) const;
    QDateTime now() const { return nowUtc(m_deps.clock); }

    // Shared with the Reconciler: one CHECK_STATUS exchange for a transaction, with the profile's
    // credentials.
    struct StatusAnswer
    {
        bool ok = false; // a verified 12000 with a readable report
        ApsReply reply;
        ApsOutcome outcome;
        std::optional<ApsStatusReport> report;
        bool orderNotFound = false;
        QString detail;
    };
    void queryStatus(const Transaction &tx, const QString &maintenanceReference,
                     std::function<void(const StatusAnswer &)> done);

    // Merges APS's totals into the cached row inside the caller's write transaction: raises totals, records a
    // void, never lowers a total (a lower APS figure sets needs_status_check instead), and leaves a row with
    // an unresolved operation untouched unless `force` (the reconciler settling that very operation).
    // Totals above what the journal explains, where the journal holds operations settled as not applied, are
    // those operations applied late: each one that fits is corrected to succeeded (audited as late_applied,
    // with what APS showed), the order is flagged late_applied, and the operations are added to `late`.
    StoreStatus mergeStatus(Transaction &tx, const ApsStatusReport &report, bool force,
                            QList<Operation> *late = nullptr) const;

signals:
    // The cached row of this transaction changed (totals, flags, a new operation in its timeline).
    void transactionChanged(qint64 transactionId);
    // An operation was journalled (started) or settled; for live timelines and status bars.
    void operationStarted(const Operation &operation);
    void operationSettled(const Operation &operation);

private:
    struct Request;
    struct Refusal;
    class Journalling; // step 2, the write transaction
    PaymentJob *start(Request request);

    // The protocol, step by step (ARCHITECTURE.md section 4).
    // Before anything is asked of APS: permission, the request itself, the order, the profile, credentials.
    void checkPreconditions(const std::shared_ptr<Request> &request);
    std::optional<Refusal> refusalOfRequest(const Request &request) const;
    std::optional<Refusal> refusalOfOrder(Request &request, PaymentResult &result) const;
    // 1. Baseline: CHECK_STATUS, answered in afterBaseline, which runs step 2 (Journalling) and sends.
    void askBaseline(const std::shared_ptr<Request> &request);
    void afterBaseline(const std::shared_ptr<Request> &request, const StatusAnswer &answer);
    static Refusal baselineRefusal(const Request &request, const StatusAnswer &answer);
    // 3. Send the signed request exactly once.
    void send(const std::shared_ptr<Request> &request, const ApsMessage &signedRequest);
    // 4. Record APS's answer: verified success or decline compare-and-set, anything else unknown.
    void afterSend(const std::shared_ptr<Request> &request, const ApsReply &reply);
    ApsOutcome readAnswer(OperationKind kind, const ApsReply &reply, PaymentResult &result) const;
    StoreStatus recordAnswer(Request &request, const ApsOutcome &outcome, const QDateTime &at,
                             PaymentResult &result) const;
    StoreStatus recordVerifiedAnswer(Transaction tx, Operation &op, const ApsOutcome &outcome,
                                     const QDateTime &at) const;

    StoreStatus correctLateApplied(Transaction &tx, const ApsStatusReport &report,
                                   QList<Operation> *late) const;
    // A refusal: `result` says why and the audit records it (returns the audit's status); refuse() also
    // finishes the job.
    StoreStatus noteRefusal(const Request &request, PaymentResult &result, const Refusal &refusal,
                            const QString &merchantReference) const;
    void refuse(const std::shared_ptr<Request> &request, PaymentResult result, const Refusal &refusal);
    void finish(const std::shared_ptr<Request> &request, PaymentResult result);
    StoreStatus audit(const QString &userName, const QString &action, const QString &outcome,
                      const QString &merchantReference, const QString &details) const;
    void blockProfile(const QString &reason) const;
    std::optional<ApsCredentials> credentialsFor(const Transaction &tx, QString *problem) const;

    Dependencies m_deps;
    std::unique_ptr<TransactionRepository> m_transactions;
    std::unique_ptr<OperationJournal> m_journal;
    std::unique_ptr<ProfileRepository> m_profiles;
};
