#pragma once

#include "store/auditlog.h"
#include "store/storeresult.h"

#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QString>

// Which audit rows to read. Empty fields do not filter.
struct AuditFilter
{
    QString userName;          // exact
    QString action;            // exact ("capture", "sign_in", ...)
    QString merchantReference; // exact
    QDateTime from;            // UTC, inclusive
    QDateTime to;              // UTC, exclusive
    int limit = 10000;         // newest rows first, at most this many
};

// Read-only queries over the audit log for people (the window's audit view): filtered rows, newest first,
// and the same rows as CSV. Verifying the chain is AuditLog::verify's business.
class AuditReader final
{
public:
    explicit AuditReader(const Database &database);

    StoreResult<QList<AuditEntry>> read(const AuditFilter &filter) const;
    // Every user name and action that occurs, sorted, for the filter's choices.
    StoreResult<QStringList> distinctValues(const QString &column) const;
    // id, at (ISO 8601 UTC), user, action, outcome, merchant_reference, details, hash: header and rows.
    static bool writeCsv(const QList<AuditEntry> &entries, QIODevice *device);

private:
    const Database &m_database;
};
