#pragma once

#include "money/money.h"

#include <QDateTime>
#include <QString>

#include <optional>

enum class OperationKind { Capture, Void, Refund };

// Outcome tokens of INTERFACES.md.
enum class OperationOutcome { Pending, Succeeded, Declined, Unknown, ManualReview };

QString operationKindToken(OperationKind kind); // "capture" | "void" | "refund"
std::optional<OperationKind> operationKindFromToken(QStringView token);
QString outcomeToken(OperationOutcome outcome); // "pending", "succeeded", ...
std::optional<OperationOutcome> outcomeFromToken(QStringView token);
bool isUnresolved(OperationOutcome outcome); // pending, unknown or manual_review

// APS's running totals for an order, in minor units (CHECK_STATUS authorized/captured/refunded_amount).
struct ApsTotals
{
    qint64 authorized = 0;
    qint64 captured = 0;
    qint64 refunded = 0;

    friend bool operator==(const ApsTotals &a, const ApsTotals &b)
    {
        return a.authorized == b.authorized && a.captured == b.captured && a.refunded == b.refunded;
    }
    friend bool operator!=(const ApsTotals &a, const ApsTotals &b) { return !(a == b); }
};

// One journalled capture, void or refund (ARCHITECTURE.md section 4). `baseline` holds APS's totals read by
// CHECK_STATUS just before the request was journalled: the reconciler decides from them.
struct Operation
{
    qint64 id = 0;
    qint64 transactionId = 0;
    QString merchantReference;
    OperationKind kind = OperationKind::Capture;
    qint64 amount = 0; // minor units of `currency`; 0 for a void
    Currency currency;
    OperationOutcome outcome = OperationOutcome::Pending;
    QString userName;
    QString owner;                // the desk/process that sent it
    QString maintenanceReference; // refunds only
    qint64 refundRequestId = 0;   // 0 when the refund was not approved through a request
    ApsTotals baseline;
    QDateTime createdAt;
    QDateTime sentAt;
    QDateTime leaseUntil; // the reconciler leaves the operation to its owner until then
    QDateTime finishedAt;
    QString responseCode;
    QString responseMessage;
    int checkAttempts = 0;
    QDateTime nextCheckAt;
    // Reconciliation: how many checks in a row saw APS's totals still at the baseline, since when. "Not
    // applied" needs enough of them spread over the profile's quiet window (Reconciler).
    int quietChecks = 0;
    QDateTime quietSince;
    qint64 retryOf = 0; // the attempt at the same intent this one repeats (0: none)
    QString resolution; // why the reconciler or a person settled it as it did
    QString resolvedBy;

    Money money() const { return Money::fromMinor(amount, currency); }
    // Settled as not applied by the reconciler or a person, not by APS's own answer: APS may still apply it
    // late, so later totals are compared against it.
    bool isNotAppliedVerdict() const
    {
        return outcome == OperationOutcome::Declined && !resolvedBy.isEmpty();
    }
    // Its outcome was unknown at some point (settled by the reconciler or a person, or still open).
    bool wasUncertain() const { return !resolvedBy.isEmpty() || isUnresolved(outcome); }
    // The totals APS shows once this operation has been applied on top of the baseline.
    ApsTotals expectedTotals() const;
};
