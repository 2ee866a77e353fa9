#include "simulatororder.h"

#include <QJsonArray>

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

bool SimulatorOperation::isFinancialOutcome() const
{
    return command != u"CHECK_STATUS" && status() != u"00" && !responseCode.endsWith(u"784");
}

QJsonObject SimulatorOperation::toJson() const
{
    QJsonObject object{
        {QStringLiteral("command"), command},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("response_code"), responseCode},
        {QStringLiteral("response_message"), responseMessage},
        {QStringLiteral("answered_code"), reportedCode()},
        {QStringLiteral("applied"), applied},
        {QStringLiteral("at"), isoUtc(at)},
    };
    if (!currency.isEmpty())
        object.insert(QStringLiteral("currency"), currency);
    if (!maintenanceReference.isEmpty())
        object.insert(QStringLiteral("maintenance_reference"), maintenanceReference);
    return object;
}

QString SimulatorOrder::originToken(Origin origin)
{
    return origin == Origin::Purchase ? QStringLiteral("purchase") : QStringLiteral("authorization");
}

std::optional<SimulatorOrder::Origin> SimulatorOrder::originFromToken(QStringView token)
{
    if (token == u"authorization")
        return Origin::Authorization;
    if (token == u"purchase")
        return Origin::Purchase;
    return std::nullopt;
}

QString SimulatorOrder::originCommand() const
{
    return origin == Origin::Purchase ? QStringLiteral("PURCHASE") : QStringLiteral("AUTHORIZATION");
}

QDateTime SimulatorOrder::expiresAt(int expiryDays) const
{
    return authorizedAt.addDays(expiryDays);
}

bool SimulatorOrder::captureWindowClosed(const QDateTime &now, int expiryDays) const
{
    return origin == Origin::Authorization && approved && !voided && now >= expiresAt(expiryDays);
}

bool SimulatorOrder::isExpired(const QDateTime &now, int expiryDays) const
{
    return captured == 0 && captureWindowClosed(now, expiryDays);
}

QJsonObject SimulatorOrder::toJson(const QDateTime &now, int expiryDays) const
{
    QJsonArray ops;
    for (const SimulatorOperation &operation : operations)
        ops.append(operation.toJson());
    QJsonObject object{
        {QStringLiteral("merchant_reference"), merchantReference},
        {QStringLiteral("fort_id"), fortId},
        {QStringLiteral("origin"), originToken(origin)},
        {QStringLiteral("approved"), approved},
        {QStringLiteral("currency"), currency.code()},
        {QStringLiteral("authorized"), authorized},
        {QStringLiteral("captured"), captured},
        {QStringLiteral("refunded"), refunded},
        {QStringLiteral("voided"), voided},
        {QStringLiteral("expired"), isExpired(now, expiryDays)},
        {QStringLiteral("authorized_at"), isoUtc(authorizedAt)},
        {QStringLiteral("customer_name"), customerName},
        {QStringLiteral("customer_email"), customerEmail},
        {QStringLiteral("card_number"), cardNumber},
        {QStringLiteral("payment_option"), paymentOption},
        {QStringLiteral("digital_wallet"), digitalWallet},
        {QStringLiteral("order_description"), orderDescription},
        {QStringLiteral("operations"), ops},
    };
    if (origin == Origin::Authorization && approved)
        object.insert(QStringLiteral("expires_at"), isoUtc(expiresAt(expiryDays)));
    return object;
}
