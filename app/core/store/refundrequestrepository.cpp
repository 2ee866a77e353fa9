#include "refundrequestrepository.h"

#include "store/database.h"
#include "store/sqlvalue.h"

#include <QSqlQuery>

RefundRequestRepository::RefundRequestRepository(const Database &database)
    : m_database(database)
{}

QString RefundRequestRepository::columns()
{
    return QStringLiteral(
        "r.id, r.transaction_id, t.merchant_reference, r.amount, r.currency, r.reason, "
        "r.requested_by, r.requested_at, r.expires_at, r.status, r.decided_by, r.decided_at, "
        "r.decision_reason, r.operation_id");
}

RefundRequest RefundRequestRepository::fromQuery(const QSqlQuery &query)
{
    RefundRequest request;
    request.id = query.value(0).toLongLong();
    request.transactionId = query.value(1).toLongLong();
    request.merchantReference = query.value(2).toString();
    request.amount = query.value(3).toLongLong();
    request.currency = Currency::fromCode(query.value(4).toString()).value_or(Currency());
    request.reason = query.value(5).toString();
    request.requestedBy = query.value(6).toString();
    request.requestedAt = fromMs(query.value(7));
    request.expiresAt = fromMs(query.value(8));
    request.status =
        refundRequestStatusFromToken(query.value(9).toString()).value_or(RefundRequestStatus::Expired);
    request.decidedBy = query.value(10).toString();
    request.decidedAt = fromMs(query.value(11));
    request.decisionReason = query.value(12).toString();
    request.operationId = query.value(13).toLongLong();
    return request;
}

StoreResult<QList<RefundRequest>> RefundRequestRepository::select(const QString &where,
                                                                  const QVariantList &values) const
{
    return selectAll<RefundRequest>(
        m_database,
        QStringLiteral("SELECT ") + columns() +
            QStringLiteral(" FROM refund_requests r JOIN transactions t ON t.id = r.transaction_id ") + where,
        values, fromQuery, QStringLiteral("reading refund requests"));
}

StoreStatus RefundRequestRepository::insert(RefundRequest &request) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO refund_requests (transaction_id, amount, currency, reason, requested_by, "
        "requested_at, expires_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'awaiting') RETURNING id"));
    query.addBindValue(request.transactionId);
    query.addBindValue(request.amount);
    query.addBindValue(request.currency.code());
    query.addBindValue(notNull(request.reason));
    query.addBindValue(request.requestedBy);
    query.addBindValue(request.requestedAt.toMSecsSinceEpoch());
    query.addBindValue(request.expiresAt.toMSecsSinceEpoch());
    if (!query.exec())
        return Database::sqlFailure(query, QStringLiteral("recording a refund request"));
    request.id = returnedId(query);
    request.status = RefundRequestStatus::Awaiting;
    return StoreStatus::success();
}

StoreResult<RefundRequest> RefundRequestRepository::find(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE r.id = ?"), {id});
    if (!found.ok())
        return StoreResult<RefundRequest>(found.status());
    if (found->isEmpty())
        return StoreResult<RefundRequest>::failure(StoreError::NotFound,
                                                   QStringLiteral("no refund request %1").arg(id));
    return found->first();
}

StoreResult<QList<RefundRequest>>
RefundRequestRepository::list(std::optional<RefundRequestStatus> status) const
{
    if (!status)
        return select(QStringLiteral("ORDER BY r.id DESC"), {});
    return select(QStringLiteral("WHERE r.status = ? ORDER BY r.id DESC"),
                  {refundRequestStatusToken(*status)});
}

StoreResult<QList<RefundRequest>> RefundRequestRepository::forTransaction(qint64 transactionId) const
{
    return select(QStringLiteral("WHERE r.transaction_id = ? ORDER BY r.id DESC"), {transactionId});
}

StoreResult<QList<RefundRequest>> RefundRequestRepository::dueToExpire(const QDateTime &now) const
{
    return select(QStringLiteral("WHERE r.status = 'awaiting' AND r.expires_at <= ? ORDER BY r.id"),
                  {now.toMSecsSinceEpoch()});
}

StoreStatus RefundRequestRepository::decide(qint64 id, RefundRequestStatus expected,
                                            RefundRequestStatus status, const QString &decidedBy,
                                            const QDateTime &at, const QString &reason) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE refund_requests SET status = ?, decided_by = ?, decided_at = ?, "
                                 "decision_reason = ? WHERE id = ? AND status = ?"));
    query.addBindValue(refundRequestStatusToken(status));
    query.addBindValue(notNull(decidedBy));
    query.addBindValue(at.toMSecsSinceEpoch());
    query.addBindValue(notNull(reason));
    query.addBindValue(id);
    query.addBindValue(refundRequestStatusToken(expected));
    if (!query.exec())
        return Database::sqlFailure(query, QStringLiteral("deciding refund request %1").arg(id));
    if (query.numRowsAffected() == 0) {
        const auto current = find(id);
        if (!current.ok())
            return current.status();
        return StoreStatus::failure(StoreError::Conflict,
                                    QStringLiteral("refund request %1 is %2, no longer %3")
                                        .arg(QString::number(id), refundRequestStatusToken(current->status),
                                             refundRequestStatusToken(expected)));
    }
    return StoreStatus::success();
}

StoreStatus RefundRequestRepository::setOperation(qint64 id, qint64 operationId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE refund_requests SET operation_id = ? WHERE id = ?"));
    query.addBindValue(operationId);
    query.addBindValue(id);
    if (!query.exec())
        return Database::sqlFailure(query, QStringLiteral("linking refund request %1").arg(id));
    return StoreStatus::success();
}

StoreResult<std::optional<qint64>> RefundRequestRepository::threshold(const QString &profile,
                                                                      const QString &currency) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT threshold FROM approval_thresholds WHERE profile = ? AND currency = ?"));
    query.addBindValue(profile);
    query.addBindValue(currency);
    if (!query.exec())
        return StoreResult<std::optional<qint64>>(
            Database::sqlFailure(query, QStringLiteral("reading the approval threshold")));
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

StoreStatus RefundRequestRepository::setThreshold(const QString &profile, const QString &currency,
                                                  std::optional<qint64> threshold) const
{
    QSqlQuery query(m_database.connection());
    if (threshold) {
        query.prepare(
            QStringLiteral("INSERT INTO approval_thresholds (profile, currency, threshold) VALUES (?, ?, ?) "
                           "ON CONFLICT (profile, currency) DO UPDATE SET threshold = excluded.threshold"));
        query.addBindValue(profile);
        query.addBindValue(currency);
        query.addBindValue(*threshold);
    } else {
        query.prepare(QStringLiteral("DELETE FROM approval_thresholds WHERE profile = ? AND currency = ?"));
        query.addBindValue(profile);
        query.addBindValue(currency);
    }
    if (!query.exec())
        return Database::sqlFailure(query, QStringLiteral("setting the approval threshold of ") + currency);
    return StoreStatus::success();
}
