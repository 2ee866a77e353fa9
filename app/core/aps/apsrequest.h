#pragma once

#include "apscommand.h"
#include "apsmessage.h"
#include "money/money.h"

#include <QString>

#include <optional>

// What one maintenance request should say, before validation and signing. Fields a command does not use
// must stay empty (an amount on a void is refused, not dropped).
struct ApsRequest
{
    ApsCommand command = ApsCommand::CheckStatus;
    QString merchantReference;    // the ORIGINAL order's reference: <= 40 of [A-Za-z0-9-_.]
    QString fortId;               // optional: <= 20 digits
    Money amount;                 // capture and refund: > 0, at most 10 digits of minor units
    QString maintenanceReference; // refund and check status, optional: <= 40 of [A-Za-z0-9-_.]
    QString orderDescription;     // capture and refund, optional: <= 150 characters
    std::optional<bool> returnThirdPartyResponseCodes; // check status only: YES / NO
};

// Why a request could not be built. Nothing is sent for any of these.
enum class ApsRequestError {
    None,
    Missing,           // a required value is empty
    TooLong,           // more characters than APS allows
    InvalidCharacters, // outside the field's allowed set (control characters are refused everywhere)
    InvalidValue,      // e.g. a language other than en/ar
    InvalidAmount,     // no currency, zero, or more than 10 digits of minor units
    NotAllowed,        // a field this command does not take (an amount on a void, ...)
};

struct ApsRequestResult
{
    std::optional<ApsMessage> message; // the signed request, signature last
    ApsRequestError error = ApsRequestError::None;
    QString field;  // the APS parameter at fault, e.g. "merchant_reference"
    QString reason; // English, for logs and the CLI: "longer than 40 characters"

    bool ok() const { return message.has_value(); }
    // "merchant_reference: longer than 40 characters"
    QString describe() const { return field + QLatin1String(": ") + reason; }
};
