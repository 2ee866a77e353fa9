#pragma once

#include "signindialog.h"

#include "domain/user.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class DeskSession;
class FirstStartPage;
class MainWindow;

// The window's start-up flow: open the demo, the user's cache or a team's database (a `postgresql://` URI as
// the cache path), or, when there is no cache, offer the demo and joining a team database; create the first
// admin on a store without users, sign in, then show the desk. A team database opened from the first-start
// page is remembered (its URI only: it never holds a password) and offered at the next start. Owns what it
// opened.
//
// The session (the cache, the services and, in the demo, the simulator) lasts for the whole run; the window
// is one person's. When the desk changes hands (Switch user) the window is replaced by a new one for the next
// person: the old one's layout, filters and sort go through the saved settings as at a start, and the
// search and selection are carried over. A new window rather than the old one re-decorated, because the
// signed-in person's name and role are fixed in what the window composes (the money actions, the role gate,
// the approval queue): a fresh window cannot keep any of the previous person's permissions. Sign out closes
// the window and shows the sign-in again; in the demo both keep the same cache, so an approver sees what the
// operator asked for.
class DeskLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskLauncher)

public:
    // How the executable starts its demo (the simulator is not part of this library): a session over a fresh
    // demo, or nullptr with *error; and the demo sign-ins the sign-in dialog offers.
    struct Demo
    {
        std::function<std::unique_ptr<DeskSession>(QString *error)> open;
        QList<SignInDialog::Hint> signIns;
    };

    DeskLauncher(QString cachePath, QString profileName, Demo demo, QObject *parent = nullptr);
    ~DeskLauncher() override;

    // Starts on the demo, on the cache when it exists, or on the first-start page. False when the demo or
    // the cache could not be opened (the reason was shown).
    bool start(bool demo);

    // The settings key of the team database opened last from the first-start page.
    static inline const QString LastTeamDatabaseKey = QStringLiteral("connection/lastTeamDatabase");

    // What is open now (for tests): the session, the signed-in window, the sign-in dialog while it shows.
    DeskSession *session() const { return m_session.get(); }
    MainWindow *window() const { return m_window.get(); }
    SignInDialog *signInDialog() const { return m_signIn; }

private:
    bool open(bool demo);
    void joinTeamDatabase(const QString &uri);
    // Sign-in, or the first admin on a store without users.
    void greet();
    void signIn();
    void createFirstAdmin();
    // Shows `user`'s window, listening for its hand-over and sign-out.
    void showDesk(const User &user);
    // The window goes to `next`, in the state the previous person left it.
    void handOver(const User &next);
    void signOut();
    static void saveLayout(const MainWindow &window);
    // A window being replaced is hidden now and deleted once the signal that replaced it has returned.
    void retire(std::unique_ptr<MainWindow> window);

    QString m_cachePath;
    QString m_profileName;
    Demo m_demo;
    std::unique_ptr<DeskSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<MainWindow> m_retired;
    QPointer<SignInDialog> m_signIn;
    bool m_signedInBefore = false;
    std::unique_ptr<FirstStartPage> m_welcome;
};
