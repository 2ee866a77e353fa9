#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

// How a person says an operation in manual_review ended (the resolution_proposals.resolution column).
enum class ProposedResolution { Applied, NotApplied };
// proposed: awaiting a second person; confirmed: the operation was settled by it; rejected: set aside.
enum class ProposalStatus { Proposed, Confirmed, Rejected };

QString proposedResolutionToken(ProposedResolution resolution); // "applied" | "not_applied"
std::optional<ProposedResolution> proposedResolutionFromToken(QStringView token);
QString proposalStatusToken(ProposalStatus status); // "proposed" | "confirmed" | "rejected"
std::optional<ProposalStatus> proposalStatusFromToken(QStringView token);

// One person's proposal of how a manual_review operation ended, with the evidence they saw (four eyes,
// ARCHITECTURE.md section 4 step 5). At most one proposal per operation is `Proposed` at a time.
struct ResolutionProposal
{
    qint64 id = 0;
    qint64 operationId = 0;
    ProposedResolution resolution = ProposedResolution::NotApplied;
    QString evidence; // free text from the proposer: what APS's back office or the bank statement showed
    QString proposedBy;
    QDateTime proposedAt; // UTC
    ProposalStatus status = ProposalStatus::Proposed;
    QString decidedBy; // who confirmed or rejected it
    QDateTime decidedAt;
    QString decisionReason; // the rejection's reason
};
