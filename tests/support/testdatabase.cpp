#include "testdatabase.h"

#include "teststore.h"

#include <QDebug>
#include <QFile>

bool TestDatabase::create()
{
    if (!m_dir.isValid())
        return false;
    auto created = Database::create(TestStore::newLocation(m_dir, QStringLiteral("t.db")), Merchant,
                                    QStringLiteral("simulator"));
    if (!created.ok()) {
        qWarning() << created.message;
        return false;
    }
    m_database = std::move(*created);
    return true;
}

void TestDatabase::destroy()
{
    m_database.reset();
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path() + QLatin1String(suffix));
}
