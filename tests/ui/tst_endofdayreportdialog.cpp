#include "endofdayreportdialog.h"

#include "store/database.h"
#include "store/operationjournal.h"
#include "store/transactionrepository.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The end-of-day report dialog shows the core's report for the chosen day and writes it as a PDF.
class tst_EndOfDayReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsAndPrintsTheDay();
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

QTEST_MAIN(tst_EndOfDayReportDialog)
#include "tst_endofdayreportdialog.moc"
