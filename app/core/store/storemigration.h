#pragma once

#include "store/auditkeystore.h"
#include "store/storeresult.h"

#include <QList>
#include <QString>

#include <memory>

class Database;

// One table a migration moved.
struct MigratedTable
{
    QString name;
    qint64 rows = 0;
};

// What StoreMigration::moveTo() did.
struct MigrationOutcome
{
    QList<MigratedTable> tables; // in the order they were copied; meta first
    qint64 sourceAuditRows = 0;  // rows of the source's chain, verified before the copy
    qint64 targetAuditRows = 0;  // rows of the team store's chain, verified before the commit
    bool createdStore = false;   // the team store was created by this move (else it was empty)
    AuditKeyStore::Place keyPlace = AuditKeyStore::Place::Keychain;
    QString keyWhere;          // the team store's key: a file of this desk, or the keychain entry
    bool wroteKeyFile = false; // the source's key file was copied to keyWhere
};

// Moves a single-desk store (an SQLite file) into a team's store on PostgreSQL (`paydeskctl migrate`): every
// table, ids kept, in one write transaction on the server, so that a failure leaves nothing there.
//
// - The target is an empty server database (the team store is created in it with the source's account and
//   environment) or a PayDesk store of the same account and environment with no rows in any table (such as
//   one a failed move left): a store holding data is refused and left alone, never merged into.
// - The meta facts that make the store itself move too: created_at above all, from which the keychain entry
//   of the audit key (KeychainAuditKeyProvider::keyNameFor) and the people seal's identity are derived, so
//   the same key and the same seals hold on the server. The server's own facts (application, schema_version)
//   stay.
// - The key: a source key in the keychain applies as it is (same entry name). A source key file is copied to
//   the team store's key file on this desk (FileAuditKeyProvider::keyPathFor(uri)); a file already there
//   with another key refuses the move.
// - Verified before: the source's chain with its key, and its people seal. After, still inside the
//   transaction: every table's row count and a digest of its contents equal the source's, the team store's
//   chain verifies with the key AuditKeyStore finds for it, and its people seal holds. Only then the move is
//   recorded in both logs ("migrate") and committed.
//
// The source is held under its write lock throughout: no desk writes to it while it is copied. The target URI
// names the store's owner (creating the schema and moving the identity sequences on are the owner's; the
// desks' role of resources/postgresql/roles.sql may do neither).
class StoreMigration final
{
public:
    // `source`: an open SQLite store; `sourceKey`: its key as AuditKeyStore::forDatabase() chose it.
    StoreMigration(const Database &source, const AuditKeyStore::Choice &sourceKey);

    // The tables moved, in an order their foreign keys allow (operations' refund_request_id and retry_of are
    // filled in after refund_requests), meta not included.
    static const QStringList &tables();

    // Errors: Invalid (not a file to a server URI), Conflict (a chain or seal that does not verify, schemas
    // of different versions, a mismatch after the copy, another key in the way), AlreadyExists (the target
    // holds data), WrongAccount/WrongEnvironment, and the store's own errors of either side.
    StoreResult<MigrationOutcome> moveTo(const QString &targetUri, const QString &actor) const;

private:
    StoreResult<std::unique_ptr<Database>> openEmptyTarget(const QString &uri, bool *created) const;
    StoreStatus placeKey(const QString &uri, MigrationOutcome &outcome) const;
    StoreStatus copyAll(const Database &target, MigrationOutcome &outcome) const;
    StoreStatus verifyTarget(const Database &target, const QString &actor, MigrationOutcome &outcome) const;

    const Database &m_source;
    const AuditKeyStore::Choice &m_sourceKey;
};
