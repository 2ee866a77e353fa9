#include "authservice.h"

#include "domain/passwordhash.h"
#include "store/auditheadmemory.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/peopleseal.h"
#include "store/userrepository.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace {

// Verified against when the name is unknown, so that a wrong name costs one PBKDF2 run with the same
// iterations as a wrong password. Fixed text rather than PasswordHash::create(): creating it would cost a
// second derivation on the first unknown name of every process (every paydeskctl command). No password
// matches it: it is not the hash of anything.
const QString &fakeHash()
{
    static const QString hash = QStringLiteral("pbkdf2-sha256$%1$cGF5ZGVzay1uby1zdWNoLXVzZXI=$"
                                               "3q2+796tvu/erb7v3q2+796tvu/erb7v3q2+796tvu8=")
                                    .arg(PasswordHash::DefaultIterations);
    return hash;
}

const QString LockedUntilPrefix = QStringLiteral("locked until ");

bool approves(Permission permission)
{
    return permission == Permission::ApproveRefund || permission == Permission::ConfirmResolution;
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
    , m_seal(std::make_unique<PeopleSeal>(database, audit))
{}

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
    return m_seal->usersEverExisted();
}

StoreResult<QStringList> AuthService::integrity() const
{
    if (const auto sealed = m_seal->sealOnce(QStringLiteral("paydesk")); !sealed.ok())
        return StoreResult<QStringList>(sealed.status());
    auto problems = m_seal->problems();
    if (!problems.ok() || !m_headMemory)
        return problems;
    const auto head = m_headMemory->check(m_database, m_audit);
    if (!head.ok())
        return StoreResult<QStringList>(head.status());
    if (!head->isEmpty())
        problems->append(*head);
    return problems;
}

StoreResult<qint64> AuthService::enabledAdmins() const
{
    return m_users->countEnabledAdmins();
}

StoreResult<QList<User>> AuthService::users() const
{
    return m_users->list();
}

StoreResult<User> AuthService::user(const QString &name) const
{
    return m_users->findByName(name);
}

StoreResult<QDateTime> AuthService::lastSignIn(const QString &name) const
{
    // The audit log is the record of sign-ins (the users table keeps no history); audit_by_user serves it.
    QSqlQuery last(m_database.connection());
    last.prepare(QStringLiteral("SELECT at FROM audit_log WHERE user_name = ? AND action = 'sign_in' AND "
                                "outcome = 'succeeded' ORDER BY id DESC LIMIT 1"));
    last.addBindValue(name);
    if (!last.exec())
        return Database::sqlFailure(last, QStringLiteral("reading the audit log"));
    if (!last.next())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(last.value(0).toLongLong(), Qt::UTC);
}

StoreStatus AuthService::audit(const QString &user, const QString &action, const QString &outcome,
                               const QString &details) const
{
    return m_audit.append(user, action, outcome, QString(), details).status();
}

SignInResult AuthService::failUnknownName(const QString &name, const QString &password, const QDateTime &at,
                                          StoreStatus *written) const
{
    // The same answers, audit rows and delays as for a known name with a wrong password; the count lives in
    // the audit log (sign-in failures since the name's last lock), as there is no user row to keep it.
    SignInResult result;
    QSqlQuery last(m_database.connection());
    last.prepare(QStringLiteral("SELECT id, details FROM audit_log WHERE user_name = ? AND action = 'lock' "
                                "ORDER BY id DESC LIMIT 1"));
    last.addBindValue(name);
    if (!last.exec()) {
        *written = Database::sqlFailure(last, QStringLiteral("reading the audit log"));
        return result;
    }
    qint64 lockRow = 0;
    QDateTime lockedUntil;
    if (last.next()) {
        lockRow = last.value(0).toLongLong();
        const QString details = last.value(1).toString();
        if (details.startsWith(LockedUntilPrefix))
            lockedUntil = QDateTime::fromString(details.mid(LockedUntilPrefix.size()), Qt::ISODate);
    }
    QSqlQuery count(m_database.connection());
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE user_name = ? AND id > ? AND "
                                 "action = 'sign_in' AND outcome = 'failed'"));
    count.addBindValue(name);
    count.addBindValue(lockRow);
    if (!count.exec() || !count.next()) {
        *written = Database::sqlFailure(count, QStringLiteral("reading the audit log"));
        return result;
    }
    const int failedSinceLock = count.value(0).toInt();
    if (lockedUntil.isValid() && at < lockedUntil) {
        result.status = SignInStatus::Locked;
        result.failedAttempts = MaxFailedAttempts;
        result.lockedUntil = lockedUntil;
        result.retryDelay = delayAfter(MaxFailedAttempts);
        result.message = QStringLiteral("user %1 is locked until %2 after %3 wrong passwords")
                             .arg(name, lockedUntil.toString(Qt::ISODate))
                             .arg(MaxFailedAttempts);
        *written = audit(name, QStringLiteral("sign_in"), QStringLiteral("refused"),
                         LockedUntilPrefix + lockedUntil.toString(Qt::ISODate));
        return result;
    }
    PasswordHash::verify(password, fakeHash());
    *written = wrongPassword(name, failedSinceLock + 1, at, result);
    return result;
}

StoreStatus AuthService::wrongPassword(const QString &name, int failures, const QDateTime &at,
                                       SignInResult &result) const
{
    const bool lock = failures >= MaxFailedAttempts;
    const QDateTime until = lock ? at.addSecs(std::chrono::seconds(LockDuration).count()) : QDateTime();
    result.status = lock ? SignInStatus::Locked : SignInStatus::WrongPassword;
    result.failedAttempts = failures;
    result.lockedUntil = until;
    result.retryDelay = delayAfter(failures);
    result.message = lock ? QStringLiteral("wrong password; user %1 is locked until %2")
                                .arg(name, until.toString(Qt::ISODate))
                          : QStringLiteral("wrong user name or password");
    if (const StoreStatus s = audit(name, QStringLiteral("sign_in"), QStringLiteral("failed"),
                                    QStringLiteral("wrong password (%1 in a row)").arg(failures));
        !s.ok() || !lock)
        return s;
    return audit(name, QStringLiteral("lock"), QStringLiteral("done"),
                 LockedUntilPrefix + until.toString(Qt::ISODate));
}

SignInResult AuthService::signIn(const QString &name, const QString &password) const
{
    SignInResult result;
    const QDateTime at = now();
    if (refusedForIntegrity(name, result))
        return result;
    const StoreStatus written =
        m_database.withWriteTransaction([&] { return recordSignIn(name, password, at, result); });
    if (!written.ok()) {
        result = SignInResult();
        result.status = SignInStatus::Store;
        result.message = written.message;
    } else {
        rememberAuditHead();
    }
    return result;
}

bool AuthService::refusedForIntegrity(const QString &name, SignInResult &result) const
{
    const auto problems = integrity();
    if (!problems.ok()) {
        result.status = SignInStatus::Store;
        result.message = problems.message;
        return true;
    }
    if (problems->isEmpty())
        return false;
    result.status = SignInStatus::Tampered;
    result.message =
        QStringLiteral(
            "PayDesk's records were changed outside PayDesk: %1. Money "
            "actions stay blocked; restore a backup you trust (paydeskctl restore FILE, signed in as an "
            "admin of that backup)")
            .arg(problems->join(QStringLiteral("; ")));
    audit(name, QStringLiteral("sign_in"), QStringLiteral("refused"), problems->join(QStringLiteral("; ")));
    return true;
}

StoreStatus AuthService::recordSignIn(const QString &name, const QString &password, const QDateTime &at,
                                      SignInResult &result) const
{
    auto found = m_users->findByName(name);
    if (!found.ok() && found.error != StoreError::NotFound)
        return found.status();
    if (!found.ok()) {
        StoreStatus status;
        result = failUnknownName(name, password, at, &status);
        return status;
    }
    User user = *found;
    if (user.disabled || user.isLockedAt(at))
        return refuseUnavailable(name, user, at, result);
    const auto stored = m_users->passwordHash(name);
    if (!stored.ok())
        return stored.status();
    if (!PasswordHash::verify(password, *stored)) {
        // A lock that has run out starts a new count.
        const int failures = (user.lockedUntil.isValid() ? 0 : user.failedAttempts) + 1;
        if (const StoreStatus s = wrongPassword(name, failures, at, result); !s.ok())
            return s;
        return m_users->setFailures(name, failures, result.lockedUntil);
    }
    if (const StoreStatus s = refreshAfterRightPassword(name, password, *stored, user); !s.ok())
        return s;
    if (const StoreStatus s = confirmAfterWaitingPeriod(name, at, user); !s.ok())
        return s;
    result.status = SignInStatus::SignedIn;
    result.user = user;
    result.message = QStringLiteral("signed in as %1 (%2)").arg(name, roleToken(user.role));
    return audit(name, QStringLiteral("sign_in"), QStringLiteral("succeeded"),
                 QStringLiteral("role ") + roleToken(user.role));
}

StoreStatus AuthService::refuseUnavailable(const QString &name, const User &user, const QDateTime &at,
                                           SignInResult &result) const
{
    if (user.disabled) {
        result.status = SignInStatus::Disabled;
        result.retryDelay = delayAfter(1);
        result.message = QStringLiteral("user %1 is disabled").arg(name);
        return audit(name, QStringLiteral("sign_in"), QStringLiteral("refused"), QStringLiteral("disabled"));
    }
    Q_ASSERT(user.isLockedAt(at));
    result.status = SignInStatus::Locked;
    result.failedAttempts = user.failedAttempts;
    result.lockedUntil = user.lockedUntil;
    result.retryDelay = delayAfter(user.failedAttempts);
    result.message = QStringLiteral("user %1 is locked until %2 after %3 wrong passwords")
                         .arg(name, user.lockedUntil.toString(Qt::ISODate))
                         .arg(user.failedAttempts);
    return audit(name, QStringLiteral("sign_in"), QStringLiteral("refused"),
                 LockedUntilPrefix + user.lockedUntil.toString(Qt::ISODate));
}

StoreStatus AuthService::refreshAfterRightPassword(const QString &name, const QString &password,
                                                   const QString &storedHash, User &user) const
{
    if (user.failedAttempts != 0 || user.lockedUntil.isValid()) {
        if (const StoreStatus s = m_users->setFailures(name, 0, QDateTime()); !s.ok())
            return s;
        user.failedAttempts = 0;
        user.lockedUntil = QDateTime();
    }
    if (!PasswordHash::needsRehash(storedHash))
        return StoreStatus::success();
    if (const StoreStatus s = m_users->setPasswordHash(name, PasswordHash::create(password)); !s.ok())
        return s;
    return m_seal->sealUser(name);
}

StoreStatus AuthService::confirmAfterWaitingPeriod(const QString &name, const QDateTime &at, User &user) const
{
    if (!user.awaitsConfirmation() ||
        at < user.grantedAt.addSecs(std::chrono::seconds(ApproverWaitingPeriod).count()))
        return StoreStatus::success();
    const auto admins = enabledAdmins();
    if (!admins.ok())
        return admins.status();
    if (*admins > 1)
        return StoreStatus::success();
    const QString by = QStringLiteral("waiting period");
    if (const StoreStatus s = m_users->setConfirmedBy(name, by); !s.ok())
        return s;
    if (const StoreStatus s = m_seal->sealUser(name); !s.ok())
        return s;
    user.confirmedBy = by;
    return audit(
        name, QStringLiteral("user_confirm"), QStringLiteral("done"),
        QStringLiteral("user %1: approver role effective after the waiting period of %2 h (one admin)")
            .arg(name)
            .arg(ApproverWaitingPeriod.count()));
}

void AuthService::rememberAuditHead() const
{
    if (!m_headMemory)
        return;
    // The rows this sign-in added are part of what this machine has seen.
    if (const auto identity = AuditHeadMemory::databaseIdentity(m_database); identity.ok()) {
        if (const auto head = m_audit.head(); head.ok())
            m_headMemory->remember(*identity, *head);
    }
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
        // Not the count of rows: a database whose users were deleted outside PayDesk is not a new one.
        const auto had = m_seal->usersEverExisted();
        if (!had.ok())
            return fromStore(had.status());
        const bool first = !*had;
        if (first && role != Role::Admin) {
            return AuthStatus::failure(AuthError::FirstUserMustBeAdmin,
                                       QStringLiteral("the first user must be an admin (--role admin)"));
        }
        if (!first) {
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
        // The first user is the admin nobody could confirm; every approver after it waits.
        if (!first && role == Role::Approver) {
            user.grantedAt = user.createdAt;
            user.grantedBy = actor;
        }
        if (AuthStatus s = fromStore(m_users->insert(user, PasswordHash::create(password))); !s.ok())
            return s;
        return sealChange(name);
    });
}

AuthStatus AuthService::keepsAnAdmin(const User &target, const QString &name) const
{
    if (target.role != Role::Admin || target.disabled)
        return {};
    const auto admins = m_users->countEnabledAdmins();
    if (!admins.ok())
        return fromStore(admins.status());
    if (*admins <= 1)
        return AuthStatus::failure(AuthError::LastAdmin,
                                   QStringLiteral("%1 is the last enabled admin").arg(name));
    return {};
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
                      if (role != Role::Admin) {
                          if (AuthStatus kept = keepsAnAdmin(*target, name); !kept.ok())
                              return kept;
                      }
                      if (AuthStatus s = fromStore(m_users->setRole(name, role)); !s.ok())
                          return s;
                      if (role == Role::Approver && target->role != Role::Approver) {
                          if (AuthStatus s = fromStore(m_users->setGrant(name, now(), actor)); !s.ok())
                              return s;
                      } else if (role != Role::Approver && target->grantedAt.isValid()) {
                          if (AuthStatus s = fromStore(m_users->setGrant(name, QDateTime(), QString()));
                              !s.ok())
                              return s;
                      }
                      return sealChange(name);
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
                      if (disabled) {
                          if (AuthStatus kept = keepsAnAdmin(*target, name); !kept.ok())
                              return kept;
                      }
                      if (AuthStatus s = fromStore(m_users->setDisabled(name, disabled)); !s.ok())
                          return s;
                      return sealChange(name);
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
            if (AuthStatus s = fromStore(m_users->setPasswordHash(name, PasswordHash::create(password)));
                !s.ok())
                return s;
            return sealChange(name);
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
    // A database from before schema 5 is sealed as found before the reset checks the seals.
    if (const auto sealed = m_seal->sealOnce(operatorName); !sealed.ok())
        return fromStore(sealed.status());
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
            // The reset seals the admin's row anew: it must not seal an edit made outside PayDesk with it.
            const auto problems = m_seal->problems();
            if (!problems.ok())
                return fromStore(problems.status());
            if (!problems->isEmpty()) {
                return AuthStatus::failure(
                    AuthError::Store,
                    QStringLiteral("PayDesk's records were changed outside PayDesk: %1; restore a backup "
                                   "you trust")
                        .arg(problems->join(QStringLiteral("; "))));
            }
            if (AuthStatus s = fromStore(m_users->setDisabled(target, false)); !s.ok())
                return s;
            if (AuthStatus s = fromStore(m_users->setPasswordHash(target, PasswordHash::create(password)));
                !s.ok())
                return s;
            return sealChange(target);
        });
}

AuthStatus AuthService::confirmUser(const QString &actor, const QString &name) const
{
    return change(actor, QStringLiteral("user_confirm"), QStringLiteral("user %1: approver role").arg(name),
                  [&]() -> AuthStatus {
                      if (AuthStatus allowed = requireAdmin(actor); !allowed.ok())
                          return allowed;
                      const auto target = m_users->findByName(name);
                      if (!target.ok())
                          return fromStore(target.status());
                      if (target->role != Role::Approver || !target->awaitsConfirmation()) {
                          return AuthStatus::failure(
                              AuthError::NothingToConfirm,
                              QStringLiteral("%1 has no approver role waiting for confirmation").arg(name));
                      }
                      if (actor == target->grantedBy || actor == name) {
                          return AuthStatus::failure(
                              AuthError::SameAdmin,
                              QStringLiteral("%1 granted this role: another admin confirms it").arg(actor));
                      }
                      if (AuthStatus s = fromStore(m_users->setConfirmedBy(name, actor)); !s.ok())
                          return s;
                      return sealChange(name);
                  });
}

AuthStatus AuthService::sealChange(const QString &name) const
{
    return fromStore(m_seal->sealUser(name));
}

AuthorizationDecision AuthService::authorize(const QString &userName, Permission permission) const
{
    // Checked on every request, not only at sign-in: a desk may stay signed in while the file is edited.
    // A database never sealed (from before schema 5) is sealed as found, once, before its first check.
    if (const auto sealed = m_seal->sealOnce(QStringLiteral("paydesk")); !sealed.ok())
        return {false, sealed.message};
    const auto problems = m_seal->problems();
    if (!problems.ok())
        return {false, problems.message};
    if (!problems->isEmpty()) {
        return {false, QStringLiteral("permission denied: PayDesk's records were changed outside PayDesk: ") +
                           problems->join(QStringLiteral("; "))};
    }
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
    if (approves(permission) && found->awaitsConfirmation()) {
        const QDateTime until = found->grantedAt.addSecs(std::chrono::seconds(ApproverWaitingPeriod).count());
        const auto admins = enabledAdmins();
        if (!admins.ok())
            return {false, admins.message};
        if (*admins > 1 || now() < until) {
            QString reason =
                QStringLiteral("permission denied: the approver role of %1 (granted by %2) waits "
                               "for another admin to confirm it (paydeskctl users confirm %1)")
                    .arg(userName, found->grantedBy);
            if (*admins <= 1)
                reason += QStringLiteral(" or until %1").arg(until.toString(Qt::ISODate));
            return {false, reason, AuthorizationDecision::Refusal::AwaitsConfirmation};
        }
    }
    return {true, QString()};
}
