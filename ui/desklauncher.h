#pragma once

#include <QObject>
#include <QString>

#include <memory>

class DeskSession;
class FirstStartPage;
class MainWindow;

// The window's start-up flow: open the demo or the user's cache (or offer the demo when there is none),
// create the first admin on a cache without users, sign in, then show the desk. Owns what it opened.
class DeskLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskLauncher)

public:
    DeskLauncher(QString cachePath, QString profileName, QObject *parent = nullptr);
    ~DeskLauncher() override;

    // Starts on the demo, on the cache when it exists, or on the first-start page. False when the demo or
    // the cache could not be opened (the reason was shown).
    bool start(bool demo);

private:
    bool open(bool demo);
    void signIn();
    void createFirstAdmin();

    QString m_cachePath;
    QString m_profileName;
    std::unique_ptr<DeskSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<FirstStartPage> m_welcome;
};
