#pragma once

#include "domain/refundrequest.h"
#include "domain/transaction.h"
#include "store/storeresult.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

class AuditLog;
class Database;
class OperationJournal;
class RefundRequestRepository;
class TransactionRepository;

// Why RefundGate refused to let an approval through.
enum class ApprovalRefusal {
    None,
    SelfApproval,     // the approver asked for the refund: four eyes means another person
    NotAwaiting,      // approved, rejected or expired already (possibly by another desk a moment ago)
    Expired,          // its expiry has passed
    WrongTransaction, // the request belongs to another order
    NotFound,
    Store,
};

struct ApprovalCheck
{
    ApprovalRefusal refusal = ApprovalRefusal::None;
    std::optional<RefundRequest> request;
    QString detail; // English

    bool ok() const { return refusal == ApprovalRefusal::None; }
};

// The reservation side of refund approval (maker-checker), shared by PaymentService and ApprovalService so
// that every change of Transaction::refundReserved happens here, inside the caller's BEGIN IMMEDIATE
// transaction:
// - hold(): a refund at or above the profile's threshold for its currency (no threshold: every refund)
// becomes
//   an awaiting request that reserves its amount; TransactionRules' refundable drops by it;
// - checkApproval() + approve(): re-validate a request against a fresh read of the row and release the
//   reservation in the same transaction that journals the refund (PaymentService::refundApproved);
// - close(): reject or expire a request and release its reservation.
// Every step is audited in the same transaction. Not a QObject; stateless apart from its configuration.
class RefundGate final
{
public:
    static constexpr std::chrono::hours DefaultExpiry{48};

    RefundGate(const Database &database, const AuditLog *audit, QString profileName,
               std::chrono::seconds expiry = DefaultExpiry);
    ~RefundGate();
    Q_DISABLE_COPY_MOVE(RefundGate)

    const RefundRequestRepository &requests() const { return *m_requests; }
    const QString &profileName() const { return m_profileName; }

    // Refunds on one order are counted together over this window, so that splitting a refund into parts
    // under the threshold needs approval just like the whole.
    static constexpr std::chrono::hours SplitWindow{24 * 30};

    // True when a refund of `amount` on `tx` must wait for a second person: there is no threshold for its
    // currency, or `amount` plus what the order had refunded without approval in the last SplitWindow (every
    // outcome but declined, by anyone) plus what awaiting requests reserve on it reaches the threshold.
    // `counted` receives that earlier sum (minor units).
    StoreResult<bool> needsApproval(const Transaction &tx, const Money &amount, const QDateTime &now,
                                    qint64 *counted = nullptr) const;
    // Records an awaiting request for `amount` on `tx`, reserves the amount (tx is updated compare-and-set
    // and carries the new row version) and audits "refund_request". Call inside a write transaction, after
    // TransactionRules allowed the amount on the same fresh row. Invalid, with nothing written, when
    // `reason` holds a full card number (containsCardNumber()); the message never repeats it.
    StoreResult<RefundRequest> hold(Transaction &tx, const Money &amount, const QString &reason,
                                    const QString &requester, const QDateTime &now) const;
    // Whether `approver` may approve request `id` on `tx` now (awaiting, not expired, this transaction,
    // another person than the requester). Reads the request afresh; call inside the write transaction.
    ApprovalCheck checkApproval(qint64 id, const QString &approver, const Transaction &tx,
                                const QDateTime &now) const;
    // Marks the checked request approved (compare-and-set: Conflict when another desk decided first),
    // releases its reservation on `tx` and audits "refund_approve". Call in the write transaction that
    // journals the refund.
    StoreStatus approve(const RefundRequest &request, const QString &approver, Transaction &tx,
                        const QDateTime &now) const;
    StoreStatus linkOperation(qint64 requestId, qint64 operationId) const;
    // Rejects (status Rejected) or expires (Expired) an awaiting request and releases its reservation, in its
    // own write transaction (or the caller's); audited as "refund_reject" / "refund_expire"
    // ("refund_withdraw" when `by` is the requester, RefundRequest::isWithdrawn()). Invalid, with nothing
    // written, when `reason` holds a full card number.
    StoreStatus close(qint64 id, RefundRequestStatus status, const QString &by, const QString &reason,
                      const QDateTime &now) const;

    // The refusal of a reason that holds a full card number, without the number.
    static QString cardNumberInReason();

private:
    StoreStatus release(qint64 transactionId, qint64 amount, Transaction *tx) const;
    StoreStatus audit(const QString &user, const QString &action, const QString &outcome,
                      const QString &reference, const QString &details) const;

    const Database &m_database;
    const AuditLog *m_audit;
    QString m_profileName;
    std::chrono::seconds m_expiry;
    std::unique_ptr<RefundRequestRepository> m_requests;
    std::unique_ptr<TransactionRepository> m_transactions;
    std::unique_ptr<OperationJournal> m_journal;
};
