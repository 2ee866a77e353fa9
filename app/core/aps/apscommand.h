#pragma once

#include "domain/operation.h"

#include <QString>

// The four maintenance requests PayDesk sends (shared/aps/README.md section 2).
enum class ApsCommand { Capture, VoidAuthorization, Refund, CheckStatus };

ApsCommand apsCommandFor(OperationKind kind);
// The selector's value: "CAPTURE", "VOID_AUTHORIZATION", "REFUND", "CHECK_STATUS".
QString apsCommandName(ApsCommand command);
// The selector's field: "query_command" for CHECK_STATUS, "command" for the others.
QString apsSelectorField(ApsCommand command);
// The full response code of success: "04000", "08000", "06000", "12000".
QString apsSuccessCode(ApsCommand command);
// The 2-digit status of a refusal of this request: "05", "09", "07", "11".
QString apsFailureStatus(ApsCommand command);
