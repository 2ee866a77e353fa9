#include "refundgate.h"

#include "domain/cardnumber.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/operationjournal.h"
#include "store/refundrequestrepository.h"
#include "store/transactionrepository.h"

RefundGate::RefundGate(const Database &database, const AuditLog *audit, QString profileName,
                       std::chrono::seconds expiry)
    : m_database(database)
    , m_audit(audit)
    , m_profileName(std::move(profileName))
    , m_expiry(expiry)
    , m_requests(std::make_unique<RefundRequestRepository>(database))
    , m_transactions(std::make_unique<TransactionRepository>(database))
    , m_journal(std::make_unique<OperationJournal>(database))
{}

RefundGate::~RefundGate() = default;

QString RefundGate::cardNumberInReason()
{
    return QStringLiteral("the reason contains what looks like a card number; PayDesk never stores card "
                          "numbers: give the reason without it");
}

StoreStatus RefundGate::audit(const QString &user, const QString &action, const QString &outcome,
                              const QString &reference, const QString &details) const
{
    if (!m_audit)
        return StoreStatus::success();
    return m_audit->append(user, action, outcome, reference, details).status();
}

StoreResult<bool> RefundGate::needsApproval(const Transaction &tx, const Money &amount, const QDateTime &now,
                                            qint64 *counted) const
{
    const auto threshold = m_requests->threshold(m_profileName, amount.currency().code());
    if (!threshold.ok())
        return StoreResult<bool>(threshold.status());
    const auto refunded =
        m_journal->refundedWithoutApproval(tx.id, now.addSecs(-std::chrono::seconds(SplitWindow).count()));
    if (!refunded.ok())
        return StoreResult<bool>(refunded.status());
    const qint64 earlier = *refunded + tx.refundReserved;
    if (counted)
        *counted = earlier;
    if (!threshold->has_value())
        return true;
    // Minor units of one order stay far below qint64's range; the sum cannot overflow.
    return earlier + amount.minorUnits() >= **threshold;
}

StoreResult<RefundRequest> RefundGate::hold(Transaction &tx, const Money &amount, const QString &reason,
                                            const QString &requester, const QDateTime &now) const
{
    if (containsCardNumber(reason))
        return StoreResult<RefundRequest>::failure(StoreError::Invalid, cardNumberInReason());
    RefundRequest request;
    request.transactionId = tx.id;
    request.merchantReference = tx.merchantReference;
    request.amount = amount.minorUnits();
    request.currency = tx.currency;
    request.reason = reason;
    request.requestedBy = requester;
    request.requestedAt = now;
    request.expiresAt = now.addSecs(m_expiry.count());
    if (const StoreStatus s = m_requests->insert(request); !s.ok())
        return StoreResult<RefundRequest>(s);
    tx.refundReserved += request.amount;
    if (const StoreStatus s = m_transactions->updateTotals(tx); !s.ok())
        return StoreResult<RefundRequest>(s);
    const StoreStatus audited =
        audit(requester, QStringLiteral("refund_request"), QStringLiteral("awaiting"), tx.merchantReference,
              QStringLiteral("request %1: %2 %3, expires %4, reason: %5")
                  .arg(QString::number(request.id), amount.toPlainString(), tx.currency.code(),
                       request.expiresAt.toString(Qt::ISODate), reason));
    if (!audited.ok())
        return StoreResult<RefundRequest>(audited);
    return request;
}

ApprovalCheck RefundGate::checkApproval(qint64 id, const QString &approver, const Transaction &tx,
                                        const QDateTime &now) const
{
    ApprovalCheck check;
    const auto found = m_requests->find(id);
    if (!found.ok()) {
        check.refusal =
            found.error == StoreError::NotFound ? ApprovalRefusal::NotFound : ApprovalRefusal::Store;
        check.detail = found.message;
        return check;
    }
    check.request = *found;
    const RefundRequest &request = *found;
    if (request.transactionId != tx.id) {
        check.refusal = ApprovalRefusal::WrongTransaction;
        check.detail =
            QStringLiteral("refund request %1 belongs to order %2").arg(id).arg(request.merchantReference);
    } else if (request.status != RefundRequestStatus::Awaiting) {
        check.refusal = ApprovalRefusal::NotAwaiting;
        check.detail =
            QStringLiteral("refund request %1 is %2 (by %3)")
                .arg(QString::number(id), refundRequestStatusToken(request.status), request.decidedBy);
    } else if (request.isExpiredAt(now)) {
        check.refusal = ApprovalRefusal::Expired;
        check.detail = QStringLiteral("refund request %1 expired on %2")
                           .arg(QString::number(id), request.expiresAt.toString(Qt::ISODate));
    } else if (request.requestedBy == approver) {
        check.refusal = ApprovalRefusal::SelfApproval;
        check.detail = QStringLiteral("permission denied: %1 asked for refund request %2, so another person "
                                      "must approve it")
                           .arg(approver)
                           .arg(id);
    }
    return check;
}

StoreStatus RefundGate::approve(const RefundRequest &request, const QString &approver, Transaction &tx,
                                const QDateTime &now) const
{
    if (const StoreStatus s = m_requests->decide(request.id, RefundRequestStatus::Awaiting,
                                                 RefundRequestStatus::Approved, approver, now, QString());
        !s.ok())
        return s;
    if (const StoreStatus s = release(tx.id, request.amount, &tx); !s.ok())
        return s;
    return audit(approver, QStringLiteral("refund_approve"), QStringLiteral("approved"), tx.merchantReference,
                 QStringLiteral("request %1 of %2: %3 %4")
                     .arg(QString::number(request.id), request.requestedBy, request.money().toPlainString(),
                          request.currency.code()));
}

StoreStatus RefundGate::linkOperation(qint64 requestId, qint64 operationId) const
{
    return m_requests->setOperation(requestId, operationId);
}

StoreStatus RefundGate::close(qint64 id, RefundRequestStatus status, const QString &by, const QString &reason,
                              const QDateTime &now) const
{
    if (containsCardNumber(reason))
        return StoreStatus::failure(StoreError::Invalid, cardNumberInReason());
    return m_database.withWriteTransaction([&]() -> StoreStatus {
        const auto found = m_requests->find(id);
        if (!found.ok())
            return found.status();
        if (const StoreStatus s =
                m_requests->decide(id, RefundRequestStatus::Awaiting, status, by, now, reason);
            !s.ok())
            return s;
        if (const StoreStatus s = release(found->transactionId, found->amount, nullptr); !s.ok())
            return s;
        const bool rejected = status == RefundRequestStatus::Rejected;
        // The requester closing her own request withdraws it (RefundRequest::isWithdrawn()).
        const bool withdrawn = rejected && by == found->requestedBy;
        return audit(by,
                     withdrawn  ? QStringLiteral("refund_withdraw")
                     : rejected ? QStringLiteral("refund_reject")
                                : QStringLiteral("refund_expire"),
                     withdrawn ? QStringLiteral("withdrawn") : refundRequestStatusToken(status),
                     found->merchantReference,
                     QStringLiteral("request %1 of %2: %3 %4%5")
                         .arg(QString::number(id), found->requestedBy, found->money().toPlainString(),
                              found->currency.code(),
                              reason.isEmpty() ? QString() : QStringLiteral(", reason: ") + reason));
    });
}

StoreStatus RefundGate::release(qint64 transactionId, qint64 amount, Transaction *tx) const
{
    auto fresh = tx ? StoreResult<Transaction>(*tx) : m_transactions->lockById(transactionId);
    if (!fresh.ok())
        return fresh.status();
    // A reservation can only have been made by a request; never let a damaged row go negative.
    fresh->refundReserved = std::max<qint64>(0, fresh->refundReserved - amount);
    if (const StoreStatus s = m_transactions->updateTotals(*fresh); !s.ok())
        return s;
    if (tx)
        *tx = *fresh;
    return StoreStatus::success();
}
