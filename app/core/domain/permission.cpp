#include "permission.h"

#include "domain/tokentable.h"

namespace {

constexpr TokenTable<Permission, 11> permissionTokens{{
    {Permission::View, "view"},
    {Permission::CheckStatus, "check_status"},
    {Permission::Capture, "capture"},
    {Permission::Void, "void"},
    {Permission::RequestRefund, "request_refund"},
    {Permission::ApproveRefund, "approve_refund"},
    {Permission::ProposeResolution, "propose_resolution"},
    {Permission::ConfirmResolution, "confirm_resolution"},
    {Permission::ManageSettings, "manage_settings"},
    {Permission::ManageUsers, "manage_users"},
    {Permission::ManageCredentials, "manage_credentials"},
}};

struct Row
{
    Permission permission;
    bool viewer;
    bool operatorRole;
    bool approver;
    bool admin;
};

// The table documented in permission.h; nothing else in PayDesk decides who may do what.
constexpr Row table[] = {
    {Permission::View, true, true, true, true},
    {Permission::CheckStatus, false, true, true, false},
    {Permission::Capture, false, true, true, false},
    {Permission::Void, false, true, true, false},
    {Permission::RequestRefund, false, true, true, false},
    {Permission::ApproveRefund, false, false, true, false},
    {Permission::ProposeResolution, false, true, true, false},
    {Permission::ConfirmResolution, false, false, true, false},
    {Permission::ManageSettings, false, false, false, true},
    {Permission::ManageUsers, false, false, false, true},
    {Permission::ManageCredentials, false, false, false, true},
};

} // namespace

QString permissionToken(Permission permission)
{
    return tokenOf(permissionTokens, permission);
}

std::optional<Permission> permissionFromToken(QStringView token)
{
    return valueOfToken(permissionTokens, token);
}

bool PermissionTable::allows(Role role, Permission permission)
{
    for (const Row &row : table) {
        if (row.permission != permission)
            continue;
        switch (role) {
        case Role::Viewer:
            return row.viewer;
        case Role::Operator:
            return row.operatorRole;
        case Role::Approver:
            return row.approver;
        case Role::Admin:
            return row.admin;
        }
    }
    return false;
}

QList<Permission> PermissionTable::permissionsOf(Role role)
{
    QList<Permission> granted;
    for (const Permission permission : all()) {
        if (allows(role, permission))
            granted << permission;
    }
    return granted;
}

QList<Permission> PermissionTable::all()
{
    QList<Permission> permissions;
    for (const Row &row : table)
        permissions << row.permission;
    return permissions;
}
