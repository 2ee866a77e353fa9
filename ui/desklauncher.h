#pragma once

#include "signindialog.h"

#include <QList>
#include <QObject>
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

private:
    bool open(bool demo);
    void joinTeamDatabase(const QString &uri);
    // Sign-in, or the first admin on a store without users.
    void greet();
    void signIn();
    void createFirstAdmin();

    QString m_cachePath;
    QString m_profileName;
    Demo m_demo;
    std::unique_ptr<DeskSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<FirstStartPage> m_welcome;
};
