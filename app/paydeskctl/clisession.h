#pragma once

#include "clisignin.h"
#include "command.h"

#include "domain/merchantprofile.h"
#include "services/paymentservice.h"
#include "store/storeresult.h"

#include <QNetworkAccessManager>

#include <memory>

class AuditHeadMemory;
class AuditLog;
class AuthService;
class RefundGate;
class Database;
class AuditKeyProvider;
class SecretSource;

// paydeskctl's composition root for commands that work on a database: opens it (never creating it), loads
// the profile, the audit log and, on demand, the payment service with secrets from the environment.
class CliSession final
{
public:
    // Null after printing why ("paydeskctl COMMAND: ...") and setting *exitCode.
    static std::unique_ptr<CliSession> open(CommandContext &context, const QString &command, int *exitCode);
    // open() and then require(permission): null after printing why and setting *exitCode.
    static std::unique_ptr<CliSession> open(CommandContext &context, const QString &command,
                                            Permission permission, int *exitCode);
    ~CliSession();
    Q_DISABLE_COPY_MOVE(CliSession)

    const Database &database() const { return *m_database; }
    const MerchantProfile &profile() const { return m_profile; }
    AuditLog &audit() const { return *m_audit; }
    // Who acts: the signed-in user (CliSignIn), or PAYDESK_USER / "paydeskctl" while the database has no
    // users.
    QString userName() const { return m_identity.userName; }
    const CliIdentity &identity() const { return m_identity; }
    const AuthService &auth() const { return *m_auth; }
    // Refund requests and their reservations; the payment service uses it once users exist.
    const RefundGate &refundGate() const { return *m_gate; }
    // False (after printing and auditing the refusal, *exitCode 1) when the signed-in user lacks
    // `permission`.
    bool require(CommandContext &context, Permission permission, const QString &command, int *exitCode) const;
    static QString actingUser();

    PaymentService &payments();
    // Runs the job's event loop until it has finished and returns its result.
    static PaymentResult wait(PaymentJob *job);

private:
    CliSession() = default;

    std::unique_ptr<Database> m_database;
    MerchantProfile m_profile;
    std::unique_ptr<AuditKeyProvider> m_keys;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<AuditHeadMemory> m_heads;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<RefundGate> m_gate;
    CliIdentity m_identity;
    bool m_trusted = false; // passed the integrity checks: its head may be remembered
    std::unique_ptr<SecretSource> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApsClient> m_client;
    std::unique_ptr<PaymentService> m_payments;
};

// One line for a payment result: what happened, APS's code, and the order's totals after it.
QString describePaymentResult(const PaymentResult &result);
