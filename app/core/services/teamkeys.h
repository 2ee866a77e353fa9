#pragma once

#include "store/teamkeyfile.h"

#include <QStringList>

#include <QString>

#include <memory>

class AuditKeyProvider;
class AuditLog;
class Authorizer;
class Database;
struct ApsCredentials;

// Why team keys were not exported or imported. Nothing is written when one is reported, except where said.
enum class TeamKeysError {
    None,
    PermissionDenied, // the user may not manage credentials (the refusal is audited)
    WeakPassphrase,   // shorter than TeamKeyFile::MinimumPassphraseLength characters
    Unreadable,       // wrong passphrase, a damaged file, or no team key file at all
    Exists,           // export: the file is already there (never overwritten)
    OtherAccount,     // import: the file belongs to another merchant account or environment
    OtherDatabase,    // import: the file belongs to another database of this account
    KeyMismatch,      // import: the audit chain does not verify with the file's key, or this desk already
                      // holds another audit key for this database
    Keychain,         // no OS keychain answered, or it refused (import: what was written is named)
    Store,            // the database, the audit log or the file system refused
};

struct TeamKeysStatus
{
    TeamKeysError error = TeamKeysError::None;
    // English. On success what was done (the audit entry's details); never a secret.
    QString message;
    int credentialSets = 0; // on success: how many credential sets the file carries

    bool ok() const { return error == TeamKeysError::None; }
    static TeamKeysStatus failure(TeamKeysError error, QString message)
    {
        return {error, std::move(message), 0};
    }
};

// A team's secrets between its desks (README "Team keys"): an admin exports this database's audit key and the
// APS credentials in the OS keychain into a passphrase-protected file (TeamKeyFile); each desk imports them
// into its own keychain. They never travel through the database.
//
// The credentials exported are those in the keychain for every profile saved in the database and for
// "default", each set (standard, Apple Pay) that is there; a profile without any is left out.
class TeamKeys final
{
public:
    struct Dependencies
    {
        const Database *database = nullptr;
        const AuditLog *audit = nullptr;
        const Authorizer *authorizer = nullptr; // null: no users configured (bootstrap rule)
    };

    explicit TeamKeys(Dependencies dependencies);

    // What export would refuse before any secret is read: Permission::ManageCredentials (the refusal is
    // audited as "keys_export" refused) and an existing file. The CLI asks before it asks for a passphrase.
    TeamKeysStatus mayExport(const QString &actor, const QString &path) const;
    // mayExport(); a passphrase long enough; the audit key and the keychain's credentials read; the file
    // written (TeamKeyFile::write: 0600, never over an existing file); then "keys_export" audited with what
    // the file holds (no secret). When the audit entry cannot be written, the file is removed again.
    TeamKeysStatus exportTo(const QString &actor, const QString &path, const QString &passphrase,
                            TeamKeyFile::Cost cost = {}) const;

    class Import;
    // Opens a team key file for `database` and checks it before anything is written: the passphrase, the
    // database it belongs to (OtherAccount / OtherDatabase naming both), and the whole audit chain, which
    // must verify with the file's key (KeyMismatch). Null after setting *status.
    static std::unique_ptr<Import> open(const Database &database, const QString &path,
                                        const QString &passphrase, TeamKeysStatus *status);

private:
    struct Bundle;

    Dependencies m_deps;
};

// A team key file opened and checked for a database (TeamKeys::open), not yet installed.
class TeamKeys::Import final
{
public:
    ~Import();
    Q_DISABLE_COPY_MOVE(Import)

    // The audit log keyed with the file's key, which verified the chain: a desk without the key signs in
    // through it (AuthService over this log checks the people seals with the file's key), and install()
    // records "keys_import" in it.
    const AuditLog &audit() const { return *m_audit; }

    // Permission::ManageCredentials for `actor` (null authorizer: no users yet; a refusal is audited); then
    // the audit key into this desk's keychain unless the desk has that key already (another key is
    // KeyMismatch, never replaced), read back byte for byte; then each credential set into the keychain
    // (replacing what is there), read back; then "keys_import" audited. A keychain failure after the key was
    // stored leaves the key (it is this database's, verified) and names what was imported.
    TeamKeysStatus install(const QString &actor, const Authorizer *authorizer) const;

private:
    friend class TeamKeys;
    Import(const Database &database, QString path, std::unique_ptr<Bundle> bundle);
    // The audit key where the desk keeps it; on success the message says where.
    TeamKeysStatus placeKey() const;
    TeamKeysStatus storeCredentials(QStringList *stored) const;

    const Database &m_database;
    QString m_path;
    std::unique_ptr<Bundle> m_bundle;
    std::unique_ptr<AuditKeyProvider> m_key;
    std::unique_ptr<AuditLog> m_audit;
};
