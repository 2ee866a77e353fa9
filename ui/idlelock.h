#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>

class AuditLog;
class AuthService;
class QMainWindow;
class QTimer;
class QWidget;
class SignInDialog;

// Locks a window after a period without keyboard or mouse input (15 minutes unless configured): an opaque
// overlay covers the whole window, the data widgets, docks and the window's open dialogs are hidden (no
// amount stays visible), shortcuts and input to the window are swallowed, and only the signed-in person's
// password unlocks it. Nothing is closed or re-read, so the window is exactly as it was. Lock and unlock are
// audited ("session_lock", "session_unlock"); wrong passwords go through AuthService like any sign-in.
class IdleLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLock)

public:
    static constexpr std::chrono::minutes DefaultIdle{15};

    IdleLock(QMainWindow *window, const AuthService &auth, const AuditLog &audit, QString userName,
             std::chrono::milliseconds idle = DefaultIdle);
    ~IdleLock() override;

    bool isLocked() const { return m_locked; }
    std::chrono::milliseconds idle() const { return m_idle; }
    void setIdle(std::chrono::milliseconds idle);
    // The overlay, and its password form (for tests and focus).
    QWidget *overlay() const { return m_overlay; }
    SignInDialog *unlockForm() const { return m_form; }

    void lock(const QString &why);

signals:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void unlock();
    bool belongsToOverlay(QObject *object) const;
    bool belongsToWindow(QObject *object) const;

    QMainWindow *m_window;
    const AuthService &m_auth;
    const AuditLog &m_audit;
    QString m_userName;
    std::chrono::milliseconds m_idle;
    QTimer *m_timer;
    QWidget *m_overlay;
    SignInDialog *m_form;
    bool m_locked = false;
    QList<QPointer<QWidget>> m_hidden;
};
