#pragma once

#include "store/storeresult.h"

#include <QByteArray>
#include <QString>

// Where the audit chain's HMAC key comes from. The key is kept outside the database, so whoever can edit the
// database file cannot recompute the chain. This interface lets the keychain replace the key file later.
class AuditKeyProvider
{
public:
    virtual ~AuditKeyProvider() = default;
    // The key (KeySize bytes), or AuditKey with a message saying what is missing.
    virtual StoreResult<QByteArray> key() const = 0;

    static constexpr int KeySize = 32;
};

// The key as a file of 32 random bytes, readable and writable by the owner only (0600), next to the
// database: `<database file>.auditkey` (keyPathFor()). `paydeskctl init` creates it; it is not part of a
// backup, so keep a copy of it with the backups (a restored database verifies only with its key).
class FileAuditKeyProvider final : public AuditKeyProvider
{
public:
    static QString keyPathFor(const QString &databasePath);
    // Writes a new random key, or `existing` (e.g. a store's key copied for its team store), with 0600
    // permissions. AlreadyExists when the file is there (never overwritten: that would orphan the chain), Io
    // when it cannot be written.
    static StoreStatus createKeyFile(const QString &keyPath, const QByteArray &existing = QByteArray());

    explicit FileAuditKeyProvider(QString keyPath);

    const QString &keyPath() const { return m_keyPath; }
    // AuditKey when the file is missing, unreadable or not exactly 32 bytes.
    StoreResult<QByteArray> key() const override;

private:
    QString m_keyPath;
};

// A key held in memory: one read from a team key file, checked against the audit chain before it is stored
// anywhere (TeamKeys). Its copy is wiped when it is destroyed.
class MemoryAuditKeyProvider final : public AuditKeyProvider
{
public:
    explicit MemoryAuditKeyProvider(QByteArray key);
    ~MemoryAuditKeyProvider() override;
    Q_DISABLE_COPY_MOVE(MemoryAuditKeyProvider)

    // AuditKey when the key is not KeySize bytes.
    StoreResult<QByteArray> key() const override;

private:
    QByteArray m_key;
};
