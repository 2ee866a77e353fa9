#include "mainwindow.h"

#include "aboutdialog.h"

#include "bulkcapturedialog.h"
#include "detailpane.h"
#include "endofdayreportdialog.h"
#include "exportcurrentview.h"
#include "filterbar.h"
#include "importdialog.h"
#include "matchsummary.h"
#include "palette.h"
#include "statedelegate.h"
#include "todayview.h"
#include "transactionactions.h"
#include "transactiontablemodel.h"
#include "wording.h"

#include "services/bulkcapture.h"
#include "services/paymentservice.h"
#include "store/database.h"
#include "store/databasewatcher.h"
#include "store/operationjournal.h"
#include "store/refundrequestrepository.h"
#include "store/reportedoperations.h"
#include "store/transactionrepository.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

constexpr int ClockTickMs = 60 * 1000;
// The detail pane's first width: its amounts and labels fit, and at 1280 pixels the list beside it shows
// every column.
constexpr int DetailPaneWidth = 370;

} // namespace

MainWindow::MainWindow(Context context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(std::move(context))
    , m_model(new TransactionTableModel(*m_context.database, m_context.rules, this))
    , m_table(new QTableView(this))
    , m_filters(new FilterBar(this))
    , m_pages(new QTabWidget(this))
    , m_today(new TodayView({m_context.database, m_context.userName, false, [this] { return now(); },
                             QTimeZone::systemTimeZone()},
                            m_pages))
    , m_detail(new DetailPane(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_actions(new TransactionActions(
          {m_context.database, m_context.service, m_context.rules, m_context.userName, m_context.clock, this},
          this))
    , m_matches(new MatchSummary(*m_context.database, this))
    , m_watcher(new DatabaseWatcher(*m_context.database, m_context.watchIntervalMs, this))
    , m_summary(new QLabel(this))
    , m_elsewhere(new QLabel(this))
    , m_message(new QLabel(this))
    , m_unreachable(new QLabel(Wording::storeUnreachable(), this))
    , m_clockTick(new QTimer(this))
    , m_export(new ExportCurrentView(*m_context.database, this))
{
    if (m_context.service)
        m_bulk = new BulkCapture(m_context.service, m_context.database, this);
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(m_context.demo ? tr("PayDesk — Demo") : tr("PayDesk"));
    if (m_context.clock)
        m_model->setClock(m_context.clock);
    m_detail->setRules(m_context.rules);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 0);
    if (m_context.demo) {
        auto *banner = new QLabel(tr("Demo — simulated payments, no real money"), central);
        banner->setObjectName(QStringLiteral("demoBanner"));
        banner->setAlignment(Qt::AlignCenter);
        banner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold;"
                                             " padding: 6px; border: 1px solid %3; border-radius: 4px; }")
                                  .arg(Palette::warningBackground().name(), Palette::warningText().name(),
                                       Palette::warningBorder().name()));
        layout->addWidget(banner);
    }
    m_unreachable->setObjectName(QStringLiteral("unreachableBanner"));
    m_unreachable->setAlignment(Qt::AlignCenter);
    m_unreachable->setWordWrap(true);
    m_unreachable->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold;"
                                                " padding: 6px; border: 1px solid %3; border-radius: 4px; }")
                                     .arg(Palette::alertBackground().name(), Palette::alertText().name(),
                                          Palette::alertBackground().darker(130).name()));
    m_unreachable->hide();
    layout->addWidget(m_unreachable);
    m_credentials = new QLabel(central);
    m_credentials->setObjectName(QStringLiteral("credentialsBanner"));
    m_credentials->setWordWrap(true);
    m_credentials->setStyleSheet(m_unreachable->styleSheet());
    connect(m_credentials, &QLabel::linkActivated, this, &MainWindow::settingsRequested);
    layout->addWidget(m_credentials);
    // Two pages: Today (what needs attention, at a glance) and the list itself.
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    layout->addWidget(m_pages, 1);
    m_listPage = new QWidget(m_pages);
    auto *listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(0, 6, 0, 0);
    listLayout->addWidget(m_filters);

    m_table->setObjectName(QStringLiteral("transactionTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows may be selected for a bulk capture; the detail pane follows the current row.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Tab leaves the list for the detail pane and the approval queue instead of walking cell by cell; the
    // arrows move in the list.
    m_table->setTabKeyNavigation(false);
    m_table->setItemDelegateForColumn(TransactionTableModel::StateColumn, new StateDelegate(m_table));
    m_table->setAccessibleName(tr("Transactions"));
    // Fixed row heights: a million rows are laid out without asking the model for each one's size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(TransactionTableModel::columnOfSort(m_model->query().sort),
                             m_model->query().order);
    m_table->setSortingEnabled(true);
    // Widths from the font, so that at 1280×720 beside the detail pane every column fits, State, To capture
    // and Expires in included: amounts fit "40,973.000 KWD", State "Partly captured ↻" as a pill.
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto fit = [&metrics](const QString &sample, int padding) {
        return metrics.horizontalAdvance(sample) + padding;
    };
    const int amount = fit(QStringLiteral("40,973.000 KWD"), 4);
    const int widths[TransactionTableModel::ColumnCount] = {fit(QStringLiteral("30 Nov 2026 23:55"), 10),
                                                            fit(QStringLiteral("PD-103000"), 12),
                                                            fit(QStringLiteral("Customer name"), 4),
                                                            amount,
                                                            amount,
                                                            amount,
                                                            amount,
                                                            fit(QStringLiteral("Partly captured ↻"), 34),
                                                            fit(QStringLiteral("Expires in"), 14)};
    for (int column = 0; column < TransactionTableModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder) {
        if (const auto sort = TransactionTableModel::sortOfColumn(column)) {
            if (isAmountSort(*sort) && m_filters->currency().isEmpty())
                showMessage(TransactionTableModel::currencyFirstHint());
            return;
        }
        // The store cannot order by this column: keep showing the sort in effect.
        const QSignalBlocker blocker(header);
        header->setSortIndicator(TransactionTableModel::columnOfSort(m_model->query().sort),
                                 m_model->query().order);
        showMessage(tr("The list cannot be sorted by this column."));
    });

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    // A narrower window narrows the list, not the detail pane, whose lines do not wrap.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);
    listLayout->addWidget(m_splitter, 1);
    m_pages->addTab(m_today, tr("Today"));
    m_pages->addTab(m_listPage, tr("Transactions"));
    m_pages->setCurrentWidget(m_listPage);
    setCentralWidget(central);

    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long message is cut (its full text is the tooltip) rather than squeezing the match totals.
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_message->setMinimumWidth(0);
    statusBar()->addWidget(m_message, 1);
    m_elsewhere->setObjectName(QStringLiteral("matchesElsewhere"));
    m_elsewhere->setTextFormat(Qt::RichText);
    m_elsewhere->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_elsewhere->hide();
    connect(m_elsewhere, &QLabel::linkActivated, this, [this] {
        m_filters->setChip(FilterBar::Chip::All);
        m_table->setFocus(Qt::OtherFocusReason);
    });
    statusBar()->addPermanentWidget(m_elsewhere);
    m_summary->setObjectName(QStringLiteral("matchSummary"));
    statusBar()->addPermanentWidget(m_summary);

    buildActions();
    connectToday();
    // Tab from the list goes to the detail pane's history, whatever order the widgets were made in.
    if (auto *history = m_detail->findChild<QAbstractItemView *>())
        setTabOrder(m_table, history);

    connect(m_filters, &FilterBar::changed, this, &MainWindow::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::onSelectionChanged);
    connect(m_model, &TransactionTableModel::readFailed, this,
            [this](const QString &text) { showMessage(tr("Could not read the list: %1").arg(text)); });
    connect(m_matches, &MatchSummary::ready, this, &MainWindow::showSummary);
    connect(m_matches, &MatchSummary::countsReady, this, &MainWindow::showChipCounts);
    connect(m_filters, &FilterBar::searchAccepted, this, &MainWindow::goToFirstMatch);
    // One desk's file says only that something changed; a team's server names the tables.
    connect(m_watcher, &DatabaseWatcher::changed, this, [this] {
        if (m_context.database->isShared())
            return;
        refreshFromStore();
        emit storeChanged({});
    });
    connect(m_watcher, &DatabaseWatcher::changedTables, this, &MainWindow::onTablesChanged);
    connect(m_watcher, &DatabaseWatcher::reachabilityChanged, this, &MainWindow::setStoreReachable);
    connect(m_actions, &TransactionActions::message, this, &MainWindow::showMessage);
    connect(m_actions, &TransactionActions::credentialsMissingChanged, this,
            &MainWindow::updateCredentialsBanner);
    updateCredentialsBanner();
    connect(m_actions, &TransactionActions::runningChanged, this, [this](qint64 id, bool running) {
        m_model->setInProgress(id, running);
        if (m_selectedId == id)
            showSelected();
    });
    connect(m_actions, &TransactionActions::transactionTouched, this, [this](qint64) { m_watcher->poll(); });
    connect(m_export, &ExportCurrentView::started, this, &MainWindow::showMessage);
    connect(m_export, &ExportCurrentView::finished, this,
            [this](const ExportOutcome &outcome) { showMessage(outcome.message); });
    m_clockTick->setInterval(ClockTickMs);
    connect(m_clockTick, &QTimer::timeout, this, &MainWindow::refreshFromStore);
    m_clockTick->start();
    if (!m_watcher->isReachable())
        setStoreReachable(false, m_watcher->unreachableReason());
}

// ExportCurrentView waits for a running export in its destructor: it reads the database the caller owns.
MainWindow::~MainWindow() = default;

QDateTime MainWindow::now() const
{
    return m_context.clock ? m_context.clock() : QDateTime::currentDateTimeUtc();
}

void MainWindow::buildActions()
{
    QToolBar *toolbar = addToolBar(tr("Actions"));
    toolbar->setObjectName(QStringLiteral("actionsToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->setMovable(false);
    const QList<QAction *> money = m_actions->transactionActions();
    toolbar->addActions(money);
    toolbar->addSeparator();
    toolbar->addAction(m_actions->refreshAllOpenAction());
    m_table->addActions(money);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportAction = file->addAction(tr("&Export the list as CSV…"), this, &MainWindow::exportView);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setStatusTip(tr("Writes the transactions of the current filter and order to a CSV file"));
    QAction *importAction =
        file->addAction(tr("&Import an APS transaction report…"), this, &MainWindow::importReport);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setStatusTip(tr("Adds the orders of an APS back-office report (CSV) to the cache"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *transaction = menuBar()->addMenu(tr("&Transaction"));
    transaction->addActions(money);
    transaction->addSeparator();
    transaction->addAction(m_actions->refreshAllOpenAction());
    transaction->addSeparator();
    //: Capture here is the card-payment operation: taking authorized money
    QAction *bulkSelection = transaction->addAction(tr("Capture the selected orders in &bulk…"), this,
                                                    &MainWindow::bulkCaptureSelection);
    bulkSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    bulkSelection->setStatusTip(tr("Captures what is left on each selected order, after a preview"));
    QAction *bulkCsv =
        transaction->addAction(tr("Bulk capture from a CSV &file…"), this, &MainWindow::bulkCaptureFromCsv);
    bulkCsv->setStatusTip(
        tr("Captures the orders and amounts listed in a CSV file (merchant_reference,amount)"));
    m_bulkActions = {bulkSelection, bulkCsv};
    bulkSelection->setEnabled(m_bulk != nullptr);
    bulkCsv->setEnabled(m_bulk != nullptr);

    QMenu *reports = menuBar()->addMenu(tr("&Reports"));
    QAction *endOfDay = reports->addAction(tr("&End-of-day report…"), this, &MainWindow::showEndOfDayReport);
    endOfDay->setStatusTip(tr("The day's captures, voids and refunds by person, with totals per currency"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *today = view->addAction(tr("&Today"));
    today->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    today->setStatusTip(tr("What needs attention now, and what the last 30 days captured and refunded"));
    connect(today, &QAction::triggered, this, [this] { m_pages->setCurrentWidget(m_today); });
    QAction *transactions = view->addAction(tr("T&ransactions"));
    transactions->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(transactions, &QAction::triggered, this, [this] { m_pages->setCurrentWidget(m_listPage); });
    addDigitsMenu(view);
    view->addSeparator();
    QAction *find = view->addAction(tr("&Search"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_pages->setCurrentWidget(m_listPage);
        m_filters->searchBox()->setFocus(Qt::ShortcutFocusReason);
        m_filters->searchBox()->selectAll();
    });
    QAction *list = view->addAction(tr("Go to the &list"));
    list->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(list, &QAction::triggered, this, [this] {
        m_pages->setCurrentWidget(m_listPage);
        m_table->setFocus(Qt::ShortcutFocusReason);
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            selectRow(0);
    });
    QAction *reload = view->addAction(tr("&Reload from the cache"));
    reload->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(reload, &QAction::triggered, this, &MainWindow::refreshFromStore);
    QAction *clear = view->addAction(tr("&Clear the search"));
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    clear->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_filters->addAction(clear);
    connect(clear, &QAction::triggered, this, [this] { m_filters->setSearchText(QString()); });
    // Esc in the list clears the search too, keeping the selected order in view: what a clerk expects after
    // finding one order and wanting the whole list back.
    auto *clearFromList =
        new QShortcut(QKeySequence(Qt::Key_Escape), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clearFromList, &QShortcut::activated, this, [this] {
        if (m_filters->searchText().isEmpty())
            return;
        m_filters->setSearchText(QString());
        if (m_selectedId) {
            const int row = m_model->rowOfTransaction(*m_selectedId);
            if (row >= 0)
                selectRow(row);
        }
    });

    m_help = menuBar()->addMenu(tr("&Help"));
    m_help->addAction(tr("&About PayDesk"), this, [this] { AboutDialog(this).exec(); });
    m_help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray())) {
        // The first start fits the screen it opens on (a 1280×720 laptop too).
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1400, 860);
        resize(qMin(1400, available.width()), qMin(860, available.height()));
    }
    // Once shown (showEvent): a dock's size set before the window is laid out does not hold.
    m_compactDocksPending = !restoreState(settings.value(QStringLiteral("state")).toByteArray());
    const QByteArray splitter = settings.value(QStringLiteral("splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    else
        m_splitter->setSizes({width() - DetailPaneWidth, DetailPaneWidth});
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("columns")).toByteArray());
    settings.endGroup();
    m_filters->restoreState(settings);
    // The page the clerk left open: Today opens at the next start for whoever keeps it open.
    if (settings.value(QStringLiteral("view/page")).toString() == QLatin1String("today"))
        m_pages->setCurrentWidget(m_today);

    TransactionQuery query;
    m_filters->applyTo(query);
    const std::optional<TransactionSort> sort =
        transactionSortFromToken(settings.value(QStringLiteral("list/sort")).toString());
    query.sort = sort.value_or(TransactionSort::Date);
    query.order = settings.value(QStringLiteral("list/ascending"), false).toBool() ? Qt::AscendingOrder
                                                                                   : Qt::DescendingOrder;
    {
        const QSignalBlocker blocker(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(TransactionTableModel::columnOfSort(query.sort),
                                                      query.order);
    }
    m_model->setQuery(query);
    m_matches->request(m_model->query());
    requestChipCounts();
    if (m_model->rowCount() > 0)
        selectRow(0);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("columns"), m_table->horizontalHeader()->saveState());
    settings.endGroup();
    m_filters->saveState(settings);
    settings.setValue(QStringLiteral("view/page"), m_pages->currentWidget() == m_today
                                                       ? QStringLiteral("today")
                                                       : QStringLiteral("transactions"));
    settings.setValue(QStringLiteral("list/sort"), transactionSortToken(m_model->query().sort));
    settings.setValue(QStringLiteral("list/ascending"), m_model->query().order == Qt::AscendingOrder);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_compactDocksPending)
        return;
    m_compactDocksPending = false;
    QTimer::singleShot(0, this, [this] {
        for (QDockWidget *dock : findChildren<QDockWidget *>()) {
            if (!dock->isVisible() || !dock->property(CompactDockProperty).toBool())
                continue;
            // A few lines: its lists may be shorter than their default minimum, which would keep the dock at
            // a quarter of a 720-pixel window.
            const int line = dock->fontMetrics().height();
            for (QAbstractItemView *list : dock->findChildren<QAbstractItemView *>())
                list->setMinimumHeight(line * 3);
            resizeDocks({dock}, {line * 7}, Qt::Vertical);
        }
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void MainWindow::showTransaction(qint64 id)
{
    const int row = m_model->rowOfTransaction(id);
    if (row >= 0) {
        m_outsideView.reset();
        selectRow(row);
        return;
    }
    m_outsideView = id;
    m_selectedId = id;
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->selectionModel()->clear();
    }
    showSelected();
    if (const auto tx = TransactionRepository(*m_context.database, m_context.rules).findById(id); tx.ok()) {
        showMessage(tr("Order %1 is not among the rows in view; it is shown beside the list, the filters are "
                       "unchanged.")
                        .arg(tx->merchantReference));
    }
}

void MainWindow::applyFilters()
{
    TransactionQuery query = m_model->query();
    m_filters->applyTo(query);
    m_model->setQuery(query);
    m_summary->setText(m_model->countIsExact()
                           ? tr("%n match(es) · totals…", nullptr, static_cast<int>(m_model->rowCount()))
                           : tr("%1+ matches · counting…").arg(QLocale().toString(m_model->rowCount())));
    m_matches->request(m_model->query());
    requestChipCounts();
    const int row = m_selectedId ? m_model->rowOfTransaction(*m_selectedId) : -1;
    if (row >= 0)
        selectRow(row);
}

void MainWindow::requestChipCounts()
{
    QList<TransactionQuery> queries;
    for (const FilterBar::Chip chip : FilterBar::chips()) {
        TransactionQuery query = m_model->query();
        FilterBar::applyChip(chip, query);
        queries << query;
    }
    m_matches->requestCounts(queries);
}

void MainWindow::showChipCounts(const QList<qint64> &counts)
{
    const QList<FilterBar::Chip> chips = FilterBar::chips();
    QHash<FilterBar::Chip, qint64> byChip;
    if (counts.size() == chips.size()) {
        for (qsizetype i = 0; i < chips.size(); ++i)
            byChip.insert(chips.at(i), counts.at(i));
    }
    m_filters->setChipCounts(byChip);
    // A search that the chip narrows: say how many more All holds, one click away.
    const qint64 inAll = byChip.value(FilterBar::Chip::All, 0);
    const qint64 here = byChip.value(m_filters->chip(), 0);
    const bool hidden = m_filters->chip() != FilterBar::Chip::All && m_model->query().hasTextSearch() &&
                        byChip.contains(FilterBar::Chip::All) && inAll > here;
    if (hidden) {
        //: A link in the status bar: the search finds this many orders when no quick filter is on
        m_elsewhere->setText(
            QStringLiteral("<a href=\"all\">%1</a>")
                .arg(tr("%n match(es) in All", nullptr, static_cast<int>(inAll)).toHtmlEscaped()));
        m_elsewhere->setToolTip(tr("The \"%1\" filter hides %n of the orders the search finds. Click to show "
                                   "them all.",
                                   nullptr, static_cast<int>(inAll - here))
                                    .arg(FilterBar::chipName(m_filters->chip())));
    }
    m_elsewhere->setVisible(hidden);
}

void MainWindow::goToFirstMatch()
{
    if (m_model->rowCount() == 0)
        return;
    m_table->setFocus(Qt::ShortcutFocusReason);
    selectRow(0);
}

void MainWindow::onSelectionChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid()) {
        m_selectedId = current.data(TransactionTableModel::TransactionIdRole).toLongLong();
        m_outsideView.reset();
    } else if (m_selectedId && m_outsideView == m_selectedId) {
        // Shown on purpose though the filter hides it (showTransaction()): keep it until another pick.
    } else if (m_selectedId && m_model->rowOfTransaction(*m_selectedId) < 0) {
        m_selectedId.reset();
    }
    showSelected();
}

void MainWindow::showSelected()
{
    if (!m_selectedId) {
        m_detail->showNothing();
        m_actions->setTransaction(std::nullopt);
        return;
    }
    const TransactionRepository repository(*m_context.database, m_context.rules);
    const StoreResult<Transaction> tx = repository.findById(*m_selectedId);
    if (!tx.ok()) {
        m_detail->showNothing();
        m_actions->setTransaction(std::nullopt);
        return;
    }
    const OperationJournal journal(*m_context.database);
    const StoreResult<QList<Operation>> history = journal.history(tx->id);
    const StoreResult<QList<RefundRequest>> requests =
        RefundRequestRepository(*m_context.database).forTransaction(tx->id);
    const StoreResult<bool> flagged = repository.needsStatusCheck(tx->id);
    m_detail->showTransaction(*tx, history.ok() ? *history : QList<Operation>(), now(),
                              m_actions->isRunning(tx->id),
                              requests.ok() ? *requests : QList<RefundRequest>(), flagged.ok() && *flagged);
    if (const auto reported = ReportedOperations(*m_context.database).forTransaction(tx->id); reported.ok())
        m_detail->addReported(*reported);
    m_actions->setTransaction(*tx);
}

void MainWindow::refreshFromStore()
{
    const std::optional<qint64> selected = m_selectedId;
    const int previousRow = m_table->selectionModel()->currentIndex().row();
    m_matches->invalidate();
    m_model->refresh();
    followSelection(selected, previousRow);
    showSelected();
    m_matches->request(m_model->query());
    requestChipCounts();
    if (m_pages->currentWidget() == m_today)
        m_today->refresh();
}

void MainWindow::addDigitsMenu(QMenu *view)
{
    // Arabic is written with Arabic-Indic or Latin digits; one choice for every number, amount, date, order
    // and card number of the desk. Read at start (main), so every screen follows it at once.
    QMenu *digits = view->addMenu(tr("&Digits"));
    digits->setObjectName(QStringLiteral("digitsMenu"));
    auto *group = new QActionGroup(digits);
    const QString chosen = QSettings().value(Wording::DigitsKey).toString();
    const std::pair<QString, QString> choices[] = {
        {QString(), tr("As the language writes them")},
        {QStringLiteral("latin"), tr("Latin (0123456789)")},
        {QStringLiteral("arabic-indic"), tr("Arabic-Indic (٠١٢٣٤٥٦٧٨٩)")},
    };
    for (const auto &[key, name] : choices) {
        QAction *choice = digits->addAction(name);
        choice->setCheckable(true);
        choice->setChecked(key == chosen);
        choice->setData(key);
        group->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, key = key] {
            QSettings().setValue(Wording::DigitsKey, key);
            showMessage(tr("The digits change when PayDesk starts next."));
        });
    }
}

void MainWindow::connectToday()
{
    connect(m_pages, &QTabWidget::currentChanged, this, [this] {
        if (m_pages->currentWidget() == m_today)
            m_today->refresh();
    });
    const auto showList = [this](FilterBar::Chip chip) {
        m_filters->setMovedOn(QDate());
        m_filters->setChip(chip);
        m_pages->setCurrentWidget(m_listPage);
        m_table->setFocus(Qt::OtherFocusReason);
    };
    connect(m_today, &TodayView::showExpiringSoon, this,
            [showList] { showList(FilterBar::Chip::ExpiringSoon); });
    connect(m_today, &TodayView::showNeedsCapture, this,
            [showList] { showList(FilterBar::Chip::NeedsCapture); });
    connect(m_today, &TodayView::showUnresolved, this, [showList] { showList(FilterBar::Chip::Unresolved); });
    connect(m_today, &TodayView::showApprovals, this, &MainWindow::approvalsRequested);
    connect(m_today, &TodayView::showDay, this, [this](const QDate &day, const QString &currency) {
        m_filters->setChip(FilterBar::Chip::All);
        m_filters->setSearchText(QString());
        m_filters->setDateRange(QDate(), QDate());
        m_filters->setCurrency(currency);
        m_filters->setMovedOn(day);
        m_pages->setCurrentWidget(m_listPage);
        m_table->setFocus(Qt::OtherFocusReason);
    });
}

void MainWindow::followSelection(std::optional<qint64> id, int previousRow)
{
    if (!id)
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid() && current.data(TransactionTableModel::TransactionIdRole).toLongLong() == *id)
        return;
    const int row = m_model->rowOfTransaction(*id);
    if (row >= 0) {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_selectedId = id;
        return;
    }
    // It left the view (captured under "Needs capture", refunded under "Refundable"): the next order takes
    // its place, so the clerk goes on down the list instead of finding nothing selected.
    if (previousRow >= 0 && m_model->rowCount() > 0)
        selectRow(qMin(previousRow, m_model->rowCount() - 1));
}

void MainWindow::onTablesChanged(const QSet<QString> &tables)
{
    // The tables the list, the detail pane and the totals read.
    static const QSet<QString> listed{QStringLiteral("transactions"), QStringLiteral("operations"),
                                      QStringLiteral("refund_requests"), QStringLiteral("imported_rows"),
                                      QStringLiteral("resolution_proposals")};
    if (tables.intersects(listed))
        refreshFromStore();
    emit storeChanged(tables);
}

void MainWindow::setStoreReachable(bool reachable, const QString &reason)
{
    if (reachable == m_storeReachable)
        return;
    m_storeReachable = reachable;
    m_unreachable->setVisible(!reachable);
    m_unreachable->setToolTip(reason);
    m_actions->setStoreReachable(reachable);
    for (QAction *action : std::as_const(m_bulkActions))
        action->setEnabled(reachable && m_bulk != nullptr);
    if (reachable) {
        showMessage(tr("The database is reachable again. The list is up to date."));
        refreshFromStore();
        emit storeChanged({});
    } else {
        showMessage(Wording::storeUnreachable());
    }
    emit storeReachabilityChanged(reachable);
}

void MainWindow::showSummary(qint64 count, const QList<CurrencyTotals> &totals, bool ok,
                             const QString &message)
{
    if (!ok) {
        m_summary->setText(tr("Totals unavailable"));
        m_summary->setToolTip(message);
        return;
    }
    // The sum the view is about: what is left to capture under the capture chips, what can be refunded under
    // Refundable, what was authorized otherwise; per currency, never added across them.
    const TransactionQuery &query = m_model->query();
    enum class Sum { Authorized, ToCapture, Refundable };
    const Sum sum = query.capture == TransactionQuery::Capture::Open ||
                            query.capture == TransactionQuery::Capture::ExpiringSoon
                        ? Sum::ToCapture
                        : (query.refundableOnly ? Sum::Refundable : Sum::Authorized);
    const QLocale locale;
    QStringList parts;
    QStringList details;
    QStringList codes;
    for (const CurrencyTotals &line : totals) {
        codes << line.currency;
        const std::optional<Currency> currency = Currency::fromCode(line.currency);
        if (!currency)
            continue;
        const qint64 amount = sum == Sum::ToCapture
                                  ? line.toCapture
                                  : (sum == Sum::Refundable ? line.refundable : line.authorized);
        parts << Wording::money(amount, *currency, locale);
        details << tr("%1: %n transaction(s), %2 authorized, %3 captured, %4 refunded, %5 to capture, "
                      "%6 refundable",
                      nullptr, static_cast<int>(line.count))
                       .arg(line.currency, Wording::money(line.authorized, *currency, locale),
                            Wording::money(line.captured, *currency, locale),
                            Wording::money(line.refunded, *currency, locale),
                            Wording::money(line.toCapture, *currency, locale),
                            Wording::money(line.refundable, *currency, locale));
    }
    QString text = tr("%n match(es)", nullptr, static_cast<int>(count));
    if (!parts.isEmpty()) {
        const QString joined = parts.join(QStringLiteral(" · "));
        text += QStringLiteral(" · ") + (sum == Sum::ToCapture    ? tr("to capture %1").arg(joined)
                                         : sum == Sum::Refundable ? tr("refundable %1").arg(joined)
                                                                  : tr("authorized %1").arg(joined));
    }
    m_summary->setText(text);
    m_summary->setToolTip(details.join(QLatin1Char('\n')));
    if (m_filters->currency().isEmpty() && m_model->query().states.isEmpty() &&
        m_model->query().text.isEmpty() && !m_model->query().unresolvedOnly &&
        m_model->query().capture == TransactionQuery::Capture::Any && !m_model->query().refundableOnly)
        m_filters->setCurrencies(codes);
}

void MainWindow::offerSettingsInCredentialsBanner(bool offerSettings)
{
    m_offerSettings = offerSettings;
    updateCredentialsBanner();
}

void MainWindow::updateCredentialsBanner()
{
    const QString missing = m_actions->missingCredentials(nullptr);
    m_credentials->setVisible(!missing.isEmpty());
    if (missing.isEmpty())
        return;
    const QString text = missing.toHtmlEscaped();
    m_credentials->setText(
        m_offerSettings ? QStringLiteral("%1 <a href=\"settings\">%2</a>").arg(text, tr("Open Settings…"))
                        : text);
}

void MainWindow::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setToolTip(text);
}

void MainWindow::exportView()
{
    m_export->chooseFileAndExport(
        m_model->query(), this,
        ExportCurrentView::shownColumns(*m_table->horizontalHeader(), m_context.rules, now(), locale()));
}

void MainWindow::exportTo(const QString &path)
{
    m_export->start(m_model->query(), path);
}

bool MainWindow::isExporting() const
{
    return m_export->isRunning();
}

void MainWindow::showEndOfDayReport()
{
    QString timeZone = QStringLiteral("UTC");
    if (m_context.service) {
        if (const auto profile = m_context.service->profile(); profile.ok())
            timeZone = profile->timeZone;
    }
    auto *dialog = new EndOfDayReportDialog(*m_context.database, timeZone, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::importReport()
{
    ImportOptions options;
    options.captureWindow = m_context.rules.config().captureWindow;
    if (m_context.service) {
        if (const auto profile = m_context.service->profile(); profile.ok())
            options.timeZone = QTimeZone(profile->timeZone.toUtf8());
    }
    auto *dialog = new ImportDialog(*m_context.database, options, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this] { m_watcher->poll(); });
    dialog->open();
}

QStringList MainWindow::selectedReferences() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QStringList references;
    for (const int row : std::as_const(rows)) {
        if (references.size() >= MaxBulkSelection)
            break;
        if (const TransactionRow *loaded = m_model->rowAt(row))
            references.append(loaded->transaction.merchantReference);
    }
    return references;
}

void MainWindow::bulkCaptureSelection()
{
    const QStringList references = selectedReferences();
    if (references.isEmpty()) {
        showMessage(tr("Select the orders to capture in the list first (Shift or Ctrl and click)."));
        return;
    }
    openBulkCapture(BulkCaptureDialog::rowsForReferences(references));
}

void MainWindow::bulkCaptureFromCsv()
{
    auto *dialog =
        new QFileDialog(this, tr("Bulk capture from a CSV file"), QDir::homePath(), tr("CSV files (*.csv)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QList<BulkCaptureRow> rows;
        QString error;
        if (!BulkCaptureDialog::readRowsFromCsv(path, &rows, &error)) {
            showMessage(tr("Cannot read %1: %2").arg(path, error));
            return;
        }
        openBulkCapture(rows);
    });
    dialog->open();
}

void MainWindow::openBulkCapture(const QList<BulkCaptureRow> &rows)
{
    if (!m_bulk) {
        showMessage(tr("This window is read-only: no payment service is connected."));
        return;
    }
    auto *dialog = new BulkCaptureDialog(m_bulk, rows, m_context.userName, now(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkCaptureDialog::captured, this, [this] { m_watcher->poll(); });
    dialog->open();
}
