#include "endofdayreportdialog.h"

#include "wording.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

QString cell(const QString &text, bool amount = false)
{
    return (amount ? QStringLiteral("<td align=\"right\">") : QStringLiteral("<td>")) + text.toHtmlEscaped() +
           QStringLiteral("</td>");
}

QString table(const QStringList &headers, const QList<EndOfDayLine> &lines, bool withPerson,
              const QLocale &locale)
{
    QString html =
        QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>");
    for (const QString &header : headers)
        html += QStringLiteral("<th>") + header.toHtmlEscaped() + QStringLiteral("</th>");
    html += QStringLiteral("</tr>");
    for (const EndOfDayLine &line : lines) {
        html += QStringLiteral("<tr>");
        if (withPerson)
            html += cell(line.userName);
        html += cell(Wording::operationKind(line.kind)) + cell(line.currency.code()) +
                cell(locale.toString(line.count), true) + cell(Wording::money(line.money(), locale), true);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

EndOfDayReportDialog::EndOfDayReportDialog(const Database &database, const QString &timeZoneId,
                                           QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_timeZoneId(timeZoneId)
    , m_dayEdit(new QDateEdit(this))
    , m_view(new QTextBrowser(this))
{
    setWindowTitle(tr("End-of-day report"));
    m_dayEdit->setCalendarPopup(true);
    m_dayEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *top = new QHBoxLayout;
    auto *dayLabel = new QLabel(tr("&Day:"), this);
    dayLabel->setBuddy(m_dayEdit);
    top->addWidget(dayLabel);
    top->addWidget(m_dayEdit);
    top->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveButton = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &EndOfDayReportDialog::chooseFile);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(720, 560);

    const QTimeZone zone(timeZoneId.toUtf8());
    const QDate today =
        QDateTime::currentDateTimeUtc().toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
    m_dayEdit->setDate(today);
    connect(m_dayEdit, &QDateEdit::dateChanged, this, &EndOfDayReportDialog::setDay);
    setDay(today);
}

EndOfDayReportDialog::~EndOfDayReportDialog() = default;

QDate EndOfDayReportDialog::day() const
{
    return m_dayEdit->date();
}

void EndOfDayReportDialog::setDay(const QDate &day)
{
    if (m_dayEdit->date() != day)
        m_dayEdit->setDate(day); // emits dateChanged, which comes back here
    auto built = EndOfDayReport(m_database).build(day, m_timeZoneId);
    if (!built.ok()) {
        m_summary.reset();
        m_view->setPlainText(tr("The report could not be read: %1").arg(built.message));
    } else {
        m_summary = *built;
        m_view->setHtml(toHtml(*m_summary, locale()));
    }
    m_saveButton->setEnabled(m_summary.has_value());
}

bool EndOfDayReportDialog::savePdf(const QString &path, QString *error) const
{
    if (!m_summary) {
        if (error)
            *error = tr("There is no report to save.");
        return false;
    }
    return writePdf(*m_summary, path, locale(), error);
}

void EndOfDayReportDialog::chooseFile()
{
    auto *files = new QFileDialog(this, tr("Save the end-of-day report"), QString(), tr("PDF files (*.pdf)"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(QStringLiteral("pdf"));
    files->selectFile(QStringLiteral("end-of-day-%1.pdf").arg(day().toString(Qt::ISODate)));
    connect(files, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (!savePdf(path, &error)) {
            auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), error, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    files->open();
}

QString EndOfDayReportDialog::toHtml(const EndOfDaySummary &summary, const QLocale &locale)
{
    QString html = QStringLiteral("<html><body><h2>") +
                   tr("End-of-day report for %1")
                       .arg(locale.toString(summary.day, QLocale::LongFormat))
                       .toHtmlEscaped() +
                   QStringLiteral("</h2><p>") +
                   tr("Succeeded captures, voids and refunds recorded from %1 to %2 (%3).")
                       .arg(locale.toString(summary.from.toTimeZone(summary.timeZone), QLocale::ShortFormat),
                            locale.toString(summary.to.toTimeZone(summary.timeZone), QLocale::ShortFormat),
                            QString::fromUtf8(summary.timeZone.id()))
                       .toHtmlEscaped() +
                   QStringLiteral("</p>");
    if (summary.totals.isEmpty()) {
        html += QStringLiteral("<p>") + tr("No money moved on this day.").toHtmlEscaped() +
                QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<h3>") + tr("By person").toHtmlEscaped() + QStringLiteral("</h3>");
        html += table({tr("Person"), tr("Operation"), tr("Currency"), tr("Count"), tr("Amount")},
                      summary.byPerson, true, locale);
        html += QStringLiteral("<h3>") + tr("Totals per currency").toHtmlEscaped() + QStringLiteral("</h3>");
        html += table({tr("Operation"), tr("Currency"), tr("Count"), tr("Amount")}, summary.totals, false,
                      locale);
    }
    if (summary.unresolved > 0 || summary.declined > 0) {
        html += QStringLiteral("<p>") +
                tr("Not counted: %1 declined, %2 with an outcome not known yet (see the reconciliation).")
                    .arg(locale.toString(summary.declined), locale.toString(summary.unresolved))
                    .toHtmlEscaped() +
                QStringLiteral("</p>");
    }
    return html + QStringLiteral("</body></html>");
}

bool EndOfDayReportDialog::writePdf(const EndOfDaySummary &summary, const QString &path,
                                    const QLocale &locale, QString *error)
{
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(tr("End-of-day report %1").arg(summary.day.toString(Qt::ISODate)));
        writer.setCreator(QStringLiteral("PayDesk"));
        QTextDocument document;
        document.setHtml(toHtml(summary, locale));
        document.print(&writer);
    }
    // QPdfWriter reports no errors of its own: the file is what tells.
    if (QFileInfo(path).size() > 0)
        return true;
    if (error)
        *error = tr("%1 could not be written.").arg(QDir::toNativeSeparators(path));
    return false;
}
