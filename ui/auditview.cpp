#include "auditview.h"

#include "palette.h"
#include "wording.h"

#include "store/auditlog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

AuditView::AuditView(const Database &database, const AuditLog &audit, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_audit(audit)
    , m_user(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_reference(new QLineEdit(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
    , m_verify(new QLabel(this))
{
    setObjectName(QStringLiteral("auditView"));
    setWindowTitle(tr("Audit log"));
    const AuditReader reader(m_database);
    m_user->addItem(tr("Everyone"), QString());
    if (const auto users = reader.distinctValues(QStringLiteral("user_name")); users.ok()) {
        for (const QString &user : *users)
            m_user->addItem(user, user);
    }
    m_action->addItem(tr("All actions"), QString());
    if (const auto actions = reader.distinctValues(QStringLiteral("action")); actions.ok()) {
        for (const QString &action : *actions)
            m_action->addItem(action, action);
    }
    m_reference->setPlaceholderText(tr("Any order"));
    m_reference->setClearButtonEnabled(true);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    const QDate today = QDate::currentDate();
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(m_user);
    filters->addWidget(new QLabel(tr("Action:"), this));
    filters->addWidget(m_action);
    filters->addWidget(new QLabel(tr("Order:"), this));
    filters->addWidget(m_reference, 1);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_to);

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("User"), tr("Action"), tr("Outcome"), tr("Order"), tr("Details")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_verify->setObjectName(QStringLiteral("verifyResult"));
    m_verify->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export as CSV…"), QDialogButtonBox::ActionRole);
    QPushButton *verifyButton = buttons->addButton(tr("&Verify chain"), QDialogButtonBox::ActionRole);
    verifyButton->setToolTip(tr("Checks that no row of the audit log was edited, deleted or re-ordered"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &AuditView::chooseExportFile);
    connect(verifyButton, &QPushButton::clicked, this, &AuditView::verify);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_verify);
    layout->addWidget(buttons);
    resize(1100, 640);

    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditView::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditView::reload);
    connect(m_reference, &QLineEdit::editingFinished, this, &AuditView::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditView::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditView::reload);
    reload();
}

AuditFilter AuditView::filter() const
{
    AuditFilter filter;
    filter.userName = m_user->currentData().toString();
    filter.action = m_action->currentData().toString();
    filter.merchantReference = m_reference->text().trimmed();
    filter.from = m_from->date().startOfDay().toUTC();
    filter.to = m_to->date().addDays(1).startOfDay().toUTC();
    return filter;
}

void AuditView::setUser(const QString &user)
{
    const int index = m_user->findData(user);
    m_user->setCurrentIndex(index < 0 ? 0 : index);
}

void AuditView::setAction(const QString &action)
{
    const int index = m_action->findData(action);
    m_action->setCurrentIndex(index < 0 ? 0 : index);
}

void AuditView::setReference(const QString &reference)
{
    m_reference->setText(reference);
    reload();
}

void AuditView::setDates(const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

void AuditView::reload()
{
    const StoreResult<QList<AuditEntry>> read = AuditReader(m_database).read(filter());
    m_entries = read.ok() ? *read : QList<AuditEntry>();
    m_table->setRowCount(int(m_entries.size()));
    const QLocale locale;
    for (int row = 0; row < m_entries.size(); ++row) {
        const AuditEntry &entry = m_entries.at(row);
        const QStringList cells{Wording::dateTime(entry.at, locale),
                                entry.userName,
                                entry.action,
                                entry.outcome,
                                entry.merchantReference,
                                entry.details};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == DetailsColumn)
                item->setToolTip(entry.details);
            m_table->setItem(row, column, item);
        }
    }
    m_status->setText(read.ok() ? tr("%n entry(ies), newest first", nullptr, int(m_entries.size()))
                                : tr("Could not read the audit log: %1").arg(read.message));
}

void AuditView::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export the audit log"), QString(), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &AuditView::exportTo);
    dialog->open();
}

bool AuditView::exportTo(const QString &path)
{
    QSaveFile file(path);
    // QSaveFile gives a new file 0666 less the umask and keeps an existing file's mode; the log names people
    // and orders, so the file is owner-only either way (set on the temporary file, before anything is
    // written).
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        !AuditReader::writeCsv(m_entries, &file) || !file.commit()) {
        m_status->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("%n entry(ies) written to %1", nullptr, int(m_entries.size())).arg(path));
    return true;
}

void AuditView::verify()
{
    const AuditVerification result = m_audit.verify();
    if (result.ok()) {
        m_verify->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Palette::done().name()));
        m_verify->setText(
            tr("The audit log is intact: %n row(s) checked, none edited, deleted or re-ordered.", nullptr,
               int(result.rowsChecked)));
        return;
    }
    m_verify->setStyleSheet(
        QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(Palette::errorText().name()));
    QString what;
    switch (result.problem) {
    case AuditProblem::Edited:
        what = tr("row %1 was edited (or the audit key is not the one that wrote it)");
        break;
    case AuditProblem::Missing:
        what = tr("a row was deleted before row %1");
        break;
    case AuditProblem::Reordered:
        what = tr("rows were re-ordered at row %1");
        break;
    case AuditProblem::TailCut:
    case AuditProblem::AnchorMismatch:
        what = tr("rows were cut off the end from row %1");
        break;
    case AuditProblem::Unavailable:
    case AuditProblem::None:
        what = tr("the log or its key could not be read (row %1)");
        break;
    }
    m_verify->setText(
        tr("The audit log is NOT intact: %1. %2").arg(what.arg(result.firstBadRowId), result.message));
}
