#pragma once

#include "money/money.h"

#include <QDateTime>
#include <QString>

#include <optional>

// How the order came to APS: an authorization (captured later) or a purchase (authorized and captured at
// once).
enum class Origin { Authorization, Purchase };

// The state tokens of INTERFACES.md. "Unresolved" is not a state but a flag beside it.
enum class TransactionState {
    Authorized,
    PartiallyCaptured,
    Captured,
    Voided,
    Expired,
    PartiallyRefunded,
    Refunded,
    Failed,
};

QString originToken(Origin origin); // "authorization" | "purchase"
std::optional<Origin> originFromToken(QStringView token);
QString stateToken(TransactionState state); // "authorized", "partially_captured", ...
std::optional<TransactionState> stateFromToken(QStringView token);

// One order of one merchant account as the cache knows it: base facts only. The state, "expired" and
// "expiring soon" are derived (TransactionRules) so that time passing never needs a write.
// All amounts are minor units of `currency`.
struct Transaction
{
    qint64 id = 0; // the store's row id; 0 before it is stored
    QString merchantIdentifier;
    QString merchantReference; // with merchantIdentifier, the key
    QString fortId;            // APS's own order id (digits), may be empty for rows not seen by APS yet
    Origin origin = Origin::Authorization;
    Currency currency;
    qint64 authorized = 0;
    qint64 captured = 0;
    qint64 refunded = 0;
    qint64 refundReserved = 0; // sum of refund requests awaiting approval
    bool voided = false;
    bool failed = false;       // the authorization or purchase itself was declined
    qint64 attempted = 0;      // a failed order: the amount its declined attempt asked for (authorized is 0)
    QDateTime authorizedAt;    // UTC
    QDateTime captureDeadline; // UTC; authorizedAt + the profile's capture window
    QString customerName;
    QString customerEmail;
    QString cardMasked; // first 6 / last 4 at most, e.g. "411111******1111"
    QString paymentOption;
    QString digitalWallet; // "APPLE_PAY" selects the Apple Pay credential set
    QString orderDescription;
    QString lastResponseCode;
    QString lastResponseMessage;
    qint64 rowVersion = 0;
    bool unresolved = false; // an operation on it has an outcome not known yet

    Money authorizedMoney() const { return Money::fromMinor(authorized, currency); }
    Money capturedMoney() const { return Money::fromMinor(captured, currency); }
    Money refundedMoney() const { return Money::fromMinor(refunded, currency); }
    Money reservedMoney() const { return Money::fromMinor(refundReserved, currency); }
};
