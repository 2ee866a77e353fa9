#include "services/endofdayreport.h"
#include "store/operationjournal.h"
#include "store/transactionrepository.h"
#include "testdatabase.h"

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

private:
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
                                          QStringLiteral("amir void AED x1 0"),
                                          QStringLiteral("amir refund AED x1 2500"),
                                          QStringLiteral("olga capture AED x2 125149"),
                                          QStringLiteral("olga capture KWD x1 1250500"),
                                          QStringLiteral("olga refund JPY x1 15000"),
                                      }));
    QCOMPARE(lines(report->totals), (QStringList{
                                        QStringLiteral(" capture AED x3 125150"),
                                        QStringLiteral(" capture KWD x1 1250500"),
                                        QStringLiteral(" void AED x1 0"),
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

QTEST_GUILESS_MAIN(tst_EndOfDay)
#include "tst_endofday.moc"
