#include "idlelock.h"

#include "palette.h"
#include "signindialog.h"

#include "services/authservice.h"
#include "store/auditlog.h"

#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int FormWidth = 460;

QPushButton *lockButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAutoDefault(false);
    return button;
}

} // namespace

IdleLock::IdleLock(QMainWindow *window, const AuthService &auth, const AuditLog &audit, QString userName,
                   std::chrono::milliseconds idle)
    : QObject(window)
    , m_window(window)
    , m_auth(auth)
    , m_audit(audit)
    , m_userName(std::move(userName))
    , m_idle(idle)
    , m_timer(new QTimer(this))
    , m_overlay(new QWidget(window))
    , m_form(new SignInDialog(auth, m_overlay))
    , m_text(new QLabel(m_overlay))
    , m_switch(lockButton(tr("S&witch user…"), QStringLiteral("lockSwitchUser"), m_overlay))
    , m_signOut(lockButton(tr("Sign &out"), QStringLiteral("lockSignOut"), m_overlay))
{
    auto *quit = lockButton(tr("Close PayDesk"), QStringLiteral("lockQuit"), m_overlay);
    layOut(quit);
    m_overlay->hide();
    setSwitching(false);
    connect(quit, &QPushButton::clicked, m_window, &QWidget::close);
    connect(m_switch, &QPushButton::clicked, this, &IdleLock::switchUser);
    connect(m_signOut, &QPushButton::clicked, this, &IdleLock::signOutRequested);
    connect(m_form, &QDialog::accepted, this, &IdleLock::onSignedIn);
    // Escape or Cancel never leaves the lock: while switching they go back to the locked person's password.
    connect(m_form, &QDialog::rejected, this, [this] {
        setSwitching(false);
        m_form->show();
    });

    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { lock(Cause::Idle); });
    m_timer->start(m_idle);
    m_window->installEventFilter(this);
    qApp->installEventFilter(this);
}

void IdleLock::layOut(QPushButton *quit)
{
    m_overlay->setObjectName(QStringLiteral("lockOverlay"));
    m_overlay->setAutoFillBackground(true);
    m_overlay->setAttribute(Qt::WA_StyledBackground);
    m_overlay->setStyleSheet(
        QStringLiteral("#lockOverlay { background: %1; }"
                       " #lockTitle { color: %2; font-size: 18pt; }"
                       " #lockText { color: %3; }")
            .arg(Palette::lockBackground().name(), Palette::lockTitle().name(), Palette::lockText().name()));
    auto *layout = new QVBoxLayout(m_overlay);
    layout->addStretch(1);
    auto *title = new QLabel(tr("PayDesk is locked"), m_overlay);
    title->setObjectName(QStringLiteral("lockTitle"));
    title->setAlignment(Qt::AlignCenter);
    m_text->setObjectName(QStringLiteral("lockText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(m_text);
    m_form->setWindowFlags(Qt::Widget);
    m_form->setFixedWidth(FormWidth);
    m_form->setAutoFillBackground(true);
    layout->addWidget(m_form, 0, Qt::AlignHCenter);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_switch);
    buttons->addWidget(m_signOut);
    buttons->addWidget(quit);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
}

void IdleLock::setIdle(std::chrono::milliseconds idle)
{
    m_idle = idle;
    if (!m_locked)
        m_timer->start(m_idle);
}

void IdleLock::lock(Cause cause)
{
    if (m_locked) {
        if (cause == Cause::SwitchUser)
            setSwitching(true);
        return;
    }
    m_locked = true;
    m_timer->stop();
    QString why;
    switch (cause) {
    case Cause::Idle:
        why = QStringLiteral("idle for %1 s")
                  .arg(std::chrono::duration_cast<std::chrono::seconds>(m_idle).count());
        m_text->setText(tr("Nobody used this window for a while, so its data is hidden. %1, enter your "
                           "password to carry on where you left off.")
                            .arg(m_userName));
        break;
    case Cause::ByHand:
        why = QStringLiteral("by hand");
        m_text->setText(tr("%1 locked this window by hand, so its data is hidden. %1 enters their password "
                           "to carry on where they left off; someone else chooses Switch user.")
                            .arg(m_userName));
        break;
    case Cause::SwitchUser:
        why = QStringLiteral("to switch user");
        m_text->setText(tr("%1 is handing this window over, so its data is hidden. Cancel goes back to %1's "
                           "password.")
                            .arg(m_userName));
        break;
    }
    m_audit.append(m_userName, QStringLiteral("session_lock"), QStringLiteral("done"), QString(), why);
    emit aboutToHideData();
    m_hidden.clear();
    QList<QWidget *> data{m_window->centralWidget()};
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        data.append(dock);
    for (QDialog *dialog : m_window->findChildren<QDialog *>()) {
        if (dialog != m_form)
            data.append(dialog);
    }
    for (QWidget *widget : std::as_const(data)) {
        if (widget && widget->isVisible()) {
            m_hidden.append(widget);
            widget->hide();
        }
    }
    m_overlay->setGeometry(m_window->rect());
    m_overlay->show();
    m_overlay->raise();
    m_form->show();
    setSwitching(cause == Cause::SwitchUser);
    emit lockedChanged(true);
}

void IdleLock::switchUser()
{
    lock(Cause::SwitchUser);
}

void IdleLock::setSwitching(bool switching)
{
    m_switching = switching;
    m_switch->setVisible(!switching);
    m_form->cancelButton()->setVisible(switching);
    if (switching) {
        m_form->setIntro(tr("Hand the desk over: the next person signs in with their own name and password. "
                            "The list, its filters and the selection stay as they are; what can be done "
                            "follows the new person's role."));
        QList<SignInDialog::Hint> others;
        for (const SignInDialog::Hint &hint : std::as_const(m_switchHints)) {
            if (hint.name != m_userName)
                others.append(hint);
        }
        m_form->setHints(others, tr("Sign in as another demo user"));
        m_form->openToAnyone();
    } else {
        m_form->setIntro(tr("Enter your password to unlock."));
        m_form->setHints({});
        m_form->lockTo(m_userName);
        m_form->passwordEdit()->clear();
    }
    fitForm();
}

// The form's height follows its wrapped sentences, its message and the demo people it lists (a layout gives
// a centred widget its size hint, which ignores the wrapping).
void IdleLock::fitForm()
{
    const int height = m_form->heightForWidth(FormWidth);
    if (height > 0 && height != m_form->height())
        m_form->setFixedHeight(height);
}

void IdleLock::onSignedIn()
{
    const std::optional<User> &user = m_form->user();
    if (!user || user->name == m_userName) {
        unlock();
        return;
    }
    // Another person: the window stays covered until its owner replaces it with theirs.
    emit switchRequested(*user);
}

void IdleLock::unlock()
{
    m_audit.append(m_userName, QStringLiteral("session_unlock"), QStringLiteral("done"));
    setSwitching(false);
    m_overlay->hide();
    for (const QPointer<QWidget> &widget : std::as_const(m_hidden)) {
        if (widget)
            widget->show();
    }
    m_hidden.clear();
    m_locked = false;
    m_timer->start(m_idle);
    emit lockedChanged(false);
}

bool IdleLock::belongsToOverlay(QObject *object) const
{
    for (QObject *o = object; o; o = o->parent()) {
        if (o == m_overlay)
            return true;
    }
    return false;
}

bool IdleLock::belongsToWindow(QObject *object) const
{
    for (QObject *o = object; o; o = o->parent()) {
        if (o == m_window)
            return true;
    }
    return false;
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize && m_locked)
        m_overlay->setGeometry(m_window->rect());
    if (watched == m_form && event->type() == QEvent::LayoutRequest)
        fitForm();
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::Shortcut:
    case QEvent::ShortcutOverride:
        break;
    default:
        return false;
    }
    if (!m_locked) {
        if (event->type() != QEvent::Shortcut && event->type() != QEvent::ShortcutOverride)
            m_timer->start(m_idle);
        return false;
    }
    // Locked: only the overlay answers. Shortcuts are sent to actions, which are never the overlay's.
    if (belongsToOverlay(watched))
        return false;
    if (event->type() == QEvent::Shortcut)
        return belongsToWindow(watched);
    return belongsToWindow(watched);
}
