#include "auditedstore.h"

#include "store/profilerepository.h"
#include "teststore.h"

#include <QSqlQuery>

AuditedStore::AuditedStore()
{
    auto created = Database::create(TestStore::newLocation(m_dir), QStringLiteral("MERCH1"),
                                    QStringLiteral("simulator"));
    if (!created.ok()) {
        m_error = created.message;
        return;
    }
    m_db = std::move(*created);
    const QString keyPath = TestStore::keyPathFor(m_db->path());
    if (const StoreStatus s = FileAuditKeyProvider::createKeyFile(keyPath); !s.ok()) {
        m_error = s.message;
        return;
    }
    m_keys = std::make_unique<FileAuditKeyProvider>(keyPath);
    m_log = std::make_unique<AuditLog>(*m_db, *m_keys);
    const ProfileRepository profiles(*m_db);
    if (const StoreStatus s = profiles.save(profiles.defaults(QStringLiteral("default"))); !s.ok())
        m_error = s.message;
}

AuditedStore::~AuditedStore()
{
    m_log.reset();
    m_keys.reset();
    m_db.reset();
}

int AuditedStore::auditCount(const QString &action, const QString &outcome) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND (? = '' OR outcome = ?)"));
    query.addBindValue(action);
    query.addBindValue(outcome.isNull() ? QStringLiteral("") : outcome);
    query.addBindValue(outcome.isNull() ? QStringLiteral("") : outcome);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}
