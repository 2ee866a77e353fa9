#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// The roles of ARCHITECTURE.md section 5. What each may do is PermissionTable's single table.
enum class Role { Viewer, Operator, Approver, Admin };

QString roleToken(Role role); // "viewer" | "operator" | "approver" | "admin" (the users.role column)
std::optional<Role> roleFromToken(QStringView token);
