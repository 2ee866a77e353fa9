#pragma once

#include "domain/operation.h"
#include "store/database.h"
#include "store/storeresult.h"

#include <QDateTime>

// Journals an operation on a stored transaction, by `userName`, and settles it with `outcome` at `finishedAt`
// (UTC; left pending when `outcome` is Pending): the journal as the payment service leaves it, for tests of
// what reads it (reports, the Today figures). The baseline is the transaction's stored totals.
StoreStatus journalOperation(const Database &database, qint64 transactionId, OperationKind kind,
                             qint64 amount, OperationOutcome outcome, const QDateTime &finishedAt,
                             const QString &userName = QStringLiteral("olga"));
