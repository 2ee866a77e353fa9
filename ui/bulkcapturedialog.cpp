#include "bulkcapturedialog.h"

#include "readonlycell.h"
#include "transactionactions.h"
#include "wording.h"

#include "store/csvwriter.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

using Status = BulkCaptureRowResult::Status;

// "1,250.00 AED, 40.000 KWD"
QString totalsList(const QMap<QString, qint64> &totals, const QLocale &locale)
{
    QStringList parts;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (const std::optional<Currency> currency = Currency::fromCode(it.key()))
            parts << Wording::money(it.value(), *currency, locale);
    }
    return locale.createSeparatedList(parts);
}

} // namespace

BulkCaptureDialog::BulkCaptureDialog(BulkCapture *bulk, const QList<BulkCaptureRow> &rows,
                                     const QString &userName, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_bulk(bulk)
    , m_userName(userName)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_confirmText(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    Q_ASSERT(bulk);
    setWindowTitle(tr("Capture several orders", "window title; capture = charge authorized money"));
    m_plan = bulk->preflight(rows, now.isValid() ? now : QDateTime::currentDateTimeUtc());

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_confirmText->setWordWrap(true);
    QFont bold = m_confirmText->font();
    bold.setBold(true);
    m_confirmText->setFont(bold);
    m_progress->setRange(0, int(m_plan.items.size()));
    m_progress->setValue(0);

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({
        tr("Line", "line of the input file or selection"),
        tr("Reference", "merchant reference of the order"),
        tr("Amount"),
        tr("Check", "column: what the check before capturing found"),
        tr("Result", "column: what happened when capturing"),
        tr("Details"),
        tr("APS code"),
    });
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PreflightColumn, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(this);
    m_review = buttons->addButton(tr("Capture…", "button: go on to confirm the capture"),
                                  QDialogButtonBox::ActionRole);
    m_confirm =
        buttons->addButton(tr("Capture now", "button: charge the customers"), QDialogButtonBox::ActionRole);
    m_cancel = buttons->addButton(tr("Cancel", "button: do not capture, back to the list"),
                                  QDialogButtonBox::ActionRole);
    m_stop =
        buttons->addButton(tr("Stop", "button: start no further captures"), QDialogButtonBox::ActionRole);
    m_export = buttons->addButton(tr("Export report…"), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_review->setEnabled(m_plan.captureCount > 0);
    connect(m_review, &QPushButton::clicked, this, [this] { setStep(Step::Confirm); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { setStep(Step::Preflight); });
    connect(m_confirm, &QPushButton::clicked, this, &BulkCaptureDialog::startRun);
    connect(m_stop, &QPushButton::clicked, this, &BulkCaptureDialog::stopRun);
    connect(m_export, &QPushButton::clicked, this, &BulkCaptureDialog::chooseExportFile);
    connect(m_close, &QPushButton::clicked, this, &BulkCaptureDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_confirmText);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    connect(bulk, &BulkCapture::rowFinished, this, &BulkCaptureDialog::showRow);
    connect(bulk, &BulkCapture::progress, this, &BulkCaptureDialog::showProgress);
    connect(bulk, &BulkCapture::finished, this, &BulkCaptureDialog::showReport);

    fillPreflight();
    setStep(Step::Preflight);
    resize(900, 520);
}

BulkCaptureDialog::~BulkCaptureDialog() = default;

QList<BulkCaptureRow> BulkCaptureDialog::rowsForReferences(const QStringList &references)
{
    QList<BulkCaptureRow> rows;
    rows.reserve(references.size());
    for (int i = 0; i < references.size(); ++i)
        rows.append(BulkCaptureRow{i + 1, references.at(i), QStringLiteral("remaining")});
    return rows;
}

bool BulkCaptureDialog::readRowsFromCsv(const QString &path, QList<BulkCaptureRow> *rows, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QString problem;
    if (!BulkCapture::readCsv(&file, rows, &problem)) {
        *error = tr("%1 is not a list of orders to capture (merchant_reference,amount): %2")
                     .arg(QDir::toNativeSeparators(path), problem);
        return false;
    }
    return true;
}

QString BulkCaptureDialog::totalsText() const
{
    if (m_plan.captureCount == 0)
        return tr("Nothing to capture: every row is skipped.");
    return tr("Will capture %n order(s): %1", "capture = charge authorized money", m_plan.captureCount)
        .arg(totalsList(m_plan.totals, m_locale));
}

QString BulkCaptureDialog::skipReasonText(const BulkCapturePlanItem &item, const QLocale &locale)
{
    switch (item.skipReason) {
    case BulkSkipReason::None:
        return QString();
    case BulkSkipReason::Duplicate:
        return tr("Listed on an earlier line already; each order is captured once at most.");
    case BulkSkipReason::NotInCache:
        return tr("PayDesk does not know order %1. Import the latest report or check the reference.")
            .arg(item.row.merchantReference);
    case BulkSkipReason::InvalidInput:
        if (item.row.merchantReference.isEmpty())
            return tr("No order reference on this line.");
        if (item.transaction) {
            const Currency &currency = item.transaction->currency;
            const MoneyParseResult parsed = Money::parse(item.row.amount, currency);
            if (!parsed.ok())
                return tr("The amount \"%1\" cannot be used: %2")
                    .arg(item.row.amount, Wording::moneyError(parsed.error, currency));
        }
        return tr("This line cannot be used: %1").arg(item.detail);
    case BulkSkipReason::Rule:
        if (item.transaction)
            return Wording::decision(item.decision, *item.transaction, locale);
        return item.detail;
    }
    return item.detail;
}

QString BulkCaptureDialog::statusText(BulkCaptureRowResult::Status status)
{
    switch (status) {
    case Status::Captured:
        return tr("Captured", "bulk result: APS charged the customer");
    case Status::Skipped:
        return tr("Skipped", "bulk result: left out by the check, nothing sent");
    case Status::Declined:
        return tr("Declined", "bulk result: APS refused, nothing moved");
    case Status::Unknown:
        return tr("Outcome unknown", "bulk result: being reconciled with APS");
    case Status::Refused:
        return tr("Not done", "bulk result: PayDesk refused before sending");
    case Status::Failed:
        return tr("Not sent", "bulk result: nothing reached APS");
    case Status::Cancelled:
        return tr("Not started", "bulk result: the run was stopped before this row");
    }
    return QString();
}

void BulkCaptureDialog::fillPreflight()
{
    m_table->setRowCount(int(m_plan.items.size()));
    const Qt::Alignment amountAlignment = Qt::AlignTrailing | Qt::AlignVCenter;
    for (int row = 0; row < m_plan.items.size(); ++row) {
        const BulkCapturePlanItem &item = m_plan.items.at(row);
        m_table->setItem(row, LineColumn, readOnlyCell(m_locale.toString(item.row.line), amountAlignment));
        m_table->setItem(row, ReferenceColumn, readOnlyCell(item.row.merchantReference));
        QString amount;
        if (item.willCapture || item.skipReason == BulkSkipReason::Rule)
            amount = item.remaining ? tr("%1 (what is left)", "amount to capture: the rest of the order")
                                          .arg(Wording::money(item.amount, m_locale))
                                    : Wording::money(item.amount, m_locale);
        else
            amount = item.row.amount;
        m_table->setItem(row, AmountColumn, readOnlyCell(amount, amountAlignment));
        m_table->setItem(row, PreflightColumn,
                         readOnlyCell(item.willCapture
                                          ? tr("Will capture", "the order will be charged")
                                          : tr("Skipped: %1").arg(skipReasonText(item, m_locale))));
        m_table->setItem(row, ResultColumn, readOnlyCell(QString()));
        m_table->setItem(row, DetailColumn, readOnlyCell(QString()));
        m_table->setItem(row, CodeColumn, readOnlyCell(QString()));
    }
    m_table->resizeColumnToContents(LineColumn);
    m_table->resizeColumnToContents(ReferenceColumn);
    m_table->resizeColumnToContents(AmountColumn);
}

void BulkCaptureDialog::setStep(Step step)
{
    m_step = step;
    const bool preflight = step == Step::Preflight;
    const bool confirm = step == Step::Confirm;
    const bool running = step == Step::Running;
    const bool report = step == Step::Report;
    m_review->setVisible(preflight);
    m_confirm->setVisible(confirm);
    m_cancel->setVisible(confirm);
    m_stop->setVisible(running);
    m_export->setVisible(report);
    m_close->setVisible(preflight || report);
    m_confirmText->setVisible(confirm);
    m_progress->setVisible(running || report);
    for (QPushButton *button : {m_review, m_confirm, m_cancel, m_stop, m_export, m_close}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    switch (step) {
    case Step::Preflight: {
        QString text = totalsText();
        if (m_plan.skipCount > 0)
            text +=
                QLatin1Char(' ') + tr("%n row(s) will be skipped; the list says why.", "", m_plan.skipCount);
        m_summary->setText(text);
        (m_review->isEnabled() ? m_review : m_close)->setDefault(true);
        break;
    }
    case Step::Confirm:
        m_confirmText->setText(
            tr("Capture %n order(s) now: %1. The customers will be charged.", "", m_plan.captureCount)
                .arg(totalsList(m_plan.totals, m_locale)));
        // Cancel is the default so that a stray Enter never charges anyone.
        m_cancel->setAutoDefault(true);
        m_cancel->setDefault(true);
        m_cancel->setFocus();
        break;
    case Step::Running:
        m_summary->setText(tr("Capturing… Stop starts no further captures; those already sent finish."));
        m_stop->setEnabled(true);
        m_stop->setFocus();
        break;
    case Step::Report:
        m_close->setDefault(true);
        m_close->setFocus();
        break;
    }
}

void BulkCaptureDialog::startRun()
{
    if (!m_bulk || m_bulk->isRunning())
        return;
    m_stopping = false;
    m_progress->setValue(0);
    setStep(Step::Running);
    m_bulk->run(m_plan, m_userName);
}

void BulkCaptureDialog::stopRun()
{
    if (m_step != Step::Running || m_stopping || !m_bulk)
        return;
    m_stopping = true;
    m_bulk->cancel();
    m_stop->setEnabled(false);
    m_summary->setText(tr("Stopping: the captures already sent finish; no more start."));
}

void BulkCaptureDialog::reject()
{
    if (m_step == Step::Running) {
        stopRun();
        return;
    }
    QDialog::reject();
}

int BulkCaptureDialog::tableRowOf(const BulkCaptureRowResult &result) const
{
    for (int row = 0; row < m_plan.items.size(); ++row) {
        const BulkCaptureRow &planned = m_plan.items.at(row).row;
        if (planned.line == result.item.row.line &&
            planned.merchantReference == result.item.row.merchantReference)
            return row;
    }
    return -1;
}

QString BulkCaptureDialog::resultDetail(const BulkCaptureRowResult &result) const
{
    switch (result.status) {
    case Status::Skipped:
        return skipReasonText(result.item, m_locale);
    case Status::Cancelled:
        return tr("Not started: the run was stopped. Nothing was sent for this order.");
    case Status::Captured:
    case Status::Declined:
    case Status::Unknown:
    case Status::Refused:
    case Status::Failed:
        break;
    }
    return result.payment ? TransactionActions::describe(*result.payment) : result.detail;
}

void BulkCaptureDialog::showRow(const BulkCaptureRowResult &result)
{
    if (m_step != Step::Running)
        return;
    const int row = tableRowOf(result);
    if (row < 0)
        return;
    m_table->setItem(row, ResultColumn, readOnlyCell(statusText(result.status)));
    m_table->setItem(row, DetailColumn, readOnlyCell(resultDetail(result)));
    m_table->setItem(row, CodeColumn,
                     readOnlyCell(result.payment ? result.payment->responseCode : QString()));
}

void BulkCaptureDialog::showProgress(int done, int total)
{
    if (m_step != Step::Running)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void BulkCaptureDialog::showReport(const BulkCaptureReport &report)
{
    if (m_step != Step::Running)
        return;
    m_report = report;
    QMap<Status, int> counts;
    for (int row = 0; row < report.rows.size() && row < m_table->rowCount(); ++row) {
        const BulkCaptureRowResult &result = report.rows.at(row);
        ++counts[result.status];
        m_table->setItem(row, ResultColumn, readOnlyCell(statusText(result.status)));
        m_table->setItem(row, DetailColumn, readOnlyCell(resultDetail(result)));
        m_table->setItem(row, CodeColumn,
                         readOnlyCell(result.payment ? result.payment->responseCode : QString()));
    }
    m_progress->setValue(m_progress->maximum());

    QStringList parts;
    const int capturedCount = counts.value(Status::Captured);
    parts << (capturedCount > 0 ? tr("Captured %n order(s): %1.", "", capturedCount)
                                      .arg(totalsList(report.captured, m_locale))
                                : tr("Nothing was captured."));
    const auto count = [&](Status status, const QString &text) {
        if (counts.value(status) > 0)
            parts << text;
    };
    count(Status::Declined, tr("%n declined by APS.", "", counts.value(Status::Declined)));
    count(Status::Unknown,
          tr("%n with an outcome not known yet: do not repeat them; PayDesk checks them with APS.", "",
             counts.value(Status::Unknown)));
    count(Status::Refused, tr("%n not done.", "", counts.value(Status::Refused)));
    count(Status::Failed, tr("%n not sent.", "", counts.value(Status::Failed)));
    count(Status::Skipped, tr("%n skipped.", "", counts.value(Status::Skipped)));
    count(Status::Cancelled,
          tr("%n not started because the run was stopped.", "", counts.value(Status::Cancelled)));
    m_reportSummary = parts.join(QLatin1Char(' '));
    m_summary->setText(m_reportSummary);
    setStep(Step::Report);
    emit captured(report);
}

bool BulkCaptureDialog::exportReport(const QString &path, QString *error) const
{
    QSaveFile file(path);
    // QSaveFile gives a new file 0666 less the umask and keeps an existing file's mode; the report names
    // orders and amounts, so the file is owner-only either way (set before anything is written).
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    CsvWriter writer(&file);
    bool ok = writer.writeRecord(
        {QStringLiteral("line"), QStringLiteral("merchant_reference"), QStringLiteral("currency"),
         QStringLiteral("amount"), QStringLiteral("preflight"), QStringLiteral("result"),
         QStringLiteral("response_code"), QStringLiteral("response_message"), QStringLiteral("detail")});
    for (const BulkCaptureRowResult &result : m_report.rows) {
        const BulkCapturePlanItem &item = result.item;
        // The amount asked of APS when there was a request, else what the preflight planned.
        const Money amount =
            result.payment && result.payment->amount.isValid() ? result.payment->amount : item.amount;
        ok = ok && writer.writeRecord({
                       QString::number(item.row.line),
                       item.row.merchantReference,
                       amount.isValid() ? amount.currency().code() : QString(),
                       amount.isValid() ? amount.toPlainString() : item.row.amount,
                       item.willCapture ? QStringLiteral("capture") : bulkSkipReasonToken(item.skipReason),
                       bulkRowStatusToken(result.status),
                       result.payment ? result.payment->responseCode : QString(),
                       result.payment ? result.payment->responseMessage : QString(),
                       resultDetail(result),
                   });
    }
    if (!ok || !file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void BulkCaptureDialog::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export the capture report"), QString(), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        const QString outcome = exportReport(path, &error)
                                    ? tr("Report saved to %1.").arg(QDir::toNativeSeparators(path))
                                    : error;
        m_summary->setText(m_reportSummary + QLatin1Char('\n') + outcome);
    });
    dialog->open();
}
