#pragma once

#include "services/endofdayreport.h"

#include <QDialog>
#include <QLocale>

#include <optional>

class Database;
class QDateEdit;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTextDocument;

// Shows the end-of-day report (EndOfDayReport) of a chosen day as an HTML page, and saves it as a PDF or as
// CSV. The window opens it from its Reports menu with the database and the profile's time zone. The page and
// the PDF follow the dialog's layout direction: right to left when the desk is in Arabic.
class EndOfDayReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndOfDayReportDialog)

public:
    EndOfDayReportDialog(const Database &database, const QString &timeZoneId, QWidget *parent = nullptr);
    ~EndOfDayReportDialog() override;

    // Reads the report of `day` (in the profile's time zone) and shows it.
    void setDay(const QDate &day);
    QDate day() const;
    // The report shown; nullopt when it could not be read (the dialog says why).
    const std::optional<EndOfDaySummary> &summary() const { return m_summary; }
    // The page shown (laid out in the dialog's direction).
    const QTextDocument *document() const;
    // Writes the shown report to `path` as a PDF; false (with *error) when it could not be written.
    bool savePdf(const QString &path, QString *error = nullptr) const;
    // Writes the shown report to `path` as CSV (EndOfDayReport::writeCsv), 0600; false (with *error) when it
    // could not be written.
    bool saveCsv(const QString &path, QString *error = nullptr) const;

    // The report as an HTML page: per person and per kind and currency, amounts formatted with `locale`.
    // `direction` RightToLeft lays the page out from the right (tables' first column on the right).
    static QString toHtml(const EndOfDaySummary &summary, const QLocale &locale = QLocale(),
                          Qt::LayoutDirection direction = Qt::LeftToRight);
    // The page as a QTextDocument laid out in `direction` (what the PDF prints).
    static void fillDocument(QTextDocument &document, const EndOfDaySummary &summary, const QLocale &locale,
                             Qt::LayoutDirection direction);
    // Renders fillDocument() on A4 pages into `path`.
    static bool writePdf(const EndOfDaySummary &summary, const QString &path, const QLocale &locale,
                         QString *error = nullptr, Qt::LayoutDirection direction = Qt::LeftToRight);

private:
    void chooseFile(bool csv);

    const Database &m_database;
    QString m_timeZoneId;
    std::optional<EndOfDaySummary> m_summary;
    QDateEdit *m_dayEdit = nullptr;
    QTextBrowser *m_view = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_csvButton = nullptr;
};
