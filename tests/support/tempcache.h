#pragma once

// A fresh, empty PayDesk cache in its own temporary folder, for the offscreen dialog tests.

#include "store/database.h"

#include <QTemporaryDir>

#include <memory>

class TempCache final
{
public:
    explicit TempCache(const QString &merchantIdentifier);
    Q_DISABLE_COPY_MOVE(TempCache)

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const Database &database() const { return *m_database; }
    // A path for a file of the test in the same temporary folder.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    QString m_error;
};
