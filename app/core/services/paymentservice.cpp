#include "paymentservice.h"

#include "aps/apsrequestbuilder.h"
#include "domain/cardnumber.h"
#include "domain/tokentable.h"
#include "services/authorizer.h"
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

int PaymentResult::exitCode() const
{
    switch (status) {
    case PaymentStatus::Succeeded:
        return 0;
    case PaymentStatus::Declined:
    case PaymentStatus::Refused:
        return 1;
    case PaymentStatus::Unknown:
        return 3;
    case PaymentStatus::AwaitingApproval:
        return 4;
    case PaymentStatus::Environment:
        return 5;
    }
    return 5;
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
};

PaymentService::PaymentService(Dependencies dependencies, QObject *parent)
    : QObject(parent)
    , m_deps(std::move(dependencies))
{
    Q_ASSERT(m_deps.database && m_deps.client && m_deps.secrets);
    if (!m_deps.clock)
        m_deps.clock = [] {
            return QDateTime::currentDateTimeUtc();
        };
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
    Request request;
    request.action = TransactionRules::Action::Capture;
    request.reference = merchantReference;
    request.amount = amount;
    request.userName = userName;
    request.repeat = repeat;
    return start(std::move(request));
}

PaymentJob *PaymentService::captureRemaining(const QString &merchantReference, const QString &userName,
                                             Repeat repeat)
{
    Request request;
    request.action = TransactionRules::Action::Capture;
    request.reference = merchantReference;
    request.remaining = true;
    request.userName = userName;
    request.repeat = repeat;
    return start(std::move(request));
}

PaymentJob *PaymentService::voidAuthorization(const QString &merchantReference, const QString &userName)
{
    Request request;
    request.action = TransactionRules::Action::Void;
    request.reference = merchantReference;
    request.userName = userName;
    return start(std::move(request));
}

PaymentJob *PaymentService::refund(const QString &merchantReference, const Money &amount,
                                   const QString &reason, const QString &userName, Repeat repeat)
{
    Request request;
    request.action = TransactionRules::Action::Refund;
    request.reference = merchantReference;
    request.amount = amount;
    request.reason = reason;
    request.userName = userName;
    request.repeat = repeat;
    return start(std::move(request));
}

PaymentJob *PaymentService::refundApproved(qint64 refundRequestId, const QString &approverName)
{
    Request request;
    request.action = TransactionRules::Action::Refund;
    request.refundRequestId = refundRequestId;
    request.userName = approverName;
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
    Request request;
    request.action = TransactionRules::Action::CheckStatus;
    request.reference = merchantReference;
    request.userName = userName;
    return start(std::move(request));
}

PaymentJob *PaymentService::start(Request plain)
{
    auto *job = new PaymentJob(this);
    plain.job = job;
    auto request = std::make_shared<Request>(std::move(plain));
    // Queued, so that the caller connects to finished() before anything can be reported.
    QMetaObject::invokeMethod(
        this,
        [this, request] {
            PaymentResult result;
            result.action = request->action;
            result.merchantReference = request->reference;
            result.amount = request->amount;
            const QString actionName = actionToken(request->action);
            result.refundRequestId = request->refundRequestId;

            if (m_deps.authorizer) {
                const AuthorizationDecision allowed = m_deps.authorizer->authorize(
                    request->userName, permissionFor(request->action, request->refundRequestId != 0));
                if (!allowed.allowed) {
                    result.status = PaymentStatus::Refused;
                    result.problem = PaymentProblem::PermissionDenied;
                    result.detail = allowed.reason;
                    audit(request->userName, actionName, QStringLiteral("refused"), request->reference,
                          result.detail);
                    return finish(request, result);
                }
            }
            if (containsCardNumber(request->reason)) {
                // Never stored, logged or echoed: PayDesk keeps masked card numbers only.
                result.status = PaymentStatus::Refused;
                result.problem = PaymentProblem::InvalidRequest;
                result.detail = QStringLiteral("the reason contains what looks like a card number; PayDesk "
                                               "never stores card numbers: describe the refund without it");
                audit(request->userName, actionName, QStringLiteral("refused"), request->reference,
                      result.detail);
                return finish(request, result);
            }
            if (request->refundRequestId != 0 && request->reference.isEmpty()) {
                result.status = PaymentStatus::Refused;
                result.problem = PaymentProblem::RequestClosed;
                result.detail = QStringLiteral("no refund request %1").arg(request->refundRequestId);
                audit(request->userName, actionName, QStringLiteral("refused"), QString(), result.detail);
                return finish(request, result);
            }

            auto stored = profile();
            if (!stored.ok()) {
                result.problem = PaymentProblem::Store;
                result.detail = stored.message;
                return finish(request, result);
            }
            request->profile = *stored;
            auto found =
                m_transactions->findByReference(m_deps.database->merchantIdentifier(), request->reference);
            if (!found.ok()) {
                const bool missing = found.error == StoreError::NotFound;
                result.status = missing ? PaymentStatus::Refused : PaymentStatus::Environment;
                result.problem = missing ? PaymentProblem::OrderNotFound : PaymentProblem::Store;
                result.detail = missing
                                    ? QStringLiteral("order %1 is not in the cache").arg(request->reference)
                                    : found.message;
                audit(request->userName, actionName, QStringLiteral("refused"), request->reference,
                      result.detail);
                return finish(request, result);
            }
            request->transaction = *found;
            const bool movesMoney = request->action != TransactionRules::Action::CheckStatus;
            if (movesMoney && request->profile.isMoneyBlocked()) {
                result.problem = PaymentProblem::ProfileBlocked;
                result.detail = QStringLiteral("money operations on profile %1 are stopped: %2")
                                    .arg(request->profile.name, request->profile.moneyBlockedReason);
                audit(request->userName, actionName, QStringLiteral("refused"), request->reference,
                      result.detail);
                return finish(request, result);
            }
            if (movesMoney && request->transaction.unresolved) {
                // The journal holds the row: no status check can change that answer.
                result.status = PaymentStatus::Refused;
                result.problem = PaymentProblem::Rule;
                result.decision = rules().check(request->action, request->transaction, now());
                result.detail = TransactionRules::describe(result.decision, request->transaction);
                result.transaction = request->transaction;
                audit(request->userName, actionName, QStringLiteral("refused"), request->reference,
                      result.detail);
                return finish(request, result);
            }
            QString problem;
            const auto credentials = credentialsFor(request->transaction, &problem);
            if (!credentials) {
                result.problem = PaymentProblem::Credentials;
                result.detail = problem;
                audit(request->userName, actionName, QStringLiteral("refused"), request->reference,
                      result.detail);
                return finish(request, result);
            }
            request->credentials = *credentials;
            request->seenRowVersion = request->transaction.rowVersion;
            queryStatus(request->transaction, QString(),
                        [this, request](const StatusAnswer &answer) { afterBaseline(request, answer); });
        },
        Qt::QueuedConnection);
    return job;
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
    qint64 extraCaptured = report.totals.captured - tx.captured;
    qint64 extraRefunded = report.totals.refunded - tx.refunded;
    // An authorization APS released at its deadline also reads as voided: only a void before it counts.
    bool extraVoid =
        report.transactionStatus == QLatin1String("08") && !tx.voided && now() < tx.captureDeadline;
    if (extraCaptured <= 0 && extraRefunded <= 0 && !extraVoid)
        return StoreStatus::success();
    const auto verdicts = m_journal->notAppliedVerdicts(tx.id);
    if (!verdicts.ok())
        return verdicts.status();
    bool corrected = false;
    const QString seen = QStringLiteral("APS shows authorized %1, captured %2, refunded %3%4")
                             .arg(Money::fromMinor(report.totals.authorized, tx.currency).toPlainString(),
                                  Money::fromMinor(report.totals.captured, tx.currency).toPlainString(),
                                  Money::fromMinor(report.totals.refunded, tx.currency).toPlainString(),
                                  extraVoid ? QStringLiteral(", voided") : QString());
    // Newest first: the latest verdict is the likeliest to have been overtaken by a late delivery.
    for (auto it = verdicts->crbegin(); it != verdicts->crend(); ++it) {
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
        const QString resolution =
            QStringLiteral("APS applied it after it had been settled as not applied by %1: %2")
                .arg(op.resolvedBy, seen);
        if (const StoreStatus s =
                m_journal->settle(op.id, OperationOutcome::Declined, OperationOutcome::Succeeded,
                                  op.responseCode, op.responseMessage, now(), resolution, op.resolvedBy);
            !s.ok())
            return s;
        if (const StoreStatus s =
                audit(QStringLiteral("system"), QStringLiteral("late_applied"), QStringLiteral("corrected"),
                      tx.merchantReference, describeOperation(op) + QStringLiteral(": ") + resolution);
            !s.ok())
            return s;
        op.outcome = OperationOutcome::Succeeded;
        op.resolution = resolution;
        if (late)
            late->append(op);
        corrected = true;
    }
    if (!corrected)
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
    const bool lower =
        aps.authorized < tx.authorized || aps.captured < tx.captured || aps.refunded < tx.refunded;
    merged.authorized = std::max(tx.authorized, aps.authorized);
    merged.captured = std::max(tx.captured, aps.captured);
    merged.refunded = std::max(tx.refunded, aps.refunded);
    if (report.transactionStatus == QLatin1String("08"))
        merged.voided = true;
    if (!report.transactionCode.isEmpty()) {
        merged.lastResponseCode = report.transactionCode;
        merged.lastResponseMessage = report.transactionMessage;
    }
    const bool changed = merged.authorized != tx.authorized || merged.captured != tx.captured ||
                         merged.refunded != tx.refunded || merged.voided != tx.voided ||
                         merged.lastResponseCode != tx.lastResponseCode;
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

void PaymentService::afterBaseline(const std::shared_ptr<Request> &request, const StatusAnswer &answer)
{
    PaymentResult result;
    result.action = request->action;
    result.merchantReference = request->reference;
    result.amount = request->amount;
    result.responseCode = answer.outcome.responseCode;
    result.responseMessage = answer.outcome.responseMessage;
    result.transportError = answer.reply.error;
    const QString actionName = actionToken(request->action);

    if (!answer.ok) {
        if (answer.orderNotFound) {
            result.status = PaymentStatus::Refused;
            result.problem = PaymentProblem::OrderNotFound;
            result.detail = QStringLiteral("APS does not know order %1").arg(request->reference);
        } else {
            result.status = PaymentStatus::Environment;
            result.problem = PaymentProblem::Network;
            result.detail = answer.detail + (request->action == TransactionRules::Action::CheckStatus
                                                 ? QString()
                                                 : QStringLiteral("; nothing was sent"));
        }
        audit(request->userName, actionName, QStringLiteral("refused"), request->reference, result.detail);
        return finish(request, result);
    }

    // Two-desk tests pause the process here, between its baseline and its journal entry, while another desk
    // works on the same order. Only the value 1 counts, and only the first baseline.
    if (request->baselineAttempts == 0 &&
        qEnvironmentVariableIntValue("PAYDESK_TEST_STOP_AFTER_BASELINE") == 1)
        std::raise(SIGSTOP);

    const ApsStatusReport &report = *answer.report;
    const QDateTime at = now();
    const TransactionRules currentRules(request->profile.rulesConfig());
    const bool movesMoney = request->action != TransactionRules::Action::CheckStatus;
    std::optional<ApsRequestResult> signedRequest;
    bool retryBaseline = false;
    const StoreStatus written = m_deps.database->withWriteTransaction([&]() -> StoreStatus {
        auto fresh = m_transactions->findById(request->transaction.id);
        if (!fresh.ok())
            return fresh.status();
        Transaction &tx = *fresh;
        if (movesMoney && isAheadOf(tx, report)) {
            // Never journal a baseline older than the row: ask APS again, a bounded number of times.
            const bool rowMoved = tx.rowVersion != request->seenRowVersion;
            request->seenRowVersion = tx.rowVersion;
            request->transaction = tx;
            if (request->baselineAttempts + 1 < MaxBaselineAttempts) {
                retryBaseline = true;
                return StoreStatus::success();
            }
            result.status = PaymentStatus::Refused;
            result.problem = PaymentProblem::OrderChanged;
            result.transaction = tx;
            const QString apsSide =
                QStringLiteral("APS shows captured %1, refunded %2; the cache shows captured %3, refunded %4")
                    .arg(Money::fromMinor(report.totals.captured, tx.currency).toPlainString(),
                         Money::fromMinor(report.totals.refunded, tx.currency).toPlainString(),
                         Money::fromMinor(tx.captured, tx.currency).toPlainString(),
                         Money::fromMinor(tx.refunded, tx.currency).toPlainString());
            if (rowMoved) {
                result.detail =
                    QStringLiteral("another desk just changed order %1 (%2); nothing was sent: look "
                                   "at the order and try again")
                        .arg(tx.merchantReference, apsSide);
            } else {
                result.detail = QStringLiteral("APS shows less than the cache for order %1 (%2); nothing was "
                                               "sent, and the order is flagged for a status check")
                                    .arg(tx.merchantReference, apsSide);
                if (const StoreStatus s = m_transactions->setNeedsStatusCheck(tx.id, true); !s.ok())
                    return s;
            }
            return audit(request->userName, actionName, QStringLiteral("refused"), tx.merchantReference,
                         result.detail);
        }
        if (const StoreStatus merged = mergeStatus(tx, report, false, &result.lateApplied); !merged.ok())
            return merged;
        if (auto reread = m_transactions->findById(tx.id); reread.ok())
            tx = *reread;
        request->transaction = tx;
        result.transaction = tx;
        if (movesMoney && !result.lateApplied.isEmpty()) {
            // The clerk decided on a picture of the order that APS has just proved wrong.
            result.status = PaymentStatus::Refused;
            result.problem = PaymentProblem::OrderChanged;
            result.detail =
                QStringLiteral("nothing was sent now: look at order %1 and try again if the %2 is "
                               "still needed")
                    .arg(tx.merchantReference, actionName);
            return audit(request->userName, actionName, QStringLiteral("refused"), tx.merchantReference,
                         result.detail);
        }

        if (request->action == TransactionRules::Action::CheckStatus) {
            result.status = PaymentStatus::Succeeded;
            result.detail =
                QStringLiteral("APS: last operation %1 %2; authorized %3, captured %4, refunded %5")
                    .arg(report.transactionCode, report.transactionMessage,
                         Money::fromMinor(report.totals.authorized, tx.currency).toPlainString(),
                         Money::fromMinor(report.totals.captured, tx.currency).toPlainString(),
                         Money::fromMinor(report.totals.refunded, tx.currency).toPlainString());
            audit(request->userName, actionName, QStringLiteral("succeeded"), tx.merchantReference,
                  result.detail);
            return StoreStatus::success();
        }

        // An approved request's own reservation must not stand in its way: the rules see the row as it is
        // once that reservation is released (RefundGate::approve below, in this same transaction).
        std::optional<RefundRequest> approved;
        Transaction ruled = tx;
        if (request->refundRequestId != 0) {
            const ApprovalCheck check =
                m_deps.refundGate
                    ? m_deps.refundGate->checkApproval(request->refundRequestId, request->userName, tx, at)
                    : ApprovalCheck{ApprovalRefusal::NotFound, std::nullopt, QStringLiteral("no approvals")};
            if (!check.ok()) {
                result.status = PaymentStatus::Refused;
                result.problem = check.refusal == ApprovalRefusal::SelfApproval
                                     ? PaymentProblem::PermissionDenied
                                     : PaymentProblem::RequestClosed;
                result.detail = check.detail;
                audit(request->userName, actionName, QStringLiteral("refused"), tx.merchantReference,
                      result.detail);
                return StoreStatus::success();
            }
            approved = check.request;
            request->amount = approved->money();
            result.amount = request->amount;
            ruled.refundReserved = std::max<qint64>(0, ruled.refundReserved - approved->amount);
        }

        if (request->remaining) {
            request->amount = Money::fromMinor(std::max<qint64>(0, tx.authorized - tx.captured), tx.currency);
            result.amount = request->amount;
        }
        const TransactionRules::Decision decision =
            request->action == TransactionRules::Action::Void
                ? currentRules.check(request->action, ruled, at)
                : currentRules.checkAmount(request->action, ruled, request->amount, at);
        if (!decision.allowed) {
            result.status = PaymentStatus::Refused;
            result.problem = PaymentProblem::Rule;
            result.decision = decision;
            result.detail = TransactionRules::describe(decision, tx);
            audit(request->userName, actionName, QStringLiteral("refused"), tx.merchantReference,
                  result.detail);
            return StoreStatus::success();
        }

        // The same intent shortly after an attempt whose outcome was unknown: the clerk may be repeating
        // something APS did (or may still do). Two people already looked at an approved request.
        std::optional<Operation> previous;
        if (request->action != TransactionRules::Action::Void) {
            const auto found =
                m_journal->lastSameIntent(tx.id, kindFor(request->action), request->amount.minorUnits(),
                                          at.addSecs(-std::chrono::seconds(RepeatWindow).count()));
            if (!found.ok())
                return found.status();
            previous = *found;
        }
        if (previous && previous->wasUncertain() && request->repeat != Repeat::Confirmed && !approved) {
            result.status = PaymentStatus::Refused;
            result.problem = PaymentProblem::RepeatNotConfirmed;
            result.detail =
                QStringLiteral("this repeats %1 of %2, whose outcome was unknown and which %3 (%4); confirm "
                               "that this is a new %5 and not a retry of that one (paydeskctl: --repeat)")
                    .arg(describeOperation(*previous), previous->createdAt.toString(Qt::ISODate),
                         previous->isNotAppliedVerdict()
                             ? QStringLiteral("was settled as not applied by ") + previous->resolvedBy
                             : QStringLiteral("was later found applied by ") + previous->resolvedBy,
                         previous->resolution, operationKindToken(previous->kind));
            audit(request->userName, actionName, QStringLiteral("refused"), tx.merchantReference,
                  result.detail);
            return StoreStatus::success();
        }

        Operation &op = request->operation;
        op.transactionId = tx.id;
        op.merchantReference = tx.merchantReference;
        op.kind = kindFor(request->action);
        op.amount = request->action == TransactionRules::Action::Void ? 0 : request->amount.minorUnits();
        op.currency = tx.currency;
        op.userName = request->userName;
        op.owner = m_deps.owner;
        op.baseline = report.totals;
        op.createdAt = at;
        op.sentAt = at;
        op.leaseUntil = at.addMSecs(leaseFor(request->profile).count());
        if (previous && (previous->wasUncertain() || previous->outcome == OperationOutcome::Declined))
            op.retryOf = previous->id;

        const ApsRequestBuilder builder(request->profile.merchantIdentifier, request->credentials.accessCode,
                                        request->credentials.requestPhrase, request->profile.shaType,
                                        request->profile.language);
        switch (op.kind) {
        case OperationKind::Capture:
            signedRequest = builder.capture(tx.merchantReference, tx.fortId, request->amount);
            break;
        case OperationKind::Void:
            signedRequest = builder.voidAuthorization(tx.merchantReference, tx.fortId);
            break;
        case OperationKind::Refund:
            // A refund repeating one that did not happen keeps its maintenance_reference: should the first
            // attempt still reach APS, APS refuses the second as already processed instead of paying twice.
            op.maintenanceReference = previous && previous->outcome == OperationOutcome::Declined &&
                                              !previous->maintenanceReference.isEmpty()
                                          ? previous->maintenanceReference
                                          : ApsRequestBuilder::newMaintenanceReference(at);
            signedRequest =
                builder.refund(tx.merchantReference, tx.fortId, request->amount, op.maintenanceReference);
            break;
        }
        if (!signedRequest->ok()) {
            result.status = PaymentStatus::Refused;
            result.problem = PaymentProblem::InvalidRequest;
            result.detail = signedRequest->describe();
            audit(request->userName, actionName, QStringLiteral("refused"), tx.merchantReference,
                  result.detail);
            return StoreStatus::success();
        }
        if (approved) {
            if (const StoreStatus s = m_deps.refundGate->approve(*approved, request->userName, tx, at);
                !s.ok())
                return s;
            op.refundRequestId = approved->id;
        } else if (op.kind == OperationKind::Refund && m_deps.refundGate) {
            qint64 counted = 0;
            const auto needed = m_deps.refundGate->needsApproval(tx, request->amount, at, &counted);
            if (!needed.ok())
                return needed.status();
            if (*needed) {
                const auto held =
                    m_deps.refundGate->hold(tx, request->amount, request->reason, request->userName, at);
                if (!held.ok())
                    return held.status();
                result.status = PaymentStatus::AwaitingApproval;
                result.refundRequestId = held->id;
                result.transaction = tx;
                result.detail = QStringLiteral("refund request %1 of %2 %3 awaits approval by another person "
                                               "until %4")
                                    .arg(QString::number(held->id), request->amount.toPlainString(),
                                         tx.currency.code(), held->expiresAt.toString(Qt::ISODate));
                if (counted > 0) {
                    result.detail +=
                        QStringLiteral(" (counted together with %1 %2 refunded or requested on "
                                       "this order in the last 30 days)")
                            .arg(Money::fromMinor(counted, tx.currency).toPlainString(), tx.currency.code());
                }
                return StoreStatus::success();
            }
        }
        if (const StoreStatus begun = m_journal->begin(op); !begun.ok())
            return begun;
        if (approved) {
            if (const StoreStatus s = m_deps.refundGate->linkOperation(approved->id, op.id); !s.ok())
                return s;
        }
        if (const StoreStatus flagged = m_transactions->setUnresolved(tx.id, true); !flagged.ok())
            return flagged;
        QString details = QStringLiteral("operation %1: %2").arg(op.id).arg(operationKindToken(op.kind));
        if (op.kind != OperationKind::Void)
            details +=
                QLatin1Char(' ') + request->amount.toPlainString() + QLatin1Char(' ') + tx.currency.code();
        if (!op.maintenanceReference.isEmpty())
            details += QStringLiteral(", maintenance_reference ") + op.maintenanceReference;
        if (!request->reason.isEmpty())
            details += QStringLiteral(", reason: ") + request->reason;
        // No money moves unaudited: a failed audit entry rolls the journal entry back.
        if (const StoreStatus audited =
                audit(request->userName, actionName, QStringLiteral("sent"), tx.merchantReference, details);
            !audited.ok())
            return audited;
        result.status = PaymentStatus::Unknown; // until the answer is recorded
        return StoreStatus::success();
    });

    if (written.ok() && retryBaseline) {
        ++request->baselineAttempts;
        queryStatus(request->transaction, QString(),
                    [this, request](const StatusAnswer &fresh) { afterBaseline(request, fresh); });
        return;
    }
    request->lateApplied = result.lateApplied;
    if (!written.ok()) {
        const bool inProgress = written.error == StoreError::Conflict;
        result.status = inProgress ? PaymentStatus::Refused : PaymentStatus::Environment;
        result.problem = inProgress ? PaymentProblem::OperationInProgress : PaymentProblem::Store;
        result.detail = written.message;
        audit(request->userName, actionName, QStringLiteral("refused"), request->reference, result.detail);
        return finish(request, result);
    }
    if (result.status == PaymentStatus::AwaitingApproval)
        emit transactionChanged(request->transaction.id);
    if (request->operation.id == 0 || result.status != PaymentStatus::Unknown)
        return finish(request, result);

    emit transactionChanged(request->transaction.id);
    emit operationStarted(request->operation);
    const ApsCommand command = apsCommandFor(request->operation.kind);
    ApsCall *call = m_deps.client->post(request->profile.endpoint, *signedRequest->message,
                                        request->credentials.responsePhrase, request->profile.shaType,
                                        std::chrono::seconds(request->profile.timeoutSeconds));
    connect(call, &ApsCall::finished, this, [this, request, command](const ApsReply &reply) {
        Q_UNUSED(command)
        afterSend(request, reply);
    });
}

void PaymentService::afterSend(const std::shared_ptr<Request> &request, const ApsReply &reply)
{
    // Crash tests (tests/integration/tst_crash.cpp) stop the process here, with APS's answer in hand and
    // nothing of it recorded, as a power cut or kill -9 at this moment would. Only the value 1 counts.
    if (qEnvironmentVariableIntValue("PAYDESK_TEST_CRASH_AFTER_ANSWER") == 1)
        std::abort();
    Operation &op = request->operation;
    PaymentResult result;
    result.action = request->action;
    result.merchantReference = request->reference;
    result.amount = request->amount;
    result.operationId = op.id;
    result.transportError = reply.error;
    const QDateTime at = now();
    const QString actionName = actionToken(request->action);

    ApsOutcome outcome;
    if (reply.ok()) {
        outcome = classifyResponse(apsCommandFor(op.kind), reply.response);
        result.responseCode = outcome.responseCode;
        result.responseMessage = outcome.responseMessage;
    } else {
        outcome.kind = ApsOutcome::Kind::Unknown;
        outcome.reason = transportErrorToken(reply.error) + QStringLiteral(": ") + reply.detail;
        if (reply.error == ApsTransportError::BadSignature)
            blockProfile(QStringLiteral("an answer did not verify with the response phrase"));
    }
    if (outcome.credentialFailure) {
        blockProfile(
            QStringLiteral("APS answered %1 (%2)").arg(outcome.responseCode, outcome.responseMessage));
    }

    const StoreStatus written = m_deps.database->withWriteTransaction([&]() -> StoreStatus {
        auto fresh = m_transactions->findById(op.transactionId);
        if (!fresh.ok())
            return fresh.status();
        Transaction tx = *fresh;
        switch (outcome.kind) {
        case ApsOutcome::Kind::Success: {
            if (op.kind == OperationKind::Capture)
                tx.captured += op.amount;
            else if (op.kind == OperationKind::Refund)
                tx.refunded += op.amount;
            else
                tx.voided = true;
            tx.lastResponseCode = outcome.responseCode;
            tx.lastResponseMessage = outcome.responseMessage;
            if (const StoreStatus s = m_transactions->updateTotals(tx); !s.ok())
                return s;
            if (const StoreStatus s =
                    m_journal->settle(op.id, OperationOutcome::Pending, OperationOutcome::Succeeded,
                                      outcome.responseCode, outcome.responseMessage, at);
                !s.ok())
                return s;
            if (const StoreStatus s = m_transactions->setUnresolved(tx.id, false); !s.ok())
                return s;
            op.outcome = OperationOutcome::Succeeded;
            result.status = PaymentStatus::Succeeded;
            break;
        }
        case ApsOutcome::Kind::Declined: {
            tx.lastResponseCode = outcome.responseCode;
            tx.lastResponseMessage = outcome.responseMessage;
            if (const StoreStatus s = m_transactions->updateTotals(tx); !s.ok())
                return s;
            if (const StoreStatus s =
                    m_journal->settle(op.id, OperationOutcome::Pending, OperationOutcome::Declined,
                                      outcome.responseCode, outcome.responseMessage, at);
                !s.ok())
                return s;
            if (const StoreStatus s = m_transactions->setUnresolved(tx.id, false); !s.ok())
                return s;
            op.outcome = OperationOutcome::Declined;
            result.status = PaymentStatus::Declined;
            break;
        }
        case ApsOutcome::Kind::Unknown:
            // Due for the reconciler when the lease ends; never re-sent.
            if (const StoreStatus s = m_journal->settle(
                    op.id, OperationOutcome::Pending, OperationOutcome::Unknown, outcome.responseCode,
                    outcome.responseMessage, op.leaseUntil, outcome.reason);
                !s.ok())
                return s;
            op.outcome = OperationOutcome::Unknown;
            result.status = PaymentStatus::Unknown;
            break;
        }
        result.detail =
            outcome.kind == ApsOutcome::Kind::Unknown
                ? QStringLiteral("outcome unknown (%1); left for reconciliation").arg(outcome.reason)
                : QStringLiteral("APS answered %1 %2").arg(outcome.responseCode, outcome.responseMessage);
        audit(request->userName, actionName, outcomeToken(op.outcome), tx.merchantReference,
              QStringLiteral("operation %1: %2").arg(op.id).arg(result.detail));
        return StoreStatus::success();
    });
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
