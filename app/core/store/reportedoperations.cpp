#include "reportedoperations.h"

#include "domain/tokentable.h"
#include "store/database.h"

#include <QSqlQuery>

namespace {

constexpr TokenTable<ReportOperation, 5> operationTokens{{
    {ReportOperation::Authorization, "authorization"},
    {ReportOperation::Purchase, "purchase"},
    {ReportOperation::Capture, "capture"},
    {ReportOperation::Refund, "refund"},
    {ReportOperation::Void, "void"},
}};

constexpr TokenTable<ReportOutcome, 3> outcomeTokens{{
    {ReportOutcome::Success, "success"},
    {ReportOutcome::Failed, "failed"},
    {ReportOutcome::Pending, "pending"},
}};

} // namespace

QString reportOperationToken(ReportOperation operation)
{
    return tokenOf(operationTokens, operation);
}

std::optional<ReportOperation> reportOperationFromToken(QStringView token)
{
    return valueOfToken(operationTokens, token);
}

QString reportOutcomeToken(ReportOutcome outcome)
{
    return tokenOf(outcomeTokens, outcome);
}

std::optional<ReportOutcome> reportOutcomeFromToken(QStringView token)
{
    return valueOfToken(outcomeTokens, token);
}

StoreResult<QList<ReportedOperation>> ReportedOperations::forTransaction(qint64 transactionId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT operation, outcome, amount, currency, reported_at, fort_id, response_code, response_message "
        "FROM imported_rows WHERE transaction_id = ? AND operation <> '' ORDER BY reported_at, row_key"));
    query.addBindValue(transactionId);
    if (!query.exec())
        return StoreResult<QList<ReportedOperation>>(
            Database::sqlFailure(query, QStringLiteral("reading the reported operations")));
    QList<ReportedOperation> operations;
    while (query.next()) {
        const auto kind = reportOperationFromToken(query.value(0).toString());
        const auto outcome = reportOutcomeFromToken(query.value(1).toString());
        const auto currency = Currency::fromCode(query.value(3).toString());
        if (!kind || !outcome || !currency)
            continue; // written by a later version: not ours to guess
        ReportedOperation op;
        op.kind = *kind;
        op.outcome = *outcome;
        op.amount = query.value(2).toLongLong();
        op.currency = *currency;
        op.at = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
        op.fortId = query.value(5).toString();
        op.responseCode = query.value(6).toString();
        op.responseMessage = query.value(7).toString();
        operations.append(op);
    }
    return operations;
}
