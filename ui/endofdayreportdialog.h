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

// Shows the end-of-day report (EndOfDayReport) of a chosen day as an HTML page, and saves it as a PDF. The
// window opens it from its Reports menu with the database and the profile's time zone.
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
    // Writes the shown report to `path` as a PDF; false (with *error) when it could not be written.
    bool savePdf(const QString &path, QString *error = nullptr) const;

    // The report as an HTML page: per person and per kind and currency, amounts formatted with `locale`.
    static QString toHtml(const EndOfDaySummary &summary, const QLocale &locale = QLocale());
    // Renders toHtml() through a QTextDocument on A4 pages into `path`.
    static bool writePdf(const EndOfDaySummary &summary, const QString &path, const QLocale &locale,
                         QString *error = nullptr);

private:
    void chooseFile();

    const Database &m_database;
    QString m_timeZoneId;
    std::optional<EndOfDaySummary> m_summary;
    QDateEdit *m_dayEdit = nullptr;
    QTextBrowser *m_view = nullptr;
    QPushButton *m_saveButton = nullptr;
};
