#pragma once

#include "store/auditkeyprovider.h"

class Database;

// The audit chain's HMAC key in the OS keychain (services/keychain.h), under
// "audit-key/<merchant>/<environment>/ <database created_at>", so each database has its own key wherever its
// file moves. Chosen explicitly by the composition root: it never falls back to the key file, and
// FileAuditKeyProvider never falls back to it.
class KeychainAuditKeyProvider final : public AuditKeyProvider
{
public:
    // The entry name for this database (reads its meta table).
    static StoreResult<QString> keyNameFor(const Database &database);
    // The database's `created_at` (meta table): with its account and environment, what tells it apart from
    // every other database, wherever its file moves.
    static StoreResult<QString> createdAtOf(const Database &database);
    // Stores a new random key, or `existing` (e.g. the bytes of a key file being moved into the keychain).
    // AlreadyExists when the entry is there (never overwritten: that would orphan the chain).
    static StoreStatus createKey(const QString &keyName, const QByteArray &existing = QByteArray());

    explicit KeychainAuditKeyProvider(QString keyName);
    // AuditKey when the keychain is unavailable or has no such entry. Read once, then kept for this object.
    StoreResult<QByteArray> key() const override;

private:
    QString m_keyName;
    mutable QByteArray m_cached;
};
