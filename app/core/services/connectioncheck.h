#pragma once

#include "services/paymentservice.h"

#include <QString>

// What a "Test connection" status check says about a profile's settings: the transport errors and the
// response codes that point at one setting, classified once here; the window words the verdict.
struct ConnectionCheck
{
    enum class Verdict {
        Connected,   // APS answered the status check (12000, or a verified answer)
        NothingSent, // the request was not sent (no credentials, a blocked profile...): `detail` says
        Unreachable, // a transport error: `transport`, and `detail` when the client described it
        BadResponseSignature, // the answer does not verify: the SHA response phrase or the SHA type
        SignatureMismatch,    // 00008: the SHA request phrase or the SHA type
        UnknownMerchant,      // 00009: the merchant identifier (the cache's account)
        AccessCodeRefused,    // 00010: the access code
        OtherAnswer,          // any other answer: `responseCode` and `responseMessage`
    };

    Verdict verdict = Verdict::NothingSent;
    ApsTransportError transport = ApsTransportError::None;
    QString detail;
    QString responseCode;
    QString responseMessage;

    static ConnectionCheck of(const PaymentService::StatusAnswer &answer);
};
