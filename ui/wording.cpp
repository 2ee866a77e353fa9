#include "wording.h"

#include <QTimeZone>

QString Wording::state(TransactionState state)
{
    switch (state) {
    case TransactionState::Authorized:
        return tr("Authorized", "transaction state: money reserved, nothing captured yet");
    case TransactionState::PartiallyCaptured:
        return tr("Partly captured", "transaction state");
    case TransactionState::Captured:
        return tr("Captured", "transaction state: the customer was charged");
    case TransactionState::Voided:
        return tr("Voided", "transaction state: the authorization was cancelled");
    case TransactionState::Expired:
        return tr("Expired", "transaction state: the capture deadline passed");
    case TransactionState::PartiallyRefunded:
        return tr("Partly refunded", "transaction state");
    case TransactionState::Refunded:
        return tr("Refunded", "transaction state");
    case TransactionState::Failed:
        return tr("Failed", "transaction state: the payment itself was declined");
    }
    return QString();
}

QString Wording::needsStatusCheckHint()
{
    return tr("Waiting for a status check: APS's report shows an operation it had not finished, or figures "
              "that differ from PayDesk's. Check status asks APS for the order's totals; the next automatic "
              "check does the same.");
}

QString Wording::outcome(OperationOutcome outcome)
{
    switch (outcome) {
    case OperationOutcome::Pending:
        return tr("In progress", "operation outcome: sent, no answer yet");
    case OperationOutcome::Succeeded:
        return tr("Succeeded", "operation outcome");
    case OperationOutcome::Declined:
        return tr("Declined", "operation outcome: refused, nothing moved");
    case OperationOutcome::Unknown:
        return tr("Outcome unknown", "operation outcome: being reconciled with APS");
    case OperationOutcome::ManualReview:
        return tr("Needs manual review", "operation outcome");
    }
    return QString();
}

QString Wording::operationKind(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Capture:
        return tr("Capture", "noun: an operation that charges authorized money");
    case OperationKind::Void:
        return tr("Void", "noun: an operation that cancels an authorization");
    case OperationKind::Refund:
        return tr("Refund", "noun");
    }
    return QString();
}

QString Wording::action(TransactionRules::Action action)
{
    switch (action) {
    case TransactionRules::Action::Capture:
        return tr("Capture", "verb: charge money that was authorized");
    case TransactionRules::Action::Void:
        return tr("Void", "verb: cancel the whole authorization");
    case TransactionRules::Action::Refund:
        return tr("Refund", "verb");
    case TransactionRules::Action::CheckStatus:
        return tr("Check status", "verb: ask APS for the order's current totals");
    }
    return QString();
}

QString Wording::isolate(const QString &text, const QLocale &locale)
{
    if (text.isEmpty() || locale.textDirection() != Qt::RightToLeft)
        return text;
    return QChar(0x2067) + text + QChar(0x2069);
}

QString Wording::digits(const QString &text, const QLocale &locale)
{
    QString local = text;
    const QString zero = locale.zeroDigit();
    if (zero.size() == 1 && zero.at(0) != QLatin1Char('0')) {
        for (QChar &c : local) {
            if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                c = QChar(char16_t(zero.at(0).unicode() + (c.unicode() - u'0')));
        }
    }
    // An identifier reads left to right in any language: isolated as such in a right-to-left sentence or
    // cell, "PD-١٠٣٠٠٠" never turns into "١٠٣٠٠٠-PD".
    if (local.isEmpty() || locale.textDirection() != Qt::RightToLeft)
        return local;
    return QChar(0x2066) + local + QChar(0x2069);
}

QLocale Wording::deskLocale(const QLocale &language, const QString &digits)
{
    if (language.language() != QLocale::Arabic)
        return language;
    if (digits == QLatin1String("latin"))
        return QLocale(QLocale::Arabic, QLocale::UnitedArabEmirates);
    if (digits == QLatin1String("arabic-indic"))
        return QLocale(QLocale::Arabic, QLocale::SaudiArabia);
    return language;
}

QString Wording::money(const Money &money, const QLocale &locale)
{
    if (!money.isValid())
        return QString();
    return isolate(money.toDisplayString(locale), locale);
}

QString Wording::money(qint64 minorUnits, const Currency &currency, const QLocale &locale)
{
    return money(Money::fromMinor(minorUnits, currency), locale);
}

QString Wording::dateTime(const QDateTime &utc, const QLocale &locale)
{
    if (!utc.isValid())
        return QString();
    // Minutes are precise enough for people; seconds only widen the list.
    const QDateTime local = utc.toLocalTime();
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QStringLiteral(":ss"));
    return isolate(locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                       locale.toString(local.time(), time),
                   locale);
}

QString Wording::decision(const TransactionRules::Decision &decision, const Transaction &tx,
                          const QLocale &locale)
{
    using Action = TransactionRules::Action;
    const auto amount = [&](qint64 minor) {
        return money(minor, tx.currency, locale);
    };
    switch (decision.reason) {
    case DenialReason::None:
        break;
    case DenialReason::Unresolved:
        return tr("An earlier operation on this order has no known outcome yet. Check its status first.");
    case DenialReason::Failed:
        return tx.origin == Origin::Purchase
                   ? tr("The purchase itself was declined: nothing can be captured, voided or refunded.")
                   : tr("The authorization itself was declined: nothing can be captured, voided or "
                        "refunded.");
    case DenialReason::PurchaseNothingToCapture:
        return tr("Nothing to capture: a purchase is captured when it is paid.");
    case DenialReason::PurchaseCannotVoid:
        return tr("A purchase cannot be voided. Refund it instead.");
    case DenialReason::AlreadyVoided:
        return tr("This authorization was voided.");
    case DenialReason::DeadlinePassed:
        if (!decision.deadline.isValid())
            return tr("The capture deadline has passed.");
        return tr("The capture deadline passed on %1.").arg(dateTime(decision.deadline, locale));
    case DenialReason::NothingLeftToCapture:
        return tr("Nothing left to capture: %1 of %2 captured.")
            .arg(amount(tx.captured), amount(tx.authorized));
    case DenialReason::VoidAfterCapture:
        // A refund only returns captured money; what is still authorized lapses at the deadline.
        if (tx.captured < tx.authorized && decision.deadline.isValid())
            return tr("Cannot void after a capture: %1 is captured. The uncaptured %2 cannot be voided or "
                      "refunded: it stays authorized until %3, when APS releases it to the customer. A "
                      "refund "
                      "returns captured money only.")
                .arg(amount(tx.captured), amount(tx.authorized - tx.captured),
                     dateTime(decision.deadline, locale));
        return tr("Cannot void: %1 is already captured. Refund instead.").arg(amount(tx.captured));
    case DenialReason::NotCaptured:
        return tr("Nothing has been captured yet, so there is nothing to refund.");
    case DenialReason::FullyRefunded:
        return tr("Fully refunded: %1 of %2 refunded.").arg(amount(tx.refunded), amount(tx.captured));
    case DenialReason::ReservedByRequests:
        return tr("Nothing left to refund: %1 is reserved by refund requests awaiting approval.")
            .arg(amount(tx.refundReserved));
    case DenialReason::AmountZero:
        return tr("Enter an amount above zero.");
    case DenialReason::CurrencyMismatch:
        return tr("The amount must be in %1, the order's currency.").arg(tx.currency.code());
    case DenialReason::AmountOverMaximum:
        return decision.action == Action::Refund
                   ? tr("At most %1 can be refunded.").arg(amount(decision.maximum.minorUnits()))
                   : tr("At most %1 can be captured.").arg(amount(decision.maximum.minorUnits()));
    }

    const QString max = amount(decision.maximum.minorUnits());
    switch (decision.action) {
    case Action::Capture:
        return decision.deadline.isValid()
                   ? tr("Up to %1 can be captured until %2.").arg(max, dateTime(decision.deadline, locale))
                   : tr("Up to %1 can be captured.").arg(max);
    case Action::Void:
        return tr("Releases the whole authorization of %1 back to the customer.").arg(max);
    case Action::Refund:
        return tr("Up to %1 can be refunded.").arg(max);
    case Action::CheckStatus:
        return tr("Ask APS for this order's current totals.");
    }
    return QString();
}

QString Wording::moneyError(MoneyError error, const Currency &currency)
{
    switch (error) {
    case MoneyError::None:
        return QString();
    case MoneyError::Empty:
        return tr("Enter an amount.");
    case MoneyError::InvalidCharacter:
        return tr("That is not an amount. Type digits, with the decimal separator if needed.");
    case MoneyError::Negative:
        return tr("The amount cannot be negative.");
    case MoneyError::TooManyDecimals:
        return currency.exponent() == 0
                   ? tr("%1 has no decimals.").arg(currency.code())
                   : tr("%1 has %2 decimals.").arg(currency.code()).arg(currency.exponent());
    case MoneyError::TooManyDigits:
    case MoneyError::Overflow:
        return tr("The amount is too large.");
    case MoneyError::Zero:
        return tr("Enter an amount above zero.");
    case MoneyError::UnknownCurrency:
    case MoneyError::CurrencyMismatch:
        return tr("The amount must be in %1, the order's currency.").arg(currency.code());
    }
    return QString();
}

QString Wording::expiresIn(const QDateTime &deadline, const QDateTime &now)
{
    if (!deadline.isValid() || !now.isValid())
        return QString();
    const qint64 seconds = now.secsTo(deadline);
    const qint64 span = seconds < 0 ? -seconds : seconds;
    const qint64 days = span / 86400;
    const qint64 hours = (span % 86400) / 3600;
    const qint64 minutes = (span % 3600) / 60;
    // Each duration is one phrase of the translation with the numbers in the locale's digits, isolated as a
    // unit: "6 d 21 h" never reads "d 21 h 6" in a right-to-left sentence.
    const QLocale locale;
    QString text;
    if (days > 0)
        text = tr("%1 d %2 h", "duration: days and hours").arg(locale.toString(days), locale.toString(hours));
    else if (hours > 0)
        text = tr("%1 h %2 min", "duration: hours and minutes")
                   .arg(locale.toString(hours), locale.toString(minutes));
    else
        text = tr("%1 min", "duration: minutes")
                   .arg(locale.toString(qMax<qint64>(minutes, seconds < 0 ? 1 : 0)));
    text = isolate(text, locale);
    return seconds < 0 ? tr("expired %1 ago", "the capture deadline passed %1 ago").arg(text) : text;
}

QString Wording::apsAnswer(const QString &code, const QString &message)
{
    if (code.isEmpty())
        return message;
    const QStringView detail = QStringView(code).right(3);
    QString sentence;
    if (detail == u"000")
        sentence = tr("Done.");
    else if (detail == u"008" || detail == u"009" || detail == u"010")
        sentence =
            tr("APS did not accept PayDesk's credentials. Ask an administrator to check the settings.");
    else if (detail == u"036")
        sentence = tr("APS does not know this order.");
    else if (detail == u"042")
        sentence = tr("APS refused: the amount is more than what is left to capture.");
    else if (detail == u"048")
        sentence = tr("APS refused: the amount is more than what is left to refund.");
    else if (detail == u"034" || detail == u"017" || detail == u"018" || detail == u"049")
        sentence = tr("APS does not allow this operation on this order.");
    else if (detail == u"773")
        sentence = tr("APS says the order is closed (voided or expired).");
    else if (detail == u"784")
        sentence = tr("Another operation on this order is still running at APS.");
    else if (detail == u"666")
        sentence = tr("The payment was declined.");
    else if (detail == u"006" || detail == u"051" || detail == u"054" || detail == u"119" ||
             detail == u"777" || detail == u"778")
        sentence = tr("APS could not confirm the result. PayDesk will check the order's status.");
    else
        sentence = tr("APS answered: %1").arg(message);
    return tr("%1 (APS code %2)", "a sentence, then the APS response code for support").arg(sentence, code);
}

QString Wording::transportError(ApsTransportError error)
{
    switch (error) {
    case ApsTransportError::None:
        return QString();
    case ApsTransportError::InsecureEndpoint:
        return tr("the address does not start with https:// (only a simulator on this computer may use "
                  "http://)");
    case ApsTransportError::ConnectionRefused:
        return tr("the server refused the connection");
    case ApsTransportError::HostNotFound:
        return tr("the server's name was not found");
    case ApsTransportError::Timeout:
        return tr("no answer in time");
    case ApsTransportError::ConnectionLost:
        return tr("the connection was lost before the answer arrived");
    case ApsTransportError::TlsError:
        return tr("the secure connection could not be set up");
    case ApsTransportError::HttpStatus:
        return tr("the server answered with an error instead of a result");
    case ApsTransportError::MalformedBody:
        return tr("the answer could not be read");
    case ApsTransportError::BadSignature:
        return tr("the answer's signature does not verify");
    case ApsTransportError::Network:
        return tr("a network error");
    }
    return QString();
}

QString Wording::role(Role role)
{
    switch (role) {
    case Role::Viewer:
        return tr("viewer", "user role: may only read");
    case Role::Operator:
        return tr("operator", "user role: captures, voids, asks for refunds");
    case Role::Approver:
        return tr("approver", "user role: approves other people's refund requests");
    case Role::Admin:
        return tr("admin", "user role: settings, users, credentials");
    }
    return QString();
}

QString Wording::roleDuties(Role role)
{
    switch (role) {
    case Role::Viewer:
        return tr("looks at transactions, moves no money");
    case Role::Operator:
        return tr("captures, voids and asks for refunds");
    case Role::Approver:
        return tr("approves other people's refunds, and can do what an operator does");
    case Role::Admin:
        return tr("settings and users; moves no money");
    }
    return QString();
}

QString Wording::permissionVerb(Permission permission)
{
    switch (permission) {
    case Permission::View:
        return tr("see the transactions", "after 'cannot'");
    case Permission::CheckStatus:
        return tr("check an order's status with APS", "after 'cannot'");
    case Permission::Capture:
        return tr("capture", "after 'cannot': charge authorized money");
    case Permission::Void:
        return tr("void", "after 'cannot': cancel an authorization");
    case Permission::RequestRefund:
        return tr("refund", "after 'cannot'");
    case Permission::ApproveRefund:
        return tr("approve or reject refund requests", "after 'cannot'");
    case Permission::ProposeResolution:
        return tr("propose how an unclear operation ended", "after 'cannot'");
    case Permission::ConfirmResolution:
        return tr("confirm how an unclear operation ended", "after 'cannot'");
    case Permission::ManageSettings:
        return tr("change the settings", "after 'cannot'");
    case Permission::ManageUsers:
        return tr("manage users", "after 'cannot'");
    case Permission::ManageCredentials:
        return tr("change the APS credentials", "after 'cannot'");
    }
    return QString();
}

QString Wording::roleRefusal(Role role, Permission permission)
{
    return tr("Your role (%1) cannot %2", "%1 a role, %2 what it would do")
        .arg(Wording::role(role), permissionVerb(permission));
}

QString Wording::refundRequestStatus(RefundRequestStatus status)
{
    switch (status) {
    case RefundRequestStatus::Awaiting:
        return tr("Awaiting approval", "refund request status");
    case RefundRequestStatus::Approved:
        return tr("Approved", "refund request status");
    case RefundRequestStatus::Rejected:
        return tr("Rejected", "refund request status");
    case RefundRequestStatus::Expired:
        return tr("Expired", "refund request status: nobody decided in time");
    }
    return QString();
}

QString Wording::storeUnreachable()
{
    return tr("Database unreachable — reconnecting… Nothing you typed is lost; payments wait until the "
              "connection is back.");
}

QString Wording::storeUnreachableRefusal()
{
    return tr("The shared database cannot be reached: wait until the connection is back.");
}

QString Wording::credentialsMissing(const QString &detail)
{
    const QString missing = detail.isEmpty() ? QString() : tr(" (%1)").arg(detail);
    return tr("The APS credentials are not set up%1: nothing can be sent to APS from this desk. An "
              "administrator "
              "sets them in Settings.")
        .arg(missing);
}

QString Wording::pendingRefund(const Money &reserved, const QLocale &locale)
{
    return tr("refund of %1 awaiting approval").arg(money(reserved, locale));
}

QString Wording::pendingRefundHint(const Money &reserved, const QLocale &locale)
{
    return tr("A refund of %1 awaits approval by another person; the amount is reserved until it is "
              "approved, "
              "rejected, withdrawn or expires.")
        .arg(money(reserved, locale));
}
