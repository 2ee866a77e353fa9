#pragma once

#include <QWidget>

// Shown when there is no cache on this computer yet: offers the demo, joining a team's database (and the one
// joined last time, when there is one), or says how to set PayDesk up for a real merchant account.
class FirstStartPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstStartPage)

public:
    // `lastTeamDatabase`: the URI of the team database opened last time, offered again; empty: none.
    explicit FirstStartPage(const QString &cachePath, const QString &lastTeamDatabase = QString(),
                            QWidget *parent = nullptr);

signals:
    void demoRequested();
    // A `postgresql://USER@HOST:PORT/DBNAME` URI to open (never one holding a password).
    void teamDatabaseRequested(const QString &uri);

private:
    void askTeamDatabase();
};
