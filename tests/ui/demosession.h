#pragma once

#include "demodesk.h"
#include "desksession.h"

#include "services/deskservices.h"

#include <memory>

// A window session over a fresh demo (what paydesk --demo opens), and its simulator.
inline std::unique_ptr<DeskSession> openDemoSession(QString *error, ApsSimulator **simulator = nullptr)
{
    std::unique_ptr<DemoDesk> demo = DemoDesk::start(error);
    if (!demo)
        return nullptr;
    if (simulator)
        *simulator = &demo->simulator();
    std::unique_ptr<DeskServices> services = demo->takeServices();
    return std::make_unique<DeskSession>(std::move(services), std::move(demo));
}
