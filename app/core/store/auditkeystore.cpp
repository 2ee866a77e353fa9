#include "auditkeystore.h"

#include "platform/keychain.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/keychainauditkeyprovider.h"

#include <QDir>
#include <QFile>

namespace {

using Choice = AuditKeyStore::Choice;

StoreResult<Choice> fileChoice(const QString &path, QString notice = QString())
{
    Choice choice;
    choice.provider = std::make_unique<FileAuditKeyProvider>(path);
    choice.place = AuditKeyStore::Place::File;
    choice.where = path;
    choice.notice = std::move(notice);
    return StoreResult<Choice>(std::move(choice));
}

StoreResult<Choice> keychainChoice(const QString &name)
{
    Choice choice;
    choice.provider = std::make_unique<KeychainAuditKeyProvider>(name);
    choice.place = AuditKeyStore::Place::Keychain;
    choice.where = name;
    return StoreResult<Choice>(std::move(choice));
}

} // namespace

StoreResult<Choice> AuditKeyStore::forDatabase(const Database &database)
{
    const QString path = FileAuditKeyProvider::keyPathFor(database.path());
    if (QFile::exists(path))
        return fileChoice(path);
    const auto name = KeychainAuditKeyProvider::keyNameFor(database);
    if (!name.ok())
        return StoreResult<Choice>(name.status());
    return keychainChoice(*name);
}

StoreResult<Choice> AuditKeyStore::createFor(const Database &database)
{
    const QString path = FileAuditKeyProvider::keyPathFor(database.path());
    if (QFile::exists(path))
        return StoreResult<Choice>::failure(
            StoreError::AlreadyExists,
            QDir::toNativeSeparators(path) +
                QStringLiteral(": an audit key is already there; it is never replaced"));
    const auto name = KeychainAuditKeyProvider::keyNameFor(database);
    if (!name.ok())
        return StoreResult<Choice>(name.status());
    const StoreStatus created = KeychainAuditKeyProvider::createKey(*name);
    if (created.ok())
        return keychainChoice(*name);
    if (created.error != StoreError::AuditKey)
        return StoreResult<Choice>(created);
    // No Secret Service here: the key file is the documented fallback, and the caller says so.
    if (const StoreStatus file = FileAuditKeyProvider::createKeyFile(path); !file.ok())
        return StoreResult<Choice>(file);
    return fileChoice(path,
                      QStringLiteral("no OS keychain is available here, so the audit key is kept in %1, "
                                     "readable by this OS user only; move it later with paydeskctl audit "
                                     "move-key-to-keychain")
                          .arg(QDir::toNativeSeparators(path)));
}

StoreStatus AuditKeyStore::moveFileToKeychain(const Database &database, const QString &actor, QString *where)
{
    const QString path = FileAuditKeyProvider::keyPathFor(database.path());
    const FileAuditKeyProvider file(path);
    const auto bytes = file.key();
    if (!bytes.ok())
        return bytes.status();
    const auto name = KeychainAuditKeyProvider::keyNameFor(database);
    if (!name.ok())
        return name.status();
    if (where)
        *where = *name;
    bool createdHere = false;
    const KeychainResult present = Keychain::read(*name);
    if (present.status == KeychainResult::Status::Unavailable)
        return StoreStatus::failure(StoreError::AuditKey, present.message);
    if (present.ok()) {
        // A copy left by an interrupted move is fine; another key under this name is not overwritten.
        if (present.data != *bytes)
            return StoreStatus::failure(StoreError::Conflict,
                                        QStringLiteral("the keychain already holds a different key under %1; "
                                                       "nothing was moved")
                                            .arg(*name));
    } else {
        if (const StoreStatus s = KeychainAuditKeyProvider::createKey(*name, *bytes); !s.ok())
            return s;
        createdHere = true;
    }
    const auto undo = [&](const StoreStatus &status) {
        if (createdHere)
            Keychain::remove(*name);
        return status;
    };
    const KeychainAuditKeyProvider keychain(*name);
    const auto readBack = keychain.key();
    if (!readBack.ok())
        return undo(readBack.status());
    if (*readBack != *bytes)
        return undo(StoreStatus::failure(StoreError::AuditKey,
                                         QStringLiteral("the keychain returned another key than was stored; "
                                                        "the key file stays")));
    const AuditLog log(database, keychain);
    const AuditVerification verified = log.verify();
    if (!verified.ok())
        return undo(StoreStatus::failure(
            StoreError::AuditKey,
            QStringLiteral("the audit chain does not verify with the moved key (%1); the key file stays")
                .arg(verified.message)));
    if (const auto audited =
            log.append(actor, QStringLiteral("audit_key_move"), QStringLiteral("done"), QString(),
                       QStringLiteral("audit key moved from %1 to the OS keychain (%2)")
                           .arg(QDir::toNativeSeparators(path), *name));
        !audited.ok())
        return undo(audited.status());
    if (!QFile::remove(path))
        return StoreStatus::failure(StoreError::Io,
                                    QStringLiteral("the key is in the keychain, but %1 could not be removed: "
                                                   "remove it yourself")
                                        .arg(QDir::toNativeSeparators(path)));
    return StoreStatus::success();
}
