#pragma once

#include "domain/transaction.h"
#include "money/money.h"

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <chrono>
#include <optional>

// Why TransactionRules refuses an action. The enum (and its token) is the contract: the CLI prints
// describe(), the UI words each reason itself with tr().
enum class DenialReason {
    None,                     // allowed
    Unresolved,               // an operation on the transaction has an outcome not known yet
    Failed,                   // the authorization or purchase itself was declined
    PurchaseNothingToCapture, // a purchase was captured when it was paid
    PurchaseCannotVoid,       // a purchase can only be refunded
    AlreadyVoided,
    DeadlinePassed, // the capture deadline (Decision::deadline) is over
    NothingLeftToCapture,
    VoidAfterCapture,   // something was captured: refund instead
    NotCaptured,        // refund before any capture
    FullyRefunded,      // refunded == captured
    ReservedByRequests, // the rest is reserved by refund requests awaiting approval
    AmountZero,         // checkAmount: zero (or negative) amount
    CurrencyMismatch,   // checkAmount: the amount is not in the transaction's currency
    AmountOverMaximum,  // checkAmount: more than Decision::maximum
};

// Stable snake_case tokens for the CLI and JSON: "none", "unresolved", "failed",
// "purchase_nothing_to_capture", "purchase_cannot_void", "already_voided", "deadline_passed",
// "nothing_left_to_capture", "void_after_capture", "not_captured", "fully_refunded", "reserved_by_requests",
// "amount_zero", "currency_mismatch", "amount_over_maximum".
QString denialReasonToken(DenialReason reason);
std::optional<DenialReason> denialReasonFromToken(QStringView token);

// The single source of what may be done to a transaction (ARCHITECTURE.md section 3). Buttons, menus, the
// CLI and PaymentService all ask it. It never reads the clock: "now" is always a parameter (UTC), so tests
// and the store decide what time it is.
//
// Contract with the store: baseState() depends only on the stored facts, never on time, so it can be kept
// in the base_state column. "Expired" is then derived in SQL exactly as state() derives it here:
//     base_state = 'authorized' AND capture_deadline < now
// A transaction is past its deadline when deadline < now; at the deadline itself it can still be captured
// or voided. The deadline used is Transaction::captureDeadline when set (the store wrote it with the
// profile's window), otherwise captureDeadline(authorizedAt); with neither, nothing expires.
class TransactionRules final
{
public:
    struct Config
    {
        std::chrono::seconds captureWindow = std::chrono::hours(24 * 7); // authorization -> capture deadline
        std::chrono::seconds warningPeriod = std::chrono::hours(24); // "expiring soon" before the deadline
    };

    enum class Action { Capture, Void, Refund, CheckStatus };

    // The answer for one action. `maximum` is in the transaction's currency (minor units): for Capture the
    // uncaptured rest, for Refund the refundable amount, for Void the authorized amount it releases; zero
    // when the action is refused and for CheckStatus. `deadline` is the capture deadline for Capture and
    // Void on authorizations (set also when they are refused, e.g. with DeadlinePassed), invalid otherwise.
    struct Decision
    {
        Action action = Action::CheckStatus;
        bool allowed = false;
        DenialReason reason = DenialReason::None;
        Money maximum;
        QDateTime deadline;
    };

    TransactionRules() = default;
    explicit TransactionRules(const Config &config)
        : m_config(config)
    {}

    const Config &config() const { return m_config; }

    // authorizedAt + the capture window (UTC); invalid when authorizedAt is.
    QDateTime captureDeadline(const QDateTime &authorizedAt) const;
    // The deadline that applies to this transaction (see the class comment).
    QDateTime deadlineOf(const Transaction &tx) const;

    // The state ignoring time: failed, voided, refunded / partially_refunded, captured / partially_captured,
    // authorized, checked in that order. A purchase is never authorized or partially_captured: it was
    // captured when paid. Never Expired.
    TransactionState baseState(const Transaction &tx) const;
    // baseState(), except that an authorization with nothing captured, not voided, whose deadline is before
    // `now`, is Expired.
    TransactionState state(const Transaction &tx, const QDateTime &now) const;
    // The one definition of "can be captured now": an authorization, not failed, not voided, captured <
    // authorized, and its deadline not passed (or none known). The unresolved flag does not matter here: it
    // holds the button, not the money. check(Capture) allows exactly when this is true and nothing is
    // unresolved. The store's CaptureFilter::Open is the same facts in SQL (TransactionReader).
    bool isOpenForCapture(const Transaction &tx, const QDateTime &now) const;
    // authorized - captured while isOpenForCapture(), zero otherwise: what the list, the detail pane and
    // the totals show as left to capture.
    Money remainingToCapture(const Transaction &tx, const QDateTime &now) const;
    // authorized - captured of an authorization (not failed, not voided) whose deadline passed before all
    // of it was captured, zero otherwise. APS released that money to the customer: it is lost, not work.
    Money lapsedUncaptured(const Transaction &tx, const QDateTime &now) const;
    // isOpenForCapture() and the deadline at most the warning period away.
    bool isExpiringSoon(const Transaction &tx, const QDateTime &now) const;
    // captured - refunded - reserved, never negative, in the transaction's currency.
    Money refundable(const Transaction &tx) const;
    // Not failed, not voided, and refundable() is not zero: what "Refundable" lists. check(Refund) allows
    // exactly when this is true and nothing is unresolved. The store's TransactionQuery::refundableOnly is
    // the same facts in SQL.
    bool isOpenForRefund(const Transaction &tx) const;

    // Whether `action` is allowed now, and up to how much. When several reasons apply, the one that stays
    // true longest wins, so people are not sent to check a status that would not change the answer
    // (resolving an operation can only capture, void or refund more, never less):
    //   Capture:  Failed, PurchaseNothingToCapture, AlreadyVoided, NothingLeftToCapture, DeadlinePassed,
    //             Unresolved
    //   Void:     Failed, PurchaseCannotVoid, AlreadyVoided, VoidAfterCapture, DeadlinePassed, Unresolved
    //   Refund:   Failed, AlreadyVoided, NotCaptured, FullyRefunded, ReservedByRequests, Unresolved
    //   CheckStatus: always allowed.
    Decision check(Action action, const Transaction &tx, const QDateTime &now) const;
    // check() for a given amount of Capture or Refund; when check() allows, also refuses CurrencyMismatch
    // (amount invalid or in another currency), AmountZero (zero or negative) and AmountOverMaximum, in that
    // order. For Void and CheckStatus the amount is ignored and the result is check().
    Decision checkAmount(Action action, const Transaction &tx, const Money &amount,
                         const QDateTime &now) const;

    // English, for the CLI and logs: "Nothing left to capture: 1250.00 AED of 1250.00 AED captured",
    // "Capture deadline passed on 2026-11-20 10:00 UTC", ... (amounts with '.', times in UTC).
    static QString describe(const Decision &decision, const Transaction &tx);

private:
    // authorized - captured of an authorization that is neither failed nor voided, whatever the time.
    qint64 uncaptured(const Transaction &tx) const;

    Config m_config;
};

// "capture", "void", "refund", "check_status".
QString actionToken(TransactionRules::Action action);
std::optional<TransactionRules::Action> actionFromToken(QStringView token);
