#pragma once

#include "domain/clock.h"
#include "domain/permission.h"
#include "domain/refundrequest.h"
#include "services/authorizer.h"
#include "services/decisionstatus.h"
#include "store/storeresult.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class AuditLog;
class Authorizer;
class Database;
class PaymentJob;
class PaymentService;
class RefundGate;

using ApprovalError = DecisionError;
using ApprovalStatus = DecisionStatus;

// The refund approval queue (maker-checker, ARCHITECTURE.md section 5). Requests are created by
// PaymentService::refund when a refund is at or above the threshold; here an approver who is not the
// requester approves (the refund then goes through PaymentService and its journal) or rejects with a reason;
// requests past their expiry are expired. Every decision and refusal is audited; permissions are checked
// here, in the core.
class ApprovalService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalService)

public:
    struct Dependencies
    {
        const Database *database = nullptr;
        const AuditLog *audit = nullptr;
        const Authorizer *authorizer = nullptr; // null: no users configured (bootstrap rule)
        PaymentService *payments = nullptr;
        const RefundGate *gate = nullptr;
        Clock clock; // QDateTime::currentDateTimeUtc when empty
    };

    explicit ApprovalService(Dependencies dependencies, QObject *parent = nullptr);
    ~ApprovalService() override;

    // Requests with `status` (all when nullopt), newest first. Needs Permission::View.
    StoreResult<QList<RefundRequest>>
    requests(const QString &userName, std::optional<RefundRequestStatus> status = std::nullopt) const;
    // Sends the request's refund through PaymentService::refundApproved; the job reports the result (Refused
    // with PermissionDenied for one's own request or a role without ApproveRefund, RequestClosed for a
    // request that is no longer awaiting). Emits requestsChanged() when it finishes.
    PaymentJob *approve(qint64 requestId, const QString &approverName);
    // Rejects an awaiting request with a reason and releases its reservation. Needs ApproveRefund. A reason
    // that is empty or holds a full card number (containsCardNumber()) is Invalid; the refusal is audited and
    // never repeats the number.
    ApprovalStatus reject(qint64 requestId, const QString &approverName, const QString &reason);
    // The requester takes back her own awaiting request (stored as rejected by her, reason "withdrawn" unless
    // she gives one) and its reservation is released. PermissionDenied for anyone else's request, Closed when
    // it is no longer awaiting. Needs RequestRefund; audited as "refund_withdraw", refusals too.
    ApprovalStatus withdraw(qint64 requestId, const QString &requesterName,
                            const QString &reason = QString());
    // Expires every awaiting request past its expiry (as user "system") and returns how many.
    StoreResult<int> expireDue();
    // Whether `userName` may approve or reject refund requests now (the role, and an approver role confirmed
    // by a second admin); always allowed while no users are configured.
    AuthorizationDecision mayDecide(const QString &userName) const;

    // The profile's threshold for `currencyCode` (minor units); nullopt: every refund needs approval.
    StoreResult<std::optional<qint64>> threshold(const QString &currencyCode) const;
    // Sets or (nullopt) removes a threshold. Needs ManageSettings; audited as "approval_threshold".
    ApprovalStatus setThreshold(const QString &actor, const QString &currencyCode,
                                std::optional<qint64> threshold);

signals:
    // A request was decided or expired (the queue should refresh).
    void requestsChanged();

private:
    QDateTime now() const { return nowUtc(m_deps.clock); }
    ApprovalStatus check(const QString &userName, Permission permission, const QString &action,
                         const QString &reference) const;
    ApprovalStatus refuse(const QString &userName, const QString &action, const QString &reference,
                          ApprovalStatus refusal) const;

    Dependencies m_deps;
};
