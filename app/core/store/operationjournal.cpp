#include "operationjournal.h"

#include "store/database.h"
#include "store/sqlvalue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

OperationJournal::OperationJournal(const Database &database)
    : m_database(database)
{}

QString OperationJournal::columns()
{
    return QStringLiteral(
        "o.id, o.transaction_id, t.merchant_reference, o.kind, o.amount, o.currency, o.outcome, o.user_name, "
        "o.owner, o.maintenance_reference, o.refund_request_id, o.baseline_authorized, o.baseline_captured, "
        "o.baseline_refunded, o.created_at, o.sent_at, o.lease_until, o.finished_at, o.response_code, "
        "o.response_message, o.check_attempts, o.next_check_at, o.resolution, o.resolved_by, o.quiet_checks, "
        "o.quiet_since, o.retry_of");
}

Operation OperationJournal::fromQuery(const QSqlQuery &query)
{
    Operation op;
    op.id = query.value(0).toLongLong();
    op.transactionId = query.value(1).toLongLong();
    op.merchantReference = query.value(2).toString();
    op.kind = operationKindFromToken(query.value(3).toString()).value_or(OperationKind::Capture);
    op.amount = query.value(4).toLongLong();
    op.currency = Currency::fromCode(query.value(5).toString()).value_or(Currency());
    op.outcome = outcomeFromToken(query.value(6).toString()).value_or(OperationOutcome::Unknown);
    op.userName = query.value(7).toString();
    op.owner = query.value(8).toString();
    op.maintenanceReference = query.value(9).toString();
    op.refundRequestId = query.value(10).toLongLong();
    op.baseline = {query.value(11).toLongLong(), query.value(12).toLongLong(), query.value(13).toLongLong()};
    op.createdAt = fromMs(query.value(14));
    op.sentAt = fromMs(query.value(15));
    op.leaseUntil = fromMs(query.value(16));
    op.finishedAt = fromMs(query.value(17));
    op.responseCode = query.value(18).toString();
    op.responseMessage = query.value(19).toString();
    op.checkAttempts = query.value(20).toInt();
    op.nextCheckAt = fromMs(query.value(21));
    op.resolution = query.value(22).toString();
    op.resolvedBy = query.value(23).toString();
    op.quietChecks = query.value(24).toInt();
    op.quietSince = fromMs(query.value(25));
    op.retryOf = query.value(26).toLongLong();
    return op;
}

StoreStatus OperationJournal::begin(Operation &operation) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO operations (transaction_id, kind, amount, currency, outcome, user_name, owner, "
        "maintenance_reference, refund_request_id, baseline_authorized, baseline_captured, "
        "baseline_refunded, "
        "created_at, sent_at, lease_until, next_check_at, retry_of) "
        "VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(operation.transactionId);
    query.addBindValue(operationKindToken(operation.kind));
    query.addBindValue(operation.amount);
    query.addBindValue(operation.currency.code());
    query.addBindValue(operation.userName);
    query.addBindValue(operation.owner);
    query.addBindValue(nullIfEmpty(operation.maintenanceReference));
    query.addBindValue(idOrNull(operation.refundRequestId));
    query.addBindValue(operation.baseline.authorized);
    query.addBindValue(operation.baseline.captured);
    query.addBindValue(operation.baseline.refunded);
    query.addBindValue(operation.createdAt.toMSecsSinceEpoch());
    query.addBindValue(msOrNull(operation.sentAt));
    query.addBindValue(operation.leaseUntil.toMSecsSinceEpoch());
    query.addBindValue(operation.leaseUntil.toMSecsSinceEpoch());
    query.addBindValue(idOrNull(operation.retryOf));
    if (!query.exec()) {
        if (isConstraintViolation(query.lastError())) {
            return StoreStatus::failure(
                StoreError::Conflict, QStringLiteral("order %1 already has an operation whose outcome is not "
                                                     "known yet")
                                          .arg(operation.merchantReference));
        }
        return Database::sqlFailure(query, QStringLiteral("recording the operation"));
    }
    operation.id = returnedId(query);
    operation.outcome = OperationOutcome::Pending;
    return StoreStatus::success();
}

StoreResult<QList<Operation>> OperationJournal::select(const QString &where,
                                                       const QList<QVariant> &values) const
{
    return selectAll<Operation>(
        m_database,
        QStringLiteral("SELECT ") + columns() +
            QStringLiteral(" FROM operations o JOIN transactions t ON t.id = o.transaction_id WHERE ") +
            where + QStringLiteral(" ORDER BY o.id"),
        values, fromQuery, QStringLiteral("reading the operation journal"));
}

StoreResult<Operation> OperationJournal::find(qint64 operationId) const
{
    auto found = select(QStringLiteral("o.id = ?"), {operationId});
    if (!found.ok())
        return found.status();
    if (found->isEmpty())
        return StoreResult<Operation>::failure(
            StoreError::NotFound, QStringLiteral("no operation %1 in the journal").arg(operationId));
    return found->constFirst();
}

StoreResult<QList<Operation>> OperationJournal::history(qint64 transactionId) const
{
    return select(QStringLiteral("o.transaction_id = ?"), {transactionId});
}

StoreResult<QList<Operation>> OperationJournal::unresolved() const
{
    return select(QStringLiteral("o.outcome IN ('pending', 'unknown', 'manual_review')"), {});
}

StoreStatus OperationJournal::settle(qint64 operationId, OperationOutcome expected, OperationOutcome outcome,
                                     const QString &responseCode, const QString &responseMessage,
                                     const QDateTime &at, const QString &resolution,
                                     const QString &resolvedBy) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE operations SET outcome = ?, response_code = ?, response_message = ?, finished_at = ?, "
        "resolution = CASE WHEN ? = '' THEN resolution ELSE ? END, "
        "resolved_by = CASE WHEN ? = '' THEN resolved_by ELSE ? END, next_check_at = ? "
        "WHERE id = ? AND outcome = ?"));
    query.addBindValue(outcomeToken(outcome));
    query.addBindValue(notNull(responseCode));
    query.addBindValue(notNull(responseMessage));
    query.addBindValue(isUnresolved(outcome) ? QVariant(QMetaType(QMetaType::LongLong))
                                             : QVariant(at.toMSecsSinceEpoch()));
    const QString resolutionText = notNull(resolution);
    const QString resolvedByText = notNull(resolvedBy);
    query.addBindValue(resolutionText);
    query.addBindValue(resolutionText);
    query.addBindValue(resolvedByText);
    query.addBindValue(resolvedByText);
    query.addBindValue(isUnresolved(outcome) ? QVariant(at.toMSecsSinceEpoch())
                                             : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(operationId);
    query.addBindValue(outcomeToken(expected));
    if (!query.exec())
        return Database::sqlFailure(query, QStringLiteral("settling operation %1").arg(operationId));
    if (query.numRowsAffected() != 1) {
        return StoreStatus::failure(StoreError::Conflict,
                                    QStringLiteral("operation %1 was settled elsewhere").arg(operationId));
    }
    return StoreStatus::success();
}

StoreStatus OperationJournal::postpone(qint64 operationId, OperationOutcome expected,
                                       const QDateTime &nextCheckAt, const QString &resolution,
                                       QuietCheck quiet, const QDateTime &at) const
{
    QString quietColumns;
    switch (quiet) {
    case QuietCheck::Seen:
        quietColumns =
            QStringLiteral("quiet_checks = quiet_checks + 1, quiet_since = COALESCE(quiet_since, ?), ");
        break;
    case QuietCheck::Broken:
        quietColumns = QStringLiteral("quiet_checks = 0, quiet_since = NULL, ");
        break;
    case QuietCheck::NoEvidence:
        break;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE operations SET check_attempts = check_attempts + 1, ") +
                  quietColumns +
                  QStringLiteral("next_check_at = ?, resolution = ? WHERE id = ? AND outcome = ?"));
    if (quiet == QuietCheck::Seen)
        query.addBindValue(at.toMSecsSinceEpoch());
    query.addBindValue(nextCheckAt.toMSecsSinceEpoch());
    query.addBindValue(notNull(resolution));
    query.addBindValue(operationId);
    query.addBindValue(outcomeToken(expected));
    if (!query.exec())
        return Database::sqlFailure(query, QStringLiteral("postponing operation %1").arg(operationId));
    if (query.numRowsAffected() != 1) {
        return StoreStatus::failure(StoreError::Conflict,
                                    QStringLiteral("operation %1 was settled elsewhere").arg(operationId));
    }
    return StoreStatus::success();
}

StoreResult<std::optional<Operation>> OperationJournal::lastSameIntent(qint64 transactionId,
                                                                       OperationKind kind, qint64 amount,
                                                                       const QDateTime &since) const
{
    auto found =
        select(QStringLiteral("o.transaction_id = ? AND o.kind = ? AND o.amount = ? AND o.created_at >= ? "
                              "AND o.id = (SELECT MAX(p.id) FROM operations p WHERE p.transaction_id = "
                              "o.transaction_id AND p.kind = o.kind AND p.amount = o.amount)"),
               {transactionId, operationKindToken(kind), amount, since.toMSecsSinceEpoch()});
    if (!found.ok())
        return found.status();
    if (found->isEmpty())
        return std::optional<Operation>();
    return std::optional<Operation>(found->constLast());
}

StoreResult<QList<Operation>> OperationJournal::notAppliedVerdicts(qint64 transactionId) const
{
    return select(QStringLiteral("o.transaction_id = ? AND o.outcome = 'declined' AND o.resolved_by <> ''"),
                  {transactionId});
}

StoreResult<QList<Operation>> OperationJournal::notAppliedDueForWatch(const QDateTime &since,
                                                                      const QDateTime &now) const
{
    return select(QStringLiteral("o.outcome = 'declined' AND o.resolved_by <> '' AND o.finished_at >= ? "
                                 "AND (o.next_check_at IS NULL OR o.next_check_at <= ?)"),
                  {since.toMSecsSinceEpoch(), now.toMSecsSinceEpoch()});
}

StoreStatus OperationJournal::scheduleWatch(qint64 operationId, const QDateTime &nextCheckAt) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE operations SET next_check_at = ? WHERE id = ? AND outcome = 'declined'"));
    query.addBindValue(nextCheckAt.toMSecsSinceEpoch());
    query.addBindValue(operationId);
    if (!query.exec())
        return Database::sqlFailure(query,
                                    QStringLiteral("scheduling a check of operation %1").arg(operationId));
    return StoreStatus::success();
}

StoreResult<qint64> OperationJournal::refundedWithoutApproval(qint64 transactionId,
                                                              const QDateTime &since) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM operations WHERE transaction_id = ? "
                       "AND kind = 'refund' AND refund_request_id IS NULL AND outcome <> 'declined' "
                       "AND created_at >= ?"));
    query.addBindValue(transactionId);
    query.addBindValue(since.toMSecsSinceEpoch());
    if (!query.exec() || !query.next())
        return Database::sqlFailure(query, QStringLiteral("adding up the refunds of an order"));
    return query.value(0).toLongLong();
}
