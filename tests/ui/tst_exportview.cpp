#include "exportcurrentview.h"

#include "tempcache.h"

#include "store/database.h"
#include "store/transactionexporter.h"
#include "store/transactionrepository.h"
#include "transactionbuilder.h"
#include "transactiontablemodel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

namespace {

const QString Merchant = QStringLiteral("EXPORTTEST");
const QDateTime Now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

Transaction order(const QString &reference, qint64 authorized, const QString &currency, int hoursAgo)
{
    return TransactionBuilder(reference)
        .merchant(Merchant)
        .fortId(QStringLiteral("1699962000000000%1").arg(hoursAgo, 2, 10, QLatin1Char('0')))
        .currency(currency)
        .authorized(authorized)
        .authorizedAt(Now.addSecs(-3600 * hoursAgo))
        .deadline(Now.addDays(6));
}

QList<QByteArray> lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> read = file.readAll().split('\n');
    if (!read.isEmpty() && read.last().isEmpty())
        read.removeLast();
    for (QByteArray &line : read)
        line = line.trimmed();
    return read;
}

} // namespace

// Exporting the window's current view: exactly the rows of its query, in its order, with a status message;
// nothing replaced when the export fails; the interactive path through the file dialog and a worker thread.
class tst_ExportView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void writesTheRowsOfTheQuery_data();
    void writesTheRowsOfTheQuery();
    void failureLeavesTheFileAlone();
    void exportsOnAWorkerAfterTheFileDialog();
    void defaultFileNameNamesTheView_data();
    void defaultFileNameNamesTheView();
    void columnsAsShownWithByteOrderMark();

private:
    std::unique_ptr<TempCache> m_cache;
};

void tst_ExportView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ExportView::init()
{
    m_cache = std::make_unique<TempCache>(Merchant);
    QVERIFY2(m_cache->ok(), qPrintable(m_cache->error()));
    const TransactionRepository repository(m_cache->database());
    for (Transaction tx : {order(QStringLiteral("A-1"), 125000, QStringLiteral("AED"), 3),
                           order(QStringLiteral("K-1"), 1250500, QStringLiteral("KWD"), 2),
                           order(QStringLiteral("A-2"), 999, QStringLiteral("AED"), 1)}) {
        const StoreStatus inserted = repository.insert(tx);
        QVERIFY2(inserted.ok(), qPrintable(inserted.message));
    }
}

void tst_ExportView::cleanup()
{
    m_cache.reset();
}

void tst_ExportView::writesTheRowsOfTheQuery_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("references");
    QTest::addColumn<QString>("message");
    QTest::newRow("everything, newest first")
        << QString() << QString()
        << QStringList{QStringLiteral("A-2"), QStringLiteral("K-1"), QStringLiteral("A-1")}
        << QStringLiteral("Exported 3 transaction");
    QTest::newRow("AED only") << QStringLiteral("AED") << QString()
                              << QStringList{QStringLiteral("A-2"), QStringLiteral("A-1")}
                              << QStringLiteral("Exported 2 transaction");
    QTest::newRow("search") << QString() << QStringLiteral("K-1") << QStringList{QStringLiteral("K-1")}
                            << QStringLiteral("Exported 1 transaction");
    QTest::newRow("empty view") << QStringLiteral("SAR") << QString() << QStringList()
                                << QStringLiteral("Exported no transactions to ");
}

void tst_ExportView::writesTheRowsOfTheQuery()
{
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QFETCH(QStringList, references);
    QFETCH(QString, message);
    TransactionQuery query;
    query.currency = currency;
    query.text = text;
    query.now = Now;
    const QString path = m_cache->filePath(QStringLiteral("view.csv"));
    const ExportOutcome outcome = ExportCurrentView::exportTo(m_cache->database(), query, path);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.rows, qint64(references.size()));
    QVERIFY2(outcome.message.startsWith(message), qPrintable(outcome.message));
    QVERIFY(outcome.message.contains(QDir::toNativeSeparators(path)));

    const QList<QByteArray> written = lines(path);
    QCOMPARE(written.size(), 1 + references.size());
    QCOMPARE(written.at(0), TransactionExporter::header().join(QLatin1Char(',')).toUtf8());
    for (int i = 0; i < references.size(); ++i)
        QVERIFY2(written.at(i + 1).startsWith(QByteArray(references.at(i).toUtf8() + ',')),
                 written.at(i + 1).constData());
    if (references.contains(QStringLiteral("K-1"))) {
        const QByteArray kwd = written.at(1 + int(references.indexOf(QStringLiteral("K-1"))));
        QVERIFY2(kwd.contains(",KWD,1250.500,0.000,0.000,0.000,1250500,0,0,0,"), kwd.constData());
    }
}

void tst_ExportView::failureLeavesTheFileAlone()
{
    const QString path = m_cache->filePath(QStringLiteral("no-such-folder/view.csv"));
    const ExportOutcome outcome = ExportCurrentView::exportTo(m_cache->database(), TransactionQuery(), path);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.startsWith(QStringLiteral("Export failed; ")), qPrintable(outcome.message));
    QVERIFY(!QFile::exists(path));
}

void tst_ExportView::exportsOnAWorkerAfterTheFileDialog()
{
    QWidget window;
    window.show();
    ExportCurrentView exporter(m_cache->database());
    QSignalSpy started(&exporter, &ExportCurrentView::started);
    QSignalSpy finished(&exporter, &ExportCurrentView::finished);
    TransactionQuery query;
    query.currency = QStringLiteral("KWD");
    exporter.chooseFileAndExport(query, &window);

    auto *dialog = window.findChild<QFileDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isModal());
    QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
    const QString path = m_cache->filePath(QStringLiteral("chosen.csv"));
    emit dialog->fileSelected(path);
    QCOMPARE(started.count(), 1);
    QVERIFY(exporter.isRunning());
    QVERIFY(finished.wait(30000));
    QVERIFY(!exporter.isRunning());
    const auto outcome = finished.at(0).at(0).value<ExportOutcome>();
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.rows, qint64(1));
    QCOMPARE(outcome.path, path);
    const QList<QByteArray> written = lines(path);
    QCOMPARE(written.size(), 2);
    QVERIFY(written.at(1).startsWith("K-1,"));
    dialog->reject();
}

void tst_ExportView::defaultFileNameNamesTheView_data()
{
    QTest::addColumn<int>("capture");
    QTest::addColumn<bool>("refundable");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("name");
    const int open = int(TransactionQuery::Capture::Open);
    const int soon = int(TransactionQuery::Capture::ExpiringSoon);
    const int any = int(TransactionQuery::Capture::Any);
    QTest::newRow("needs capture") << open << false << QString()
                                   << QStringLiteral("paydesk-needs-capture-2026-12-01.csv");
    QTest::newRow("expiring, AED") << soon << false << QStringLiteral("AED")
                                   << QStringLiteral("paydesk-expiring-soon-aed-2026-12-01.csv");
    QTest::newRow("refundable") << any << true << QString()
                                << QStringLiteral("paydesk-refundable-2026-12-01.csv");
    QTest::newRow("all") << any << false << QString() << QStringLiteral("paydesk-all-2026-12-01.csv");
}

void tst_ExportView::defaultFileNameNamesTheView()
{
    QFETCH(int, capture);
    QFETCH(bool, refundable);
    QFETCH(QString, currency);
    QFETCH(QString, name);
    TransactionQuery query;
    query.capture = TransactionQuery::Capture(capture);
    query.refundableOnly = refundable;
    query.currency = currency;
    QCOMPARE(ExportCurrentView::defaultFileName(query, QDate(2026, 12, 1)), name);
}

// The window's export offers the list's visible columns with their headings, with a UTF-8 byte order mark
// for Excel, proposes a file name for the view in Documents, and remembers the folder it went to.
void tst_ExportView::columnsAsShownWithByteOrderMark()
{
    QSettings().remove(QStringLiteral("export"));
    QVERIFY(QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)));
    TransactionTableModel model(m_cache->database());
    QTableView table;
    table.setModel(&model);
    table.setColumnHidden(TransactionTableModel::CustomerColumn, true);
    table.setColumnHidden(TransactionTableModel::DateColumn, true);
    const auto shown = ExportCurrentView::shownColumns(*table.horizontalHeader(), TransactionRules(), Now,
                                                       QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(shown.size(), TransactionTableModel::ColumnCount - 2);
    QCOMPARE(shown.first().heading, QStringLiteral("Order"));

    QWidget window;
    window.show();
    ExportCurrentView exporter(m_cache->database());
    QSignalSpy finished(&exporter, &ExportCurrentView::finished);
    TransactionQuery query;
    query.currency = QStringLiteral("KWD");
    query.now = Now;
    exporter.chooseFileAndExport(query, &window, shown);
    auto *dialog = window.findChild<QFileDialog *>();
    QVERIFY(dialog);
    QCOMPARE(QDir(dialog->directory()).absolutePath(),
             QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).absolutePath());
    QCOMPARE(dialog->nameFilters().size(), 3);
    QVERIFY2(dialog->selectedNameFilter().startsWith(QStringLiteral("Columns as shown")),
             qPrintable(dialog->selectedNameFilter()));
    const QString path = m_cache->filePath(QStringLiteral("shown.csv"));
    emit dialog->fileSelected(path);
    QVERIFY(finished.wait(30000));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFOrder,Authorized,"));
    QVERIFY2(bytes.contains("K-1,\"1,250.500 KWD\""), bytes.constData());
    QCOMPARE(QDir(ExportCurrentView::defaultFolder()).absolutePath(),
             QDir(m_cache->filePath(QString())).absolutePath());
    dialog->reject();
    QSettings().remove(QStringLiteral("export"));
}

QTEST_MAIN(tst_ExportView)
#include "tst_exportview.moc"
