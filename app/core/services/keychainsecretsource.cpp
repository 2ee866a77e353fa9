#include "keychainsecretsource.h"

#include <QJsonDocument>
#include <QJsonObject>

QString KeychainSecretSource::keyFor(const QString &profile, CredentialSet set)
{
    return QStringLiteral("profile/") + profile + QLatin1Char('/') + credentialSetName(set);
}

std::optional<ApsCredentials> KeychainSecretSource::credentials(const QString &profile, CredentialSet set,
                                                                QString *problem) const
{
    ApsCredentials credentials;
    const KeychainResult found = lookup(profile, set, &credentials);
    if (!found.ok()) {
        if (problem)
            *problem = QStringLiteral("%1 credentials of profile %2: %3")
                           .arg(credentialSetName(set), profile, found.message);
        return std::nullopt;
    }
    if (!credentials.isComplete()) {
        if (problem)
            *problem = QStringLiteral("the keychain entry %1 is incomplete").arg(keyFor(profile, set));
        return std::nullopt;
    }
    return credentials;
}

KeychainResult KeychainSecretSource::lookup(const QString &profile, CredentialSet set,
                                            ApsCredentials *credentials)
{
    KeychainResult found = Keychain::read(keyFor(profile, set));
    if (found.ok()) {
        const QJsonObject json = QJsonDocument::fromJson(found.data).object();
        *credentials = ApsCredentials{json.value(QLatin1String("access_code")).toString(),
                                      json.value(QLatin1String("request_phrase")).toString(),
                                      json.value(QLatin1String("response_phrase")).toString()};
        found.data.clear();
    }
    return found;
}

KeychainResult KeychainSecretSource::store(const QString &profile, CredentialSet set,
                                           const ApsCredentials &credentials)
{
    const QJsonObject json{{QStringLiteral("access_code"), credentials.accessCode},
                           {QStringLiteral("request_phrase"), credentials.requestPhrase},
                           {QStringLiteral("response_phrase"), credentials.responsePhrase}};
    return Keychain::write(keyFor(profile, set), QJsonDocument(json).toJson(QJsonDocument::Compact));
}

KeychainResult KeychainSecretSource::forget(const QString &profile, CredentialSet set)
{
    return Keychain::remove(keyFor(profile, set));
}
