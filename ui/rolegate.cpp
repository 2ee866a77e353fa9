#include "rolegate.h"

#include "wording.h"

#include <QAction>

RoleGate::RoleGate(Role role, QObject *parent)
    : QObject(parent)
    , m_role(role)
{}

bool RoleGate::allows(Permission permission) const
{
    return PermissionTable::allows(m_role, permission);
}

void RoleGate::guard(QAction *action, Permission permission)
{
    if (allows(permission))
        return;
    // TransactionActions re-enables and re-words its actions on every selection: answer each change.
    connect(action, &QAction::changed, this, [this, action, permission] { apply(action, permission); });
    apply(action, permission);
}

void RoleGate::apply(QAction *action, Permission permission)
{
    if (m_applying)
        return;
    m_applying = true;
    const QString why = Wording::roleRefusal(m_role, permission);
    action->setEnabled(false);
    if (action->toolTip() != why)
        action->setToolTip(why);
    if (action->statusTip() != why)
        action->setStatusTip(why);
    m_applying = false;
}
