#pragma once

#include "store/storeresult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

class AuditLog;
class Database;

// Makes the rules that keep four eyes meaningful tamper-evident (ARCHITECTURE.md section 5): whoever edits
// the database file without the audit key cannot raise a role, copy a password hash, lift a pending approver
// confirmation, change an approval threshold or delete the users (which would put the database back into
// the no-users bootstrap mode) without it being found.
//
// - Each `users` row carries mac = HMAC(seal key, canonical form of: the database's created_at, id, name,
//   role, password hash, disabled, granted_at, granted_by, confirmed_by); each `approval_thresholds` row
//   mac = HMAC(seal key, created_at, profile, currency, threshold). Fields are length-prefixed
//   ("<bytes>:<utf-8>;") after a kind label, so no two different rows share a canonical form.
// - The roster in `meta`: users_since (ms when the first user was added), users_count, thresholds_count and
//   people_seal = HMAC over those and every row's id/key and mac, in order. Deleting a row, or putting back
//   an older sealed copy of one, breaks it. Users are never deleted by PayDesk, so users_since never goes
//   away: once a database has had users it never returns to bootstrap, even with every user row deleted (the
//   audit chain's first "user_add" says so too, should the meta rows go as well).
// - The seal key is AuditLog::derivedKey("paydesk-people-seal-v1"), never the audit key itself.
//
// Databases from before schema 5 (and new ones) are sealed once, on the first open with the key: sealOnce()
// seals the rows as they are and, when there were any, records "people_seal" in the audit log; it never
// seals again once the roster or that row exists, so editing the file later and waiting for a re-seal does
// not work. An empty database is sealed without a row: without users nobody is asked anything, so an edit
// of it gains nothing bootstrap does not give anyway.
//
// Writers (AuthService, ApprovalService) call sealUser()/sealThreshold() inside the write transaction of
// their change. Not a QObject; stateless apart from its references.
class PeopleSeal final
{
public:
    PeopleSeal(const Database &database, const AuditLog &audit);

    // Re-computes the MAC of user `name` and the roster. Call inside the write transaction of the change.
    StoreStatus sealUser(const QString &name) const;
    // The same for a threshold row (absent: it was removed, only the roster changes).
    StoreStatus sealThreshold(const QString &profile, const QString &currency) const;

    // Seals a database never sealed before (see above) in its own write transaction, audited under
    // `actor`. True when it sealed now, false when it had been sealed already.
    StoreResult<bool> sealOnce(const QString &actor) const;

    // What was changed outside PayDesk, one English sentence each ("user olivia: role or password changed
    // outside PayDesk", "approval threshold AED changed outside PayDesk", "users were deleted outside
    // PayDesk"); empty when everything is as PayDesk sealed it. AuditKey when the key is missing.
    StoreResult<QStringList> problems() const;

    // True when the database has ever had a user: a user row, the roster's users_since, or a "user_add" in
    // the audit log.
    StoreResult<bool> usersEverExisted() const;

private:
    StoreResult<QByteArray> sealKey() const;
    StoreResult<QString> databaseIdentity() const;
    StoreResult<QString> roster(const QByteArray &key, const QString &identity, const QString &usersSince,
                                qint64 *users, qint64 *thresholds) const;
    StoreStatus sealRoster() const;
    // sealOnce() first, then `sealRow` (given the seal key and the database identity) and the roster in one
    // write transaction.
    StoreStatus
    reseal(const std::function<StoreStatus(const QByteArray &key, const QString &identity)> &sealRow) const;
    StoreStatus writeMeta(const QString &key, const QString &value) const;

    const Database &m_database;
    const AuditLog &m_audit;
};
