#include "idlelock.h"

#include "palette.h"
#include "signindialog.h"

#include "services/authservice.h"
#include "store/auditlog.h"

#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

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
    auto *text = new QLabel(tr("Nobody used this window for a while, so its data is hidden. %1, enter your "
                               "password to carry on where you left off.")
                                .arg(m_userName),
                            m_overlay);
    text->setObjectName(QStringLiteral("lockText"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(text);
    m_form->setWindowFlags(Qt::Widget);
    m_form->lockTo(m_userName);
    m_form->setMaximumWidth(460);
    m_form->setAutoFillBackground(true);
    layout->addWidget(m_form, 0, Qt::AlignHCenter);
    auto *quit = new QPushButton(tr("Close PayDesk"), m_overlay);
    quit->setObjectName(QStringLiteral("lockQuit"));
    layout->addWidget(quit, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    m_overlay->hide();
    connect(quit, &QPushButton::clicked, m_window, &QWidget::close);
    connect(m_form, &QDialog::accepted, this, &IdleLock::unlock);
    // Escape in the form must not leave the lock.
    connect(m_form, &QDialog::rejected, m_form, &QWidget::show);

    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        lock(QStringLiteral("idle for %1 s")
                 .arg(std::chrono::duration_cast<std::chrono::seconds>(m_idle).count()));
    });
    m_timer->start(m_idle);
    m_window->installEventFilter(this);
    qApp->installEventFilter(this);
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

void IdleLock::lock(const QString &why)
{
    if (m_locked)
        return;
    m_locked = true;
    m_timer->stop();
    m_audit.append(m_userName, QStringLiteral("session_lock"), QStringLiteral("done"), QString(), why);
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
    m_form->passwordEdit()->clear();
    m_form->passwordEdit()->setFocus();
    emit lockedChanged(true);
}

void IdleLock::unlock()
{
    m_audit.append(m_userName, QStringLiteral("session_unlock"), QStringLiteral("done"));
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
