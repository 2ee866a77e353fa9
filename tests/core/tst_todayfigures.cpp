#include "journalfixture.h"
#include "store/refundrequestrepository.h"
#include "store/todayfigures.h"
#include "store/transactionreader.h"
#include "store/transactionrepository.h"
#include "testdatabase.h"

#include <QStandardPaths>
#include <QTest>

// The Today view's figures: what can still be captured and by when, requests waiting for approval, the
// journal's open and manual-review operations, and what the last days captured and refunded in the desk's
// time zone.
class tst_TodayFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_db.create()); }
    void cleanup() { m_db.destroy(); }

    void captureTilesAndExposure();
    void expiringIsTheExpiringSoonFilter();
    void requestsAwaitingAndAwaitingOthers();
    void unresolvedAndManualReview();
    void daysFollowTheTimeZone();
    void emptyStoreHasNoFigures();

private:
    // 2026-03-03 08:00 UTC: noon in Dubai.
    const QDateTime m_now{QDate(2026, 3, 3), QTime(8, 0), Qt::UTC};

    qint64 order(const QString &currency, qint64 authorized, qint64 captured, qint64 hoursToDeadline,
                 Origin origin = Origin::Authorization, bool voided = false);
    void operation(qint64 transactionId, OperationKind kind, qint64 amount, OperationOutcome outcome,
                   const QDateTime &finishedAt);
    TodayFigures read(const QString &user = QStringLiteral("adam"),
                      const QTimeZone &zone = QTimeZone("Asia/Dubai"));
    static QStringList text(const QList<CurrencyAmount> &amounts);

    TestDatabase m_db;
    int m_orders = 0;
};

qint64 tst_TodayFigures::order(const QString &currency, qint64 authorized, qint64 captured,
                               qint64 hoursToDeadline, Origin origin, bool voided)
{
    Transaction tx;
    tx.merchantIdentifier = TestDatabase::Merchant;
    tx.merchantReference = QStringLiteral("ORD-%1").arg(++m_orders);
    tx.origin = origin;
    tx.currency = *Currency::fromCode(currency);
    tx.authorized = authorized;
    tx.captured = captured;
    tx.voided = voided;
    tx.authorizedAt = m_now.addDays(-1);
    tx.captureDeadline = m_now.addSecs(hoursToDeadline * 3600);
    const StoreStatus status = TransactionRepository(*m_db).insert(tx);
    if (!status.ok())
        qWarning() << status.message;
    return tx.id;
}

void tst_TodayFigures::operation(qint64 transactionId, OperationKind kind, qint64 amount,
                                 OperationOutcome outcome, const QDateTime &finishedAt)
{
    QVERIFY(journalOperation(*m_db, transactionId, kind, amount, outcome, finishedAt).ok());
}

TodayFigures tst_TodayFigures::read(const QString &user, const QTimeZone &zone)
{
    const StoreResult<TodayFigures> figures = TodayFigures::read(*m_db, m_now, zone, user);
    if (!figures.ok())
        qWarning() << figures.message;
    return figures.value.value_or(TodayFigures());
}

QStringList tst_TodayFigures::text(const QList<CurrencyAmount> &amounts)
{
    QStringList lines;
    for (const CurrencyAmount &a : amounts)
        lines << QStringLiteral("%1 x%2 %3").arg(a.currency).arg(a.count).arg(a.amount);
    return lines;
}

void tst_TodayFigures::captureTilesAndExposure()
{
    order(QStringLiteral("AED"), 10000, 0, 10);    // expiring within 24 h, band 6–12 h
    order(QStringLiteral("AED"), 20000, 5000, 30); // 150.00 left, band 24–48 h
    order(QStringLiteral("KWD"), 1500, 0, 200);    // band 168 h and later
    order(QStringLiteral("AED"), 7000, 0, -1);     // lapsed: no longer work, in no figure
    order(QStringLiteral("AED"), 9000, 9000, 5);   // fully captured
    order(QStringLiteral("AED"), 8000, 0, 5, Origin::Authorization, true); // voided
    order(QStringLiteral("SAR"), 4000, 4000, 5, Origin::Purchase);         // a purchase

    const TodayFigures figures = read();
    QCOMPARE(text(figures.expiringSoon), QStringList{QStringLiteral("AED x1 10000")});
    QCOMPARE(text(figures.leftToCapture),
             (QStringList{QStringLiteral("AED x2 25000"), QStringLiteral("KWD x1 1500")}));

    QCOMPARE(figures.exposure.size(), TodayFigures::exposureBandEdges().size() + 1);
    QStringList bands;
    for (const ExposureBand &band : figures.exposure)
        bands << QStringLiteral("%1-%2: %3")
                     .arg(band.fromHours)
                     .arg(band.toHours)
                     .arg(text(band.amounts).join(QStringLiteral(", ")));
    QCOMPARE(bands, (QStringList{
                        QStringLiteral("0-6: "),
                        QStringLiteral("6-12: AED x1 10000"),
                        QStringLiteral("12-24: "),
                        QStringLiteral("24-48: AED x1 15000"),
                        QStringLiteral("48-72: "),
                        QStringLiteral("72-168: "),
                        QStringLiteral("168-0: KWD x1 1500"),
                    }));
}

void tst_TodayFigures::expiringIsTheExpiringSoonFilter()
{
    // Deadlines exactly at now + 24 h count as expiring, as the list's filter counts them; a second later
    // not.
    for (const qint64 seconds : {qint64(0), qint64(1), qint64(24 * 3600), qint64(24 * 3600 + 1)}) {
        const qint64 id = order(QStringLiteral("AED"), 1000, 0, 0);
        QVERIFY(id > 0);
        const StoreResult<Transaction> tx = TransactionRepository(*m_db).findById(id);
        Transaction moved = *tx.value;
        moved.captureDeadline = m_now.addSecs(seconds);
        QVERIFY(TransactionRepository(*m_db).update(moved).ok());
    }
    TransactionQuery expiring;
    expiring.capture = TransactionQuery::Capture::ExpiringSoon;
    expiring.now = m_now;
    expiring.warningPeriod = std::chrono::hours(24);
    const StoreResult<qint64> listed = TransactionReader(*m_db).count(expiring);
    QVERIFY(listed.ok());
    QCOMPARE(*listed.value, 3);
    const TodayFigures figures = read();
    QCOMPARE(text(figures.expiringSoon), QStringList{QStringLiteral("AED x3 3000")});
    QCOMPARE(text(figures.leftToCapture), QStringList{QStringLiteral("AED x4 4000")});
}

void tst_TodayFigures::requestsAwaitingAndAwaitingOthers()
{
    const qint64 aed = order(QStringLiteral("AED"), 100000, 100000, 100);
    const qint64 sar = order(QStringLiteral("SAR"), 100000, 100000, 100);
    const RefundRequestRepository requests(*m_db);
    const auto request = [&](qint64 tx, const QString &currency, qint64 amount, const QString &by,
                             RefundRequestStatus status, int expiresInHours = 48) {
        RefundRequest r;
        r.transactionId = tx;
        r.amount = amount;
        r.currency = *Currency::fromCode(currency);
        r.reason = QStringLiteral("Returned");
        r.requestedBy = by;
        r.requestedAt = m_now.addSecs(-3600);
        r.expiresAt = m_now.addSecs(expiresInHours * 3600);
        QVERIFY(requests.insert(r).ok());
        if (status != RefundRequestStatus::Awaiting)
            QVERIFY(requests
                        .decide(r.id, RefundRequestStatus::Awaiting, status, QStringLiteral("amir"), m_now,
                                QStringLiteral("Not returned"))
                        .ok());
    };
    request(aed, QStringLiteral("AED"), 3000, QStringLiteral("olga"), RefundRequestStatus::Awaiting);
    request(aed, QStringLiteral("AED"), 2000, QStringLiteral("olga"), RefundRequestStatus::Awaiting);
    request(sar, QStringLiteral("SAR"), 1000, QStringLiteral("adam"), RefundRequestStatus::Awaiting);
    request(sar, QStringLiteral("SAR"), 9999, QStringLiteral("olga"), RefundRequestStatus::Rejected);
    request(sar, QStringLiteral("SAR"), 8888, QStringLiteral("olga"), RefundRequestStatus::Awaiting, -1);

    const TodayFigures adam = read(QStringLiteral("adam"));
    QCOMPARE(text(adam.awaitingApproval),
             (QStringList{QStringLiteral("AED x2 5000"), QStringLiteral("SAR x1 1000")}));
    QCOMPARE(text(adam.awaitingOthers), QStringList{QStringLiteral("AED x2 5000")});
    const TodayFigures olga = read(QStringLiteral("olga"));
    QCOMPARE(text(olga.awaitingOthers), QStringList{QStringLiteral("SAR x1 1000")});
}

void tst_TodayFigures::unresolvedAndManualReview()
{
    const QDateTime earlier = m_now.addSecs(-600);
    operation(order(QStringLiteral("AED"), 1000, 0, 100), OperationKind::Capture, 500,
              OperationOutcome::Pending, earlier);
    operation(order(QStringLiteral("AED"), 1000, 0, 100), OperationKind::Capture, 500,
              OperationOutcome::Unknown, earlier);
    operation(order(QStringLiteral("AED"), 1000, 0, 100), OperationKind::Void, 0,
              OperationOutcome::ManualReview, earlier);
    operation(order(QStringLiteral("AED"), 1000, 0, 100), OperationKind::Capture, 500,
              OperationOutcome::Declined, earlier);
    const TodayFigures figures = read();
    QCOMPARE(figures.unresolvedOperations, 2);
    QCOMPARE(figures.manualReviews, 1);
}

void tst_TodayFigures::daysFollowTheTimeZone()
{
    const qint64 aed = order(QStringLiteral("AED"), 10'000'000, 0, 100);
    const qint64 kwd = order(QStringLiteral("KWD"), 10'000'000, 0, 100);
    const auto succeeded = OperationOutcome::Succeeded;
    // 2026-03-02 21:30 UTC is 2026-03-03 01:30 in Dubai: today there, yesterday in UTC.
    operation(aed, OperationKind::Capture, 100, succeeded,
              QDateTime(QDate(2026, 3, 2), QTime(21, 30), Qt::UTC));
    // 2026-03-02 10:00 UTC: yesterday in both.
    operation(aed, OperationKind::Capture, 250, succeeded,
              QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    operation(kwd, OperationKind::Capture, 1250500, succeeded,
              QDateTime(QDate(2026, 3, 2), QTime(11, 0), Qt::UTC));
    // 2026-03-01 22:00 UTC is 2026-03-02 02:00 in Dubai: yesterday there.
    operation(aed, OperationKind::Refund, 40, succeeded, QDateTime(QDate(2026, 3, 1), QTime(22, 0), Qt::UTC));
    // Not counted: declined, a void, and older than the 30 days.
    operation(aed, OperationKind::Capture, 7, OperationOutcome::Declined,
              QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    operation(aed, OperationKind::Void, 0, succeeded, QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    operation(aed, OperationKind::Capture, 9, succeeded,
              QDateTime(QDate(2026, 1, 20), QTime(10, 0), Qt::UTC));

    const TodayFigures dubai = read(QStringLiteral("adam"), QTimeZone("Asia/Dubai"));
    QCOMPARE(dubai.yesterday, QDate(2026, 3, 2));
    QCOMPARE(dubai.firstDay, QDate(2026, 2, 2));
    QCOMPARE(text(dubai.capturedYesterday),
             (QStringList{QStringLiteral("AED x1 250"), QStringLiteral("KWD x1 1250500")}));
    QCOMPARE(text(dubai.refundedYesterday), QStringList{QStringLiteral("AED x1 40")});
    QStringList days;
    for (const DayMovement &m : dubai.movements)
        days << QStringLiteral("%1 %2 +%3 -%4")
                    .arg(m.day.toString(Qt::ISODate), m.currency)
                    .arg(m.captured)
                    .arg(m.refunded);
    QCOMPARE(days, (QStringList{
                       QStringLiteral("2026-03-02 AED +250 -40"),
                       QStringLiteral("2026-03-02 KWD +1250500 -0"),
                       QStringLiteral("2026-03-03 AED +100 -0"),
                   }));
    QCOMPARE(dubai.currencies(), (QStringList{QStringLiteral("AED"), QStringLiteral("KWD")}));

    const TodayFigures utc = read(QStringLiteral("adam"), QTimeZone::utc());
    QCOMPARE(text(utc.capturedYesterday),
             (QStringList{QStringLiteral("AED x2 350"), QStringLiteral("KWD x1 1250500")}));
    QCOMPARE(text(utc.refundedYesterday), QStringList());
}

void tst_TodayFigures::emptyStoreHasNoFigures()
{
    const TodayFigures figures = read();
    QVERIFY(figures.now.isValid());
    QVERIFY(figures.expiringSoon.isEmpty());
    QVERIFY(figures.leftToCapture.isEmpty());
    QVERIFY(figures.awaitingApproval.isEmpty());
    QVERIFY(figures.movements.isEmpty());
    QCOMPARE(figures.unresolvedOperations, 0);
    QVERIFY(figures.currencies().isEmpty());
}

QTEST_GUILESS_MAIN(tst_TodayFigures)
#include "tst_todayfigures.moc"
