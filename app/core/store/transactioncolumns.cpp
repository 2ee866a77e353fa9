#include "transactioncolumns.h"

#include "domain/cardnumber.h"
#include "store/sqlvalue.h"

#include <QDateTime>

namespace C = TransactionColumn;

const QStringList &transactionReadColumns()
{
    static const QStringList names{
        C::Id,
        C::MerchantIdentifier,
        C::MerchantReference,
        C::FortId,
        C::Origin,
        C::Currency,
        C::Authorized,
        C::Captured,
        C::Refunded,
        C::RefundReserved,
        C::Voided,
        C::Failed,
        C::AuthorizedAt,
        C::CaptureDeadline,
        C::CustomerName,
        C::CustomerEmail,
        C::CardMasked,
        C::PaymentOption,
        C::DigitalWallet,
        C::OrderDescription,
        C::LastResponseCode,
        C::LastResponseMessage,
        C::RowVersion,
        C::Unresolved,
        C::Attempted,
    };
    return names;
}

QList<TransactionColumnValue> transactionInsertValues(const Transaction &tx, const TransactionRules &rules)
{
    const QDateTime deadline = rules.deadlineOf(tx);
    return {
        {C::MerchantIdentifier, tx.merchantIdentifier},
        {C::MerchantReference, tx.merchantReference},
        {C::FortId, nullIfEmpty(tx.fortId)},
        {C::Origin, originToken(tx.origin)},
        {C::Currency, tx.currency.code()},
        {C::Authorized, tx.authorized},
        {C::Captured, tx.captured},
        {C::Refunded, tx.refunded},
        {C::RefundReserved, tx.refundReserved},
        {C::Voided, tx.voided ? 1 : 0},
        {C::Failed, tx.failed ? 1 : 0},
        {C::Attempted, tx.attempted},
        {C::BaseState, stateToken(rules.baseState(tx))},
        {C::AuthorizedAt, tx.authorizedAt.toMSecsSinceEpoch()},
        {C::CaptureDeadline,
         deadline.isValid() ? deadline.toMSecsSinceEpoch() : tx.authorizedAt.toMSecsSinceEpoch()},
        {C::CustomerName, notNull(tx.customerName)},
        {C::CustomerEmail, notNull(tx.customerEmail)},
        {C::CardMasked, notNull(tx.cardMasked)},
        {C::CardLast4, notNull(cardLastFour(tx.cardMasked))},
        {C::PaymentOption, notNull(tx.paymentOption)},
        {C::DigitalWallet, notNull(tx.digitalWallet)},
        {C::OrderDescription, notNull(tx.orderDescription)},
        {C::LastResponseCode, notNull(tx.lastResponseCode)},
        {C::LastResponseMessage, notNull(tx.lastResponseMessage)},
        {C::RowVersion, 1},
        {C::Unresolved, tx.unresolved ? 1 : 0},
        {C::UpdatedAt, QDateTime::currentMSecsSinceEpoch()},
    };
}

QString transactionInsertSql(const QList<TransactionColumnValue> &values, const QString &suffix)
{
    QStringList columns;
    for (const TransactionColumnValue &value : values)
        columns << value.column;
    QString sql = QStringLiteral("INSERT INTO transactions (") + columns.join(QLatin1String(", ")) +
                  QStringLiteral(") VALUES (") +
                  QStringList(values.size(), QStringLiteral("?")).join(QLatin1String(", ")) + u')';
    if (!suffix.isEmpty())
        sql += u' ' + suffix;
    return sql;
}
