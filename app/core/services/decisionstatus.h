#pragma once

#include "services/authorizer.h"
#include "store/auditlog.h"

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

// The permission check a four-eyes step starts with: allowed without an authorizer (no users configured, the
// bootstrap rule); a refusal is audited as "refused" under `action` and `reference` and comes back as
// PermissionDenied with the authorizer's reason.
inline DecisionStatus checkDecisionPermission(const Authorizer *authorizer, const AuditLog *audit,
                                              const QString &userName, Permission permission,
                                              const QString &action, const QString &reference)
{
    if (!authorizer)
        return {};
    const AuthorizationDecision decision = authorizer->authorize(userName, permission);
    if (decision.allowed)
        return {};
    if (audit)
        audit->append(userName, action, QStringLiteral("refused"), reference, decision.reason);
    return {DecisionError::PermissionDenied, decision.reason};
}
