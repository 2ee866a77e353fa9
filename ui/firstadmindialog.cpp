#include "firstadmindialog.h"

#include "palette.h"

#include "services/authservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FirstAdminDialog::FirstAdminDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("firstAdminDialog"));
    setWindowTitle(tr("Create the first PayDesk user"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    auto *intro = new QLabel(tr("Nobody uses this cache yet. Create the administrator: they add the other "
                                "people, choose their roles and manage the settings. An administrator does "
                                "not capture, void, refund or approve."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat the password:"), m_repeat);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Palette::errorText().name()));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create administrator"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &FirstAdminDialog::update);
    setMinimumWidth(440);
    update();
}

QString FirstAdminDialog::name() const
{
    return m_name->text().trimmed();
}

QString FirstAdminDialog::password() const
{
    return m_password->text();
}

QString FirstAdminDialog::problem() const
{
    if (name().isEmpty())
        return tr("Enter a user name.");
    if (!AuthService::isValidUserName(name()))
        return tr("A user name has letters, digits and . _ - @ only.");
    if (password().size() < AuthService::MinimumPasswordLength)
        return tr("The password needs at least %1 characters.").arg(AuthService::MinimumPasswordLength);
    if (password() != m_repeat->text())
        return tr("The two passwords differ.");
    return QString();
}

void FirstAdminDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
}

void FirstAdminDialog::update()
{
    const QString why = problem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    m_problem->setText(m_name->text().isEmpty() && m_password->text().isEmpty() ? QString() : why);
}
