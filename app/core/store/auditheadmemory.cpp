#include "auditheadmemory.h"

#include "store/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {

// Settings keys cannot hold the identity's slashes; the identity itself is kept beside for people.
QString groupFor(const QString &identity)
{
    return QStringLiteral("db-") +
           QString::fromLatin1(
               QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

} // namespace

QString AuditHeadMemory::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("audit-heads.ini"));
}

AuditHeadMemory::AuditHeadMemory(QString filePath)
    : m_filePath(std::move(filePath))
{}

StoreResult<QString> AuditHeadMemory::databaseIdentity(const Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'created_at'")) || !query.next())
        return StoreResult<QString>(
            Database::sqlFailure(query, QStringLiteral("reading the database's identity")));
    // The path too: copies of one database (a template, a restored backup elsewhere) each have their own
    // log from the moment they part; what is caught is the file at this path going back.
    return QStringLiteral("%1/%2/%3 at %4")
        .arg(database.merchantIdentifier(), database.environment(), query.value(0).toString(),
             database.path());
}

std::optional<AuditAnchor> AuditHeadMemory::remembered(const QString &databaseIdentity) const
{
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.beginGroup(groupFor(databaseIdentity));
    if (!settings.contains(QStringLiteral("head")))
        return std::nullopt;
    return AuditAnchor::fromString(settings.value(QStringLiteral("head")).toString());
}

void AuditHeadMemory::remember(const QString &databaseIdentity, const AuditAnchor &anchor) const
{
    if (const auto known = remembered(databaseIdentity); known && known->rowCount >= anchor.rowCount)
        return;
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.beginGroup(groupFor(databaseIdentity));
    settings.setValue(QStringLiteral("database"), databaseIdentity);
    settings.setValue(QStringLiteral("head"), anchor.toString());
    settings.endGroup();
    settings.sync();
}

void AuditHeadMemory::forget(const QString &databaseIdentity) const
{
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.remove(groupFor(databaseIdentity));
    settings.sync();
}

StoreResult<QString> AuditHeadMemory::check(const Database &database, const AuditLog &audit) const
{
    const auto identity = databaseIdentity(database);
    if (!identity.ok())
        return identity;
    const auto head = audit.head();
    if (!head.ok())
        return StoreResult<QString>(head.status());
    const auto known = remembered(*identity);
    if (known && known->rowCount > 0) {
        if (head->rowCount < known->rowCount) {
            return QStringLiteral(
                       "the audit log has %1 rows, but this desk saw it with %2 rows ending in %3: "
                       "its tail was cut off outside PayDesk")
                .arg(head->rowCount)
                .arg(known->rowCount)
                .arg(known->lastHash);
        }
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("SELECT hash FROM audit_log ORDER BY id LIMIT 1 OFFSET ?"));
        query.addBindValue(known->rowCount - 1);
        if (!query.exec())
            return StoreResult<QString>(Database::sqlFailure(query, QStringLiteral("reading the audit log")));
        if (!query.next() || query.value(0).toString() != known->lastHash) {
            return QStringLiteral(
                       "row %1 of the audit log does not carry the hash this desk saw there (%1:%2): "
                       "the log was cut and rewritten outside PayDesk")
                .arg(known->rowCount)
                .arg(known->lastHash);
        }
    }
    remember(*identity, *head);
    return QString();
}
