#include "authservice.h"

#include "domain/passwordhash.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/userrepository.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

// Compared against when the name is unknown, so that a wrong name costs as long as a wrong password and the
// time taken does not tell which names exist.
const QString &dummyHash()
{
    static const QString hash = PasswordHash::create(QStringLiteral("paydesk-no-such-user"));
    return hash;
}

AuthStatus fromStore(const StoreStatus &status)
{
    if (status.ok())
        return {};
    switch (status.error) {
    case StoreError::NotFound:
        return AuthStatus::failure(AuthError::NotFound, status.message);
    case StoreError::AlreadyExists:
        return AuthStatus::failure(AuthError::AlreadyExists, status.message);
    default:
        return AuthStatus::failure(AuthError::Store, status.message);
    }
}

} // namespace

AuthService::AuthService(const Database &database, const AuditLog &audit, Clock clock)
    : m_database(database)
    , m_audit(audit)
    , m_clock(std::move(clock))
    , m_users(std::make_unique<UserRepository>(database))
{
    if (!m_clock)
        m_clock = [] {
            return QDateTime::currentDateTimeUtc();
        };
}

AuthService::~AuthService() = default;

bool AuthService::isValidUserName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

std::chrono::milliseconds AuthService::delayAfter(int failedAttempts)
{
    if (failedAttempts <= 0)
        return std::chrono::milliseconds(0);
    const int shift = std::min(failedAttempts - 1, 3);
    return std::chrono::milliseconds(1000LL << shift);
}

StoreResult<bool> AuthService::hasUsers() const
{
    const auto count = m_users->count();
    if (!count.ok())
        return StoreResult<bool>(count.status());
    return *count > 0;
}

StoreResult<QList<User>> AuthService::users() const
{
    return m_users->list();
}

StoreResult<User> AuthService::user(const QString &name) const
{
    return m_users->findByName(name);
}

StoreStatus AuthService::audit(const QString &user, const QString &action, const QString &outcome,
                               const QString &details) const
{
    return m_audit.append(user, action, outcome, QString(), details).status();
}

SignInResult AuthService::signIn(const QString &name, const QString &password) const
{
    SignInResult result;
    const QDateTime at = now();
    const StoreStatus written = m_database.withWriteTransaction([&]() -> StoreStatus {
        auto found = m_users->findByName(name);
        if (!found.ok() && found.error != StoreError::NotFound)
            return found.status();
        if (!found.ok()) {
            PasswordHash::verify(password, dummyHash());
            result.status = SignInStatus::WrongPassword;
            result.failedAttempts = 1;
            result.retryDelay = delayAfter(1);
            result.message = QStringLiteral("wrong user name or password");
            return audit(name, QStringLiteral("sign_in"), QStringLiteral("failed"),
                         QStringLiteral("unknown user"));
        }
        User user = *found;
        if (user.disabled) {
            result.status = SignInStatus::Disabled;
            result.retryDelay = delayAfter(1);
            result.message = QStringLiteral("user %1 is disabled").arg(name);
            return audit(name, QStringLiteral("sign_in"), QStringLiteral("refused"),
                         QStringLiteral("disabled"));
        }
        if (user.isLockedAt(at)) {
            result.status = SignInStatus::Locked;
            result.failedAttempts = user.failedAttempts;
            result.lockedUntil = user.lockedUntil;
            result.retryDelay = delayAfter(user.failedAttempts);
            result.message = QStringLiteral("user %1 is locked until %2 after %3 wrong passwords")
                                 .arg(name, user.lockedUntil.toString(Qt::ISODate))
                                 .arg(user.failedAttempts);
            return audit(name, QStringLiteral("sign_in"), QStringLiteral("refused"),
                         QStringLiteral("locked until ") + user.lockedUntil.toString(Qt::ISODate));
        }
        const auto stored = m_users->passwordHash(name);
        if (!stored.ok())
            return stored.status();
        if (!PasswordHash::verify(password, *stored)) {
            // A lock that has run out starts a new count.
            const int failures = (user.lockedUntil.isValid() ? 0 : user.failedAttempts) + 1;
            const bool lock = failures >= MaxFailedAttempts;
            const QDateTime lockedUntil =
                lock ? at.addSecs(std::chrono::seconds(LockDuration).count()) : QDateTime();
            if (const StoreStatus s = m_users->setFailures(name, failures, lockedUntil); !s.ok())
                return s;
            result.status = lock ? SignInStatus::Locked : SignInStatus::WrongPassword;
            result.failedAttempts = failures;
            result.lockedUntil = lockedUntil;
            result.retryDelay = delayAfter(failures);
            result.message = lock ? QStringLiteral("wrong password; user %1 is locked until %2")
                                        .arg(name, lockedUntil.toString(Qt::ISODate))
                                  : QStringLiteral("wrong user name or password");
            if (const StoreStatus s = audit(name, QStringLiteral("sign_in"), QStringLiteral("failed"),
                                            QStringLiteral("wrong password (%1 in a row)").arg(failures));
                !s.ok())
                return s;
            if (lock) {
                return audit(name, QStringLiteral("lock"), QStringLiteral("done"),
                             QStringLiteral("locked until ") + lockedUntil.toString(Qt::ISODate));
            }
            return StoreStatus::success();
        }
        if (user.failedAttempts != 0 || user.lockedUntil.isValid()) {
            if (const StoreStatus s = m_users->setFailures(name, 0, QDateTime()); !s.ok())
                return s;
            user.failedAttempts = 0;
            user.lockedUntil = QDateTime();
        }
        if (PasswordHash::needsRehash(*stored)) {
            if (const StoreStatus s = m_users->setPasswordHash(name, PasswordHash::create(password)); !s.ok())
                return s;
        }
        result.status = SignInStatus::SignedIn;
        result.user = user;
        result.message = QStringLiteral("signed in as %1 (%2)").arg(name, roleToken(user.role));
        return audit(name, QStringLiteral("sign_in"), QStringLiteral("succeeded"),
                     QStringLiteral("role ") + roleToken(user.role));
    });
    if (!written.ok()) {
        result = SignInResult();
        result.status = SignInStatus::Store;
        result.message = written.message;
    }
    return result;
}

AuthStatus AuthService::requireAdmin(const QString &actor) const
{
    const AuthorizationDecision decision = authorize(actor, Permission::ManageUsers);
    if (decision.allowed)
        return {};
    return AuthStatus::failure(AuthError::PermissionDenied, decision.reason);
}

AuthStatus AuthService::change(const QString &actor, const QString &action, const QString &details,
                               const std::function<AuthStatus()> &work) const
{
    AuthStatus outcome;
    const StoreStatus written = m_database.withWriteTransaction([&]() -> StoreStatus {
        outcome = work();
        if (!outcome.ok())
            return StoreStatus::failure(StoreError::Invalid, outcome.message); // roll back
        return audit(actor, action, QStringLiteral("done"), details);
    });
    if (!outcome.ok()) {
        // The refusal is recorded on its own, after the refused change was rolled back.
        audit(actor, action, QStringLiteral("refused"), details + QStringLiteral(": ") + outcome.message);
        return outcome;
    }
    if (!written.ok())
        return AuthStatus::failure(AuthError::Store, written.message);
    return outcome;
}

AuthStatus AuthService::addUser(const QString &actor, const QString &name, Role role,
                                const QString &password) const
{
    const QString details = QStringLiteral("user %1, role %2").arg(name, roleToken(role));
    return change(actor, QStringLiteral("user_add"), details, [&]() -> AuthStatus {
        const auto count = m_users->count();
        if (!count.ok())
            return fromStore(count.status());
        if (*count == 0 && role != Role::Admin) {
            return AuthStatus::failure(AuthError::FirstUserMustBeAdmin,
                                       QStringLiteral("the first user must be an admin (--role admin)"));
        }
        if (*count > 0) {
            if (AuthStatus allowed = requireAdmin(actor); !allowed.ok())
                return allowed;
        }
        if (!isValidUserName(name)) {
            return AuthStatus::failure(AuthError::InvalidName,
                                       QStringLiteral("a user name is 1 to 64 letters, digits or . _ - @"));
        }
        if (password.size() < MinimumPasswordLength) {
            return AuthStatus::failure(
                AuthError::WeakPassword,
                QStringLiteral("a password needs at least %1 characters").arg(MinimumPasswordLength));
        }
        User user;
        user.name = name;
        user.role = role;
        user.createdAt = now();
        return fromStore(m_users->insert(user, PasswordHash::create(password)));
    });
}

AuthStatus AuthService::setRole(const QString &actor, const QString &name, Role role) const
{
    return change(actor, QStringLiteral("user_role"),
                  QStringLiteral("user %1, role %2").arg(name, roleToken(role)), [&]() -> AuthStatus {
                      if (AuthStatus allowed = requireAdmin(actor); !allowed.ok())
                          return allowed;
                      const auto target = m_users->findByName(name);
                      if (!target.ok())
                          return fromStore(target.status());
                      if (target->role == Role::Admin && role != Role::Admin && !target->disabled) {
                          const auto admins = m_users->countEnabledAdmins();
                          if (!admins.ok())
                              return fromStore(admins.status());
                          if (*admins <= 1) {
                              return AuthStatus::failure(
                                  AuthError::LastAdmin,
                                  QStringLiteral("%1 is the last enabled admin").arg(name));
                          }
                      }
                      return fromStore(m_users->setRole(name, role));
                  });
}

AuthStatus AuthService::setDisabled(const QString &actor, const QString &name, bool disabled) const
{
    return change(actor, disabled ? QStringLiteral("user_disable") : QStringLiteral("user_enable"),
                  QStringLiteral("user ") + name, [&]() -> AuthStatus {
                      if (AuthStatus allowed = requireAdmin(actor); !allowed.ok())
                          return allowed;
                      const auto target = m_users->findByName(name);
                      if (!target.ok())
                          return fromStore(target.status());
                      if (disabled && target->role == Role::Admin && !target->disabled) {
                          const auto admins = m_users->countEnabledAdmins();
                          if (!admins.ok())
                              return fromStore(admins.status());
                          if (*admins <= 1) {
                              return AuthStatus::failure(
                                  AuthError::LastAdmin,
                                  QStringLiteral("%1 is the last enabled admin").arg(name));
                          }
                      }
                      return fromStore(m_users->setDisabled(name, disabled));
                  });
}

AuthStatus AuthService::setPassword(const QString &actor, const QString &name, const QString &password) const
{
    return change(
        actor, QStringLiteral("user_password"), QStringLiteral("user ") + name, [&]() -> AuthStatus {
            if (actor != name) {
                if (AuthStatus allowed = requireAdmin(actor); !allowed.ok())
                    return allowed;
            }
            if (password.size() < MinimumPasswordLength) {
                return AuthStatus::failure(
                    AuthError::WeakPassword,
                    QStringLiteral("a password needs at least %1 characters").arg(MinimumPasswordLength));
            }
            return fromStore(m_users->setPasswordHash(name, PasswordHash::create(password)));
        });
}

AuthStatus AuthService::resetAdmin(const QString &operatorName, const QString &adminName,
                                   const QString &password, QString *resetName) const
{
    QString target = adminName;
    if (target.isEmpty()) {
        const auto all = m_users->list();
        if (!all.ok())
            return fromStore(all.status());
        qint64 oldest = 0;
        for (const User &candidate : *all) {
            if (candidate.role == Role::Admin && (oldest == 0 || candidate.id < oldest)) {
                oldest = candidate.id;
                target = candidate.name;
            }
        }
        if (target.isEmpty())
            return AuthStatus::failure(AuthError::NotFound, QStringLiteral("there is no admin to reset"));
    }
    if (resetName)
        *resetName = target;
    return change(
        operatorName, QStringLiteral("reset_admin"), QStringLiteral("user ") + target, [&]() -> AuthStatus {
            const auto found = m_users->findByName(target);
            if (!found.ok())
                return fromStore(found.status());
            if (found->role != Role::Admin)
                return AuthStatus::failure(AuthError::NotFound,
                                           QStringLiteral("%1 is not an admin").arg(target));
            if (password.size() < MinimumPasswordLength) {
                return AuthStatus::failure(
                    AuthError::WeakPassword,
                    QStringLiteral("a password needs at least %1 characters").arg(MinimumPasswordLength));
            }
            if (AuthStatus s = fromStore(m_users->setDisabled(target, false)); !s.ok())
                return s;
            return fromStore(m_users->setPasswordHash(target, PasswordHash::create(password)));
        });
}

AuthorizationDecision AuthService::authorize(const QString &userName, Permission permission) const
{
    const auto found = m_users->findByName(userName);
    if (!found.ok()) {
        return {false, found.error == StoreError::NotFound
                           ? QStringLiteral("permission denied: no user \"%1\"").arg(userName)
                           : found.message};
    }
    if (found->disabled)
        return {false, QStringLiteral("permission denied: user %1 is disabled").arg(userName)};
    if (found->isLockedAt(now()))
        return {false, QStringLiteral("permission denied: user %1 is locked").arg(userName)};
    if (!PermissionTable::allows(found->role, permission)) {
        return {false, QStringLiteral("permission denied: %1 (%2) may not %3")
                           .arg(userName, roleToken(found->role), permissionToken(permission))};
    }
    return {true, QString()};
}
