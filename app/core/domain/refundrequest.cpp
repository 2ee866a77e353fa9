#include "refundrequest.h"

#include "domain/tokentable.h"

namespace {
constexpr TokenTable<RefundRequestStatus, 4> statusTokens{{
    {RefundRequestStatus::Awaiting, "awaiting"},
    {RefundRequestStatus::Approved, "approved"},
    {RefundRequestStatus::Rejected, "rejected"},
    {RefundRequestStatus::Expired, "expired"},
}};
} // namespace

QString refundRequestStatusToken(RefundRequestStatus status)
{
    return tokenOf(statusTokens, status);
}

std::optional<RefundRequestStatus> refundRequestStatusFromToken(QStringView token)
{
    return valueOfToken(statusTokens, token);
}
