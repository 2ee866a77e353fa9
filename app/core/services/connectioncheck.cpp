#include "services/connectioncheck.h"

#include "aps/apsclient.h"

ConnectionCheck ConnectionCheck::of(const PaymentService::StatusAnswer &answer)
{
    ConnectionCheck check;
    check.responseCode = answer.outcome.responseCode;
    check.responseMessage = answer.outcome.responseMessage;
    if (!answer.reply.ok()) {
        if (answer.reply.error == ApsTransportError::BadSignature) {
            check.verdict = Verdict::BadResponseSignature;
            return check;
        }
        check.verdict = Verdict::Unreachable;
        check.transport = answer.reply.error;
        check.detail = answer.reply.detail;
        return check;
    }
    const QString &code = check.responseCode;
    if (code.isEmpty()) {
        check.verdict = Verdict::NothingSent;
        check.detail = answer.detail;
    } else if (code == QLatin1String("12000") || answer.ok) {
        check.verdict = Verdict::Connected;
    } else if (code == QLatin1String("00008")) {
        check.verdict = Verdict::SignatureMismatch;
    } else if (code == QLatin1String("00009")) {
        check.verdict = Verdict::UnknownMerchant;
    } else if (code == QLatin1String("00010")) {
        check.verdict = Verdict::AccessCodeRefused;
    } else {
        check.verdict = Verdict::OtherAnswer;
    }
    return check;
}
