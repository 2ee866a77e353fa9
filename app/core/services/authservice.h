#pragma once

#include "domain/clock.h"
#include "domain/user.h"
#include "services/authorizer.h"
#include "store/storeresult.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class AuditHeadMemory;
class AuditLog;
class Database;
class PeopleSeal;
class UserRepository;

enum class SignInStatus {
    SignedIn,
    WrongPassword, // also for an unknown name: the two are not told apart
    Locked,        // too many wrong passwords: SignInResult::lockedUntil
    Disabled,
    // Users, roles, password hashes or approval thresholds were edited outside PayDesk (PeopleSeal), or the
    // audit log is shorter than this machine remembers (AuditHeadMemory): nobody signs in, so no money moves
    // until the database is restored. SignInResult::message names what was found.
    Tampered,
    Store, // the database or the audit log refused; nobody is signed in
};

struct SignInResult
{
    SignInStatus status = SignInStatus::Store;
    std::optional<User> user; // when SignedIn
    int failedAttempts = 0;   // after this attempt
    QDateTime lockedUntil;    // UTC, when Locked (also when this attempt caused the lock)
    // How long the caller should wait before it accepts the next attempt (the window disables its button
    // with a timer, the CLI sleeps): grows with each failure. Zero after a success.
    std::chrono::milliseconds retryDelay{0};
    QString message; // English

    bool ok() const { return status == SignInStatus::SignedIn; }
};

enum class AuthError {
    None,
    PermissionDenied,     // the acting user may not manage users
    LastAdmin,            // would leave no enabled admin
    FirstUserMustBeAdmin, // the first user is always an admin
    WeakPassword,         // shorter than MinimumPasswordLength
    InvalidName,
    AlreadyExists,
    NotFound,
    SameAdmin, // a role grant is confirmed by another admin than the one who granted it
    NothingToConfirm,
    Store,
};

struct AuthStatus
{
    AuthError error = AuthError::None;
    QString message; // English

    bool ok() const { return error == AuthError::None; }
    static AuthStatus failure(AuthError error, QString message) { return {error, std::move(message)}; }
};

// Users, passwords and sign-in (ARCHITECTURE.md section 5), and the Authorizer the services ask.
//
// - Passwords: PasswordHash (PBKDF2-SHA-256, >= 200,000 iterations, random salt, constant-time compare).
// - The first user is an admin and may be added by anyone (there is nobody to ask yet); after that only an
//   admin adds, disables, re-roles users or sets another person's password. Users are never deleted, and no
//   change may leave the database without an enabled admin, so once a user exists users always exist.
// - Sign-in: each wrong password counts; MaxFailedAttempts in a row lock the user for LockDuration (a locked
//   user is refused without the password being checked). retryDelay grows 1 s, 2 s, 4 s ... up to 8 s.
// - Every sign-in, failure, lock, refusal and user change is appended to the audit log in the same write
//   transaction as the change it records; when the audit entry cannot be written, nothing changes.
// - An unknown name takes the same path as a wrong password: one PBKDF2 verification with the same
//   iterations (against a fixed fake hash), one audited failure, the same growing delay and, after
//   MaxFailedAttempts, the same lock (counted from the audit log, as there is no row to count in). Neither
//   the answer nor the time taken tells which names exist.
// - Tamper evidence (PeopleSeal): every change of a user is sealed with the audit key in its transaction.
//   integrity() is checked at every sign-in and authorize(): an edit made outside PayDesk refuses sign-in
//   (SignInStatus::Tampered) and every permission. Once a database had users it never returns to bootstrap.
// - Approvers: a user made an approver by an admin (added as one, or re-roled to one) may not approve
//   refunds or confirm manual reviews until another admin confirms the role (confirmUser) or, while there
//   is only one enabled admin, until ApproverWaitingPeriod has passed since the grant. Both are audited
//   ("user_confirm"). Approvers from before schema 5 count as confirmed.
// Not a QObject; use it from one thread.
class AuthService final : public Authorizer
{
public:
    static constexpr int MaxFailedAttempts = 5;
    static constexpr std::chrono::minutes LockDuration{15};
    static constexpr int MinimumPasswordLength = 8;
    // How long an approver role granted by the only admin waits before it may approve.
    static constexpr std::chrono::hours ApproverWaitingPeriod{24};

    AuthService(const Database &database, const AuditLog &audit, Clock clock = {});
    ~AuthService() override;
    Q_DISABLE_COPY_MOVE(AuthService)

    // False until the first user was added (the bootstrap rule); true ever after, even when every user row
    // was deleted outside PayDesk (sign-in then refuses, saying so).
    StoreResult<bool> hasUsers() const;
    // What was edited outside PayDesk (PeopleSeal::problems(), then the remembered audit head when a
    // memory is set), one sentence each; empty when intact. Seals a database never sealed before, once.
    StoreResult<QStringList> integrity() const;
    // Where the longest audit head seen is remembered; null (the default): not checked.
    void setHeadMemory(const AuditHeadMemory *memory) { m_headMemory = memory; }
    StoreResult<QList<User>> users() const;
    StoreResult<User> user(const QString &name) const;
    // When `name` last signed in successfully (UTC), from the audit log; invalid when never.
    StoreResult<QDateTime> lastSignIn(const QString &name) const;

    SignInResult signIn(const QString &name, const QString &password) const;

    // `actor` is the signed-in user making the change (any name while no user exists).
    AuthStatus addUser(const QString &actor, const QString &name, Role role, const QString &password) const;
    AuthStatus setRole(const QString &actor, const QString &name, Role role) const;
    AuthStatus setDisabled(const QString &actor, const QString &name, bool disabled) const;
    // A user may change their own password; an admin anyone's. Clears a lock.
    AuthStatus setPassword(const QString &actor, const QString &name, const QString &password) const;
    // For a forgotten admin password, by whoever can write the database file on its machine (no sign-in:
    // that is the point). Sets a new password on `adminName`, or on the oldest admin when empty, enables it
    // and clears its lock; *resetName says whom. Audited with `operatorName` (the OS account).
    AuthStatus resetAdmin(const QString &operatorName, const QString &adminName, const QString &password,
                          QString *resetName = nullptr) const;
    // A second admin (not the one who granted it, not the user) confirms an approver role waiting for it.
    AuthStatus confirmUser(const QString &actor, const QString &name) const;

    // Allowed when nothing was edited outside PayDesk, the user exists, is enabled, is not locked, the role
    // has the permission, and for approving an approver's role is confirmed.
    AuthorizationDecision authorize(const QString &userName, Permission permission) const override;

    static bool isValidUserName(const QString &name); // 1-64 of letters, digits and . _ - @
    // 1 s after the first failure, doubling, at most 8 s.
    static std::chrono::milliseconds delayAfter(int failedAttempts);

private:
    QDateTime now() const { return nowUtc(m_clock); }
    StoreStatus audit(const QString &user, const QString &action, const QString &outcome,
                      const QString &details) const;
    // Runs `change` with its audit entry in one write transaction; refusals are audited on their own.
    AuthStatus change(const QString &actor, const QString &action, const QString &details,
                      const std::function<AuthStatus()> &work) const;
    AuthStatus requireAdmin(const QString &actor) const;
    // LastAdmin when taking `target` (user `name`) out of the enabled admins, by another role or by
    // disabling, would leave none.
    AuthStatus keepsAnAdmin(const User &target, const QString &name) const;
    // The answer to a wrong password, the same for a known name and an unknown one: the result (locked after
    // MaxFailedAttempts in a row), the sign_in audit row and, when it locks, the lock row.
    StoreStatus wrongPassword(const QString &name, int failures, const QDateTime &at,
                              SignInResult &result) const;
    SignInResult failUnknownName(const QString &name, const QString &password, const QDateTime &at,
                                 StoreStatus *written) const;
    // The steps of signIn(): records changed outside PayDesk refuse it (true, `result` says why); the write
    // transaction checks the user and the password and records the outcome; the audit head is remembered.
    bool refusedForIntegrity(const QString &name, SignInResult &result) const;
    StoreStatus recordSignIn(const QString &name, const QString &password, const QDateTime &at,
                             SignInResult &result) const;
    StoreStatus refuseUnavailable(const QString &name, const User &user, const QDateTime &at,
                                  SignInResult &result) const;
    // The right password clears the failure count and upgrades an outdated hash.
    StoreStatus refreshAfterRightPassword(const QString &name, const QString &password,
                                          const QString &storedHash, User &user) const;
    // An approver granted by the only admin becomes effective after ApproverWaitingPeriod.
    StoreStatus confirmAfterWaitingPeriod(const QString &name, const QDateTime &at, User &user) const;
    void rememberAuditHead() const;
    // Seals `name`'s row; records the grant when `role` waits for confirmation.
    AuthStatus sealChange(const QString &name) const;
    StoreResult<qint64> enabledAdmins() const;

    const Database &m_database;
    const AuditLog &m_audit;
    Clock m_clock;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<PeopleSeal> m_seal;
    const AuditHeadMemory *m_headMemory = nullptr;
};
