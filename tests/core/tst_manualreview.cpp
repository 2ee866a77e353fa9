#include "auditedstore.h"
#include "domain/cardnumber.h"
#include "services/authservice.h"
#include "services/manualreviewservice.h"
#include "store/operationjournal.h"
#include "store/resolutionproposalrepository.h"
#include "store/transactionrepository.h"
#include "store/userrepository.h"
#include "teststore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <atomic>

// Four-eyes resolution of operations in manual_review without the network: a proposal with evidence, a
// confirmation by another person that settles the operation exactly as the reconciler would, refusals for
// one's own proposal and for roles without the permission, rejection, and concurrent confirmations that
// settle once.
class tst_ManualReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void proposeThenConfirm_data();
    void proposeThenConfirm();
    void ownConfirmationRefused();
    void rolesOfTheTable_data();
    void rolesOfTheTable();
    void oneOpenProposalAndReject();
    void onlyManualReviewOperations();
    void contradictedByAps_data();
    void contradictedByAps();
    void concurrentConfirmationsSettleOnce();
    void pendingListsOpenProposals();
    void cardNumbersRefused_data();
    void cardNumbersRefused();

private:
    // A transaction whose `kind` operation of `amount` (minor units, AED) ended in manual_review. Returns
    // the operation's id.
    qint64 stuckOperation(const QString &reference, OperationKind kind, qint64 amount);
    Transaction row(const QString &reference) const
    {
        return *TransactionRepository(*m_db).findByReference(QStringLiteral("MERCH1"), reference);
    }
    Operation operation(qint64 id) const { return *OperationJournal(*m_db).find(id); }
    // A status answer showing the order as the open proposal says (the baseline when there is none), or, with
    // `showApplied`, as if the operation was applied.
    PaymentService::StatusAnswer apsShowing(qint64 id, bool showApplied) const;
    PaymentService::StatusAnswer apsAgreeing(qint64 id) const;
    std::unique_ptr<ManualReviewService> makeService(const Database &database, const AuditLog &audit,
                                                     const Authorizer *authorizer);

    std::unique_ptr<AuditedStore> m_store;
    const Database *m_db = nullptr;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<ManualReviewService> m_reviews;
    QDateTime m_now;
};

void tst_ManualReview::init()
{
    m_store = std::make_unique<AuditedStore>();
    QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
    m_db = &m_store->database();
    m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    m_auth = std::make_unique<AuthService>(*m_db, m_store->log(), [this] { return m_now; });
    const UserRepository users(*m_db);
    for (const auto &[name, role] : {std::pair{"ada", Role::Admin}, std::pair{"olga", Role::Operator},
                                     std::pair{"amir", Role::Approver}, std::pair{"bea", Role::Approver},
                                     std::pair{"carl", Role::Approver}, std::pair{"vic", Role::Viewer}}) {
        User user;
        user.name = QString::fromLatin1(name);
        user.role = role;
        QVERIFY(users.insert(user, QStringLiteral("unused")).ok());
    }
    m_reviews = makeService(*m_db, m_store->log(), m_auth.get());
}

void tst_ManualReview::cleanup()
{
    m_reviews.reset();
    m_auth.reset();
    m_store.reset();
}

std::unique_ptr<ManualReviewService>
tst_ManualReview::makeService(const Database &database, const AuditLog &audit, const Authorizer *authorizer)
{
    ManualReviewService::Dependencies deps;
    deps.database = &database;
    deps.audit = &audit;
    deps.authorizer = authorizer;
    deps.clock = [this] {
        return m_now;
    };
    return std::make_unique<ManualReviewService>(deps);
}

qint64 tst_ManualReview::stuckOperation(const QString &reference, OperationKind kind, qint64 amount)
{
    const bool refund = kind == OperationKind::Refund;
    Transaction tx;
    tx.merchantIdentifier = QStringLiteral("MERCH1");
    tx.merchantReference = reference;
    tx.fortId = QStringLiteral("1700000001");
    tx.origin = refund ? Origin::Purchase : Origin::Authorization;
    tx.currency = *Currency::fromCode(u"AED");
    tx.authorized = 10000;
    tx.captured = refund ? 10000 : 0;
    tx.authorizedAt = m_now.addSecs(-3600);
    tx.cardMasked = QStringLiteral("411111******1111");
    const TransactionRepository transactions(*m_db);
    if (const StoreStatus s = transactions.insert(tx); !s.ok())
        qFatal("%s", qPrintable(s.message));
    Operation op;
    op.transactionId = tx.id;
    op.merchantReference = reference;
    op.kind = kind;
    op.amount = amount;
    op.currency = tx.currency;
    op.userName = QStringLiteral("olga");
    op.owner = QStringLiteral("desk-1");
    if (refund)
        op.maintenanceReference = reference + QStringLiteral("-R1");
    op.baseline = {tx.authorized, tx.captured, tx.refunded};
    op.createdAt = m_now.addSecs(-600);
    op.sentAt = op.createdAt;
    op.leaseUntil = op.createdAt.addSecs(120);
    const OperationJournal journal(*m_db);
    const StoreStatus stuck = m_db->withWriteTransaction([&]() -> StoreStatus {
        if (const StoreStatus s = journal.begin(op); !s.ok())
            return s;
        if (const StoreStatus s = transactions.setUnresolved(tx.id, true); !s.ok())
            return s;
        return journal.settle(op.id, OperationOutcome::Pending, OperationOutcome::ManualReview, QString(),
                              QString(), m_now.addSecs(-60), QStringLiteral("still unclear after 8 checks"),
                              QStringLiteral("reconciler"));
    });
    if (!stuck.ok())
        qFatal("%s", qPrintable(stuck.message));
    return op.id;
}

void tst_ManualReview::proposeThenConfirm_data()
{
    QTest::addColumn<OperationKind>("kind");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<ProposedResolution>("resolution");
    QTest::addColumn<OperationOutcome>("outcome");
    QTest::addColumn<qint64>("captured");
    QTest::addColumn<qint64>("refunded");
    QTest::addColumn<bool>("voided");
    QTest::newRow("capture applied") << OperationKind::Capture << qint64(4000) << ProposedResolution::Applied
                                     << OperationOutcome::Succeeded << qint64(4000) << qint64(0) << false;
    QTest::newRow("capture not applied")
        << OperationKind::Capture << qint64(4000) << ProposedResolution::NotApplied
        << OperationOutcome::Declined << qint64(0) << qint64(0) << false;
    QTest::newRow("refund applied") << OperationKind::Refund << qint64(2500) << ProposedResolution::Applied
                                    << OperationOutcome::Succeeded << qint64(10000) << qint64(2500) << false;
    QTest::newRow("refund not applied")
        << OperationKind::Refund << qint64(2500) << ProposedResolution::NotApplied
        << OperationOutcome::Declined << qint64(10000) << qint64(0) << false;
    QTest::newRow("void applied") << OperationKind::Void << qint64(0) << ProposedResolution::Applied
                                  << OperationOutcome::Succeeded << qint64(0) << qint64(0) << true;
}

PaymentService::StatusAnswer tst_ManualReview::apsShowing(qint64 id, bool showApplied) const
{
    const Operation op = operation(id);
    ApsStatusReport report;
    report.totals = showApplied ? op.expectedTotals() : op.baseline;
    const bool voided = showApplied && op.kind == OperationKind::Void;
    report.transactionStatus = voided ? QStringLiteral("08") : QStringLiteral("02");
    report.transactionCode = voided ? QStringLiteral("08000") : QStringLiteral("02000");
    PaymentService::StatusAnswer answer;
    answer.ok = true;
    answer.report = report;
    return answer;
}

PaymentService::StatusAnswer tst_ManualReview::apsAgreeing(qint64 id) const
{
    const auto open = ResolutionProposalRepository(*m_db).openFor(id);
    return apsShowing(id,
                      open.ok() && open->has_value() && (*open)->resolution == ProposedResolution::Applied);
}

void tst_ManualReview::proposeThenConfirm()
{
    QFETCH(OperationKind, kind);
    QFETCH(qint64, amount);
    QFETCH(ProposedResolution, resolution);
    const qint64 id = stuckOperation(QStringLiteral("ORD-1"), kind, amount);
    QVERIFY(row(QStringLiteral("ORD-1")).unresolved);

    QSignalSpy changed(m_reviews.get(), &ManualReviewService::reviewsChanged);
    QSignalSpy settled(m_reviews.get(), &ManualReviewService::transactionSettled);
    const ReviewStatus proposed = m_reviews->propose(id, QStringLiteral("olga"), resolution,
                                                     QStringLiteral("APS back office shows it"));
    QVERIFY2(proposed.ok(), qPrintable(proposed.message));
    // A proposal alone moves nothing.
    QCOMPARE(operation(id).outcome, OperationOutcome::ManualReview);
    QVERIFY(row(QStringLiteral("ORD-1")).unresolved);

    const ReviewStatus confirmed = m_reviews->confirm(id, QStringLiteral("amir"), apsAgreeing(id));
    QVERIFY2(confirmed.ok(), qPrintable(confirmed.message));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(settled.count(), 1);

    const Operation op = operation(id);
    QTEST(op.outcome, "outcome");
    QCOMPARE(op.resolvedBy, QStringLiteral("amir"));
    QVERIFY(op.resolution.contains(QStringLiteral("proposed by olga")));
    QVERIFY(op.resolution.contains(QStringLiteral("APS back office shows it")));
    const Transaction tx = row(QStringLiteral("ORD-1"));
    QTEST(tx.captured, "captured");
    QTEST(tx.refunded, "refunded");
    QTEST(tx.voided, "voided");
    QCOMPARE(tx.authorized, qint64(10000));
    QVERIFY(!tx.unresolved);

    const auto history = ResolutionProposalRepository(*m_db).history(id);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().status, ProposalStatus::Confirmed);
    QCOMPARE(history->first().decidedBy, QStringLiteral("amir"));
    QCOMPARE(m_store->auditCount(QStringLiteral("review_propose"), QStringLiteral("done")), 1);
    QCOMPARE(m_store->auditCount(QStringLiteral("review_confirm"), QStringLiteral("done")), 1);
    QVERIFY(m_store->log().verify().ok());
}

void tst_ManualReview::ownConfirmationRefused()
{
    const qint64 id = stuckOperation(QStringLiteral("ORD-2"), OperationKind::Capture, 4000);
    QVERIFY(
        m_reviews->propose(id, QStringLiteral("amir"), ProposedResolution::Applied, QStringLiteral("seen"))
            .ok());
    const ReviewStatus own = m_reviews->confirm(id, QStringLiteral("amir"), apsAgreeing(id));
    QCOMPARE(own.error, ReviewError::PermissionDenied);
    QCOMPARE(operation(id).outcome, OperationOutcome::ManualReview);
    QCOMPARE(row(QStringLiteral("ORD-2")).captured, qint64(0));
    QCOMPARE(ResolutionProposalRepository(*m_db).openFor(id)->has_value(), true);
    QCOMPARE(m_store->auditCount(QStringLiteral("review_confirm"), QStringLiteral("refused")), 1);

    // Also without users (the bootstrap rule): the names still differ or it is refused.
    auto anonymous = makeService(*m_db, m_store->log(), nullptr);
    QCOMPARE(anonymous->confirm(id, QStringLiteral("amir"), apsAgreeing(id)).error,
             ReviewError::PermissionDenied);

    QVERIFY(m_reviews->confirm(id, QStringLiteral("bea"), apsAgreeing(id)).ok());
    QCOMPARE(row(QStringLiteral("ORD-2")).captured, qint64(4000));
}

void tst_ManualReview::rolesOfTheTable_data()
{
    QTest::addColumn<QString>("proposer");
    QTest::addColumn<QString>("confirmer");
    QTest::addColumn<ReviewError>("proposeError");
    QTest::addColumn<ReviewError>("confirmError");
    QTest::newRow("operator proposes, approver confirms")
        << QStringLiteral("olga") << QStringLiteral("amir") << ReviewError::None << ReviewError::None;
    QTest::newRow("approver proposes, approver confirms")
        << QStringLiteral("amir") << QStringLiteral("bea") << ReviewError::None << ReviewError::None;
    QTest::newRow("viewer may not propose")
        << QStringLiteral("vic") << QString() << ReviewError::PermissionDenied << ReviewError::None;
    QTest::newRow("admin may not propose")
        << QStringLiteral("ada") << QString() << ReviewError::PermissionDenied << ReviewError::None;
    QTest::newRow("operator may not confirm") << QStringLiteral("amir") << QStringLiteral("olga")
                                              << ReviewError::None << ReviewError::PermissionDenied;
    QTest::newRow("admin may not confirm") << QStringLiteral("olga") << QStringLiteral("ada")
                                           << ReviewError::None << ReviewError::PermissionDenied;
    QTest::newRow("viewer may not confirm") << QStringLiteral("olga") << QStringLiteral("vic")
                                            << ReviewError::None << ReviewError::PermissionDenied;
}

void tst_ManualReview::rolesOfTheTable()
{
    QFETCH(QString, proposer);
    QFETCH(QString, confirmer);
    QFETCH(ReviewError, proposeError);
    QFETCH(ReviewError, confirmError);
    const qint64 id = stuckOperation(QStringLiteral("ORD-3"), OperationKind::Capture, 4000);
    QCOMPARE(m_reviews->propose(id, proposer, ProposedResolution::Applied, QStringLiteral("statement")).error,
             proposeError);
    if (proposeError != ReviewError::None) {
        QCOMPARE(ResolutionProposalRepository(*m_db).openFor(id)->has_value(), false);
        QCOMPARE(m_store->auditCount(QStringLiteral("review_propose"), QStringLiteral("refused")), 1);
        return;
    }
    QCOMPARE(m_reviews->confirm(id, confirmer, apsAgreeing(id)).error, confirmError);
    const bool settled = confirmError == ReviewError::None;
    QCOMPARE(operation(id).outcome, settled ? OperationOutcome::Succeeded : OperationOutcome::ManualReview);
    QCOMPARE(row(QStringLiteral("ORD-3")).captured, settled ? qint64(4000) : qint64(0));
}

void tst_ManualReview::oneOpenProposalAndReject()
{
    const qint64 id = stuckOperation(QStringLiteral("ORD-4"), OperationKind::Capture, 4000);
    QVERIFY(m_reviews->propose(id, QStringLiteral("olga"), ProposedResolution::Applied, QStringLiteral("a"))
                .ok());
    QCOMPARE(
        m_reviews->propose(id, QStringLiteral("amir"), ProposedResolution::NotApplied, QStringLiteral("b"))
            .error,
        ReviewError::Closed);
    QCOMPARE(m_reviews->reject(id, QStringLiteral("amir"), QStringLiteral("  ")).error, ReviewError::Invalid);
    // An approver sets aside someone else's proposal; an operator may not.
    QVERIFY(
        m_reviews->reject(id, QStringLiteral("amir"), QStringLiteral("the statement shows no capture")).ok());
    QCOMPARE(operation(id).outcome, OperationOutcome::ManualReview);
    QVERIFY(row(QStringLiteral("ORD-4")).unresolved);
    QCOMPARE(m_reviews->confirm(id, QStringLiteral("bea"), apsAgreeing(id)).error, ReviewError::Closed);

    QVERIFY(
        m_reviews->propose(id, QStringLiteral("amir"), ProposedResolution::NotApplied, QStringLiteral("c"))
            .ok());
    QCOMPARE(m_reviews->reject(id, QStringLiteral("olga"), QStringLiteral("no")).error,
             ReviewError::PermissionDenied);
    QVERIFY(m_reviews->propose(id, QStringLiteral("olga"), ProposedResolution::Applied, QStringLiteral("d"))
                .error == ReviewError::Closed);
    QVERIFY(m_reviews->confirm(id, QStringLiteral("bea"), apsAgreeing(id)).ok());
    QCOMPARE(operation(id).outcome, OperationOutcome::Declined);
    QCOMPARE(row(QStringLiteral("ORD-4")).captured, qint64(0));
    QVERIFY(!row(QStringLiteral("ORD-4")).unresolved);

    const auto history = ResolutionProposalRepository(*m_db).history(id);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).status, ProposalStatus::Rejected);
    QCOMPARE(history->at(0).decisionReason, QStringLiteral("the statement shows no capture"));
    QCOMPARE(history->at(1).status, ProposalStatus::Confirmed);
    QCOMPARE(m_store->auditCount(QStringLiteral("review_reject"), QStringLiteral("done")), 1);
}

void tst_ManualReview::onlyManualReviewOperations()
{
    const qint64 id = stuckOperation(QStringLiteral("ORD-5"), OperationKind::Capture, 4000);
    QCOMPARE(m_reviews->propose(id, QStringLiteral("olga"), ProposedResolution::Applied, QString()).error,
             ReviewError::Invalid);
    QCOMPARE(
        m_reviews->propose(id + 100, QStringLiteral("olga"), ProposedResolution::Applied, QStringLiteral("x"))
            .error,
        ReviewError::NotFound);
    QCOMPARE(m_reviews->confirm(id, QStringLiteral("amir"), apsAgreeing(id)).error, ReviewError::Closed);
    QVERIFY(m_reviews->propose(id, QStringLiteral("olga"), ProposedResolution::Applied, QStringLiteral("x"))
                .ok());
    QVERIFY(m_reviews->confirm(id, QStringLiteral("amir"), apsAgreeing(id)).ok());
    // Settled: nothing more to propose or confirm.
    QCOMPARE(
        m_reviews->propose(id, QStringLiteral("olga"), ProposedResolution::NotApplied, QStringLiteral("y"))
            .error,
        ReviewError::Closed);
    QCOMPARE(m_reviews->confirm(id, QStringLiteral("bea"), apsAgreeing(id)).error, ReviewError::Closed);
    QCOMPARE(row(QStringLiteral("ORD-5")).captured, qint64(4000));
}

void tst_ManualReview::concurrentConfirmationsSettleOnce()
{
    const qint64 id = stuckOperation(QStringLiteral("ORD-6"), OperationKind::Capture, 4000);
    QVERIFY(m_reviews->propose(id, QStringLiteral("olga"), ProposedResolution::Applied, QStringLiteral("x"))
                .ok());
    // Two desks: each its own Database object, audit log, authorizer and thread.
    const FileAuditKeyProvider keys(TestStore::keyPathFor(m_db->path()));
    std::atomic<int> ready{0};
    const PaymentService::StatusAnswer agreeing = apsAgreeing(id);
    ReviewStatus results[2];
    const QString confirmers[2] = {QStringLiteral("bea"), QStringLiteral("carl")};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < 2; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            auto opened = Database::open(m_db->path());
            if (!opened.ok()) {
                results[i] = {ReviewError::Store, opened.message};
                return;
            }
            const Database &database = **opened;
            const AuditLog audit(database, keys);
            const AuthService auth(database, audit, [this] { return m_now; });
            ManualReviewService::Dependencies deps;
            deps.database = &database;
            deps.audit = &audit;
            deps.authorizer = &auth;
            ManualReviewService reviews(deps);
            ++ready;
            while (ready.load() < 2)
                QThread::yieldCurrentThread();
            results[i] = reviews.confirm(id, confirmers[i], agreeing);
            database.releaseConnection();
        }));
    }
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        QVERIFY(thread->wait(30000));

    const int succeeded = (results[0].ok() ? 1 : 0) + (results[1].ok() ? 1 : 0);
    QCOMPARE(succeeded, 1);
    const ReviewStatus &loser = results[0].ok() ? results[1] : results[0];
    QCOMPARE(loser.error, ReviewError::Closed);
    QCOMPARE(operation(id).outcome, OperationOutcome::Succeeded);
    QCOMPARE(row(QStringLiteral("ORD-6")).captured, qint64(4000));
    QCOMPARE(m_store->auditCount(QStringLiteral("review_confirm"), QStringLiteral("done")), 1);
    QCOMPARE(m_store->auditCount(QStringLiteral("review_confirm"), QStringLiteral("refused")), 1);
    QVERIFY(m_store->log().verify().ok());
}

void tst_ManualReview::pendingListsOpenProposals()
{
    const qint64 first = stuckOperation(QStringLiteral("ORD-7"), OperationKind::Capture, 4000);
    const qint64 second = stuckOperation(QStringLiteral("ORD-8"), OperationKind::Refund, 100);
    QVERIFY(m_reviews
                ->propose(second, QStringLiteral("olga"), ProposedResolution::NotApplied,
                          QStringLiteral("no refund on the statement"))
                .ok());
    const auto items = m_reviews->pending(QStringLiteral("vic"));
    QVERIFY2(items.ok(), qPrintable(items.message));
    QCOMPARE(items->size(), 2);
    QCOMPARE(items->at(0).operation.id, first);
    QVERIFY(!items->at(0).proposal);
    QCOMPARE(items->at(1).operation.id, second);
    QCOMPARE(items->at(1).proposal->proposedBy, QStringLiteral("olga"));
    QCOMPARE(items->at(1).proposal->resolution, ProposedResolution::NotApplied);
    QVERIFY(!m_reviews->pending(QStringLiteral("nobody")).ok());
}

void tst_ManualReview::contradictedByAps_data()
{
    QTest::addColumn<OperationKind>("kind");
    QTest::addColumn<ProposedResolution>("resolution");
    QTest::addColumn<int>("aps"); // 0: shows the baseline, 1: shows it applied, 2: no answer
    QTest::newRow("capture applied, APS at baseline")
        << OperationKind::Capture << ProposedResolution::Applied << 0;
    QTest::newRow("capture applied, APS silent")
        << OperationKind::Capture << ProposedResolution::Applied << 2;
    QTest::newRow("capture not applied, APS shows it")
        << OperationKind::Capture << ProposedResolution::NotApplied << 1;
    QTest::newRow("void applied, APS shows no void")
        << OperationKind::Void << ProposedResolution::Applied << 0;
    QTest::newRow("refund not applied, APS shows it")
        << OperationKind::Refund << ProposedResolution::NotApplied << 1;
}

void tst_ManualReview::contradictedByAps()
{
    QFETCH(OperationKind, kind);
    QFETCH(ProposedResolution, resolution);
    QFETCH(int, aps);
    const qint64 id = stuckOperation(QStringLiteral("ORD-C"), kind, kind == OperationKind::Void ? 0 : 4000);
    QVERIFY(m_reviews->propose(id, QStringLiteral("olga"), resolution, QStringLiteral("seen")).ok());
    const PaymentService::StatusAnswer answer =
        aps == 2 ? PaymentService::StatusAnswer() : apsShowing(id, aps == 1);
    const ReviewStatus refused = m_reviews->confirm(id, QStringLiteral("amir"), answer);
    QCOMPARE(refused.error, ReviewError::Invalid);
    QVERIFY2(refused.message.contains(QStringLiteral("APS")), qPrintable(refused.message));
    QCOMPARE(operation(id).outcome, OperationOutcome::ManualReview);
    QVERIFY(row(QStringLiteral("ORD-C")).unresolved);
    QCOMPARE(ResolutionProposalRepository(*m_db).openFor(id)->has_value(), true);
    QCOMPARE(m_store->auditCount(QStringLiteral("review_confirm"), QStringLiteral("refused")), 1);
}

void tst_ManualReview::cardNumbersRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("holdsCard");
    QTest::newRow("spaces") << QStringLiteral("statement line for 4111 1111 1111 1111 shows it") << true;
    QTest::newRow("dashes") << QStringLiteral("4111-1111-1111-1111 captured on the statement") << true;
    QTest::newRow("Arabic-Indic digits")
        << QStringLiteral("\u0628\u0637\u0627\u0642\u0629 \u0664\u0661\u0661\u0661 \u0661\u0661\u0661\u0661 "
                          "\u0661\u0661\u0661\u0661 \u0661\u0661\u0661\u0661")
        << true;
    QTest::newRow("masked number") << QStringLiteral("statement shows 411111******1111") << false;
    QTest::newRow("fort_id") << QStringLiteral("fort_id 17000000012345678901 on the statement") << false;
}

// Evidence and rejection reasons are stored and audited: a full card number in either is refused (Invalid,
// paydeskctl exit code 2) with a message that never repeats it, the refusal is audited, nothing is kept.
void tst_ManualReview::cardNumbersRefused()
{
    QFETCH(QString, text);
    QFETCH(bool, holdsCard);
    const qint64 id = stuckOperation(QStringLiteral("ORD-P"), OperationKind::Capture, 4000);
    const auto refusedForCard = [](const ReviewStatus &status) {
        QCOMPARE(status.error, ReviewError::Invalid);
        QVERIFY2(status.message.contains(QStringLiteral("card number")), qPrintable(status.message));
        QVERIFY2(!containsCardNumber(status.message), qPrintable(status.message));
    };

    const ReviewStatus proposed =
        m_reviews->propose(id, QStringLiteral("olga"), ProposedResolution::Applied, text);
    if (holdsCard) {
        refusedForCard(proposed);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(ResolutionProposalRepository(*m_db).openFor(id)->has_value(), false);
        QCOMPARE(m_store->auditCount(QStringLiteral("review_propose"), QStringLiteral("refused")), 1);
        QVERIFY(m_reviews
                    ->propose(id, QStringLiteral("olga"), ProposedResolution::Applied,
                              QStringLiteral("the statement shows it"))
                    .ok());
    } else {
        QVERIFY2(proposed.ok(), qPrintable(proposed.message));
    }

    const ReviewStatus rejected = m_reviews->reject(id, QStringLiteral("amir"), text);
    if (holdsCard) {
        refusedForCard(rejected);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(ResolutionProposalRepository(*m_db).openFor(id)->has_value(), true);
        QCOMPARE(m_store->auditCount(QStringLiteral("review_reject"), QStringLiteral("refused")), 1);
    } else {
        QVERIFY2(rejected.ok(), qPrintable(rejected.message));
    }
    QCOMPARE(operation(id).outcome, OperationOutcome::ManualReview);

    QSqlQuery stored(m_db->connection());
    QVERIFY(stored.exec(QStringLiteral("SELECT evidence, decision_reason FROM resolution_proposals UNION ALL "
                                       "SELECT resolution, resolved_by FROM operations UNION ALL "
                                       "SELECT merchant_reference, details FROM audit_log")));
    int rows = 0;
    while (stored.next()) {
        ++rows;
        QVERIFY2(!containsCardNumber(stored.value(0).toString()), qPrintable(stored.value(0).toString()));
        QVERIFY2(!containsCardNumber(stored.value(1).toString()), qPrintable(stored.value(1).toString()));
    }
    QVERIFY(rows > 2);
    QVERIFY(m_store->log().verify().ok());
}

QTEST_GUILESS_MAIN(tst_ManualReview)
#include "tst_manualreview.moc"
