#include "databasebackup.h"

#include "store/database.h"
#include "store/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <cstdio>

#include <unistd.h>

namespace {

StoreStatus failure(StoreError error, const QString &path, const QString &what)
{
    return StoreStatus::failure(error, QDir::toNativeSeparators(path) + QLatin1String(": ") + what);
}

// Runs `statements` on a private connection to `path` and returns the first column of the last one.
StoreResult<QString> runOnPrivateConnection(const QString &path, bool readOnly, const QStringList &statements)
{
    static int serial = 0;
    const QString name = QStringLiteral("paydesk-backup-%1").arg(++serial);
    StoreResult<QString> result = QString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY") : QString());
        db.setDatabaseName(path);
        if (!db.open()) {
            result =
                StoreResult<QString>(Database::sqlFailure(db.lastError(), QDir::toNativeSeparators(path)));
        } else {
            for (const QString &statement : statements) {
                QSqlQuery query(db);
                if (!query.exec(statement)) {
                    result = StoreResult<QString>(Database::sqlFailure(
                        query, QDir::toNativeSeparators(path) + QLatin1String(": ") + statement));
                    break;
                }
                result = query.next() ? query.value(0).toString() : QString();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

namespace {

// A team's store is backed up and restored by its server's tools, with the whole team's history at once.
StoreStatus refuseServer(const QString &uri)
{
    return StoreStatus::failure(
        StoreError::Conflict,
        uri +
            QLatin1String(": a team's PostgreSQL store is backed up and restored on its server (pg_dump and "
                          "pg_restore; README \"Team mode\"), not by a desk"));
}

} // namespace

StoreStatus DatabaseBackup::backup(const Database &database, const QString &targetPath)
{
    if (database.isShared())
        return refuseServer(database.path());
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    if (QFileInfo::exists(target))
        return failure(StoreError::AlreadyExists, target,
                       QStringLiteral("already exists; a backup never overwrites"));
    if (database.inWriteTransaction())
        return StoreStatus::failure(StoreError::Invalid,
                                    QStringLiteral("a backup cannot run inside a transaction"));
    // VACUUM INTO would create the copy 0644; it accepts an empty file, made here owner-only.
    if (StoreStatus created = PrivateFiles::createEmpty(target); !created.ok())
        return created;
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec()) {
        const StoreStatus failed =
            Database::sqlFailure(query, QStringLiteral("backing up to ") + QDir::toNativeSeparators(target));
        QFile::remove(target);
        return failed;
    }
    const auto probed = Database::probe(target);
    return probed.ok() ? StoreStatus::success() : probed.status();
}

StoreStatus DatabaseBackup::restore(const QString &sourcePath, const QString &databasePath)
{
    if (Database::isServerUri(databasePath))
        return refuseServer(databasePath);
    const QString source = QFileInfo(sourcePath).absoluteFilePath();
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    const auto backupInfo = Database::probe(source);
    if (!backupInfo.ok())
        return backupInfo.status();
    const bool replacing = QFileInfo::exists(target);
    if (replacing) {
        const auto current = Database::probe(target);
        // A damaged PayDesk database is what a restore is for; anything else at that path is not ours to
        // replace.
        if (!current.ok() && current.error != StoreError::Corrupt)
            return current.status();
        if (current.ok() && current->merchantIdentifier != backupInfo->merchantIdentifier)
            return failure(StoreError::WrongAccount, source,
                           QStringLiteral("is a backup of merchant account %1; %2 belongs to %3")
                               .arg(backupInfo->merchantIdentifier, QDir::toNativeSeparators(target),
                                    current->merchantIdentifier));
        if (current.ok() && current->environment != backupInfo->environment)
            return failure(
                StoreError::WrongEnvironment, source,
                QStringLiteral("is a backup of the %1 environment; %2 belongs to %3")
                    .arg(backupInfo->environment, QDir::toNativeSeparators(target), current->environment));
    }

    QTemporaryFile temporary(QFileInfo(target).absolutePath() + QLatin1String("/.paydesk-restore-XXXXXX"));
    QFile in(source);
    if (!temporary.open() || !in.open(QIODevice::ReadOnly))
        return failure(StoreError::Io, target,
                       QStringLiteral("cannot prepare the restore (%1)").arg(temporary.errorString()));
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() || temporary.write(chunk) != chunk.size())
            return failure(StoreError::Io, target,
                           QStringLiteral("cannot copy the backup (%1)").arg(temporary.errorString()));
    }
    // The rename below must not reach the disk before the data it points to.
    if (!temporary.flush() || ::fsync(temporary.handle()) != 0)
        return failure(StoreError::Io, target, QStringLiteral("cannot write the restored copy"));
    temporary.close();

    const auto check =
        runOnPrivateConnection(temporary.fileName(), true, {QStringLiteral("PRAGMA integrity_check")});
    if (!check.ok() || *check != u"ok")
        return failure(
            StoreError::Corrupt, source,
            QStringLiteral("fails the integrity check (%1)").arg(check.ok() ? *check : check.message));

    if (replacing) {
        // Leaving WAL mode folds the live database's WAL into it: that needs every other connection
        // gone, and it removes the -wal file that would otherwise be replayed onto the restored file.
        const auto exclusive =
            runOnPrivateConnection(target, false,
                                   {QStringLiteral("PRAGMA busy_timeout = %1").arg(Database::BusyTimeoutMs),
                                    QStringLiteral("PRAGMA journal_mode = DELETE")});
        if (!exclusive.ok() || *exclusive != u"delete")
            return failure(StoreError::Busy, target,
                           QStringLiteral("is in use by another program; close PayDesk and try again"));
    }
    if (std::rename(QFile::encodeName(temporary.fileName()).constData(),
                    QFile::encodeName(target).constData()) != 0)
        return failure(StoreError::Io, target, QStringLiteral("cannot replace the database"));
    temporary.setAutoRemove(false);
    return StoreStatus::success();
}
