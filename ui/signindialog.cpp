#include "signindialog.h"

#include "palette.h"
#include "wording.h"

#include "services/authservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

SignInDialog::SignInDialog(const AuthService &auth, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_hints(new QLabel(this))
    , m_intro(new QLabel(tr("Sign in with your PayDesk user name and password."), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to PayDesk"));
    m_name->setObjectName(QStringLiteral("userName"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_name->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Password:"), m_password);

    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Palette::errorText().name()));
    m_message->hide();

    m_hints->setObjectName(QStringLiteral("demoHints"));
    m_hints->setWordWrap(true);
    m_hints->setTextFormat(Qt::RichText);
    m_hints->setStyleSheet(QStringLiteral("QLabel { background: %1; border: 1px solid %2;"
                                          " border-radius: 4px; padding: 8px; }")
                               .arg(Palette::hintBackground().name(), Palette::hintBorder().name()));
    m_hints->hide();
    connect(m_hints, &QLabel::linkActivated, this, [this](const QString &link) {
        const int index = link.toInt();
        if (index < 0 || index >= m_hintList.size())
            return;
        if (!m_name->isReadOnly())
            m_name->setText(m_hintList.at(index).name);
        m_password->setText(m_hintList.at(index).password);
        m_password->setFocus();
    });

    m_signIn = m_buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    // Accepting is attempt()'s decision, after AuthService said yes.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::attempt);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_delay->setSingleShot(true);
    connect(m_delay, &QTimer::timeout, this, [this] {
        updateButton();
        m_password->setFocus();
    });
    connect(m_name, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    m_intro->setObjectName(QStringLiteral("signInIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_hints);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    updateButton();
}

void SignInDialog::setHints(const QList<Hint> &hints, const QString &title)
{
    m_hintList = hints;
    QString html = QStringLiteral("<b>") + (title.isEmpty() ? tr("Demo sign-ins") : title.toHtmlEscaped()) +
                   QStringLiteral("</b> ") + tr("(click one to fill in the form)") +
                   QStringLiteral("<table cellpadding=2>");
    for (int i = 0; i < hints.size(); ++i) {
        const Hint &hint = hints.at(i);
        html += QStringLiteral("<tr><td><a href=\"%1\"><b>%2</b></a></td><td>")
                    .arg(i)
                    .arg(hint.name.toHtmlEscaped()) +
                tr("password: %1")
                    .arg(QStringLiteral("<tt>") + hint.password.toHtmlEscaped() + QStringLiteral("</tt>")) +
                QStringLiteral("</td></tr><tr><td></td><td><small>%1</small></td></tr>")
                    .arg(hint.role.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_hints->setText(html);
    m_hints->setVisible(!hints.isEmpty());
}

void SignInDialog::lockTo(const QString &name)
{
    m_name->setText(name);
    m_name->setReadOnly(true);
    m_password->setFocus();
}

void SignInDialog::openToAnyone()
{
    m_name->setReadOnly(false);
    m_name->clear();
    m_password->clear();
    m_message->hide();
    m_name->setFocus();
}

void SignInDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
}

QPushButton *SignInDialog::cancelButton() const
{
    return m_buttons->button(QDialogButtonBox::Cancel);
}

bool SignInDialog::isWaiting() const
{
    return m_delay->isActive();
}

void SignInDialog::updateButton()
{
    m_signIn->setEnabled(!m_delay->isActive() && !m_name->text().trimmed().isEmpty() &&
                         !m_password->text().isEmpty());
}

void SignInDialog::attempt()
{
    if (m_delay->isActive() || !m_signIn->isEnabled())
        return;
    const SignInResult result = m_auth.signIn(m_name->text().trimmed(), m_password->text());
    if (result.ok()) {
        m_user = result.user;
        m_password->clear();
        accept();
        return;
    }
    ++m_failed;
    m_password->clear();
    QString text;
    switch (result.status) {
    case SignInStatus::WrongPassword:
        text = tr("Wrong user name or password (attempt %1 of %2). After %2 wrong attempts the account is "
                  "locked for %3 minutes.")
                   .arg(result.failedAttempts > 0 ? result.failedAttempts : m_failed)
                   .arg(AuthService::MaxFailedAttempts)
                   .arg(AuthService::LockDuration.count());
        break;
    case SignInStatus::Locked:
        text = tr("Too many wrong passwords: this account is locked until %1. An admin can unlock it sooner.")
                   .arg(Wording::dateTime(result.lockedUntil));
        break;
    case SignInStatus::Disabled:
        text = tr("This account is disabled. Ask an admin.");
        break;
    case SignInStatus::Tampered:
        // The core's sentences name what was edited (user names, currencies): shown as they are.
        text = tr("PayDesk's records were changed outside PayDesk, so nobody can sign in and no money can "
                  "move. Restore a backup you trust. What was found: %1")
                   .arg(result.message);
        break;
    case SignInStatus::Store:
    case SignInStatus::SignedIn:
        text = tr("PayDesk could not check the password: %1").arg(result.message);
        break;
    }
    m_message->setText(text);
    m_message->show();
    if (result.retryDelay.count() > 0) {
        m_delay->start(result.retryDelay);
        m_signIn->setText(tr("Wait…"));
        connect(
            m_delay, &QTimer::timeout, m_signIn, [this] { m_signIn->setText(tr("&Sign in")); },
            Qt::SingleShotConnection);
    }
    updateButton();
}
