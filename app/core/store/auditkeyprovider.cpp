#include "auditkeyprovider.h"

#include "store/database.h"
#include "store/privatefiles.h"
#include "store/teamkeyfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

QString FileAuditKeyProvider::keyPathFor(const QString &databasePath)
{
    if (Database::isServerUri(databasePath)) {
        // A team's store has no folder beside it: its key file (only where no keychain answers) lives in this
        // desk's data folder, named after the server, port and database.
        const QUrl url(databasePath);
        QString name = url.host() + u'-' + QString::number(url.port(5432)) + u'-' + url.path().mid(1);
        static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
        name.replace(unsafe, QStringLiteral("_"));
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
               QLatin1String("/team-keys/") + name + QLatin1String(".auditkey");
    }
    return QFileInfo(databasePath).absoluteFilePath() + QLatin1String(".auditkey");
}

StoreStatus FileAuditKeyProvider::createKeyFile(const QString &keyPath, const QByteArray &existing)
{
    const QString shown = QDir::toNativeSeparators(keyPath);
    if (QFileInfo::exists(keyPath))
        return StoreStatus::failure(
            StoreError::AlreadyExists,
            shown + QLatin1String(": an audit key is already there; it is never replaced"));
    if (StoreStatus folder = PrivateFiles::makePath(QFileInfo(keyPath).absolutePath()); !folder.ok())
        return folder;
    if (!existing.isEmpty() && existing.size() != KeySize)
        return StoreStatus::failure(StoreError::Invalid,
                                    QStringLiteral("an audit key has %1 bytes").arg(KeySize));
    QByteArray key = existing;
    if (key.isEmpty()) {
        key.resize(KeySize);
        QRandomGenerator::system()->generate(key.begin(), key.end());
    }
    QFile file(keyPath);
    // NewOnly with the permissions at creation: the key is never readable by others, not even for a moment.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(key) != key.size() || !file.flush()) {
        const QString error = file.errorString();
        file.remove();
        return StoreStatus::failure(StoreError::Io, shown + QLatin1String(": cannot write the audit key (") +
                                                        error + QLatin1Char(')'));
    }
    return StoreStatus::success();
}

FileAuditKeyProvider::FileAuditKeyProvider(QString keyPath)
    : m_keyPath(std::move(keyPath))
{}

StoreResult<QByteArray> FileAuditKeyProvider::key() const
{
    const QString shown = QDir::toNativeSeparators(m_keyPath);
    QFile file(m_keyPath);
    if (!file.exists())
        return StoreResult<QByteArray>::failure(
            StoreError::AuditKey,
            shown + QLatin1String(": the audit key is missing; without it the audit log can "
                                  "neither be written nor verified"));
    if (!file.open(QIODevice::ReadOnly))
        return StoreResult<QByteArray>::failure(StoreError::AuditKey,
                                                shown + QLatin1String(": cannot read the audit key (") +
                                                    file.errorString() + u')');
    const QByteArray key = file.read(KeySize + 1);
    if (key.size() != KeySize)
        return StoreResult<QByteArray>::failure(
            StoreError::AuditKey,
            shown +
                QStringLiteral(": not an audit key (%1 bytes, expected %2)").arg(key.size()).arg(KeySize));
    return key;
}

MemoryAuditKeyProvider::MemoryAuditKeyProvider(QByteArray key)
    : m_key(std::move(key))
{}

MemoryAuditKeyProvider::~MemoryAuditKeyProvider()
{
    TeamKeyFile::wipe(m_key);
}

StoreResult<QByteArray> MemoryAuditKeyProvider::key() const
{
    if (m_key.size() != KeySize)
        return StoreResult<QByteArray>::failure(
            StoreError::AuditKey,
            QStringLiteral("not an audit key (%1 bytes, expected %2)").arg(m_key.size()).arg(KeySize));
    return m_key;
}
