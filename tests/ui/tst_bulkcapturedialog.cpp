#include "bulkcapturedialog.h"
#include "moneyfixture.h"

#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>

#include <sys/stat.h>

namespace {

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QJsonObject captureFault(const QString &mode, const QString &reference = {}, int delayMs = 0,
                         const QString &responseCode = {})
{
    QJsonObject match{{text("command"), text("CAPTURE")}};
    if (!reference.isEmpty())
        match.insert(text("merchant_reference"), reference);
    QJsonObject fault{
        {text("mode"), mode}, {text("count"), reference.isEmpty() ? -1 : 1}, {text("match"), match}};
    if (delayMs > 0)
        fault.insert(text("delay_ms"), delayMs);
    if (!responseCode.isEmpty())
        fault.insert(text("response_code"), responseCode);
    return fault;
}

} // namespace

// The bulk capture dialog against the real simulator in this process: the preflight as a clerk reads it, the
// confirmation that defaults to Cancel, the run with its per-row report (exported as CSV), and Stop.
class tst_BulkCaptureDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void rowsFromSelectionAndCsv();
    void preflightShowsEveryRowBeforeAnythingIsSent();
    void confirmDefaultsToCancel();
    void runReportsEachRowAndExports();
    void exportIsPrivate();
    void stopBetweenOperations_data();
    void stopBetweenOperations();

private:
    std::unique_ptr<BulkCaptureDialog> dialogFor(const QList<BulkCaptureRow> &rows);
    QString cellText(int row, int column) const;
    BulkCaptureReport runToReport();

    std::unique_ptr<MoneyFixture> m_fx;
    std::unique_ptr<BulkCapture> m_bulk;
    std::unique_ptr<BulkCaptureDialog> m_dialog;
};

void tst_BulkCaptureDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_BulkCaptureDialog::init()
{
    m_fx = std::make_unique<MoneyFixture>(2);
    QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
    m_bulk = std::make_unique<BulkCapture>(&m_fx->service(), &m_fx->database());
}

void tst_BulkCaptureDialog::cleanup()
{
    m_dialog.reset();
    m_bulk.reset();
    m_fx.reset();
}

std::unique_ptr<BulkCaptureDialog> tst_BulkCaptureDialog::dialogFor(const QList<BulkCaptureRow> &rows)
{
    auto dialog =
        std::make_unique<BulkCaptureDialog>(m_bulk.get(), rows, text("alice"), m_fx->service().now());
    dialog->open();
    return dialog;
}

QString tst_BulkCaptureDialog::cellText(int row, int column) const
{
    const QTableWidgetItem *item = m_dialog->table()->item(row, column);
    return item ? item->text() : QString();
}

BulkCaptureReport tst_BulkCaptureDialog::runToReport()
{
    QSignalSpy captured(m_dialog.get(), &BulkCaptureDialog::captured);
    m_dialog->reviewButton()->click();
    m_dialog->confirmButton()->click();
    if (m_dialog->step() != BulkCaptureDialog::Step::Running)
        return {};
    if (!captured.wait(60000))
        return {};
    return captured.at(0).at(0).value<BulkCaptureReport>();
}

void tst_BulkCaptureDialog::rowsFromSelectionAndCsv()
{
    const QList<BulkCaptureRow> selected = BulkCaptureDialog::rowsForReferences({text("A-1"), text("A-2")});
    QCOMPARE(selected.size(), 2);
    QCOMPARE(selected.at(1).line, 2);
    QCOMPARE(selected.at(1).merchantReference, text("A-2"));
    QCOMPARE(selected.at(1).amount, text("remaining"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good = dir.filePath(text("good.csv"));
    QFile file(good);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("merchant_reference,amount\nA-1,10.00\nA-2,remaining\n");
    file.close();
    QList<BulkCaptureRow> rows;
    QString error;
    QVERIFY2(BulkCaptureDialog::readRowsFromCsv(good, &rows, &error), qPrintable(error));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).line, 2);
    QCOMPARE(rows.at(0).amount, text("10.00"));

    const QString bad = dir.filePath(text("bad.csv"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("A-1,10.00,extra\n");
    badFile.close();
    rows.clear();
    QVERIFY(!BulkCaptureDialog::readRowsFromCsv(bad, &rows, &error));
    QVERIFY2(error.contains(text("line 1")), qPrintable(error));
    QVERIFY(!BulkCaptureDialog::readRowsFromCsv(dir.filePath(text("missing.csv")), &rows, &error));
    QVERIFY2(error.contains(text("missing.csv")), qPrintable(error));
}

void tst_BulkCaptureDialog::preflightShowsEveryRowBeforeAnythingIsSent()
{
    m_fx->addOrder(text("A"), 125000);
    m_fx->addOrder(text("K"), 40000, text("KWD"));
    m_fx->addOrder(text("B"), 5000);
    m_fx->addOrder(text("P"), 5000, text("AED"), Origin::Purchase);
    m_fx->addOrder(text("FULL"), 5000);
    Transaction full = m_fx->cached(text("FULL"));
    full.captured = 5000;
    QVERIFY(TransactionRepository(m_fx->database()).updateTotals(full).ok());

    m_dialog = dialogFor({{2, text("A"), text("1250.00")},
                          {3, text("K"), text("remaining")},
                          {4, text("A"), text("1.00")},
                          {5, text("NOPE"), text("1.00")},
                          {6, text("P"), text("1.00")},
                          {7, text("FULL"), text("remaining")},
                          {8, text("B"), text("12.505")},
                          {9, QString(), text("1.00")}});
    QCOMPARE(m_dialog->step(), BulkCaptureDialog::Step::Preflight);
    QCOMPARE(m_dialog->table()->rowCount(), 8);
    QCOMPARE(m_dialog->plan().captureCount, 2);

    const QStringList expected{
        text("Will capture"),
        text("Will capture"),
        text("Skipped: Listed on an earlier line already"),
        text("Skipped: PayDesk does not know order NOPE"),
        text("Skipped: Nothing to capture: a purchase is captured when it is paid."),
        text("Skipped: Nothing left to capture: 50.00 AED of 50.00 AED captured."),
        text("Skipped: The amount \"12.505\" cannot be used: AED has 2 decimals."),
        text("Skipped: No order reference on this line."),
    };
    for (int row = 0; row < expected.size(); ++row)
        QVERIFY2(cellText(row, BulkCaptureDialog::PreflightColumn).startsWith(expected.at(row)),
                 qPrintable(cellText(row, BulkCaptureDialog::PreflightColumn)));

    QCOMPARE(cellText(0, BulkCaptureDialog::AmountColumn), text("1,250.00 AED"));
    QCOMPARE(cellText(1, BulkCaptureDialog::AmountColumn), text("40.000 KWD (what is left)"));
    QCOMPARE(cellText(6, BulkCaptureDialog::AmountColumn), text("12.505"));
    QVERIFY(m_dialog->table()->item(0, BulkCaptureDialog::AmountColumn)->textAlignment() & Qt::AlignTrailing);

    const QString totals = m_dialog->totalsText();
    QVERIFY2(totals.startsWith(text("Will capture 2 order")), qPrintable(totals));
    QVERIFY2(totals.endsWith(text(": 1,250.00 AED and 40.000 KWD")), qPrintable(totals));
    QVERIFY2(m_dialog->summaryLabel()->text().startsWith(totals),
             qPrintable(m_dialog->summaryLabel()->text()));
    QVERIFY(m_dialog->reviewButton()->isVisible());
    QVERIFY(m_dialog->reviewButton()->isEnabled());
    QCOMPARE(m_fx->simulator().paymentRequestCount(), 0);
}

void tst_BulkCaptureDialog::confirmDefaultsToCancel()
{
    m_fx->addOrder(text("A"), 5000);
    m_dialog = dialogFor(BulkCaptureDialog::rowsForReferences({text("A")}));
    m_dialog->reviewButton()->click();
    QCOMPARE(m_dialog->step(), BulkCaptureDialog::Step::Confirm);
    QVERIFY(m_dialog->cancelButton()->isDefault());
    QVERIFY(!m_dialog->confirmButton()->isDefault());
    QVERIFY(m_dialog->confirmButton()->isVisible());

    // Enter presses the default button: back to the preflight, nothing sent.
    QTest::keyClick(m_dialog.get(), Qt::Key_Return);
    QCOMPARE(m_dialog->step(), BulkCaptureDialog::Step::Preflight);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_fx->simulator().paymentRequestCount(), 0);

    // Nothing to capture: the way to the confirmation stays closed.
    m_dialog = dialogFor(BulkCaptureDialog::rowsForReferences({text("NOPE")}));
    QVERIFY(!m_dialog->reviewButton()->isEnabled());
    QVERIFY2(m_dialog->totalsText().startsWith(text("Nothing to capture")),
             qPrintable(m_dialog->totalsText()));
}

void tst_BulkCaptureDialog::runReportsEachRowAndExports()
{
    for (const char *reference : {"OK-1", "LOST", "NO", "MOVED", "OK-2"})
        m_fx->addOrder(text(reference), 5000);
    m_fx->addOrder(text("KW"), 40000, text("KWD"));
    m_fx->addFault(captureFault(text("drop_before_apply"), text("LOST")));
    m_fx->addFault(captureFault(text("uncertain"), text("NO"), 0, text("05017")));
    // Moved at APS behind the cache's back: the fresh baseline refuses the amount.
    QCOMPARE(m_fx->behindTheCache(SimulatorBook::MaintenanceRequest::Kind::Capture, text("MOVED"), 4500),
             text("04000"));

    m_dialog = dialogFor({{1, text("OK-1"), text("10.00")},
                          {2, text("LOST"), text("10.00")},
                          {3, text("NO"), text("10.00")},
                          {4, text("MOVED"), text("10.00")},
                          {5, text("OK-2"), text("remaining")},
                          {6, text("KW"), text("remaining")},
                          {7, text("NOPE"), text("remaining")}});
    const BulkCaptureReport report = runToReport();
    QCOMPARE(m_dialog->step(), BulkCaptureDialog::Step::Report);
    QCOMPARE(report.rows.size(), 7);
    QCOMPARE(m_dialog->report().rows.size(), 7);

    const QStringList statuses{text("Captured"), text("Outcome unknown"), text("Declined"), text("Not done"),
                               text("Captured"), text("Captured"),        text("Skipped")};
    for (int row = 0; row < statuses.size(); ++row)
        QCOMPARE(cellText(row, BulkCaptureDialog::ResultColumn), statuses.at(row));
    QCOMPARE(cellText(0, BulkCaptureDialog::CodeColumn), report.rows.at(0).payment->responseCode);
    QVERIFY(!cellText(0, BulkCaptureDialog::CodeColumn).isEmpty());
    QCOMPARE(cellText(2, BulkCaptureDialog::CodeColumn), text("05017"));
    QVERIFY2(cellText(2, BulkCaptureDialog::DetailColumn).contains(text("05017")),
             qPrintable(cellText(2, BulkCaptureDialog::DetailColumn)));
    QVERIFY2(cellText(3, BulkCaptureDialog::DetailColumn).contains(text("At most 5.00 AED can be captured")),
             qPrintable(cellText(3, BulkCaptureDialog::DetailColumn)));
    QCOMPARE(m_dialog->progressBar()->value(), 7);

    const QString summary = m_dialog->summaryLabel()->text();
    QVERIFY2(summary.contains(text("60.00 AED and 40.000 KWD")), qPrintable(summary));
    QVERIFY2(summary.contains(text("1 declined")), qPrintable(summary));
    QVERIFY2(summary.contains(text("1 skipped")), qPrintable(summary));
    QVERIFY(m_dialog->exportButton()->isVisible());
    QCOMPARE(m_fx->simOrder(text("OK-2")).captured, qint64(5000));
    QCOMPARE(m_fx->simOrder(text("KW")).captured, qint64(40000));
    QCOMPARE(m_fx->received(text("LOST"), text("CAPTURE")), 1);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(text("report.csv"));
    QString error;
    QVERIFY2(m_dialog->exportReport(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 1 + 7 + 1); // header, rows, the empty rest after the last CRLF
    QCOMPARE(lines.at(0).trimmed(), QByteArray("line,merchant_reference,currency,amount,preflight,result,"
                                               "response_code,response_message,detail"));
    QVERIFY2(lines.at(1).startsWith("1,OK-1,AED,10.00,capture,captured,"), lines.at(1).constData());
    QVERIFY2(lines.at(2).startsWith("2,LOST,AED,10.00,capture,unknown,"), lines.at(2).constData());
    QVERIFY2(lines.at(3).startsWith("3,NO,AED,10.00,capture,declined,05017,"), lines.at(3).constData());
    QVERIFY2(lines.at(6).startsWith("6,KW,KWD,40.000,capture,captured,"), lines.at(6).constData());
    QVERIFY2(lines.at(7).startsWith("7,NOPE,,remaining,not_in_cache,skipped,,,"), lines.at(7).constData());

    m_dialog->reject();
    QVERIFY(!m_dialog->isVisible());
}

// The report names orders, amounts and APS's answers: owner-only under the usual umask, and an existing file
// that others could read is replaced by one they cannot.
void tst_BulkCaptureDialog::exportIsPrivate()
{
    m_dialog = dialogFor(BulkCaptureDialog::rowsForReferences({text("NOPE")}));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const mode_t saved = ::umask(022);
    const auto modeOf = [](const QString &path) {
        struct stat status;
        return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 07777) : -1;
    };
    const QString fresh = dir.filePath(text("new.csv"));
    QString freshError;
    const bool wroteFresh = m_dialog->exportReport(fresh, &freshError);
    const QString existing = dir.filePath(text("existing.csv"));
    QFile earlier(existing);
    const bool created = earlier.open(QIODevice::WriteOnly) && earlier.write("old\n") == 4;
    earlier.close();
    const bool opened = ::chmod(QFile::encodeName(existing).constData(), 0644) == 0;
    QString existingError;
    const bool wroteExisting = m_dialog->exportReport(existing, &existingError);
    ::umask(saved);
    QVERIFY2(wroteFresh, qPrintable(freshError));
    QVERIFY(created && opened);
    QVERIFY2(wroteExisting, qPrintable(existingError));
    QCOMPARE(QByteArray::number(modeOf(fresh), 8), QByteArray("600"));
    QCOMPARE(QByteArray::number(modeOf(existing), 8), QByteArray("600"));
}

void tst_BulkCaptureDialog::stopBetweenOperations_data()
{
    QTest::addColumn<bool>("byClosing");
    QTest::newRow("Stop button") << false;
    QTest::newRow("closing the dialog") << true;
}

void tst_BulkCaptureDialog::stopBetweenOperations()
{
    QFETCH(bool, byClosing);
    QStringList references;
    for (int i = 0; i < 10; ++i) {
        references << QStringLiteral("ORD-%1").arg(i);
        m_fx->addOrder(references.last(), 5000);
    }
    m_fx->addFault(captureFault(text("delay"), {}, 150));
    m_dialog = dialogFor(BulkCaptureDialog::rowsForReferences(references));
    QSignalSpy captured(m_dialog.get(), &BulkCaptureDialog::captured);
    connect(m_bulk.get(), &BulkCapture::rowFinished, m_dialog.get(), [this, byClosing] {
        if (m_dialog->step() != BulkCaptureDialog::Step::Running)
            return;
        if (byClosing) {
            m_dialog->reject();
            QVERIFY(m_dialog->isVisible());
        } else {
            m_dialog->stopButton()->click();
        }
        QVERIFY(!m_dialog->stopButton()->isEnabled());
    });
    m_dialog->reviewButton()->click();
    m_dialog->confirmButton()->click();
    QVERIFY(captured.wait(60000));
    const BulkCaptureReport report = captured.at(0).at(0).value<BulkCaptureReport>();
    QVERIFY(report.cancelled);
    QCOMPARE(report.rows.size(), 10);
    int done = 0;
    int notStarted = 0;
    for (int row = 0; row < report.rows.size(); ++row) {
        const BulkCaptureRowResult &result = report.rows.at(row);
        const int requests = m_fx->received(result.item.row.merchantReference, text("CAPTURE"));
        if (result.status == BulkCaptureRowResult::Status::Cancelled) {
            ++notStarted;
            QCOMPARE(requests, 0);
            QCOMPARE(cellText(row, BulkCaptureDialog::ResultColumn), text("Not started"));
        } else {
            ++done;
            QCOMPARE(result.status, BulkCaptureRowResult::Status::Captured);
            QCOMPARE(requests, 1);
        }
    }
    // The captures already sent when Stop was pressed finished; nothing else started.
    QCOMPARE(done, BulkCapture::DefaultConcurrency);
    QCOMPARE(notStarted, 10 - BulkCapture::DefaultConcurrency);
    QCOMPARE(m_dialog->step(), BulkCaptureDialog::Step::Report);
    QVERIFY(m_dialog->isVisible());
    QVERIFY2(m_dialog->summaryLabel()->text().contains(text("not started")),
             qPrintable(m_dialog->summaryLabel()->text()));
}

QTEST_MAIN(tst_BulkCaptureDialog)
#include "tst_bulkcapturedialog.moc"
