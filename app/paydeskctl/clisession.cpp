#include "clisession.h"

#include "services/authservice.h"
#include "services/deskservices.h"
#include "store/auditheadmemory.h"
#include "store/auditlog.h"

#include <QEventLoop>

std::unique_ptr<CliSession> CliSession::open(CommandContext &context, const QString &command, int *exitCode)
{
    const auto fail = [&](const StoreStatus &status) -> std::unique_ptr<CliSession> {
        context.err << "paydeskctl " << command << ": " << status.message << '\n';
        *exitCode = exitCodeOf(status.error);
        return nullptr;
    };
    DeskServices::Options options;
    options.profileName = context.profileName;
    auto opened = DeskServices::open(context.databasePath, std::move(options));
    if (!opened.ok())
        return fail(opened.status());
    std::unique_ptr<CliSession> session(new CliSession);
    session->m_desk = std::move(*opened);
    const auto identity = CliSignIn::signIn(context, session->m_desk->auth(), command, exitCode);
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

int CliSession::run(CommandContext &context, const QString &command,
                    const std::function<int(CliSession &session)> &act)
{
    int exitCode = ExitDone;
    const auto session = open(context, command, &exitCode);
    return session ? act(*session) : exitCode;
}

CliSession::~CliSession()
{
    // What this command appended is part of what this machine has seen.
    if (m_trusted) {
        const auto identity = AuditHeadMemory::databaseIdentity(database());
        const auto head = audit().head();
        if (identity.ok() && head.ok())
            m_desk->auditHeads()->remember(*identity, *head);
    }
}

const Database &CliSession::database() const
{
    return m_desk->database();
}

const MerchantProfile &CliSession::profile() const
{
    return m_desk->profile();
}

AuditLog &CliSession::audit() const
{
    return m_desk->audit();
}

const AuthService &CliSession::auth() const
{
    return m_desk->auth();
}

const RefundGate &CliSession::refundGate() const
{
    return m_desk->refundGate();
}

QString CliSession::actingUser()
{
    const QString user = qEnvironmentVariable("PAYDESK_USER");
    return user.isEmpty() ? QStringLiteral("paydeskctl") : user;
}

PaymentService &CliSession::payments()
{
    return m_desk->payments();
}

bool CliSession::require(CommandContext &context, Permission permission, const QString &command,
                         int *exitCode) const
{
    return CliSignIn::require(context, m_identity, auth(), audit(), permission, command, exitCode);
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
