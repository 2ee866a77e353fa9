#include "tempcache.h"

TempCache::TempCache(const QString &merchantIdentifier)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    auto created = Database::create(m_dir.filePath(QStringLiteral("paydesk.db")), merchantIdentifier,
                                    QStringLiteral("simulator"));
    if (!created.ok()) {
        m_error = created.message;
        return;
    }
    m_database = std::move(*created);
}
