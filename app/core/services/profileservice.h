#pragma once

#include "domain/merchantprofile.h"
#include "store/storeresult.h"

#include <QString>

class AuditLog;
class Authorizer;
class Database;

// Why a profile was not saved.
enum class ProfileError {
    None,
    PermissionDenied, // the user may not manage settings (the refusal is audited)
    Invalid,          // a setting is out of range or malformed: `field` names it
    Store,            // the database refused (the message says why)
};

struct ProfileStatus
{
    ProfileError error = ProfileError::None;
    QString message; // English: "<field>: <what is wrong>" for Invalid
    // For Invalid: the setting concerned, as the CLI names it ("endpoint", "timeout-s", "time-zone", ...).
    QString field;
    StoreError storeError = StoreError::None; // for Store: what the database said

    bool ok() const { return error == ProfileError::None; }
};

// The merchant profile's non-secret settings (ARCHITECTURE.md section 5: settings are an admin's). The
// window's settings dialog and `paydeskctl profile set` both save through here.
class ProfileService final
{
public:
    struct Dependencies
    {
        const Database *database = nullptr;
        const AuditLog *audit = nullptr;
        const Authorizer *authorizer = nullptr; // null: no users configured (bootstrap rule)
    };

    explicit ProfileService(Dependencies dependencies);

    // The stored profile `name`, or the defaults for the database's environment when it was never saved.
    StoreResult<MerchantProfile> load(const QString &name) const;

    // ProfileRepository::validate as a ProfileStatus: Invalid naming the field, for a form that checks
    // before it saves anything else.
    static ProfileStatus validate(const MerchantProfile &profile);
    // Saves `profile` for `actor`, in this order: Permission::ManageSettings (a refusal is audited as
    // "profile set" refused, nothing else happens); validate() (nothing written when Invalid); then, in one
    // write transaction, the profile with its money block cleared (changed settings are what a block waits
    // for) and the audit entry "profile set" done with `details`.
    ProfileStatus save(const QString &actor, MerchantProfile profile, const QString &details) const;

private:
    Dependencies m_deps;
};
