#include "journalfixture.h"

#include "store/operationjournal.h"
#include "store/transactionrepository.h"

StoreStatus journalOperation(const Database &database, qint64 transactionId, OperationKind kind,
                             qint64 amount, OperationOutcome outcome, const QDateTime &finishedAt,
                             const QString &userName)
{
    const StoreResult<Transaction> tx = TransactionRepository(database).findById(transactionId);
    if (!tx.ok())
        return tx.status();
    Operation op;
    op.transactionId = transactionId;
    op.merchantReference = tx->merchantReference;
    op.kind = kind;
    op.amount = amount;
    op.currency = tx->currency;
    op.userName = userName;
    op.owner = QStringLiteral("desk");
    op.baseline = {tx->authorized, tx->captured, tx->refunded};
    op.createdAt = finishedAt.addSecs(-5);
    op.sentAt = op.createdAt;
    op.leaseUntil = finishedAt.addSecs(60);
    const OperationJournal journal(database);
    if (StoreStatus begun = journal.begin(op); !begun.ok() || outcome == OperationOutcome::Pending)
        return begun;
    return journal.settle(op.id, OperationOutcome::Pending, outcome, QString(), QString(), finishedAt);
}
