#pragma once

#include "money/money.h"
#include "store/reportrow.h"
#include "store/storeresult.h"

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// One operation of an order as an imported APS transaction report stated it: the authorization or purchase,
// and captures, refunds and voids, whether PayDesk sent them or they were done elsewhere (APS's back office,
// another system). Amounts in minor units of `currency` (0 on a void the report gave no amount for).
struct ReportedOperation
{
    ReportOperation kind = ReportOperation::Authorization;
    ReportOutcome outcome = ReportOutcome::Success;
    qint64 amount = 0;
    Currency currency;
    QDateTime at; // UTC, the report's transaction_date
    QString fortId;
    QString responseCode;
    QString responseMessage;

    Money money() const { return Money::fromMinor(amount, currency); }
};

// Stable tokens of the report's operations and outcomes, as imported_rows keeps them: authorization,
// purchase, capture, refund, void; success, failed, pending.
QString reportOperationToken(ReportOperation operation);
std::optional<ReportOperation> reportOperationFromToken(QStringView token);
QString reportOutcomeToken(ReportOutcome outcome);
std::optional<ReportOutcome> reportOutcomeFromToken(QStringView token);

// Reads what the imported reports said about one order (imported_rows, schema 10), oldest first. Rows
// imported before schema 10 kept only their key and are left out.
class ReportedOperations final
{
public:
    explicit ReportedOperations(const Database &database)
        : m_database(database)
    {}

    StoreResult<QList<ReportedOperation>> forTransaction(qint64 transactionId) const;

private:
    const Database &m_database;
};
