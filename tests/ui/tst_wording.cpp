#include "wording.h"

#include "transactionbuilder.h"

#include <QRegularExpression>
#include <QTest>

#include <ctime>

// What a clerk reads, pinned word for word in English: a change of wording shows up here on purpose. Every
// text is also checked for what a clerk must never see: nothing at all, a leftover %1, or an internal token
// such as not_applied.
class tst_Wording final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void exactText_data();
    void exactText();
    void readable_data() { exactText_data(); }
    void readable();

    void emptyWhereNothingToSay();

private:
    static void states();
    static void outcomesAndKinds();
    static void roles();
    static void decisions();
    static void allowedDecisions();
    static void moneyErrors();
    static void durations();
    static void apsAnswers();
    static void transportErrors();
};

namespace {

// British English: grouping "1,250.00", day before month, a 24-hour clock.
const QLocale English(QLocale::English, QLocale::UnitedKingdom);
const QDateTime Deadline(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);

void row(const char *name, const QString &text, const QString &expected)
{
    QTest::newRow(name) << text << expected;
}

// AED 1,250.00 authorized, 500.00 captured, 200.00 refunded, 100.00 reserved by a request.
Transaction order(Origin origin = Origin::Authorization)
{
    TransactionBuilder builder;
    builder.authorized(125000).captured(50000).refunded(20000).reserved(10000);
    if (origin == Origin::Purchase)
        builder.purchase();
    return builder;
}

QString refusal(DenialReason reason, TransactionRules::Action action = TransactionRules::Action::Capture,
                Origin origin = Origin::Authorization)
{
    TransactionRules::Decision decision;
    decision.action = action;
    decision.reason = reason;
    decision.maximum = Money::fromMinor(qint64(75000), *Currency::fromCode(u"AED"));
    decision.deadline = Deadline;
    return Wording::decision(decision, order(origin), English);
}

QString allowed(TransactionRules::Action action, const QDateTime &deadline = Deadline)
{
    TransactionRules::Decision decision;
    decision.action = action;
    decision.allowed = true;
    decision.maximum = Money::fromMinor(qint64(75000), *Currency::fromCode(u"AED"));
    decision.deadline = deadline;
    return Wording::decision(decision, order(), English);
}

QString expiresIn(qint64 seconds)
{
    return Wording::expiresIn(Deadline, Deadline.addSecs(-seconds));
}

} // namespace

void tst_Wording::initTestCase()
{
    // Dates are shown in local time: pin it.
    qputenv("TZ", "UTC");
    tzset();
}

void tst_Wording::exactText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    states();
    outcomesAndKinds();
    roles();
    decisions();
    allowedDecisions();
    moneyErrors();
    durations();
    apsAnswers();
    transportErrors();
    row("money", Wording::money(125050, *Currency::fromCode(u"AED"), English),
        QStringLiteral("1,250.50 AED"));
    row("money/kwd", Wording::money(1234567, *Currency::fromCode(u"KWD"), English),
        QStringLiteral("1,234.567 KWD"));
    row("money/jpy", Wording::money(1500, *Currency::fromCode(u"JPY"), English), QStringLiteral("1,500 JPY"));
    row("dateTime", Wording::dateTime(Deadline, English), QStringLiteral("20/11/2026 10:00"));
}

void tst_Wording::exactText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(text, expected);
}

void tst_Wording::readable()
{
    QFETCH(QString, text);
    QVERIFY(!text.trimmed().isEmpty());
    QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("%L?\\d"))), qPrintable(text));
    // snake_case is how the core and the CLI name things; a clerk reads words.
    static const QRegularExpression token(QStringLiteral("\\b[a-z0-9]+_[a-z0-9_]+\\b"));
    QVERIFY2(!token.match(text).hasMatch(), qPrintable(text));
    QVERIFY2(text == text.trimmed(), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("  ")), qPrintable(text));
}

void tst_Wording::emptyWhereNothingToSay()
{
    QCOMPARE(Wording::moneyError(MoneyError::None, *Currency::fromCode(u"AED")), QString());
    QCOMPARE(Wording::money(Money()), QString());
    QCOMPARE(Wording::dateTime(QDateTime()), QString());
    QCOMPARE(Wording::expiresIn(QDateTime(), Deadline), QString());
    QCOMPARE(Wording::apsAnswer(QString(), QStringLiteral("as APS said it")),
             QStringLiteral("as APS said it"));
    QCOMPARE(Wording::transportError(ApsTransportError::None), QString());
}

void tst_Wording::states()
{
    row("state/authorized", Wording::state(TransactionState::Authorized), QStringLiteral("Authorized"));
    row("state/partially_captured", Wording::state(TransactionState::PartiallyCaptured),
        QStringLiteral("Partly captured"));
    row("state/captured", Wording::state(TransactionState::Captured), QStringLiteral("Captured"));
    row("state/voided", Wording::state(TransactionState::Voided), QStringLiteral("Voided"));
    row("state/expired", Wording::state(TransactionState::Expired), QStringLiteral("Expired"));
    row("state/partially_refunded", Wording::state(TransactionState::PartiallyRefunded),
        QStringLiteral("Partly refunded"));
    row("state/refunded", Wording::state(TransactionState::Refunded), QStringLiteral("Refunded"));
    row("state/failed", Wording::state(TransactionState::Failed), QStringLiteral("Failed"));
    row("request/awaiting", Wording::refundRequestStatus(RefundRequestStatus::Awaiting),
        QStringLiteral("Awaiting approval"));
    row("request/approved", Wording::refundRequestStatus(RefundRequestStatus::Approved),
        QStringLiteral("Approved"));
    row("request/rejected", Wording::refundRequestStatus(RefundRequestStatus::Rejected),
        QStringLiteral("Rejected"));
    row("request/expired", Wording::refundRequestStatus(RefundRequestStatus::Expired),
        QStringLiteral("Expired"));
}

void tst_Wording::outcomesAndKinds()
{
    using Action = TransactionRules::Action;
    row("outcome/pending", Wording::outcome(OperationOutcome::Pending), QStringLiteral("In progress"));
    row("outcome/succeeded", Wording::outcome(OperationOutcome::Succeeded), QStringLiteral("Succeeded"));
    row("outcome/declined", Wording::outcome(OperationOutcome::Declined), QStringLiteral("Declined"));
    row("outcome/unknown", Wording::outcome(OperationOutcome::Unknown), QStringLiteral("Outcome unknown"));
    row("outcome/manual_review", Wording::outcome(OperationOutcome::ManualReview),
        QStringLiteral("Needs manual review"));
    row("kind/capture", Wording::operationKind(OperationKind::Capture), QStringLiteral("Capture"));
    row("kind/void", Wording::operationKind(OperationKind::Void), QStringLiteral("Void"));
    row("kind/refund", Wording::operationKind(OperationKind::Refund), QStringLiteral("Refund"));
    row("action/capture", Wording::action(Action::Capture), QStringLiteral("Capture"));
    row("action/void", Wording::action(Action::Void), QStringLiteral("Void"));
    row("action/refund", Wording::action(Action::Refund), QStringLiteral("Refund"));
    row("action/check_status", Wording::action(Action::CheckStatus), QStringLiteral("Check status"));
}

void tst_Wording::roles()
{
    row("role/viewer", Wording::role(Role::Viewer), QStringLiteral("viewer"));
    row("role/operator", Wording::role(Role::Operator), QStringLiteral("operator"));
    row("role/approver", Wording::role(Role::Approver), QStringLiteral("approver"));
    row("role/admin", Wording::role(Role::Admin), QStringLiteral("admin"));
    row("duties/viewer", Wording::roleDuties(Role::Viewer),
        QStringLiteral("looks at transactions, moves no money"));
    row("duties/operator", Wording::roleDuties(Role::Operator),
        QStringLiteral("captures, voids and asks for refunds"));
    row("duties/approver", Wording::roleDuties(Role::Approver),
        QStringLiteral("approves other people's refunds, and can do what an operator does"));
    row("duties/admin", Wording::roleDuties(Role::Admin),
        QStringLiteral("settings and users; moves no money"));

    const struct
    {
        const char *name;
        Permission permission;
        const char *expected;
    } refusals[] = {
        {"cannot/view", Permission::View, "Your role (viewer) cannot see the transactions"},
        {"cannot/check_status", Permission::CheckStatus,
         "Your role (viewer) cannot check an order's status with APS"},
        {"cannot/capture", Permission::Capture, "Your role (viewer) cannot capture"},
        {"cannot/void", Permission::Void, "Your role (viewer) cannot void"},
        {"cannot/request_refund", Permission::RequestRefund, "Your role (viewer) cannot refund"},
        {"cannot/approve_refund", Permission::ApproveRefund,
         "Your role (viewer) cannot approve or reject refund requests"},
        {"cannot/propose_resolution", Permission::ProposeResolution,
         "Your role (viewer) cannot propose how an unclear operation ended"},
        {"cannot/confirm_resolution", Permission::ConfirmResolution,
         "Your role (viewer) cannot confirm how an unclear operation ended"},
        {"cannot/manage_settings", Permission::ManageSettings,
         "Your role (viewer) cannot change the settings"},
        {"cannot/manage_users", Permission::ManageUsers, "Your role (viewer) cannot manage users"},
        {"cannot/manage_credentials", Permission::ManageCredentials,
         "Your role (viewer) cannot change the APS credentials"},
    };
    for (const auto &r : refusals)
        row(r.name, Wording::roleRefusal(Role::Viewer, r.permission), QString::fromUtf8(r.expected));
}

void tst_Wording::decisions()
{
    using Action = TransactionRules::Action;
    row("refused/unresolved", refusal(DenialReason::Unresolved),
        QStringLiteral(
            "An earlier operation on this order has no known outcome yet. Check its status first."));
    row("refused/failed", refusal(DenialReason::Failed),
        QStringLiteral(
            "The authorization itself was declined: nothing can be captured, voided or refunded."));
    row("refused/failed_purchase", refusal(DenialReason::Failed, Action::Refund, Origin::Purchase),
        QStringLiteral("The purchase itself was declined: nothing can be captured, voided or refunded."));
    row("refused/purchase_nothing_to_capture", refusal(DenialReason::PurchaseNothingToCapture),
        QStringLiteral("Nothing to capture: a purchase is captured when it is paid."));
    row("refused/purchase_cannot_void", refusal(DenialReason::PurchaseCannotVoid, Action::Void),
        QStringLiteral("A purchase cannot be voided. Refund it instead."));
    row("refused/already_voided", refusal(DenialReason::AlreadyVoided),
        QStringLiteral("This authorization was voided."));
    row("refused/deadline_passed", refusal(DenialReason::DeadlinePassed),
        QStringLiteral("The capture deadline passed on 20/11/2026 10:00."));
    TransactionRules::Decision noDeadline;
    noDeadline.reason = DenialReason::DeadlinePassed;
    row("refused/deadline_passed_unknown", Wording::decision(noDeadline, order(), English),
        QStringLiteral("The capture deadline has passed."));
    row("refused/nothing_left_to_capture", refusal(DenialReason::NothingLeftToCapture),
        QStringLiteral("Nothing left to capture: 500.00 AED of 1,250.00 AED captured."));
    // After a partial capture a refund does not free the uncaptured rest: it lapses at the deadline.
    row("refused/void_after_capture", refusal(DenialReason::VoidAfterCapture, Action::Void),
        QStringLiteral(
            "Cannot void after a capture: 500.00 AED is captured. The uncaptured 750.00 AED cannot "
            "be voided or refunded: it stays authorized until 20/11/2026 10:00, when APS releases "
            "it to the customer. A refund returns captured money only."));
    TransactionRules::Decision voidAfterFull;
    voidAfterFull.action = Action::Void;
    voidAfterFull.reason = DenialReason::VoidAfterCapture;
    voidAfterFull.deadline = Deadline;
    row("refused/void_after_full_capture",
        Wording::decision(voidAfterFull, TransactionBuilder().authorized(50000).captured(50000), English),
        QStringLiteral("Cannot void: 500.00 AED is already captured. Refund instead."));
    row("refused/not_captured", refusal(DenialReason::NotCaptured, Action::Refund),
        QStringLiteral("Nothing has been captured yet, so there is nothing to refund."));
    row("refused/fully_refunded", refusal(DenialReason::FullyRefunded, Action::Refund),
        QStringLiteral("Fully refunded: 200.00 AED of 500.00 AED refunded."));
    row("refused/reserved_by_requests", refusal(DenialReason::ReservedByRequests, Action::Refund),
        QStringLiteral(
            "Nothing left to refund: 100.00 AED is reserved by refund requests awaiting approval."));
    row("refused/amount_zero", refusal(DenialReason::AmountZero),
        QStringLiteral("Enter an amount above zero."));
    row("refused/currency_mismatch", refusal(DenialReason::CurrencyMismatch),
        QStringLiteral("The amount must be in AED, the order's currency."));
    row("refused/over_maximum_capture", refusal(DenialReason::AmountOverMaximum),
        QStringLiteral("At most 750.00 AED can be captured."));
    row("refused/over_maximum_refund", refusal(DenialReason::AmountOverMaximum, Action::Refund),
        QStringLiteral("At most 750.00 AED can be refunded."));
}

void tst_Wording::allowedDecisions()
{
    using Action = TransactionRules::Action;
    row("allowed/capture", allowed(Action::Capture),
        QStringLiteral("Up to 750.00 AED can be captured until 20/11/2026 10:00."));
    row("allowed/capture_no_deadline", allowed(Action::Capture, QDateTime()),
        QStringLiteral("Up to 750.00 AED can be captured."));
    row("allowed/void", allowed(Action::Void),
        QStringLiteral("Releases the whole authorization of 750.00 AED back to the customer."));
    row("allowed/refund", allowed(Action::Refund), QStringLiteral("Up to 750.00 AED can be refunded."));
    row("allowed/check_status", allowed(Action::CheckStatus),
        QStringLiteral("Ask APS for this order's current totals."));
}

void tst_Wording::moneyErrors()
{
    const Currency aed = *Currency::fromCode(u"AED");
    row("money/empty", Wording::moneyError(MoneyError::Empty, aed), QStringLiteral("Enter an amount."));
    row("money/invalid_character", Wording::moneyError(MoneyError::InvalidCharacter, aed),
        QStringLiteral("That is not an amount. Type digits, with the decimal separator if needed."));
    row("money/negative", Wording::moneyError(MoneyError::Negative, aed),
        QStringLiteral("The amount cannot be negative."));
    row("money/too_many_decimals", Wording::moneyError(MoneyError::TooManyDecimals, aed),
        QStringLiteral("AED has 2 decimals."));
    row("money/no_decimals", Wording::moneyError(MoneyError::TooManyDecimals, *Currency::fromCode(u"JPY")),
        QStringLiteral("JPY has no decimals."));
    row("money/too_many_digits", Wording::moneyError(MoneyError::TooManyDigits, aed),
        QStringLiteral("The amount is too large."));
    row("money/overflow", Wording::moneyError(MoneyError::Overflow, aed),
        QStringLiteral("The amount is too large."));
    row("money/zero", Wording::moneyError(MoneyError::Zero, aed),
        QStringLiteral("Enter an amount above zero."));
    row("money/unknown_currency", Wording::moneyError(MoneyError::UnknownCurrency, aed),
        QStringLiteral("The amount must be in AED, the order's currency."));
    row("money/currency_mismatch", Wording::moneyError(MoneyError::CurrencyMismatch, aed),
        QStringLiteral("The amount must be in AED, the order's currency."));
}

void tst_Wording::durations()
{
    row("expires/days", expiresIn(5 * 86400 + 3 * 3600 + 59), QStringLiteral("5 d 3 h"));
    row("expires/hours", expiresIn(2 * 3600 + 10 * 60 + 30), QStringLiteral("2 h 10 min"));
    row("expires/minutes", expiresIn(42 * 60), QStringLiteral("42 min"));
    row("expires/now", expiresIn(20), QStringLiteral("0 min"));
    row("expired/just", expiresIn(-20), QStringLiteral("expired 1 min ago"));
    row("expired/hours", expiresIn(-3 * 3600), QStringLiteral("expired 3 h 0 min ago"));
    row("expired/days", expiresIn(-2 * 86400 - 3600), QStringLiteral("expired 2 d 1 h ago"));
}

void tst_Wording::apsAnswers()
{
    const struct
    {
        const char *code;
        const char *expected;
    } answers[] = {
        {"02000", "Done. (APS code 02000)"},
        {"00008",
         "APS did not accept PayDesk's credentials. Ask an administrator to check the settings. (APS code "
         "00008)"},
        {"00036", "APS does not know this order. (APS code 00036)"},
        {"00042", "APS refused: the amount is more than what is left to capture. (APS code 00042)"},
        {"00048", "APS refused: the amount is more than what is left to refund. (APS code 00048)"},
        {"00034", "APS does not allow this operation on this order. (APS code 00034)"},
        {"00773", "APS says the order is closed (voided or expired). (APS code 00773)"},
        {"00784", "Another operation on this order is still running at APS. (APS code 00784)"},
        {"14666", "The payment was declined. (APS code 14666)"},
        {"00006",
         "APS could not confirm the result. PayDesk will check the order's status. (APS code 00006)"},
        {"00999", "APS answered: Something else (APS code 00999)"},
    };
    for (const auto &a : answers) {
        const QString code = QString::fromLatin1(a.code);
        row(qPrintable(QStringLiteral("aps/") + code),
            Wording::apsAnswer(code, QStringLiteral("Something else")), QString::fromUtf8(a.expected));
    }
}

void tst_Wording::transportErrors()
{
    const struct
    {
        const char *name;
        ApsTransportError error;
        const char *expected;
    } errors[] = {
        {"transport/insecure_endpoint", ApsTransportError::InsecureEndpoint,
         "the address does not start with https:// (only a simulator on this computer may use http://)"},
        {"transport/connection_refused", ApsTransportError::ConnectionRefused,
         "the server refused the connection"},
        {"transport/host_not_found", ApsTransportError::HostNotFound, "the server's name was not found"},
        {"transport/timeout", ApsTransportError::Timeout, "no answer in time"},
        {"transport/connection_lost", ApsTransportError::ConnectionLost,
         "the connection was lost before the answer arrived"},
        {"transport/tls_error", ApsTransportError::TlsError, "the secure connection could not be set up"},
        {"transport/http_status", ApsTransportError::HttpStatus,
         "the server answered with an error instead of a result"},
        {"transport/malformed_body", ApsTransportError::MalformedBody, "the answer could not be read"},
        {"transport/bad_signature", ApsTransportError::BadSignature,
         "the answer's signature does not verify"},
        {"transport/network", ApsTransportError::Network, "a network error"},
    };
    for (const auto &e : errors)
        row(e.name, Wording::transportError(e.error), QString::fromUtf8(e.expected));
}

QTEST_GUILESS_MAIN(tst_Wording)

#include "tst_wording.moc"
