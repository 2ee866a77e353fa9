#include "exportcurrentview.h"

#include "store/database.h"
#include "store/transactionexporter.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>
#include <QThread>

#include <climits>

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
                                          const QString &path)
{
    ExportOutcome outcome;
    outcome.path = path;
    const QString shown = QDir::toNativeSeparators(path);
    const StoreResult<qint64> written = TransactionExporter(database).exportCsv(query, path);
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

void ExportCurrentView::chooseFileAndExport(const TransactionQuery &query, QWidget *parent)
{
    if (isRunning())
        return;
    auto *dialog = new QFileDialog(parent, tr("Export the transactions shown"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, query](const QString &path) { start(query, path); });
    dialog->open();
}

void ExportCurrentView::start(const TransactionQuery &query, const QString &path)
{
    if (isRunning() || path.isEmpty())
        return;
    emit started(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    const Database &database = m_database;
    m_worker = QThread::create([this, &database, query, path] {
        const ExportOutcome outcome = exportTo(database, query, path);
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
