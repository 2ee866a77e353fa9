#pragma once

#include "store/storeresult.h"

#include <QString>

// Files PayDesk creates (the database and its -wal/-shm, backups, exports, key files) hold customer data,
// password hashes and keys: they are readable by their owner only (0600), and a folder PayDesk creates for
// them is 0700, whatever the process's umask. The modes are set when the file or folder is created, never
// after it was written, so nothing is readable by others even for a moment.
class PrivateFiles final
{
public:
    // Creates `folder` and its missing parents; every folder created here is 0700, folders that exist are
    // left as they are (a shared parent such as ~/.local/share is not ours to change). Io on failure.
    static StoreStatus makePath(const QString &folder);
    // Creates `path` as an empty file with mode 0600; AlreadyExists when something is there (O_EXCL: no race
    // with another process), Io on any other failure. SQLite accepts an empty file as a new database (and
    // VACUUM INTO as its target), and gives the -wal/-shm it creates the mode of the main file.
    static StoreStatus createEmpty(const QString &path);
    // Removes the group and other permissions of `path` when it exists and belongs to this user (a file of
    // another user is left alone: chmod would fail anyway). True when the file is now owner-only or absent.
    static bool restrictToOwner(const QString &path);
};
