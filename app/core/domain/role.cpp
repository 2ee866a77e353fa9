#include "role.h"

#include "domain/tokentable.h"

namespace {
constexpr TokenTable<Role, 4> roleTokens{{
    {Role::Viewer, "viewer"},
    {Role::Operator, "operator"},
    {Role::Approver, "approver"},
    {Role::Admin, "admin"},
}};
} // namespace

QString roleToken(Role role)
{
    return tokenOf(roleTokens, role);
}

std::optional<Role> roleFromToken(QStringView token)
{
    return valueOfToken(roleTokens, token);
}
