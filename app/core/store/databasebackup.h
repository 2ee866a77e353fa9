#pragma once

#include "store/storeresult.h"

#include <QString>

class Database;

// Backup and restore of a PayDesk database file (SQLite; a team's PostgreSQL store is refused: pg_dump
// there). The audit key file is not part of the copy: keep it with the backups (a restored database verifies
// only with the key that wrote it).
class DatabaseBackup final
{
public:
    // A consistent copy of the database as of one moment, taken with `VACUUM INTO` while other connections
    // and processes keep writing. Refuses an existing target (AlreadyExists) and must not be called inside a
    // write transaction. The copy is probed afterwards. It is 0600 whatever the umask; a restored database is
    // too.
    static StoreStatus backup(const Database &database, const QString &targetPath);

    // Replaces the database at `databasePath` by the backup at `sourcePath`. Refused, with nothing changed:
    // a missing, foreign, corrupt (integrity_check) or newer backup; a backup of another merchant account
    // (WrongAccount) or environment (WrongEnvironment) than the database being replaced; a database that
    // another connection still has open (Busy). The backup is first copied to a temporary file in the
    // database's folder and verified there, then renamed over the database in one step, so a crash leaves
    // either the old or the new database, never half of one. No Database object may be open on
    // `databasePath` in this process.
    static StoreStatus restore(const QString &sourcePath, const QString &databasePath);
};
