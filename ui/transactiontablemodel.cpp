#include "transactiontablemodel.h"

#include "palette.h"
#include "storeworker.h"
#include "wording.h"

#include <QColor>
#include <QHash>

TransactionTableModel::TransactionTableModel(const Database &database, TransactionRules rules,
                                             QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(database)
    , m_rules(std::move(rules))
    , m_counter(new StoreWorker(database, QStringLiteral("TransactionCount"), this))
{
    m_query.warningPeriod = m_rules.config().warningPeriod;
}

void TransactionTableModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime TransactionTableModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void TransactionTableModel::setQuery(const TransactionQuery &query)
{
    beginResetModel();
    m_query = query;
    m_query.warningPeriod = m_rules.config().warningPeriod;
    m_window.clear();
    m_windowStart = 0;
    m_query.now = now();
    // The first page alone: a page shorter than asked for is the whole answer; a full one is shown while the
    // exact count is taken in the background.
    const StoreResult<TransactionPage> first = m_reader.firstPage(m_query, PageRows);
    m_counter->cancel();
    m_count = 0;
    m_countExact = true;
    if (!failed(first.status())) {
        load(first, 0);
        m_count = m_window.size();
        m_countExact = m_window.size() < PageRows;
    }
    endResetModel();
    emit countChanged(m_count);
    if (!m_countExact)
        countInBackground();
}

void TransactionTableModel::countInBackground()
{
    const TransactionQuery query = m_query;
    m_counter->submit<StoreResult<qint64>>(
        [query](const Database &database) { return TransactionReader(database).count(query); },
        [this](const StoreResult<qint64> &count) {
            if (!failed(count.status()))
                applyExactCount(qMin<qint64>(*count, std::numeric_limits<int>::max()));
        });
}

// Rows are only ever added at or removed from the end: the rows shown so far are the first ones of the order,
// so the view keeps its selection and scroll position.
void TransactionTableModel::applyExactCount(qint64 count)
{
    m_countExact = true;
    if (count > m_count) {
        beginInsertRows(QModelIndex(), int(m_count), int(count - 1));
        m_count = count;
        endInsertRows();
    } else if (count < m_count) {
        beginRemoveRows(QModelIndex(), int(count), int(m_count - 1));
        m_count = count;
        if (m_windowStart + m_window.size() > count)
            m_window.resize(qMax<qint64>(0, count - m_windowStart));
        endRemoveRows();
    }
    emit countChanged(m_count);
}

qint64 TransactionTableModel::fetchCount()
{
    // One "now" per read cycle, so every page of it agrees on which rows are expired.
    m_query.now = now();
    const StoreResult<qint64> count = m_reader.count(m_query);
    if (failed(count.status()))
        return 0;
    return qMin<qint64>(*count, std::numeric_limits<int>::max());
}

void TransactionTableModel::refresh()
{
    QHash<int, qint64> oldIds;
    for (qsizetype i = 0; i < m_window.size(); ++i)
        oldIds.insert(static_cast<int>(m_windowStart + i), m_window.at(i).transaction.id);
    const qint64 oldStart = m_windowStart;
    const qint64 oldSize = m_window.size();
    const auto reload = [&] {
        m_window.clear();
        if (oldSize > 0 && m_count > 0) {
            const qint64 start = qBound<qint64>(0, oldStart, qMax<qint64>(0, m_count - oldSize));
            load(m_reader.pageAt(m_query, start, static_cast<int>(qMin<qint64>(oldSize, MaxWindowRows))),
                 start);
        }
    };

    // An exact count still on its way belongs to an older state of the store: count now instead.
    m_counter->cancel();
    m_countExact = true;
    const qint64 newCount = fetchCount();
    if (newCount != m_count) {
        // Rows came or went somewhere in the order: no cheaper signal describes that honestly. The window is
        // read again around the same place, so the view keeps its position and callers can find a
        // transaction again with rowOfTransaction().
        beginResetModel();
        m_count = newCount;
        reload();
        endResetModel();
        emit countChanged(m_count);
        return;
    }

    emit layoutAboutToBeChanged();
    reload();
    const QModelIndexList persistent = persistentIndexList();
    for (const QModelIndex &index : persistent) {
        const qint64 id = oldIds.value(index.row());
        const int newRow = id != 0 ? rowOfTransaction(id) : -1;
        if (newRow >= 0)
            changePersistentIndex(index, createIndex(newRow, index.column()));
    }
    emit layoutChanged();
    emit countChanged(m_count);
}

void TransactionTableModel::setInProgress(qint64 transactionId, bool running)
{
    if (running == m_inProgress.contains(transactionId))
        return;
    if (running)
        m_inProgress.insert(transactionId);
    else
        m_inProgress.remove(transactionId);
    const int row = rowOfTransaction(transactionId);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int TransactionTableModel::rowOfTransaction(qint64 transactionId) const
{
    for (qsizetype i = 0; i < m_window.size(); ++i) {
        if (m_window.at(i).transaction.id == transactionId)
            return static_cast<int>(m_windowStart + i);
    }
    return -1;
}

const TransactionRow *TransactionTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count || !ensureRow(row))
        return nullptr;
    return &m_window.at(row - m_windowStart);
}

bool TransactionTableModel::failed(const StoreStatus &status) const
{
    if (status.ok()) {
        m_lastError.clear();
        return false;
    }
    m_lastError = status.message;
    // Reads happen inside data(); tell the window after the view is done asking.
    auto *self = const_cast<TransactionTableModel *>(this);
    QMetaObject::invokeMethod(
        self, [self, message = status.message] { emit self->readFailed(message); }, Qt::QueuedConnection);
    return true;
}

void TransactionTableModel::load(const StoreResult<TransactionPage> &page, qint64 start) const
{
    if (failed(page.status()))
        return;
    m_window = page->rows;
    m_windowStart = start;
}

void TransactionTableModel::append(const StoreResult<TransactionPage> &page) const
{
    if (failed(page.status()))
        return;
    m_window.append(page->rows);
    const qsizetype excess = m_window.size() - MaxWindowRows;
    if (excess > 0) {
        m_window.remove(0, excess);
        m_windowStart += excess;
    }
}

void TransactionTableModel::prepend(const StoreResult<TransactionPage> &page) const
{
    if (failed(page.status()))
        return;
    m_window = page->rows + m_window;
    m_windowStart -= page->rows.size();
    if (m_windowStart < 0) { // the data moved under us; positions are only trustworthy from a known start
        m_window.clear();
        m_windowStart = 0;
        return;
    }
    const qsizetype excess = m_window.size() - MaxWindowRows;
    if (excess > 0)
        m_window.remove(m_window.size() - excess, excess);
}

bool TransactionTableModel::ensureRow(int row) const
{
    const qint64 end = m_windowStart + m_window.size();
    if (row >= m_windowStart && row < end)
        return true;

    if (!m_window.isEmpty() && row >= end && row < end + PageRows) {
        append(m_reader.pageAfter(m_query, m_window.last().key, PageRows));
    } else if (!m_window.isEmpty() && row < m_windowStart && row >= m_windowStart - PageRows) {
        prepend(m_reader.pageBefore(m_query, m_window.first().key, PageRows));
    } else if (row >= m_count - PageRows) {
        const int limit = static_cast<int>(qMin<qint64>(m_count, 2 * PageRows));
        const StoreResult<TransactionPage> page = m_reader.lastPage(m_query, limit);
        load(page, page.ok() ? m_count - page->rows.size() : 0);
    } else if (row < PageRows) {
        load(m_reader.firstPage(m_query, 2 * PageRows), 0);
    } else {
        const qint64 start = qMax<qint64>(0, row - PageRows);
        load(m_reader.pageAt(m_query, start, 2 * PageRows), start);
    }
    return row >= m_windowStart && row < m_windowStart + m_window.size();
}

int TransactionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_count);
}

int TransactionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime TransactionTableModel::judgedAt() const
{
    return m_query.now.isValid() ? m_query.now : now();
}

qint64 TransactionTableModel::remainingToCapture(const TransactionRow &row) const
{
    return m_rules.remainingToCapture(row.transaction, judgedAt()).minorUnits();
}

TransactionTableModel::Urgency TransactionTableModel::urgency(const TransactionRow &row) const
{
    const QDateTime at = judgedAt();
    if (!m_rules.lapsedUncaptured(row.transaction, at).isZero())
        return Urgency::Passed;
    return m_rules.isExpiringSoon(row.transaction, at) ? Urgency::Warning : Urgency::None;
}

Qt::Alignment TransactionTableModel::alignmentOf(int column)
{
    switch (column) {
    case AmountColumn:
    case CapturedColumn:
    case RefundedColumn:
    case RemainingColumn:
        return Qt::AlignTrailing | Qt::AlignVCenter; // amounts line up on their last digit in every language
    default:
        return Qt::AlignLeading | Qt::AlignVCenter;
    }
}

QVariant TransactionTableModel::raw(const TransactionRow &row, int column) const
{
    const Transaction &tx = row.transaction;
    switch (column) {
    case DateColumn:
        return tx.authorizedAt;
    case ReferenceColumn:
        return tx.merchantReference;
    case CustomerColumn:
        return tx.customerName;
    case AmountColumn:
        return tx.authorized;
    case CapturedColumn:
        return tx.captured;
    case RefundedColumn:
        return tx.refunded;
    case RemainingColumn:
        return remainingToCapture(row);
    case StateColumn:
        return static_cast<int>(row.state);
    case DeadlineColumn:
        return m_rules.deadlineOf(tx);
    default:
        return QVariant();
    }
}

QVariant TransactionTableModel::display(const TransactionRow &row, int column) const
{
    const Transaction &tx = row.transaction;
    switch (column) {
    case DateColumn:
        return Wording::dateTime(tx.authorizedAt, m_locale);
    case ReferenceColumn:
        return Wording::digits(tx.merchantReference, m_locale);
    case CustomerColumn:
        return tx.customerName.isEmpty() ? tx.customerEmail : tx.customerName;
    case AmountColumn:
        return Wording::money(tx.authorized, tx.currency, m_locale);
    case CapturedColumn:
        return Wording::money(tx.captured, tx.currency, m_locale);
    case RefundedColumn:
        return Wording::money(tx.refunded, tx.currency, m_locale);
    case RemainingColumn:
        return Wording::money(remainingToCapture(row), tx.currency, m_locale);
    case StateColumn:
        if (m_inProgress.contains(tx.id))
            return tr("In progress…", "an operation on this transaction is running now");
        return Wording::state(row.state);
    case DeadlineColumn:
        if (urgency(row) == Urgency::None && remainingToCapture(row) == 0)
            return QString();
        return Wording::expiresIn(m_rules.deadlineOf(tx), judgedAt());
    default:
        return QVariant();
    }
}

QVariant TransactionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const TransactionRow *row = rowAt(index.row());
    if (!row)
        return QVariant();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, column);
    case Qt::ToolTipRole:
        if (column == DeadlineColumn)
            return tr("Capture deadline: %1")
                .arg(Wording::dateTime(m_rules.deadlineOf(row->transaction), m_locale));
        if (column == RemainingColumn) {
            const Money lapsed = m_rules.lapsedUncaptured(row->transaction, judgedAt());
            if (!lapsed.isZero())
                return tr("%1 was not captured before the deadline: APS released it to the customer.")
                    .arg(Wording::money(lapsed.minorUnits(), lapsed.currency(), m_locale));
        }
        if (column == StateColumn && row->transaction.unresolved)
            return tr("An operation on this order has no known outcome yet; PayDesk checks it with APS.");
        if (column == StateColumn && row->needsStatusCheck)
            return Wording::needsStatusCheckHint();
        if (column == StateColumn && row->transaction.refundReserved > 0)
            return Wording::pendingRefundHint(
                Money::fromMinor(row->transaction.refundReserved, row->transaction.currency), m_locale);
        if (column == DateColumn)
            return Wording::dateTime(row->transaction.authorizedAt, m_locale);
        return QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(alignmentOf(column));
    case Qt::ForegroundRole:
        if (column == DeadlineColumn) {
            switch (urgency(*row)) {
            case Urgency::Warning:
                return Palette::waiting();
            case Urgency::Passed:
                return Palette::refused();
            case Urgency::None:
                break;
            }
        }
        return QVariant();
    case RawValueRole:
        return raw(*row, column);
    case TransactionIdRole:
        return row->transaction.id;
    case StateRole:
        return static_cast<int>(row->state);
    case UnresolvedRole:
        return row->transaction.unresolved;
    case NeedsStatusCheckRole:
        return row->needsStatusCheck;
    case InProgressRole:
        return m_inProgress.contains(row->transaction.id);
    case DeadlineUrgencyRole:
        return static_cast<int>(urgency(*row));
    case PendingRefundRole:
        return row->transaction.refundReserved;
    default:
        return QVariant();
    }
}

QVariant TransactionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case DateColumn:
            return tr("Date");
        case ReferenceColumn:
            return tr("Order");
        case CustomerColumn:
            return tr("Customer");
        case AmountColumn:
            return tr("Authorized");
        case CapturedColumn:
            return tr("Captured", "column: amount captured so far");
        case RefundedColumn:
            return tr("Refunded", "column: amount refunded so far");
        case RemainingColumn:
            return tr("To capture", "column: authorized amount not captured yet");
        case StateColumn:
            return tr("State");
        case DeadlineColumn:
            return tr("Expires in", "column: time left before the capture deadline");
        }
    }
    if (role == Qt::ToolTipRole) {
        QString tip;
        switch (section) {
        case AmountColumn:
            tip = tr("The amount the customer authorized");
            break;
        case CapturedColumn:
            tip = tr("The amount captured so far");
            break;
        case RefundedColumn:
            tip = tr("The amount refunded so far");
            break;
        case RemainingColumn:
            tip = tr("Authorized but not captured yet, while it can still be captured");
            break;
        case DeadlineColumn:
            tip = tr("Time left before the authorization can no longer be captured");
            break;
        default:
            break;
        }
        const std::optional<TransactionSort> sort = sortOfColumn(section);
        if (!sort)
            return tr("This column cannot be sorted");
        if (isAmountSort(*sort) && m_query.currency.isEmpty())
            tip += u'\n' + currencyFirstHint();
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(alignmentOf(section));
    return QVariant();
}

Qt::ItemFlags TransactionTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

std::optional<TransactionSort> TransactionTableModel::sortOfColumn(int column)
{
    switch (column) {
    case DateColumn:
        return TransactionSort::Date;
    case ReferenceColumn:
        return TransactionSort::Reference;
    case CustomerColumn:
        return TransactionSort::Customer;
    case AmountColumn:
        return TransactionSort::Amount;
    case StateColumn:
        return TransactionSort::State;
    case DeadlineColumn:
        return TransactionSort::Deadline;
    case CapturedColumn:
        return TransactionSort::Captured;
    case RefundedColumn:
        return TransactionSort::Refunded;
    case RemainingColumn:
        return TransactionSort::ToCapture;
    default:
        return std::nullopt;
    }
}

QString TransactionTableModel::currencyFirstHint()
{
    return tr("Sorted by currency first, then by amount: amounts in different currencies are never compared "
              "as one number. Choose a currency to sort one currency alone.");
}

int TransactionTableModel::columnOfSort(TransactionSort sort)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (sortOfColumn(column) == sort)
            return column;
    }
    return DateColumn;
}

void TransactionTableModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<TransactionSort> sort = sortOfColumn(column);
    if (!sort || (m_query.sort == *sort && m_query.order == order))
        return;
    TransactionQuery query = m_query;
    query.sort = *sort;
    query.order = order;
    setQuery(query);
}
