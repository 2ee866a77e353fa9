#pragma once

#include "domain/operation.h"
#include "store/storeresult.h"

#include <QDateTime>
#include <QList>

#include <optional>

class Database;
class QSqlQuery;

// The operation journal (ARCHITECTURE.md section 4): every capture, void and refund is written here before
// its request is sent, and settled here afterwards, so none is ever lost or sent twice.
//
// begin() must run inside the caller's Database::withWriteTransaction, together with the rule check on a
// fresh read of the transaction and the audit entry. The partial unique index operations_one_unresolved
// allows one pending/unknown/manual_review operation per transaction whatever process asks: a second begin()
// answers Conflict. Settling methods are compare-and-set on the outcome the caller last saw, so the desk that
// sent an operation and a reconciler can never both settle it.
class OperationJournal final
{
public:
    explicit OperationJournal(const Database &database);

    // Inserts `operation` (outcome pending; id filled in). Conflict when the transaction already has an
    // unresolved operation or the maintenance reference is taken.
    StoreStatus begin(Operation &operation) const;

    StoreResult<Operation> find(qint64 operationId) const;
    // Every operation of a transaction, oldest first (the detail pane's timeline).
    StoreResult<QList<Operation>> history(qint64 transactionId) const;
    // Every pending/unknown/manual_review operation.
    StoreResult<QList<Operation>> unresolved() const;

    // Moves an operation from `expected` to `outcome` (succeeded, declined, unknown or manual_review), with
    // the APS code and message and, when settled by the reconciler or a person, the resolution and who made
    // it. Conflict when the stored outcome is not `expected` any more.
    StoreStatus settle(qint64 operationId, OperationOutcome expected, OperationOutcome outcome,
                       const QString &responseCode, const QString &responseMessage, const QDateTime &at,
                       const QString &resolution = QString(), const QString &resolvedBy = QString()) const;
    // What a reconciliation check that decided nothing saw of APS's totals.
    enum class QuietCheck {
        NoEvidence, // no readable answer: neither counts for nor against "not applied"
        Seen,       // the totals still equal the baseline and APS shows nothing in progress
        Broken,     // anything else: a quiet run starts again from zero
    };
    // Records a reconciliation attempt at `at` that decided nothing: the next check is due at `nextCheckAt`.
    StoreStatus postpone(qint64 operationId, OperationOutcome expected, const QDateTime &nextCheckAt,
                         const QString &resolution, QuietCheck quiet = QuietCheck::NoEvidence,
                         const QDateTime &at = QDateTime()) const;

    // The newest operation of `kind` and `amount` (minor units) on the transaction, when it was created at or
    // after `since`: a new request for the same intent may be a retry of it.
    StoreResult<std::optional<Operation>> lastSameIntent(qint64 transactionId, OperationKind kind,
                                                         qint64 amount, const QDateTime &since) const;
    // Operations the reconciler or a person settled as not applied (APS may still apply them late).
    StoreResult<QList<Operation>> notAppliedVerdicts(qint64 transactionId) const;
    // Operations settled as not applied since `since` whose next watch check is due by `now`.
    StoreResult<QList<Operation>> notAppliedDueForWatch(const QDateTime &since, const QDateTime &now) const;
    // Schedules the next watch check of an operation settled as not applied.
    StoreStatus scheduleWatch(qint64 operationId, const QDateTime &nextCheckAt) const;
    // Minor units refunded (or on their way: every outcome but declined) on the transaction without a refund
    // request since `since`.
    StoreResult<qint64> refundedWithoutApproval(qint64 transactionId, const QDateTime &since) const;

private:
    static QString columns();
    static Operation fromQuery(const QSqlQuery &query);
    StoreResult<QList<Operation>> select(const QString &where, const QList<QVariant> &values) const;

    const Database &m_database;
};
