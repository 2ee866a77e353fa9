#pragma once

#include "store/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A fresh PayDesk database in a temporary folder for each test function: call create() from init() and
// destroy() from cleanup().
class TestDatabase final
{
public:
    static inline const QString Merchant = QStringLiteral("MERCHANT1");

    // False (with the reason logged) when the database could not be created.
    bool create();
    void destroy();

    Database &operator*() const { return *m_database; }
    Database *operator->() const { return m_database.get(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QString path() const { return m_dir.filePath(QStringLiteral("t.db")); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};
