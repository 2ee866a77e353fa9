#pragma once

#include "money/currency.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One request the simulator received for an order, applied or not. Amounts are minor units of the order's
// currency (0 when the command carries none).
struct SimulatorOperation
{
    QString command; // AUTHORIZATION, PURCHASE, CAPTURE, VOID_AUTHORIZATION, REFUND or CHECK_STATUS
    qint64 amount = 0;
    QString currency;
    QString maintenanceReference;
    QString responseCode; // the 5-digit outcome: what happened, what CHECK_STATUS reports
    QString responseMessage;
    // The code the client was answered when a fault replaced the outcome's answer (an "uncertain" fault that
    // applied the request answers 15777 for a capture that moved money); empty: responseCode was answered.
    QString answeredCode;
    bool applied = false; // whether the totals moved
    QDateTime at;         // simulator clock, UTC

    QString status() const { return responseCode.left(2); }
    QString reportedCode() const { return answeredCode.isEmpty() ? responseCode : answeredCode; }
    // Whether the operation is one CHECK_STATUS and the transaction report know of: not a query, not a
    // request refused before the rules (status 00) or while another operation was in flight (SS784).
    bool isFinancialOutcome() const;
    QJsonObject toJson() const;
};

// An order in the simulator's book: what APS knows about one merchant_reference.
struct SimulatorOrder
{
    enum class Origin { Authorization, Purchase };

    QString merchantReference;
    QString fortId;
    Origin origin = Origin::Authorization;
    bool approved = true; // false for a declined authorization or purchase: nothing was authorized
    Currency currency;
    qint64 authorized = 0; // minor units
    qint64 captured = 0;
    qint64 refunded = 0;
    bool voided = false;
    QDateTime authorizedAt; // UTC

    QString customerName;
    QString customerEmail;
    QString cardNumber; // masked: first 6, six '*', last 4
    QString cardHolderName;
    QString expiryDate;    // YYMM
    QString paymentOption; // VISA, MASTERCARD, MADA, AMEX
    QString digitalWallet; // APPLE_PAY or empty
    QString orderDescription;
    QString authorizationCode;
    QString channel;
    QString eci;

    QList<SimulatorOperation> operations; // oldest first; the first one is the origin

    static QString originToken(Origin origin); // "authorization" | "purchase"
    static std::optional<Origin> originFromToken(QStringView token);
    QString originCommand() const; // AUTHORIZATION | PURCHASE

    // An approved authorization neither captured nor voided within the expiry period is voided by APS.
    bool isExpired(const QDateTime &now, int expiryDays) const;
    // Captures are accepted only within the expiry period of an approved authorization.
    bool captureWindowClosed(const QDateTime &now, int expiryDays) const;
    QDateTime expiresAt(int expiryDays) const;

    // Ground truth for GET /__sim/orders/{ref}: totals in minor units, times ISO 8601 UTC.
    QJsonObject toJson(const QDateTime &now, int expiryDays) const;
};
