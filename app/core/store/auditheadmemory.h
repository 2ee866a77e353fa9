#pragma once

#include "store/auditlog.h"
#include "store/storeresult.h"

#include <QString>

#include <optional>

class Database;

// What this machine remembers of each database's audit log: the longest head (row count and last hash) it
// has seen, kept outside the database in a small settings file of the user's data folder
// (`<AppDataLocation>/audit-heads.ini`), keyed by the database's identity (merchant, environment, created_at)
// and its path: the file at this path going back (replaced by an older copy, its tail cut) is caught; a copy
// at another path starts a memory of its own. A log found shorter than that, or whose row at that
// position carries another hash, was cut (and perhaps rewritten) by someone who could edit the file: the
// chain alone cannot show a cut-off tail.
//
// It only helps on machines that remembered: a database deleted or replaced whole, or cut before any desk
// saw its tail, is not detected. Thread-safe as QSettings is; several processes may remember at once (the
// longest head wins).
class AuditHeadMemory final
{
public:
    static QString defaultPath(); // <AppDataLocation>/audit-heads.ini

    explicit AuditHeadMemory(QString filePath = defaultPath());

    const QString &filePath() const { return m_filePath; }

    static StoreResult<QString> databaseIdentity(const Database &database);

    std::optional<AuditAnchor> remembered(const QString &databaseIdentity) const;
    // Keeps `anchor` when it is longer than what is remembered (never shortens the memory).
    void remember(const QString &databaseIdentity, const AuditAnchor &anchor) const;
    // Forgets a database's head: only for `paydeskctl restore`, an admin's deliberate step back to a backup
    // (audited as such).
    void forget(const QString &databaseIdentity) const;

    // Compares the log with what is remembered: an English sentence naming the remembered count and hash
    // when the log is shorter or differs at that row, empty when fine. Reads the log (cheaply: no chain
    // walk), and remembers the current head when it is fine.
    StoreResult<QString> check(const Database &database, const AuditLog &audit) const;

private:
    QString m_filePath;
};
