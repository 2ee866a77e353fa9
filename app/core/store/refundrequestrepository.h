#pragma once

#include "domain/refundrequest.h"
#include "store/storeresult.h"

#include <QList>
#include <QString>

#include <optional>

class Database;
class QSqlQuery;

// Reads and writes the `refund_requests` table and the per-currency `approval_thresholds` of a profile.
// Status changes are compare-and-set on the status the caller saw, so two desks can never both decide one
// request. The reservation on the transaction is RefundGate's business, in the same write transaction.
class RefundRequestRepository final
{
public:
    explicit RefundRequestRepository(const Database &database);

    // Inserts an awaiting request (id filled in).
    StoreStatus insert(RefundRequest &request) const;
    // NotFound when there is no such request.
    StoreResult<RefundRequest> find(qint64 id) const;
    // Requests with the given status (all when nullopt), newest first.
    StoreResult<QList<RefundRequest>> list(std::optional<RefundRequestStatus> status = std::nullopt) const;
    // The requests of one transaction, every status, newest first (the detail pane's list).
    StoreResult<QList<RefundRequest>> forTransaction(qint64 transactionId) const;
    // Awaiting requests whose expiry is at or before `now`.
    StoreResult<QList<RefundRequest>> dueToExpire(const QDateTime &now) const;

    // Moves the request from `expected` to `status`, recording who decided, when and why. Conflict when the
    // stored status is not `expected` any more.
    StoreStatus decide(qint64 id, RefundRequestStatus expected, RefundRequestStatus status,
                       const QString &decidedBy, const QDateTime &at, const QString &reason) const;
    StoreStatus setOperation(qint64 id, qint64 operationId) const;

    // Refunds of `currency` at or above the threshold (minor units) need approval; nullopt when no threshold
    // is set, which means every refund needs approval.
    StoreResult<std::optional<qint64>> threshold(const QString &profile, const QString &currency) const;
    // Sets (or with nullopt removes) the threshold of a currency.
    StoreStatus setThreshold(const QString &profile, const QString &currency,
                             std::optional<qint64> threshold) const;

private:
    static QString columns();
    static RefundRequest fromQuery(const QSqlQuery &query);
    StoreResult<QList<RefundRequest>> select(const QString &where, const QVariantList &values) const;

    const Database &m_database;
};
