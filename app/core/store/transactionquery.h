#pragma once

#include "domain/transaction.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

// What the transaction list is sorted by. Every sort ends with the row id, so the order is total and keyset
// paging never skips or repeats a row that ties on the sort value.
//
// Amounts in minor units compare only within one currency: every amount sort orders by currency first (a
// no-op when the query names one), so an amount of one currency is never ranked among another's.
enum class TransactionSort {
    Date,      // authorized_at
    Amount,    // currency, authorized
    State,     // base state, then capture deadline: expired authorizations sort before live ones
    Reference, // merchant_reference
    Customer,  // customer_name
    Deadline,  // capture_deadline
    Captured,  // currency, captured
    Refunded,  // currency, refunded
    ToCapture, // currency, TransactionRules::remainingToCapture() at the query's `now`
};

// "date", "amount", "state", "reference", "customer", "deadline", "captured", "refunded", "to_capture".
QString transactionSortToken(TransactionSort sort);
std::optional<TransactionSort> transactionSortFromToken(QStringView token);
// Amount, Captured, Refunded and ToCapture: the sorts that lead with the currency.
bool isAmountSort(TransactionSort sort);

// A filter and sort over the cached transactions: a plain value, answered by TransactionReader. Empty or
// unset fields do not filter. All conditions hold at once (AND); the states are alternatives (OR).
struct TransactionQuery
{
    // State tokens of INTERFACES.md; Expired and Authorized are told apart by the capture deadline against
    // `now` (an authorization past its deadline with nothing captured is expired, not authorized).
    QSet<TransactionState> states;
    bool unresolvedOnly = false;
    // TransactionRules' capture facts, judged at `now`:
    //   Open          isOpenForCapture(): money can still be captured ("Needs capture", "status --all-open")
    //   ExpiringSoon  Open, and the deadline at most `warningPeriod` after `now` (isExpiringSoon())
    //   Lapsed        lapsedUncaptured() is not zero: the deadline passed with money uncaptured
    enum class Capture { Any, Open, ExpiringSoon, Lapsed };
    Capture capture = Capture::Any;
    // TransactionRules::isOpenForRefund(): money captured, not refunded and not reserved by a request.
    bool refundableOnly = false;
    // ISO 4217 code; empty for every currency.
    QString currency;
    // authorized_at in [from, to): from inclusive, to exclusive; invalid for no bound.
    QDateTime from;
    QDateTime to;
    // Orders with a succeeded capture or refund finished in [movedFrom, movedTo) (the Today view's bars: what
    // a day moved); invalid for no such filter. Both bounds are given together.
    QDateTime movedFrom;
    QDateTime movedTo;
    // Authorized amount in minor units, inclusive bounds. Minor units only compare within one currency, so
    // these apply only when `currency` is set too and are ignored otherwise.
    std::optional<qint64> minAmount;
    std::optional<qint64> maxAmount;
    // Substring search over merchant_reference, fort_id, customer email and name and card last four,
    // case-insensitive. Whitespace separates terms that must all match; a term under three characters
    // matches the start of the reference, fort_id, email or name instead. A term that looks like an order
    // reference, a fort_id, an e-mail or a card's last four matches the start of that column (SearchTerm),
    // unless no row starts with it.
    QString text;

    TransactionSort sort = TransactionSort::Date;
    Qt::SortOrder order = Qt::DescendingOrder;

    // The time "expired" and "expiring soon" are judged at (UTC); invalid means the current time when the
    // query is run.
    QDateTime now;
    std::chrono::seconds warningPeriod = std::chrono::hours(24);

    // Terms of `text` as the search sees them: split on whitespace, empty ones dropped.
    QStringList searchTerms() const;
    bool hasTextSearch() const { return !searchTerms().isEmpty(); }
};
