#include "apsoutcome.h"

#include "asciidigits.h"

#include <algorithm>

namespace {

bool isDigits(QStringView text, qsizetype length)
{
    return text.size() == length && isAsciiDigits(text);
}

bool isOneOf(QStringView value, std::initializer_list<const char *> candidates)
{
    return std::any_of(candidates.begin(), candidates.end(),
                       [value](const char *candidate) { return value == QLatin1String(candidate); });
}

} // namespace

ApsOutcome classifyResponse(ApsCommand command, const ApsMessage &response)
{
    ApsOutcome outcome;
    outcome.responseCode = response.value(u"response_code");
    outcome.status = response.value(u"status");
    outcome.responseMessage = response.value(u"response_message");
    const auto unknown = [&outcome](const QString &reason) {
        outcome.kind = ApsOutcome::Kind::Unknown;
        outcome.reason = reason;
        return outcome;
    };
    const auto declined = [&outcome](const QString &reason) {
        outcome.kind = ApsOutcome::Kind::Declined;
        outcome.reason = reason;
        return outcome;
    };

    if (!isDigits(outcome.responseCode, 5))
        return unknown(QStringLiteral("response_code is not 5 digits"));
    const QString codeStatus = outcome.responseCode.left(2);
    outcome.messageCode = outcome.responseCode.mid(2);
    if (outcome.status.isEmpty())
        outcome.status = codeStatus;
    else if (outcome.status != codeStatus)
        return unknown(QStringLiteral("status %1 contradicts response_code %2")
                           .arg(outcome.status, outcome.responseCode));
    outcome.credentialFailure = isOneOf(outcome.messageCode, {"008", "009", "010"});

    // An answer about another request than the one sent proves nothing about ours.
    const QString selector = apsSelectorField(command);
    if (response.contains(selector) && response.value(selector) != apsCommandName(command))
        return unknown(QStringLiteral("the answer is for %1 %2").arg(selector, response.value(selector)));

    if (isOneOf(outcome.status, {"15", "19", "20", "40"}))
        return unknown(QStringLiteral("status %1 is not final").arg(outcome.status));
    if (isOneOf(outcome.messageCode, {"006", "051", "054", "119", "777", "778", "784"}))
        return unknown(QStringLiteral("message %1 leaves the outcome open").arg(outcome.messageCode));
    if (outcome.responseCode == apsSuccessCode(command)) {
        outcome.kind = ApsOutcome::Kind::Success;
        return outcome;
    }
    if (command == ApsCommand::CheckStatus && outcome.responseCode == QLatin1String("12036")) {
        outcome.orderNotFound = true;
        return declined(QStringLiteral("order not found"));
    }
    if (outcome.status == apsFailureStatus(command) || outcome.status == QLatin1String("00"))
        return declined(QStringLiteral("declined with %1").arg(outcome.responseCode));
    return unknown(QStringLiteral("unexpected response_code %1 for %2")
                       .arg(outcome.responseCode, apsCommandName(command)));
}
