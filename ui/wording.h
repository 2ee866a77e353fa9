#pragma once

#include "domain/operation.h"
#include "domain/permission.h"
#include "domain/refundrequest.h"
#include "domain/role.h"
#include "domain/transaction.h"
#include "domain/transactionrules.h"
#include "services/paymentservice.h" // ApsTransportError: what a PaymentResult says about the transport

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

// Everything the core answers with an enum or a token, worded for a finance clerk in the user's language.
// The core never translates; this is the one place the window turns its answers into sentences.
class Wording final
{
    Q_DECLARE_TR_FUNCTIONS(Wording)

public:
    Wording() = delete;

    static QString state(TransactionState state);
    // Why an order is flagged for a status check, for a tooltip.
    static QString needsStatusCheckHint();
    static QString outcome(OperationOutcome outcome);
    static QString operationKind(OperationKind kind);
    static QString action(TransactionRules::Action action);

    // "1,250.00 AED" with the locale's digits and separators.
    // Text that must read as one unit inside a sentence of either direction (an amount with its currency
    // code, a date and time, a duration): in a right-to-left locale wrapped in a right-to-left isolate
    // (U+2067 … U+2069), so the amount stays before its code in reading order and the sentence around it
    // cannot reorder its parts; unchanged in a left-to-right locale.
    static QString isolate(const QString &text, const QLocale &locale = QLocale());
    // The ASCII digits of an identifier (an order reference, a card number) in the locale's digits, so one
    // screen never mixes Arabic-Indic and Latin digits; in a right-to-left locale isolated left to right.
    static QString digits(const QString &text, const QLocale &locale = QLocale());
    // The desk's locale for a language and the digits setting ("latin", "arabic-indic", or empty for the
    // language's own): Arabic with Latin digits is Arabic as written in the Emirates, with Arabic-Indic
    // digits as written in Saudi Arabia. Other languages keep their own digits.
    static QLocale deskLocale(const QLocale &language, const QString &digits);
    static inline const QString DigitsKey = QStringLiteral("display/digits");

    static QString money(const Money &money, const QLocale &locale = QLocale());
    static QString money(qint64 minorUnits, const Currency &currency, const QLocale &locale = QLocale());
    // A date and time for people, in local time.
    static QString dateTime(const QDateTime &utc, const QLocale &locale = QLocale());

    // Why an action is refused, or what it would do when allowed ("Nothing left to capture: 1,250.00 AED of
    // 1,250.00 AED captured", "Up to 750.00 AED can be captured until 20 Nov 2026 10:00").
    static QString decision(const TransactionRules::Decision &decision, const Transaction &tx,
                            const QLocale &locale = QLocale());
    // Why a typed amount is not accepted, in words.
    static QString moneyError(MoneyError error, const Currency &currency);

    // How long until the capture deadline: "5 d 3 h", "2 h 10 min", "expired 3 h ago"; empty without one.
    static QString expiresIn(const QDateTime &deadline, const QDateTime &now);

    // An APS answer for a clerk: a sentence first, the code for support after it.
    static QString apsAnswer(const QString &code, const QString &message);
    // Why APS could not be reached, as the end of a sentence: "the server refused the connection". Empty for
    // None.
    static QString transportError(ApsTransportError error);

    // "viewer", "operator", "approver", "admin" in the user's language.
    static QString role(Role role);
    // What a role is for, in a few words: "captures, voids and asks for refunds".
    static QString roleDuties(Role role);
    // What a permission lets one do, as a verb phrase: "capture", "approve refund requests".
    static QString permissionVerb(Permission permission);
    // Why the window does not offer something: "Your role (viewer) cannot capture".
    static QString roleRefusal(Role role, Permission permission);
    static QString refundRequestStatus(RefundRequestStatus status);
    // The team's database server cannot be reached: the banner, and why money actions wait.
    static QString storeUnreachable();
    static QString storeUnreachableRefusal();
    // The APS credentials are not configured (`detail`: which settings are missing, never values): why money
    // actions and status checks are off, for tooltips and the banner.
    static QString credentialsMissing(const QString &detail);
    // A refund request in a few words for the list and the detail pane: "refund of 500.00 AED awaiting
    // approval".
    static QString pendingRefund(const Money &reserved, const QLocale &locale = QLocale());
    // The list's tooltip for an order with refund requests awaiting approval.
    static QString pendingRefundHint(const Money &reserved, const QLocale &locale = QLocale());
};
