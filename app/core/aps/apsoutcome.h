#pragma once

#include "apscommand.h"
#include "apsmessage.h"

#include <QString>

// What a verified APS answer means for the request it answers (shared/aps/README.md section 3, "Decision").
// Only the caller can tell that an answer verified: a response whose signature does not verify, a timeout or
// a transport error is Unknown before it ever gets here.
struct ApsOutcome
{
    enum class Kind {
        Success,  // the operation happened: 04000 / 08000 / 06000 / 12000 for the matching request
        Declined, // final, nothing moved: the request's failure status, or 00 (invalid request)
        Unknown,  // may or may not have happened: resolve by CHECK_STATUS, never by re-sending
    };

    Kind kind = Kind::Unknown;
    QString responseCode;    // 5 digits as received ("05042"), or whatever arrived
    QString status;          // the 2-digit status
    QString messageCode;     // the 3-digit message part of responseCode ("042")
    QString responseMessage; // APS's own text, in the request's language
    // 00008 signature mismatch, 00009 unknown merchant identifier, 00010 wrong access code: the profile's
    // settings are wrong, so further money operations on it should stop until someone fixes them.
    bool credentialFailure = false;
    // Check status only: 12036, the query worked and the order does not exist (Declined).
    bool orderNotFound = false;
    QString reason; // English, why Unknown or Declined ("status 15: uncertain", "unexpected code 06000")
};

// Classifies `response` as the answer to a request of `command`. The response must already have verified.
ApsOutcome classifyResponse(ApsCommand command, const ApsMessage &response);

// The decision table alone, for any operation APS reports (an answer, a row of a transaction report):
// `status` the 2-digit status, `messageCode` the 3-digit message (empty when only the status is known),
// `successCode` the operation's full success code ("04000"), `failureStatus` its refusal status ("05").
// Not final statuses and the messages that leave the outcome open are Unknown; the success code is Success;
// the failure status or 00 is Declined. Anything else is Unknown with `expected` false: a code that belongs
// to another operation.
struct ApsCodeMeaning
{
    ApsOutcome::Kind kind = ApsOutcome::Kind::Unknown;
    bool expected = true; // false: the code is not one this operation is answered with
    QString reason;       // English, why Unknown or Declined
};
// The README's "unknown" codes: a status that is not final (15, 19, 20, 40) or a message that leaves the
// outcome open (006, 051, 054, 119, 777, 778, 784). `messageCode` may be empty.
bool apsOutcomeIsOpen(QStringView status, QStringView messageCode);
ApsCodeMeaning apsCodeMeaning(QStringView status, QStringView messageCode, QStringView successCode,
                              QStringView failureStatus);
