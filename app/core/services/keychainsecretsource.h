#pragma once

#include "platform/keychain.h"
#include "services/secretsource.h"

// A profile's credentials in the OS keychain, one entry per profile and set: key
// "profile/<profile>/<standard|apple_pay>", value a small JSON object of access_code, request_phrase and
// response_phrase. No keychain means no credentials and a message saying so; there is no plain-text fallback.
class KeychainSecretSource final : public SecretSource
{
public:
    static QString keyFor(const QString &profile, CredentialSet set);

    std::optional<ApsCredentials> credentials(const QString &profile, CredentialSet set,
                                              QString *problem) const override;
    // The set as the keychain holds it: Ok with *credentials (possibly incomplete, for the caller to say),
    // NotFound, or Unavailable.
    static KeychainResult lookup(const QString &profile, CredentialSet set, ApsCredentials *credentials);
    // Stores (replaces) the set; the settings dialog calls it. The result says why it failed, never the
    // secret.
    static KeychainResult store(const QString &profile, CredentialSet set, const ApsCredentials &credentials);
    static KeychainResult forget(const QString &profile, CredentialSet set);
};
