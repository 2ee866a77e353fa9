#include "resolutionproposalrepository.h"

#include "store/database.h"
#include "store/sqlvalue.h"

#include <QSqlError>
#include <QSqlQuery>

ResolutionProposalRepository::ResolutionProposalRepository(const Database &database)
    : m_database(database)
{}

ResolutionProposal ResolutionProposalRepository::fromQuery(const QSqlQuery &query)
{
    ResolutionProposal proposal;
    proposal.id = query.value(0).toLongLong();
    proposal.operationId = query.value(1).toLongLong();
    proposal.resolution =
        proposedResolutionFromToken(query.value(2).toString()).value_or(ProposedResolution::NotApplied);
    proposal.evidence = query.value(3).toString();
    proposal.proposedBy = query.value(4).toString();
    proposal.proposedAt = fromMs(query.value(5));
    proposal.status = proposalStatusFromToken(query.value(6).toString()).value_or(ProposalStatus::Rejected);
    proposal.decidedBy = query.value(7).toString();
    proposal.decidedAt = fromMs(query.value(8));
    proposal.decisionReason = query.value(9).toString();
    return proposal;
}

StoreResult<QList<ResolutionProposal>> ResolutionProposalRepository::select(const QString &where,
                                                                            const QVariantList &values) const
{
    return selectAll<ResolutionProposal>(
        m_database,
        QStringLiteral("SELECT id, operation_id, resolution, evidence, proposed_by, proposed_at, "
                       "status, decided_by, decided_at, decision_reason FROM resolution_proposals ") +
            where,
        values, fromQuery, QStringLiteral("reading resolution proposals"));
}

StoreStatus ResolutionProposalRepository::insert(ResolutionProposal &proposal) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO resolution_proposals (operation_id, resolution, evidence, "
                       "proposed_by, proposed_at, status) VALUES (?, ?, ?, ?, ?, 'proposed') RETURNING id"));
    query.addBindValue(proposal.operationId);
    query.addBindValue(proposedResolutionToken(proposal.resolution));
    query.addBindValue(notNull(proposal.evidence));
    query.addBindValue(notNull(proposal.proposedBy));
    query.addBindValue(proposal.proposedAt.toMSecsSinceEpoch());
    if (!query.exec()) {
        // The partial unique index of open proposals.
        if (isConstraintViolation(query.lastError()))
            return StoreStatus::failure(
                StoreError::Conflict,
                QStringLiteral("operation %1 already has a proposal awaiting confirmation")
                    .arg(proposal.operationId));
        return Database::sqlFailure(query, QStringLiteral("recording a resolution proposal"));
    }
    proposal.id = returnedId(query);
    proposal.status = ProposalStatus::Proposed;
    return StoreStatus::success();
}

StoreResult<std::optional<ResolutionProposal>> ResolutionProposalRepository::openFor(qint64 operationId) const
{
    const auto found =
        select(QStringLiteral("WHERE operation_id = ? AND status = 'proposed'"), {QVariant(operationId)});
    if (!found.ok())
        return StoreResult<std::optional<ResolutionProposal>>(found.status());
    if (found->isEmpty())
        return std::optional<ResolutionProposal>();
    return std::optional<ResolutionProposal>(found->first());
}

StoreResult<QList<ResolutionProposal>> ResolutionProposalRepository::history(qint64 operationId) const
{
    return select(QStringLiteral("WHERE operation_id = ? ORDER BY id"), {QVariant(operationId)});
}

StoreStatus ResolutionProposalRepository::close(qint64 proposalId, ProposalStatus status,
                                                const QString &decidedBy, const QDateTime &at,
                                                const QString &reason) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE resolution_proposals SET status = ?, decided_by = ?, decided_at = ?, "
                       "decision_reason = ? WHERE id = ? AND status = 'proposed'"));
    query.addBindValue(proposalStatusToken(status));
    query.addBindValue(notNull(decidedBy));
    query.addBindValue(at.toMSecsSinceEpoch());
    query.addBindValue(notNull(reason));
    query.addBindValue(proposalId);
    if (!query.exec())
        return Database::sqlFailure(query, QStringLiteral("closing a resolution proposal"));
    if (query.numRowsAffected() != 1)
        return StoreStatus::failure(
            StoreError::Conflict,
            QStringLiteral("resolution proposal %1 was decided elsewhere").arg(proposalId));
    return StoreStatus::success();
}
