#include "simulatorreport.h"

#include "money/money.h"
#include "simulatorbook.h"
#include "simulatormessages.h"

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString operationName(const QString &command)
{
    if (command == u"AUTHORIZATION")
        return QStringLiteral("authorization");
    if (command == u"PURCHASE")
        return QStringLiteral("purchase");
    if (command == u"CAPTURE")
        return QStringLiteral("capture");
    if (command == u"VOID_AUTHORIZATION")
        return QStringLiteral("void authorization");
    if (command == u"REFUND")
        return QStringLiteral("refund");
    return {};
}

} // namespace

QStringList SimulatorReport::columns()
{
    return {QStringLiteral("fort_id"),
            QStringLiteral("merchant_reference"),
            QStringLiteral("authorization_code"),
            QStringLiteral("customer_name"),
            QStringLiteral("customer_email"),
            QStringLiteral("payment_option"),
            QStringLiteral("channel"),
            QStringLiteral("transaction_date"),
            QStringLiteral("card_number"),
            QStringLiteral("expiry_date"),
            QStringLiteral("card_holder_name"),
            QStringLiteral("amount"),
            QStringLiteral("currency"),
            QStringLiteral("card_bin"),
            QStringLiteral("eci"),
            QStringLiteral("operation"),
            QStringLiteral("status"),
            QStringLiteral("response_code"),
            QStringLiteral("response_message"),
            QStringLiteral("order_description"),
            QStringLiteral("digital_wallet")};
}

QByteArray SimulatorReport::transactionCsv(const SimulatorBook &book)
{
    QString text = columns().join(u',') + u'\n';
    for (const SimulatorOrder *order : book.orders()) {
        for (qsizetype index = 0; index < order->operations.size(); ++index) {
            const SimulatorOperation &operation = order->operations.at(index);
            const QString name = operationName(operation.command);
            const bool origin = index == 0;
            if (name.isEmpty() || (!origin && !operation.isFinancialOutcome()))
                continue;
            // A maintenance row shows what the merchant was answered: a capture answered 15777 is listed
            // as uncertain even when it moved money (CHECK_STATUS tells the truth).
            const QString code = origin ? operation.responseCode : operation.reportedCode();
            // A void releases the whole authorization, whatever its request carried.
            const qint64 amount =
                operation.command == u"VOID_AUTHORIZATION" ? order->authorized : operation.amount;
            const QStringList row{
                order->fortId,
                order->merchantReference,
                order->authorizationCode,
                order->customerName,
                order->customerEmail,
                order->paymentOption,
                order->channel,
                operation.at.toUTC().toString(Qt::ISODate),
                order->cardNumber,
                order->expiryDate,
                order->cardHolderName,
                Money::fromMinor(amount, order->currency).toPlainString(),
                order->currency.code(),
                order->cardNumber.left(6),
                order->eci,
                name,
                code.left(2),
                code,
                SimulatorMessages::text(code),
                order->orderDescription,
                order->digitalWallet,
            };
            QStringList fields;
            fields.reserve(row.size());
            for (const QString &value : row)
                fields.append(csvField(value));
            text += fields.join(u',') + u'\n';
        }
    }
    return text.toUtf8();
}
