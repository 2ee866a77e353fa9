#include "importdialog.h"

#include "tempcache.h"

#include "store/database.h"
#include "store/transactionrepository.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString Merchant = QStringLiteral("IMPORTTEST");
const QByteArray Header = "merchant_reference,fort_id,operation,status,amount,currency,transaction_date,"
                          "customer_name,customer_email,card_number,payment_option\n";
// A Luhn-valid test card number: it must never be shown.
const QByteArray FullPan = "4111111111111111";
const QByteArray GoodRows =
    "R-1,169996200000000001,authorization,success,1250.00,AED,2026-06-01 10:00:00,Amal,a@example.com,"
    "411111******1111,VISA\n"
    "R-1,169996200000000001,capture,success,250.00,AED,2026-06-01 11:00:00,Amal,a@example.com,"
    "411111******1111,VISA\n"
    "R-2,169996200000000002,authorization,success,40.000,KWD,2026-06-01 12:00:00,Badr,b@example.com,"
    "511111******1118,MASTERCARD\n";
const QByteArray BadRow =
    "R-3,169996200000000003,authorization,success,10.00,AED,2026-06-01 13:00:00,Chadi,c@example.com," +
    FullPan + ",VISA\n";

} // namespace

// The import dialog on a real cache: the worker thread, the summary, the bad-row report that never shows a
// card number, and all-or-nothing unless bad rows are skipped.
class tst_ImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void importsAGoodFileInTheBackground();
    void badRows_data();
    void badRows();
    void refusesWhatIsNotAReport_data();
    void refusesWhatIsNotAReport();
    void staysOpenWhileImporting();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    bool runImport();
    bool cached(const QString &reference, Transaction *tx = nullptr) const;

    std::unique_ptr<TempCache> m_cache;
    std::unique_ptr<ImportDialog> m_dialog;
};

void tst_ImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ImportDialog::init()
{
    m_cache = std::make_unique<TempCache>(Merchant);
    QVERIFY2(m_cache->ok(), qPrintable(m_cache->error()));
    m_dialog = std::make_unique<ImportDialog>(m_cache->database(), ImportOptions());
    m_dialog->open();
}

void tst_ImportDialog::cleanup()
{
    m_dialog.reset();
    m_cache.reset();
}

QString tst_ImportDialog::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_cache->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return QString();
    return path;
}

bool tst_ImportDialog::runImport()
{
    QSignalSpy finished(m_dialog.get(), &ImportDialog::importFinished);
    m_dialog->importButton()->click();
    if (!m_dialog->isRunning())
        return false;
    return finished.wait(30000) && finished.count() == 1;
}

bool tst_ImportDialog::cached(const QString &reference, Transaction *tx) const
{
    const StoreResult<Transaction> found =
        TransactionRepository(m_cache->database()).findByReference(Merchant, reference);
    if (found.ok() && tx)
        *tx = *found;
    return found.ok();
}

void tst_ImportDialog::importsAGoodFileInTheBackground()
{
    QVERIFY(!m_dialog->importButton()->isEnabled()); // no file yet
    QVERIFY(!m_dialog->skipBadRowsBox()->isChecked());
    m_dialog->setFilePath(writeFile(QStringLiteral("good.csv"), Header + GoodRows));
    QVERIFY(m_dialog->importButton()->isEnabled());

    QSignalSpy imported(m_dialog.get(), &ImportDialog::imported);
    QSignalSpy progressed(m_dialog.get(), &ImportDialog::progressed);
    QVERIFY(runImport());
    QCOMPARE(m_dialog->step(), ImportDialog::Step::Done);
    // Progress crossed from the worker through the event loop, phase by phase, before the result.
    QList<ImportProgress::Phase> phases;
    for (const QList<QVariant> &arguments : std::as_const(progressed)) {
        const auto progress = arguments.at(0).value<ImportProgress>();
        if (phases.isEmpty() || phases.last() != progress.phase)
            phases << progress.phase;
    }
    QCOMPARE(phases,
             QList<ImportProgress::Phase>({ImportProgress::Phase::Reading, ImportProgress::Phase::Checking,
                                           ImportProgress::Phase::Merging}));
    const auto last = progressed.last().at(0).value<ImportProgress>();
    QCOMPARE(last.done, last.total);
    QCOMPARE(imported.count(), 1);
    QVERIFY(m_dialog->result() && m_dialog->result()->ok());
    QCOMPARE((*m_dialog->result())->rowsRead, qint64(3));
    QCOMPARE((*m_dialog->result())->ordersCreated, qint64(2));

    const QString summary = m_dialog->summaryLabel()->text();
    QVERIFY2(summary.contains(QStringLiteral("3 rows read, 0 already imported")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Orders: 2 new, 0 updated, 0 unchanged.")), qPrintable(summary));
    QVERIFY(m_dialog->badRowsTable()->isHidden());
    QCOMPARE(m_dialog->progressBar()->value(), m_dialog->progressBar()->maximum());
    QVERIFY(m_dialog->importButton()->isEnabled());

    Transaction tx;
    QVERIFY(cached(QStringLiteral("R-1"), &tx));
    QCOMPARE(tx.authorized, qint64(125000));
    QCOMPARE(tx.captured, qint64(25000));
    QVERIFY(cached(QStringLiteral("R-2"), &tx));
    QCOMPARE(tx.authorized, qint64(40000));

    // The same file again changes nothing.
    QVERIFY(runImport());
    QVERIFY2(m_dialog->summaryLabel()->text().contains(QStringLiteral("3 already imported")),
             qPrintable(m_dialog->summaryLabel()->text()));
}

void tst_ImportDialog::badRows_data()
{
    QTest::addColumn<bool>("skip");
    QTest::newRow("all or nothing (default)") << false;
    QTest::newRow("skip bad rows") << true;
}

void tst_ImportDialog::badRows()
{
    QFETCH(bool, skip);
    m_dialog->setFilePath(writeFile(QStringLiteral("bad.csv"), Header + GoodRows + BadRow));
    m_dialog->setSkipBadRows(skip);
    QSignalSpy imported(m_dialog.get(), &ImportDialog::imported);
    QVERIFY(runImport());

    QTableWidget *table = m_dialog->badRowsTable();
    QVERIFY(!table->isHidden());
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, ImportDialog::LineColumn)->text(), QStringLiteral("5"));
    QCOMPARE(table->item(0, ImportDialog::ReferenceColumn)->text(), QStringLiteral("R-3"));
    QVERIFY2(table->item(0, ImportDialog::ReasonColumn)->text().contains(QStringLiteral("card number")),
             qPrintable(table->item(0, ImportDialog::ReasonColumn)->text()));
    const QString pan = QString::fromLatin1(FullPan);
    const QString summary = m_dialog->summaryLabel()->text();
    QVERIFY(!summary.contains(pan));
    for (int column = 0; column < table->columnCount(); ++column)
        QVERIFY(!table->item(0, column)->text().contains(pan));

    QVERIFY(!cached(QStringLiteral("R-3")));
    if (skip) {
        QCOMPARE(imported.count(), 1);
        QVERIFY(cached(QStringLiteral("R-1")));
        QVERIFY2(summary.contains(QStringLiteral("1 bad rows were skipped")), qPrintable(summary));
    } else {
        QCOMPARE(imported.count(), 0);
        QVERIFY(!cached(QStringLiteral("R-1")));
        QVERIFY2(summary.startsWith(QStringLiteral("Nothing was imported: 1 row")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Skip bad rows")), qPrintable(summary));
    }
}

void tst_ImportDialog::refusesWhatIsNotAReport_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a bulk capture list") << QByteArray("merchant_reference,amount\nA,1.00\n")
                                         << QStringLiteral("This file is not an APS transaction report");
    QTest::newRow("missing file") << QByteArray() << QStringLiteral("The file cannot be read");
}

void tst_ImportDialog::refusesWhatIsNotAReport()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    m_dialog->setFilePath(content.isEmpty() ? m_cache->filePath(QStringLiteral("missing.csv"))
                                            : writeFile(QStringLiteral("other.csv"), content));
    QSignalSpy imported(m_dialog.get(), &ImportDialog::imported);
    QVERIFY(runImport());
    QVERIFY(m_dialog->result() && !m_dialog->result()->ok());
    QCOMPARE(imported.count(), 0);
    QVERIFY2(m_dialog->summaryLabel()->text().startsWith(expected),
             qPrintable(m_dialog->summaryLabel()->text()));
    QVERIFY(m_dialog->badRowsTable()->isHidden());
}

void tst_ImportDialog::staysOpenWhileImporting()
{
    m_dialog->setFilePath(writeFile(QStringLiteral("good.csv"), Header + GoodRows));
    QSignalSpy finished(m_dialog.get(), &ImportDialog::importFinished);
    m_dialog->startImport();
    // The answer comes back through the event loop, so the import is running until it is processed.
    QVERIFY(m_dialog->isRunning());
    QVERIFY(!m_dialog->importButton()->isEnabled());
    QVERIFY(!m_dialog->pathEdit()->isEnabled());
    m_dialog->reject();
    QVERIFY(m_dialog->isVisible());
    QVERIFY(finished.wait(30000));
    m_dialog->reject();
    QVERIFY(!m_dialog->isVisible());
}

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
