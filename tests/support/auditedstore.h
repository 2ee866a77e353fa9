#pragma once

// A fresh database with its audit key and log and a saved default profile, in a temporary folder: the store
// the people tests (auth, approval) start from.

#include "store/auditkeyprovider.h"
#include "store/auditlog.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

class AuditedStore final
{
public:
    AuditedStore();
    ~AuditedStore();
    Q_DISABLE_COPY_MOVE(AuditedStore)

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const Database &database() const { return *m_db; }
    const AuditLog &log() const { return *m_log; }

    // Audit rows with this action (and outcome, when given); -1 when the query fails.
    int auditCount(const QString &action, const QString &outcome = QString()) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FileAuditKeyProvider> m_keys;
    std::unique_ptr<AuditLog> m_log;
    QString m_error;
};
