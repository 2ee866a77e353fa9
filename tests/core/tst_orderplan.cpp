#include "store/orderplan.h"

#include <QTest>

// Planning one order of a report, without a database: how its rows add up, alone or on top of what the
// cache holds, and which orders are refused (and on which line).
class tst_OrderPlan final : public QObject
{
    Q_OBJECT

private slots:
    void plan_data();
    void plan();
    void update_data();
    void update();
};

namespace {

// Rows as words: an operation letter (A authorization, P purchase, C capture, R refund, V void), an outcome
// (+ success, - failed, ? pending), the amount in minor units and optionally ":" and a currency (AED
// otherwise). A leading '*' marks a row imported before. Lines count from 1.
QList<ReportRow> rowsOf(const QString &spec)
{
    QList<ReportRow> rows;
    for (QString word : spec.split(u' ', Qt::SkipEmptyParts)) {
        ReportRow row;
        row.line = rows.size() + 1;
        row.reference = QStringLiteral("ORD-1");
        row.at = 1'000'000 + row.line * 1000;
        row.seen = word.startsWith(u'*');
        if (row.seen)
            word.remove(0, 1);
        switch (word.at(0).toLatin1()) {
        case 'A':
            row.op = ReportOperation::Authorization;
            break;
        case 'P':
            row.op = ReportOperation::Purchase;
            break;
        case 'C':
            row.op = ReportOperation::Capture;
            break;
        case 'R':
            row.op = ReportOperation::Refund;
            break;
        default:
            row.op = ReportOperation::Void;
            break;
        }
        row.outcome = word.at(1) == u'+'   ? ReportOutcome::Success
                      : word.at(1) == u'-' ? ReportOutcome::Failed
                                           : ReportOutcome::Pending;
        const QStringList amount = word.mid(2).split(u':');
        row.amount = amount.at(0).toLongLong();
        row.currency = amount.size() > 1 ? amount.at(1) : QStringLiteral("AED");
        row.responseCode = QStringLiteral("%1000").arg(row.line, 2, 10, QLatin1Char('0'));
        rows << row;
    }
    return rows;
}

// The cache's order as words: origin (A or P), authorized, captured, refunded, and "v" when voided. Empty:
// a new order.
std::optional<ExistingOrder> existingOf(const QString &spec)
{
    if (spec.isEmpty())
        return std::nullopt;
    const QStringList words = spec.split(u' ');
    ExistingOrder existing;
    Transaction &tx = existing.tx;
    tx.id = 7;
    tx.merchantReference = QStringLiteral("ORD-1");
    tx.origin = words.at(0) == u"P" ? Origin::Purchase : Origin::Authorization;
    tx.currency = *Currency::fromCode(u"AED");
    tx.authorized = words.at(1).toLongLong();
    tx.captured = words.at(2).toLongLong();
    tx.refunded = words.at(3).toLongLong();
    tx.voided = words.size() > 4 && words.at(4) == u"v";
    return existing;
}

} // namespace

void tst_OrderPlan::plan_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QString>("badReason"); // empty: the order may be merged
    QTest::addColumn<qint64>("badLine");
    // The report totals after the new rows: authorized, captured, refunded, voided, failed, whether the order
    // waits for a status check (a new row's outcome is not final), the declined attempt's amount.
    QTest::addColumn<QList<qint64>>("totals");
    QTest::addColumn<int>("newRows");

    const auto ok = [](const char *name, const char *existing, const char *rows, QList<qint64> totals,
                       int newRows) {
        QTest::newRow(name) << QString::fromLatin1(existing) << QString::fromLatin1(rows) << QString()
                            << qint64(0) << totals << newRows;
    };
    const auto bad = [](const char *name, const char *existing, const char *rows, const char *reason,
                        qint64 line) {
        QTest::newRow(name) << QString::fromLatin1(existing) << QString::fromLatin1(rows)
                            << QString::fromLatin1(reason) << line << QList<qint64>() << -1;
    };
    ok("authorize", "", "A+1000", {1000, 0, 0, 0, 0, 0, 0}, 1);
    ok("authorize, capture, refund", "", "A+1000 C+600 R+200", {1000, 600, 200, 0, 0, 0, 0}, 3);
    ok("two partial captures", "", "A+1000 C+400 C+600", {1000, 1000, 0, 0, 0, 0, 0}, 3);
    ok("purchase counts as captured", "", "P+1000", {1000, 1000, 0, 0, 0, 0, 0}, 1);
    ok("purchase refunded", "", "P+1000 R+1000", {1000, 1000, 1000, 0, 0, 0, 0}, 2);
    ok("void", "", "A+1000 V+0", {1000, 0, 0, 1, 0, 0, 0}, 2);
    ok("declined authorization", "", "A-1000", {0, 0, 0, 0, 1, 0, 1000}, 1);
    ok("declined purchase", "", "P-1000", {0, 0, 0, 0, 1, 0, 1000}, 1);
    ok("two declined attempts: the larger one", "", "A-1000 A-1500", {0, 0, 0, 0, 1, 0, 1500}, 2);
    ok("declined, then approved", "", "A-1000 A+1000", {1000, 0, 0, 0, 0, 0, 1000}, 2);
    ok("approved, then a declined retry", "", "A+1000 A-1000", {1000, 0, 0, 0, 0, 0, 0}, 2);
    ok("pending authorization", "", "A?1000", {0, 0, 0, 0, 0, 1, 0}, 1);
    ok("pending, then approved", "", "A?1000 A+1000", {1000, 0, 0, 0, 0, 0, 0}, 2);
    ok("declined capture, refund and void count nothing", "", "A+1000 C-600 R-100 V-0",
       {1000, 0, 0, 0, 0, 0, 0}, 4);
    ok("pending capture counts nothing, waits for a status check", "", "A+1000 C?600",
       {1000, 0, 0, 0, 0, 1, 0}, 2);
    ok("pending refund waits for a status check", "", "A+1000 C+600 R?100", {1000, 600, 0, 0, 0, 1, 0}, 3);
    ok("pending void waits for a status check", "", "A+1000 V?0", {1000, 0, 0, 0, 0, 1, 0}, 2);
    ok("existing: a pending capture", "A 1000 0 0", "C?400", {0, 0, 0, 0, 0, 1, 0}, 1);
    ok("existing: a pending row seen before asks nothing", "A 1000 0 0", "*C?400 C+100",
       {0, 100, 0, 0, 0, 0, 0}, 1);
    ok("existing: a capture alone", "A 1000 0 0", "C+400", {0, 400, 0, 0, 0, 0, 0}, 1);
    ok("existing: a refund within the cache's capture", "A 1000 1000 0", "R+300", {0, 0, 300, 0, 0, 0, 0}, 1);
    ok("existing: rows seen before are skipped", "A 1000 0 0", "*A+1000 C+500", {0, 500, 0, 0, 0, 0, 0}, 1);
    ok("every row seen before", "A 1000 0 0", "*A+1000 *C+500", {0, 0, 0, 0, 0, 0, 0}, 0);

    bad("captures above authorized", "", "A+1000 C+1200", "captures (12.00 AED) above authorized (10.00 AED)",
        2);
    bad("refunds above captured", "", "A+1000 C+500 R+600", "refunds (6.00 AED) above captured (5.00 AED)",
        3);
    bad("refund without capture", "", "A+1000 R+100", "refunds (1.00 AED) above captured (0.00 AED)", 2);
    bad("void after a capture", "", "A+1000 C+500 V+0", "void after a capture", 3);
    bad("capture of a purchase", "", "P+1000 C+1000",
        "capture of a purchase (a purchase is captured when paid)", 2);
    bad("void of a purchase", "", "P+1000 V+0", "void of a purchase (a purchase can only be refunded)", 2);
    bad("authorization and purchase", "", "A+1000 P+1000",
        "the order has both an authorization and a purchase", 2);
    bad("no origin", "", "C+100", "no authorization or purchase row for order ORD-1", 1);
    bad("currencies differ", "", "A+1000 C+100:KWD", "currency KWD differs from the order's AED", 2);
    bad("existing: capture above the cache's authorized", "A 1000 0 0", "C+1200",
        "captures (12.00 AED) above authorized (10.00 AED)", 1);
    bad("existing: the cache has a purchase", "P 1000 1000 0", "A+1000",
        "the report has a authorization, the cache a purchase", 1);
    bad("existing: capture of a voided order", "A 1000 0 0 v", "C+500", "void after a capture", 1);
    bad("existing: currency of the cache wins", "A 1000 0 0", "C+100:KWD",
        "currency KWD differs from the order's AED", 1);
}

void tst_OrderPlan::plan()
{
    QFETCH(QString, existing);
    QFETCH(QString, rows);
    QFETCH(QString, badReason);
    QFETCH(qint64, badLine);
    QFETCH(QList<qint64>, totals);
    QFETCH(int, newRows);
    const QList<ReportRow> orderRows = rowsOf(rows);
    const OrderPlan plan = planOrder(orderRows, existingOf(existing));
    QCOMPARE(plan.badReason, badReason);
    QCOMPARE(plan.badLine, badLine);
    if (plan.isBad())
        return;
    const ReportTotals &r = plan.report;
    QCOMPARE((QList<qint64>{r.authorized, r.captured, r.refunded, r.voided, r.failed, plan.needsStatusCheck(),
                            r.attempted}),
             totals);
    QCOMPARE(plan.newRows.size(), newRows);
    if (newRows > 0) {
        // The latest new row gives the order its last response.
        QCOMPARE(plan.latestRow, plan.newRows.last());
        QCOMPARE(r.lastRowAt, plan.newRows.last()->at);
    }
}

void tst_OrderPlan::update_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QList<qint64>>("after"); // authorized, captured, refunded, voided
    QTest::addColumn<bool>("changed");
    QTest::addColumn<bool>("lower");
    QTest::newRow("capture raises") << "A 1000 0 0"
                                    << "C+400" << QList<qint64>{1000, 400, 0, 0} << true << false;
    QTest::newRow("report says less: kept, flagged")
        << "A 1000 600 0"
        << "A+1000 C+400" << QList<qint64>{1000, 600, 0, 0} << false << true;
    QTest::newRow("same totals: unchanged") << "A 1000 0 0"
                                            << "A+1000" << QList<qint64>{1000, 0, 0, 0} << false << false;
    QTest::newRow("void raises") << "A 1000 0 0"
                                 << "A+1000 V+0" << QList<qint64>{1000, 0, 0, 1} << true << false;
}

// Totals are only ever raised; a report that says less flags the order instead.
void tst_OrderPlan::update()
{
    QFETCH(QString, existing);
    QFETCH(QString, rows);
    QFETCH(QList<qint64>, after);
    QFETCH(bool, changed);
    QFETCH(bool, lower);
    const QList<ReportRow> orderRows = rowsOf(rows);
    const std::optional<ExistingOrder> order = existingOf(existing);
    const OrderPlan plan = planOrder(orderRows, order);
    QVERIFY2(!plan.isBad(), qPrintable(plan.badReason));
    const OrderUpdate update = updatedTransaction(plan, *order);
    const Transaction &tx = update.tx;
    QCOMPARE((QList<qint64>{tx.authorized, tx.captured, tx.refunded, tx.voided}), after);
    QCOMPARE(update.changed, changed);
    QCOMPARE(update.lower, lower);
    QCOMPARE(tx.lastResponseCode, changed ? orderRows.last().responseCode : QString());
}

QTEST_GUILESS_MAIN(tst_OrderPlan)
#include "tst_orderplan.moc"
