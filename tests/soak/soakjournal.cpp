#include "soakjournal.h"

#include "store/database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

std::optional<QList<SoakJournal::Operation>> readOperations(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT o.id, t.merchant_reference, o.kind, o.amount, o.outcome, "
                                   "COALESCE(o.maintenance_reference, '') FROM operations o "
                                   "JOIN transactions t ON t.id = o.transaction_id ORDER BY o.id"))) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QList<SoakJournal::Operation> all;
    while (query.next()) {
        SoakJournal::Operation op;
        op.id = query.value(0).toLongLong();
        op.reference = query.value(1).toString();
        op.kind = query.value(2).toString();
        op.amount = query.value(3).toLongLong();
        op.outcome = query.value(4).toString();
        op.maintenanceReference = query.value(5).toString();
        all.append(op);
    }
    return all;
}

} // namespace

SoakJournal::SoakJournal(QString databasePath)
    : m_databasePath(std::move(databasePath))
{}

std::optional<QList<SoakJournal::Operation>> SoakJournal::operations(QString *error) const
{
    // A team store is read through the store's own PostgreSQL connection; its reads never block writers.
    if (Database::isServerUri(m_databasePath)) {
        auto opened = Database::open(m_databasePath);
        if (!opened.ok()) {
            *error = opened.message;
            return std::nullopt;
        }
        return readOperations((*opened)->connection(), error);
    }
    const QString name = QStringLiteral("soak-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<QList<Operation>> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_databasePath);
        // Desks may be writing: wait for their locks rather than failing, and never write.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            *error = db.lastError().text();
        else
            result = readOperations(db, error);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
