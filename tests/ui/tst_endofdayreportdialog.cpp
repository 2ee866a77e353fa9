#include "endofdayreportdialog.h"

#include "store/database.h"
#include "store/operationjournal.h"
#include "store/refundrequestrepository.h"
#include "store/transactionrepository.h"

#include <QFile>
#include <QGuiApplication>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

// The end-of-day report dialog shows the core's report for the chosen day and writes it as a PDF.
class tst_EndOfDayReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsAndPrintsTheDay();
    void voidsWaitingWorkCsvAndArabic();
};

void tst_EndOfDayReportDialog::showsAndPrintsTheDay()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto created = Database::create(dir.filePath(QStringLiteral("t.db")), QStringLiteral("MERCH1"),
                                    QStringLiteral("simulator"));
    QVERIFY2(created.ok(), qPrintable(created.message));
    const Database &db = **created;
    const QDateTime finished(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    Transaction tx;
    tx.merchantIdentifier = QStringLiteral("MERCH1");
    tx.merchantReference = QStringLiteral("ORD-1");
    tx.origin = Origin::Authorization;
    tx.currency = *Currency::fromCode(u"AED");
    tx.authorized = 200000;
    tx.authorizedAt = finished.addSecs(-3600);
    QVERIFY(TransactionRepository(db).insert(tx).ok());
    Operation op;
    op.transactionId = tx.id;
    op.kind = OperationKind::Capture;
    op.amount = 125050;
    op.currency = tx.currency;
    op.userName = QStringLiteral("olga");
    op.owner = QStringLiteral("desk");
    op.baseline = {200000, 0, 0};
    op.createdAt = finished.addSecs(-2);
    op.leaseUntil = finished.addSecs(60);
    const OperationJournal journal(db);
    QVERIFY(journal.begin(op).ok());
    QVERIFY(journal
                .settle(op.id, OperationOutcome::Pending, OperationOutcome::Succeeded,
                        QStringLiteral("04000"), QString(), finished)
                .ok());

    EndOfDayReportDialog dialog(db, QStringLiteral("Asia/Dubai"));
    dialog.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    dialog.setDay(QDate(2026, 3, 2));
    QVERIFY(dialog.summary().has_value());
    QCOMPARE(dialog.summary()->totals.size(), 1);
    QCOMPARE(dialog.summary()->totals.first().amount, qint64(125050));
    QCOMPARE(dialog.summary()->byPerson.first().userName, QStringLiteral("olga"));
    const QString html = EndOfDayReportDialog::toHtml(*dialog.summary(), dialog.locale());
    QVERIFY2(html.contains(QStringLiteral("1,250.50 AED")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("olga")));

    // Another day shows nothing moved.
    dialog.setDay(QDate(2026, 3, 3));
    QVERIFY(dialog.summary()->totals.isEmpty());
    dialog.setDay(QDate(2026, 3, 2));

    const QString pdf = dir.filePath(QStringLiteral("eod.pdf"));
    QString error;
    QVERIFY2(dialog.savePdf(pdf, &error), qPrintable(error));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.size() > 1000);
    QVERIFY(file.read(5).startsWith("%PDF-"));

    QTest::ignoreMessage(QtWarningMsg, "QPainter::begin(): Returned false");
    QVERIFY(!dialog.savePdf(dir.filePath(QStringLiteral("no/such/folder/eod.pdf")), &error));
    QVERIFY(!error.isEmpty());
}

// Voids say what they released; requests awaiting approval and authorizations expiring within a day are
// listed; the report saves as CSV; an Arabic desk gets the page laid out from the right.
void tst_EndOfDayReportDialog::voidsWaitingWorkCsvAndArabic()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto created = Database::create(dir.filePath(QStringLiteral("t.db")), QStringLiteral("MERCH1"),
                                    QStringLiteral("simulator"));
    QVERIFY2(created.ok(), qPrintable(created.message));
    const Database &db = **created;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction tx;
    tx.merchantIdentifier = QStringLiteral("MERCH1");
    tx.merchantReference = QStringLiteral("ORD-VOID");
    tx.origin = Origin::Authorization;
    tx.currency = *Currency::fromCode(u"AED");
    tx.authorized = 50000;
    tx.captured = 20000;
    tx.voided = true;
    tx.authorizedAt = now.addDays(-6);
    tx.captureDeadline = now.addSecs(5 * 3600);
    QVERIFY(TransactionRepository(db).insert(tx).ok());
    Operation op;
    op.transactionId = tx.id;
    op.kind = OperationKind::Void;
    op.currency = tx.currency;
    op.userName = QStringLiteral("olga");
    op.owner = QStringLiteral("desk");
    op.baseline = {50000, 20000, 0};
    op.createdAt = now.addSecs(-2);
    op.leaseUntil = now.addSecs(60);
    const OperationJournal journal(db);
    QVERIFY(journal.begin(op).ok());
    QVERIFY(
        journal
            .settle(op.id, OperationOutcome::Pending, OperationOutcome::Succeeded, QString(), QString(), now)
            .ok());
    Transaction open = tx;
    open.id = 0;
    open.merchantReference = QStringLiteral("ORD-OPEN");
    open.captured = 0;
    open.voided = false;
    QVERIFY(TransactionRepository(db).insert(open).ok());
    RefundRequest request;
    request.transactionId = tx.id;
    request.amount = 15000;
    request.currency = tx.currency;
    request.reason = QStringLiteral("damaged");
    request.requestedBy = QStringLiteral("amir");
    request.requestedAt = now.addSecs(-60);
    request.expiresAt = now.addDays(1);
    QVERIFY(RefundRequestRepository(db).insert(request).ok());

    EndOfDayReportDialog dialog(db, QStringLiteral("UTC"));
    dialog.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    dialog.setDay(now.date());
    QVERIFY(dialog.summary().has_value());
    const QString html = EndOfDayReportDialog::toHtml(*dialog.summary(), dialog.locale());
    QVERIFY2(html.contains(QStringLiteral("Void (released)")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("300.00 AED")));
    QVERIFY(html.contains(QStringLiteral("Refund requests awaiting approval")));
    QVERIFY(html.contains(QStringLiteral("150.00 AED")));
    QVERIFY(html.contains(QStringLiteral("Authorizations expiring in the next 24 hours")));
    QVERIFY(html.contains(QStringLiteral("500.00 AED"))); // ORD-OPEN: all of it still to capture

    const QString csv = dir.filePath(QStringLiteral("eod.csv"));
    QString error;
    QVERIFY2(dialog.saveCsv(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.startsWith(EndOfDayReport::csvHeader().join(u',')), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("by_person,olga,void,,AED,1,300.00,30000,")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("awaiting_approval,amir,refund,ORD-VOID,AED,1,150.00,15000,")));

    QCOMPARE(dialog.document()->firstBlock().textDirection(), Qt::LeftToRight);
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    EndOfDayReportDialog arabic(db, QStringLiteral("UTC"));
    const auto restore = qScopeGuard([] { QGuiApplication::setLayoutDirection(Qt::LeftToRight); });
    QCOMPARE(arabic.layoutDirection(), Qt::RightToLeft);
    QCOMPARE(arabic.document()->firstBlock().textDirection(), Qt::RightToLeft);
    // The first column (the order) stands on the right: written last in each row.
    const QString rtl =
        EndOfDayReportDialog::toHtml(*arabic.summary(), QLocale(QLocale::Arabic), Qt::RightToLeft);
    QVERIFY(rtl.contains(QStringLiteral("dir=\"rtl\"")));
    QVERIFY2(rtl.contains(QStringLiteral("<td>ORD-VOID</td></tr>")), qPrintable(rtl));
    QVERIFY(html.contains(QStringLiteral("<tr><td>ORD-VOID</td>")));
    const QString pdf = dir.filePath(QStringLiteral("eod-ar.pdf"));
    QVERIFY2(arabic.savePdf(pdf, &error), qPrintable(error));
}

QTEST_MAIN(tst_EndOfDayReportDialog)
#include "tst_endofdayreportdialog.moc"
