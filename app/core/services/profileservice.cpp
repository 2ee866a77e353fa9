#include "services/profileservice.h"

#include "services/authorizer.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/profilerepository.h"

namespace {

const QString Action = QStringLiteral("profile set");

} // namespace

ProfileService::ProfileService(Dependencies dependencies)
    : m_deps(std::move(dependencies))
{
    Q_ASSERT(m_deps.database && m_deps.audit);
}

StoreResult<MerchantProfile> ProfileService::load(const QString &name) const
{
    return ProfileRepository(*m_deps.database).loadOrDefault(name);
}

ProfileStatus ProfileService::validate(const MerchantProfile &profile)
{
    // The repository names the field first ("endpoint: ...").
    const StoreStatus valid = ProfileRepository::validate(profile);
    if (!valid.ok())
        return {ProfileError::Invalid, valid.message, valid.message.section(u':', 0, 0)};
    return {};
}

ProfileStatus ProfileService::save(const QString &actor, MerchantProfile profile,
                                   const QString &details) const
{
    if (m_deps.authorizer) {
        const AuthorizationDecision decision =
            m_deps.authorizer->authorize(actor, Permission::ManageSettings);
        if (!decision.allowed) {
            m_deps.audit->append(actor, Action, QStringLiteral("refused"), QString(), decision.reason);
            return {ProfileError::PermissionDenied, decision.reason, QString()};
        }
    }
    if (ProfileStatus valid = validate(profile); !valid.ok())
        return valid;
    profile.moneyBlockedReason.clear();
    const ProfileRepository profiles(*m_deps.database);
    const StoreStatus saved = m_deps.database->withWriteTransaction([&]() -> StoreStatus {
        if (StoreStatus status = profiles.save(profile); !status.ok())
            return status;
        return m_deps.audit->append(actor, Action, QStringLiteral("done"), QString(), details).status();
    });
    if (!saved.ok())
        return {ProfileError::Store, saved.message, QString(), saved.error};
    return {};
}
