#include "exitcodes.h"

#include "services/authservice.h"
#include "services/bulkcapture.h"
#include "services/paymentservice.h"
#include "services/teamkeys.h"

#include <algorithm>

int exitCodeOf(StoreError error)
{
    switch (error) {
    case StoreError::None:
        return ExitDone;
    case StoreError::Invalid:
        return ExitUsage;
    case StoreError::AlreadyExists:
    case StoreError::NotFound:
    case StoreError::Conflict:
        return ExitRefused;
    default:
        return ExitEnvironment;
    }
}

int exitCodeOf(AuthError error)
{
    switch (error) {
    case AuthError::None:
        return ExitDone;
    case AuthError::WeakPassword:
    case AuthError::InvalidName:
        return ExitUsage;
    case AuthError::Store:
        return ExitEnvironment;
    default:
        return ExitRefused;
    }
}

int exitCodeOf(const AuthStatus &status)
{
    return exitCodeOf(status.error);
}

int exitCodeOf(const DecisionStatus &status)
{
    switch (status.error) {
    case DecisionError::None:
        return ExitDone;
    case DecisionError::PermissionDenied:
    case DecisionError::NotFound:
    case DecisionError::Closed:
        return ExitRefused;
    case DecisionError::Invalid:
        return ExitUsage;
    case DecisionError::Store:
        return ExitEnvironment;
    }
    return ExitEnvironment;
}

int exitCodeOf(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Succeeded:
        return ExitDone;
    case PaymentStatus::Declined:
    case PaymentStatus::Refused:
        return ExitRefused;
    case PaymentStatus::Unknown:
        return ExitUnknown;
    case PaymentStatus::AwaitingApproval:
        return ExitAwaitingApproval;
    case PaymentStatus::Environment:
        return ExitEnvironment;
    }
    return ExitEnvironment;
}

int exitCodeOf(const PaymentResult &result)
{
    return exitCodeOf(result.status);
}

namespace {

int skipExitCode(const BulkCapturePlanItem &item)
{
    if (item.willCapture)
        return ExitDone;
    return item.skipReason == BulkSkipReason::InvalidInput ? ExitUsage : ExitRefused;
}

} // namespace

int exitCodeOf(const BulkCapturePlan &plan)
{
    int worst = ExitDone;
    for (const BulkCapturePlanItem &item : plan.items)
        worst = std::max(worst, skipExitCode(item));
    return worst;
}

int exitCodeOf(const BulkCaptureRowResult &row)
{
    if (row.payment)
        return exitCodeOf(*row.payment);
    if (row.status == BulkCaptureRowResult::Status::Skipped)
        return skipExitCode(row.item);
    return row.status == BulkCaptureRowResult::Status::Captured ? ExitDone : ExitRefused;
}

int exitCodeOf(const BulkCaptureReport &report)
{
    int worst = ExitDone;
    for (const BulkCaptureRowResult &row : report.rows)
        worst = std::max(worst, exitCodeOf(row));
    return worst;
}

int exitCodeOf(const TeamKeysStatus &status)
{
    switch (status.error) {
    case TeamKeysError::None:
        return ExitDone;
    case TeamKeysError::WeakPassphrase:
        return ExitUsage;
    case TeamKeysError::PermissionDenied:
    case TeamKeysError::Unreadable:
    case TeamKeysError::Exists:
    case TeamKeysError::OtherDatabase:
    case TeamKeysError::KeyMismatch:
        return ExitRefused;
    case TeamKeysError::OtherAccount:
    case TeamKeysError::Keychain:
    case TeamKeysError::Store:
        return ExitEnvironment;
    }
    return ExitEnvironment;
}
