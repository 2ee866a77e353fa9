#include "moneyfixture.h"

#include "services/approvalservice.h"
#include "services/authservice.h"
#include "services/refundgate.h"
#include "store/refundrequestrepository.h"
#include "store/userrepository.h"

#include <QSqlQuery>
#include <QStandardPaths>

#include <vector>

// Permissions and maker-checker inside PaymentService, against the real simulator: each role can do exactly
// what the table says, refunds at the threshold wait for another person, approving sends exactly one refund,
// and two desks approving at once never refund more than once.
class tst_ApprovalFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void roleMayAct_data();
    void roleMayAct();
    void refundBelowThresholdGoesStraight();
    void refundAtThresholdAwaitsApproval();
    void splitRefundsAwaitApproval_data();
    void splitRefundsAwaitApproval();
    void approvalSendsTheRefund();
    void ownRequestCannotBeApproved();
    void twoDesksApproveOneRequest();

private:
    std::unique_ptr<PaymentService> makeService(const Database &database, const RefundGate &gate,
                                                const QString &owner);
    PaymentResult run(PaymentJob *job) { return MoneyFixture::wait(job).value_or(PaymentResult()); }
    Money aed(qint64 minor) const { return Money::fromMinor(minor, *Currency::fromCode(u"AED")); }

    std::unique_ptr<MoneyFixture> m_fx;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<RefundGate> m_gate;
    std::unique_ptr<PaymentService> m_service;
    std::unique_ptr<ApprovalService> m_approvals;
    std::unique_ptr<FixedSecretSource> m_secrets;
};

void tst_ApprovalFlow::init()
{
    m_fx = std::make_unique<MoneyFixture>();
    QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
    // Nobody signs in here: users need roles, not real password hashes (tst_auth covers those).
    const UserRepository users(m_fx->database());
    for (const auto &[name, role] :
         {std::pair{"ada", Role::Admin}, std::pair{"olga", Role::Operator}, std::pair{"amir", Role::Approver},
          std::pair{"anna", Role::Approver}, std::pair{"vic", Role::Viewer}}) {
        User user;
        user.name = QString::fromLatin1(name);
        user.role = role;
        QVERIFY(users.insert(user, QStringLiteral("unused")).ok());
    }
    m_secrets = std::make_unique<FixedSecretSource>(MoneyFixture::credentials());
    m_auth = std::make_unique<AuthService>(m_fx->database(), m_fx->audit());
    m_gate = std::make_unique<RefundGate>(m_fx->database(), &m_fx->audit(), QStringLiteral("default"));
    m_service = makeService(m_fx->database(), *m_gate, QStringLiteral("desk-1"));
    ApprovalService::Dependencies deps;
    deps.database = &m_fx->database();
    deps.audit = &m_fx->audit();
    deps.authorizer = m_auth.get();
    deps.payments = m_service.get();
    deps.gate = m_gate.get();
    m_approvals = std::make_unique<ApprovalService>(deps);
}

void tst_ApprovalFlow::cleanup()
{
    m_approvals.reset();
    m_service.reset();
    m_gate.reset();
    m_auth.reset();
    m_fx.reset();
}

std::unique_ptr<PaymentService> tst_ApprovalFlow::makeService(const Database &database,
                                                              const RefundGate &gate, const QString &owner)
{
    PaymentService::Dependencies deps;
    deps.database = &database;
    deps.client = &m_fx->client();
    deps.secrets = m_secrets.get();
    deps.audit = &m_fx->audit();
    deps.owner = owner;
    deps.authorizer = m_auth.get();
    deps.refundGate = &gate;
    return std::make_unique<PaymentService>(std::move(deps));
}

void tst_ApprovalFlow::roleMayAct_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<TransactionRules::Action>("action");
    QTest::addColumn<PaymentStatus>("expected");
    const auto ok = PaymentStatus::Succeeded;
    const auto no = PaymentStatus::Refused;
    const auto wait = PaymentStatus::AwaitingApproval;
    using A = TransactionRules::Action;
    const struct
    {
        const char *user;
        PaymentStatus capture, voidAuth, refund, status;
    } rows[] = {
        {"vic", no, no, no, no}, {"olga", ok, ok, wait, ok}, {"amir", ok, ok, wait, ok},
        {"ada", no, no, no, no}, {"ghost", no, no, no, no},
    };
    for (const auto &row : rows) {
        const QString user = QString::fromLatin1(row.user);
        QTest::addRow("%s capture", row.user) << user << A::Capture << row.capture;
        QTest::addRow("%s void", row.user) << user << A::Void << row.voidAuth;
        QTest::addRow("%s refund", row.user) << user << A::Refund << row.refund;
        QTest::addRow("%s check status", row.user) << user << A::CheckStatus << row.status;
    }
    Q_UNUSED(ok)
    Q_UNUSED(wait)
}

void tst_ApprovalFlow::roleMayAct()
{
    QFETCH(QString, user);
    QFETCH(TransactionRules::Action, action);
    QFETCH(PaymentStatus, expected);
    const bool refund = action == TransactionRules::Action::Refund;
    m_fx->addOrder(QStringLiteral("ORD-1"), 10000, QStringLiteral("AED"),
                   refund ? Origin::Purchase : Origin::Authorization);
    const int before = m_fx->simulator().paymentRequestCount();
    PaymentJob *job = nullptr;
    switch (action) {
    case TransactionRules::Action::Capture:
        job = m_service->capture(QStringLiteral("ORD-1"), aed(1000), user);
        break;
    case TransactionRules::Action::Void:
        job = m_service->voidAuthorization(QStringLiteral("ORD-1"), user);
        break;
    case TransactionRules::Action::Refund:
        job = m_service->refund(QStringLiteral("ORD-1"), aed(1000), QStringLiteral("damaged"), user);
        break;
    case TransactionRules::Action::CheckStatus:
        job = m_service->checkStatus(QStringLiteral("ORD-1"), user);
        break;
    }
    const PaymentResult result = run(job);
    QCOMPARE(result.status, expected);
    if (expected == PaymentStatus::Refused) {
        QCOMPARE(result.problem, PaymentProblem::PermissionDenied);
        // Refused before anything reached APS, and the refusal is in the chain.
        QCOMPARE(m_fx->simulator().paymentRequestCount(), before);
        QSqlQuery query(m_fx->database().connection());
        query.prepare(
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE user_name = ? AND outcome = 'refused' "
                           "AND details LIKE 'permission denied%'"));
        query.addBindValue(user);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }
    QVERIFY(m_fx->audit().verify().ok());
}

void tst_ApprovalFlow::refundBelowThresholdGoesStraight()
{
    QVERIFY(m_approvals->setThreshold(QStringLiteral("ada"), QStringLiteral("AED"), 5000).ok());
    m_fx->addOrder(QStringLiteral("ORD-1"), 10000, QStringLiteral("AED"), Origin::Purchase);
    const PaymentResult result = run(m_service->refund(QStringLiteral("ORD-1"), aed(4999),
                                                       QStringLiteral("small"), QStringLiteral("olga")));
    QCOMPARE(result.status, PaymentStatus::Succeeded);
    QCOMPARE(m_fx->simOrder(QStringLiteral("ORD-1")).refunded, qint64(4999));
    QCOMPARE(m_gate->requests().list()->size(), 0);
}

void tst_ApprovalFlow::refundAtThresholdAwaitsApproval()
{
    QVERIFY(m_approvals->setThreshold(QStringLiteral("ada"), QStringLiteral("AED"), 5000).ok());
    m_fx->addOrder(QStringLiteral("ORD-1"), 10000, QStringLiteral("AED"), Origin::Purchase);
    const PaymentResult result = run(
        m_service->refund(QStringLiteral("ORD-1"), aed(5000), QStringLiteral("big"), QStringLiteral("olga")));
    QCOMPARE(result.status, PaymentStatus::AwaitingApproval);
    QVERIFY(result.refundRequestId > 0);
    QCOMPARE(m_fx->received(QStringLiteral("ORD-1"), QStringLiteral("REFUND")), 0);
    QCOMPARE(m_fx->cached(QStringLiteral("ORD-1")).refundReserved, qint64(5000));
    // The reservation counts: more than the unreserved rest is refused by the rules.
    const PaymentResult over = run(m_service->refund(QStringLiteral("ORD-1"), aed(5001),
                                                     QStringLiteral("more"), QStringLiteral("olga")));
    QCOMPARE(over.status, PaymentStatus::Refused);
    QCOMPARE(over.problem, PaymentProblem::Rule);
}

void tst_ApprovalFlow::splitRefundsAwaitApproval_data()
{
    QTest::addColumn<QString>("second"); // who asks for the second part
    QTest::newRow("the same operator") << QStringLiteral("olga");
    QTest::newRow("another person") << QStringLiteral("amir");
}

void tst_ApprovalFlow::splitRefundsAwaitApproval()
{
    // Ten parts of 49.99 under a 50.00 threshold: the parts of one order count together.
    QFETCH(QString, second);
    QVERIFY(m_approvals->setThreshold(QStringLiteral("ada"), QStringLiteral("AED"), 5000).ok());
    m_fx->addOrder(QStringLiteral("ORD-S"), 100000, QStringLiteral("AED"), Origin::Purchase);
    const PaymentResult first = run(m_service->refund(QStringLiteral("ORD-S"), aed(4999),
                                                      QStringLiteral("part"), QStringLiteral("olga")));
    QCOMPARE(first.status, PaymentStatus::Succeeded);
    for (int part = 2; part <= 10; ++part) {
        const PaymentResult next =
            run(m_service->refund(QStringLiteral("ORD-S"), aed(4999), QStringLiteral("part"), second));
        QCOMPARE(next.status, PaymentStatus::AwaitingApproval);
        QVERIFY2(next.detail.contains(QStringLiteral("counted together")), qPrintable(next.detail));
    }
    QCOMPARE(m_fx->simOrder(QStringLiteral("ORD-S")).refunded, qint64(4999));
    QCOMPARE(m_gate->requests().list()->size(), 9);
    // Another order is counted on its own.
    m_fx->addOrder(QStringLiteral("ORD-T"), 100000, QStringLiteral("AED"), Origin::Purchase);
    QCOMPARE(run(m_service->refund(QStringLiteral("ORD-T"), aed(4999), QStringLiteral("part"),
                                   QStringLiteral("olga")))
                 .status,
             PaymentStatus::Succeeded);
}

void tst_ApprovalFlow::approvalSendsTheRefund()
{
    m_fx->addOrder(QStringLiteral("ORD-1"), 10000, QStringLiteral("AED"), Origin::Purchase);
    const PaymentResult requested = run(m_service->refund(QStringLiteral("ORD-1"), aed(6000),
                                                          QStringLiteral("return"), QStringLiteral("olga")));
    QCOMPARE(requested.status, PaymentStatus::AwaitingApproval);
    // A role without ApproveRefund is refused in the core.
    QCOMPARE(run(m_approvals->approve(requested.refundRequestId, QStringLiteral("olga"))).problem,
             PaymentProblem::PermissionDenied);
    const PaymentResult approved =
        run(m_approvals->approve(requested.refundRequestId, QStringLiteral("amir")));
    QCOMPARE(approved.status, PaymentStatus::Succeeded);
    QCOMPARE(m_fx->applied(QStringLiteral("ORD-1"), QStringLiteral("REFUND")), 1);
    const Transaction tx = m_fx->cached(QStringLiteral("ORD-1"));
    QCOMPARE(tx.refunded, qint64(6000));
    QCOMPARE(tx.refundReserved, qint64(0));
    const RefundRequest request = *m_gate->requests().find(requested.refundRequestId);
    QCOMPARE(request.status, RefundRequestStatus::Approved);
    QCOMPARE(request.decidedBy, QStringLiteral("amir"));
    QCOMPARE(request.operationId, approved.operationId);
    const QList<Operation> ops = m_fx->operations(QStringLiteral("ORD-1"));
    QCOMPARE(ops.size(), 1);
    QCOMPARE(ops.first().refundRequestId, requested.refundRequestId);
    QCOMPARE(ops.first().userName, QStringLiteral("amir"));
    // Approving again is refused and sends nothing.
    const PaymentResult again = run(m_approvals->approve(requested.refundRequestId, QStringLiteral("anna")));
    QCOMPARE(again.problem, PaymentProblem::RequestClosed);
    QCOMPARE(m_fx->received(QStringLiteral("ORD-1"), QStringLiteral("REFUND")), 1);
    QVERIFY(m_fx->audit().verify().ok());
}

void tst_ApprovalFlow::ownRequestCannotBeApproved()
{
    m_fx->addOrder(QStringLiteral("ORD-1"), 10000, QStringLiteral("AED"), Origin::Purchase);
    const PaymentResult requested = run(m_service->refund(QStringLiteral("ORD-1"), aed(3000),
                                                          QStringLiteral("mine"), QStringLiteral("amir")));
    QCOMPARE(requested.status, PaymentStatus::AwaitingApproval);
    const PaymentResult own = run(m_approvals->approve(requested.refundRequestId, QStringLiteral("amir")));
    QCOMPARE(own.status, PaymentStatus::Refused);
    QCOMPARE(own.problem, PaymentProblem::PermissionDenied);
    QCOMPARE(m_fx->received(QStringLiteral("ORD-1"), QStringLiteral("REFUND")), 0);
    QCOMPARE(m_fx->cached(QStringLiteral("ORD-1")).refundReserved, qint64(3000));
    QCOMPARE(m_gate->requests().find(requested.refundRequestId)->status, RefundRequestStatus::Awaiting);
    QCOMPARE(run(m_approvals->approve(requested.refundRequestId, QStringLiteral("anna"))).status,
             PaymentStatus::Succeeded);
}

void tst_ApprovalFlow::twoDesksApproveOneRequest()
{
    m_fx->addOrder(QStringLiteral("ORD-1"), 10000, QStringLiteral("AED"), Origin::Purchase);
    const PaymentResult first = run(
        m_service->refund(QStringLiteral("ORD-1"), aed(7000), QStringLiteral("a"), QStringLiteral("olga")));
    const PaymentResult second = run(
        m_service->refund(QStringLiteral("ORD-1"), aed(3000), QStringLiteral("b"), QStringLiteral("olga")));
    QCOMPARE(first.status, PaymentStatus::AwaitingApproval);
    QCOMPARE(second.status, PaymentStatus::AwaitingApproval);
    // A second desk: its own Database object on the same file, its own gate and service.
    auto otherDb = Database::open(m_fx->databasePath());
    QVERIFY(otherDb.ok());
    RefundGate otherGate(**otherDb, &m_fx->audit(), QStringLiteral("default"));
    auto otherDesk = makeService(**otherDb, otherGate, QStringLiteral("desk-2"));

    // Both desks approve the same request, and the other request, at the same time.
    QList<PaymentJob *> jobs{m_service->refundApproved(first.refundRequestId, QStringLiteral("amir")),
                             otherDesk->refundApproved(first.refundRequestId, QStringLiteral("anna")),
                             otherDesk->refundApproved(second.refundRequestId, QStringLiteral("anna"))};
    std::vector<std::unique_ptr<QSignalSpy>> spies;
    for (PaymentJob *job : jobs)
        spies.push_back(std::make_unique<QSignalSpy>(job, &PaymentJob::finished));
    int unknown = 0;
    for (auto &spy : spies) {
        QTRY_COMPARE_WITH_TIMEOUT(spy->count(), 1, 15000);
        const auto result = spy->at(0).at(0).value<PaymentResult>();
        unknown += result.status == PaymentStatus::Unknown ? 1 : 0;
    }

    const SimulatorOrder &order = m_fx->simOrder(QStringLiteral("ORD-1"));
    QVERIFY(order.refunded <= 10000);
    // The first request was refunded once at most, whoever won.
    int firstRefunds = 0;
    for (const SimulatorOperation &op : order.operations)
        firstRefunds += op.command == QLatin1String("REFUND") && op.applied && op.amount == 7000 ? 1 : 0;
    QVERIFY(firstRefunds <= 1);
    if (unknown > 0) {
        // One thread plays both desks and the simulator, so an answer may come too late: the journal keeps it
        // for the reconciler, which settles it from APS's totals.
        m_fx->advanceClock(120);
        m_fx->reconcile();
    }
    const Transaction tx = m_fx->cached(QStringLiteral("ORD-1"));
    QVERIFY(tx.refunded + tx.refundReserved <= tx.captured);
    QCOMPARE(tx.refunded, order.refunded);
    otherDesk.reset();
    otherDb.value.reset();
}

QTEST_GUILESS_MAIN(tst_ApprovalFlow)
#include "tst_approvalflow.moc"
