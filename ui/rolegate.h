#pragma once

#include "domain/permission.h"
#include "domain/role.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;

// Keeps the window's actions in line with the signed-in person's role: an action whose permission the role
// lacks stays disabled, whatever else enables it, and its tooltip and status tip say why ("Your role
// (viewer) cannot capture"). The core services check the same table; this only spares people a refusal.
class RoleGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleGate)

public:
    RoleGate(Role role, QObject *parent = nullptr);

    Role role() const { return m_role; }
    bool allows(Permission permission) const;
    // Watches `action`: disabled with the reason whenever the role lacks `permission`.
    void guard(QAction *action, Permission permission);

private:
    void apply(QAction *action, Permission permission);

    Role m_role;
    bool m_applying = false;
};
