#pragma once

#include "domain/role.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// What a signed-in person may ask of the core. Services check these themselves (not only the window).
enum class Permission {
    View,        // read the cache, the timeline, the approval queue and the audit log
    CheckStatus, // CHECK_STATUS and refresh a row (writes the cache, moves no money)
    Capture,
    Void,
    RequestRefund,     // refund; at or above the threshold it becomes a request for a second person
    ApproveRefund,     // approve or reject someone else's refund request
    ProposeResolution, // propose how a manual_review operation ended (applied / not applied)
    ConfirmResolution, // confirm someone else's proposal
    ManageSettings,    // profiles, approval thresholds
    ManageUsers,       // add, disable, re-role users
    ManageCredentials, // access codes and SHA phrases in the keychain
};

QString permissionToken(Permission permission); // "view", "check_status", "capture", ...
std::optional<Permission> permissionFromToken(QStringView token);

// The one table of who may do what:
//
//   permission          viewer  operator  approver  admin
//   view                  x        x         x        x
//   check_status                   x         x
//   capture, void                  x         x
//   request_refund                 x         x
//   approve_refund                           x
//   propose_resolution             x         x
//   confirm_resolution                       x
//   manage_settings                                   x
//   manage_users                                      x
//   manage_credentials                                x
//
// Separation of duties: an admin configures the desk but moves no money and approves nothing, so the person
// who can change thresholds, users and credentials cannot also use them to move money alone. An approver may
// do an operator's work too (small teams), but never approves or confirms their own request: the services
// check that the second person is another one.
class PermissionTable final
{
public:
    static bool allows(Role role, Permission permission);
    // Every permission of `role`, in enum order.
    static QList<Permission> permissionsOf(Role role);
    static QList<Permission> all();
};
