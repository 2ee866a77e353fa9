#include "apscommand.h"

namespace {

struct CommandFacts
{
    const char *name;
    const char *successCode;
    const char *failureStatus;
};

CommandFacts factsOf(ApsCommand command)
{
    switch (command) {
    case ApsCommand::Capture:
        return {"CAPTURE", "04000", "05"};
    case ApsCommand::VoidAuthorization:
        return {"VOID_AUTHORIZATION", "08000", "09"};
    case ApsCommand::Refund:
        return {"REFUND", "06000", "07"};
    case ApsCommand::CheckStatus:
        return {"CHECK_STATUS", "12000", "11"};
    }
    return {"", "", ""};
}

} // namespace

ApsCommand apsCommandFor(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Capture:
        return ApsCommand::Capture;
    case OperationKind::Void:
        return ApsCommand::VoidAuthorization;
    case OperationKind::Refund:
        return ApsCommand::Refund;
    }
    return ApsCommand::CheckStatus;
}

QString apsCommandName(ApsCommand command)
{
    return QString::fromLatin1(factsOf(command).name);
}

QString apsSelectorField(ApsCommand command)
{
    return command == ApsCommand::CheckStatus ? QStringLiteral("query_command") : QStringLiteral("command");
}

QString apsSuccessCode(ApsCommand command)
{
    return QString::fromLatin1(factsOf(command).successCode);
}

QString apsFailureStatus(ApsCommand command)
{
    return QString::fromLatin1(factsOf(command).failureStatus);
}
