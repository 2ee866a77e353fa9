#pragma once

#include "domain/permission.h"

#include <QString>

// The answer to "may this person do that now?". `reason` is English for the CLI and the audit log; the window
// words `refusal`.
struct AuthorizationDecision
{
    enum class Refusal {
        None,
        Other,              // the store failed, or the records were changed outside PayDesk
        AwaitsConfirmation, // an approver role granted by one admin waits for a second one (or the wait)
    };

    bool allowed = false;
    QString reason;
    Refusal refusal = allowed ? Refusal::None : Refusal::Other;
};

// What the core services ask before they act. Implementations read the user afresh on every call, so
// disabling or re-roling someone takes effect with their next request. Services hold a `const Authorizer *`
// where null means that no users are configured yet (the bootstrap rule of README.md): every request is
// then allowed and audited under the name the caller gives.
class Authorizer
{
public:
    virtual ~Authorizer() = default;
    virtual AuthorizationDecision authorize(const QString &userName, Permission permission) const = 0;
};
