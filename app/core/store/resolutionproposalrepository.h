#pragma once

#include "store/resolutionproposal.h"
#include "store/storeresult.h"

#include <QList>
#include <QVariantList>

class Database;
class QSqlQuery;

// Reads and writes the resolution_proposals table. Times are stored as ms since the epoch (UTC). Callers that
// read and then write do so inside Database::withWriteTransaction.
class ResolutionProposalRepository final
{
public:
    explicit ResolutionProposalRepository(const Database &database);

    // Inserts `proposal` as Proposed (id filled in). Conflict when the operation already has an open one.
    StoreStatus insert(ResolutionProposal &proposal) const;
    // The operation's open (Proposed) proposal; nullopt when there is none.
    StoreResult<std::optional<ResolutionProposal>> openFor(qint64 operationId) const;
    // Every proposal of an operation, oldest first.
    StoreResult<QList<ResolutionProposal>> history(qint64 operationId) const;
    // Compare-and-set from Proposed to `status` (Confirmed or Rejected). Conflict when it is not open any
    // more.
    StoreStatus close(qint64 proposalId, ProposalStatus status, const QString &decidedBy, const QDateTime &at,
                      const QString &reason = QString()) const;

private:
    StoreResult<QList<ResolutionProposal>> select(const QString &where, const QVariantList &values) const;
    static ResolutionProposal fromQuery(const QSqlQuery &query);

    const Database &m_database;
};
