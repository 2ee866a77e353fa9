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

    if (command == ApsCommand::CheckStatus && outcome.responseCode == QLatin1String("12036")) {
        outcome.orderNotFound = true;
        return declined(QStringLiteral("order not found"));
    }
    const ApsCodeMeaning meaning = apsCodeMeaning(outcome.status, outcome.messageCode,
                                                  apsSuccessCode(command), apsFailureStatus(command));
    outcome.kind = meaning.kind;
    outcome.reason = meaning.expected ? meaning.reason
                                      : QStringLiteral("unexpected response_code %1 for %2")
                                            .arg(outcome.responseCode, apsCommandName(command));
    return outcome;
}

bool apsOutcomeIsOpen(QStringView status, QStringView messageCode)
{
    return isOneOf(status, {"15", "19", "20", "40"}) ||
           isOneOf(messageCode, {"006", "051", "054", "119", "777", "778", "784"});
}

ApsCodeMeaning apsCodeMeaning(QStringView status, QStringView messageCode, QStringView successCode,
                              QStringView failureStatus)
{
    ApsCodeMeaning meaning;
    if (apsOutcomeIsOpen(status, messageCode)) {
        meaning.reason = isOneOf(status, {"15", "19", "20", "40"})
                             ? QStringLiteral("status %1 is not final").arg(status)
                             : QStringLiteral("message %1 leaves the outcome open").arg(messageCode);
    } else if (status == successCode.left(2) &&
               (messageCode.isEmpty() || messageCode == successCode.mid(2))) {
        meaning.kind = ApsOutcome::Kind::Success;
    } else if (status == failureStatus || status == u"00") {
        meaning.kind = ApsOutcome::Kind::Declined;
        meaning.reason = QStringLiteral("declined with %1%2").arg(status, messageCode);
    } else {
        meaning.expected = false;
        meaning.reason = QStringLiteral("unexpected status %1%2").arg(status, messageCode);
    }
    return meaning;
}
