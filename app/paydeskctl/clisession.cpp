#include "clisession.h"

#include "services/authservice.h"
#include "services/refundgate.h"
#include "services/secretsource.h"
#include "store/auditheadmemory.h"
#include "store/auditkeyprovider.h"
#include "store/auditkeystore.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/profilerepository.h"

#include <QEventLoop>

std::unique_ptr<CliSession> CliSession::open(CommandContext &context, const QString &command, int *exitCode)
{
    const auto fail = [&](const StoreStatus &status) -> std::unique_ptr<CliSession> {
        context.err << "paydeskctl " << command << ": " << status.message << '\n';
        *exitCode = exitCodeOf(status.error);
        return nullptr;
    };
    auto opened = Database::open(context.databasePath);
    if (!opened.ok())
        return fail(opened.status());
    std::unique_ptr<CliSession> session(new CliSession);
    session->m_database = std::move(*opened);
    auto profile = ProfileRepository(*session->m_database).loadOrDefault(context.profileName);
    if (!profile.ok())
        return fail(profile.status());
    session->m_profile = *profile;
    auto keys = AuditKeyStore::forDatabase(*session->m_database);
    if (!keys.ok())
        return fail(keys.status());
    session->m_keys = std::move(keys->provider);
    session->m_audit = std::make_unique<AuditLog>(*session->m_database, *session->m_keys);
    session->m_heads = std::make_unique<AuditHeadMemory>();
    session->m_auth = std::make_unique<AuthService>(*session->m_database, *session->m_audit);
    session->m_auth->setHeadMemory(session->m_heads.get());
    session->m_gate =
        std::make_unique<RefundGate>(*session->m_database, session->m_audit.get(), session->m_profile.name);
    const auto identity = CliSignIn::signIn(context, *session->m_auth, command, exitCode);
    if (!identity)
        return nullptr;
    session->m_identity = *identity;
    session->m_trusted = true;
    return session;
}

std::unique_ptr<CliSession> CliSession::open(CommandContext &context, const QString &command,
                                             Permission permission, int *exitCode)
{
    auto session = open(context, command, exitCode);
    if (!session || !session->require(context, permission, command, exitCode))
        return nullptr;
    return session;
}

CliSession::~CliSession()
{
    // The service and its network objects go before the database they use.
    m_payments.reset();
    m_client.reset();
    m_network.reset();
    // What this command appended is part of what this machine has seen.
    if (m_trusted) {
        const auto identity = AuditHeadMemory::databaseIdentity(*m_database);
        const auto head = m_audit->head();
        if (identity.ok() && head.ok())
            m_heads->remember(*identity, *head);
    }
}

QString CliSession::actingUser()
{
    const QString user = qEnvironmentVariable("PAYDESK_USER");
    return user.isEmpty() ? QStringLiteral("paydeskctl") : user;
}

PaymentService &CliSession::payments()
{
    if (!m_payments) {
        m_secrets = std::make_unique<EnvironmentSecretSource>();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApsClient>(m_network.get());
        PaymentService::Dependencies deps;
        deps.database = m_database.get();
        deps.client = m_client.get();
        deps.secrets = m_secrets.get();
        deps.audit = m_audit.get();
        deps.profileName = m_profile.name;
        if (m_identity.signedIn) {
            deps.authorizer = m_auth.get();
            deps.refundGate = m_gate.get();
        }
        m_payments = std::make_unique<PaymentService>(deps);
    }
    return *m_payments;
}

bool CliSession::require(CommandContext &context, Permission permission, const QString &command,
                         int *exitCode) const
{
    return CliSignIn::require(context, m_identity, *m_auth, *m_audit, permission, command, exitCode);
}

PaymentResult CliSession::wait(PaymentJob *job)
{
    PaymentResult result;
    QEventLoop loop;
    QObject::connect(job, &PaymentJob::finished, &loop, [&](const PaymentResult &finished) {
        result = finished;
        loop.quit();
    });
    loop.exec();
    return result;
}

QString describePaymentResult(const PaymentResult &result)
{
    QString line = result.merchantReference + QStringLiteral(": ") + paymentStatusToken(result.status);
    if (result.amount.isValid() && result.action != TransactionRules::Action::CheckStatus &&
        result.action != TransactionRules::Action::Void)
        line += QLatin1Char(' ') + actionToken(result.action) + QLatin1Char(' ') +
                result.amount.toPlainString() + QLatin1Char(' ') + result.amount.currency().code();
    if (result.problem != PaymentProblem::None)
        line += QStringLiteral(" (") + paymentProblemToken(result.problem) + QLatin1Char(')');
    if (!result.detail.isEmpty())
        line += QStringLiteral(": ") + result.detail;
    if (result.operationId > 0)
        line += QStringLiteral(" [operation %1]").arg(result.operationId);
    if (const auto &tx = result.transaction) {
        const QString code = tx->currency.code();
        line += QStringLiteral("\n  authorized %1 %4, captured %2 %4, refunded %3 %4")
                    .arg(tx->authorizedMoney().toPlainString(), tx->capturedMoney().toPlainString(),
                         tx->refundedMoney().toPlainString(), code);
        if (tx->voided)
            line += QStringLiteral(", voided");
        if (tx->unresolved)
            line += QStringLiteral(", outcome of an operation unknown");
    }
    return line;
}
