#include "tempcache.h"

#include "teststore.h"

TempCache::TempCache(const QString &merchantIdentifier)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    auto created =
        Database::create(TestStore::newLocation(m_dir), merchantIdentifier, QStringLiteral("simulator"));
    if (!created.ok()) {
        m_error = created.message;
        return;
    }
    m_database = std::move(*created);
}
