#include "detailpane.h"

#include "domain/transaction.h"

#include <QLabel>
#include <QTest>

Q_DECLARE_METATYPE(Transaction)

namespace {

const QDateTime Deadline(QDate(2026, 3, 8), QTime(12, 0), Qt::UTC);

// An AED authorization of 100.00 whose deadline is Deadline.
Transaction authorization(qint64 captured, qint64 refunded, bool voided = false)
{
    Transaction tx;
    tx.id = 1;
    tx.merchantIdentifier = QStringLiteral("DETAILTEST");
    tx.merchantReference = QStringLiteral("ORD-1");
    tx.origin = Origin::Authorization;
    tx.currency = *Currency::fromCode(u"AED");
    tx.authorized = 10000;
    tx.captured = captured;
    tx.refunded = refunded;
    tx.voided = voided;
    tx.captureDeadline = Deadline;
    tx.authorizedAt = Deadline.addDays(-7);
    return tx;
}

} // namespace

// The detail pane's "Left to capture" asks TransactionRules, like the Capture button does.
class tst_DetailPane final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void leftToCapture_data()
    {
        QTest::addColumn<Transaction>("tx");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("leftToCapture");
        const QDateTime fourHoursLeft = Deadline.addSecs(-4 * 3600);
        const QDateTime afterDeadline = Deadline.addSecs(3600);
        QTest::newRow("partial capture partly refunded, 4 h left")
            << authorization(5000, 1000) << fourHoursLeft << QStringLiteral("50.00");
        QTest::newRow("partial capture fully refunded")
            << authorization(5000, 5000) << fourHoursLeft << QStringLiteral("50.00");
        QTest::newRow("partial capture partly refunded, past deadline")
            << authorization(5000, 1000) << afterDeadline << QStringLiteral("none: 50.00 AED released");
        QTest::newRow("nothing captured, past deadline")
            << authorization(0, 0) << afterDeadline << QStringLiteral("none: 100.00 AED released");
        QTest::newRow("fully captured") << authorization(10000, 0) << fourHoursLeft << QStringLiteral("0.00");
        QTest::newRow("voided") << authorization(0, 0, true) << fourHoursLeft
                                << QStringLiteral("none (voided)");
    }
    void leftToCapture()
    {
        QFETCH(Transaction, tx);
        QFETCH(QDateTime, now);
        QFETCH(QString, leftToCapture);
        DetailPane pane;
        pane.showTransaction(tx, {}, now, false, {});
        const QStringList amounts = pane.amountsText().split(u'|');
        QCOMPARE(amounts.size(), 6);
        QVERIFY2(amounts.at(2).contains(leftToCapture), qPrintable(amounts.at(2)));
    }

    // A declined authorization shows what it asked for and that nothing was authorized; an order flagged for
    // a status check says so beside its state.
    void declinedAttemptAndStatusCheck()
    {
        Transaction tx = authorization(0, 0);
        tx.authorized = 0;
        tx.failed = true;
        tx.attempted = 150662;
        DetailPane pane;
        pane.showTransaction(tx, {}, Deadline.addSecs(-3600), false, {}, true);
        const QString authorized = pane.amountsText().split(u'|').first();
        QCOMPARE(authorized, QStringLiteral("none: the card declined 1506.62 AED"));
        QCOMPARE(pane.amountsText().split(u'|').at(2), QStringLiteral("none (declined)"));
        const auto *state = pane.findChild<QLabel *>(QStringLiteral("transactionState"));
        QVERIFY(state);
        QCOMPARE(state->text(), QStringLiteral("Failed · waiting for a status check"));
        QVERIFY(state->toolTip().contains(QLatin1String("status check")));
        pane.showTransaction(authorization(0, 0), {}, Deadline.addSecs(-3600), false, {}, false);
        QCOMPARE(state->text(), QStringLiteral("Authorized"));
        QVERIFY(state->toolTip().isEmpty());
    }
};

QTEST_MAIN(tst_DetailPane)
#include "tst_detailpane.moc"
