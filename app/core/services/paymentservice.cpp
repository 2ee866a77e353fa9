#include "paymentservice.h"

#include "aps/apsrequestbuilder.h"
#include "domain/cardnumber.h"
#include "domain/tokentable.h"
#include "services/authorizer.h"
#include "services/reconciler.h"
#include "services/refundgate.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/operationjournal.h"
#include "store/profilerepository.h"
#include "store/refundrequestrepository.h"
#include "store/transactionrepository.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <csignal>
#include <cstdlib>

namespace {

constexpr TokenTable<PaymentStatus, 6> statusTokens{{
    {PaymentStatus::Succeeded, "succeeded"},
    {PaymentStatus::Declined, "declined"},
    {PaymentStatus::Unknown, "unknown"},
    {PaymentStatus::Refused, "refused"},
    {PaymentStatus::AwaitingApproval, "awaiting_approval"},
    {PaymentStatus::Environment, "environment"},
}};

constexpr TokenTable<PaymentProblem, 13> problemTokens{{
    {PaymentProblem::None, "none"},
    {PaymentProblem::Rule, "rule"},
    {PaymentProblem::OrderNotFound, "order_not_found"},
    {PaymentProblem::OperationInProgress, "operation_in_progress"},
    {PaymentProblem::ProfileBlocked, "profile_blocked"},
    {PaymentProblem::Credentials, "credentials"},
    {PaymentProblem::InvalidRequest, "invalid_request"},
    {PaymentProblem::Network, "network"},
    {PaymentProblem::Store, "store"},
    {PaymentProblem::PermissionDenied, "permission_denied"},
    {PaymentProblem::RequestClosed, "request_closed"},
    {PaymentProblem::RepeatNotConfirmed, "repeat_not_confirmed"},
    {PaymentProblem::OrderChanged, "order_changed"},
}};

// How often a money request takes a fresh baseline when the row turned out to be ahead of APS's answer.
constexpr int MaxBaselineAttempts = 3;

// The row holds more than APS's answer: another desk's operation was recorded after APS was asked, or APS
// shows less than the cache. Such an answer is no baseline to journal.
bool isAheadOf(const Transaction &tx, const ApsStatusReport &report)
{
    return tx.captured > report.totals.captured || tx.refunded > report.totals.refunded ||
           (tx.voided && report.transactionStatus != QLatin1String("08"));
}

QString describeOperation(const Operation &op)
{
    QString text = QStringLiteral("%1 operation %2").arg(operationKindToken(op.kind)).arg(op.id);
    if (op.kind != OperationKind::Void)
        text += QLatin1Char(' ') + op.money().toPlainString() + QLatin1Char(' ') + op.currency.code();
    return text;
}

OperationKind kindFor(TransactionRules::Action action)
{
    switch (action) {
    case TransactionRules::Action::Void:
        return OperationKind::Void;
    case TransactionRules::Action::Refund:
        return OperationKind::Refund;
    default:
        return OperationKind::Capture;
    }
}

Permission permissionFor(TransactionRules::Action action, bool approvingRequest)
{
    switch (action) {
    case TransactionRules::Action::Capture:
        return Permission::Capture;
    case TransactionRules::Action::Void:
        return Permission::Void;
    case TransactionRules::Action::Refund:
        return approvingRequest ? Permission::ApproveRefund : Permission::RequestRefund;
    case TransactionRules::Action::CheckStatus:
        break;
    }
    return Permission::CheckStatus;
}

QString defaultOwner()
{
    return QHostInfo::localHostName() + QLatin1Char(':') +
           QString::number(QCoreApplication::applicationPid()) + QLatin1Char(':') +
           QString::number(QRandomGenerator::system()->generate(), 16);
}

} // namespace

QString paymentStatusToken(PaymentStatus status)
{
    return tokenOf(statusTokens, status);
}

QString paymentProblemToken(PaymentProblem problem)
{
    return tokenOf(problemTokens, problem);
}

void PaymentJob::finish(const PaymentResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
    deleteLater();
}

struct PaymentService::Request
{
    TransactionRules::Action action = TransactionRules::Action::CheckStatus;
    QString reference;
    Money amount;
    bool remaining = false;
    QString reason;
    QString userName;
    PaymentService::Repeat repeat = PaymentService::Repeat::NotConfirmed;
    qint64 refundRequestId = 0;   // refundApproved()
    int baselineAttempts = 0;     // fresh baselines taken because the row was ahead of the previous one
    qint64 seenRowVersion = 0;    // the row's version when the last baseline was asked for
    QList<Operation> lateApplied; // found by the baseline: operations APS applied after a not-applied verdict
    QPointer<PaymentJob> job;
    MerchantProfile profile;
    Transaction transaction;
    ApsCredentials credentials;
    Operation operation;

    // A request for `action` on the order `reference`, asked by `userName`; the rest is the caller's.
    static Request of(TransactionRules::Action action, const QString &reference, const QString &userName,
                      PaymentService::Repeat repeat = PaymentService::Repeat::NotConfirmed)
    {
        Request request;
        request.action = action;
        request.reference = reference;
        request.userName = userName;
        request.repeat = repeat;
        return request;
    }

    // What every answer about this request starts from.
    PaymentResult newResult() const
    {
        PaymentResult result;
        result.action = action;
        result.merchantReference = reference;
        result.amount = amount;
        return result;
    }
};

// Why PayDesk refuses a request (or cannot send it): what PaymentResult says and the audit entry records.
struct PaymentService::Refusal
{
    PaymentStatus status = PaymentStatus::Refused;
    PaymentProblem problem = PaymentProblem::None;
    QString detail;
};

PaymentService::PaymentService(Dependencies dependencies, QObject *parent)
    : QObject(parent)
    , m_deps(std::move(dependencies))
{
    Q_ASSERT(m_deps.database && m_deps.client && m_deps.secrets);
    if (m_deps.owner.isEmpty())
        m_deps.owner = defaultOwner();
    m_profiles = std::make_unique<ProfileRepository>(*m_deps.database);
    m_journal = std::make_unique<OperationJournal>(*m_deps.database);
    m_transactions = std::make_unique<TransactionRepository>(*m_deps.database, rules());
}

PaymentService::~PaymentService() = default;

StoreResult<MerchantProfile> PaymentService::profile() const
{
    return m_profiles->loadOrDefault(m_deps.profileName);
}

TransactionRules PaymentService::rules() const
{
    const auto stored = profile();
    return stored.ok() ? TransactionRules(stored->rulesConfig()) : TransactionRules();
}

std::chrono::milliseconds PaymentService::leaseFor(const MerchantProfile &profile) const
{
    // The request's own deadline plus a margin for recording the answer: until then the sending desk is still
    // working on it and the reconciler keeps away.
    return std::chrono::seconds(profile.timeoutSeconds) + std::chrono::seconds(5);
}

PaymentJob *PaymentService::capture(const QString &merchantReference, const Money &amount,
                                    const QString &userName, Repeat repeat)
{
    Request request = Request::of(TransactionRules::Action::Capture, merchantReference, userName, repeat);
    request.amount = amount;
    return start(std::move(request));
}

PaymentJob *PaymentService::captureRemaining(const QString &merchantReference, const QString &userName,
                                             Repeat repeat)
{
    Request request = Request::of(TransactionRules::Action::Capture, merchantReference, userName, repeat);
    request.remaining = true;
    return start(std::move(request));
}

PaymentJob *PaymentService::voidAuthorization(const QString &merchantReference, const QString &userName)
{
    return start(Request::of(TransactionRules::Action::Void, merchantReference, userName));
}

PaymentJob *PaymentService::refund(const QString &merchantReference, const Money &amount,
                                   const QString &reason, const QString &userName, Repeat repeat)
{
    Request request = Request::of(TransactionRules::Action::Refund, merchantReference, userName, repeat);
    request.amount = amount;
    request.reason = reason;
    return start(std::move(request));
}

PaymentJob *PaymentService::refundApproved(qint64 refundRequestId, const QString &approverName)
{
    // The order, amount and reason are the request's, as it was stored.
    Request request = Request::of(TransactionRules::Action::Refund, QString(), approverName);
    request.refundRequestId = refundRequestId;
    if (m_deps.refundGate) {
        if (const auto found = m_deps.refundGate->requests().find(refundRequestId); found.ok()) {
            request.reference = found->merchantReference;
            request.amount = found->money();
            request.reason = found->reason;
        }
    }
    return start(std::move(request));
}

PaymentJob *PaymentService::checkStatus(const QString &merchantReference, const QString &userName)
{
    return start(Request::of(TransactionRules::Action::CheckStatus, merchantReference, userName));
}

PaymentJob *PaymentService::start(Request plain)
{
    auto *job = new PaymentJob(this);
    plain.job = job;
    auto request = std::make_shared<Request>(std::move(plain));
    // Queued, so that the caller connects to finished() before anything can be reported.
    QMetaObject::invokeMethod(
        this, [this, request] { checkPreconditions(request); }, Qt::QueuedConnection);
    return job;
}

void PaymentService::checkPreconditions(const std::shared_ptr<Request> &request)
{
    PaymentResult result = request->newResult();
    result.refundRequestId = request->refundRequestId;
    if (const std::optional<Refusal> refused = refusalOfRequest(*request))
        return refuse(request, result, *refused);
    auto stored = profile();
    if (!stored.ok()) {
        result.problem = PaymentProblem::Store;
        result.detail = stored.message;
        return finish(request, result);
    }
    request->profile = *stored;
    if (const std::optional<Refusal> refused = refusalOfOrder(*request, result))
        return refuse(request, result, *refused);
    askBaseline(request);
}

std::optional<PaymentService::Refusal> PaymentService::refusalOfRequest(const Request &request) const
{
    if (m_deps.authorizer) {
        const AuthorizationDecision allowed = m_deps.authorizer->authorize(
            request.userName, permissionFor(request.action, request.refundRequestId != 0));
        if (!allowed.allowed)
            return Refusal{PaymentStatus::Refused, PaymentProblem::PermissionDenied, allowed.reason};
    }
    if (containsCardNumber(request.reason)) {
        // Never stored, logged or echoed: PayDesk keeps masked card numbers only.
        return Refusal{
            PaymentStatus::Refused, PaymentProblem::InvalidRequest,
            QStringLiteral("the reason contains what looks like a card number; PayDesk never stores "
                           "card numbers: describe the refund without it")};
    }
    if (request.refundRequestId != 0 && request.reference.isEmpty()) {
        return Refusal{PaymentStatus::Refused, PaymentProblem::RequestClosed,
                       QStringLiteral("no refund request %1").arg(request.refundRequestId)};
    }
    return std::nullopt;
}

std::optional<PaymentService::Refusal> PaymentService::refusalOfOrder(Request &request,
                                                                      PaymentResult &result) const
{
    auto found = m_transactions->findByReference(m_deps.database->merchantIdentifier(), request.reference);
    if (!found.ok()) {
        if (found.error != StoreError::NotFound)
            return Refusal{PaymentStatus::Environment, PaymentProblem::Store, found.message};
        return Refusal{PaymentStatus::Refused, PaymentProblem::OrderNotFound,
                       QStringLiteral("order %1 is not in the cache").arg(request.reference)};
    }
    request.transaction = *found;
    const bool movesMoney = request.action != TransactionRules::Action::CheckStatus;
    if (movesMoney && request.profile.isMoneyBlocked()) {
        return Refusal{PaymentStatus::Environment, PaymentProblem::ProfileBlocked,
                       QStringLiteral("money operations on profile %1 are stopped: %2")
                           .arg(request.profile.name, request.profile.moneyBlockedReason)};
    }
    if (movesMoney && request.transaction.unresolved) {
        // The journal holds the row: no status check can change that answer.
        result.decision = rules().check(request.action, request.transaction, now());
        result.transaction = request.transaction;
        return Refusal{PaymentStatus::Refused, PaymentProblem::Rule,
                       TransactionRules::describe(result.decision, request.transaction)};
    }
    QString problem;
    const auto credentials = credentialsFor(request.transaction, &problem);
    if (!credentials)
        return Refusal{PaymentStatus::Environment, PaymentProblem::Credentials, problem};
    request.credentials = *credentials;
    return std::nullopt;
}

void PaymentService::askBaseline(const std::shared_ptr<Request> &request)
{
    request->seenRowVersion = request->transaction.rowVersion;
    queryStatus(request->transaction, QString(),
                [this, request](const StatusAnswer &answer) { afterBaseline(request, answer); });
}

StoreResult<bool> PaymentService::refundNeedsApproval(const Transaction &tx, const Money &amount) const
{
    if (!m_deps.refundGate)
        return false;
    return m_deps.refundGate->needsApproval(tx, amount, now());
}

bool PaymentService::hasCredentials(CredentialSet set, QString *problem) const
{
    QString missing;
    const auto credentials = m_deps.secrets->credentials(m_deps.profileName, set, &missing);
    if (credentials && credentials->isComplete())
        return true;
    if (problem)
        *problem = missing;
    return false;
}

std::optional<ApsCredentials> PaymentService::credentialsFor(const Transaction &tx, QString *problem) const
{
    const CredentialSet set = credentialSetFor(tx);
    QString missing;
    auto credentials = m_deps.secrets->credentials(m_deps.profileName, set, &missing);
    if (!credentials || !credentials->isComplete()) {
        if (problem) {
            *problem = QStringLiteral("the %1 credentials of profile %2 are not available (%3)")
                           .arg(credentialSetName(set), m_deps.profileName, missing);
        }
        return std::nullopt;
    }
    return credentials;
}

void PaymentService::queryStatus(const Transaction &tx, const QString &maintenanceReference,
                                 std::function<void(const StatusAnswer &)> done)
{
    StatusAnswer failed;
    const auto stored = profile();
    if (!stored.ok()) {
        failed.detail = stored.message;
        return done(failed);
    }
    const auto credentials = credentialsFor(tx, &failed.detail);
    if (!credentials)
        return done(failed);
    const ApsRequestBuilder builder(stored->merchantIdentifier, credentials->accessCode,
                                    credentials->requestPhrase, stored->shaType, stored->language);
    const ApsRequestResult request =
        builder.checkStatus(tx.merchantReference, tx.fortId, maintenanceReference);
    if (!request.ok()) {
        failed.detail = request.describe();
        return done(failed);
    }
    ApsCall *call = m_deps.client->post(stored->endpoint, *request.message, credentials->responsePhrase,
                                        stored->shaType, std::chrono::seconds(stored->timeoutSeconds));
    connect(call, &ApsCall::finished, this, [this, done = std::move(done)](const ApsReply &reply) {
        StatusAnswer answer;
        answer.reply = reply;
        if (!reply.ok()) {
            answer.detail = QStringLiteral("status check failed: %1 (%2)")
                                .arg(transportErrorToken(reply.error), reply.detail);
            if (reply.error == ApsTransportError::BadSignature)
                blockProfile(QStringLiteral("a status answer did not verify with the response phrase"));
            return done(answer);
        }
        answer.outcome = classifyResponse(ApsCommand::CheckStatus, reply.response);
        answer.orderNotFound = answer.outcome.orderNotFound;
        if (answer.outcome.credentialFailure) {
            blockProfile(QStringLiteral("APS answered %1 (%2)")
                             .arg(answer.outcome.responseCode, answer.outcome.responseMessage));
        }
        if (answer.outcome.kind != ApsOutcome::Kind::Success) {
            answer.detail = QStringLiteral("status check answered %1 %2")
                                .arg(answer.outcome.responseCode, answer.outcome.responseMessage);
            return done(answer);
        }
        const ApsStatusReportResult report = readStatusReport(reply.response);
        if (!report.ok()) {
            answer.detail = QStringLiteral("unreadable status answer: ") + report.describe();
            return done(answer);
        }
        answer.ok = true;
        answer.report = report.report;
        done(answer);
    });
}

StoreStatus PaymentService::correctLateApplied(Transaction &tx, const ApsStatusReport &report,
                                               QList<Operation> *late) const
{
    // Nothing above the row, no void: no verdict to look at, and no need to read the journal.
    if (report.totals.captured <= tx.captured && report.totals.refunded <= tx.refunded &&
        report.transactionStatus != QLatin1String("08"))
        return StoreStatus::success();
    const auto verdicts = m_journal->notAppliedVerdicts(tx.id);
    if (!verdicts.ok())
        return verdicts.status();
    const QList<Operation> corrected = Reconciler::appliedLate(tx, report, *verdicts, now());
    for (const Operation &op : corrected) {
        if (const StoreStatus s =
                m_journal->settle(op.id, OperationOutcome::Declined, OperationOutcome::Succeeded,
                                  op.responseCode, op.responseMessage, now(), op.resolution, op.resolvedBy);
            !s.ok())
            return s;
        if (const StoreStatus s =
                audit(QStringLiteral("system"), QStringLiteral("late_applied"), QStringLiteral("corrected"),
                      tx.merchantReference, describeOperation(op) + QStringLiteral(": ") + op.resolution);
            !s.ok())
            return s;
        if (late)
            late->append(op);
    }
    if (corrected.isEmpty())
        return StoreStatus::success();
    if (const StoreStatus s = m_transactions->setLateApplied(tx.id); !s.ok())
        return s;
    auto reread = m_transactions->findById(tx.id);
    if (!reread.ok())
        return reread.status();
    tx = *reread;
    return StoreStatus::success();
}

StoreStatus PaymentService::mergeStatus(Transaction &tx, const ApsStatusReport &report, bool force,
                                        QList<Operation> *late) const
{
    if (!tx.unresolved || force) {
        if (const StoreStatus s = correctLateApplied(tx, report, late); !s.ok())
            return s;
    }
    Transaction merged = tx;
    const ApsTotals &aps = report.totals;
    // A declined authorization or purchase has nothing of PayDesk's to protect (the rules allow no operation
    // on it): a lower authorized figure from APS corrects it, the old figure kept as the attempted amount. A
    // higher one is a disagreement for a person, not a reason to call a declined order authorized.
    const bool declinedOrigin = tx.failed && tx.captured == 0 && tx.refunded == 0;
    const bool lower = (declinedOrigin ? aps.authorized > tx.authorized : aps.authorized < tx.authorized) ||
                       aps.captured < tx.captured || aps.refunded < tx.refunded;
    merged.authorized =
        declinedOrigin ? std::min(tx.authorized, aps.authorized) : std::max(tx.authorized, aps.authorized);
    if (merged.authorized < tx.authorized)
        merged.attempted = std::max(tx.attempted, tx.authorized);
    merged.captured = std::max(tx.captured, aps.captured);
    merged.refunded = std::max(tx.refunded, aps.refunded);
    if (report.transactionStatus == QLatin1String("08"))
        merged.voided = true;
    if (!report.transactionCode.isEmpty()) {
        merged.lastResponseCode = report.transactionCode;
        merged.lastResponseMessage = report.transactionMessage;
    }
    const bool changed = merged.authorized != tx.authorized || merged.attempted != tx.attempted ||
                         merged.captured != tx.captured || merged.refunded != tx.refunded ||
                         merged.voided != tx.voided || merged.lastResponseCode != tx.lastResponseCode;
    if (tx.unresolved && !force) {
        // The journal owns this row until its operation is settled; only say that APS sees it differently.
        if (changed || lower)
            return m_transactions->setNeedsStatusCheck(tx.id, true);
        return StoreStatus::success();
    }
    if (changed) {
        if (const StoreStatus status = m_transactions->updateTotals(merged); !status.ok())
            return status;
        tx = merged;
    }
    // APS showing less than the journal wrote is a disagreement for a person to look at, never a reason to
    // lower what was recorded.
    return m_transactions->setNeedsStatusCheck(tx.id, lower);
}

// Step 2 of the protocol, inside one write transaction: re-read the row, make sure the baseline is not older
// than it, check the rules and the repeat window, build the signed request, hold a refund for approval or
// journal the operation. Each step may end the transaction early (a refusal, a status check's answer, a fresh
// baseline needed); a failed step rolls it back.
class PaymentService::Journalling final
{
public:
    Journalling(PaymentService &service, std::shared_ptr<Request> request, const ApsStatusReport &report,
                PaymentResult result)
        : m_service(service)
        , m_request(std::move(request))
        , m_report(report)
        , m_result(std::move(result))
        , m_at(service.now())
        , m_rules(m_request->profile.rulesConfig())
        , m_actionName(actionToken(m_request->action))
        , m_movesMoney(m_request->action != TransactionRules::Action::CheckStatus)
    {}

    StoreStatus run();

    bool needsFreshBaseline() const { return m_freshBaseline; }
    const PaymentResult &result() const { return m_result; }
    const ApsMessage &signedRequest() const { return *m_signed->message; }

private:
    StoreStatus checkBaselineIsCurrent();
    StoreStatus refuseChangedOrder(bool rowMoved);
    StoreStatus mergeBaseline();
    StoreStatus answerStatusCheck();
    StoreStatus checkApproval();
    StoreStatus checkRules();
    StoreStatus checkRepeat();
    StoreStatus prepareOperation();
    StoreStatus buildSignedRequest();
    StoreStatus holdForApproval();
    StoreStatus holdRefund();
    StoreStatus writeJournalEntry();

    // Records the refusal in the result, audits it and ends the transaction; returns the audit's status.
    StoreStatus refuse(PaymentStatus status, PaymentProblem problem, const QString &detail);
    StoreStatus done(); // ends the transaction here, committing what was written

    PaymentService &m_service;
    std::shared_ptr<Request> m_request;
    const ApsStatusReport &m_report;
    PaymentResult m_result;
    const QDateTime m_at;
    const TransactionRules m_rules;
    const QString m_actionName;
    const bool m_movesMoney;
    Transaction m_tx;    // the row as read in this transaction
    Transaction m_ruled; // what the rules see: the row without an approved request's own reservation
    std::optional<RefundRequest> m_approved;
    std::optional<Operation> m_previous; // the last attempt of the same intent within RepeatWindow
    std::optional<ApsRequestResult> m_signed;
    bool m_freshBaseline = false;
    bool m_done = false;
};

StoreStatus PaymentService::Journalling::refuse(PaymentStatus status, PaymentProblem problem,
                                                const QString &detail)
{
    m_done = true;
    return m_service.noteRefusal(*m_request, m_result, {status, problem, detail}, m_tx.merchantReference);
}

StoreStatus PaymentService::Journalling::done()
{
    m_done = true;
    return StoreStatus::success();
}

StoreStatus PaymentService::Journalling::run()
{
    auto fresh = m_service.m_transactions->lockById(m_request->transaction.id);
    if (!fresh.ok())
        return fresh.status();
    m_tx = *fresh;
    using Step = StoreStatus (Journalling::*)();
    for (const Step step :
         {&Journalling::checkBaselineIsCurrent, &Journalling::mergeBaseline, &Journalling::answerStatusCheck,
          &Journalling::checkApproval, &Journalling::checkRules, &Journalling::checkRepeat,
          &Journalling::prepareOperation, &Journalling::buildSignedRequest, &Journalling::holdForApproval,
          &Journalling::writeJournalEntry}) {
        if (const StoreStatus status = (this->*step)(); !status.ok() || m_done)
            return status;
    }
    return StoreStatus::success();
}

StoreStatus PaymentService::Journalling::checkBaselineIsCurrent()
{
    if (!m_movesMoney || !isAheadOf(m_tx, m_report))
        return StoreStatus::success();
    // Never journal a baseline older than the row: ask APS again, a bounded number of times.
    const bool rowMoved = m_tx.rowVersion != m_request->seenRowVersion;
    m_request->seenRowVersion = m_tx.rowVersion;
    m_request->transaction = m_tx;
    if (m_request->baselineAttempts + 1 < MaxBaselineAttempts) {
        m_freshBaseline = true;
        return done();
    }
    return refuseChangedOrder(rowMoved);
}

StoreStatus PaymentService::Journalling::refuseChangedOrder(bool rowMoved)
{
    m_result.transaction = m_tx;
    const QString apsSide =
        QStringLiteral("APS shows captured %1, refunded %2; the cache shows captured %3, refunded %4")
            .arg(Money::fromMinor(m_report.totals.captured, m_tx.currency).toPlainString(),
                 Money::fromMinor(m_report.totals.refunded, m_tx.currency).toPlainString(),
                 Money::fromMinor(m_tx.captured, m_tx.currency).toPlainString(),
                 Money::fromMinor(m_tx.refunded, m_tx.currency).toPlainString());
    if (rowMoved) {
        return refuse(PaymentStatus::Refused, PaymentProblem::OrderChanged,
                      QStringLiteral("another desk just changed order %1 (%2); nothing was sent: look at the "
                                     "order and try again")
                          .arg(m_tx.merchantReference, apsSide));
    }
    m_done = true;
    if (const StoreStatus s = m_service.m_transactions->setNeedsStatusCheck(m_tx.id, true); !s.ok())
        return s;
    return refuse(PaymentStatus::Refused, PaymentProblem::OrderChanged,
                  QStringLiteral("APS shows less than the cache for order %1 (%2); nothing was sent, and the "
                                 "order is flagged for a status check")
                      .arg(m_tx.merchantReference, apsSide));
}

StoreStatus PaymentService::Journalling::mergeBaseline()
{
    if (const StoreStatus merged = m_service.mergeStatus(m_tx, m_report, false, &m_result.lateApplied);
        !merged.ok())
        return merged;
    if (auto reread = m_service.m_transactions->findById(m_tx.id); reread.ok())
        m_tx = *reread;
    m_request->transaction = m_tx;
    m_result.transaction = m_tx;
    if (!m_movesMoney || m_result.lateApplied.isEmpty())
        return StoreStatus::success();
    // The clerk decided on a picture of the order that APS has just proved wrong.
    return refuse(PaymentStatus::Refused, PaymentProblem::OrderChanged,
                  QStringLiteral("nothing was sent now: look at order %1 and try again if the %2 is still "
                                 "needed")
                      .arg(m_tx.merchantReference, m_actionName));
}

StoreStatus PaymentService::Journalling::answerStatusCheck()
{
    if (m_movesMoney)
        return StoreStatus::success();
    m_result.status = PaymentStatus::Succeeded;
    m_result.detail = QStringLiteral("APS: last operation %1 %2; authorized %3, captured %4, refunded %5")
                          .arg(m_report.transactionCode, m_report.transactionMessage,
                               Money::fromMinor(m_report.totals.authorized, m_tx.currency).toPlainString(),
                               Money::fromMinor(m_report.totals.captured, m_tx.currency).toPlainString(),
                               Money::fromMinor(m_report.totals.refunded, m_tx.currency).toPlainString());
    m_service.audit(m_request->userName, m_actionName, QStringLiteral("succeeded"), m_tx.merchantReference,
                    m_result.detail);
    return done();
}

StoreStatus PaymentService::Journalling::checkApproval()
{
    // An approved request's own reservation must not stand in its way: the rules see the row as it is once
    // that reservation is released (RefundGate::approve, in this same transaction).
    m_ruled = m_tx;
    if (m_request->refundRequestId == 0)
        return StoreStatus::success();
    const RefundGate *gate = m_service.m_deps.refundGate;
    const ApprovalCheck check =
        gate ? gate->checkApproval(m_request->refundRequestId, m_request->userName, m_tx, m_at)
             : ApprovalCheck{ApprovalRefusal::NotFound, std::nullopt, QStringLiteral("no approvals")};
    if (!check.ok()) {
        refuse(PaymentStatus::Refused,
               check.refusal == ApprovalRefusal::SelfApproval ? PaymentProblem::PermissionDenied
                                                              : PaymentProblem::RequestClosed,
               check.detail);
        return StoreStatus::success(); // the refusal stands even when its audit entry fails
    }
    m_approved = check.request;
    m_request->amount = m_approved->money();
    m_result.amount = m_request->amount;
    m_ruled.refundReserved = std::max<qint64>(0, m_ruled.refundReserved - m_approved->amount);
    return StoreStatus::success();
}

StoreStatus PaymentService::Journalling::checkRules()
{
    if (m_request->remaining) {
        m_request->amount = m_rules.remainingToCapture(m_ruled, m_at);
        m_result.amount = m_request->amount;
    }
    const TransactionRules::Action action = m_request->action;
    const TransactionRules::Decision decision =
        action == TransactionRules::Action::Void
            ? m_rules.check(action, m_ruled, m_at)
            : m_rules.checkAmount(action, m_ruled, m_request->amount, m_at);
    if (decision.allowed)
        return StoreStatus::success();
    m_result.decision = decision;
    refuse(PaymentStatus::Refused, PaymentProblem::Rule, TransactionRules::describe(decision, m_tx));
    return StoreStatus::success(); // the refusal stands even when its audit entry fails
}

StoreStatus PaymentService::Journalling::checkRepeat()
{
    // The same intent shortly after an attempt whose outcome was unknown: the clerk may be repeating
    // something APS did (or may still do). Two people already looked at an approved request.
    if (m_request->action != TransactionRules::Action::Void) {
        const auto found = m_service.m_journal->lastSameIntent(
            m_tx.id, kindFor(m_request->action), m_request->amount.minorUnits(),
            m_at.addSecs(-std::chrono::seconds(RepeatWindow).count()));
        if (!found.ok())
            return found.status();
        m_previous = *found;
    }
    if (!m_previous || !m_previous->wasUncertain() || m_request->repeat == Repeat::Confirmed || m_approved)
        return StoreStatus::success();
    const Operation &previous = *m_previous;
    refuse(PaymentStatus::Refused, PaymentProblem::RepeatNotConfirmed,
           QStringLiteral("this repeats %1 of %2, whose outcome was unknown and which %3 (%4); confirm that "
                          "this is a new %5 and not a retry of that one (paydeskctl: --repeat)")
               .arg(describeOperation(previous), previous.createdAt.toString(Qt::ISODate),
                    previous.isNotAppliedVerdict()
                        ? QStringLiteral("was settled as not applied by ") + previous.resolvedBy
                        : QStringLiteral("was later found applied by ") + previous.resolvedBy,
                    previous.resolution, operationKindToken(previous.kind)));
    return StoreStatus::success(); // the refusal stands even when its audit entry fails
}

StoreStatus PaymentService::Journalling::prepareOperation()
{
    Operation &op = m_request->operation;
    op.transactionId = m_tx.id;
    op.merchantReference = m_tx.merchantReference;
    op.kind = kindFor(m_request->action);
    op.amount = m_request->action == TransactionRules::Action::Void ? 0 : m_request->amount.minorUnits();
    op.currency = m_tx.currency;
    op.userName = m_request->userName;
    op.owner = m_service.m_deps.owner;
    op.baseline = m_report.totals;
    op.createdAt = m_at;
    op.sentAt = m_at;
    op.leaseUntil = m_at.addMSecs(m_service.leaseFor(m_request->profile).count());
    if (m_previous && (m_previous->wasUncertain() || m_previous->outcome == OperationOutcome::Declined))
        op.retryOf = m_previous->id;
    return StoreStatus::success();
}

StoreStatus PaymentService::Journalling::buildSignedRequest()
{
    const Request &request = *m_request;
    Operation &op = m_request->operation;
    const ApsRequestBuilder builder(request.profile.merchantIdentifier, request.credentials.accessCode,
                                    request.credentials.requestPhrase, request.profile.shaType,
                                    request.profile.language);
    switch (op.kind) {
    case OperationKind::Capture:
        m_signed = builder.capture(m_tx.merchantReference, m_tx.fortId, request.amount);
        break;
    case OperationKind::Void:
        m_signed = builder.voidAuthorization(m_tx.merchantReference, m_tx.fortId);
        break;
    case OperationKind::Refund:
        // A refund repeating one that did not happen keeps its maintenance_reference: should the first
        // attempt still reach APS, APS refuses the second as already processed instead of paying twice.
        op.maintenanceReference = m_previous && m_previous->outcome == OperationOutcome::Declined &&
                                          !m_previous->maintenanceReference.isEmpty()
                                      ? m_previous->maintenanceReference
                                      : ApsRequestBuilder::newMaintenanceReference(m_at);
        m_signed =
            builder.refund(m_tx.merchantReference, m_tx.fortId, request.amount, op.maintenanceReference);
        break;
    }
    if (m_signed->ok())
        return StoreStatus::success();
    refuse(PaymentStatus::Refused, PaymentProblem::InvalidRequest, m_signed->describe());
    return StoreStatus::success(); // the refusal stands even when its audit entry fails
}

StoreStatus PaymentService::Journalling::holdForApproval()
{
    const RefundGate *gate = m_service.m_deps.refundGate;
    if (m_approved) {
        if (const StoreStatus s = gate->approve(*m_approved, m_request->userName, m_tx, m_at); !s.ok())
            return s;
        m_request->operation.refundRequestId = m_approved->id;
        return StoreStatus::success();
    }
    if (m_request->operation.kind != OperationKind::Refund || !gate)
        return StoreStatus::success();
    return holdRefund();
}

StoreStatus PaymentService::Journalling::holdRefund()
{
    const RefundGate *gate = m_service.m_deps.refundGate;
    const Money &amount = m_request->amount;
    qint64 counted = 0;
    const auto needed = gate->needsApproval(m_tx, amount, m_at, &counted);
    if (!needed.ok())
        return needed.status();
    if (!*needed)
        return StoreStatus::success();
    const auto held = gate->hold(m_tx, amount, m_request->reason, m_request->userName, m_at);
    if (!held.ok())
        return held.status();
    m_result.status = PaymentStatus::AwaitingApproval;
    m_result.refundRequestId = held->id;
    m_result.transaction = m_tx;
    m_result.detail = QStringLiteral("refund request %1 of %2 %3 awaits approval by another person until %4")
                          .arg(QString::number(held->id), amount.toPlainString(), m_tx.currency.code(),
                               held->expiresAt.toString(Qt::ISODate));
    if (counted > 0) {
        m_result.detail +=
            QStringLiteral(" (counted together with %1 %2 refunded or requested on this order "
                           "in the last 30 days)")
                .arg(Money::fromMinor(counted, m_tx.currency).toPlainString(), m_tx.currency.code());
    }
    return done();
}

StoreStatus PaymentService::Journalling::writeJournalEntry()
{
    Operation &op = m_request->operation;
    if (const StoreStatus begun = m_service.m_journal->begin(op); !begun.ok())
        return begun;
    if (m_approved) {
        if (const StoreStatus s = m_service.m_deps.refundGate->linkOperation(m_approved->id, op.id); !s.ok())
            return s;
    }
    if (const StoreStatus flagged = m_service.m_transactions->setUnresolved(m_tx.id, true); !flagged.ok())
        return flagged;
    QString details = QStringLiteral("operation %1: %2").arg(op.id).arg(operationKindToken(op.kind));
    if (op.kind != OperationKind::Void)
        details +=
            QLatin1Char(' ') + m_request->amount.toPlainString() + QLatin1Char(' ') + m_tx.currency.code();
    if (!op.maintenanceReference.isEmpty())
        details += QStringLiteral(", maintenance_reference ") + op.maintenanceReference;
    if (!m_request->reason.isEmpty())
        details += QStringLiteral(", reason: ") + m_request->reason;
    // No money moves unaudited: a failed audit entry rolls the journal entry back.
    if (const StoreStatus audited = m_service.audit(m_request->userName, m_actionName, QStringLiteral("sent"),
                                                    m_tx.merchantReference, details);
        !audited.ok())
        return audited;
    m_result.status = PaymentStatus::Unknown; // until the answer is recorded
    return StoreStatus::success();
}

void PaymentService::afterBaseline(const std::shared_ptr<Request> &request, const StatusAnswer &answer)
{
    PaymentResult result = request->newResult();
    result.responseCode = answer.outcome.responseCode;
    result.responseMessage = answer.outcome.responseMessage;
    result.transportError = answer.reply.error;
    if (!answer.ok)
        return refuse(request, result, baselineRefusal(*request, answer));

    // Two-desk tests pause the process here, between its baseline and its journal entry, while another desk
    // works on the same order. Only the value 1 counts, and only the first baseline.
    if (request->baselineAttempts == 0 &&
        qEnvironmentVariableIntValue("PAYDESK_TEST_STOP_AFTER_BASELINE") == 1)
        std::raise(SIGSTOP);

    Journalling journalling(*this, request, *answer.report, result);
    const StoreStatus written = m_deps.database->withWriteTransaction([&] { return journalling.run(); });
    if (written.ok() && journalling.needsFreshBaseline()) {
        ++request->baselineAttempts;
        return askBaseline(request);
    }
    result = journalling.result();
    request->lateApplied = result.lateApplied;
    if (!written.ok()) {
        const bool inProgress = written.error == StoreError::Conflict;
        return refuse(request, result,
                      {inProgress ? PaymentStatus::Refused : PaymentStatus::Environment,
                       inProgress ? PaymentProblem::OperationInProgress : PaymentProblem::Store,
                       written.message});
    }
    if (result.status == PaymentStatus::AwaitingApproval)
        emit transactionChanged(request->transaction.id);
    if (request->operation.id == 0 || result.status != PaymentStatus::Unknown)
        return finish(request, result);
    send(request, journalling.signedRequest());
}

PaymentService::Refusal PaymentService::baselineRefusal(const Request &request, const StatusAnswer &answer)
{
    if (answer.orderNotFound) {
        return {PaymentStatus::Refused, PaymentProblem::OrderNotFound,
                QStringLiteral("APS does not know order %1").arg(request.reference)};
    }
    const bool statusCheck = request.action == TransactionRules::Action::CheckStatus;
    return {PaymentStatus::Environment, PaymentProblem::Network,
            answer.detail + (statusCheck ? QString() : QStringLiteral("; nothing was sent"))};
}

void PaymentService::send(const std::shared_ptr<Request> &request, const ApsMessage &signedRequest)
{
    emit transactionChanged(request->transaction.id);
    emit operationStarted(request->operation);
    ApsCall *call =
        m_deps.client->post(request->profile.endpoint, signedRequest, request->credentials.responsePhrase,
                            request->profile.shaType, std::chrono::seconds(request->profile.timeoutSeconds));
    connect(call, &ApsCall::finished, this,
            [this, request](const ApsReply &reply) { afterSend(request, reply); });
}

void PaymentService::afterSend(const std::shared_ptr<Request> &request, const ApsReply &reply)
{
    // Crash tests (tests/integration/tst_crash.cpp) stop the process here, with APS's answer in hand and
    // nothing of it recorded, as a power cut or kill -9 at this moment would. Only the value 1 counts.
    if (qEnvironmentVariableIntValue("PAYDESK_TEST_CRASH_AFTER_ANSWER") == 1)
        std::abort();
    Operation &op = request->operation;
    PaymentResult result = request->newResult();
    result.operationId = op.id;
    result.transportError = reply.error;
    const QDateTime at = now();
    const ApsOutcome outcome = readAnswer(op.kind, reply, result);
    const StoreStatus written =
        m_deps.database->withWriteTransaction([&] { return recordAnswer(*request, outcome, at, result); });
    if (!written.ok()) {
        // The answer could not be recorded: the operation stays pending and the reconciler settles it from
        // APS's totals after the lease.
        result.status = PaymentStatus::Unknown;
        result.problem = PaymentProblem::Store;
        result.detail = QStringLiteral("the answer could not be recorded (%1); left for reconciliation")
                            .arg(written.message);
    }
    if (auto after = m_transactions->findById(op.transactionId); after.ok())
        result.transaction = *after;
    emit transactionChanged(op.transactionId);
    emit operationSettled(op);
    finish(request, result);
}

ApsOutcome PaymentService::readAnswer(OperationKind kind, const ApsReply &reply, PaymentResult &result) const
{
    ApsOutcome outcome;
    if (reply.ok()) {
        outcome = classifyResponse(apsCommandFor(kind), reply.response);
        result.responseCode = outcome.responseCode;
        result.responseMessage = outcome.responseMessage;
    } else {
        outcome.kind = ApsOutcome::Kind::Unknown;
        outcome.reason = transportErrorToken(reply.error) + QStringLiteral(": ") + reply.detail;
        if (reply.error == ApsTransportError::BadSignature)
            blockProfile(QStringLiteral("an answer did not verify with the response phrase"));
    }
    if (outcome.credentialFailure)
        blockProfile(
            QStringLiteral("APS answered %1 (%2)").arg(outcome.responseCode, outcome.responseMessage));
    return outcome;
}

StoreStatus PaymentService::recordAnswer(Request &request, const ApsOutcome &outcome, const QDateTime &at,
                                         PaymentResult &result) const
{
    Operation &op = request.operation;
    auto fresh = m_transactions->lockById(op.transactionId);
    if (!fresh.ok())
        return fresh.status();
    if (outcome.kind == ApsOutcome::Kind::Unknown) {
        // Due for the reconciler when the lease ends; never re-sent.
        if (const StoreStatus s = m_journal->settle(op.id, OperationOutcome::Pending,
                                                    OperationOutcome::Unknown, outcome.responseCode,
                                                    outcome.responseMessage, op.leaseUntil, outcome.reason);
            !s.ok())
            return s;
        op.outcome = OperationOutcome::Unknown;
        result.status = PaymentStatus::Unknown;
        result.detail = QStringLiteral("outcome unknown (%1); left for reconciliation").arg(outcome.reason);
    } else {
        if (const StoreStatus s = recordVerifiedAnswer(*fresh, op, outcome, at); !s.ok())
            return s;
        result.status =
            op.outcome == OperationOutcome::Succeeded ? PaymentStatus::Succeeded : PaymentStatus::Declined;
        result.detail =
            QStringLiteral("APS answered %1 %2").arg(outcome.responseCode, outcome.responseMessage);
    }
    audit(request.userName, actionToken(request.action), outcomeToken(op.outcome), fresh->merchantReference,
          QStringLiteral("operation %1: %2").arg(op.id).arg(result.detail));
    return StoreStatus::success();
}

StoreStatus PaymentService::recordVerifiedAnswer(Transaction tx, Operation &op, const ApsOutcome &outcome,
                                                 const QDateTime &at) const
{
    // One compare-and-set transaction: an answer recorded elsewhere meanwhile (the operation no longer
    // pending) rolls this one back.
    const bool applied = outcome.kind == ApsOutcome::Kind::Success;
    if (applied && op.kind == OperationKind::Capture)
        tx.captured += op.amount;
    else if (applied && op.kind == OperationKind::Refund)
        tx.refunded += op.amount;
    else if (applied)
        tx.voided = true;
    tx.lastResponseCode = outcome.responseCode;
    tx.lastResponseMessage = outcome.responseMessage;
    if (const StoreStatus s = m_transactions->updateTotals(tx); !s.ok())
        return s;
    const OperationOutcome settled = applied ? OperationOutcome::Succeeded : OperationOutcome::Declined;
    if (const StoreStatus s = m_journal->settle(op.id, OperationOutcome::Pending, settled,
                                                outcome.responseCode, outcome.responseMessage, at);
        !s.ok())
        return s;
    if (const StoreStatus s = m_transactions->setUnresolved(tx.id, false); !s.ok())
        return s;
    op.outcome = settled;
    return StoreStatus::success();
}

StoreStatus PaymentService::noteRefusal(const Request &request, PaymentResult &result, const Refusal &refusal,
                                        const QString &merchantReference) const
{
    result.status = refusal.status;
    result.problem = refusal.problem;
    result.detail = refusal.detail;
    return audit(request.userName, actionToken(request.action), QStringLiteral("refused"), merchantReference,
                 result.detail);
}

void PaymentService::refuse(const std::shared_ptr<Request> &request, PaymentResult result,
                            const Refusal &refusal)
{
    noteRefusal(*request, result, refusal, request->reference);
    finish(request, std::move(result));
}

void PaymentService::finish(const std::shared_ptr<Request> &request, PaymentResult result)
{
    result.lateApplied = request->lateApplied;
    if (!result.lateApplied.isEmpty()) {
        QStringList late;
        for (const Operation &op : std::as_const(result.lateApplied))
            late << describeOperation(op);
        result.detail = QStringLiteral("APS applied %1 late, after it had been settled as not applied: "
                                       "corrected to succeeded and the order flagged. ")
                            .arg(late.join(QStringLiteral(", "))) +
                        result.detail;
    }
    if (result.transaction)
        result.merchantReference = result.transaction->merchantReference;
    if (request->job)
        request->job->finish(result);
}

StoreStatus PaymentService::audit(const QString &userName, const QString &action, const QString &outcome,
                                  const QString &merchantReference, const QString &details) const
{
    if (!m_deps.audit)
        return StoreStatus::success();
    return m_deps.audit->append(userName, action, outcome, merchantReference, details).status();
}

void PaymentService::blockProfile(const QString &reason) const
{
    m_profiles->setMoneyBlockedReason(m_deps.profileName, reason);
    audit(QStringLiteral("system"), QStringLiteral("profile_blocked"), QStringLiteral("succeeded"), QString(),
          reason);
}
