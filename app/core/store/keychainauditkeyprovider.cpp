#include "keychainauditkeyprovider.h"

#include "platform/keychain.h"
#include "store/database.h"

#include <QRandomGenerator>
#include <QSqlQuery>

StoreResult<QString> KeychainAuditKeyProvider::keyNameFor(const Database &database)
{
    const auto createdAt = createdAtOf(database);
    if (!createdAt.ok())
        return createdAt;
    return QStringLiteral("audit-key/%1/%2/%3")
        .arg(database.merchantIdentifier(), database.environment(), *createdAt);
}

StoreResult<QString> KeychainAuditKeyProvider::createdAtOf(const Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'created_at'")) || !query.next())
        return StoreResult<QString>(
            Database::sqlFailure(query, QStringLiteral("reading the database's identity")));
    return query.value(0).toString();
}

StoreStatus KeychainAuditKeyProvider::createKey(const QString &keyName, const QByteArray &existing)
{
    const KeychainResult present = Keychain::read(keyName);
    if (present.ok())
        return StoreStatus::failure(StoreError::AlreadyExists,
                                    QStringLiteral("the keychain already holds %1").arg(keyName));
    if (present.status == KeychainResult::Status::Unavailable)
        return StoreStatus::failure(StoreError::AuditKey, present.message);
    QByteArray key = existing;
    if (key.isEmpty()) {
        key.resize(KeySize);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), KeySize / 4);
    }
    if (key.size() != KeySize)
        return StoreStatus::failure(StoreError::Invalid,
                                    QStringLiteral("an audit key has %1 bytes").arg(KeySize));
    const KeychainResult written = Keychain::write(keyName, key);
    if (!written.ok())
        return StoreStatus::failure(StoreError::AuditKey, written.message);
    return StoreStatus::success();
}

KeychainAuditKeyProvider::KeychainAuditKeyProvider(QString keyName)
    : m_keyName(std::move(keyName))
{}

StoreResult<QByteArray> KeychainAuditKeyProvider::key() const
{
    if (!m_cached.isEmpty())
        return m_cached;
    const KeychainResult found = Keychain::read(m_keyName);
    if (!found.ok() || found.data.size() != KeySize) {
        return StoreResult<QByteArray>::failure(
            StoreError::AuditKey,
            found.ok() ? QStringLiteral("the keychain's audit key %1 is damaged").arg(m_keyName)
                       : QStringLiteral("audit key %1: %2").arg(m_keyName, found.message));
    }
    m_cached = found.data;
    return m_cached;
}
