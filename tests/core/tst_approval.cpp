#include "auditedstore.h"
#include "domain/cardnumber.h"
#include "domain/transactionrules.h"
#include "services/approvalservice.h"
#include "services/authservice.h"
#include "services/refundgate.h"
#include "store/refundrequestrepository.h"
#include "store/transactionrepository.h"
#include "store/userrepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The reservation side of maker-checker without the network: requests reserve, thresholds decide, approvals
// are re-validated (never one's own), rejections and expiries release, and only permitted roles decide.
class tst_Approval : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void thresholds_data();
    void thresholds();
    void holdReservesAmount();
    void checkApproval_data();
    void checkApproval();
    void approveReleasesOnce();
    void rejectReleases();
    void rejectNeedsApproverAndReason_data();
    void rejectNeedsApproverAndReason();
    void expireDueReleases();
    void withdrawByRequesterReleases();
    void withdrawOnlyOwnAwaiting_data();
    void withdrawOnlyOwnAwaiting();
    void requestsOfOneTransaction();
    void thresholdNeedsAdmin();
    void cardNumbersRefused_data();
    void cardNumbersRefused();

private:
    Transaction captured(const QString &reference, qint64 amount);
    Transaction reload(qint64 id) const { return *TransactionRepository(*m_db).findById(id); }
    Money aed(qint64 minor) const { return Money::fromMinor(minor, *Currency::fromCode(u"AED")); }

    std::unique_ptr<AuditedStore> m_store;
    const Database *m_db = nullptr;
    const AuditLog *m_log = nullptr;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<RefundGate> m_gate;
    std::unique_ptr<ApprovalService> m_approvals;
    QDateTime m_now;
};

void tst_Approval::init()
{
    m_store = std::make_unique<AuditedStore>();
    QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
    m_db = &m_store->database();
    m_log = &m_store->log();
    m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    m_auth = std::make_unique<AuthService>(*m_db, *m_log, [this] { return m_now; });
    // Nobody signs in here: the users need roles, not real password hashes (tst_auth covers those).
    const UserRepository users(*m_db);
    for (const auto &[name, role] : {std::pair{"ada", Role::Admin}, std::pair{"olga", Role::Operator},
                                     std::pair{"amir", Role::Approver}, std::pair{"vic", Role::Viewer}}) {
        User user;
        user.name = QString::fromLatin1(name);
        user.role = role;
        QVERIFY(users.insert(user, QStringLiteral("unused")).ok());
    }
    m_gate = std::make_unique<RefundGate>(*m_db, m_log, QStringLiteral("default"));
    ApprovalService::Dependencies deps;
    deps.database = m_db;
    deps.audit = m_log;
    deps.authorizer = m_auth.get();
    deps.gate = m_gate.get();
    deps.clock = [this] {
        return m_now;
    };
    m_approvals = std::make_unique<ApprovalService>(deps);
}

void tst_Approval::cleanup()
{
    m_approvals.reset();
    m_gate.reset();
    m_auth.reset();
    m_log = nullptr;
    m_db = nullptr;
    m_store.reset();
}

Transaction tst_Approval::captured(const QString &reference, qint64 amount)
{
    Transaction tx;
    tx.merchantIdentifier = QStringLiteral("MERCH1");
    tx.merchantReference = reference;
    tx.fortId = QStringLiteral("1700000001");
    tx.origin = Origin::Purchase;
    tx.currency = *Currency::fromCode(u"AED");
    tx.authorized = amount;
    tx.captured = amount;
    tx.authorizedAt = m_now.addDays(-1);
    tx.cardMasked = QStringLiteral("411111******1111");
    const StoreStatus inserted = TransactionRepository(*m_db).insert(tx);
    if (!inserted.ok())
        qWarning("%s", qPrintable(inserted.message));
    return tx;
}

void tst_Approval::thresholds_data()
{
    QTest::addColumn<qint64>("threshold"); // -1: none set
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<bool>("needsApproval");
    QTest::newRow("no threshold: every refund") << qint64(-1) << qint64(1) << true;
    QTest::newRow("below") << qint64(10000) << qint64(9999) << false;
    QTest::newRow("at") << qint64(10000) << qint64(10000) << true;
    QTest::newRow("above") << qint64(10000) << qint64(10001) << true;
    QTest::newRow("zero threshold") << qint64(0) << qint64(1) << true;
}

void tst_Approval::thresholds()
{
    QFETCH(qint64, threshold);
    QFETCH(qint64, amount);
    QFETCH(bool, needsApproval);
    const std::optional<qint64> value = threshold < 0 ? std::nullopt : std::optional<qint64>(threshold);
    QVERIFY(m_approvals->setThreshold(QStringLiteral("ada"), QStringLiteral("AED"), value).ok());
    QCOMPARE(*m_approvals->threshold(QStringLiteral("AED")), value);
    const Transaction tx = captured(QStringLiteral("ORD-T"), 100000);
    QCOMPARE(*m_gate->needsApproval(tx, aed(amount), m_now), needsApproval);
    // Thresholds are per currency: KWD has none.
    QCOMPARE(*m_gate->needsApproval(tx, Money::fromMinor(1, *Currency::fromCode(u"KWD")), m_now), true);
}

void tst_Approval::holdReservesAmount()
{
    Transaction tx = captured(QStringLiteral("ORD-1"), 10000);
    const TransactionRules rules;
    const auto held = m_gate->hold(tx, aed(4000), QStringLiteral("damaged"), QStringLiteral("olga"), m_now);
    QVERIFY(held.ok());
    QCOMPARE(held->status, RefundRequestStatus::Awaiting);
    QCOMPARE(held->expiresAt, m_now.addSecs(48 * 3600));
    const Transaction after = reload(tx.id);
    QCOMPARE(after.refundReserved, qint64(4000));
    QCOMPARE(rules.refundable(after).minorUnits(), qint64(6000));
    // The rules now refuse more than the unreserved rest.
    QVERIFY(!rules.checkAmount(TransactionRules::Action::Refund, after, aed(6001), m_now).allowed);
    QVERIFY(rules.checkAmount(TransactionRules::Action::Refund, after, aed(6000), m_now).allowed);
    const RefundRequest stored = *m_gate->requests().find(held->id);
    QCOMPARE(stored.merchantReference, QStringLiteral("ORD-1"));
    QCOMPARE(stored.reason, QStringLiteral("damaged"));
    QCOMPARE(stored.requestedBy, QStringLiteral("olga"));
    QCOMPARE(m_store->auditCount(QStringLiteral("refund_request")), 1);
}

void tst_Approval::checkApproval_data()
{
    QTest::addColumn<QString>("approver");
    QTest::addColumn<qint64>("ageSeconds");
    QTest::addColumn<bool>("otherTransaction");
    QTest::addColumn<ApprovalRefusal>("refusal");
    QTest::newRow("another person") << QStringLiteral("amir") << qint64(0) << false << ApprovalRefusal::None;
    QTest::newRow("own request") << QStringLiteral("olga") << qint64(0) << false
                                 << ApprovalRefusal::SelfApproval;
    QTest::newRow("expired") << QStringLiteral("amir") << qint64(48 * 3600) << false
                             << ApprovalRefusal::Expired;
    QTest::newRow("other order") << QStringLiteral("amir") << qint64(0) << true
                                 << ApprovalRefusal::WrongTransaction;
}

void tst_Approval::checkApproval()
{
    QFETCH(QString, approver);
    QFETCH(qint64, ageSeconds);
    QFETCH(bool, otherTransaction);
    QFETCH(ApprovalRefusal, refusal);
    Transaction tx = captured(QStringLiteral("ORD-1"), 10000);
    const Transaction other = captured(QStringLiteral("ORD-2"), 10000);
    const auto held = m_gate->hold(tx, aed(4000), QStringLiteral("damaged"), QStringLiteral("olga"), m_now);
    QVERIFY(held.ok());
    const ApprovalCheck check = m_gate->checkApproval(
        held->id, approver, otherTransaction ? other : reload(tx.id), m_now.addSecs(ageSeconds));
    QCOMPARE(check.refusal, refusal);
    QCOMPARE(m_gate->checkApproval(held->id + 100, approver, tx, m_now).refusal, ApprovalRefusal::NotFound);
}

void tst_Approval::approveReleasesOnce()
{
    Transaction tx = captured(QStringLiteral("ORD-1"), 10000);
    const auto held = m_gate->hold(tx, aed(4000), QStringLiteral("damaged"), QStringLiteral("olga"), m_now);
    QVERIFY(held.ok());
    Transaction fresh = reload(tx.id);
    QVERIFY(m_db->withWriteTransaction(
                    [&] { return m_gate->approve(*held, QStringLiteral("amir"), fresh, m_now); })
                .ok());
    QCOMPARE(reload(tx.id).refundReserved, qint64(0));
    QCOMPARE(m_gate->requests().find(held->id)->status, RefundRequestStatus::Approved);
    QCOMPARE(m_gate->requests().find(held->id)->decidedBy, QStringLiteral("amir"));
    // A second desk that read the request before: compare-and-set refuses, nothing is released twice.
    Transaction again = reload(tx.id);
    const StoreStatus second = m_db->withWriteTransaction(
        [&] { return m_gate->approve(*held, QStringLiteral("amir"), again, m_now); });
    QCOMPARE(second.error, StoreError::Conflict);
    QCOMPARE(reload(tx.id).refundReserved, qint64(0));
    QCOMPARE(m_gate->checkApproval(held->id, QStringLiteral("amir"), reload(tx.id), m_now).refusal,
             ApprovalRefusal::NotAwaiting);
}

void tst_Approval::rejectReleases()
{
    Transaction tx = captured(QStringLiteral("ORD-1"), 10000);
    const auto first = m_gate->hold(tx, aed(4000), QStringLiteral("damaged"), QStringLiteral("olga"), m_now);
    const auto second = m_gate->hold(tx, aed(1000), QStringLiteral("late"), QStringLiteral("olga"), m_now);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(reload(tx.id).refundReserved, qint64(5000));
    QSignalSpy changed(m_approvals.get(), &ApprovalService::requestsChanged);
    QVERIFY(m_approvals->reject(first->id, QStringLiteral("amir"), QStringLiteral("not damaged")).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reload(tx.id).refundReserved, qint64(1000));
    const RefundRequest rejected = *m_gate->requests().find(first->id);
    QCOMPARE(rejected.status, RefundRequestStatus::Rejected);
    QCOMPARE(rejected.decisionReason, QStringLiteral("not damaged"));
    QCOMPARE(m_approvals->reject(first->id, QStringLiteral("amir"), QStringLiteral("again")).error,
             ApprovalError::Closed);
    QCOMPARE(reload(tx.id).refundReserved, qint64(1000));
    QCOMPARE(m_approvals->requests(QStringLiteral("vic"), RefundRequestStatus::Awaiting)->size(), 1);
    QVERIFY(m_log->verify().ok());
}

void tst_Approval::withdrawByRequesterReleases()
{
    Transaction tx = captured(QStringLiteral("ORD-1"), 10000);
    const auto first = m_gate->hold(tx, aed(4000), QStringLiteral("damaged"), QStringLiteral("olga"), m_now);
    const auto second = m_gate->hold(tx, aed(1000), QStringLiteral("late"), QStringLiteral("olga"), m_now);
    QVERIFY(first.ok() && second.ok());
    QSignalSpy changed(m_approvals.get(), &ApprovalService::requestsChanged);
    const ApprovalStatus withdrawn = m_approvals->withdraw(first->id, QStringLiteral("olga"));
    QVERIFY2(withdrawn.ok(), qPrintable(withdrawn.message));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reload(tx.id).refundReserved, qint64(1000));
    const RefundRequest closed = *m_gate->requests().find(first->id);
    QCOMPARE(closed.status, RefundRequestStatus::Rejected);
    QVERIFY(closed.isWithdrawn());
    QCOMPARE(closed.decidedBy, QStringLiteral("olga"));
    QCOMPARE(closed.decisionReason, QStringLiteral("withdrawn"));
    QCOMPARE(m_store->auditCount(QStringLiteral("refund_withdraw"), QStringLiteral("withdrawn")), 1);
    QCOMPARE(m_store->auditCount(QStringLiteral("refund_reject"), QStringLiteral("rejected")), 0);
    // Once withdrawn it stays closed: a second withdrawal is refused and releases nothing more.
    QCOMPARE(m_approvals->withdraw(first->id, QStringLiteral("olga")).error, ApprovalError::Closed);
    QCOMPARE(reload(tx.id).refundReserved, qint64(1000));
    QCOMPARE(m_store->auditCount(QStringLiteral("refund_withdraw"), QStringLiteral("refused")), 1);
    // A request rejected by an approver is not a withdrawal.
    QVERIFY(m_approvals->reject(second->id, QStringLiteral("amir"), QStringLiteral("no")).ok());
    QVERIFY(!m_gate->requests().find(second->id)->isWithdrawn());
    QVERIFY(m_log->verify().ok());
}

void tst_Approval::withdrawOnlyOwnAwaiting_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<ApprovalError>("error");
    QTest::newRow("requester") << QStringLiteral("olga") << ApprovalError::None;
    QTest::newRow("approver") << QStringLiteral("amir") << ApprovalError::PermissionDenied;
    QTest::newRow("admin") << QStringLiteral("ada") << ApprovalError::PermissionDenied;
    QTest::newRow("viewer") << QStringLiteral("vic") << ApprovalError::PermissionDenied;
}

void tst_Approval::withdrawOnlyOwnAwaiting()
{
    QFETCH(QString, who);
    QFETCH(ApprovalError, error);
    Transaction tx = captured(QStringLiteral("ORD-1"), 10000);
    const auto held = m_gate->hold(tx, aed(4000), QStringLiteral("damaged"), QStringLiteral("olga"), m_now);
    QVERIFY(held.ok());
    QSignalSpy changed(m_approvals.get(), &ApprovalService::requestsChanged);
    QCOMPARE(m_approvals->withdraw(held->id, who).error, error);
    const bool done = error == ApprovalError::None;
    QCOMPARE(changed.count(), done ? 1 : 0);
    QCOMPARE(reload(tx.id).refundReserved, done ? qint64(0) : qint64(4000));
    QCOMPARE(m_gate->requests().find(held->id)->status,
             done ? RefundRequestStatus::Rejected : RefundRequestStatus::Awaiting);
    QCOMPARE(m_store->auditCount(QStringLiteral("refund_withdraw"), QStringLiteral("refused")), done ? 0 : 1);
    QCOMPARE(m_approvals->withdraw(held->id + 100, QStringLiteral("olga")).error, ApprovalError::NotFound);
}

void tst_Approval::rejectNeedsApproverAndReason_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<ApprovalError>("error");
    QTest::newRow("viewer") << QStringLiteral("vic") << QStringLiteral("no")
                            << ApprovalError::PermissionDenied;
    QTest::newRow("operator") << QStringLiteral("olga") << QStringLiteral("no")
                              << ApprovalError::PermissionDenied;
    QTest::newRow("admin") << QStringLiteral("ada") << QStringLiteral("no")
                           << ApprovalError::PermissionDenied;
    QTest::newRow("approver without reason")
        << QStringLiteral("amir") << QStringLiteral(" ") << ApprovalError::Invalid;
    QTest::newRow("approver") << QStringLiteral("amir") << QStringLiteral("no") << ApprovalError::None;
}

void tst_Approval::rejectNeedsApproverAndReason()
{
    QFETCH(QString, who);
    QFETCH(QString, reason);
    QFETCH(ApprovalError, error);
    Transaction tx = captured(QStringLiteral("ORD-1"), 10000);
    const auto held = m_gate->hold(tx, aed(4000), QStringLiteral("damaged"), QStringLiteral("olga"), m_now);
    QVERIFY(held.ok());
    QCOMPARE(m_approvals->reject(held->id, who, reason).error, error);
    QCOMPARE(reload(tx.id).refundReserved, error == ApprovalError::None ? qint64(0) : qint64(4000));
}

void tst_Approval::expireDueReleases()
{
    Transaction tx = captured(QStringLiteral("ORD-1"), 10000);
    QVERIFY(m_gate->hold(tx, aed(4000), QStringLiteral("a"), QStringLiteral("olga"), m_now).ok());
    m_now = m_now.addSecs(3600);
    QVERIFY(m_gate->hold(tx, aed(1000), QStringLiteral("b"), QStringLiteral("olga"), m_now).ok());
    QCOMPARE(*m_approvals->expireDue(), 0);
    m_now = m_now.addSecs(47 * 3600); // the first is 48 h old now, the second 47 h
    QCOMPARE(*m_approvals->expireDue(), 1);
    QCOMPARE(reload(tx.id).refundReserved, qint64(1000));
    QCOMPARE(m_gate->requests().list(RefundRequestStatus::Expired)->size(), 1);
    QCOMPARE(m_store->auditCount(QStringLiteral("refund_expire")), 1);
}

// The detail pane asks for the requests of the selected transaction only, every status, newest first.
void tst_Approval::requestsOfOneTransaction()
{
    Transaction first = captured(QStringLiteral("ORD-1"), 10000);
    Transaction second = captured(QStringLiteral("ORD-2"), 10000);
    const auto a = m_gate->hold(first, aed(1000), QStringLiteral("a"), QStringLiteral("olga"), m_now);
    const auto b = m_gate->hold(second, aed(2000), QStringLiteral("b"), QStringLiteral("olga"), m_now);
    m_now = m_now.addSecs(49 * 3600);
    QCOMPARE(*m_approvals->expireDue(), 2);
    first = reload(first.id); // the expiry released the reservation
    const auto c = m_gate->hold(first, aed(3000), QStringLiteral("c"), QStringLiteral("olga"), m_now);
    QVERIFY(a.ok() && b.ok() && c.ok());

    const auto ofFirst = m_gate->requests().forTransaction(first.id);
    QVERIFY(ofFirst.ok());
    QCOMPARE(ofFirst->size(), 2);
    QCOMPARE(ofFirst->at(0).id, c->id);
    QCOMPARE(ofFirst->at(0).status, RefundRequestStatus::Awaiting);
    QCOMPARE(ofFirst->at(1).id, a->id);
    QCOMPARE(ofFirst->at(1).status, RefundRequestStatus::Expired);
    QCOMPARE(ofFirst->at(1).merchantReference, QStringLiteral("ORD-1"));
    const auto ofSecond = m_gate->requests().forTransaction(second.id);
    QVERIFY(ofSecond.ok());
    QCOMPARE(ofSecond->size(), 1);
    QCOMPARE(ofSecond->first().id, b->id);
    QVERIFY(m_gate->requests().forTransaction(second.id + 100)->isEmpty());
}

void tst_Approval::thresholdNeedsAdmin()
{
    for (const QString &who : {QStringLiteral("vic"), QStringLiteral("olga"), QStringLiteral("amir")}) {
        QCOMPARE(m_approvals->setThreshold(who, QStringLiteral("AED"), 100).error,
                 ApprovalError::PermissionDenied);
    }
    QCOMPARE(*m_approvals->threshold(QStringLiteral("AED")), std::nullopt);
    QCOMPARE(m_approvals->setThreshold(QStringLiteral("ada"), QStringLiteral("XYZ"), 100).error,
             ApprovalError::Invalid);
    QCOMPARE(m_approvals->setThreshold(QStringLiteral("ada"), QStringLiteral("AED"), -1).error,
             ApprovalError::Invalid);
    QVERIFY(m_approvals->setThreshold(QStringLiteral("ada"), QStringLiteral("AED"), 100).ok());
    QCOMPARE(m_store->auditCount(QStringLiteral("approval_threshold")), 4);
}

void tst_Approval::cardNumbersRefused_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("holdsCard");
    QTest::newRow("spaces") << QStringLiteral("customer read out 4111 1111 1111 1111 on the phone") << true;
    QTest::newRow("dashes") << QStringLiteral("card 4111-1111-1111-1111 was charged twice") << true;
    QTest::newRow("Arabic-Indic digits")
        << QStringLiteral("\u0628\u0637\u0627\u0642\u0629 \u0664\u0661\u0661\u0661 \u0661\u0661\u0661\u0661 "
                          "\u0661\u0661\u0661\u0661 \u0661\u0661\u0661\u0661")
        << true;
    QTest::newRow("masked number") << QStringLiteral("card 411111******1111 charged twice") << false;
    QTest::newRow("order number and amount") << QStringLiteral("order 20260301 refunded 1250.00") << false;
}

// A reason typed for a refund request or its rejection is stored and audited: a full card number in it is
// refused (Invalid, paydeskctl exit code 2) with a message that never repeats it, and nothing is kept.
void tst_Approval::cardNumbersRefused()
{
    QFETCH(QString, reason);
    QFETCH(bool, holdsCard);
    Transaction tx = captured(QStringLiteral("ORD-1"), 10000);

    const auto held = m_gate->hold(tx, aed(4000), reason, QStringLiteral("olga"), m_now);
    QCOMPARE(held.ok(), !holdsCard);
    if (holdsCard) {
        QCOMPARE(held.error, StoreError::Invalid);
        QVERIFY2(held.message.contains(QStringLiteral("card number")), qPrintable(held.message));
        QVERIFY2(!containsCardNumber(held.message), qPrintable(held.message));
        QCOMPARE(reload(tx.id).refundReserved, qint64(0));
        QCOMPARE(m_gate->requests().list()->size(), 0);
    }

    tx = reload(tx.id);
    const auto request =
        m_gate->hold(tx, aed(1000), QStringLiteral("damaged"), QStringLiteral("olga"), m_now);
    QVERIFY(request.ok());
    const ApprovalStatus rejected = m_approvals->reject(request->id, QStringLiteral("amir"), reason);
    if (holdsCard) {
        QCOMPARE(rejected.error, ApprovalError::Invalid);
        QVERIFY2(rejected.message.contains(QStringLiteral("card number")), qPrintable(rejected.message));
        QVERIFY2(!containsCardNumber(rejected.message), qPrintable(rejected.message));
        QCOMPARE(m_gate->requests().find(request->id)->status, RefundRequestStatus::Awaiting);
        QCOMPARE(reload(tx.id).refundReserved, qint64(1000 + (held.ok() ? 4000 : 0)));
        QCOMPARE(m_store->auditCount(QStringLiteral("refund_reject"), QStringLiteral("refused")), 1);
        // Straight to the gate, as another caller might: refused there too.
        QCOMPARE(
            m_gate->close(request->id, RefundRequestStatus::Rejected, QStringLiteral("amir"), reason, m_now)
                .error,
            StoreError::Invalid);
        QCOMPARE(m_gate->requests().find(request->id)->status, RefundRequestStatus::Awaiting);
    } else {
        QVERIFY2(rejected.ok(), qPrintable(rejected.message));
        QCOMPARE(m_gate->requests().find(request->id)->decisionReason, reason);
    }

    QSqlQuery stored(m_db->connection());
    QVERIFY(stored.exec(QStringLiteral("SELECT reason, decision_reason FROM refund_requests UNION ALL "
                                       "SELECT merchant_reference, details FROM audit_log")));
    int rows = 0;
    while (stored.next()) {
        ++rows;
        QVERIFY2(!containsCardNumber(stored.value(0).toString()), qPrintable(stored.value(0).toString()));
        QVERIFY2(!containsCardNumber(stored.value(1).toString()), qPrintable(stored.value(1).toString()));
    }
    QVERIFY(rows > 2);
    QVERIFY(m_log->verify().ok());
}

QTEST_GUILESS_MAIN(tst_Approval)
#include "tst_approval.moc"
