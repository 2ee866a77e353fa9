#include "secretsource.h"

#include <QStringList>

CredentialSet credentialSetFor(const Transaction &transaction)
{
    return transaction.digitalWallet.compare(QLatin1String("APPLE_PAY"), Qt::CaseInsensitive) == 0
               ? CredentialSet::ApplePay
               : CredentialSet::Standard;
}

QString credentialSetName(CredentialSet set)
{
    return set == CredentialSet::ApplePay ? QStringLiteral("apple_pay") : QStringLiteral("standard");
}

std::optional<ApsCredentials> EnvironmentSecretSource::credentials(const QString &, CredentialSet set,
                                                                   QString *problem) const
{
    const QString prefix =
        set == CredentialSet::ApplePay ? QStringLiteral("PAYDESK_APPLEPAY_") : QStringLiteral("PAYDESK_");
    const auto read = [&](const char *name, QStringList &missing) {
        const QString variable = prefix + QLatin1String(name);
        const QString value = qEnvironmentVariable(variable.toLatin1().constData());
        if (value.isEmpty())
            missing << variable;
        return value;
    };
    QStringList missing;
    ApsCredentials credentials{read("ACCESS_CODE", missing), read("REQUEST_PHRASE", missing),
                               read("RESPONSE_PHRASE", missing)};
    if (!missing.isEmpty()) {
        if (problem)
            *problem = QStringLiteral("not set: ") + missing.join(QLatin1String(", "));
        return std::nullopt;
    }
    return credentials;
}

FixedSecretSource::FixedSecretSource(ApsCredentials standard, std::optional<ApsCredentials> applePay)
    : m_standard(std::move(standard))
    , m_applePay(std::move(applePay))
{}

std::optional<ApsCredentials> FixedSecretSource::credentials(const QString &, CredentialSet set,
                                                             QString *problem) const
{
    if (set == CredentialSet::ApplePay) {
        if (!m_applePay && problem)
            *problem = QStringLiteral("no Apple Pay credential set is configured");
        return m_applePay;
    }
    return m_standard;
}
