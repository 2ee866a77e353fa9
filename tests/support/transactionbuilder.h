#pragma once

#include "domain/transaction.h"

// A domain Transaction for tests, with sensible defaults: an authorization of AED 1,000.00 for MERCHANT1
// (TestDatabase::Merchant), reference ORD-1, authorized an hour ago, captureable for seven days from then,
// nothing captured or refunded, a masked Visa card. Each setter overrides one fact:
//
//     const Transaction tx = TransactionBuilder(QStringLiteral("A-1")).authorized(50000).captured(20000);
//
// purchase() and state() set the facts that make TransactionRules derive that origin or state from the
// amounts set so far, so call them after authorized().
class TransactionBuilder final
{
public:
    explicit TransactionBuilder(const QString &reference = QStringLiteral("ORD-1"));

    TransactionBuilder &merchant(const QString &merchantIdentifier);
    TransactionBuilder &reference(const QString &merchantReference);
    TransactionBuilder &fortId(const QString &fortId);
    TransactionBuilder &purchase(); // origin purchase: authorized and captured at once
    TransactionBuilder &currency(QStringView code);
    TransactionBuilder &authorized(qint64 minor);
    TransactionBuilder &captured(qint64 minor);
    TransactionBuilder &refunded(qint64 minor);
    TransactionBuilder &reserved(qint64 minor); // refund requests awaiting approval
    TransactionBuilder &state(TransactionState state);
    // Moves the deadline along with it, keeping the capture window.
    TransactionBuilder &authorizedAt(const QDateTime &at);
    TransactionBuilder &deadline(const QDateTime &captureDeadline);
    TransactionBuilder &customer(const QString &name, const QString &email = QString());
    TransactionBuilder &card(const QString &masked);

    Transaction build() const { return m_tx; }
    operator Transaction() const { return m_tx; }

private:
    Transaction m_tx;
};
