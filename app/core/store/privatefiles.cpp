#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

StoreStatus failure(StoreError error, const QString &path, const QString &what)
{
    return StoreStatus::failure(error, QDir::toNativeSeparators(path) + QLatin1String(": ") + what);
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

StoreStatus PrivateFiles::makePath(const QString &folder)
{
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QStringList missing;
    for (QFileInfo info(absolute); !info.exists(); info.setFile(info.absolutePath())) {
        if (info.isRoot())
            break;
        missing.prepend(info.absoluteFilePath());
    }
    for (const QString &path : std::as_const(missing)) {
        const QByteArray native = QFile::encodeName(path);
        if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
            return failure(StoreError::Io, path,
                           QStringLiteral("cannot create the folder (%1)").arg(systemError(errno)));
        // The umask may have taken bits from 0700 too; the owner needs all three.
        ::chmod(native.constData(), 0700);
    }
    if (!QFileInfo(absolute).isDir())
        return failure(StoreError::Io, absolute, QStringLiteral("is not a folder"));
    return StoreStatus::success();
}

StoreStatus PrivateFiles::createEmpty(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        return failure(error == EEXIST ? StoreError::AlreadyExists : StoreError::Io, path,
                       error == EEXIST ? QStringLiteral("already exists")
                                       : QStringLiteral("cannot be created (%1)").arg(systemError(error)));
    }
    // The umask can only take bits away; an explicit mode also undoes a umask that took the owner's.
    const bool ok = ::fchmod(fd, 0600) == 0;
    const int error = errno;
    ::close(fd);
    if (!ok) {
        ::unlink(native.constData());
        return failure(StoreError::Io, path,
                       QStringLiteral("cannot be made private (%1)").arg(systemError(error)));
    }
    return StoreStatus::success();
}

bool PrivateFiles::restrictToOwner(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat status;
    if (::lstat(native.constData(), &status) != 0)
        return errno == ENOENT;
    if (!S_ISREG(status.st_mode) || status.st_uid != ::geteuid())
        return (status.st_mode & 077) == 0;
    if ((status.st_mode & 077) == 0)
        return true;
    return ::chmod(native.constData(), status.st_mode & 0700) == 0;
}
