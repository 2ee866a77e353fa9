#include "domain/transactionrules.h"

#include <QRegularExpression>
#include <QTest>

#include <chrono>

Q_DECLARE_METATYPE(DenialReason)
Q_DECLARE_METATYPE(TransactionState)
Q_DECLARE_METATYPE(TransactionRules::Action)
Q_DECLARE_METATYPE(Transaction)

using Action = TransactionRules::Action;

namespace {

const QDateTime kAuthorizedAt(QDate(2026, 11, 13), QTime(10, 0), Qt::UTC);
const QDateTime kDeadline(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC); // authorizedAt + 7 days
const QDateTime kBeforeDeadline(QDate(2026, 11, 15), QTime(9, 30), Qt::UTC);
const QDateTime kAfterDeadline(QDate(2026, 11, 21), QTime(8, 0), Qt::UTC);

Currency aed()
{
    return *Currency::fromCode(u"AED");
}

Money aedMoney(qint64 minor)
{
    return Money::fromMinor(minor, aed());
}

// An authorization of 1250.00 AED made at kAuthorizedAt, nothing captured yet.
Transaction authorization(qint64 captured = 0, qint64 refunded = 0, qint64 reserved = 0)
{
    Transaction tx;
    tx.merchantIdentifier = QStringLiteral("MERCHANT");
    tx.merchantReference = QStringLiteral("ORDER-1");
    tx.origin = Origin::Authorization;
    tx.currency = aed();
    tx.authorized = 125000;
    tx.captured = captured;
    tx.refunded = refunded;
    tx.refundReserved = reserved;
    tx.authorizedAt = kAuthorizedAt;
    tx.captureDeadline = kDeadline;
    return tx;
}

Transaction purchase(qint64 refunded = 0, qint64 reserved = 0)
{
    Transaction tx = authorization(125000, refunded, reserved);
    tx.origin = Origin::Purchase;
    return tx;
}

Transaction voided()
{
    Transaction tx = authorization();
    tx.voided = true;
    return tx;
}

Transaction failed(Origin origin)
{
    Transaction tx = authorization();
    tx.origin = origin;
    tx.failed = true;
    return tx;
}

// What the rules should answer for one action on a resolved transaction: allowed when reason is None.
struct Expected
{
    DenialReason reason;
    qint64 maximum;
};

struct Scenario
{
    const char *name;
    Transaction tx;
    QDateTime now;
    TransactionState baseState;
    TransactionState state;
    Expected capture;
    Expected voiding;
    Expected refund;
};

Expected allowed(qint64 maximum)
{
    return {DenialReason::None, maximum};
}

Expected denied(DenialReason reason)
{
    return {reason, 0};
}

QList<Scenario> scenarios()
{
    using R = DenialReason;
    using S = TransactionState;
    const QDateTime before = kBeforeDeadline;
    const QDateTime after = kAfterDeadline;
    return {
        {"authorized", authorization(), before, S::Authorized, S::Authorized, allowed(125000),
         allowed(125000), denied(R::NotCaptured)},
        {"expired", authorization(), after, S::Authorized, S::Expired, denied(R::DeadlinePassed),
         denied(R::DeadlinePassed), denied(R::NotCaptured)},
        {"partially_captured", authorization(50000), before, S::PartiallyCaptured, S::PartiallyCaptured,
         allowed(75000), denied(R::VoidAfterCapture), allowed(50000)},
        {"partially_captured past deadline", authorization(50000), after, S::PartiallyCaptured,
         S::PartiallyCaptured, denied(R::DeadlinePassed), denied(R::VoidAfterCapture), allowed(50000)},
        {"captured", authorization(125000), before, S::Captured, S::Captured, denied(R::NothingLeftToCapture),
         denied(R::VoidAfterCapture), allowed(125000)},
        {"captured past deadline", authorization(125000), after, S::Captured, S::Captured,
         denied(R::NothingLeftToCapture), denied(R::VoidAfterCapture), allowed(125000)},
        {"voided", voided(), before, S::Voided, S::Voided, denied(R::AlreadyVoided), denied(R::AlreadyVoided),
         denied(R::AlreadyVoided)},
        {"voided past deadline", voided(), after, S::Voided, S::Voided, denied(R::AlreadyVoided),
         denied(R::AlreadyVoided), denied(R::AlreadyVoided)},
        {"partially_refunded", authorization(125000, 25000), before, S::PartiallyRefunded,
         S::PartiallyRefunded, denied(R::NothingLeftToCapture), denied(R::VoidAfterCapture), allowed(100000)},
        {"partially_refunded of a partial capture", authorization(50000, 20000), before, S::PartiallyRefunded,
         S::PartiallyRefunded, allowed(75000), denied(R::VoidAfterCapture), allowed(30000)},
        {"partially_refunded with some reserved", authorization(125000, 25000, 40000), after,
         S::PartiallyRefunded, S::PartiallyRefunded, denied(R::NothingLeftToCapture),
         denied(R::VoidAfterCapture), allowed(60000)},
        {"partially_refunded with the rest reserved", authorization(125000, 25000, 100000), before,
         S::PartiallyRefunded, S::PartiallyRefunded, denied(R::NothingLeftToCapture),
         denied(R::VoidAfterCapture), denied(R::ReservedByRequests)},
        {"captured with all reserved", authorization(125000, 0, 125000), before, S::Captured, S::Captured,
         denied(R::NothingLeftToCapture), denied(R::VoidAfterCapture), denied(R::ReservedByRequests)},
        {"refunded", authorization(125000, 125000), before, S::Refunded, S::Refunded,
         denied(R::NothingLeftToCapture), denied(R::VoidAfterCapture), denied(R::FullyRefunded)},
        {"failed authorization", failed(Origin::Authorization), before, S::Failed, S::Failed,
         denied(R::Failed), denied(R::Failed), denied(R::Failed)},
        {"failed authorization past deadline", failed(Origin::Authorization), after, S::Failed, S::Failed,
         denied(R::Failed), denied(R::Failed), denied(R::Failed)},
        {"purchase", purchase(), before, S::Captured, S::Captured, denied(R::PurchaseNothingToCapture),
         denied(R::PurchaseCannotVoid), allowed(125000)},
        {"purchase long ago", purchase(), after, S::Captured, S::Captured,
         denied(R::PurchaseNothingToCapture), denied(R::PurchaseCannotVoid), allowed(125000)},
        {"purchase partially_refunded", purchase(100000), before, S::PartiallyRefunded, S::PartiallyRefunded,
         denied(R::PurchaseNothingToCapture), denied(R::PurchaseCannotVoid), allowed(25000)},
        {"purchase with the rest reserved", purchase(100000, 25000), before, S::PartiallyRefunded,
         S::PartiallyRefunded, denied(R::PurchaseNothingToCapture), denied(R::PurchaseCannotVoid),
         denied(R::ReservedByRequests)},
        {"purchase refunded", purchase(125000), before, S::Refunded, S::Refunded,
         denied(R::PurchaseNothingToCapture), denied(R::PurchaseCannotVoid), denied(R::FullyRefunded)},
        {"failed purchase", failed(Origin::Purchase), before, S::Failed, S::Failed, denied(R::Failed),
         denied(R::Failed), denied(R::Failed)},
    };
}

} // namespace

class tst_TransactionRules final : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_rules = TransactionRules(); }

    void states_data()
    {
        QTest::addColumn<Transaction>("tx");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<TransactionState>("baseState");
        QTest::addColumn<TransactionState>("state");
        for (const Scenario &scenario : scenarios()) {
            for (const bool unresolved : {false, true}) {
                Transaction tx = scenario.tx;
                tx.unresolved = unresolved;
                QTest::addRow("%s/%s", scenario.name, unresolved ? "unresolved" : "resolved")
                    << tx << scenario.now << scenario.baseState << scenario.state;
            }
        }
    }
    void states()
    {
        QFETCH(Transaction, tx);
        QFETCH(QDateTime, now);
        QFETCH(TransactionState, baseState);
        QFETCH(TransactionState, state);
        QCOMPARE(m_rules.baseState(tx), baseState);
        QCOMPARE(m_rules.state(tx, now), state);
        // The stored base state must not depend on the time.
        QCOMPARE(m_rules.baseState(tx), m_rules.state(tx, kBeforeDeadline));
    }

    // Every scenario x unresolved flag x action. An unresolved operation refuses exactly what would
    // otherwise be allowed (except a status check); every other refusal keeps its own reason.
    void check_data()
    {
        QTest::addColumn<Transaction>("tx");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<DenialReason>("reason");
        QTest::addColumn<qint64>("maximum");
        for (const Scenario &scenario : scenarios()) {
            const std::pair<Action, Expected> cases[] = {
                {Action::Capture, scenario.capture},
                {Action::Void, scenario.voiding},
                {Action::Refund, scenario.refund},
                {Action::CheckStatus, allowed(0)},
            };
            for (const bool unresolved : {false, true}) {
                Transaction tx = scenario.tx;
                tx.unresolved = unresolved;
                for (const auto &[action, expected] : cases) {
                    Expected e = expected;
                    if (unresolved && action != Action::CheckStatus && e.reason == DenialReason::None)
                        e = denied(DenialReason::Unresolved);
                    QTest::addRow("%s/%s/%s", scenario.name, unresolved ? "unresolved" : "resolved",
                                  qPrintable(actionToken(action)))
                        << tx << scenario.now << action << (e.reason == DenialReason::None) << e.reason
                        << e.maximum;
                }
            }
        }
    }
    void check()
    {
        QFETCH(Transaction, tx);
        QFETCH(QDateTime, now);
        QFETCH(Action, action);
        QFETCH(bool, allowed);
        QFETCH(DenialReason, reason);
        QFETCH(qint64, maximum);
        const TransactionRules::Decision decision = m_rules.check(action, tx, now);
        QCOMPARE(decision.action, action);
        QCOMPARE(decision.reason, reason);
        QCOMPARE(decision.allowed, allowed);
        QCOMPARE(decision.maximum, aedMoney(maximum));
        const bool hasDeadline =
            tx.origin == Origin::Authorization && (action == Action::Capture || action == Action::Void);
        QCOMPARE(decision.deadline, hasDeadline ? kDeadline : QDateTime());
        QVERIFY(!TransactionRules::describe(decision, tx).isEmpty());
    }

    void deadlineBoundary_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("open");
        QTest::newRow("a second before") << kDeadline.addSecs(-1) << true;
        QTest::newRow("at the deadline") << kDeadline << true;
        QTest::newRow("a millisecond after") << kDeadline.addMSecs(1) << false;
        QTest::newRow("a day after") << kDeadline.addDays(1) << false;
        QTest::newRow("same instant in another zone") << kDeadline.toOffsetFromUtc(4 * 3600) << true;
    }
    void deadlineBoundary()
    {
        QFETCH(QDateTime, now);
        QFETCH(bool, open);
        const Transaction tx = authorization();
        QCOMPARE(m_rules.state(tx, now), open ? TransactionState::Authorized : TransactionState::Expired);
        QCOMPARE(m_rules.check(Action::Capture, tx, now).allowed, open);
        QCOMPARE(m_rules.check(Action::Void, tx, now).allowed, open);
    }

    void captureDeadline()
    {
        QCOMPARE(m_rules.captureDeadline(kAuthorizedAt), kDeadline);
        QVERIFY(!m_rules.captureDeadline(QDateTime()).isValid());

        TransactionRules::Config config;
        config.captureWindow = std::chrono::hours(24 * 30);
        const TransactionRules monthly(config);
        QCOMPARE(monthly.captureDeadline(kAuthorizedAt), kAuthorizedAt.addDays(30));
    }

    void storedDeadlineWins()
    {
        Transaction tx = authorization();
        tx.captureDeadline = kAuthorizedAt.addDays(3);
        QCOMPARE(m_rules.deadlineOf(tx), kAuthorizedAt.addDays(3));
        QCOMPARE(m_rules.state(tx, kAuthorizedAt.addDays(4)), TransactionState::Expired);
        const TransactionRules::Decision decision =
            m_rules.check(Action::Capture, tx, kAuthorizedAt.addDays(4));
        QCOMPARE(decision.reason, DenialReason::DeadlinePassed);
        QCOMPARE(decision.deadline, kAuthorizedAt.addDays(3));
    }

    void deadlineFromAuthorizationTime()
    {
        Transaction tx = authorization();
        tx.captureDeadline = QDateTime();
        QCOMPARE(m_rules.deadlineOf(tx), kDeadline);
        QCOMPARE(m_rules.state(tx, kAfterDeadline), TransactionState::Expired);

        tx.authorizedAt = QDateTime();
        QVERIFY(!m_rules.deadlineOf(tx).isValid());
        QCOMPARE(m_rules.state(tx, kAfterDeadline), TransactionState::Authorized);
        QVERIFY(m_rules.check(Action::Capture, tx, kAfterDeadline).allowed);
    }

    void expiringSoon_data()
    {
        QTest::addColumn<Transaction>("tx");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("warningHours");
        QTest::addColumn<bool>("expected");
        QTest::newRow("two days left") << authorization() << kDeadline.addDays(-2) << 24 << false;
        QTest::newRow("25 hours left") << authorization() << kDeadline.addSecs(-25 * 3600) << 24 << false;
        QTest::newRow("exactly 24 hours left")
            << authorization() << kDeadline.addSecs(-24 * 3600) << 24 << true;
        QTest::newRow("one hour left") << authorization() << kDeadline.addSecs(-3600) << 24 << true;
        QTest::newRow("at the deadline") << authorization() << kDeadline << 24 << true;
        QTest::newRow("past the deadline") << authorization() << kDeadline.addSecs(1) << 24 << false;
        QTest::newRow("partially captured") << authorization(50000) << kDeadline.addSecs(-3600) << 24 << true;
        QTest::newRow("fully captured") << authorization(125000) << kDeadline.addSecs(-3600) << 24 << false;
        QTest::newRow("voided") << voided() << kDeadline.addSecs(-3600) << 24 << false;
        QTest::newRow("failed") << failed(Origin::Authorization) << kDeadline.addSecs(-3600) << 24 << false;
        QTest::newRow("purchase") << purchase() << kDeadline.addSecs(-3600) << 24 << false;
        Transaction unresolved = authorization();
        unresolved.unresolved = true;
        QTest::newRow("unresolved") << unresolved << kDeadline.addSecs(-3600) << 24 << true;
        QTest::newRow("three days left, 72 h warning")
            << authorization() << kDeadline.addDays(-3) << 72 << true;
        QTest::newRow("two hours left, 1 h warning")
            << authorization() << kDeadline.addSecs(-7200) << 1 << false;
    }
    void expiringSoon()
    {
        QFETCH(Transaction, tx);
        QFETCH(QDateTime, now);
        QFETCH(int, warningHours);
        QFETCH(bool, expected);
        TransactionRules::Config config;
        config.warningPeriod = std::chrono::hours(warningHours);
        QCOMPARE(TransactionRules(config).isExpiringSoon(tx, now), expected);
    }

    // The one definition of "can be captured now" and of money lost at the deadline, which the list, the
    // detail pane, the filters, the totals and both refreshes show. Every scenario of check() must agree
    // with it (checkAgreesWithOpenFor).
    void openForCapture_data()
    {
        QTest::addColumn<Transaction>("tx");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("open");
        QTest::addColumn<qint64>("remaining");
        QTest::addColumn<qint64>("lapsed");
        QTest::addColumn<bool>("expiringSoon");
        const QDateTime fourHoursLeft = kDeadline.addSecs(-4 * 3600);
        // 100.00 AED authorized, 50.00 captured, 10.00 of it refunded: 50.00 can still be captured.
        Transaction refundedPartCapture = authorization(5000, 1000);
        refundedPartCapture.authorized = 10000;
        QTest::newRow("partial capture partly refunded, 4 h left")
            << refundedPartCapture << fourHoursLeft << true << qint64(5000) << qint64(0) << true;
        QTest::newRow("partial capture partly refunded, past deadline")
            << refundedPartCapture << kAfterDeadline << false << qint64(0) << qint64(5000) << false;
        Transaction refundedAllCaptured = authorization(50000, 50000);
        QTest::newRow("partial capture fully refunded, before deadline")
            << refundedAllCaptured << kBeforeDeadline << true << qint64(75000) << qint64(0) << false;
        QTest::newRow("authorized, before deadline")
            << authorization() << kBeforeDeadline << true << qint64(125000) << qint64(0) << false;
        QTest::newRow("authorized, at the deadline")
            << authorization() << kDeadline << true << qint64(125000) << qint64(0) << true;
        QTest::newRow("authorized, past deadline (expired)")
            << authorization() << kAfterDeadline << false << qint64(0) << qint64(125000) << false;
        QTest::newRow("partially captured, past deadline")
            << authorization(50000) << kAfterDeadline << false << qint64(0) << qint64(75000) << false;
        QTest::newRow("fully captured")
            << authorization(125000) << kBeforeDeadline << false << qint64(0) << qint64(0) << false;
        QTest::newRow("fully captured, past deadline")
            << authorization(125000) << kAfterDeadline << false << qint64(0) << qint64(0) << false;
        QTest::newRow("voided") << voided() << kBeforeDeadline << false << qint64(0) << qint64(0) << false;
        QTest::newRow("voided, past deadline")
            << voided() << kAfterDeadline << false << qint64(0) << qint64(0) << false;
        QTest::newRow("failed, past deadline")
            << failed(Origin::Authorization) << kAfterDeadline << false << qint64(0) << qint64(0) << false;
        QTest::newRow("purchase") << purchase() << kBeforeDeadline << false << qint64(0) << qint64(0)
                                  << false;
        Transaction unresolved = authorization(50000);
        unresolved.unresolved = true;
        QTest::newRow("unresolved partial capture")
            << unresolved << kBeforeDeadline << true << qint64(75000) << qint64(0) << false;
        Transaction noDeadline = authorization();
        noDeadline.captureDeadline = QDateTime();
        noDeadline.authorizedAt = QDateTime();
        QTest::newRow("no deadline known")
            << noDeadline << kAfterDeadline << true << qint64(125000) << qint64(0) << false;
    }
    void openForCapture()
    {
        QFETCH(Transaction, tx);
        QFETCH(QDateTime, now);
        QFETCH(bool, open);
        QFETCH(qint64, remaining);
        QFETCH(qint64, lapsed);
        QFETCH(bool, expiringSoon);
        QCOMPARE(m_rules.isOpenForCapture(tx, now), open);
        QCOMPARE(m_rules.remainingToCapture(tx, now), Money::fromMinor(remaining, tx.currency));
        QCOMPARE(m_rules.lapsedUncaptured(tx, now), Money::fromMinor(lapsed, tx.currency));
        QCOMPARE(m_rules.isExpiringSoon(tx, now), expiringSoon);
        const TransactionRules::Decision capture = m_rules.check(Action::Capture, tx, now);
        QCOMPARE(capture.allowed, open && !tx.unresolved);
        if (capture.allowed)
            QCOMPARE(capture.maximum, m_rules.remainingToCapture(tx, now));
    }
    void checkAgreesWithOpenFor()
    {
        for (const Scenario &scenario : scenarios()) {
            const TransactionRules::Decision capture =
                m_rules.check(Action::Capture, scenario.tx, scenario.now);
            const bool open = m_rules.isOpenForCapture(scenario.tx, scenario.now);
            QVERIFY2(capture.allowed == (open && !scenario.tx.unresolved), scenario.name);
            QVERIFY2(open || m_rules.remainingToCapture(scenario.tx, scenario.now).isZero(), scenario.name);
            const TransactionRules::Decision refund =
                m_rules.check(Action::Refund, scenario.tx, scenario.now);
            QVERIFY2(refund.allowed == (m_rules.isOpenForRefund(scenario.tx) && !scenario.tx.unresolved),
                     scenario.name);
        }
    }

    void refundable_data()
    {
        QTest::addColumn<Transaction>("tx");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("nothing captured") << authorization() << qint64(0);
        QTest::newRow("captured") << authorization(125000) << qint64(125000);
        QTest::newRow("partly refunded") << authorization(125000, 25000) << qint64(100000);
        QTest::newRow("partly reserved") << authorization(125000, 25000, 40000) << qint64(60000);
        QTest::newRow("all reserved") << authorization(125000, 25000, 100000) << qint64(0);
        QTest::newRow("over-reserved is never negative") << authorization(125000, 25000, 200000) << qint64(0);
        QTest::newRow("over-refunded is never negative") << authorization(50000, 60000) << qint64(0);
    }
    void refundable()
    {
        QFETCH(Transaction, tx);
        QFETCH(qint64, expected);
        QCOMPARE(m_rules.refundable(tx), aedMoney(expected));
    }

    void checkAmount_data()
    {
        QTest::addColumn<Transaction>("tx");
        QTest::addColumn<Action>("action");
        QTest::addColumn<Money>("amount");
        QTest::addColumn<DenialReason>("reason");
        QTest::addColumn<qint64>("maximum");
        const Transaction open = authorization(50000);
        const Transaction reserved = authorization(125000, 25000, 40000);
        QTest::newRow("capture some")
            << open << Action::Capture << aedMoney(100) << DenialReason::None << qint64(75000);
        QTest::newRow("capture the rest")
            << open << Action::Capture << aedMoney(75000) << DenialReason::None << qint64(75000);
        QTest::newRow("capture one unit too many")
            << open << Action::Capture << aedMoney(75001) << DenialReason::AmountOverMaximum << qint64(75000);
        QTest::newRow("capture zero")
            << open << Action::Capture << aedMoney(0) << DenialReason::AmountZero << qint64(75000);
        QTest::newRow("capture negative")
            << open << Action::Capture << aedMoney(-100) << DenialReason::AmountZero << qint64(75000);
        QTest::newRow("capture in SAR")
            << open << Action::Capture << Money::fromMinor(100, *Currency::fromCode(u"SAR"))
            << DenialReason::CurrencyMismatch << qint64(75000);
        QTest::newRow("capture zero in SAR")
            << open << Action::Capture << Money::fromMinor(qint64(0), *Currency::fromCode(u"SAR"))
            << DenialReason::CurrencyMismatch << qint64(75000);
        QTest::newRow("capture without currency")
            << open << Action::Capture << Money() << DenialReason::CurrencyMismatch << qint64(75000);
        QTest::newRow("refund all refundable")
            << reserved << Action::Refund << aedMoney(60000) << DenialReason::None << qint64(60000);
        QTest::newRow("refund into the reserved part") << reserved << Action::Refund << aedMoney(60001)
                                                       << DenialReason::AmountOverMaximum << qint64(60000);
        QTest::newRow("refund zero") << reserved << Action::Refund << aedMoney(0) << DenialReason::AmountZero
                                     << qint64(60000);
        QTest::newRow("refund of a voided one keeps its reason")
            << voided() << Action::Refund << aedMoney(100) << DenialReason::AlreadyVoided << qint64(0);
        QTest::newRow("capture of a purchase keeps its reason")
            << purchase() << Action::Capture << aedMoney(100) << DenialReason::PurchaseNothingToCapture
            << qint64(0);
        Transaction unresolved = open;
        unresolved.unresolved = true;
        QTest::newRow("unresolved wins over a bad amount")
            << unresolved << Action::Capture << aedMoney(0) << DenialReason::Unresolved << qint64(0);
        QTest::newRow("void ignores the amount")
            << authorization() << Action::Void << aedMoney(0) << DenialReason::None << qint64(125000);
        QTest::newRow("check status ignores the amount")
            << authorization() << Action::CheckStatus << Money() << DenialReason::None << qint64(0);
    }
    void checkAmount()
    {
        QFETCH(Transaction, tx);
        QFETCH(Action, action);
        QFETCH(Money, amount);
        QFETCH(DenialReason, reason);
        QFETCH(qint64, maximum);
        const TransactionRules::Decision decision = m_rules.checkAmount(action, tx, amount, kBeforeDeadline);
        QCOMPARE(decision.reason, reason);
        QCOMPARE(decision.allowed, reason == DenialReason::None);
        QCOMPARE(decision.maximum, aedMoney(maximum));
    }

    void tokens_data()
    {
        QTest::addColumn<DenialReason>("reason");
        QTest::addColumn<QString>("token");
        const std::pair<DenialReason, const char *> expected[] = {
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
        };
        for (const auto &[reason, token] : expected)
            QTest::newRow(token) << reason << QString::fromLatin1(token);
    }
    void tokens()
    {
        QFETCH(DenialReason, reason);
        QFETCH(QString, token);
        QCOMPARE(denialReasonToken(reason), token);
        QCOMPARE(denialReasonFromToken(token), std::optional<DenialReason>(reason));
        QVERIFY(QRegularExpression(QStringLiteral("^[a-z]+(_[a-z]+)*$")).match(token).hasMatch());
    }

    void actionTokens()
    {
        for (const Action action : {Action::Capture, Action::Void, Action::Refund, Action::CheckStatus})
            QCOMPARE(actionFromToken(actionToken(action)), std::optional<Action>(action));
        QCOMPARE(actionToken(Action::CheckStatus), QStringLiteral("check_status"));
        QVERIFY(!actionFromToken(u"Capture").has_value());
        QVERIFY(!denialReasonFromToken(u"").has_value());
        QVERIFY(!denialReasonFromToken(u"Unresolved").has_value());
    }

    void describe_data()
    {
        QTest::addColumn<Transaction>("tx");
        QTest::addColumn<Action>("action");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("text");
        QTest::newRow("nothing left")
            << authorization(125000) << Action::Capture << kBeforeDeadline
            << QStringLiteral("Nothing left to capture: 1250.00 AED of 1250.00 AED captured");
        QTest::newRow("deadline passed") << authorization() << Action::Capture << kAfterDeadline
                                         << QStringLiteral("Capture deadline passed on 2026-11-20 10:00 UTC");
        QTest::newRow("void after capture")
            << authorization(50000) << Action::Void << kBeforeDeadline
            << QStringLiteral("Cannot void after a capture: 500.00 AED already captured; refund instead");
        QTest::newRow("fully refunded")
            << authorization(125000, 125000) << Action::Refund << kBeforeDeadline
            << QStringLiteral("Fully refunded: 1250.00 AED of 1250.00 AED refunded");
        QTest::newRow("reserved") << authorization(125000, 25000, 100000) << Action::Refund << kBeforeDeadline
                                  << QStringLiteral(
                                         "Nothing left to refund: the rest (1000.00 AED) is reserved by "
                                         "refund requests awaiting approval");
        QTest::newRow("already voided")
            << voided() << Action::Void << kBeforeDeadline << QStringLiteral("Already voided");
        QTest::newRow("purchase capture")
            << purchase() << Action::Capture << kBeforeDeadline
            << QStringLiteral("A purchase has nothing to capture: it was captured when "
                              "it was paid");
        QTest::newRow("failed purchase")
            << failed(Origin::Purchase) << Action::Refund << kBeforeDeadline
            << QStringLiteral("The purchase failed: nothing can be captured, voided or refunded");
        QTest::newRow("capture allowed")
            << authorization(50000) << Action::Capture << kBeforeDeadline
            << QStringLiteral("Up to 750.00 AED can be captured until 2026-11-20 10:00 UTC");
        QTest::newRow("refund allowed")
            << authorization(125000, 25000, 40000) << Action::Refund << kBeforeDeadline
            << QStringLiteral("Up to 600.00 AED can be refunded");
    }
    void describe()
    {
        QFETCH(Transaction, tx);
        QFETCH(Action, action);
        QFETCH(QDateTime, now);
        QFETCH(QString, text);
        QCOMPARE(TransactionRules::describe(m_rules.check(action, tx, now), tx), text);
    }

    void describeAmounts()
    {
        const Transaction tx = authorization(50000);
        const auto over = m_rules.checkAmount(Action::Capture, tx, aedMoney(80000), kBeforeDeadline);
        QCOMPARE(TransactionRules::describe(over, tx),
                 QStringLiteral("The amount is more than the maximum of 750.00 AED"));
        const auto mismatch = m_rules.checkAmount(
            Action::Capture, tx, Money::fromMinor(1, *Currency::fromCode(u"KWD")), kBeforeDeadline);
        QCOMPARE(TransactionRules::describe(mismatch, tx),
                 QStringLiteral("The amount must be in AED, the transaction's currency"));
        Transaction unresolved = tx;
        unresolved.unresolved = true;
        QVERIFY(TransactionRules::describe(m_rules.check(Action::Capture, unresolved, kBeforeDeadline),
                                           unresolved)
                    .contains(QStringLiteral("unresolved")));
    }

private:
    TransactionRules m_rules;
};

QTEST_GUILESS_MAIN(tst_TransactionRules)
#include "tst_transactionrules.moc"
