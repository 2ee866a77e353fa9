#pragma once

#include "domain/transaction.h"

#include <QString>

#include <optional>

// The secret half of a merchant profile: never stored in the database, never logged, never on a command line.
struct ApsCredentials
{
    QString accessCode;
    QString requestPhrase;
    QString responsePhrase;

    bool isComplete() const
    {
        return !accessCode.isEmpty() && !requestPhrase.isEmpty() && !responsePhrase.isEmpty();
    }
};

// APS accounts may need a second credential set for Apple Pay orders, chosen per order by its digital wallet.
enum class CredentialSet { Standard, ApplePay };

CredentialSet credentialSetFor(const Transaction &transaction);
QString credentialSetName(CredentialSet set); // "standard" | "apple_pay"

// Where a profile's secrets come from: the OS keychain, the environment, or a test fake.
class SecretSource
{
public:
    virtual ~SecretSource() = default;
    // nullopt when this source has no complete set for the profile; `problem` then says what is missing
    // (names of settings or variables, never values).
    virtual std::optional<ApsCredentials> credentials(const QString &profile, CredentialSet set,
                                                      QString *problem) const = 0;
};

// Reads PAYDESK_ACCESS_CODE / PAYDESK_REQUEST_PHRASE / PAYDESK_RESPONSE_PHRASE and their PAYDESK_APPLEPAY_*
// twins (INTERFACES.md). The profile name is not used: the environment holds one set of each kind.
class EnvironmentSecretSource final : public SecretSource
{
public:
    std::optional<ApsCredentials> credentials(const QString &profile, CredentialSet set,
                                              QString *problem) const override;
};

// Fixed credentials, for the in-process demo simulator and for tests.
class FixedSecretSource final : public SecretSource
{
public:
    FixedSecretSource(ApsCredentials standard, std::optional<ApsCredentials> applePay = std::nullopt);
    std::optional<ApsCredentials> credentials(const QString &profile, CredentialSet set,
                                              QString *problem) const override;

private:
    ApsCredentials m_standard;
    std::optional<ApsCredentials> m_applePay;
};
