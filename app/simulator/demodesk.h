#pragma once

#include "domain/role.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class ApsSimulator;
class DeskServices;
class QTemporaryDir;

// paydesk --demo: a fresh desk over a temporary cache, talking to the in-process simulator on a free
// loopback port with the demo seed. The simulator's report is imported, the services use the simulator's
// demo credentials, the demo people are signed up (people()) and two refund requests wait in the approval
// queue. Owns the simulator and the temporary folder, which must outlive the desk services it hands out; a
// QObject so that the window's session can keep it alive without knowing the simulator.
class DemoDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoDesk)

public:
    // The people the demo creates, with the passwords its sign-in dialog shows.
    struct Person
    {
        QString name;
        Role role;
        QString password;
    };
    static QList<Person> people();

    // Starts the simulator and composes the desk over a new temporary cache. nullptr with *error (English).
    static std::unique_ptr<DemoDesk> start(QString *error);
    ~DemoDesk() override;

    // The desk's services; null once taken.
    std::unique_ptr<DeskServices> takeServices();
    ApsSimulator &simulator() const { return *m_simulator; }
    quint16 simulatorPort() const;

private:
    DemoDesk();
    bool createCache(QString *error);
    bool addPeople(QString *error);
    void addRefundRequests();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ApsSimulator> m_simulator;
    std::unique_ptr<DeskServices> m_services;
};
