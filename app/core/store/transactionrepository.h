#pragma once

#include "domain/transaction.h"
#include "domain/transactionrules.h"
#include "store/storeresult.h"

#include <QString>
#include <QStringList>

class Database;
class QSqlQuery;

// Reads and writes rows of the `transactions` table; the one place that maps Transaction <-> row.
//
// Row format: amounts are INTEGER minor units, times INTEGER milliseconds since the epoch (UTC), tokens as in
// INTERFACES.md. base_state is always written from TransactionRules::baseState(), so SQL can derive
// "expired" as `base_state = 'authorized' AND capture_deadline < now`. A transaction whose captureDeadline is
// not set gets TransactionRules::deadlineOf() (the rules passed to the constructor carry the profile's
// capture window).
//
// Concurrency: every change bumps row_version. updateTotals() and update() are compare-and-set on the
// caller's Transaction::rowVersion and answer Conflict when another writer got there first; re-read and
// decide again. Callers that read and then write call these inside Database::withWriteTransaction (BEGIN
// IMMEDIATE); single calls are atomic by themselves.
//
// Card data: a cardMasked that isMaskedCardNumber() refuses is never written (Invalid, and the message does
// not repeat the number).
class TransactionRepository final
{
public:
    explicit TransactionRepository(const Database &database, TransactionRules rules = TransactionRules());

    StoreResult<Transaction> findById(qint64 id) const;
    // findById() for a caller inside a write transaction that will decide on the row: on PostgreSQL the row
    // is locked (SELECT ... FOR UPDATE) until the transaction ends, so no other desk changes it between this
    // read and the caller's writes; on SQLite the write transaction's lock already guarantees that.
    StoreResult<Transaction> lockById(qint64 id) const;
    StoreResult<Transaction> findByReference(const QString &merchantIdentifier,
                                             const QString &merchantReference) const;

    // Inserts a new row; sets tx.id and tx.rowVersion (1). AlreadyExists when (merchant identifier,
    // reference) is taken; Invalid for another merchant account than the database's, an unknown currency,
    // negative amounts, a missing authorizedAt or an unmasked card number.
    StoreStatus insert(Transaction &tx) const;
    // Compare-and-set of the money facts: authorized, captured, refunded, refundReserved, voided, failed,
    // lastResponseCode/Message (and base_state). Expects tx.rowVersion to be the stored one; on success
    // tx.rowVersion is the new version. NotFound, Conflict, Invalid.
    StoreStatus updateTotals(Transaction &tx) const;
    // Compare-and-set of every field but the key (id, merchant identifier, reference, origin, currency
    // stay as stored). Same contract as updateTotals().
    StoreStatus update(Transaction &tx) const;

    // The flags beside the state. Each bumps row_version. NotFound when there is no such row.
    StoreStatus setUnresolved(qint64 id, bool unresolved) const;
    StoreStatus setNeedsStatusCheck(qint64 id, bool needed) const;
    StoreResult<bool> needsStatusCheck(qint64 id) const;
    // Up to `limit` orders flagged for a status check, not held by an unresolved operation and untouched
    // (updated_at, wall clock) since `untouchedSince`, the longest untouched first (every check touches the
    // row, so repeated passes take turns).
    StoreResult<QList<qint64>> flaggedForStatusCheck(int limit, const QDateTime &untouchedSince) const;
    // APS applied an operation the journal had settled as not applied: a person must look at the order.
    StoreStatus setLateApplied(qint64 id) const;

    // The column list (in the order fromQuery() reads) for queries elsewhere in the store, e.g.
    // "SELECT " + columns() + " FROM transactions WHERE ...". `alias` prefixes each column ("t.").
    static QString columns(const QString &alias = QString());
    // Maps the current row of a query that selected columns() starting at `firstColumn`.
    static Transaction fromQuery(const QSqlQuery &query, int firstColumn = 0);

    // The currency codes of the cached transactions, ordered by code: what a form lists first. One index
    // probe per currency (a skip scan of the currency index), whatever the number of rows.
    StoreResult<QStringList> currenciesInUse() const;

private:
    StoreResult<Transaction> read(qint64 id, const QString &lockClause) const;
    StoreStatus validate(const Transaction &tx) const;
    StoreStatus setFlag(qint64 id, const QString &column, bool value) const;
    StoreStatus compareAndSet(Transaction &tx, const QString &assignments, bool allFields) const;

    const Database &m_database;
    TransactionRules m_rules;
};
