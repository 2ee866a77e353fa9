#pragma once

#include <QString>

// Why a four-eyes decision (approving a refund request, resolving an operation in manual review) or a
// setting behind it was refused.
enum class DecisionError {
    None,
    PermissionDenied, // the role may not (Authorizer), or the decider is the person who asked
    NotFound,
    Closed,  // already decided, expired, or no longer waiting for this decision
    Invalid, // a missing reason or evidence, an unknown currency, a negative threshold
    Store,
};

struct DecisionStatus
{
    DecisionError error = DecisionError::None;
    QString message; // English

    bool ok() const { return error == DecisionError::None; }
};
