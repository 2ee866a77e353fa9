#include "transactionrules.h"

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<DenialReason, const char *>, 15> reasonTokens{{
    {DenialReason::None, "none"},
    {DenialReason::Unresolved, "unresolved"},
    {DenialReason::Failed, "failed"},
    {DenialReason::PurchaseNothingToCapture, "purchase_nothing_to_capture"},
    {DenialReason::PurchaseCannotVoid, "purchase_cannot_void"},
    {DenialReason::AlreadyVoided, "already_voided"},
    {DenialReason::DeadlinePassed, "deadline_passed"},
    {DenialReason::NothingLeftToCapture, "nothing_left_to_capture"},
    {DenialReason::VoidAfterCapture, "void_after_capture"},
    {DenialReason::NotCaptured, "not_captured"},
    {DenialReason::FullyRefunded, "fully_refunded"},
    {DenialReason::ReservedByRequests, "reserved_by_requests"},
    {DenialReason::AmountZero, "amount_zero"},
    {DenialReason::CurrencyMismatch, "currency_mismatch"},
    {DenialReason::AmountOverMaximum, "amount_over_maximum"},
}};

constexpr std::array<std::pair<TransactionRules::Action, const char *>, 4> actionTokens{{
    {TransactionRules::Action::Capture, "capture"},
    {TransactionRules::Action::Void, "void"},
    {TransactionRules::Action::Refund, "refund"},
    {TransactionRules::Action::CheckStatus, "check_status"},
}};

template<typename Enum, std::size_t N>
QString tokenOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[entry, token] : table) {
        if (entry == value)
            return QString::fromLatin1(token);
    }
    Q_UNREACHABLE();
    return QString();
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table, QStringView token)
{
    for (const auto &[entry, text] : table) {
        if (token == QLatin1String(text))
            return entry;
    }
    return std::nullopt;
}

bool isPast(const QDateTime &deadline, const QDateTime &now)
{
    return deadline.isValid() && deadline < now;
}

QString amountText(qint64 minor, const Currency &currency)
{
    return Money::fromMinor(minor, currency).toPlainString() + u' ' + currency.code();
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

} // namespace

QString denialReasonToken(DenialReason reason)
{
    return tokenOf(reasonTokens, reason);
}

std::optional<DenialReason> denialReasonFromToken(QStringView token)
{
    return valueOf(reasonTokens, token);
}

QString actionToken(TransactionRules::Action action)
{
    return tokenOf(actionTokens, action);
}

std::optional<TransactionRules::Action> actionFromToken(QStringView token)
{
    return valueOf(actionTokens, token);
}

QDateTime TransactionRules::captureDeadline(const QDateTime &authorizedAt) const
{
    if (!authorizedAt.isValid())
        return QDateTime();
    return authorizedAt.toUTC().addSecs(m_config.captureWindow.count());
}

QDateTime TransactionRules::deadlineOf(const Transaction &tx) const
{
    if (tx.captureDeadline.isValid())
        return tx.captureDeadline.toUTC();
    return captureDeadline(tx.authorizedAt);
}

TransactionState TransactionRules::baseState(const Transaction &tx) const
{
    if (tx.failed)
        return TransactionState::Failed;
    if (tx.voided)
        return TransactionState::Voided;
    if (tx.refunded > 0)
        return tx.refunded >= tx.captured ? TransactionState::Refunded : TransactionState::PartiallyRefunded;
    if (tx.origin == Origin::Purchase)
        return TransactionState::Captured;
    if (tx.captured > 0)
        return tx.captured >= tx.authorized ? TransactionState::Captured
                                            : TransactionState::PartiallyCaptured;
    return TransactionState::Authorized;
}

TransactionState TransactionRules::state(const Transaction &tx, const QDateTime &now) const
{
    const TransactionState base = baseState(tx);
    if (base == TransactionState::Authorized && isPast(deadlineOf(tx), now))
        return TransactionState::Expired;
    return base;
}

qint64 TransactionRules::uncaptured(const Transaction &tx) const
{
    if (tx.origin != Origin::Authorization || tx.failed || tx.voided || tx.captured >= tx.authorized)
        return 0;
    return tx.authorized - tx.captured;
}

bool TransactionRules::isOpenForCapture(const Transaction &tx, const QDateTime &now) const
{
    return uncaptured(tx) > 0 && !isPast(deadlineOf(tx), now);
}

Money TransactionRules::remainingToCapture(const Transaction &tx, const QDateTime &now) const
{
    return Money::fromMinor(isOpenForCapture(tx, now) ? uncaptured(tx) : qint64(0), tx.currency);
}

Money TransactionRules::lapsedUncaptured(const Transaction &tx, const QDateTime &now) const
{
    const bool lapsed = uncaptured(tx) > 0 && isPast(deadlineOf(tx), now);
    return Money::fromMinor(lapsed ? uncaptured(tx) : qint64(0), tx.currency);
}

bool TransactionRules::isExpiringSoon(const Transaction &tx, const QDateTime &now) const
{
    if (!isOpenForCapture(tx, now))
        return false;
    const QDateTime deadline = deadlineOf(tx);
    return deadline.isValid() && now.secsTo(deadline) <= m_config.warningPeriod.count();
}

Money TransactionRules::refundable(const Transaction &tx) const
{
    // Stored amounts are never negative, so captured - refunded cannot overflow; the reservation is
    // compared instead of subtracted for the same reason.
    const qint64 open = tx.captured - tx.refunded;
    const qint64 rest = open > tx.refundReserved ? open - tx.refundReserved : 0;
    return Money::fromMinor(rest, tx.currency);
}

bool TransactionRules::isOpenForRefund(const Transaction &tx) const
{
    return !tx.failed && !tx.voided && !refundable(tx).isZero();
}

TransactionRules::Decision TransactionRules::check(Action action, const Transaction &tx,
                                                   const QDateTime &now) const
{
    Decision decision;
    decision.action = action;
    decision.maximum = Money::fromMinor(qint64(0), tx.currency);
    const bool authorization = tx.origin == Origin::Authorization;
    if (authorization && (action == Action::Capture || action == Action::Void))
        decision.deadline = deadlineOf(tx);
    const bool pastDeadline = isPast(decision.deadline, now);

    const auto refuse = [&decision](DenialReason reason) {
        decision.reason = reason;
        return decision;
    };

    switch (action) {
    case Action::CheckStatus:
        decision.allowed = true;
        return decision;
    case Action::Capture:
        if (tx.failed)
            return refuse(DenialReason::Failed);
        if (!authorization)
            return refuse(DenialReason::PurchaseNothingToCapture);
        if (tx.voided)
            return refuse(DenialReason::AlreadyVoided);
        if (tx.captured >= tx.authorized)
            return refuse(DenialReason::NothingLeftToCapture);
        if (pastDeadline)
            return refuse(DenialReason::DeadlinePassed);
        if (tx.unresolved)
            return refuse(DenialReason::Unresolved);
        decision.maximum = Money::fromMinor(tx.authorized - tx.captured, tx.currency);
        break;
    case Action::Void:
        if (tx.failed)
            return refuse(DenialReason::Failed);
        if (!authorization)
            return refuse(DenialReason::PurchaseCannotVoid);
        if (tx.voided)
            return refuse(DenialReason::AlreadyVoided);
        if (tx.captured > 0)
            return refuse(DenialReason::VoidAfterCapture);
        if (pastDeadline)
            return refuse(DenialReason::DeadlinePassed);
        if (tx.unresolved)
            return refuse(DenialReason::Unresolved);
        decision.maximum = tx.authorizedMoney();
        break;
    case Action::Refund:
        if (tx.failed)
            return refuse(DenialReason::Failed);
        if (tx.voided)
            return refuse(DenialReason::AlreadyVoided);
        if (tx.captured <= 0)
            return refuse(DenialReason::NotCaptured);
        if (tx.refunded >= tx.captured)
            return refuse(DenialReason::FullyRefunded);
        decision.maximum = refundable(tx);
        if (decision.maximum.isZero()) {
            decision.maximum = Money::fromMinor(qint64(0), tx.currency);
            return refuse(DenialReason::ReservedByRequests);
        }
        if (tx.unresolved) {
            decision.maximum = Money::fromMinor(qint64(0), tx.currency);
            return refuse(DenialReason::Unresolved);
        }
        break;
    }
    decision.allowed = true;
    return decision;
}

TransactionRules::Decision TransactionRules::checkAmount(Action action, const Transaction &tx,
                                                         const Money &amount, const QDateTime &now) const
{
    Decision decision = check(action, tx, now);
    if (!decision.allowed || action == Action::Void || action == Action::CheckStatus)
        return decision;
    const auto refuse = [&decision](DenialReason reason) {
        decision.allowed = false;
        decision.reason = reason;
        return decision;
    };
    if (!amount.isValid() || amount.currency() != tx.currency)
        return refuse(DenialReason::CurrencyMismatch);
    if (amount.minorUnits() <= 0)
        return refuse(DenialReason::AmountZero);
    if (amount.minorUnits() > decision.maximum.minorUnits())
        return refuse(DenialReason::AmountOverMaximum);
    return decision;
}

QString TransactionRules::describe(const Decision &decision, const Transaction &tx)
{
    const Currency &currency = tx.currency;
    const QString what =
        tx.origin == Origin::Purchase ? QStringLiteral("purchase") : QStringLiteral("authorization");
    switch (decision.reason) {
    case DenialReason::None:
        break;
    case DenialReason::Unresolved:
        return QStringLiteral("An operation on this transaction is still unresolved; check its status first");
    case DenialReason::Failed:
        return QStringLiteral("The %1 failed: nothing can be captured, voided or refunded").arg(what);
    case DenialReason::PurchaseNothingToCapture:
        return QStringLiteral("A purchase has nothing to capture: it was captured when it was paid");
    case DenialReason::PurchaseCannotVoid:
        return QStringLiteral("A purchase cannot be voided; refund it instead");
    case DenialReason::AlreadyVoided:
        return QStringLiteral("Already voided");
    case DenialReason::DeadlinePassed:
        if (!decision.deadline.isValid())
            return QStringLiteral("Capture deadline passed");
        return QStringLiteral("Capture deadline passed on %1").arg(timeText(decision.deadline));
    case DenialReason::NothingLeftToCapture:
        return QStringLiteral("Nothing left to capture: %1 of %2 captured")
            .arg(amountText(tx.captured, currency), amountText(tx.authorized, currency));
    case DenialReason::VoidAfterCapture:
        return QStringLiteral("Cannot void after a capture: %1 already captured; refund instead")
            .arg(amountText(tx.captured, currency));
    case DenialReason::NotCaptured:
        return QStringLiteral("Nothing has been captured, so there is nothing to refund");
    case DenialReason::FullyRefunded:
        return QStringLiteral("Fully refunded: %1 of %2 refunded")
            .arg(amountText(tx.refunded, currency), amountText(tx.captured, currency));
    case DenialReason::ReservedByRequests:
        return QStringLiteral(
                   "Nothing left to refund: the rest (%1) is reserved by refund requests awaiting approval")
            .arg(amountText(tx.captured - tx.refunded, currency));
    case DenialReason::AmountZero:
        return QStringLiteral("The amount must be more than zero");
    case DenialReason::CurrencyMismatch:
        return QStringLiteral("The amount must be in %1, the transaction's currency").arg(currency.code());
    case DenialReason::AmountOverMaximum:
        return QStringLiteral("The amount is more than the maximum of %1")
            .arg(amountText(decision.maximum.minorUnits(), currency));
    }

    const QString until =
        decision.deadline.isValid() ? QStringLiteral(" until ") + timeText(decision.deadline) : QString();
    switch (decision.action) {
    case Action::Capture:
        return QStringLiteral("Up to %1 can be captured%2")
            .arg(amountText(decision.maximum.minorUnits(), currency), until);
    case Action::Void:
        return QStringLiteral("The authorization of %1 can be voided%2")
            .arg(amountText(decision.maximum.minorUnits(), currency), until);
    case Action::Refund:
        return QStringLiteral("Up to %1 can be refunded")
            .arg(amountText(decision.maximum.minorUnits(), currency));
    case Action::CheckStatus:
        return QStringLiteral("The status can be checked");
    }
    Q_UNREACHABLE();
    return QString();
}
