#include "detailpane.h"

#include "domain/transaction.h"

#include <QLabel>
#include <QTest>
#include <QTreeWidget>

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

    // History shows what APS reported too (a capture done in APS's back office), in time order with
    // PayDesk's own operations, each row marked by where it comes from.
    void historyWithTheReport()
    {
        const Transaction tx = authorization(7000, 0);
        Operation own;
        own.kind = OperationKind::Capture;
        own.amount = 3000;
        own.currency = tx.currency;
        own.outcome = OperationOutcome::Succeeded;
        own.userName = QStringLiteral("olga");
        own.createdAt = Deadline.addDays(-5);
        own.finishedAt = own.createdAt.addSecs(2);
        const auto reported = [&](ReportOperation kind, qint64 amount, const QDateTime &at) {
            ReportedOperation op;
            op.kind = kind;
            op.amount = amount;
            op.currency = tx.currency;
            op.at = at;
            op.fortId = QStringLiteral("169996200001");
            op.responseCode = QStringLiteral("04000");
            op.responseMessage = QStringLiteral("Success");
            return op;
        };
        DetailPane pane;
        pane.showTransaction(tx, {own}, Deadline.addDays(-1), false, {});
        pane.addReported({reported(ReportOperation::Authorization, 10000, Deadline.addDays(-7)),
                          reported(ReportOperation::Capture, 4000, Deadline.addDays(-3))});
        QTreeWidget *timeline = pane.timeline();
        QCOMPARE(timeline->topLevelItemCount(), 3);
        QCOMPARE(timeline->headerItem()->text(6), QStringLiteral("Source"));
        const auto row = [timeline](int i) {
            const QTreeWidgetItem *item = timeline->topLevelItem(i);
            return QStringList{item->text(1), item->text(2), item->text(4), item->text(6)}.join(u'|');
        };
        QCOMPARE(row(0), QStringLiteral("Authorization|100.00 AED|Succeeded|APS report"));
        QCOMPARE(row(1), QStringLiteral("Capture|30.00 AED|Succeeded|PayDesk"));
        QCOMPARE(row(2), QStringLiteral("Capture|40.00 AED|Succeeded|APS report"));
        QCOMPARE(timeline->topLevelItem(2)->text(5), QStringLiteral("04000 Success"));

        // Only the report knows the order: the "nothing from PayDesk yet" line gives way to it.
        pane.showTransaction(tx, {}, Deadline.addDays(-1), false, {});
        QCOMPARE(timeline->topLevelItemCount(), 1);
        pane.addReported({reported(ReportOperation::Void, 0, Deadline.addDays(-2))});
        QCOMPARE(timeline->topLevelItemCount(), 1);
        QCOMPARE(row(0), QStringLiteral("Void||Succeeded|APS report"));
    }
};

QTEST_MAIN(tst_DetailPane)
#include "tst_detailpane.moc"
