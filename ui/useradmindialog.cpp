#include "useradmindialog.h"

#include "palette.h"
#include "wording.h"

#include "services/authservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr Role Roles[] = {Role::Viewer, Role::Operator, Role::Approver, Role::Admin};

void fillRoles(QComboBox *box)
{
    for (const Role role : Roles) {
        box->addItem(Wording::role(role), roleToken(role));
        box->setItemData(box->count() - 1, Wording::roleDuties(role), Qt::ToolTipRole);
    }
}

Role roleOf(const QComboBox *box)
{
    return roleFromToken(box->currentData().toString()).value_or(Role::Viewer);
}

QLineEdit *passwordField(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Palette::errorText().name()));
    return label;
}

// The core's refusal in words; its English message when nothing more specific fits.
QString refusal(const AuthStatus &status)
{
    switch (status.error) {
    case AuthError::PermissionDenied:
        return UserAdminDialog::tr("Only an admin may change users.");
    case AuthError::LastAdmin:
        return UserAdminDialog::tr("This is the last enabled admin: make someone else an admin first, or "
                                   "nobody could manage users and settings any more.");
    case AuthError::WeakPassword:
        return UserAdminDialog::tr("The password is too short: at least %1 characters.")
            .arg(AuthService::MinimumPasswordLength);
    case AuthError::InvalidName:
        return UserAdminDialog::tr("A user name has 1 to 64 letters, digits and . _ - @ (no spaces).");
    case AuthError::AlreadyExists:
        return UserAdminDialog::tr("There is already a user with this name (users are never deleted; "
                                   "enable them instead).");
    case AuthError::NotFound:
        return UserAdminDialog::tr("There is no such user.");
    case AuthError::SameAdmin:
        return UserAdminDialog::tr("You granted this role yourself: another admin must confirm it.");
    case AuthError::NothingToConfirm:
        return UserAdminDialog::tr("This role does not wait for a confirmation.");
    case AuthError::FirstUserMustBeAdmin:
    case AuthError::Store:
    case AuthError::None:
        break;
    }
    return UserAdminDialog::tr("PayDesk could not change the user: %1").arg(status.message);
}

} // namespace

UserAdminDialog::UserAdminDialog(const AuthService &auth, QString actor, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_actor(std::move(actor))
    , m_list(new QTreeWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("userAdminDialog"));
    setWindowTitle(tr("Users"));
    m_list->setObjectName(QStringLiteral("userList"));
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Name"), tr("Role"), tr("Can sign in"), tr("Last sign-in"), tr("Added")});
    m_list->header()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setAccessibleName(tr("Users"));
    m_message->setObjectName(QStringLiteral("userAdminMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *side = new QVBoxLayout;
    side->addWidget(buildSelectedBox());
    side->addWidget(buildAddBox());
    side->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list, 3);
    columns->addLayout(side, 2);
    m_list->setMinimumWidth(600);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Who may sign in to PayDesk, and what their role lets them do. Every change is "
                      "recorded in the audit log."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(1120, 560);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &UserAdminDialog::updateButtons);
    reload();
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

QWidget *UserAdminDialog::buildSelectedBox()
{
    auto *box = new QGroupBox(tr("Selected person"), this);
    m_selectedTitle = new QLabel(box);
    m_selectedTitle->setObjectName(QStringLiteral("selectedUser"));
    m_role = new QComboBox(box);
    m_role->setObjectName(QStringLiteral("roleBox"));
    fillRoles(m_role);
    m_applyRole = new QPushButton(tr("Change &role"), box);
    m_applyRole->setObjectName(QStringLiteral("applyRole"));
    m_disable = new QPushButton(tr("&Disable"), box);
    m_disable->setObjectName(QStringLiteral("toggleDisabled"));
    m_resetPassword = passwordField(QStringLiteral("resetPassword"), box);
    m_resetAgain = passwordField(QStringLiteral("resetPasswordAgain"), box);
    m_resetProblem = problemLabel(box);
    m_reset = new QPushButton(tr("Set &password"), box);
    m_reset->setObjectName(QStringLiteral("setPassword"));
    m_confirm = new QPushButton(tr("Con&firm approver role"), box);
    m_confirm->setObjectName(QStringLiteral("confirmRole"));
    m_confirm->setToolTip(tr("An approver role granted by another admin may approve once a second admin "
                             "confirms it"));

    auto *roleRow = new QHBoxLayout;
    roleRow->addWidget(m_role, 1);
    roleRow->addWidget(m_applyRole);
    auto *form = new QFormLayout(box);
    form->addRow(m_selectedTitle);
    form->addRow(tr("Role:"), roleRow);
    form->addRow(QString(), m_confirm);
    form->addRow(QString(), m_disable);
    form->addRow(tr("New password:"), m_resetPassword);
    form->addRow(tr("Again:"), m_resetAgain);
    form->addRow(m_resetProblem);
    form->addRow(QString(), m_reset);

    connect(m_applyRole, &QPushButton::clicked, this, &UserAdminDialog::applyRole);
    connect(m_disable, &QPushButton::clicked, this, &UserAdminDialog::toggleDisabled);
    connect(m_reset, &QPushButton::clicked, this, &UserAdminDialog::setPassword);
    connect(m_confirm, &QPushButton::clicked, this, &UserAdminDialog::confirmRole);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UserAdminDialog::updateButtons);
    connect(m_resetPassword, &QLineEdit::textChanged, this, &UserAdminDialog::updateButtons);
    connect(m_resetAgain, &QLineEdit::textChanged, this, &UserAdminDialog::updateButtons);
    return box;
}

QWidget *UserAdminDialog::buildAddBox()
{
    auto *box = new QGroupBox(tr("Add a person"), this);
    m_newName = new QLineEdit(box);
    m_newName->setObjectName(QStringLiteral("newName"));
    m_newRole = new QComboBox(box);
    m_newRole->setObjectName(QStringLiteral("newRole"));
    fillRoles(m_newRole);
    m_newRole->setCurrentIndex(m_newRole->findData(roleToken(Role::Operator)));
    m_newPassword = passwordField(QStringLiteral("newPassword"), box);
    m_newAgain = passwordField(QStringLiteral("newPasswordAgain"), box);
    m_addProblem = problemLabel(box);
    m_add = new QPushButton(tr("&Add"), box);
    m_add->setObjectName(QStringLiteral("addUser"));
    auto *note = new QLabel(tr("Hand the password over in person, never by e-mail."), box);
    note->setWordWrap(true);
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Name:"), m_newName);
    form->addRow(tr("R&ole:"), m_newRole);
    form->addRow(tr("Pass&word:"), m_newPassword);
    form->addRow(tr("Again:"), m_newAgain);
    form->addRow(m_addProblem);
    form->addRow(note);
    form->addRow(QString(), m_add);
    connect(m_add, &QPushButton::clicked, this, &UserAdminDialog::addUser);
    for (QLineEdit *edit : {m_newName, m_newPassword, m_newAgain})
        connect(edit, &QLineEdit::textChanged, this, &UserAdminDialog::updateButtons);
    return box;
}

void UserAdminDialog::reload()
{
    const QString current = selected() ? selected()->name : QString();
    const StoreResult<QList<User>> read = m_auth.users();
    if (!read.ok()) {
        m_message->setText(tr("PayDesk could not read the users: %1").arg(read.message));
        return;
    }
    m_users = *read;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const User &user : std::as_const(m_users)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, user.name);
        item->setText(RoleColumn, Wording::role(user.role));
        item->setText(StatusColumn, status(user));
        item->setText(AddedColumn, Wording::dateTime(user.createdAt));
        const StoreResult<QDateTime> last = m_auth.lastSignIn(user.name);
        item->setText(LastSignInColumn, !last.ok()        ? tr("unknown")
                                        : last->isValid() ? Wording::dateTime(*last)
                                                          : tr("never"));
        if (user.disabled)
            item->setForeground(NameColumn, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    for (int column = 0; column < ColumnCount; ++column) {
        if (column != StatusColumn)
            m_list->resizeColumnToContents(column);
    }
    if (!current.isEmpty())
        selectUser(current);
    updateButtons();
}

QString UserAdminDialog::status(const User &user) const
{
    if (user.disabled)
        return tr("No: disabled");
    if (user.isLockedAt(QDateTime::currentDateTimeUtc()))
        return tr("Locked until %1 (too many wrong passwords)").arg(Wording::dateTime(user.lockedUntil));
    if (user.awaitsConfirmation())
        return tr("Yes; approving waits for a second admin (granted by %1)").arg(user.grantedBy);
    return tr("Yes");
}

bool UserAdminDialog::selectUser(const QString &name)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (m_list->topLevelItem(row)->text(NameColumn) == name) {
            m_list->setCurrentItem(m_list->topLevelItem(row));
            return true;
        }
    }
    return false;
}

const User *UserAdminDialog::selected() const
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

QString UserAdminDialog::passwordProblem(const QString &password, const QString &again)
{
    if (password.isEmpty())
        return QString();
    if (password.size() < AuthService::MinimumPasswordLength)
        return tr("At least %1 characters.").arg(AuthService::MinimumPasswordLength);
    if (!again.isEmpty() && again != password)
        return tr("The two passwords differ.");
    return QString();
}

void UserAdminDialog::updateButtons()
{
    const User *user = selected();
    if (sender() == m_list && user) {
        const QSignalBlocker blocker(m_role);
        m_role->setCurrentIndex(m_role->findData(roleToken(user->role)));
        m_resetPassword->clear();
        m_resetAgain->clear();
    }
    m_selectedTitle->setText(user ? QStringLiteral("<b>%1</b>").arg(user->name.toHtmlEscaped())
                                  : tr("Nobody"));
    m_applyRole->setEnabled(user && roleOf(m_role) != user->role);
    m_disable->setEnabled(user != nullptr);
    m_disable->setText(user && user->disabled ? tr("&Enable") : tr("&Disable"));
    m_confirm->setVisible(user && user->awaitsConfirmation());
    const QString resetProblem = passwordProblem(m_resetPassword->text(), m_resetAgain->text());
    m_resetProblem->setText(resetProblem);
    m_resetProblem->setVisible(!resetProblem.isEmpty());
    m_reset->setEnabled(user && resetProblem.isEmpty() && !m_resetPassword->text().isEmpty() &&
                        m_resetAgain->text() == m_resetPassword->text());
    const QString addProblem = passwordProblem(m_newPassword->text(), m_newAgain->text());
    m_addProblem->setText(addProblem);
    m_addProblem->setVisible(!addProblem.isEmpty());
    m_add->setEnabled(!m_newName->text().trimmed().isEmpty() && addProblem.isEmpty() &&
                      !m_newPassword->text().isEmpty() && m_newAgain->text() == m_newPassword->text());
}

bool UserAdminDialog::report(const AuthStatus &status, const QString &done)
{
    m_message->setStyleSheet(
        status.ok() ? QString() : QStringLiteral("QLabel { color: %1; }").arg(Palette::errorText().name()));
    m_message->setText(status.ok() ? done : refusal(status));
    reload();
    return status.ok();
}

void UserAdminDialog::addUser()
{
    if (!m_add->isEnabled())
        return;
    const QString name = m_newName->text().trimmed();
    const Role role = roleOf(m_newRole);
    if (report(m_auth.addUser(m_actor, name, role, m_newPassword->text()),
               tr("%1 was added as %2.").arg(name, Wording::role(role)))) {
        m_newName->clear();
        m_newPassword->clear();
        m_newAgain->clear();
        selectUser(name);
    }
}

void UserAdminDialog::applyRole()
{
    const User *user = selected();
    if (!user)
        return;
    const QString name = user->name;
    const Role role = roleOf(m_role);
    report(m_auth.setRole(m_actor, name, role), tr("%1 is now %2.").arg(name, Wording::role(role)));
}

void UserAdminDialog::toggleDisabled()
{
    const User *user = selected();
    if (!user)
        return;
    const QString name = user->name;
    const bool disable = !user->disabled;
    report(m_auth.setDisabled(m_actor, name, disable),
           disable ? tr("%1 can no longer sign in.").arg(name) : tr("%1 can sign in again.").arg(name));
}

void UserAdminDialog::setPassword()
{
    const User *user = selected();
    if (!user || !m_reset->isEnabled())
        return;
    const QString name = user->name;
    if (report(m_auth.setPassword(m_actor, name, m_resetPassword->text()),
               tr("%1 has a new password (and is no longer locked).").arg(name))) {
        m_resetPassword->clear();
        m_resetAgain->clear();
    }
}

void UserAdminDialog::confirmRole()
{
    const User *user = selected();
    if (!user)
        return;
    const QString name = user->name;
    report(m_auth.confirmUser(m_actor, name), tr("%1 may now approve refunds.").arg(name));
}
