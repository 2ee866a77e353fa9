#include "transactionrepository.h"

#include "domain/cardnumber.h"
#include "store/database.h"
#include "store/sqlvalue.h"
#include "store/transactioncolumns.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

TransactionRepository::TransactionRepository(const Database &database, TransactionRules rules)
    : m_database(database)
    , m_rules(std::move(rules))
{}

QString TransactionRepository::columns(const QString &alias)
{
    if (alias.isEmpty())
        return transactionReadColumns().join(QLatin1String(", "));
    QStringList prefixed;
    for (const QString &name : transactionReadColumns())
        prefixed.append(alias + name);
    return prefixed.join(QLatin1String(", "));
}

Transaction TransactionRepository::fromQuery(const QSqlQuery &query, int firstColumn)
{
    int c = firstColumn;
    const auto next = [&]() {
        return query.value(c++);
    };
    Transaction tx;
    tx.id = next().toLongLong();
    tx.merchantIdentifier = next().toString();
    tx.merchantReference = next().toString();
    tx.fortId = next().toString();
    tx.origin = originFromToken(next().toString()).value_or(Origin::Authorization);
    tx.currency = Currency::fromCode(next().toString()).value_or(Currency());
    tx.authorized = next().toLongLong();
    tx.captured = next().toLongLong();
    tx.refunded = next().toLongLong();
    tx.refundReserved = next().toLongLong();
    tx.voided = next().toBool();
    tx.failed = next().toBool();
    tx.authorizedAt = fromMs(next());
    tx.captureDeadline = fromMs(next());
    tx.customerName = next().toString();
    tx.customerEmail = next().toString();
    tx.cardMasked = next().toString();
    tx.paymentOption = next().toString();
    tx.digitalWallet = next().toString();
    tx.orderDescription = next().toString();
    tx.lastResponseCode = next().toString();
    tx.lastResponseMessage = next().toString();
    tx.rowVersion = next().toLongLong();
    tx.unresolved = next().toBool();
    tx.attempted = next().toLongLong();
    return tx;
}

StoreResult<Transaction> TransactionRepository::findById(qint64 id) const
{
    return read(id, QString());
}

StoreResult<Transaction> TransactionRepository::lockById(qint64 id) const
{
    return read(id, m_database.dialect().kind() == SqlDialect::Kind::PostgreSql
                        ? QStringLiteral(" FOR UPDATE")
                        : QString());
}

StoreResult<Transaction> TransactionRepository::read(qint64 id, const QString &lockClause) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QLatin1String("SELECT ") + columns() + QLatin1String(" FROM transactions WHERE id = ?") +
                  lockClause);
    query.addBindValue(id);
    if (!query.exec())
        return StoreResult<Transaction>(
            Database::sqlFailure(query, QStringLiteral("reading transaction %1").arg(id)));
    if (!query.next())
        return StoreResult<Transaction>::failure(StoreError::NotFound,
                                                 QStringLiteral("no transaction %1").arg(id));
    return fromQuery(query);
}

StoreResult<Transaction> TransactionRepository::findByReference(const QString &merchantIdentifier,
                                                                const QString &merchantReference) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QLatin1String("SELECT ") + columns() +
        QLatin1String(" FROM transactions WHERE merchant_identifier = ? AND merchant_reference = ?"));
    query.addBindValue(merchantIdentifier);
    query.addBindValue(merchantReference);
    if (!query.exec())
        return StoreResult<Transaction>(
            Database::sqlFailure(query, QStringLiteral("reading transaction %1").arg(merchantReference)));
    if (!query.next())
        return StoreResult<Transaction>::failure(StoreError::NotFound,
                                                 QStringLiteral("no transaction %1 of merchant account %2")
                                                     .arg(merchantReference, merchantIdentifier));
    return fromQuery(query);
}

StoreStatus TransactionRepository::validate(const Transaction &tx) const
{
    const auto invalid = [&](const QString &why) {
        return StoreStatus::failure(StoreError::Invalid,
                                    QStringLiteral("transaction %1: %2").arg(tx.merchantReference, why));
    };
    if (tx.merchantReference.isEmpty())
        return StoreStatus::failure(StoreError::Invalid,
                                    QStringLiteral("a transaction needs a merchant reference"));
    if (tx.merchantIdentifier != m_database.merchantIdentifier())
        return invalid(QStringLiteral("belongs to merchant account %1, the database to %2")
                           .arg(tx.merchantIdentifier, m_database.merchantIdentifier()));
    if (!tx.currency.isValid())
        return invalid(QStringLiteral("unknown currency"));
    if (tx.authorized < 0 || tx.captured < 0 || tx.refunded < 0 || tx.refundReserved < 0 || tx.attempted < 0)
        return invalid(QStringLiteral("negative amount"));
    if (!tx.authorizedAt.isValid())
        return invalid(QStringLiteral("no authorization time"));
    if (!isMaskedCardNumber(tx.cardMasked))
        return invalid(QStringLiteral("the card number is not masked (first 6 and last 4 digits at most); "
                                      "it was not stored"));
    return StoreStatus::success();
}

StoreStatus TransactionRepository::insert(Transaction &tx) const
{
    if (StoreStatus s = validate(tx); !s.ok())
        return s;
    const QDateTime deadline = m_rules.deadlineOf(tx);
    const QList<TransactionColumnValue> values = transactionInsertValues(tx, m_rules);
    QSqlQuery query(m_database.connection());
    query.prepare(transactionInsertSql(values, QStringLiteral("RETURNING id")));
    for (const TransactionColumnValue &value : values)
        query.addBindValue(value.value);
    if (!query.exec()) {
        // The only constraint an insert that passed validate() can break: the key is taken.
        if (isConstraintViolation(query.lastError()))
            return StoreStatus::failure(StoreError::AlreadyExists,
                                        QStringLiteral("transaction %1 of merchant account %2 already exists")
                                            .arg(tx.merchantReference, tx.merchantIdentifier));
        return Database::sqlFailure(query,
                                    QStringLiteral("storing transaction %1").arg(tx.merchantReference));
    }
    tx.id = returnedId(query);
    tx.rowVersion = 1;
    if (!deadline.isValid())
        tx.captureDeadline = tx.authorizedAt;
    else
        tx.captureDeadline = deadline;
    return StoreStatus::success();
}

StoreStatus TransactionRepository::compareAndSet(Transaction &tx, const QString &assignments,
                                                 bool allFields) const
{
    if (StoreStatus s = validate(tx); !s.ok())
        return s;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QLatin1String("UPDATE transactions SET ") + assignments +
        QLatin1String(", base_state = :base_state, row_version = row_version + 1, updated_at = :now "
                      "WHERE id = :id AND row_version = :expected"));
    query.bindValue(QStringLiteral(":authorized"), tx.authorized);
    query.bindValue(QStringLiteral(":captured"), tx.captured);
    query.bindValue(QStringLiteral(":refunded"), tx.refunded);
    query.bindValue(QStringLiteral(":refund_reserved"), tx.refundReserved);
    query.bindValue(QStringLiteral(":voided"), tx.voided ? 1 : 0);
    query.bindValue(QStringLiteral(":failed"), tx.failed ? 1 : 0);
    query.bindValue(QStringLiteral(":attempted"), tx.attempted);
    query.bindValue(QStringLiteral(":last_response_code"), notNull(tx.lastResponseCode));
    query.bindValue(QStringLiteral(":last_response_message"), notNull(tx.lastResponseMessage));
    if (allFields) {
        const QDateTime deadline = m_rules.deadlineOf(tx);
        query.bindValue(QStringLiteral(":fort_id"), nullIfEmpty(tx.fortId));
        query.bindValue(QStringLiteral(":authorized_at"), tx.authorizedAt.toMSecsSinceEpoch());
        query.bindValue(QStringLiteral(":capture_deadline"), deadline.isValid()
                                                                 ? deadline.toMSecsSinceEpoch()
                                                                 : tx.authorizedAt.toMSecsSinceEpoch());
        query.bindValue(QStringLiteral(":customer_name"), notNull(tx.customerName));
        query.bindValue(QStringLiteral(":customer_email"), notNull(tx.customerEmail));
        query.bindValue(QStringLiteral(":card_masked"), notNull(tx.cardMasked));
        query.bindValue(QStringLiteral(":card_last4"), notNull(cardLastFour(tx.cardMasked)));
        query.bindValue(QStringLiteral(":payment_option"), notNull(tx.paymentOption));
        query.bindValue(QStringLiteral(":digital_wallet"), notNull(tx.digitalWallet));
        query.bindValue(QStringLiteral(":order_description"), notNull(tx.orderDescription));
        query.bindValue(QStringLiteral(":unresolved"), tx.unresolved ? 1 : 0);
    }
    query.bindValue(QStringLiteral(":base_state"), stateToken(m_rules.baseState(tx)));
    query.bindValue(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":id"), tx.id);
    query.bindValue(QStringLiteral(":expected"), tx.rowVersion);
    if (!query.exec())
        return Database::sqlFailure(query,
                                    QStringLiteral("updating transaction %1").arg(tx.merchantReference));
    if (query.numRowsAffected() == 1) {
        ++tx.rowVersion;
        return StoreStatus::success();
    }
    const auto current = findById(tx.id);
    if (!current.ok())
        return current.status();
    return StoreStatus::failure(StoreError::Conflict,
                                QStringLiteral("transaction %1 changed meanwhile (version %2, expected %3)")
                                    .arg(tx.merchantReference)
                                    .arg(current->rowVersion)
                                    .arg(tx.rowVersion));
}

StoreStatus TransactionRepository::updateTotals(Transaction &tx) const
{
    return compareAndSet(
        tx,
        QStringLiteral("authorized = :authorized, captured = :captured, refunded = :refunded, "
                       "refund_reserved = :refund_reserved, voided = :voided, failed = :failed, "
                       "attempted = :attempted, last_response_code = :last_response_code, "
                       "last_response_message = :last_response_message"),
        false);
}

StoreStatus TransactionRepository::update(Transaction &tx) const
{
    return compareAndSet(
        tx,
        QStringLiteral(
            "authorized = :authorized, captured = :captured, refunded = :refunded, "
            "refund_reserved = :refund_reserved, voided = :voided, failed = :failed, attempted = :attempted, "
            "last_response_code = :last_response_code, last_response_message = :last_response_message, "
            "fort_id = :fort_id, authorized_at = :authorized_at, capture_deadline = :capture_deadline, "
            "customer_name = :customer_name, customer_email = :customer_email, card_masked = :card_masked, "
            "card_last4 = :card_last4, payment_option = :payment_option, digital_wallet = :digital_wallet, "
            "order_description = :order_description, unresolved = :unresolved"),
        true);
}

StoreStatus TransactionRepository::setFlag(qint64 id, const QString &column, bool value) const
{
    QSqlQuery query(m_database.connection());
    // `column` is one of the fixed names chosen by this class, never user input.
    query.prepare(QLatin1String("UPDATE transactions SET ") + column +
                  QLatin1String(" = ?, row_version = row_version + 1, updated_at = ? WHERE id = ?"));
    query.addBindValue(value ? 1 : 0);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(id);
    if (!query.exec())
        return Database::sqlFailure(query, QStringLiteral("updating transaction %1").arg(id));
    if (query.numRowsAffected() != 1)
        return StoreStatus::failure(StoreError::NotFound, QStringLiteral("no transaction %1").arg(id));
    return StoreStatus::success();
}

StoreStatus TransactionRepository::setUnresolved(qint64 id, bool unresolved) const
{
    return setFlag(id, QStringLiteral("unresolved"), unresolved);
}

StoreStatus TransactionRepository::setNeedsStatusCheck(qint64 id, bool needed) const
{
    return setFlag(id, QStringLiteral("needs_status_check"), needed);
}

StoreStatus TransactionRepository::setLateApplied(qint64 id) const
{
    return setFlag(id, QStringLiteral("late_applied"), true);
}

StoreResult<QList<qint64>> TransactionRepository::flaggedForStatusCheck(int limit,
                                                                        const QDateTime &untouchedSince) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id FROM transactions WHERE needs_status_check = 1 AND unresolved = 0 "
                       "AND updated_at <= ? ORDER BY updated_at, id LIMIT ?"));
    query.addBindValue(untouchedSince.toMSecsSinceEpoch());
    query.addBindValue(limit);
    if (!query.exec())
        return StoreResult<QList<qint64>>(
            Database::sqlFailure(query, QStringLiteral("reading orders flagged for a status check")));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

StoreResult<bool> TransactionRepository::needsStatusCheck(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT needs_status_check FROM transactions WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return StoreResult<bool>(
            Database::sqlFailure(query, QStringLiteral("reading transaction %1").arg(id)));
    if (!query.next())
        return StoreResult<bool>::failure(StoreError::NotFound, QStringLiteral("no transaction %1").arg(id));
    return query.value(0).toBool();
}

StoreResult<QStringList> TransactionRepository::currenciesInUse() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "WITH RECURSIVE used (code) AS (SELECT MIN(currency) FROM transactions UNION ALL "
            "SELECT (SELECT MIN(currency) FROM transactions WHERE currency > used.code) FROM used "
            "WHERE used.code IS NOT NULL) SELECT code FROM used WHERE code IS NOT NULL")))
        return StoreResult<QStringList>(
            Database::sqlFailure(query, QStringLiteral("reading the currencies in use")));
    QStringList codes;
    while (query.next())
        codes << query.value(0).toString();
    return codes;
}
