#include "services/teamkeys.h"

#include "platform/keychain.h"
#include "services/authorizer.h"
#include "services/keychainsecretsource.h"
#include "store/auditkeyprovider.h"
#include "store/auditkeystore.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/keychainauditkeyprovider.h"
#include "store/profilerepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using Identity = TeamKeyFile::Identity;

const QString ExportAction = QStringLiteral("keys_export");
const QString ImportAction = QStringLiteral("keys_import");

TeamKeysStatus failure(TeamKeysError error, const QString &message)
{
    return TeamKeysStatus::failure(error, message);
}

TeamKeysStatus fromKeyFile(const KeyFileStatus &status)
{
    switch (status.error) {
    case KeyFileError::None:
        return TeamKeysStatus();
    case KeyFileError::WeakPassphrase:
        return failure(TeamKeysError::WeakPassphrase, status.message);
    case KeyFileError::Unreadable:
        return failure(TeamKeysError::Unreadable, status.message);
    case KeyFileError::Exists:
        return failure(TeamKeysError::Exists, status.message);
    case KeyFileError::Io:
        break;
    }
    return failure(TeamKeysError::Store, status.message);
}

StoreResult<Identity> identityOf(const Database &database)
{
    const auto createdAt = KeychainAuditKeyProvider::createdAtOf(database);
    if (!createdAt.ok())
        return createdAt.status();
    return Identity{database.merchantIdentifier(), database.environment(), *createdAt};
}

QString describe(const Identity &identity)
{
    // created_at is milliseconds since the epoch: shown as a time, so people can tell two databases apart.
    bool isNumber = false;
    const qint64 ms = identity.createdAt.toLongLong(&isNumber);
    const QString created = isNumber ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs)
                                     : identity.createdAt;
    return QStringLiteral("merchant %1 (%2), database created %3")
        .arg(identity.merchantIdentifier, identity.environment, created);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Permission::ManageCredentials, as every service checks its permission: a refusal is audited.
TeamKeysStatus authorize(const Authorizer *authorizer, const AuditLog &audit, const QString &actor,
                         const QString &action)
{
    if (!authorizer)
        return TeamKeysStatus();
    const AuthorizationDecision decision = authorizer->authorize(actor, Permission::ManageCredentials);
    if (decision.allowed)
        return TeamKeysStatus();
    audit.append(actor, action, QStringLiteral("refused"), QString(), decision.reason);
    return failure(TeamKeysError::PermissionDenied, decision.reason);
}

bool sameCredentials(const ApsCredentials &a, const ApsCredentials &b)
{
    return a.accessCode == b.accessCode && a.requestPhrase == b.requestPhrase &&
           a.responsePhrase == b.responsePhrase;
}

} // namespace

// What a team key file carries, as JSON inside the ciphertext.
struct TeamKeys::Bundle
{
    struct Entry
    {
        QString profile;
        CredentialSet set = CredentialSet::Standard;
        ApsCredentials credentials;

        QString name() const { return profile + QLatin1Char('/') + credentialSetName(set); }
    };

    QByteArray auditKey;
    QList<Entry> credentials;

    ~Bundle() { TeamKeyFile::wipe(auditKey); }

    QStringList names() const
    {
        QStringList names;
        for (const Entry &entry : credentials)
            names << entry.name();
        return names;
    }
    QString summary() const
    {
        if (credentials.isEmpty())
            return QStringLiteral("no credential set");
        return QStringLiteral("%1 credential set%2 (%3)")
            .arg(credentials.size())
            .arg(credentials.size() == 1 ? QString() : QStringLiteral("s"),
                 names().join(QStringLiteral(", ")));
    }
    QByteArray toJson() const;
    static std::unique_ptr<Bundle> fromJson(const QByteArray &json);
    // The audit key of `database` (wherever AuditKeyStore keeps it) and the keychain's credential sets of
    // every profile saved in it and of "default".
    TeamKeysStatus collect(const Database &database);
    TeamKeysStatus collectCredentials(const Database &database);
};

QByteArray TeamKeys::Bundle::toJson() const
{
    QJsonArray sets;
    for (const Entry &entry : credentials)
        sets.append(QJsonObject{{QStringLiteral("profile"), entry.profile},
                                {QStringLiteral("set"), credentialSetName(entry.set)},
                                {QStringLiteral("access_code"), entry.credentials.accessCode},
                                {QStringLiteral("request_phrase"), entry.credentials.requestPhrase},
                                {QStringLiteral("response_phrase"), entry.credentials.responsePhrase}});
    const QJsonObject root{{QStringLiteral("format"), 1},
                           {QStringLiteral("audit_key"), QString::fromLatin1(auditKey.toBase64())},
                           {QStringLiteral("credentials"), sets}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::unique_ptr<TeamKeys::Bundle> TeamKeys::Bundle::fromJson(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    auto bundle = std::make_unique<Bundle>();
    bundle->auditKey = QByteArray::fromBase64(root.value(QLatin1String("audit_key")).toString().toLatin1());
    if (root.value(QLatin1String("format")).toInt() != 1 ||
        bundle->auditKey.size() != AuditKeyProvider::KeySize)
        return nullptr;
    for (const QJsonValue &value : root.value(QLatin1String("credentials")).toArray()) {
        const QJsonObject set = value.toObject();
        Entry entry;
        entry.profile = set.value(QLatin1String("profile")).toString();
        const QString setName = set.value(QLatin1String("set")).toString();
        if (setName != credentialSetName(CredentialSet::Standard)) {
            if (setName != credentialSetName(CredentialSet::ApplePay))
                return nullptr;
            entry.set = CredentialSet::ApplePay;
        }
        entry.credentials = ApsCredentials{set.value(QLatin1String("access_code")).toString(),
                                           set.value(QLatin1String("request_phrase")).toString(),
                                           set.value(QLatin1String("response_phrase")).toString()};
        if (entry.profile.isEmpty() || !entry.credentials.isComplete())
            return nullptr;
        bundle->credentials.append(entry);
    }
    return bundle;
}

TeamKeysStatus TeamKeys::Bundle::collect(const Database &database)
{
    const auto keys = AuditKeyStore::forDatabase(database);
    if (!keys.ok())
        return failure(TeamKeysError::Store, keys.message);
    const auto key = keys->provider->key();
    if (!key.ok())
        return failure(TeamKeysError::Keychain, key.message);
    auditKey = *key;
    return collectCredentials(database);
}

TeamKeysStatus TeamKeys::Bundle::collectCredentials(const Database &database)
{
    auto profiles = ProfileRepository(database).names();
    if (!profiles.ok())
        return failure(TeamKeysError::Store, profiles.message);
    if (!profiles->contains(QStringLiteral("default")))
        profiles->prepend(QStringLiteral("default"));
    for (const QString &profile : std::as_const(*profiles)) {
        for (const CredentialSet set : {CredentialSet::Standard, CredentialSet::ApplePay}) {
            Entry entry{profile, set, {}};
            const KeychainResult found = KeychainSecretSource::lookup(profile, set, &entry.credentials);
            if (found.status == KeychainResult::Status::NotFound)
                continue;
            if (!found.ok())
                return failure(TeamKeysError::Keychain, found.message);
            if (!entry.credentials.isComplete())
                return failure(TeamKeysError::Keychain,
                               QStringLiteral("the keychain entry %1 is incomplete; complete it in the "
                                              "settings before exporting")
                                   .arg(KeychainSecretSource::keyFor(profile, set)));
            credentials.append(entry);
        }
    }
    return TeamKeysStatus();
}

TeamKeys::TeamKeys(Dependencies dependencies)
    : m_deps(std::move(dependencies))
{
    Q_ASSERT(m_deps.database && m_deps.audit);
}

TeamKeysStatus TeamKeys::mayExport(const QString &actor, const QString &path) const
{
    if (TeamKeysStatus allowed = authorize(m_deps.authorizer, *m_deps.audit, actor, ExportAction);
        !allowed.ok())
        return allowed;
    return fromKeyFile(TeamKeyFile::checkTarget(path));
}

TeamKeysStatus TeamKeys::exportTo(const QString &actor, const QString &path, const QString &passphrase,
                                  TeamKeyFile::Cost cost) const
{
    if (TeamKeysStatus may = mayExport(actor, path); !may.ok())
        return may;
    // Checked before a secret is read.
    if (TeamKeysStatus strong = fromKeyFile(TeamKeyFile::checkPassphrase(passphrase)); !strong.ok())
        return strong;
    const auto identity = identityOf(*m_deps.database);
    if (!identity.ok())
        return failure(TeamKeysError::Store, identity.message);
    Bundle bundle;
    if (TeamKeysStatus collected = bundle.collect(*m_deps.database); !collected.ok())
        return collected;
    QByteArray json = bundle.toJson();
    const KeyFileStatus written = TeamKeyFile::write(path, *identity, json, passphrase, cost);
    TeamKeyFile::wipe(json);
    if (!written.ok())
        return fromKeyFile(written);
    const QString details = QStringLiteral("to %1: the audit key of %2, and %3")
                                .arg(shown(path), describe(*identity), bundle.summary());
    if (const auto audited =
            m_deps.audit->append(actor, ExportAction, QStringLiteral("done"), QString(), details);
        !audited.ok()) {
        // Not audited, not done.
        QFile::remove(path);
        return failure(TeamKeysError::Store, audited.message);
    }
    return TeamKeysStatus{TeamKeysError::None, details, int(bundle.credentials.size())};
}

namespace {

// Same account and environment, then the same database: the refusal names both.
TeamKeysStatus checkBelongs(const QString &path, const Identity &file, const Identity &here)
{
    if (file == here)
        return TeamKeysStatus();
    const bool sameAccount =
        file.merchantIdentifier == here.merchantIdentifier && file.environment == here.environment;
    return failure(sameAccount ? TeamKeysError::OtherDatabase : TeamKeysError::OtherAccount,
                   QStringLiteral("%1 holds the keys of %2, but this is %3; nothing was imported")
                       .arg(shown(path), describe(file), describe(here)));
}

} // namespace

std::unique_ptr<TeamKeys::Import> TeamKeys::open(const Database &database, const QString &path,
                                                 const QString &passphrase, TeamKeysStatus *status)
{
    TeamKeyFile::Contents contents;
    *status = fromKeyFile(TeamKeyFile::read(path, passphrase, &contents));
    if (!status->ok())
        return nullptr;
    std::unique_ptr<Bundle> bundle = Bundle::fromJson(contents.payload);
    TeamKeyFile::wipe(contents.payload);
    if (!bundle) {
        *status = failure(
            TeamKeysError::Unreadable,
            QStringLiteral("%1: its content is not a key bundle this PayDesk reads").arg(shown(path)));
        return nullptr;
    }
    const auto here = identityOf(database);
    *status = here.ok() ? checkBelongs(path, contents.identity, *here)
                        : failure(TeamKeysError::Store, here.message);
    if (!status->ok())
        return nullptr;
    std::unique_ptr<Import> import(new Import(database, path, std::move(bundle)));
    const AuditVerification verified = import->audit().verify();
    if (verified.problem == AuditProblem::Unavailable) {
        *status = failure(TeamKeysError::Store, verified.message);
        return nullptr;
    }
    if (!verified.ok()) {
        *status = failure(TeamKeysError::KeyMismatch,
                          QStringLiteral("the audit log does not verify with the key in %1 (%2); nothing was "
                                         "imported")
                              .arg(shown(path), verified.message));
        return nullptr;
    }
    return import;
}

TeamKeys::Import::Import(const Database &database, QString path, std::unique_ptr<Bundle> bundle)
    : m_database(database)
    , m_path(std::move(path))
    , m_bundle(std::move(bundle))
    , m_key(std::make_unique<MemoryAuditKeyProvider>(m_bundle->auditKey))
    , m_audit(std::make_unique<AuditLog>(database, *m_key))
{}

TeamKeys::Import::~Import() = default;

TeamKeysStatus TeamKeys::Import::install(const QString &actor, const Authorizer *authorizer) const
{
    if (TeamKeysStatus allowed = authorize(authorizer, *m_audit, actor, ImportAction); !allowed.ok())
        return allowed;
    const TeamKeysStatus placed = placeKey();
    if (!placed.ok())
        return placed;
    QStringList stored;
    const TeamKeysStatus credentials = storeCredentials(&stored);
    QString details = QStringLiteral("from %1: the audit key (%2) and %3")
                          .arg(shown(m_path), placed.message, m_bundle->summary());
    if (!credentials.ok()) {
        details = QStringLiteral("from %1: the audit key (%2); credential sets stored: %3; then %4")
                      .arg(shown(m_path), placed.message,
                           stored.isEmpty() ? QStringLiteral("none") : stored.join(QStringLiteral(", ")),
                           credentials.message);
        m_audit->append(actor, ImportAction, QStringLiteral("failed"), QString(), details);
        return failure(credentials.error, details);
    }
    if (const auto audited = m_audit->append(actor, ImportAction, QStringLiteral("done"), QString(), details);
        !audited.ok())
        return failure(TeamKeysError::Store, audited.message);
    return TeamKeysStatus{TeamKeysError::None, details, int(m_bundle->credentials.size())};
}

TeamKeysStatus TeamKeys::Import::placeKey() const
{
    const QByteArray &key = m_bundle->auditKey;
    const auto keys = AuditKeyStore::forDatabase(m_database);
    if (!keys.ok())
        return failure(TeamKeysError::Store, keys.message);
    const auto done = [](const QString &where) {
        return TeamKeysStatus{TeamKeysError::None, where, 0};
    };
    const auto another = [&] {
        return failure(TeamKeysError::KeyMismatch,
                       QStringLiteral("this desk already holds another audit key for this database in %1; it "
                                      "is never replaced, and nothing was imported")
                           .arg(keys->where));
    };
    if (keys->place == AuditKeyStore::Place::File) {
        const auto present = keys->provider->key();
        if (!present.ok())
            return failure(TeamKeysError::Store, present.message);
        return *present == key ? done(QStringLiteral("already in the key file %1").arg(shown(keys->where)))
                               : another();
    }
    const KeychainResult present = Keychain::read(keys->where);
    if (present.ok())
        return present.data == key ? done(QStringLiteral("already in the OS keychain as %1").arg(keys->where))
                                   : another();
    if (present.status == KeychainResult::Status::Unavailable)
        return failure(TeamKeysError::Keychain, present.message);
    if (const StoreStatus created = KeychainAuditKeyProvider::createKey(keys->where, key); !created.ok())
        return failure(created.error == StoreError::AlreadyExists ? TeamKeysError::KeyMismatch
                                                                  : TeamKeysError::Keychain,
                       created.message);
    const auto readBack = KeychainAuditKeyProvider(keys->where).key();
    if (!readBack.ok() || *readBack != key) {
        Keychain::remove(keys->where);
        return failure(TeamKeysError::Keychain,
                       QStringLiteral("the OS keychain returned another audit key than was stored; nothing "
                                      "was imported"));
    }
    return done(QStringLiteral("added to the OS keychain as %1").arg(keys->where));
}

TeamKeysStatus TeamKeys::Import::storeCredentials(QStringList *stored) const
{
    for (const Bundle::Entry &entry : std::as_const(m_bundle->credentials)) {
        const KeychainResult written =
            KeychainSecretSource::store(entry.profile, entry.set, entry.credentials);
        if (!written.ok())
            return failure(TeamKeysError::Keychain, entry.name() + QStringLiteral(": ") + written.message);
        ApsCredentials back;
        const KeychainResult read = KeychainSecretSource::lookup(entry.profile, entry.set, &back);
        if (!read.ok() || !sameCredentials(back, entry.credentials))
            return failure(TeamKeysError::Keychain,
                           entry.name() + QStringLiteral(": the OS keychain returned other credentials than "
                                                         "were stored"));
        *stored << entry.name();
    }
    return TeamKeysStatus();
}
