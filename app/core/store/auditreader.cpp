#include "auditreader.h"

#include "store/csvwriter.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QVariant>

AuditReader::AuditReader(const Database &database)
    : m_database(database)
{}

StoreResult<QList<AuditEntry>> AuditReader::read(const AuditFilter &filter) const
{
    QStringList where;
    QVariantList values;
    const auto add = [&](const QString &condition, const QVariant &value) {
        where << condition;
        values << value;
    };
    if (!filter.userName.isEmpty())
        add(QStringLiteral("user_name = ?"), filter.userName);
    if (!filter.action.isEmpty())
        add(QStringLiteral("action = ?"), filter.action);
    if (!filter.merchantReference.isEmpty())
        add(QStringLiteral("merchant_reference = ?"), filter.merchantReference);
    if (filter.from.isValid())
        add(QStringLiteral("at >= ?"), filter.from.toMSecsSinceEpoch());
    if (filter.to.isValid())
        add(QStringLiteral("at < ?"), filter.to.toMSecsSinceEpoch());
    QString sql = QStringLiteral("SELECT ") + AuditLog::entryColumns() + QStringLiteral(" FROM audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values << qMax(1, filter.limit);

    QSqlQuery query(m_database.connection());
    if (!query.prepare(sql))
        return Database::sqlFailure(query, QStringLiteral("reading the audit log"));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return Database::sqlFailure(query, QStringLiteral("reading the audit log"));
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(AuditLog::entryFrom(query));
    return entries;
}

StoreResult<QStringList> AuditReader::distinctValues(const QString &column) const
{
    // Only these two columns are offered; the name is never taken from input.
    if (column != QLatin1String("user_name") && column != QLatin1String("action"))
        return StoreStatus::failure(StoreError::Invalid, QStringLiteral("no such audit column: ") + column);
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT DISTINCT ") + column +
                    QStringLiteral(" FROM audit_log ORDER BY 1")))
        return Database::sqlFailure(query, QStringLiteral("reading the audit log"));
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

bool AuditReader::writeCsv(const QList<AuditEntry> &entries, QIODevice *device)
{
    CsvWriter writer(device);
    if (!writer.writeRecord({QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("user"),
                             QStringLiteral("action"), QStringLiteral("outcome"),
                             QStringLiteral("merchant_reference"), QStringLiteral("details"),
                             QStringLiteral("hash")}))
        return false;
    for (const AuditEntry &entry : entries) {
        if (!writer.writeRecord({QString::number(entry.id), entry.at.toString(Qt::ISODateWithMs),
                                 entry.userName, entry.action, entry.outcome, entry.merchantReference,
                                 entry.details, entry.hash}))
            return false;
    }
    return true;
}
