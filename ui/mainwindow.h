#pragma once

#include "domain/clock.h"
#include "domain/transactionrules.h"

#include <QMainWindow>
#include <QSet>

#include <functional>
#include <optional>

class BulkCapture;
class Database;
class ExportCurrentView;
struct BulkCaptureRow;
class DatabaseWatcher;
class DetailPane;
class FilterBar;
class MatchSummary;
class PaymentService;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class TodayView;
class TransactionActions;
class TransactionTableModel;
struct CurrencyTotals;

// The desk: filters over the transaction list, the selected transaction's detail and history beside it, and
// the money actions in the toolbar, the context menu and on shortcuts. Composed by main() from objects that
// outlive it; opens nothing by itself.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    struct Context
    {
        const Database *database = nullptr;
        PaymentService *service = nullptr; // none: read-only window
        TransactionRules rules;
        QString userName;
        bool demo = false;
        Clock clock;               // UTC now; the current time when empty
        int watchIntervalMs = 500; // how often the store is polled for changes by anyone
    };

    explicit MainWindow(Context context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Restores geometry, splitter, columns and filters (QSettings of the application), then reads the list.
    // Without saved settings, docks whose CompactDockProperty is true start a few lines tall.
    void restoreSettings();
    static constexpr const char *CompactDockProperty = "paydeskCompactDock";
    void saveSettings() const;

    TransactionTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    FilterBar *filterBar() const { return m_filters; }
    // The window's pages: Today and the list (Transactions).
    QTabWidget *pages() const { return m_pages; }
    TodayView *todayView() const { return m_today; }
    QWidget *listPage() const { return m_listPage; }
    DetailPane *detailPane() const { return m_detail; }
    TransactionActions *actions() const { return m_actions; }
    QLabel *summaryLabel() const { return m_summary; }
    // Help, kept the last menu: menus added later go before it.
    QMenu *helpMenu() const { return m_help; }
    // "3 matches in All": shown when the chip hides orders the search finds; its link switches to All.
    QLabel *elsewhereLabel() const { return m_elsewhere; }
    QLabel *messageLabel() const { return m_message; }
    std::optional<qint64> selectedTransactionId() const { return m_selectedId; }
    // Selects the transaction at a row of the list.
    void selectRow(int row);
    // Selects transaction `id` in the list, or, when the current filter (or the rows read so far) does not
    // hold it, shows it in the detail pane anyway, with the actions on it, and says so in the status bar;
    // the filters are left as the clerk set them. Used by the approval queue.
    void showTransaction(qint64 id);
    // Exports the rows of the current filter and sort to a CSV file, on a worker thread.
    void exportTo(const QString &path);
    bool isExporting() const;
    // References of the selected rows, in list order (at most MaxBulkSelection).
    QStringList selectedReferences() const;
    static constexpr int MaxBulkSelection = 5000;

    DatabaseWatcher *watcher() const { return m_watcher; }
    // Shown while the database server cannot be reached (team mode).
    QLabel *unreachableBanner() const { return m_unreachable; }
    bool isStoreReachable() const { return m_storeReachable; }
    // Shown while the APS credentials are not configured: money actions are off, with the reason. With
    // offerSettings (a person who may change the settings) it links to Settings (settingsRequested()).
    QLabel *credentialsBanner() const { return m_credentials; }
    void offerSettingsInCredentialsBanner(bool offerSettings);
    // The store was lost (the banner shows, money actions wait) or is back (the list is read again). Nothing
    // open is closed: what the clerk typed stays.
    void setStoreReachable(bool reachable, const QString &reason = QString());

signals:
    // Something in the store changed: the tables written (team mode), or an empty set for "anything" (one
    // desk's SQLite file does not say what changed; the server came back after missed changes).
    void storeChanged(const QSet<QString> &tables);
    void storeReachabilityChanged(bool reachable);
    // The credentials banner's Settings link was followed.
    void settingsRequested();
    // The Today view asked for the refund approval queue.
    void approvalsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildActions();
    void connectToday();
    void addDigitsMenu(QMenu *view);
    void applyFilters();
    void onSelectionChanged();
    void showSelected();
    void refreshFromStore();
    void onTablesChanged(const QSet<QString> &tables);
    void showSummary(qint64 count, const QList<CurrencyTotals> &totals, bool ok, const QString &message);
    // The chips' counts under the current currency, dates and search, in the background.
    void requestChipCounts();
    void showChipCounts(const QList<qint64> &counts);
    void goToFirstMatch();
    // After the list was read again: the selected order, or the row now where it was when it left the view.
    void followSelection(std::optional<qint64> id, int previousRow);
    void showMessage(const QString &text);
    void updateCredentialsBanner();
    void exportView();
    void importReport();
    void showEndOfDayReport();
    void bulkCaptureSelection();
    void bulkCaptureFromCsv();
    void openBulkCapture(const QList<BulkCaptureRow> &rows);
    QDateTime now() const;

    Context m_context;
    TransactionTableModel *m_model;
    QTableView *m_table;
    FilterBar *m_filters;
    QTabWidget *m_pages;
    TodayView *m_today;
    QWidget *m_listPage = nullptr;
    DetailPane *m_detail;
    QSplitter *m_splitter;
    TransactionActions *m_actions;
    MatchSummary *m_matches;
    DatabaseWatcher *m_watcher;
    QLabel *m_summary;
    QLabel *m_elsewhere;
    QLabel *m_message;
    QLabel *m_unreachable;
    QMenu *m_help = nullptr;
    QLabel *m_credentials;
    bool m_offerSettings = false;
    QList<QAction *> m_bulkActions;
    bool m_storeReachable = true;
    bool m_compactDocksPending = false;
    QTimer *m_clockTick;
    std::optional<qint64> m_selectedId;
    std::optional<qint64> m_outsideView; // shown by showTransaction() though the list does not hold it
    ExportCurrentView *m_export;
    BulkCapture *m_bulk = nullptr; // with a service only
};
