#include "resolutionproposal.h"

#include "domain/tokentable.h"

namespace {

constexpr TokenTable<ProposedResolution, 2> resolutionTokens{{
    {ProposedResolution::Applied, "applied"},
    {ProposedResolution::NotApplied, "not_applied"},
}};

constexpr TokenTable<ProposalStatus, 3> statusTokens{{
    {ProposalStatus::Proposed, "proposed"},
    {ProposalStatus::Confirmed, "confirmed"},
    {ProposalStatus::Rejected, "rejected"},
}};

} // namespace

QString proposedResolutionToken(ProposedResolution resolution)
{
    return tokenOf(resolutionTokens, resolution);
}

std::optional<ProposedResolution> proposedResolutionFromToken(QStringView token)
{
    return valueOfToken(resolutionTokens, token);
}

QString proposalStatusToken(ProposalStatus status)
{
    return tokenOf(statusTokens, status);
}

std::optional<ProposalStatus> proposalStatusFromToken(QStringView token)
{
    return valueOfToken(statusTokens, token);
}
