#include "teamkeysdialog.h"

#include "palette.h"

#include "services/teamkeys.h"
#include "store/teamkeyfile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

TeamKeysDialog::TeamKeysDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_path(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool exporting = mode == Mode::Export;
    setObjectName(QStringLiteral("teamKeysDialog"));
    setWindowTitle(exporting ? tr("Export team keys") : tr("Import team keys"));
    auto *intro = new QLabel(
        exporting
            ? tr("Saves this desk's audit key and the APS credentials to a file protected by a passphrase. "
                 "The other desks of the team import it. Give them the file and the passphrase by "
                 "different ways, and delete the file when every desk has imported it.")
            : tr("Stores the team's audit key and APS credentials from a file an administrator exported "
                 "into this computer's keychain."),
        this);
    intro->setWordWrap(true);
    m_path->setObjectName(QStringLiteral("teamKeysPath"));
    m_passphrase->setObjectName(QStringLiteral("teamKeysPassphrase"));
    m_repeat->setObjectName(QStringLiteral("teamKeysRepeat"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    auto *file = new QHBoxLayout;
    file->addWidget(m_path);
    file->addWidget(browseButton);
    auto *form = new QFormLayout;
    // A row holding a layout has no buddy of its own: the label needs one for its shortcut.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, file);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    if (exporting)
        form->addRow(tr("&Repeat the passphrase:"), m_repeat);
    else
        m_repeat->hide();
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Palette::errorText().name()));
    m_buttons->button(QDialogButtonBox::Ok)->setText(exporting ? tr("Export") : tr("Import"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(browseButton, &QPushButton::clicked, this, &TeamKeysDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_path, m_passphrase, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &TeamKeysDialog::update);
    setMinimumWidth(480);
    update();
}

QString TeamKeysDialog::path() const
{
    return m_path->text().trimmed();
}

QString TeamKeysDialog::passphrase() const
{
    return m_passphrase->text();
}

QString TeamKeysDialog::problem() const
{
    if (path().isEmpty())
        return tr("Choose the file.");
    if (passphrase().isEmpty())
        return tr("Enter the passphrase.");
    if (m_mode == Mode::Import)
        return QString();
    if (!TeamKeyFile::checkPassphrase(passphrase()).ok())
        return tr("The passphrase needs at least %1 characters.").arg(TeamKeyFile::MinimumPassphraseLength);
    if (passphrase() != m_repeat->text())
        return tr("The two passphrases differ.");
    return QString();
}

void TeamKeysDialog::browse()
{
    const bool exporting = m_mode == Mode::Export;
    auto *files = new QFileDialog(this, exporting ? tr("Export team keys to") : tr("Import team keys from"),
                                  QString(), tr("PayDesk team keys (*.paydesk-keys);;All files (*)"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(exporting ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    files->setFileMode(exporting ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    files->setDefaultSuffix(QStringLiteral("paydesk-keys"));
    // PayDesk never overwrites a key file: the core refuses, so the file dialog need not ask.
    files->setOption(QFileDialog::DontConfirmOverwrite);
    connect(files, &QFileDialog::fileSelected, this,
            [this](const QString &chosen) { m_path->setText(QDir::toNativeSeparators(chosen)); });
    files->open();
}

void TeamKeysDialog::update()
{
    const QString why = problem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    m_problem->setText(m_passphrase->text().isEmpty() ? QString() : why);
}

QString TeamKeysDialog::explain(const TeamKeysStatus &status, Mode mode, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (status.error) {
    case TeamKeysError::None:
        return mode == Mode::Export
                   ? tr("Saved to %1: the audit key and %n set(s) of APS credentials. Give the file and the "
                        "passphrase to the other desks by different ways.",
                        nullptr, status.credentialSets)
                         .arg(file)
                   : tr("Done: this computer now has the team's audit key and %n set(s) of APS credentials.",
                        nullptr, status.credentialSets);
    case TeamKeysError::PermissionDenied:
        return tr("Only an administrator may export or import team keys.");
    case TeamKeysError::WeakPassphrase:
        return tr("The passphrase is too short: use at least %1 characters.")
            .arg(TeamKeyFile::MinimumPassphraseLength);
    case TeamKeysError::Unreadable:
        return tr("%1 could not be opened: the passphrase is wrong, or the file is damaged or is not a "
                  "PayDesk "
                  "team key file. Nothing was changed.")
            .arg(file);
    case TeamKeysError::Exists:
        return tr("%1 already exists, and PayDesk never overwrites it. Choose another name.").arg(file);
    case TeamKeysError::OtherAccount:
    case TeamKeysError::OtherDatabase:
        return tr("Nothing was imported: this file belongs to another PayDesk database (%1).")
            .arg(status.message);
    case TeamKeysError::KeyMismatch:
        return tr("Nothing was imported: the file's audit key does not match this desk's records. Ask the "
                  "administrator for a new file exported from this database. (%1)")
            .arg(status.message);
    case TeamKeysError::Keychain:
        return tr("The computer's keychain did not take the keys: %1").arg(status.message);
    case TeamKeysError::Store:
        break;
    }
    return tr("Not done: %1").arg(status.message);
}
