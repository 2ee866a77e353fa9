#pragma once

#include "domain/user.h"
#include "store/storeresult.h"

#include <QList>
#include <QString>

class Database;
class QSqlQuery;

// Reads and writes the `users` table. Rules about users (the first one is an admin, the last enabled admin
// stays one, lockouts) are AuthService's; this class only maps rows. Times are stored as milliseconds since
// the epoch (UTC). Callers that read and then write do both inside Database::withWriteTransaction.
class UserRepository final
{
public:
    explicit UserRepository(const Database &database);

    StoreResult<qint64> count() const;
    // Enabled users with the admin role.
    StoreResult<qint64> countEnabledAdmins() const;
    // NotFound when there is no user of that name (names compare exactly).
    StoreResult<User> findByName(const QString &name) const;
    // Every user, by name.
    StoreResult<QList<User>> list() const;
    // The stored "pbkdf2-sha256$..." text; NotFound for an unknown name.
    StoreResult<QString> passwordHash(const QString &name) const;

    // Inserts a user (id and createdAt filled in). AlreadyExists when the name is taken.
    StoreStatus insert(User &user, const QString &passwordHash) const;
    StoreStatus setRole(const QString &name, Role role) const;
    StoreStatus setDisabled(const QString &name, bool disabled) const;
    // Also clears the failure count and any lock.
    StoreStatus setPasswordHash(const QString &name, const QString &passwordHash) const;
    // Records the failure count and lock (invalid `lockedUntil`: not locked).
    StoreStatus setFailures(const QString &name, int failedAttempts, const QDateTime &lockedUntil) const;
    // Records who granted a role that waits for confirmation, and when (invalid `at`: none waits); clears
    // any earlier confirmation.
    StoreStatus setGrant(const QString &name, const QDateTime &at, const QString &by) const;
    StoreStatus setConfirmedBy(const QString &name, const QString &by) const;

private:
    static QString columns();
    static User fromQuery(const QSqlQuery &query);
    StoreStatus update(const QString &name, const QString &assignments, const QVariantList &values,
                       const QString &what) const;

    const Database &m_database;
};
