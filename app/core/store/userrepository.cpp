#include "userrepository.h"

#include "store/database.h"
#include "store/sqlvalue.h"

#include <QSqlError>
#include <QSqlQuery>

UserRepository::UserRepository(const Database &database)
    : m_database(database)
{}

QString UserRepository::columns()
{
    return QStringLiteral("id, name, role, disabled, failed_attempts, locked_until, created_at, granted_at, "
                          "granted_by, confirmed_by");
}

User UserRepository::fromQuery(const QSqlQuery &query)
{
    User user;
    user.id = query.value(0).toLongLong();
    user.name = query.value(1).toString();
    user.role = roleFromToken(query.value(2).toString()).value_or(Role::Viewer);
    user.disabled = query.value(3).toBool();
    user.failedAttempts = query.value(4).toInt();
    user.lockedUntil = fromMs(query.value(5));
    user.createdAt = fromMs(query.value(6));
    user.grantedAt = fromMs(query.value(7));
    user.grantedBy = query.value(8).toString();
    user.confirmedBy = query.value(9).toString();
    return user;
}

StoreResult<qint64> UserRepository::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM users")) || !query.next())
        return StoreResult<qint64>(Database::sqlFailure(query, QStringLiteral("counting users")));
    return query.value(0).toLongLong();
}

StoreResult<qint64> UserRepository::countEnabledAdmins() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = 0")) ||
        !query.next())
        return StoreResult<qint64>(Database::sqlFailure(query, QStringLiteral("counting admins")));
    return query.value(0).toLongLong();
}

StoreResult<User> UserRepository::findByName(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM users WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return StoreResult<User>(Database::sqlFailure(query, QStringLiteral("reading user ") + name));
    if (!query.next())
        return StoreResult<User>::failure(StoreError::NotFound, QStringLiteral("no user \"%1\"").arg(name));
    return fromQuery(query);
}

StoreResult<QList<User>> UserRepository::list() const
{
    return selectAll<User>(
        m_database, QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM users ORDER BY name"), {},
        fromQuery, QStringLiteral("listing users"));
}

StoreResult<QString> UserRepository::passwordHash(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT password_hash FROM users WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return StoreResult<QString>(Database::sqlFailure(query, QStringLiteral("reading user ") + name));
    if (!query.next())
        return StoreResult<QString>::failure(StoreError::NotFound,
                                             QStringLiteral("no user \"%1\"").arg(name));
    return query.value(0).toString();
}

StoreStatus UserRepository::insert(User &user, const QString &passwordHash) const
{
    if (findByName(user.name).ok())
        return StoreStatus::failure(StoreError::AlreadyExists,
                                    QStringLiteral("a user \"%1\" already exists").arg(user.name));
    if (!user.createdAt.isValid())
        user.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO users (name, role, password_hash, disabled, failed_attempts, "
                                 "locked_until, created_at, granted_at, granted_by, confirmed_by) "
                                 "VALUES (?, ?, ?, ?, 0, NULL, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(user.name);
    query.addBindValue(roleToken(user.role));
    query.addBindValue(passwordHash);
    query.addBindValue(user.disabled ? 1 : 0);
    query.addBindValue(user.createdAt.toMSecsSinceEpoch());
    query.addBindValue(msOrNull(user.grantedAt));
    query.addBindValue(notNull(user.grantedBy));
    query.addBindValue(notNull(user.confirmedBy));
    if (!query.exec())
        return Database::sqlFailure(query, QStringLiteral("adding user ") + user.name);
    user.id = returnedId(query);
    user.failedAttempts = 0;
    user.lockedUntil = QDateTime();
    return StoreStatus::success();
}

StoreStatus UserRepository::update(const QString &name, const QString &assignments,
                                   const QVariantList &values, const QString &what) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE users SET ") + assignments + QStringLiteral(" WHERE name = ?"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(name);
    if (!query.exec())
        return Database::sqlFailure(query, what + QLatin1Char(' ') + name);
    if (query.numRowsAffected() == 0)
        return StoreStatus::failure(StoreError::NotFound, QStringLiteral("no user \"%1\"").arg(name));
    return StoreStatus::success();
}

StoreStatus UserRepository::setRole(const QString &name, Role role) const
{
    return update(name, QStringLiteral("role = ?"), {roleToken(role)},
                  QStringLiteral("changing the role of"));
}

StoreStatus UserRepository::setDisabled(const QString &name, bool disabled) const
{
    return update(name, QStringLiteral("disabled = ?"), {disabled ? 1 : 0}, QStringLiteral("disabling"));
}

StoreStatus UserRepository::setPasswordHash(const QString &name, const QString &passwordHash) const
{
    return update(name, QStringLiteral("password_hash = ?, failed_attempts = 0, locked_until = NULL"),
                  {passwordHash}, QStringLiteral("setting the password of"));
}

StoreStatus UserRepository::setFailures(const QString &name, int failedAttempts,
                                        const QDateTime &lockedUntil) const
{
    return update(name, QStringLiteral("failed_attempts = ?, locked_until = ?"),
                  {failedAttempts, msOrNull(lockedUntil)}, QStringLiteral("recording a sign-in of"));
}

StoreStatus UserRepository::setGrant(const QString &name, const QDateTime &at, const QString &by) const
{
    return update(name, QStringLiteral("granted_at = ?, granted_by = ?, confirmed_by = ''"),
                  {msOrNull(at), notNull(by)}, QStringLiteral("recording the role grant of"));
}

StoreStatus UserRepository::setConfirmedBy(const QString &name, const QString &by) const
{
    return update(name, QStringLiteral("confirmed_by = ?"), {notNull(by)}, QStringLiteral("confirming"));
}
