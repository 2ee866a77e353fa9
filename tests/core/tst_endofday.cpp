#include "services/endofdayreport.h"
#include "store/operationjournal.h"
#include "store/refundrequestrepository.h"
#include "store/transactionrepository.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QStandardPaths>
#include <QTest>

// The end-of-day report: the succeeded captures, voids and refunds of one day in the profile's time zone, by
// person, with exact totals per kind and currency; other outcomes and other days are left out.
class tst_EndOfDay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_db.create()); }
    void cleanup() { m_db.destroy(); }

    void totalsByPersonAndCurrency();
    void dayFollowsTheTimeZone_data();
    void dayFollowsTheTimeZone();
    void voidsShowTheAmountReleased();
    void refundRequestsAwaitingApproval();
    void authorizationsExpiringWithinADay();
    void csvHasEverySection();

private:
    // An authorization of `amount` AED with `captured` of it captured, its deadline at `deadline`.
    qint64 authorization(qint64 amount, qint64 captured, const QDateTime &deadline);
    // Journals and settles one operation finished at `finishedAt` (UTC).
    void operation(const QString &user, OperationKind kind, qint64 amount, const QString &currency,
                   OperationOutcome outcome, const QDateTime &finishedAt);

    TestDatabase m_db;
    int m_orders = 0;
};

void tst_EndOfDay::operation(const QString &user, OperationKind kind, qint64 amount, const QString &currency,
                             OperationOutcome outcome, const QDateTime &finishedAt)
{
    Transaction tx;
    tx.merchantIdentifier = TestDatabase::Merchant;
    tx.merchantReference = QStringLiteral("ORD-%1").arg(++m_orders);
    tx.origin = Origin::Authorization;
    tx.currency = *Currency::fromCode(currency);
    tx.authorized = 10'000'000;
    tx.authorizedAt = finishedAt.addSecs(-7200);
    QVERIFY(TransactionRepository(*m_db).insert(tx).ok());
    Operation op;
    op.transactionId = tx.id;
    op.merchantReference = tx.merchantReference;
    op.kind = kind;
    op.amount = amount;
    op.currency = tx.currency;
    op.userName = user;
    op.owner = QStringLiteral("desk");
    op.baseline = {tx.authorized, 0, 0};
    op.createdAt = finishedAt.addSecs(-5);
    op.sentAt = op.createdAt;
    op.leaseUntil = finishedAt.addSecs(60);
    const OperationJournal journal(*m_db);
    QVERIFY(journal.begin(op).ok());
    if (outcome != OperationOutcome::Pending)
        QVERIFY(
            journal.settle(op.id, OperationOutcome::Pending, outcome, QString(), QString(), finishedAt).ok());
}

void tst_EndOfDay::totalsByPersonAndCurrency()
{
    const QDateTime noon(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
    const auto succeeded = OperationOutcome::Succeeded;
    operation(QStringLiteral("olga"), OperationKind::Capture, 125050, QStringLiteral("AED"), succeeded, noon);
    operation(QStringLiteral("olga"), OperationKind::Capture, 99, QStringLiteral("AED"), succeeded, noon);
    operation(QStringLiteral("olga"), OperationKind::Capture, 1250500, QStringLiteral("KWD"), succeeded,
              noon);
    operation(QStringLiteral("amir"), OperationKind::Capture, 1, QStringLiteral("AED"), succeeded, noon);
    operation(QStringLiteral("amir"), OperationKind::Refund, 2500, QStringLiteral("AED"), succeeded, noon);
    operation(QStringLiteral("amir"), OperationKind::Void, 0, QStringLiteral("AED"), succeeded, noon);
    operation(QStringLiteral("olga"), OperationKind::Refund, 15000, QStringLiteral("JPY"), succeeded, noon);
    // Not counted: declined, still unknown, another day.
    operation(QStringLiteral("olga"), OperationKind::Capture, 777, QStringLiteral("AED"),
              OperationOutcome::Declined, noon);
    operation(QStringLiteral("olga"), OperationKind::Capture, 888, QStringLiteral("AED"),
              OperationOutcome::Pending, noon);
    operation(QStringLiteral("olga"), OperationKind::Capture, 999, QStringLiteral("AED"), succeeded,
              noon.addDays(1));

    const auto report = EndOfDayReport(*m_db).build(QDate(2026, 3, 2), QStringLiteral("UTC"));
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(report->unresolved, 1);
    QCOMPARE(report->declined, 1);

    const auto lines = [](const QList<EndOfDayLine> &list) {
        QStringList text;
        for (const EndOfDayLine &line : list)
            text << QStringLiteral("%1 %2 %3 x%4 %5")
                        .arg(line.userName, operationKindToken(line.kind), line.currency.code())
                        .arg(line.count)
                        .arg(line.amount);
        return text;
    };
    QCOMPARE(lines(report->byPerson), (QStringList{
                                          QStringLiteral("amir capture AED x1 1"),
                                          QStringLiteral("amir void AED x1 10000000"),
                                          QStringLiteral("amir refund AED x1 2500"),
                                          QStringLiteral("olga capture AED x2 125149"),
                                          QStringLiteral("olga capture KWD x1 1250500"),
                                          QStringLiteral("olga refund JPY x1 15000"),
                                      }));
    QCOMPARE(lines(report->totals), (QStringList{
                                        QStringLiteral(" capture AED x3 125150"),
                                        QStringLiteral(" capture KWD x1 1250500"),
                                        QStringLiteral(" void AED x1 10000000"),
                                        QStringLiteral(" refund AED x1 2500"),
                                        QStringLiteral(" refund JPY x1 15000"),
                                    }));
    QCOMPARE(report->totals.at(1).money().toPlainString(), QStringLiteral("1250.500"));
}

void tst_EndOfDay::dayFollowsTheTimeZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("captures");
    // 2026-03-02 21:30 UTC is already 2026-03-03 01:30 in Dubai (UTC+4); 2026-03-02 02:00 UTC is still
    // 2026-03-01 in New York (UTC-5).
    QTest::newRow("UTC") << QStringLiteral("UTC") << 2;
    QTest::newRow("Asia/Dubai") << QStringLiteral("Asia/Dubai") << 1;
    QTest::newRow("America/New_York") << QStringLiteral("America/New_York") << 1;
    QTest::newRow("unknown zone means UTC") << QStringLiteral("Mars/Olympus") << 2;
}

void tst_EndOfDay::dayFollowsTheTimeZone()
{
    QFETCH(QString, zone);
    QFETCH(int, captures);
    const auto succeeded = OperationOutcome::Succeeded;
    operation(QStringLiteral("olga"), OperationKind::Capture, 100, QStringLiteral("AED"), succeeded,
              QDateTime(QDate(2026, 3, 2), QTime(21, 30), Qt::UTC));
    operation(QStringLiteral("olga"), OperationKind::Capture, 100, QStringLiteral("AED"), succeeded,
              QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC));
    const auto report = EndOfDayReport(*m_db).build(QDate(2026, 3, 2), zone);
    QVERIFY(report.ok());
    const int counted = report->totals.isEmpty() ? 0 : report->totals.first().count;
    QCOMPARE(counted, captures);
    QCOMPARE(report->totals.isEmpty() ? qint64(0) : report->totals.first().amount, qint64(100) * captures);
}

qint64 tst_EndOfDay::authorization(qint64 amount, qint64 captured, const QDateTime &deadline)
{
    Transaction tx;
    tx.merchantIdentifier = TestDatabase::Merchant;
    tx.merchantReference = QStringLiteral("AUTH-%1").arg(++m_orders);
    tx.origin = Origin::Authorization;
    tx.currency = *Currency::fromCode(QStringLiteral("AED"));
    tx.authorized = amount;
    tx.captured = captured;
    tx.authorizedAt = deadline.addDays(-7);
    tx.captureDeadline = deadline;
    const StoreStatus inserted = TransactionRepository(*m_db).insert(tx);
    if (!inserted.ok())
        qWarning() << inserted.message;
    return tx.id;
}

void tst_EndOfDay::voidsShowTheAmountReleased()
{
    // A void after a partial capture gives back what was still authorized: 500.00 - 200.00 = 300.00.
    const QDateTime noon(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
    const qint64 id = authorization(50000, 20000, noon.addDays(3));
    Operation op;
    op.transactionId = id;
    op.kind = OperationKind::Void;
    op.currency = *Currency::fromCode(QStringLiteral("AED"));
    op.userName = QStringLiteral("olga");
    op.owner = QStringLiteral("desk");
    op.baseline = {50000, 20000, 0};
    op.createdAt = noon;
    op.sentAt = noon;
    op.leaseUntil = noon.addSecs(60);
    const OperationJournal journal(*m_db);
    QVERIFY(journal.begin(op).ok());
    QVERIFY(journal
                .settle(op.id, OperationOutcome::Pending, OperationOutcome::Succeeded, QString(), QString(),
                        noon.addSecs(2))
                .ok());
    const auto report = EndOfDayReport(*m_db).build(QDate(2026, 3, 2), QStringLiteral("UTC"), noon);
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(report->totals.size(), 1);
    QCOMPARE(report->totals.first().kind, OperationKind::Void);
    QCOMPARE(report->totals.first().amount, qint64(30000));
    QCOMPARE(report->byPerson.first().money().toPlainString(), QStringLiteral("300.00"));
}

void tst_EndOfDay::refundRequestsAwaitingApproval()
{
    const QDateTime now(QDate(2026, 3, 2), QTime(18, 0), Qt::UTC);
    const qint64 id = authorization(90000, 90000, now.addDays(3));
    const RefundRequestRepository requests(*m_db);
    const auto request = [&](qint64 amount, const QDateTime &asked, RefundRequestStatus status) {
        RefundRequest r;
        r.transactionId = id;
        r.amount = amount;
        r.currency = *Currency::fromCode(QStringLiteral("AED"));
        r.reason = QStringLiteral("damaged");
        r.requestedBy = QStringLiteral("olga");
        r.requestedAt = asked;
        r.expiresAt = asked.addSecs(24 * 3600);
        r.status = status;
        QVERIFY(requests.insert(r).ok());
    };
    request(50000, now.addSecs(-3600), RefundRequestStatus::Awaiting);
    request(10000, now.addSecs(-7200), RefundRequestStatus::Awaiting);
    request(20000, now.addDays(-2), RefundRequestStatus::Awaiting); // past its expiry: not waiting any more
    const auto report = EndOfDayReport(*m_db).build(QDate(2026, 3, 2), QStringLiteral("UTC"), now);
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(report->madeAt, now);
    QCOMPARE(report->awaitingApproval.size(), 2);
    QCOMPARE(report->awaitingApproval.at(0).amount, qint64(10000)); // oldest first
    QCOMPARE(report->awaitingApproval.at(1).amount, qint64(50000));
    QCOMPARE(report->awaitingApproval.at(1).requestedBy, QStringLiteral("olga"));
}

void tst_EndOfDay::authorizationsExpiringWithinADay()
{
    const QDateTime now(QDate(2026, 3, 2), QTime(18, 0), Qt::UTC);
    authorization(50000, 20000, now.addSecs(10 * 3600)); // 300.00 to capture, in 10 hours
    authorization(7000, 0, now.addSecs(23 * 3600));      // 70.00, in 23 hours
    authorization(9900, 0, now.addSecs(30 * 3600));      // later than a day
    authorization(8800, 0, now.addSecs(-3600));          // lapsed already: not work any more
    authorization(6600, 6600, now.addSecs(3600));        // captured in full
    const auto report = EndOfDayReport(*m_db).build(QDate(2026, 3, 2), QStringLiteral("UTC"), now);
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(report->expiringWithinDay.size(), 1);
    QCOMPARE(report->expiringWithinDay.first().currency.code(), QStringLiteral("AED"));
    QCOMPARE(report->expiringWithinDay.first().count, 2);
    QCOMPARE(report->expiringWithinDay.first().amount, qint64(37000));
}

void tst_EndOfDay::csvHasEverySection()
{
    const QDateTime noon(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
    operation(QStringLiteral("olga"), OperationKind::Capture, 125050, QStringLiteral("KWD"),
              OperationOutcome::Succeeded, noon);
    authorization(7000, 0, noon.addSecs(3600));
    const auto report = EndOfDayReport(*m_db).build(QDate(2026, 3, 2), QStringLiteral("UTC"), noon);
    QVERIFY(report.ok());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(EndOfDayReport::writeCsv(*report, &buffer));
    const QStringList lines =
        QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), EndOfDayReport::csvHeader().join(QLatin1Char(',')));
    QVERIFY2(lines.contains(QStringLiteral("by_person,olga,capture,,KWD,1,125.050,125050,")),
             qPrintable(lines.join(u'|')));
    QVERIFY(lines.contains(QStringLiteral("total,,capture,,KWD,1,125.050,125050,")));
    QVERIFY(lines.contains(QStringLiteral("expiring_24h,,,,AED,1,70.00,7000,")));
}

QTEST_GUILESS_MAIN(tst_EndOfDay)
#include "tst_endofday.moc"
