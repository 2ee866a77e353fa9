#pragma once

// A fresh database with its audit key and log and a saved default profile, in a temporary folder: the store
// the people tests (auth, approval) start from. Header-only: each tst_*.cpp is its own executable.

#include "store/auditkeyprovider.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/profilerepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

class AuditedStore final
{
public:
    AuditedStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("paydesk.db"));
        auto created = Database::create(path, QStringLiteral("MERCH1"), QStringLiteral("simulator"));
        if (!created.ok()) {
            m_error = created.message;
            return;
        }
        m_db = std::move(*created);
        const QString keyPath = FileAuditKeyProvider::keyPathFor(path);
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
    ~AuditedStore()
    {
        m_log.reset();
        m_keys.reset();
        m_db.reset();
    }
    Q_DISABLE_COPY_MOVE(AuditedStore)

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const Database &database() const { return *m_db; }
    const AuditLog &log() const { return *m_log; }

    // Audit rows with this action (and outcome, when given); -1 when the query fails.
    int auditCount(const QString &action, const QString &outcome = QString()) const
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

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FileAuditKeyProvider> m_keys;
    std::unique_ptr<AuditLog> m_log;
    QString m_error;
};
