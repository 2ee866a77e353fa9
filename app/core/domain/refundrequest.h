#pragma once

#include "money/money.h"

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

enum class RefundRequestStatus { Awaiting, Approved, Rejected, Expired };

QString
refundRequestStatusToken(RefundRequestStatus status); // "awaiting" | "approved" | "rejected" | "expired"
std::optional<RefundRequestStatus> refundRequestStatusFromToken(QStringView token);

// A refund waiting for a second person (maker-checker; the `refund_requests` table). While it is awaiting,
// its amount is reserved on the transaction (Transaction::refundReserved), so nobody can refund it twice.
struct RefundRequest
{
    qint64 id = 0;
    qint64 transactionId = 0;
    QString merchantReference; // of the transaction, for display
    qint64 amount = 0;         // minor units of `currency`
    Currency currency;
    QString reason;
    QString requestedBy;
    QDateTime requestedAt; // UTC
    QDateTime expiresAt;   // UTC
    RefundRequestStatus status = RefundRequestStatus::Awaiting;
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionReason;
    qint64 operationId = 0; // the journalled refund, once approved

    Money money() const { return Money::fromMinor(amount, currency); }
    bool isExpiredAt(const QDateTime &now) const { return expiresAt.isValid() && expiresAt <= now; }
    // Withdrawn by the person who asked (ApprovalService::withdraw): stored as rejected by the requester,
    // like a withdrawn resolution proposal, so the table keeps its four statuses.
    bool isWithdrawn() const { return status == RefundRequestStatus::Rejected && decidedBy == requestedBy; }
};
