#pragma once

#include "store/reportimporter.h"

#include <QDialog>
#include <QLocale>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

// Imports an APS transaction-report CSV into the cache: choose the file, choose whether bad rows are skipped
// (off by default: all or nothing), then the import runs in a worker thread with its own database connection
// while the dialog shows its progress; at the end the summary and every bad row with its line and reason
// (the importer never repeats a card number). When bad rows refuse the whole file the summary says so and how
// to go on.
//
// The dialog runs the import itself: it is a long store job with nothing to decide in between, and the
// window only needs to refresh afterwards (imported()). It cannot be interrupted: closing waits until the
// import has finished.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    enum class Step { Choose, Running, Done };
    enum BadRowColumn { LineColumn, ReferenceColumn, ReasonColumn, BadRowColumnCount };

    // `database` must outlive the dialog. `options` carry the profile's time zone and capture window;
    // skipBadRows is the check box's initial state, and progress is the dialog's own.
    ImportDialog(const Database &database, const ImportOptions &options, QWidget *parent = nullptr);
    // Waits for a running import to end.
    ~ImportDialog() override;

    QString filePath() const;
    void setFilePath(const QString &path);
    bool skipBadRows() const;
    void setSkipBadRows(bool skip);

    // Starts the import of filePath() (the Import button); ignored while one runs or without a file.
    void startImport();
    Step step() const { return m_step; }
    bool isRunning() const { return m_step == Step::Running; }
    // The last import's answer; empty before the first one ends.
    const std::optional<StoreResult<ImportReport>> &result() const { return m_result; }

    QLineEdit *pathEdit() const { return m_path; }
    QCheckBox *skipBadRowsBox() const { return m_skip; }
    QPushButton *importButton() const { return m_import; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *badRowsTable() const { return m_badRows; }

    // While importing, the dialog stays open (the import cannot be interrupted half-way).
    void reject() override;

signals:
    // Rows were written to the cache: the window refreshes its list.
    void imported(const ImportReport &report);
    // The import's progress, on the window's thread (thinned to changes of phase or of a thousandth).
    void progressed(const ImportProgress &progress);
    // An import ended, whatever its outcome.
    void importFinished();

private:
    void chooseFile();
    void showProgress(const ImportProgress &progress);
    void showResult(const StoreResult<ImportReport> &result);
    void updateButtons();
    QString summaryOf(const StoreResult<ImportReport> &result) const;

    const Database &m_database;
    ImportOptions m_options;
    QLocale m_locale;
    Step m_step = Step::Choose;
    std::optional<StoreResult<ImportReport>> m_result;
    QThread *m_worker = nullptr;

    QLineEdit *m_path;
    QPushButton *m_browse;
    QCheckBox *m_skip;
    QLabel *m_explanation;
    QProgressBar *m_progress;
    QLabel *m_phase;
    QLabel *m_summary;
    QTableWidget *m_badRows;
    QPushButton *m_import;
    QPushButton *m_close;
};
