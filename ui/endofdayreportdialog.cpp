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
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace {

bool rightToLeft(const QString &dir)
{
    return dir == QLatin1String("rtl");
}

// Qt's rich text does not mirror a table for dir="rtl": the columns are written in reverse instead, so the
// first column stands on the right, and amounts keep to the trailing edge.
QString cell(const QString &text, bool amount, bool rtl)
{
    const QString align = rtl ? QStringLiteral("left") : QStringLiteral("right");
    return (amount ? QStringLiteral("<td align=\"%1\">").arg(align) : QStringLiteral("<td>")) +
           text.toHtmlEscaped() + QStringLiteral("</td>");
}

QString tableStart(QStringList headers, const QString &dir)
{
    if (rightToLeft(dir))
        std::reverse(headers.begin(), headers.end());
    QString html = QStringLiteral("<table dir=\"%1\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                  "width=\"100%\"><tr>")
                       .arg(dir);
    for (const QString &header : std::as_const(headers))
        html += QStringLiteral("<th>") + header.toHtmlEscaped() + QStringLiteral("</th>");
    return html + QStringLiteral("</tr>");
}

QString row(const QStringList &cells, int firstAmount, const QString &dir)
{
    const bool rtl = rightToLeft(dir);
    QStringList html;
    for (int i = 0; i < cells.size(); ++i)
        html << cell(cells.at(i), i >= firstAmount, rtl);
    if (rtl)
        std::reverse(html.begin(), html.end());
    return QStringLiteral("<tr>") + html.join(QString()) + QStringLiteral("</tr>");
}

// Voids move no money of their own: their line says what they gave back to the customers.
QString kindOf(OperationKind kind)
{
    return kind == OperationKind::Void ? EndOfDayReportDialog::tr("Void (released)")
                                       : Wording::operationKind(kind);
}

QString table(const QStringList &headers, const QList<EndOfDayLine> &lines, bool withPerson,
              const QLocale &locale, const QString &dir)
{
    QString html = tableStart(headers, dir);
    for (const EndOfDayLine &line : lines) {
        QStringList cells;
        if (withPerson)
            cells << line.userName;
        cells << kindOf(line.kind) << line.currency.code() << locale.toString(line.count)
              << Wording::money(line.money(), locale);
        html += row(cells, withPerson ? 3 : 2, dir);
    }
    return html + QStringLiteral("</table>");
}

QString heading(const QString &text, const QString &dir)
{
    return QStringLiteral("<h3 dir=\"%1\">").arg(dir) + text.toHtmlEscaped() + QStringLiteral("</h3>");
}

QString paragraph(const QString &text, const QString &dir)
{
    return QStringLiteral("<p dir=\"%1\">").arg(dir) + text.toHtmlEscaped() + QStringLiteral("</p>");
}

QString attentionHtml(const EndOfDaySummary &summary, const QLocale &locale, const QString &dir)
{
    using D = EndOfDayReportDialog;
    QString html = heading(D::tr("Refund requests awaiting approval"), dir);
    if (summary.awaitingApproval.isEmpty()) {
        html += paragraph(D::tr("None."), dir);
    } else {
        html += tableStart({D::tr("Order"), D::tr("Asked by"), D::tr("Asked at"), D::tr("Amount")}, dir);
        for (const RefundRequest &request : summary.awaitingApproval)
            html +=
                row({request.merchantReference, request.requestedBy,
                     locale.toString(request.requestedAt.toTimeZone(summary.timeZone), QLocale::ShortFormat),
                     Wording::money(request.money(), locale)},
                    3, dir);
        html += QStringLiteral("</table>");
    }
    html += heading(D::tr("Authorizations expiring in the next 24 hours"), dir);
    if (summary.expiringWithinDay.isEmpty()) {
        html += paragraph(D::tr("None."), dir);
    } else {
        html += tableStart({D::tr("Currency"), D::tr("Orders"), D::tr("To capture")}, dir);
        for (const EndOfDayPending &line : summary.expiringWithinDay)
            html +=
                row({line.currency.code(), locale.toString(line.count), Wording::money(line.money(), locale)},
                    1, dir);
        html += QStringLiteral("</table>");
    }
    return html;
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
    m_csvButton = buttons->addButton(tr("Save as &CSV…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { chooseFile(false); });
    connect(m_csvButton, &QPushButton::clicked, this, [this] { chooseFile(true); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, 680);

    const QTimeZone zone(timeZoneId.toUtf8());
    const QDate today =
        QDateTime::currentDateTimeUtc().toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
    m_dayEdit->setDate(today);
    connect(m_dayEdit, &QDateEdit::dateChanged, this, &EndOfDayReportDialog::setDay);
    setDay(today);
}

EndOfDayReportDialog::~EndOfDayReportDialog() = default;

const QTextDocument *EndOfDayReportDialog::document() const
{
    return m_view->document();
}

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
        fillDocument(*m_view->document(), *m_summary, locale(), layoutDirection());
        m_view->moveCursor(QTextCursor::Start); // a new day reads from its title
    }
    m_saveButton->setEnabled(m_summary.has_value());
    m_csvButton->setEnabled(m_summary.has_value());
}

bool EndOfDayReportDialog::savePdf(const QString &path, QString *error) const
{
    if (!m_summary) {
        if (error)
            *error = tr("There is no report to save.");
        return false;
    }
    return writePdf(*m_summary, path, locale(), error, layoutDirection());
}

bool EndOfDayReportDialog::saveCsv(const QString &path, QString *error) const
{
    if (!m_summary) {
        if (error)
            *error = tr("There is no report to save.");
        return false;
    }
    QSaveFile file(path);
    // Amounts and names of people: owner-only, like every file PayDesk writes.
    if (file.open(QIODevice::WriteOnly) &&
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
        EndOfDayReport::writeCsv(*m_summary, &file) && file.commit())
        return true;
    if (error)
        *error = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

void EndOfDayReportDialog::chooseFile(bool csv)
{
    const QString suffix = csv ? QStringLiteral("csv") : QStringLiteral("pdf");
    auto *files = new QFileDialog(this, tr("Save the end-of-day report"),
                                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                  csv ? tr("CSV files (*.csv)") : tr("PDF files (*.pdf)"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(suffix);
    files->selectFile(QStringLiteral("end-of-day-%1.%2").arg(day().toString(Qt::ISODate), suffix));
    connect(files, &QFileDialog::fileSelected, this, [this, csv](const QString &path) {
        QString error;
        if (!(csv ? saveCsv(path, &error) : savePdf(path, &error))) {
            auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), error, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    files->open();
}

QString EndOfDayReportDialog::toHtml(const EndOfDaySummary &summary, const QLocale &locale,
                                     Qt::LayoutDirection direction)
{
    const QString dir = direction == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    QString html =
        QStringLiteral("<html dir=\"%1\"><body dir=\"%1\"><h2 dir=\"%1\">").arg(dir) +
        tr("End-of-day report for %1")
            .arg(locale.toString(summary.day, QLocale::LongFormat))
            .toHtmlEscaped() +
        QStringLiteral("</h2>") +
        paragraph(tr("Succeeded captures, voids and refunds recorded from %1 to %2 (%3).")
                      .arg(locale.toString(summary.from.toTimeZone(summary.timeZone), QLocale::ShortFormat),
                           locale.toString(summary.to.toTimeZone(summary.timeZone), QLocale::ShortFormat),
                           QString::fromUtf8(summary.timeZone.id())),
                  dir);
    if (summary.totals.isEmpty()) {
        html += paragraph(tr("No money moved on this day."), dir);
    } else {
        html += heading(tr("By person"), dir);
        html += table({tr("Person"), tr("Operation"), tr("Currency"), tr("Count"), tr("Amount")},
                      summary.byPerson, true, locale, dir);
        html += heading(tr("Totals per currency"), dir);
        html += table({tr("Operation"), tr("Currency"), tr("Count"), tr("Amount")}, summary.totals, false,
                      locale, dir);
    }
    if (summary.unresolved > 0 || summary.declined > 0) {
        html += paragraph(
            tr("Not counted: %1 declined, %2 with an outcome not known yet (see the reconciliation).")
                .arg(locale.toString(summary.declined), locale.toString(summary.unresolved)),
            dir);
    }
    html += paragraph(
        tr("Needs attention as of %1:")
            .arg(locale.toString(summary.madeAt.toTimeZone(summary.timeZone), QLocale::ShortFormat)),
        dir);
    html += attentionHtml(summary, locale, dir);
    return html + QStringLiteral("</body></html>");
}

void EndOfDayReportDialog::fillDocument(QTextDocument &document, const EndOfDaySummary &summary,
                                        const QLocale &locale, Qt::LayoutDirection direction)
{
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(direction);
    document.setDefaultTextOption(option);
    document.setHtml(toHtml(summary, locale, direction));
}

bool EndOfDayReportDialog::writePdf(const EndOfDaySummary &summary, const QString &path,
                                    const QLocale &locale, QString *error, Qt::LayoutDirection direction)
{
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(tr("End-of-day report %1").arg(summary.day.toString(Qt::ISODate)));
        writer.setCreator(QStringLiteral("PayDesk"));
        QTextDocument document;
        fillDocument(document, summary, locale, direction);
        document.print(&writer);
    }
    // QPdfWriter reports no errors of its own: the file is what tells.
    if (QFileInfo(path).size() > 0)
        return true;
    if (error)
        *error = tr("%1 could not be written.").arg(QDir::toNativeSeparators(path));
    return false;
}
