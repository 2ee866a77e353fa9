#include "operation.h"

#include "tokentable.h"

namespace {

constexpr TokenTable<OperationOutcome, 5> outcomeTokens{{
    {OperationOutcome::Pending, "pending"},
    {OperationOutcome::Succeeded, "succeeded"},
    {OperationOutcome::Declined, "declined"},
    {OperationOutcome::Unknown, "unknown"},
    {OperationOutcome::ManualReview, "manual_review"},
}};

constexpr TokenTable<OperationKind, 3> kindTokens{{
    {OperationKind::Capture, "capture"},
    {OperationKind::Void, "void"},
    {OperationKind::Refund, "refund"},
}};

} // namespace

QString operationKindToken(OperationKind kind)
{
    return tokenOf(kindTokens, kind);
}

std::optional<OperationKind> operationKindFromToken(QStringView token)
{
    return valueOfToken(kindTokens, token);
}

QString outcomeToken(OperationOutcome outcome)
{
    return tokenOf(outcomeTokens, outcome);
}

std::optional<OperationOutcome> outcomeFromToken(QStringView token)
{
    return valueOfToken(outcomeTokens, token);
}

bool isUnresolved(OperationOutcome outcome)
{
    return outcome == OperationOutcome::Pending || outcome == OperationOutcome::Unknown ||
           outcome == OperationOutcome::ManualReview;
}

ApsTotals Operation::expectedTotals() const
{
    ApsTotals totals = baseline;
    switch (kind) {
    case OperationKind::Capture:
        totals.captured += amount;
        break;
    case OperationKind::Refund:
        totals.refunded += amount;
        break;
    case OperationKind::Void:
        break; // a void moves no totals; APS shows it through the last operation's status
    }
    return totals;
}
