#include "approvalservice.h"

#include "domain/cardnumber.h"
#include "money/money.h"
#include "services/authorizer.h"
#include "services/paymentservice.h"
#include "services/refundgate.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/peopleseal.h"
#include "store/refundrequestrepository.h"

ApprovalService::ApprovalService(Dependencies dependencies, QObject *parent)
    : QObject(parent)
    , m_deps(std::move(dependencies))
{
    Q_ASSERT(m_deps.database && m_deps.gate);
}

ApprovalService::~ApprovalService() = default;

ApprovalStatus ApprovalService::check(const QString &userName, Permission permission, const QString &action,
                                      const QString &reference) const
{
    return checkDecisionPermission(m_deps.authorizer, m_deps.audit, userName, permission, action, reference);
}

AuthorizationDecision ApprovalService::mayDecide(const QString &userName) const
{
    if (!m_deps.authorizer)
        return {true, QString()};
    return m_deps.authorizer->authorize(userName, Permission::ApproveRefund);
}

StoreResult<QList<RefundRequest>> ApprovalService::requests(const QString &userName,
                                                            std::optional<RefundRequestStatus> status) const
{
    if (const ApprovalStatus allowed =
            check(userName, Permission::View, QStringLiteral("approvals_list"), QString());
        !allowed.ok())
        return StoreResult<QList<RefundRequest>>::failure(StoreError::Invalid, allowed.message);
    return m_deps.gate->requests().list(status);
}

PaymentJob *ApprovalService::approve(qint64 requestId, const QString &approverName)
{
    Q_ASSERT(m_deps.payments);
    PaymentJob *job = m_deps.payments->refundApproved(requestId, approverName);
    connect(job, &PaymentJob::finished, this, &ApprovalService::requestsChanged);
    return job;
}

ApprovalStatus ApprovalService::reject(qint64 requestId, const QString &approverName, const QString &reason)
{
    const auto found = m_deps.gate->requests().find(requestId);
    const QString reference = found.ok() ? found->merchantReference : QString();
    if (const ApprovalStatus allowed =
            check(approverName, Permission::ApproveRefund, QStringLiteral("refund_reject"), reference);
        !allowed.ok())
        return allowed;
    if (!found.ok()) {
        return {found.error == StoreError::NotFound ? ApprovalError::NotFound : ApprovalError::Store,
                found.message};
    }
    if (reason.trimmed().isEmpty())
        return {ApprovalError::Invalid, QStringLiteral("a rejection needs a reason")};
    if (containsCardNumber(reason)) {
        // Refused before anything is stored; the message never repeats the number.
        const ApprovalStatus refused{ApprovalError::Invalid, RefundGate::cardNumberInReason()};
        if (m_deps.audit) {
            m_deps.audit->append(approverName, QStringLiteral("refund_reject"), QStringLiteral("refused"),
                                 reference, refused.message);
        }
        return refused;
    }
    const StoreStatus closed =
        m_deps.gate->close(requestId, RefundRequestStatus::Rejected, approverName, reason.trimmed(), now());
    if (!closed.ok()) {
        if (m_deps.audit) {
            m_deps.audit->append(approverName, QStringLiteral("refund_reject"), QStringLiteral("refused"),
                                 reference, closed.message);
        }
        return {closed.error == StoreError::Conflict ? ApprovalError::Closed : ApprovalError::Store,
                closed.message};
    }
    emit requestsChanged();
    return {};
}

ApprovalStatus ApprovalService::refuse(const QString &userName, const QString &action,
                                       const QString &reference, ApprovalStatus refusal) const
{
    if (m_deps.audit)
        m_deps.audit->append(userName, action, QStringLiteral("refused"), reference, refusal.message);
    return refusal;
}

ApprovalStatus ApprovalService::withdraw(qint64 requestId, const QString &requesterName,
                                         const QString &reason)
{
    const QString action = QStringLiteral("refund_withdraw");
    const auto found = m_deps.gate->requests().find(requestId);
    const QString reference = found.ok() ? found->merchantReference : QString();
    if (const ApprovalStatus allowed = check(requesterName, Permission::RequestRefund, action, reference);
        !allowed.ok())
        return allowed;
    if (!found.ok()) {
        return {found.error == StoreError::NotFound ? ApprovalError::NotFound : ApprovalError::Store,
                found.message};
    }
    // Only the person who asked takes a request back; anyone else's is an approver's to reject.
    if (found->requestedBy != requesterName) {
        return refuse(requesterName, action, reference,
                      {ApprovalError::PermissionDenied,
                       QStringLiteral("permission denied: refund request %1 was asked for by %2; only they "
                                      "can withdraw it")
                           .arg(QString::number(requestId), found->requestedBy)});
    }
    if (found->status != RefundRequestStatus::Awaiting) {
        return refuse(requesterName, action, reference,
                      {ApprovalError::Closed,
                       QStringLiteral("refund request %1 is %2, not awaiting")
                           .arg(QString::number(requestId), refundRequestStatusToken(found->status))});
    }
    const QString why = reason.trimmed().isEmpty() ? QStringLiteral("withdrawn") : reason.trimmed();
    const StoreStatus closed =
        m_deps.gate->close(requestId, RefundRequestStatus::Rejected, requesterName, why, now());
    if (!closed.ok()) {
        return refuse(requesterName, action, reference,
                      {closed.error == StoreError::Conflict  ? ApprovalError::Closed
                       : closed.error == StoreError::Invalid ? ApprovalError::Invalid
                                                             : ApprovalError::Store,
                       closed.message});
    }
    emit requestsChanged();
    return {};
}

StoreResult<int> ApprovalService::expireDue()
{
    const QDateTime at = now();
    const auto due = m_deps.gate->requests().dueToExpire(at);
    if (!due.ok())
        return StoreResult<int>(due.status());
    int expired = 0;
    for (const RefundRequest &request : *due) {
        const StoreStatus closed =
            m_deps.gate->close(request.id, RefundRequestStatus::Expired, QStringLiteral("system"),
                               QStringLiteral("expired"), at);
        // Another desk may have decided it a moment ago; that is not an error.
        if (closed.ok())
            ++expired;
        else if (closed.error != StoreError::Conflict)
            return StoreResult<int>(closed);
    }
    if (expired > 0)
        emit requestsChanged();
    return expired;
}

StoreResult<std::optional<qint64>> ApprovalService::threshold(const QString &currencyCode) const
{
    return m_deps.gate->requests().threshold(m_deps.gate->profileName(), currencyCode);
}

ApprovalStatus ApprovalService::setThreshold(const QString &actor, const QString &currencyCode,
                                             std::optional<qint64> threshold)
{
    if (const ApprovalStatus allowed =
            check(actor, Permission::ManageSettings, QStringLiteral("approval_threshold"), QString());
        !allowed.ok())
        return allowed;
    const auto currency = Currency::fromCode(currencyCode);
    if (!currency)
        return {ApprovalError::Invalid, QStringLiteral("unknown currency %1").arg(currencyCode)};
    if (threshold && *threshold < 0)
        return {ApprovalError::Invalid, QStringLiteral("a threshold cannot be negative")};
    const QString details =
        threshold ? QStringLiteral("%1: refunds from %2 %1 need approval")
                        .arg(currency->code(), Money::fromMinor(*threshold, *currency).toPlainString())
                  : QStringLiteral("%1: every refund needs approval").arg(currency->code());
    const StoreStatus written = m_deps.database->withWriteTransaction([&]() -> StoreStatus {
        if (const StoreStatus s =
                m_deps.gate->requests().setThreshold(m_deps.gate->profileName(), currency->code(), threshold);
            !s.ok())
            return s;
        if (!m_deps.audit)
            return StoreStatus::success();
        // Sealed in the same transaction: a threshold edited in the file without the key is found.
        if (const StoreStatus s = PeopleSeal(*m_deps.database, *m_deps.audit)
                                      .sealThreshold(m_deps.gate->profileName(), currency->code());
            !s.ok())
            return s;
        return m_deps.audit
            ->append(actor, QStringLiteral("approval_threshold"), QStringLiteral("done"), QString(), details)
            .status();
    });
    if (!written.ok())
        return {ApprovalError::Store, written.message};
    return {};
}
