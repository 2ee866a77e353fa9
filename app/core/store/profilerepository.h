#pragma once

#include "domain/merchantprofile.h"
#include "store/storeresult.h"

#include <QString>
#include <QStringList>
#include <QUrl>

class Database;

// Reads and writes the `profiles` table: the non-secret fields of merchant profiles. A profile's merchant
// identifier and environment are always the database's (recorded at init), never stored per profile.
class ProfileRepository final
{
public:
    explicit ProfileRepository(const Database &database);

    // The stored profile, NotFound when it was never saved.
    StoreResult<MerchantProfile> load(const QString &name) const;
    // The stored profile, or the defaults for the database's environment when it was never saved.
    StoreResult<MerchantProfile> loadOrDefault(const QString &name) const;
    // The names of the stored profiles, sorted.
    StoreResult<QStringList> names() const;
    // The defaults: the APS endpoint of the environment (sandbox, production; empty for simulator and
    // custom), SHA-256, en, 60 s, 7 days, 24 hours, UTC.
    MerchantProfile defaults(const QString &name) const;

    // Inserts or replaces the profile after validate(). Invalid with the offending field named.
    StoreStatus save(const MerchantProfile &profile) const;
    // Stops (non-empty reason) or allows again (empty) money operations on the profile; NotFound when it
    // was never saved.
    StoreStatus setMoneyBlockedReason(const QString &name, const QString &reason) const;

    // Every field in range; the message names the field ("endpoint: ...").
    static StoreStatus validate(const MerchantProfile &profile);
    // https:// with a host, or http:// to 127.0.0.1, localhost or [::1] (the simulator).
    static bool isAllowedEndpoint(const QUrl &url);

private:
    const Database &m_database;
};
