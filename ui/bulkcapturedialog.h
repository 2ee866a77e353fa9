#pragma once

#include "services/bulkcapture.h"

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QString>
#include <QStringList>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

// Bulk capture from the window's selection or a `merchant_reference,amount` CSV, in four steps:
//   Preflight: every row with what will happen to it (will capture, or skipped and why, worded for a clerk)
//              and the totals per currency; nothing is sent.
//   Confirm:   what exactly will be captured, with Cancel as the default button (back to the preflight).
//   Running:   a progress bar and each row's result as it arrives; Stop starts no further captures and lets
//              those already sent finish (closing the dialog stops the same way).
//   Report:    each row's result (captured, declined, unknown, refused, not sent, skipped, not started) with
//              the APS code, exportable as CSV.
//
// Unlike the single-order dialogs, this one drives the run itself: BulkCapture is a service object the window
// owns and hands in, and it already does what the window would do for each row (PaymentService re-reads the
// row and re-checks the rule against APS's fresh totals before every capture). The dialog only calls
// BulkCapture::preflight(), run() and cancel(); captured() tells the window to refresh.
class BulkCaptureDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkCaptureDialog)

public:
    enum class Step { Preflight, Confirm, Running, Report };
    enum Column {
        LineColumn,
        ReferenceColumn,
        AmountColumn,
        PreflightColumn,
        ResultColumn,
        DetailColumn,
        CodeColumn,
        ColumnCount
    };

    // `bulk` must outlive the run (the window owns it); `now` (UTC) is the time the preflight judges the
    // rules at, normally PaymentService::now(). The preflight runs here, before the dialog is shown.
    BulkCaptureDialog(BulkCapture *bulk, const QList<BulkCaptureRow> &rows, const QString &userName,
                      const QDateTime &now, QWidget *parent = nullptr);
    ~BulkCaptureDialog() override;

    // Rows for the window's selection: each reference captures what is left ("remaining").
    static QList<BulkCaptureRow> rowsForReferences(const QStringList &references);
    // Rows of a `merchant_reference,amount` CSV file; false with a message for people when the file cannot
    // be read or is not such a list.
    static bool readRowsFromCsv(const QString &path, QList<BulkCaptureRow> *rows, QString *error);

    Step step() const { return m_step; }
    const BulkCapturePlan &plan() const { return m_plan; }
    // Complete once step() is Report.
    const BulkCaptureReport &report() const { return m_report; }
    // "Will capture 3 orders: 1,250.00 AED, 40.000 KWD"
    QString totalsText() const;
    // Why a preflight row is skipped, for a clerk; empty for a row that will be captured.
    static QString skipReasonText(const BulkCapturePlanItem &item, const QLocale &locale = QLocale());
    // A row's result in a word or two ("Captured", "Declined", ...).
    static QString statusText(BulkCaptureRowResult::Status status);

    // The per-row report as CSV: line, merchant_reference, currency, amount (major units), preflight,
    // result (tokens), response_code, response_message, detail. False with a message when it cannot be
    // written.
    bool exportReport(const QString &path, QString *error) const;

    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *reviewButton() const { return m_review; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *exportButton() const { return m_export; }

    // While running, closing the dialog stops the run instead.
    void reject() override;

signals:
    // The run ended (completed or stopped); the cached rows of the captured orders changed.
    void captured(const BulkCaptureReport &report);

private:
    void fillPreflight();
    void setStep(Step step);
    void startRun();
    void stopRun();
    void showRow(const BulkCaptureRowResult &result);
    void showProgress(int done, int total);
    void showReport(const BulkCaptureReport &report);
    void chooseExportFile();
    QString resultDetail(const BulkCaptureRowResult &result) const;
    int tableRowOf(const BulkCaptureRowResult &result) const;

    QPointer<BulkCapture> m_bulk;
    QString m_userName;
    QLocale m_locale;
    BulkCapturePlan m_plan;
    BulkCaptureReport m_report;
    QString m_reportSummary;
    Step m_step = Step::Preflight;
    bool m_stopping = false;

    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_confirmText;
    QProgressBar *m_progress;
    QPushButton *m_review;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
    QPushButton *m_stop;
    QPushButton *m_export;
    QPushButton *m_close;
};
