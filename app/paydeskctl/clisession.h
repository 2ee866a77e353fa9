#pragma once

#include "clisignin.h"
#include "command.h"

#include "domain/merchantprofile.h"
#include "services/paymentservice.h"
#include "store/storeresult.h"

#include <functional>
#include <memory>

class AuditLog;
class AuthService;
class DeskServices;
class RefundGate;
class Database;

// paydeskctl's session for commands that work on a database: opens it (never creating it) and composes the
// desk over it (DeskServices: the profile, the audit log and, on demand, the services, secrets from the
// environment), then signs in (CliSignIn).
class CliSession final
{
public:
    // Null after printing why ("paydeskctl COMMAND: ...") and setting *exitCode.
    static std::unique_ptr<CliSession> open(CommandContext &context, const QString &command, int *exitCode);
    // open() and then require(permission): null after printing why and setting *exitCode.
    static std::unique_ptr<CliSession> open(CommandContext &context, const QString &command,
                                            Permission permission, int *exitCode);
    // open() and then `act` on the session, returning what it returns; open()'s exit code when it fails.
    static int run(CommandContext &context, const QString &command,
                   const std::function<int(CliSession &session)> &act);
    ~CliSession();
    Q_DISABLE_COPY_MOVE(CliSession)

    DeskServices &services() const { return *m_desk; }
    const Database &database() const;
    const MerchantProfile &profile() const;
    AuditLog &audit() const;
    // Who acts: the signed-in user (CliSignIn), or PAYDESK_USER / "paydeskctl" while the database has no
    // users.
    QString userName() const { return m_identity.userName; }
    const CliIdentity &identity() const { return m_identity; }
    const AuthService &auth() const;
    // Refund requests and their reservations; the payment service uses it once users exist.
    const RefundGate &refundGate() const;
    // False (after printing and auditing the refusal, *exitCode 1) when the signed-in user lacks
    // `permission`.
    bool require(CommandContext &context, Permission permission, const QString &command, int *exitCode) const;
    static QString actingUser();

    PaymentService &payments();
    // Runs the job's event loop until it has finished and returns its result.
    static PaymentResult wait(PaymentJob *job);

private:
    CliSession() = default;

    std::unique_ptr<DeskServices> m_desk;
    CliIdentity m_identity;
    bool m_trusted = false; // passed the integrity checks: its head may be remembered
};

// One line for a payment result: what happened, APS's code, and the order's totals after it.
QString describePaymentResult(const PaymentResult &result);
