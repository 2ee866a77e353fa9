#pragma once

#include "signindialog.h"

#include "domain/user.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>

class AuditLog;
class AuthService;
class QLabel;
class QMainWindow;
class QPushButton;
class QTimer;
class QWidget;

// Locks a window after a period without keyboard or mouse input (15 minutes unless configured): an opaque
// overlay covers the whole window, the data widgets, docks and the window's open dialogs are hidden (no
// amount stays visible), shortcuts and input to the window are swallowed, and only the signed-in person's
// password unlocks it. Nothing is closed or re-read, so the window is exactly as it was. Lock and unlock are
// audited ("session_lock", "session_unlock"); wrong passwords go through AuthService like any sign-in.
// The lock is also where the desk changes hands: "Switch user" frees the name so that another person signs
// in (switchRequested(), whoever owns the window hands it over; Cancel goes back to the locked person's
// password), and "Sign out" asks to end the session (signOutRequested()). Neither shows any data.
class IdleLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLock)

public:
    static constexpr std::chrono::minutes DefaultIdle{15};

    // Why the window locks: the wording and the audit entry say it.
    enum class Cause { Idle, ByHand, SwitchUser };

    IdleLock(QMainWindow *window, const AuthService &auth, const AuditLog &audit, QString userName,
             std::chrono::milliseconds idle = DefaultIdle);
    ~IdleLock() override;

    bool isLocked() const { return m_locked; }
    std::chrono::milliseconds idle() const { return m_idle; }
    void setIdle(std::chrono::milliseconds idle);
    // The overlay, and its password form (for tests and focus).
    QWidget *overlay() const { return m_overlay; }
    SignInDialog *unlockForm() const { return m_form; }
    QLabel *textLabel() const { return m_text; }
    QPushButton *switchUserButton() const { return m_switch; }
    QPushButton *signOutButton() const { return m_signOut; }
    // True while the form takes another person's name.
    bool isSwitching() const { return m_switching; }
    // The people a demo offers when the desk changes hands (the signed-in person is left out).
    void setSwitchHints(const QList<SignInDialog::Hint> &hints) { m_switchHints = hints; }

    void lock(Cause cause);
    // Locks (when not locked yet) and opens the form to another person.
    void switchUser();

signals:
    // Just before the data is hidden: what is visible now is the window's real layout (worth saving).
    void aboutToHideData();
    void lockedChanged(bool locked);
    // Another person signed in at the lock; the window stays locked until its owner hands it over.
    void switchRequested(const User &user);
    void signOutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The overlay: title, why it is locked, the form, and Switch user, Sign out and `quit` under it.
    void layOut(QPushButton *quit);
    void unlock();
    void onSignedIn();
    void setSwitching(bool switching);
    void fitForm();
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
    QLabel *m_text;
    QPushButton *m_switch;
    QPushButton *m_signOut;
    QList<SignInDialog::Hint> m_switchHints;
    bool m_locked = false;
    bool m_switching = false;
    QList<QPointer<QWidget>> m_hidden;
};
