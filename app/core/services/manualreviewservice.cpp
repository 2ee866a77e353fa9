#include "manualreviewservice.h"

#include "domain/cardnumber.h"
#include "services/authorizer.h"
#include "services/reconciler.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/operationjournal.h"
#include "store/resolutionproposalrepository.h"
#include "store/transactionrepository.h"

namespace {

// The operation while it is still in manual_review; otherwise the failure to roll back with, and in *refused
// why it was refused.
StoreResult<Operation> inManualReview(const OperationJournal &journal, qint64 operationId,
                                      ReviewStatus *refused)
{
    auto op = journal.find(operationId);
    if (!op.ok()) {
        if (op.error == StoreError::NotFound)
            *refused = {ReviewError::NotFound, QStringLiteral("no operation %1").arg(operationId)};
        return op;
    }
    if (op->outcome != OperationOutcome::ManualReview) {
        *refused = {ReviewError::Closed, QStringLiteral("operation %1 is %2, not in manual review")
                                             .arg(operationId)
                                             .arg(outcomeToken(op->outcome))};
        return StoreResult<Operation>::failure(StoreError::Conflict, refused->message);
    }
    return op;
}

// The open proposal on the operation, when `userName` may confirm it (someone else proposed it); otherwise
// the failure to roll back with, and in *refused why it was refused.
StoreResult<ResolutionProposal> proposalToConfirm(const ResolutionProposalRepository &proposals,
                                                  qint64 operationId, const QString &userName,
                                                  ReviewStatus *refused)
{
    const auto open = proposals.openFor(operationId);
    if (!open.ok())
        return open.status();
    if (!*open) {
        *refused = {ReviewError::Closed,
                    QStringLiteral("operation %1 has no proposal awaiting confirmation").arg(operationId)};
        return StoreResult<ResolutionProposal>::failure(StoreError::Conflict, refused->message);
    }
    if ((*open)->proposedBy == userName) {
        *refused = {
            ReviewError::PermissionDenied,
            QStringLiteral("%1 proposed this resolution; another person must confirm it").arg(userName)};
        return StoreResult<ResolutionProposal>::failure(StoreError::Invalid, refused->message);
    }
    return **open;
}

// What in APS's answer contradicts the proposal (empty: nothing). A person's word settles what APS cannot
// show, never what it contradicts.
QString contradictionOf(const ResolutionProposal &proposal, const Reconciler::Evidence &evidence)
{
    const bool applied = proposal.resolution == ProposedResolution::Applied;
    if (applied && !evidence.answered)
        return QStringLiteral("APS must be asked before an operation is confirmed applied (%1)")
            .arg(evidence.seen);
    if (applied && !evidence.applied && evidence.quiet == OperationJournal::QuietCheck::Seen)
        return QStringLiteral("APS contradicts \"applied\": %1").arg(evidence.seen);
    if (!applied && evidence.applied)
        return QStringLiteral("APS contradicts \"not applied\": %1").arg(evidence.seen);
    return {};
}

} // namespace

ManualReviewService::ManualReviewService(Dependencies dependencies, QObject *parent)
    : QObject(parent)
    , m_deps(std::move(dependencies))
{
    Q_ASSERT(m_deps.database);
}

ManualReviewService::~ManualReviewService() = default;

bool ManualReviewService::allowed(const QString &userName, Permission permission) const
{
    return !m_deps.authorizer || m_deps.authorizer->authorize(userName, permission).allowed;
}

ReviewStatus ManualReviewService::refuse(const QString &userName, const QString &action,
                                         const QString &reference, ReviewStatus status) const
{
    if (m_deps.audit) {
        m_deps.audit->append(userName, action,
                             status.error == ReviewError::Store ? QStringLiteral("failed")
                                                                : QStringLiteral("refused"),
                             reference, status.message);
    }
    return status;
}

ReviewStatus ManualReviewService::check(const QString &userName, Permission permission, const QString &action,
                                        const QString &reference) const
{
    return checkDecisionPermission(m_deps.authorizer, m_deps.audit, userName, permission, action, reference);
}

QString ManualReviewService::referenceOf(qint64 operationId) const
{
    const auto op = OperationJournal(*m_deps.database).find(operationId);
    return op.ok() ? op->merchantReference : QString();
}

StoreResult<QList<ManualReviewItem>> ManualReviewService::pending(const QString &userName) const
{
    if (const ReviewStatus s = check(userName, Permission::View, QStringLiteral("review_list"), QString());
        !s.ok())
        return StoreResult<QList<ManualReviewItem>>::failure(StoreError::Invalid, s.message);
    const auto open = OperationJournal(*m_deps.database).unresolved();
    if (!open.ok())
        return StoreResult<QList<ManualReviewItem>>(open.status());
    const ResolutionProposalRepository proposals(*m_deps.database);
    QList<ManualReviewItem> items;
    for (const Operation &op : *open) {
        if (op.outcome != OperationOutcome::ManualReview)
            continue;
        const auto proposal = proposals.openFor(op.id);
        if (!proposal.ok())
            return StoreResult<QList<ManualReviewItem>>(proposal.status());
        items.append({op, *proposal});
    }
    return items;
}

ReviewStatus ManualReviewService::propose(qint64 operationId, const QString &userName,
                                          ProposedResolution resolution, const QString &evidence)
{
    const QString action = QStringLiteral("review_propose");
    const QString reference = referenceOf(operationId);
    if (const ReviewStatus s = check(userName, Permission::ProposeResolution, action, reference); !s.ok())
        return s;
    if (evidence.trimmed().isEmpty())
        return refuse(userName, action, reference,
                      {ReviewError::Invalid, QStringLiteral("a proposal needs evidence")});
    if (containsCardNumber(evidence))
        return refuse(userName, action, reference,
                      {ReviewError::Invalid,
                       QStringLiteral("the evidence contains what looks like a card number; PayDesk never "
                                      "stores card numbers: describe the evidence without it")});
    ReviewStatus refused;
    const StoreStatus written = m_deps.database->withWriteTransaction([&]() -> StoreStatus {
        const auto op = inManualReview(OperationJournal(*m_deps.database), operationId, &refused);
        if (!op.ok())
            return op.status();
        ResolutionProposal proposal;
        proposal.operationId = operationId;
        proposal.resolution = resolution;
        proposal.evidence = evidence.trimmed();
        proposal.proposedBy = userName;
        proposal.proposedAt = now();
        if (const StoreStatus s = ResolutionProposalRepository(*m_deps.database).insert(proposal); !s.ok()) {
            if (s.error == StoreError::Conflict)
                refused = {ReviewError::Closed, s.message};
            return s;
        }
        if (!m_deps.audit)
            return StoreStatus::success();
        return m_deps.audit
            ->append(userName, action, QStringLiteral("done"), reference,
                     QStringLiteral("operation %1 (%2): proposed %3: %4")
                         .arg(operationId)
                         .arg(operationKindToken(op->kind), proposedResolutionToken(resolution),
                              proposal.evidence))
            .status();
    });
    if (!written.ok())
        return refuse(userName, action, reference,
                      refused.ok() ? ReviewStatus{ReviewError::Store, written.message} : refused);
    emit reviewsChanged();
    return {};
}

ReviewStatus ManualReviewService::confirm(qint64 operationId, const QString &userName,
                                          const PaymentService::StatusAnswer &aps)
{
    const QString action = QStringLiteral("review_confirm");
    const QString reference = referenceOf(operationId);
    if (const ReviewStatus s = check(userName, Permission::ConfirmResolution, action, reference); !s.ok())
        return s;
    ReviewStatus refused;
    qint64 transactionId = 0;
    const StoreStatus written = m_deps.database->withWriteTransaction([&]() -> StoreStatus {
        const OperationJournal journal(*m_deps.database);
        const ResolutionProposalRepository proposals(*m_deps.database);
        const auto op = inManualReview(journal, operationId, &refused);
        if (!op.ok())
            return op.status();
        const auto confirmable = proposalToConfirm(proposals, operationId, userName, &refused);
        if (!confirmable.ok())
            return confirmable.status();
        const ResolutionProposal &proposal = *confirmable;
        const Reconciler::Evidence evidence = Reconciler::assess(*op, aps);
        const bool applied = proposal.resolution == ProposedResolution::Applied;
        if (const QString contradiction = contradictionOf(proposal, evidence); !contradiction.isEmpty()) {
            refused = {ReviewError::Invalid,
                       contradiction + QStringLiteral("; the operation stays in manual review")};
            return StoreStatus::failure(StoreError::Invalid, refused.message);
        }
        const QDateTime at = now();
        if (const StoreStatus s = proposals.close(proposal.id, ProposalStatus::Confirmed, userName, at);
            !s.ok())
            return s;
        const QString resolution = QStringLiteral("%1 proposed by %2 (%3), confirmed by %4; %5")
                                       .arg(proposedResolutionToken(proposal.resolution), proposal.proposedBy,
                                            proposal.evidence, userName, evidence.seen);
        const TransactionRepository transactions(*m_deps.database, m_deps.rules);
        const StoreStatus settled =
            applied ? Reconciler::recordApplied(transactions, journal, *op,
                                                evidence.answered ? evidence.apsTotals : op->baseline,
                                                evidence.voided, at, resolution, userName)
                    : Reconciler::recordNotApplied(transactions, journal, *op, at, resolution, userName);
        if (!settled.ok())
            return settled;
        transactionId = op->transactionId;
        if (!m_deps.audit)
            return StoreStatus::success();
        return m_deps.audit
            ->append(userName, action, QStringLiteral("done"), reference,
                     QStringLiteral("operation %1 (%2): %3")
                         .arg(operationId)
                         .arg(operationKindToken(op->kind), resolution))
            .status();
    });
    if (!written.ok()) {
        if (refused.ok())
            refused = {written.error == StoreError::Conflict ? ReviewError::Closed : ReviewError::Store,
                       written.message};
        return refuse(userName, action, reference, refused);
    }
    emit reviewsChanged();
    emit transactionSettled(transactionId);
    return {};
}

ReviewStatus ManualReviewService::reject(qint64 operationId, const QString &userName, const QString &reason)
{
    const QString action = QStringLiteral("review_reject");
    const QString reference = referenceOf(operationId);
    const auto open = ResolutionProposalRepository(*m_deps.database).openFor(operationId);
    if (!open.ok())
        return refuse(userName, action, reference, {ReviewError::Store, open.message});
    // Withdrawing one's own proposal moves nothing; setting aside someone else's is the second person's call.
    const bool own = *open && (*open)->proposedBy == userName;
    if (const ReviewStatus s = check(
            userName, own ? Permission::ProposeResolution : Permission::ConfirmResolution, action, reference);
        !s.ok())
        return s;
    if (!*open)
        return refuse(
            userName, action, reference,
            {ReviewError::Closed,
             QStringLiteral("operation %1 has no proposal awaiting confirmation").arg(operationId)});
    if (reason.trimmed().isEmpty())
        return refuse(userName, action, reference,
                      {ReviewError::Invalid, QStringLiteral("a rejection needs a reason")});
    if (containsCardNumber(reason))
        return refuse(userName, action, reference,
                      {ReviewError::Invalid,
                       QStringLiteral("the reason contains what looks like a card number; PayDesk never "
                                      "stores card numbers: give the reason without it")});
    const ResolutionProposal &proposal = **open;
    const StoreStatus written = m_deps.database->withWriteTransaction([&]() -> StoreStatus {
        if (const StoreStatus s =
                ResolutionProposalRepository(*m_deps.database)
                    .close(proposal.id, ProposalStatus::Rejected, userName, now(), reason.trimmed());
            !s.ok())
            return s;
        if (!m_deps.audit)
            return StoreStatus::success();
        return m_deps.audit
            ->append(
                userName, action, QStringLiteral("done"), reference,
                QStringLiteral("operation %1: proposal %2 by %3 rejected: %4")
                    .arg(operationId)
                    .arg(proposedResolutionToken(proposal.resolution), proposal.proposedBy, reason.trimmed()))
            .status();
    });
    if (!written.ok())
        return refuse(userName, action, reference,
                      {written.error == StoreError::Conflict ? ReviewError::Closed : ReviewError::Store,
                       written.message});
    emit reviewsChanged();
    return {};
}
