#include "importdialog.h"

#include "readonlycell.h"

#include "store/database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace {

// The progress bar counts in thousandths, so a billion-byte file fits an int range.
constexpr int ProgressSteps = 1000;

int stepOf(const ImportProgress &progress)
{
    if (progress.total <= 0)
        return -1;
    return int(std::min<qint64>(ProgressSteps, progress.done * ProgressSteps / progress.total));
}

} // namespace

ImportDialog::ImportDialog(const Database &database, const ImportOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_options(options)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Choose…", "button: choose a file"), this))
    , m_skip(new QCheckBox(tr("Skip bad rows and import the good ones"), this))
    , m_explanation(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_phase(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_badRows(new QTableWidget(this))
{
    setWindowTitle(tr("Import an APS transaction report"));
    m_path->setPlaceholderText(tr("The report exported from the APS back office (.csv)"));
    m_skip->setChecked(options.skipBadRows);
    m_explanation->setWordWrap(true);
    m_explanation->setText(
        tr("Without this, the import is all or nothing: if any row cannot be used, nothing is imported and "
           "the rows at fault are listed, so the list never holds half a report."));
    m_progress->setRange(0, ProgressSteps);
    m_progress->setValue(0);
    m_progress->hide();
    m_phase->hide();
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();

    m_badRows->setColumnCount(BadRowColumnCount);
    m_badRows->setHorizontalHeaderLabels(
        {tr("Line", "line of the report file"), tr("Reference", "merchant reference"), tr("Problem")});
    m_badRows->verticalHeader()->hide();
    m_badRows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_badRows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_badRows->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_badRows->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("Import", "button: read the report into PayDesk"),
                                  QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_path, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Report file:"), fileRow);
    form->addRow(QString(), m_skip);
    form->addRow(QString(), m_explanation);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_phase);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_badRows, 1);
    layout->addWidget(buttons);
    updateButtons();
    resize(720, 440);
}

ImportDialog::~ImportDialog()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

QString ImportDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ImportDialog::setFilePath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

bool ImportDialog::skipBadRows() const
{
    return m_skip->isChecked();
}

void ImportDialog::setSkipBadRows(bool skip)
{
    m_skip->setChecked(skip);
}

void ImportDialog::updateButtons()
{
    const bool running = isRunning();
    m_import->setEnabled(!running && !filePath().isEmpty());
    m_import->setDefault(!running);
    m_close->setEnabled(!running);
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_skip->setEnabled(!running);
}

void ImportDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose an APS transaction report"), QString(),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportDialog::setFilePath);
    dialog->open();
}

void ImportDialog::startImport()
{
    const QString path = filePath();
    if (isRunning() || path.isEmpty())
        return;
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    m_step = Step::Running;
    m_result.reset();
    m_summary->hide();
    m_badRows->hide();
    m_badRows->setRowCount(0);
    m_progress->setRange(0, ProgressSteps);
    m_progress->setValue(0);
    m_progress->show();
    m_phase->setText(tr("Reading the file…"));
    m_phase->show();
    updateButtons();

    ImportOptions options = m_options;
    options.skipBadRows = skipBadRows();
    // Called on the worker thread, often: only a change of phase or of a thousandth crosses to the window.
    options.progress = [this, phase = -1, last = -2](const ImportProgress &progress) mutable {
        const int step = stepOf(progress);
        if (int(progress.phase) == phase && step == last)
            return;
        phase = int(progress.phase);
        last = step;
        QMetaObject::invokeMethod(
            this, [this, progress] { showProgress(progress); }, Qt::QueuedConnection);
    };
    const Database &database = m_database;
    m_worker = QThread::create([this, &database, options, path] {
        const StoreResult<ImportReport> result = ReportImporter(database, options).importFile(path);
        // This thread ends now; its connection must not outlive it.
        database.releaseConnection();
        QMetaObject::invokeMethod(
            this, [this, result] { showResult(result); }, Qt::QueuedConnection);
    });
    m_worker->setObjectName(QStringLiteral("report import"));
    m_worker->start();
}

void ImportDialog::showProgress(const ImportProgress &progress)
{
    if (!isRunning())
        return;
    switch (progress.phase) {
    case ImportProgress::Phase::Reading:
        m_phase->setText(tr("Reading the file…"));
        break;
    case ImportProgress::Phase::Checking:
        m_phase->setText(tr("Checking %1 rows…").arg(m_locale.toString(progress.total)));
        break;
    case ImportProgress::Phase::Merging:
        m_phase->setText(tr("Adding the orders to PayDesk…"));
        break;
    }
    const int step = stepOf(progress);
    if (step < 0) {
        m_progress->setRange(0, 0); // busy: the size is not known
    } else {
        m_progress->setRange(0, ProgressSteps);
        m_progress->setValue(step);
    }
    emit progressed(progress);
}

QString ImportDialog::summaryOf(const StoreResult<ImportReport> &result) const
{
    if (!result.ok()) {
        switch (result.error) {
        case StoreError::Io:
            return tr("The file cannot be read; nothing was imported. %1").arg(result.message);
        case StoreError::Invalid:
            return tr("This file is not an APS transaction report; nothing was imported. %1")
                .arg(result.message);
        case StoreError::Busy:
            return tr("The database is busy with another desk; nothing was imported. Try again in a moment.");
        default:
            return tr("The import failed; nothing was imported. %1").arg(result.message);
        }
    }
    const ImportReport &report = *result;
    const qint64 bad = report.badRows.size();
    if (!report.written)
        return tr("Nothing was imported: %n row(s) of the file cannot be used (listed below). The import is "
                  "all or nothing, so the list never holds half a report. Correct the file and import it "
                  "again, or tick \"Skip bad rows\" to import the good rows and leave these out.",
                  "", int(bad));
    const auto number = [this](qint64 value) {
        return m_locale.toString(value);
    };
    QStringList parts;
    parts << tr("%1 rows read, %2 already imported before.")
                 .arg(number(report.rowsRead), number(report.rowsAlreadyImported));
    parts << tr("Orders: %1 new, %2 updated, %3 unchanged.")
                 .arg(number(report.ordersCreated), number(report.ordersUpdated),
                      number(report.ordersUnchanged));
    if (report.ordersFlagged > 0)
        parts << tr("%1 orders disagree with what PayDesk knows: their totals were kept and they are marked "
                    "for a status check.")
                     .arg(number(report.ordersFlagged));
    if (report.ordersUncertain > 0)
        parts
            << tr("%1 orders have an operation APS had not finished when the report was made (for example "
                  "status 15, uncertain): they are marked for a status check, which settles them from APS's "
                  "totals.")
                   .arg(number(report.ordersUncertain));
    if (report.ordersUnresolved > 0)
        parts << tr("%1 orders were left alone because an operation on them has no known outcome yet; import "
                    "the file again later.")
                     .arg(number(report.ordersUnresolved));
    if (bad > 0)
        parts << tr("%1 bad rows were skipped (listed below).").arg(number(bad));
    return parts.join(QLatin1Char(' '));
}

void ImportDialog::showResult(const StoreResult<ImportReport> &result)
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    m_step = Step::Done;
    m_result = result;
    m_phase->hide();
    m_progress->setRange(0, ProgressSteps);
    m_progress->setValue(ProgressSteps);
    m_summary->setText(summaryOf(result));
    m_summary->show();

    const QList<ImportBadRow> badRows = result.ok() ? result->badRows : QList<ImportBadRow>();
    m_badRows->setRowCount(int(badRows.size()));
    for (int row = 0; row < badRows.size(); ++row) {
        const ImportBadRow &bad = badRows.at(row);
        m_badRows->setItem(row, LineColumn,
                           readOnlyCell(m_locale.toString(bad.line), Qt::AlignTrailing | Qt::AlignVCenter));
        m_badRows->setItem(row, ReferenceColumn, readOnlyCell(bad.merchantReference));
        m_badRows->setItem(row, ReasonColumn, readOnlyCell(bad.reason));
    }
    m_badRows->resizeColumnToContents(LineColumn);
    m_badRows->resizeColumnToContents(ReferenceColumn);
    m_badRows->setVisible(!badRows.isEmpty());
    updateButtons();
    if (result.ok() && result->written)
        emit imported(*result);
    emit importFinished();
}

void ImportDialog::reject()
{
    if (isRunning())
        return;
    QDialog::reject();
}
