#include "soakjournal.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

SoakJournal::SoakJournal(QString databasePath)
    : m_databasePath(std::move(databasePath))
{}

std::optional<QList<SoakJournal::Operation>> SoakJournal::operations(QString *error) const
{
    const QString name = QStringLiteral("soak-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<QList<Operation>> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_databasePath);
        // Desks may be writing: wait for their locks rather than failing, and never write.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!query.exec(QStringLiteral("SELECT o.id, t.merchant_reference, o.kind, o.amount, o.outcome, "
                                           "COALESCE(o.maintenance_reference, '') FROM operations o "
                                           "JOIN transactions t ON t.id = o.transaction_id ORDER BY o.id"))) {
                *error = query.lastError().text();
            } else {
                QList<Operation> all;
                while (query.next()) {
                    Operation op;
                    op.id = query.value(0).toLongLong();
                    op.reference = query.value(1).toString();
                    op.kind = query.value(2).toString();
                    op.amount = query.value(3).toLongLong();
                    op.outcome = query.value(4).toString();
                    op.maintenanceReference = query.value(5).toString();
                    all.append(op);
                }
                result = all;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
