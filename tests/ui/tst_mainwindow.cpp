#include "amountdialog.h"
#include "demosession.h"
#include "desksession.h"
#include "detailpane.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "todayview.h"
#include "transactionactions.h"
#include "transactiontablemodel.h"
#include "wording.h"

#include "apssimulator.h"
#include "journalfixture.h"
#include "services/authservice.h"
#include "simulatorbook.h"
#include "store/database.h"
#include "store/transactionrepository.h"
#include "transactionbuilder.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

namespace {

const QString Merchant = QStringLiteral("WINDOWTEST");

Transaction authorization(int i)
{
    // The builder's capture window is seven days from the authorization.
    return TransactionBuilder(QStringLiteral("ORD-%1").arg(i, 4, 10, QLatin1Char('0')))
        .merchant(Merchant)
        .authorized(100000 + i)
        .authorizedAt(QDateTime::currentDateTimeUtc().addSecs(-3600LL * (i + 1)))
        .customer(QStringLiteral("Customer %1").arg(i));
}

// With PAYDESK_SCREENSHOT_DIR set, the end-to-end test leaves pictures of what a clerk sees there.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty() && widget)
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class tst_MainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keyboardOnly();
    void filtersPersist();
    void selectionMovesOnWhenTheRowLeaves();
    void chipCountsAndViewSums();
    void searchReachesPastTheChip();
    void amountSortsSayTheyGroupByCurrency();
    void exportsTheCurrentView();
    void todayLeadsToTheList();
    void captureEndToEndAgainstSimulator();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setApplicationName(QStringLiteral("PayDeskTest"));
    QApplication::setOrganizationName(QStringLiteral("PayDeskTest"));
}

void tst_MainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    StoreResult<std::unique_ptr<Database>> db =
        Database::create(m_dir->filePath(QStringLiteral("w.db")), Merchant, QStringLiteral("simulator"));
    QVERIFY2(db.ok(), qPrintable(db.message));
    m_database = std::move(*db);
    const TransactionRepository repository(*m_database);
    for (int i = 0; i < 50; ++i) {
        Transaction tx = authorization(i);
        QVERIFY(repository.insert(tx).ok());
    }
}

void tst_MainWindow::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void tst_MainWindow::keyboardOnly()
{
    MainWindow::Context context;
    context.database = m_database.get();
    context.userName = QStringLiteral("clerk");
    MainWindow window(context);
    window.restoreSettings();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Ctrl+L: into the list; the first row is selected and shown.
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_L));
    QTRY_VERIFY(window.table()->hasFocus());
    QCOMPARE(window.selectedTransactionId().has_value(), true);
    QTest::keyClick(window.table(), Qt::Key_Down);
    QCOMPARE(window.table()->currentIndex().row(), 1);
    QCOMPARE(window.detailPane()->transactionId(),
             window.model()->index(1, 0).data(TransactionTableModel::TransactionIdRole).toLongLong());

    // Ctrl+F: into the search box; typing filters after the pause.
    QTest::keySequence(&window, QKeySequence::Find);
    QTRY_VERIFY(window.filterBar()->searchBox()->hasFocus());
    QTest::keyClicks(window.filterBar()->searchBox(), QStringLiteral("ORD-0007"));
    QCOMPARE(window.model()->rowCount(), 50); // not yet: debounced
    QTRY_COMPARE(window.model()->rowCount(), 1);
    QTRY_VERIFY(window.summaryLabel()->text().contains(QStringLiteral("1 match")));

    // Escape clears the search.
    QTest::keyClick(window.filterBar()->searchBox(), Qt::Key_Escape);
    QTRY_COMPARE(window.model()->rowCount(), 50);

    // Back in the list with the keyboard, the selection is still there.
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_L));
    QTRY_VERIFY(window.table()->hasFocus());
    QVERIFY(window.table()->currentIndex().isValid());

    // Tab leaves the list (not cell by cell) for the detail pane.
    QTest::keyClick(window.table(), Qt::Key_Tab);
    QTRY_VERIFY(!window.table()->hasFocus());
    QVERIFY(window.detailPane()->isAncestorOf(QApplication::focusWidget()));

    // Without a connection to APS, money actions are disabled and say why.
    QAction *capture = window.actions()->action(TransactionRules::Action::Capture);
    QVERIFY(!capture->isEnabled());
    QVERIFY(capture->toolTip().contains(QStringLiteral("Not connected to APS")));
}

void tst_MainWindow::filtersPersist()
{
    MainWindow::Context context;
    context.database = m_database.get();
    {
        MainWindow window(context);
        window.restoreSettings();
        window.filterBar()->setChip(FilterBar::Chip::NeedsCapture);
        window.filterBar()->setSearchText(QStringLiteral("ORD-001"));
        window.model()->sort(TransactionTableModel::ReferenceColumn, Qt::AscendingOrder);
        window.saveSettings();
    }
    MainWindow again(context);
    again.restoreSettings();
    QCOMPARE(again.filterBar()->chip(), FilterBar::Chip::NeedsCapture);
    // The search is not restored: a new session does not start on yesterday's search hiding most orders.
    QCOMPARE(again.filterBar()->searchText(), QString());
    QCOMPARE(again.model()->query().sort, TransactionSort::Reference);
    QCOMPARE(again.model()->query().order, Qt::AscendingOrder);
    QCOMPARE(again.model()->rowCount(), 50);
    QCOMPARE(again.model()->index(0, 1).data().toString(), QStringLiteral("ORD-0000"));
}

// Capturing the selected order under "Needs capture" makes it leave the view: the next order is selected,
// not nothing.
void tst_MainWindow::selectionMovesOnWhenTheRowLeaves()
{
    MainWindow::Context context;
    context.database = m_database.get();
    MainWindow window(context);
    window.restoreSettings();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.filterBar()->setChip(FilterBar::Chip::NeedsCapture);
    window.model()->sort(TransactionTableModel::ReferenceColumn, Qt::AscendingOrder);
    window.selectRow(2);
    const qint64 third =
        TransactionRepository(*m_database).findByReference(Merchant, QStringLiteral("ORD-0002"))->id;
    const qint64 fourth =
        TransactionRepository(*m_database).findByReference(Merchant, QStringLiteral("ORD-0003"))->id;
    QCOMPARE(window.selectedTransactionId(), std::optional<qint64>(third));
    QSqlQuery update(m_database->connection());
    QVERIFY(
        update.exec(QStringLiteral("UPDATE transactions SET captured = authorized, base_state = 'captured' "
                                   "WHERE id = %1")
                        .arg(third)));
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_R)); // read the list again
    QTRY_COMPARE(window.model()->rowCount(), 49);
    QCOMPARE(window.table()->currentIndex().row(), 2);
    QCOMPARE(window.selectedTransactionId(), std::optional<qint64>(fourth));
    QCOMPARE(window.detailPane()->transactionId(), fourth);
}

// The chips show their counts, live; the status bar sums what the view is about, per currency.
void tst_MainWindow::chipCountsAndViewSums()
{
    QSqlQuery update(m_database->connection());
    // Five orders captured in full, two of them refunded in part.
    QVERIFY(
        update.exec(QStringLiteral("UPDATE transactions SET captured = authorized, base_state = 'captured' "
                                   "WHERE merchant_reference IN ('ORD-0000', 'ORD-0001', 'ORD-0002', "
                                   "'ORD-0003', 'ORD-0004')")));
    QVERIFY(update.exec(
        QStringLiteral("UPDATE transactions SET refunded = 100, base_state = "
                       "'partially_refunded' WHERE merchant_reference IN ('ORD-0000', 'ORD-0001')")));
    MainWindow::Context context;
    context.database = m_database.get();
    MainWindow window(context);
    window.restoreSettings();
    FilterBar *bar = window.filterBar();
    QTRY_COMPARE(bar->chipButton(FilterBar::Chip::All)->text(), QStringLiteral("All 50"));
    QCOMPARE(bar->chipButton(FilterBar::Chip::NeedsCapture)->text(), QStringLiteral("Needs capture 45"));
    QCOMPARE(bar->chipButton(FilterBar::Chip::Refundable)->text(), QStringLiteral("Refundable 5"));
    QCOMPARE(bar->chipButton(FilterBar::Chip::Lapsed)->text(), QStringLiteral("Lapsed 0"));
    QTRY_VERIFY(window.summaryLabel()->text().contains(QStringLiteral("authorized")));

    // Under Needs capture: what is left to capture (orders 5..49: 45 × 1,000.00 + 5 + … + 49 minor units).
    bar->setChip(FilterBar::Chip::NeedsCapture);
    qint64 toCapture = 0;
    for (int i = 5; i < 50; ++i)
        toCapture += 100000 + i;
    const QString expected = Wording::money(toCapture, *Currency::fromCode(QStringLiteral("AED")), QLocale());
    QTRY_VERIFY(window.summaryLabel()->text().endsWith(QStringLiteral(" · to capture %1").arg(expected)));
    QVERIFY(window.summaryLabel()->text().startsWith(QStringLiteral("45 match")));
    // Refundable: captured less refunded.
    bar->setChip(FilterBar::Chip::Refundable);
    qint64 refundable = 0;
    for (int i = 0; i < 5; ++i)
        refundable += 100000 + i - (i < 2 ? 100 : 0);
    QTRY_VERIFY(window.summaryLabel()->text().endsWith(
        QStringLiteral(" · refundable %1")
            .arg(Wording::money(refundable, *Currency::fromCode(QStringLiteral("AED")), QLocale()))));
    QVERIFY(window.summaryLabel()->text().startsWith(QStringLiteral("5 match")));

    // Live: another capture moves one order from Needs capture to Refundable.
    QVERIFY(
        update.exec(QStringLiteral("UPDATE transactions SET captured = authorized, base_state = 'captured' "
                                   "WHERE merchant_reference = 'ORD-0010'")));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_R));
    QTRY_COMPARE(bar->chipButton(FilterBar::Chip::NeedsCapture)->text(), QStringLiteral("Needs capture 44"));
    QCOMPARE(bar->chipButton(FilterBar::Chip::Refundable)->text(), QStringLiteral("Refundable 6"));
}

// Search finds an order whatever chip is on: the status bar says how many All holds, one click away; Enter in
// the search box goes to the first match, Esc in the list clears the search and keeps the order selected.
void tst_MainWindow::searchReachesPastTheChip()
{
    MainWindow::Context context;
    context.database = m_database.get();
    MainWindow window(context);
    window.restoreSettings();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.filterBar()->setChip(FilterBar::Chip::Lapsed);
    QCOMPARE(window.model()->rowCount(), 0);
    QTest::keySequence(&window, QKeySequence::Find);
    QTest::keyClicks(window.filterBar()->searchBox(), QStringLiteral("ORD-0007"));
    QTRY_VERIFY(window.elsewhereLabel()->isVisible());
    QVERIFY(window.elsewhereLabel()->text().contains(QStringLiteral("1 match")));
    QVERIFY(window.elsewhereLabel()->text().contains(QStringLiteral(" in All")));
    emit window.elsewhereLabel()->linkActivated(QStringLiteral("all"));
    QCOMPARE(window.filterBar()->chip(), FilterBar::Chip::All);
    QCOMPARE(window.model()->rowCount(), 1);
    QTRY_VERIFY(!window.elsewhereLabel()->isVisible());

    // Enter in the search box: the list takes the focus, on the first match.
    window.filterBar()->searchBox()->setFocus();
    window.filterBar()->searchBox()->clear();
    QTest::keyClicks(window.filterBar()->searchBox(), QStringLiteral("ORD-001"));
    QTest::keyClick(window.filterBar()->searchBox(), Qt::Key_Return);
    QCOMPARE(window.model()->rowCount(), 10); // applied at once, not after the pause
    QTRY_VERIFY(window.table()->hasFocus());
    QCOMPARE(window.table()->currentIndex().row(), 0);
    QTest::keyClick(window.table(), Qt::Key_Down);
    const qint64 chosen = *window.selectedTransactionId();

    // Esc in the list: the search is cleared, the order stays selected.
    QTest::keyClick(window.table(), Qt::Key_Escape);
    QCOMPARE(window.filterBar()->searchText(), QString());
    QCOMPARE(window.model()->rowCount(), 50);
    QCOMPARE(window.selectedTransactionId(), std::optional<qint64>(chosen));
    QCOMPARE(window.table()->currentIndex().data(TransactionTableModel::TransactionIdRole).toLongLong(),
             chosen);
}

// Amount sorts group by currency when no currency is chosen, and say so.
void tst_MainWindow::amountSortsSayTheyGroupByCurrency()
{
    MainWindow::Context context;
    context.database = m_database.get();
    MainWindow window(context);
    window.restoreSettings();
    for (const int column :
         {int(TransactionTableModel::CapturedColumn), int(TransactionTableModel::RefundedColumn),
          int(TransactionTableModel::RemainingColumn)}) {
        window.table()->horizontalHeader()->setSortIndicator(column, Qt::DescendingOrder);
        QCOMPARE(TransactionTableModel::columnOfSort(window.model()->query().sort), column);
        QVERIFY(window.messageLabel()->text().contains(QStringLiteral("currency first")));
        QVERIFY(window.model()
                    ->headerData(column, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("currency first")));
    }
}

void tst_MainWindow::exportsTheCurrentView()
{
    MainWindow::Context context;
    context.database = m_database.get();
    MainWindow window(context);
    window.restoreSettings();
    window.filterBar()->setSearchText(QStringLiteral("ORD-002"));
    QCOMPARE(window.model()->rowCount(), 10);
    const QString path = m_dir->filePath(QStringLiteral("view.csv"));
    window.exportTo(path);
    QTRY_VERIFY(!window.isExporting());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 11); // the header and the ten rows of the view
    QVERIFY(lines.at(1).contains("ORD-002"));
}

// The Today page: the list stays the page a window opens on; Today reads its figures when opened (Ctrl+1),
// its tiles lead to the list under the matching chip, and a day's bar to the orders that day moved money on;
// the page left open is the page of the next start.
void tst_MainWindow::todayLeadsToTheList()
{
    // ORD-0003 was captured yesterday; every order is open for capture.
    const Transaction captured =
        *TransactionRepository(*m_database).findByReference(Merchant, QStringLiteral("ORD-0003")).value;
    const QDateTime yesterday = QDate::currentDate().addDays(-1).startOfDay().addSecs(12 * 3600).toUTC();
    QVERIFY(journalOperation(*m_database, captured.id, OperationKind::Capture, 5000,
                             OperationOutcome::Succeeded, yesterday, QStringLiteral("clerk"))
                .ok());

    MainWindow::Context context;
    context.database = m_database.get();
    context.userName = QStringLiteral("clerk");
    {
        MainWindow window(context);
        window.restoreSettings();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.pages()->currentWidget(), window.listPage());
        QSignalSpy read(window.todayView(), &TodayView::figuresRead);
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_1));
        QCOMPARE(window.pages()->currentWidget(), window.todayView());
        QVERIFY(read.wait(10000));
        QVERIFY2(
            window.todayView()->tileText(QStringLiteral("toCapture")).contains(QStringLiteral("on 50 order")),
            qPrintable(window.todayView()->tileText(QStringLiteral("toCapture"))));

        emit window.todayView()
            ->findChild<QLabel *>(QStringLiteral("expiringLink"))
            ->linkActivated(QString());
        QCOMPARE(window.pages()->currentWidget(), window.listPage());
        QCOMPARE(window.filterBar()->chip(), FilterBar::Chip::ExpiringSoon);

        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_1));
        auto *series =
            qobject_cast<QBarSeries *>(window.todayView()->movementChart()->chart()->series().first());
        QVERIFY(series);
        emit series->clicked(series->barSets().first()->count() - 2, series->barSets().first()); // yesterday
        QCOMPARE(window.pages()->currentWidget(), window.listPage());
        QCOMPARE(window.filterBar()->chip(), FilterBar::Chip::All);
        QCOMPARE(window.filterBar()->movedOn(), QDate::currentDate().addDays(-1));
        QVERIFY(window.filterBar()->movedOnButton()->isVisible());
        QTRY_COMPARE(window.model()->rowCount(), 1);
        QCOMPARE(window.model()->index(0, 1).data().toString(), QStringLiteral("ORD-0003"));
        window.filterBar()->movedOnButton()->click();
        QTRY_COMPARE(window.model()->rowCount(), 50);

        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_1));
        window.saveSettings();
    }
    MainWindow again(context);
    again.restoreSettings();
    QCOMPARE(again.pages()->currentWidget(), again.todayView());
}

void tst_MainWindow::captureEndToEndAgainstSimulator()
{
    QString error;
    ApsSimulator *simulator = nullptr;
    std::unique_ptr<DeskSession> session = openDemoSession(&error, &simulator);
    QVERIFY2(session, qPrintable(error));
    std::unique_ptr<MainWindow> window =
        session->createWindow(*session->auth().user(QStringLiteral("olivia")));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    // An authorization with something left to capture.
    window->filterBar()->setChip(FilterBar::Chip::NeedsCapture);
    QVERIFY(window->model()->rowCount() > 0);
    int row = -1;
    for (int r = 0; r < window->model()->rowCount() && row < 0; ++r) {
        const TransactionRow *candidate = window->model()->rowAt(r);
        if (candidate && !candidate->transaction.unresolved &&
            session->rules()
                .check(TransactionRules::Action::Capture, candidate->transaction,
                       QDateTime::currentDateTimeUtc())
                .allowed)
            row = r;
    }
    QVERIFY(row >= 0);
    window->selectRow(row);
    const Transaction before = window->model()->rowAt(row)->transaction;
    const qint64 part = (before.authorized - before.captured) / 2;
    QVERIFY(part > 0);
    const qint64 simulatorBefore = simulator->book().order(before.merchantReference)->captured;

    QAction *capture = window->actions()->action(TransactionRules::Action::Capture);
    QTRY_VERIFY(capture->isEnabled());
    capture->trigger();
    auto *dialog = qobject_cast<AmountDialog *>(window->actions()->openDialog());
    QVERIFY(dialog);
    dialog->amountEdit()->setText(
        Money::fromMinor(before.authorized, before.currency).toLocalizedString(QLocale()));
    QTRY_VERIFY(dialog->isVisible());
    screenshot(dialog, QStringLiteral("capture-over-maximum"));
    dialog->amountEdit()->setText(Money::fromMinor(part, before.currency).toLocalizedString(QLocale()));
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
    screenshot(dialog, QStringLiteral("capture-dialog"));
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    auto *confirm = qobject_cast<QMessageBox *>(window->actions()->openDialog());
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(before.merchantReference));
    QTRY_VERIFY(confirm->isVisible());
    screenshot(confirm, QStringLiteral("capture-confirmation"));
    QSignalSpy running(window->actions(), &TransactionActions::runningChanged);
    confirm->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();

    // While it runs, the row says so and its actions are disabled.
    QCOMPARE(running.count(), 1);
    QVERIFY(window->actions()->isRunning(before.id));
    QVERIFY(!capture->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(running.count() == 2, 20000);
    QVERIFY(!window->actions()->isRunning(before.id));

    // APS applied it once, the cache and the timeline show it.
    QCOMPARE(simulator->book().order(before.merchantReference)->captured, simulatorBefore + part);
    const Transaction after = *TransactionRepository(session->database()).findById(before.id);
    QCOMPARE(after.captured, before.captured + part);
    QTRY_VERIFY(window->detailPane()->timeline()->topLevelItemCount() >= 1);
    bool found = false;
    for (int i = 0; i < window->detailPane()->timeline()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = window->detailPane()->timeline()->topLevelItem(i);
        if (item->text(1) == QStringLiteral("Capture") &&
            item->text(4).startsWith(QStringLiteral("Succeeded")))
            found = true;
    }
    QVERIFY(found);
    screenshot(window.get(), QStringLiteral("after-capture"));
    window.reset();
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
