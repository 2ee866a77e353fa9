#pragma once

#include "domain/user.h"

#include <QObject>
#include <QSet>

#include <chrono>

class ApprovalQueueWidget;
class ApprovalService;
class AuditLog;
class AuthService;
class Database;
class IdleLock;
class MainWindow;
class PaymentService;
class ProfileService;
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QSystemTrayIcon;
class RoleGate;

// What a window shows and guards because a person is signed in to it: their name and role in the status
// bar, the money actions limited to what the role may do (with the reason), the refund approval queue as a
// dock, the People menu (approval queue, audit log, settings, lock), the idle lock, and a red "LIVE" marker
// beside the money actions when the profile is production. The queue follows the store (other desks'
// requests too): its count is in the dock's title, and a request another person asks for is announced to
// someone who may decide it (a desktop notification where there is a system tray, else the status bar).
// The People menu also hands the desk over: "Switch user…" locks the window and lets another person sign in,
// "Sign out" ends the session; both are audited ("sign_out") and announced (switchRequested(),
// signOutRequested()) to whoever owns the window, which replaces it. Owned by the window it decorates.
class SignedInDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignedInDesk)

public:
    struct Context
    {
        MainWindow *window = nullptr;
        const Database *database = nullptr;
        AuthService *auth = nullptr;
        const AuditLog *audit = nullptr;
        ApprovalService *approvals = nullptr;
        PaymentService *service = nullptr;
        const ProfileService *profiles = nullptr;
        User user;
        QString profileName = QStringLiteral("default");
        bool demo = false;
        // Idle time before the lock; zero: the setting "session/idleLockMinutes" (15 by default).
        std::chrono::milliseconds idle{0};
    };

    SignedInDesk(Context context, QObject *parent);

    // The desk decorating `window`, if any.
    static SignedInDesk *of(const MainWindow *window);

    const User &user() const { return m_context.user; }
    RoleGate *roleGate() const { return m_gate; }
    IdleLock *idleLock() const { return m_lock; }
    ApprovalQueueWidget *approvalQueue() const { return m_queue; }
    QDockWidget *approvalDock() const { return m_dock; }
    QLabel *userLabel() const { return m_userLabel; }
    // Shown only on a production profile.
    QLabel *liveMarker() const { return m_live; }
    bool isLiveMarkerShown() const;
    QMenu *peopleMenu() const { return m_menu; }
    bool isLive() const { return m_isLive; }

    // Re-reads the profile's environment (after the settings changed).
    void updateLive();
    void showAuditLog();
    void showSettings();
    void showUsers();
    // Ends this person's session: audited, then signOutRequested().
    void signOut();
    // Shows the approval queue to someone who may approve or has requests waiting (after a hand-over,
    // whatever the window's saved layout says).
    void showQueueForRole();

signals:
    // Another person signed in at the lock (audited as this person's sign-out): give them the window.
    void switchRequested(const User &user);
    void signOutRequested();

private:
    void buildMenu();
    void connectToday();
    // The lock's hand-over and sign-out, and saving the layout before it hides the data.
    void connectLock();
    // After each read of the queue: the count in the dock's title, and word of requests that arrived.
    void onQueueRead();
    void announce(int arrived);

    Context m_context;
    RoleGate *m_gate;
    IdleLock *m_lock;
    ApprovalQueueWidget *m_queue;
    QDockWidget *m_dock;
    QLabel *m_userLabel;
    QLabel *m_live;
    QLabel *m_liveStatus;
    QAction *m_liveAction = nullptr;
    QMenu *m_menu = nullptr;
    bool m_isLive = false;
    QSet<qint64> m_knownRequests;
    bool m_queueRead = false;
    QSystemTrayIcon *m_tray = nullptr;
};
