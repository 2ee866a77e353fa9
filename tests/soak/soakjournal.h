#pragma once

#include <QList>
#include <QString>

#include <optional>

// The operation journal (table `operations`, ARCHITECTURE.md section 4) read straight from the SQLite file
// (read-only) or the PostgreSQL store, through a connection of its own: what the soak checks against APS's
// ground truth.
class SoakJournal final
{
public:
    explicit SoakJournal(QString databasePath);

    struct Operation
    {
        qint64 id = 0;
        QString reference;            // the transaction's merchant_reference
        QString kind;                 // capture | void | refund
        qint64 amount = 0;            // minor units; 0 for a void
        QString outcome;              // pending | succeeded | declined | unknown | manual_review
        QString maintenanceReference; // refunds
    };

    // Every operation, oldest first; nullopt with a reason in *error when the file could not be read.
    std::optional<QList<Operation>> operations(QString *error) const;

private:
    QString m_databasePath;
};
