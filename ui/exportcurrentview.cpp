#include "exportcurrentview.h"

#include "store/database.h"
#include "store/transactionexporter.h"
#include "store/transactionreader.h"
#include "transactiontablemodel.h"
#include "wording.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>
#include <QThread>

#include <QFileInfo>
#include <QHeaderView>
#include <QSettings>

#include <algorithm>
#include <climits>

namespace {

constexpr const char *FolderKey = "export/folder";
constexpr const char *KindKey = "export/kind";

// A cell of the list as the list words it (TransactionTableModel's display text), for the "as shown" export;
// without the bidirectional isolates a right-to-left desk puts around amounts and times (a spreadsheet cell
// is a unit of its own).
QString shownCell(int column, const TransactionRow &row, const TransactionRules &rules, const QDateTime &now,
                  const QLocale &locale);

QString withoutIsolates(QString text)
{
    text.removeIf([](QChar c) { return c.unicode() >= 0x2066 && c.unicode() <= 0x2069; });
    return text;
}

QString shownCellText(int column, const TransactionRow &row, const TransactionRules &rules,
                      const QDateTime &now, const QLocale &locale)
{
    return withoutIsolates(shownCell(column, row, rules, now, locale));
}

QString shownCell(int column, const TransactionRow &row, const TransactionRules &rules, const QDateTime &now,
                  const QLocale &locale)
{
    const Transaction &tx = row.transaction;
    const qint64 remaining = rules.remainingToCapture(tx, now).minorUnits();
    switch (column) {
    case TransactionTableModel::DateColumn:
        return Wording::dateTime(tx.authorizedAt, locale);
    case TransactionTableModel::ReferenceColumn:
        return tx.merchantReference;
    case TransactionTableModel::CustomerColumn:
        return tx.customerName.isEmpty() ? tx.customerEmail : tx.customerName;
    case TransactionTableModel::AmountColumn:
        return Wording::money(tx.authorized, tx.currency, locale);
    case TransactionTableModel::CapturedColumn:
        return Wording::money(tx.captured, tx.currency, locale);
    case TransactionTableModel::RefundedColumn:
        return Wording::money(tx.refunded, tx.currency, locale);
    case TransactionTableModel::RemainingColumn:
        return Wording::money(remaining, tx.currency, locale);
    case TransactionTableModel::StateColumn:
        return Wording::state(row.state);
    case TransactionTableModel::DeadlineColumn:
        if (remaining == 0 && rules.lapsedUncaptured(tx, now).isZero())
            return QString();
        return Wording::expiresIn(rules.deadlineOf(tx), now);
    default:
        return QString();
    }
}

} // namespace

ExportCurrentView::ExportCurrentView(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

ExportCurrentView::~ExportCurrentView()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

ExportOutcome ExportCurrentView::exportTo(const Database &database, const TransactionQuery &query,
                                          const QString &path, const TransactionExporter::Options &options)
{
    ExportOutcome outcome;
    outcome.path = path;
    const QString shown = QDir::toNativeSeparators(path);
    const StoreResult<qint64> written = TransactionExporter(database).exportCsv(query, path, options);
    if (!written.ok()) {
        outcome.message = tr("Export failed; %1 was not written. %2").arg(shown, written.message);
        return outcome;
    }
    outcome.ok = true;
    outcome.rows = *written;
    outcome.message = outcome.rows == 0 ? tr("Exported no transactions to %1: the view is empty.").arg(shown)
                                        : tr("Exported %Ln transaction(s) to %1.", "",
                                             int(std::min<qint64>(outcome.rows, INT_MAX)))
                                              .arg(shown);
    return outcome;
}

QList<TransactionExporter::Column> ExportCurrentView::shownColumns(const QHeaderView &header,
                                                                   const TransactionRules &rules,
                                                                   const QDateTime &now,
                                                                   const QLocale &locale)
{
    using M = TransactionTableModel;
    QList<TransactionExporter::Column> columns;
    for (int visual = 0; visual < header.count(); ++visual) {
        const int column = header.logicalIndex(visual);
        if (column < 0 || header.isSectionHidden(column) || column >= M::ColumnCount)
            continue;
        const QString heading = header.model()->headerData(column, Qt::Horizontal).toString();
        columns.append({heading, [column, rules, now, locale](const TransactionRow &row) {
                            return shownCellText(column, row, rules, now, locale);
                        }});
    }
    return columns;
}

TransactionExporter::Options ExportCurrentView::optionsFor(Kind kind,
                                                           const QList<TransactionExporter::Column> &shown)
{
    TransactionExporter::Options options;
    options.byteOrderMark = kind != Kind::MachineColumns;
    if (kind == Kind::ShownColumns)
        options.columns = shown;
    return options;
}

QString ExportCurrentView::defaultFileName(const TransactionQuery &query, const QDate &day)
{
    QString view = QStringLiteral("all");
    if (query.capture == TransactionQuery::Capture::Open)
        view = QStringLiteral("needs-capture");
    else if (query.capture == TransactionQuery::Capture::ExpiringSoon)
        view = QStringLiteral("expiring-soon");
    else if (query.capture == TransactionQuery::Capture::Lapsed)
        view = QStringLiteral("lapsed");
    else if (query.refundableOnly)
        view = QStringLiteral("refundable");
    else if (query.unresolvedOnly)
        view = QStringLiteral("unresolved");
    else if (query.states.size() == 1)
        view = stateToken(*query.states.cbegin()).replace(QLatin1Char('_'), QLatin1Char('-'));
    if (!query.currency.isEmpty())
        view += QLatin1Char('-') + query.currency.toLower();
    return QStringLiteral("paydesk-%1-%2.csv").arg(view, day.toString(Qt::ISODate));
}

QString ExportCurrentView::defaultFolder()
{
    const QString last = QSettings().value(QLatin1String(FolderKey)).toString();
    if (!last.isEmpty() && QDir(last).exists())
        return last;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void ExportCurrentView::chooseFileAndExport(const TransactionQuery &query, QWidget *parent,
                                            const QList<TransactionExporter::Column> &shown)
{
    if (isRunning())
        return;
    QStringList filters;
    QList<Kind> kinds;
    if (!shown.isEmpty()) {
        filters << tr("Columns as shown, for Excel (*.csv)");
        kinds << Kind::ShownColumns;
    }
    filters << tr("All columns, for scripts (*.csv)") << tr("All columns, for Excel (*.csv)");
    kinds << Kind::MachineColumns << Kind::MachineColumnsWithMark;
    auto *dialog = new QFileDialog(parent, tr("Export the transactions shown"), defaultFolder());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setNameFilters(filters);
    const int remembered = int(kinds.indexOf(Kind(QSettings().value(QLatin1String(KindKey), -1).toInt())));
    dialog->selectNameFilter(filters.at(std::max(0, remembered)));
    dialog->selectFile(defaultFileName(query, QDate::currentDate()));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, dialog, query, shown, filters, kinds](const QString &path) {
                const Kind kind = kinds.at(std::max(0, int(filters.indexOf(dialog->selectedNameFilter()))));
                QSettings settings;
                settings.setValue(QLatin1String(KindKey), int(kind));
                settings.setValue(QLatin1String(FolderKey), QFileInfo(path).absolutePath());
                start(query, path, optionsFor(kind, shown));
            });
    dialog->open();
}

void ExportCurrentView::start(const TransactionQuery &query, const QString &path,
                              const TransactionExporter::Options &options)
{
    if (isRunning() || path.isEmpty())
        return;
    emit started(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    const Database &database = m_database;
    m_worker = QThread::create([this, &database, query, path, options] {
        const ExportOutcome outcome = exportTo(database, query, path, options);
        // This thread ends now; its connection must not outlive it.
        database.releaseConnection();
        QMetaObject::invokeMethod(
            this, [this, outcome] { done(outcome); }, Qt::QueuedConnection);
    });
    m_worker->setObjectName(QStringLiteral("view export"));
    m_worker->start();
}

void ExportCurrentView::done(const ExportOutcome &outcome)
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    emit finished(outcome);
}
