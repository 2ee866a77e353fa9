#pragma once

#include "domain/clock.h"
#include "domain/transactionrules.h"
#include "store/transactionquery.h"
#include "store/transactionreader.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QString>

#include <functional>

class StoreWorker;

// The transaction list: a windowed model over TransactionReader. It holds only a window of rows (at most
// MaxWindowRows) around what the view asks for: neighbouring rows come by keyset pages, far jumps by
// position, the end by the last page. A million rows therefore cost a few hundred rows of memory, and sorting
// re-asks the query instead of comparing rows here. A new query shows its first page at once; when that page
// is full, its exact count comes from a worker thread (StoreWorker) and the rows grow to it afterwards
// (countIsExact() false until then). A newer query overtakes the count of an older one, which is interrupted
// and never applied.
class TransactionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionTableModel)

public:
    enum Column {
        DateColumn,
        ReferenceColumn,
        CustomerColumn,
        AmountColumn,
        CapturedColumn,
        RefundedColumn,
        RemainingColumn,
        StateColumn,
        DeadlineColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // The value behind the cell: minor units (qint64), QDateTime (UTC), TransactionState (as int), text.
        RawValueRole = Qt::UserRole + 1,
        TransactionIdRole,    // qint64
        StateRole,            // TransactionState as int
        UnresolvedRole,       // bool: an operation on it has no known outcome yet
        NeedsStatusCheckRole, // bool: flagged for a status check (uncertain report row, disagreement)
        InProgressRole,       // bool: this window is running an operation on it
        DeadlineUrgencyRole,  // Urgency as int
        PendingRefundRole,    // qint64: minor units reserved by refund requests awaiting approval (0: none)
    };

    enum class Urgency { None, Warning, Passed };

    static constexpr int PageRows = 150;
    static constexpr int MaxWindowRows = 600;

    // Reads `database` on the GUI thread's connection; `database` must outlive the model.
    explicit TransactionTableModel(const Database &database, TransactionRules rules = TransactionRules(),
                                   QObject *parent = nullptr);

    const TransactionQuery &query() const { return m_query; }
    // Starts over at the top with the new filter and sort: the first page now, the exact count in the
    // background (countChanged() again when it arrives).
    void setQuery(const TransactionQuery &query);
    // false between setQuery() and the arrival of its exact count: rowCount() is the rows known so far.
    bool countIsExact() const { return m_countExact; }
    // Re-reads the count and the rows around the ones shown. When the count is unchanged, each persistent
    // index (and so the view's selection) follows its transaction while it stays in the window; when rows
    // came or went, the model resets around the same position (find a transaction again with
    // rowOfTransaction()).
    void refresh();

    // Which clock decides "expired" and "expires in"; the current UTC time unless a test fixes it.
    void setClock(Clock clock);
    QDateTime now() const;
    const TransactionRules &rules() const { return m_rules; }

    void setInProgress(qint64 transactionId, bool running);
    bool isInProgress(qint64 transactionId) const { return m_inProgress.contains(transactionId); }

    // The row at `row` when it is in the window (fetching it if needed); nullptr when it cannot be read.
    const TransactionRow *rowAt(int row) const;
    // The row of a transaction that is in the window, or -1.
    int rowOfTransaction(qint64 transactionId) const;
    // The message of the last failed read, empty when reads succeed.
    const QString &lastError() const { return m_lastError; }
    // How many rows are held now (for tests and the benchmark: never more than MaxWindowRows).
    int windowSize() const { return static_cast<int>(m_window.size()); }

    // The sort a column asks the query for; nullopt for columns the store cannot order by.
    static std::optional<TransactionSort> sortOfColumn(int column);
    static int columnOfSort(TransactionSort sort);
    // What the amount columns' sorts do when no currency is chosen (header tooltip, status bar).
    static QString currencyFirstHint();
    // TransactionRules::remainingToCapture at the time the rows were read.
    qint64 remainingToCapture(const TransactionRow &row) const;
    // The time "expired" and "expires in" are judged at: the query's, else the clock's.
    QDateTime judgedAt() const;
    // Amounts trailing, everything else leading (so right-to-left languages mirror it).
    static Qt::Alignment alignmentOf(int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The count of the query changed (after setQuery() or refresh()).
    void countChanged(qint64 count);
    void readFailed(const QString &message);

private:
    bool ensureRow(int row) const;
    void load(const StoreResult<TransactionPage> &page, qint64 start) const;
    void append(const StoreResult<TransactionPage> &page) const;
    void prepend(const StoreResult<TransactionPage> &page) const;
    bool failed(const StoreStatus &status) const;
    QVariant display(const TransactionRow &row, int column) const;
    QVariant raw(const TransactionRow &row, int column) const;
    Urgency urgency(const TransactionRow &row) const;
    qint64 fetchCount();
    void countInBackground();
    void applyExactCount(qint64 count);

    TransactionReader m_reader;
    TransactionRules m_rules;
    TransactionQuery m_query;
    Clock m_clock;
    QLocale m_locale;
    qint64 m_count = 0;
    bool m_countExact = true;
    StoreWorker *m_counter;
    QSet<qint64> m_inProgress;

    // The window: rows [m_windowStart, m_windowStart + m_window.size()) of the query.
    mutable QList<TransactionRow> m_window;
    mutable qint64 m_windowStart = 0;
    mutable QString m_lastError;
};
