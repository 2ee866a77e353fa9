#include "auditview.h"

#include "palette.h"
#include "wording.h"

#include "store/auditlog.h"
#include "store/operationjournal.h"

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
#include <QRegularExpression>
#include <QSaveFile>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

// One action in words: `outcome` empty matches any outcome; "%1" stands for the amount, when known.
struct ActionWords
{
    const char *action;
    const char *outcome;
    const char *withAmount;
    const char *withoutAmount;
};

// The audit log's action tokens (and, where the outcome changes the sentence, its outcome tokens), in the
// order they are looked up: the first row that matches wins.
constexpr ActionWords actionWords[] = {
    {"capture", "succeeded", QT_TRANSLATE_NOOP("AuditView", "Captured %1"),
     QT_TRANSLATE_NOOP("AuditView", "Captured")},
    {"capture", "sent", QT_TRANSLATE_NOOP("AuditView", "Capture of %1 sent to APS"),
     QT_TRANSLATE_NOOP("AuditView", "Capture sent to APS")},
    {"capture", "declined", QT_TRANSLATE_NOOP("AuditView", "Capture of %1 declined"),
     QT_TRANSLATE_NOOP("AuditView", "Capture declined")},
    {"capture", "refused", QT_TRANSLATE_NOOP("AuditView", "Capture of %1 refused"),
     QT_TRANSLATE_NOOP("AuditView", "Capture refused")},
    {"capture", "", QT_TRANSLATE_NOOP("AuditView", "Capture of %1"),
     QT_TRANSLATE_NOOP("AuditView", "Capture")},
    {"void", "succeeded", QT_TRANSLATE_NOOP("AuditView", "Voided, %1 released"),
     QT_TRANSLATE_NOOP("AuditView", "Voided")},
    {"void", "sent", QT_TRANSLATE_NOOP("AuditView", "Void sent to APS"),
     QT_TRANSLATE_NOOP("AuditView", "Void sent to APS")},
    {"void", "declined", QT_TRANSLATE_NOOP("AuditView", "Void declined"),
     QT_TRANSLATE_NOOP("AuditView", "Void declined")},
    {"void", "refused", QT_TRANSLATE_NOOP("AuditView", "Void refused"),
     QT_TRANSLATE_NOOP("AuditView", "Void refused")},
    {"void", "", QT_TRANSLATE_NOOP("AuditView", "Void"), QT_TRANSLATE_NOOP("AuditView", "Void")},
    {"refund", "succeeded", QT_TRANSLATE_NOOP("AuditView", "Refunded %1"),
     QT_TRANSLATE_NOOP("AuditView", "Refunded")},
    {"refund", "sent", QT_TRANSLATE_NOOP("AuditView", "Refund of %1 sent to APS"),
     QT_TRANSLATE_NOOP("AuditView", "Refund sent to APS")},
    {"refund", "declined", QT_TRANSLATE_NOOP("AuditView", "Refund of %1 declined"),
     QT_TRANSLATE_NOOP("AuditView", "Refund declined")},
    {"refund", "refused", QT_TRANSLATE_NOOP("AuditView", "Refund of %1 refused"),
     QT_TRANSLATE_NOOP("AuditView", "Refund refused")},
    {"refund", "", QT_TRANSLATE_NOOP("AuditView", "Refund of %1"), QT_TRANSLATE_NOOP("AuditView", "Refund")},
    {"refund_request", "", QT_TRANSLATE_NOOP("AuditView", "Refund of %1 requested, awaiting approval"),
     QT_TRANSLATE_NOOP("AuditView", "Refund requested, awaiting approval")},
    {"refund_approve", "refused", QT_TRANSLATE_NOOP("AuditView", "Refund request approval refused"),
     QT_TRANSLATE_NOOP("AuditView", "Refund request approval refused")},
    {"refund_approve", "", QT_TRANSLATE_NOOP("AuditView", "Refund request approved"),
     QT_TRANSLATE_NOOP("AuditView", "Refund request approved")},
    {"refund_reject", "refused", QT_TRANSLATE_NOOP("AuditView", "Refund request rejection refused"),
     QT_TRANSLATE_NOOP("AuditView", "Refund request rejection refused")},
    {"refund_reject", "", QT_TRANSLATE_NOOP("AuditView", "Refund request rejected"),
     QT_TRANSLATE_NOOP("AuditView", "Refund request rejected")},
    {"refund_expire", "", QT_TRANSLATE_NOOP("AuditView", "Refund request expired"),
     QT_TRANSLATE_NOOP("AuditView", "Refund request expired")},
    {"refund_withdraw", "", QT_TRANSLATE_NOOP("AuditView", "Refund request withdrawn"),
     QT_TRANSLATE_NOOP("AuditView", "Refund request withdrawn")},
    {"check_status", "", QT_TRANSLATE_NOOP("AuditView", "Status checked with APS"),
     QT_TRANSLATE_NOOP("AuditView", "Status checked with APS")},
    {"sign_in", "succeeded", QT_TRANSLATE_NOOP("AuditView", "Signed in"),
     QT_TRANSLATE_NOOP("AuditView", "Signed in")},
    {"sign_in", "", QT_TRANSLATE_NOOP("AuditView", "Sign-in refused"),
     QT_TRANSLATE_NOOP("AuditView", "Sign-in refused")},
    {"lock", "", QT_TRANSLATE_NOOP("AuditView", "Desk locked"),
     QT_TRANSLATE_NOOP("AuditView", "Desk locked")},
    {"import", "", QT_TRANSLATE_NOOP("AuditView", "APS report imported"),
     QT_TRANSLATE_NOOP("AuditView", "APS report imported")},
    {"export", "", QT_TRANSLATE_NOOP("AuditView", "List exported"),
     QT_TRANSLATE_NOOP("AuditView", "List exported")},
    {"profile set", "", QT_TRANSLATE_NOOP("AuditView", "Profile settings changed"),
     QT_TRANSLATE_NOOP("AuditView", "Profile settings changed")},
    {"approval_threshold", "", QT_TRANSLATE_NOOP("AuditView", "Approval threshold changed"),
     QT_TRANSLATE_NOOP("AuditView", "Approval threshold changed")},
    {"user_add", "", QT_TRANSLATE_NOOP("AuditView", "User added"),
     QT_TRANSLATE_NOOP("AuditView", "User added")},
    {"user_disable", "", QT_TRANSLATE_NOOP("AuditView", "User disabled"),
     QT_TRANSLATE_NOOP("AuditView", "User disabled")},
    {"user_enable", "", QT_TRANSLATE_NOOP("AuditView", "User enabled"),
     QT_TRANSLATE_NOOP("AuditView", "User enabled")},
    {"user_role", "", QT_TRANSLATE_NOOP("AuditView", "Role changed"),
     QT_TRANSLATE_NOOP("AuditView", "Role changed")},
    {"user_password", "", QT_TRANSLATE_NOOP("AuditView", "Password reset"),
     QT_TRANSLATE_NOOP("AuditView", "Password reset")},
    {"user_confirm", "", QT_TRANSLATE_NOOP("AuditView", "Approver role confirmed"),
     QT_TRANSLATE_NOOP("AuditView", "Approver role confirmed")},
    {"review_propose", "", QT_TRANSLATE_NOOP("AuditView", "Resolution proposed"),
     QT_TRANSLATE_NOOP("AuditView", "Resolution proposed")},
    {"review_confirm", "", QT_TRANSLATE_NOOP("AuditView", "Resolution confirmed"),
     QT_TRANSLATE_NOOP("AuditView", "Resolution confirmed")},
    {"review_reject", "", QT_TRANSLATE_NOOP("AuditView", "Resolution rejected"),
     QT_TRANSLATE_NOOP("AuditView", "Resolution rejected")},
    {"keys_export", "", QT_TRANSLATE_NOOP("AuditView", "Team keys exported"),
     QT_TRANSLATE_NOOP("AuditView", "Team keys exported")},
    {"keys_import", "", QT_TRANSLATE_NOOP("AuditView", "Team keys imported"),
     QT_TRANSLATE_NOOP("AuditView", "Team keys imported")},
    {"backup", "", QT_TRANSLATE_NOOP("AuditView", "Backup made"),
     QT_TRANSLATE_NOOP("AuditView", "Backup made")},
    {"restore", "", QT_TRANSLATE_NOOP("AuditView", "Backup restored"),
     QT_TRANSLATE_NOOP("AuditView", "Backup restored")},
    {"migrate", "", QT_TRANSLATE_NOOP("AuditView", "Moved to the team database"),
     QT_TRANSLATE_NOOP("AuditView", "Moved to the team database")},
    {"init", "", QT_TRANSLATE_NOOP("AuditView", "Cache created"),
     QT_TRANSLATE_NOOP("AuditView", "Cache created")},
    {"people_seal", "", QT_TRANSLATE_NOOP("AuditView", "People records sealed"),
     QT_TRANSLATE_NOOP("AuditView", "People records sealed")},
    {"late_applied", "", QT_TRANSLATE_NOOP("AuditView", "APS applied an operation late: order flagged"),
     QT_TRANSLATE_NOOP("AuditView", "APS applied an operation late: order flagged")},
    {"profile_blocked", "", QT_TRANSLATE_NOOP("AuditView", "Money operations stopped: check the credentials"),
     QT_TRANSLATE_NOOP("AuditView", "Money operations stopped: check the credentials")},
};

const ActionWords *wordsFor(const QString &action, const QString &outcome)
{
    for (const ActionWords &words : actionWords) {
        if (action == QLatin1String(words.action) &&
            (*words.outcome == '\0' || outcome == QLatin1String(words.outcome)))
            return &words;
    }
    return nullptr;
}

// The audit column a token came from, for actions this version has no words for: "keys_rotate" → "Keys
// rotate".
QString plainWords(const QString &token)
{
    QString text = token;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString actionName(const QString &action)
{
    const ActionWords *words = wordsFor(action, QString());
    return words ? AuditView::tr(words->withoutAmount) : plainWords(action);
}

} // namespace

QString AuditView::describe(const AuditEntry &entry, const std::optional<Money> &amount,
                            const QLocale &locale)
{
    const ActionWords *words = wordsFor(entry.action, entry.outcome);
    if (!words)
        return plainWords(entry.action) + QStringLiteral(" — ") + entry.outcome;
    const QString text = tr(amount ? words->withAmount : words->withoutAmount);
    return amount && text.contains(QLatin1String("%1")) ? text.arg(Wording::money(*amount, locale)) : text;
}

std::optional<Money> AuditView::amountOf(const AuditEntry &entry) const
{
    static const QRegularExpression named(QStringLiteral("(?:^|[ :])(\\d+(?:\\.\\d+)?) ([A-Z]{3})\\b"));
    if (const QRegularExpressionMatch match = named.match(entry.details); match.hasMatch()) {
        if (const auto currency = Currency::fromCode(match.captured(2))) {
            const MoneyParseResult parsed = Money::parse(match.captured(1), *currency);
            if (parsed.ok())
                return *parsed.value;
        }
    }
    static const QRegularExpression operation(QStringLiteral("^operation (\\d+):"));
    const QRegularExpressionMatch match = operation.match(entry.details);
    if (!match.hasMatch())
        return std::nullopt;
    const auto op = OperationJournal(m_database).find(match.captured(1).toLongLong());
    if (!op.ok() || !op->currency.isValid())
        return std::nullopt;
    if (op->kind != OperationKind::Void)
        return op->money();
    const qint64 released = op->baseline.authorized - op->baseline.captured;
    return released > 0 ? std::optional<Money>(Money::fromMinor(released, op->currency)) : std::nullopt;
}

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
            m_action->addItem(actionName(action), action);
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
    // Times are the user's: the heading names the zone they are in.
    const QString zone = QTimeZone::systemTimeZone().displayName(QDateTime::currentDateTime(),
                                                                 QTimeZone::ShortName, QLocale());
    m_table->setHorizontalHeaderLabels(
        {tr("Time (%1)").arg(zone), tr("User"), tr("Action"), tr("Outcome"), tr("Order"), tr("Details")});
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
                                describe(entry, amountOf(entry), locale),
                                plainWords(entry.outcome),
                                entry.merchantReference,
                                entry.details};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == DetailsColumn)
                item->setToolTip(entry.details);
            if (column == TimeColumn)
                item->setToolTip(locale.toString(entry.at.toLocalTime(), QLocale::LongFormat));
            if (column == ActionColumn)
                item->setData(Qt::UserRole, entry.action);
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
