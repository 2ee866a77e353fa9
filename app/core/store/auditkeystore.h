#pragma once

#include "store/auditkeyprovider.h"
#include "store/storeresult.h"

#include <QString>

#include <memory>

class Database;

// Where a database's audit key lives, chosen in one place for paydeskctl and the window.
//
// - A new database's key goes to the OS keychain (KeychainAuditKeyProvider) where a Secret Service answers;
//   where none does, to the 0600 key file next to the database (FileAuditKeyProvider), and the choice says
//   so in `notice`, for the caller to show once.
// - An existing database uses its key file while there is one (databases from before the keychain, or made
//   where there was none), otherwise its keychain entry. moveFileToKeychain() moves a key file into the
//   keychain.
//
// Neither place protects against someone who holds both the key (the file, or the unlocked keychain of the
// same OS user) and the database: see README "What the audit key protects, and what it cannot".
class AuditKeyStore final
{
public:
    enum class Place { File, Keychain };

    struct Choice
    {
        std::unique_ptr<AuditKeyProvider> provider;
        Place place = Place::File;
        QString where;  // the key file's path or the keychain entry's name
        QString notice; // English; non-empty when a new key went to a file because there was no keychain
    };

    // The key of an existing database (the key file when present, else the keychain entry).
    static StoreResult<Choice> forDatabase(const Database &database);
    // Creates the key of a new database: the keychain when available, else a 0600 key file. AlreadyExists
    // when the database has a key already.
    static StoreResult<Choice> createFor(const Database &database);
    // Copies the key file into the keychain, reads it back and compares it byte for byte, verifies the audit
    // chain with the keychain's copy, records "audit_key_move" under `actor` with it, and only then removes
    // the file. On any failure the file stays and an entry this call created is removed again. *where: the
    // keychain entry's name.
    static StoreStatus moveFileToKeychain(const Database &database, const QString &actor,
                                          QString *where = nullptr);
};
