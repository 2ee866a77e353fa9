// paydeskctl approvals list / approve / reject / withdraw / threshold: the refund approval queue
// (maker-checker).

#include "clisession.h"
#include "command.h"

#include "services/approvalservice.h"
#include "services/deskservices.h"

#include <memory>

namespace {

ApprovalService *approvalsOf(CliSession &session)
{
    return &session.services().approvals();
}

// Expires the requests past their expiry before the queue is read or decided: ExitDone, or the failure's
// exit code after printing it.
int expireDue(CommandContext &context, const QString &command, CliSession &session)
{
    const auto expired = approvalsOf(session)->expireDue();
    return expired.ok() ? int(ExitDone) : fail(context, command, expired.message, exitCodeOf(expired.error));
}

void printRequest(CommandContext &context, const RefundRequest &request)
{
    context.out << request.id << '\t' << request.merchantReference << '\t' << request.money().toPlainString()
                << ' ' << request.currency.code() << '\t' << refundRequestStatusToken(request.status) << '\t'
                << "by " << request.requestedBy << " at " << request.requestedAt.toString(Qt::ISODate)
                << ", expires " << request.expiresAt.toString(Qt::ISODate) << '\t' << request.reason;
    if (!request.decidedBy.isEmpty())
        context.out << "\tdecided by " << request.decidedBy;
    if (!request.decisionReason.isEmpty())
        context.out << ": " << request.decisionReason;
    context.out << '\n';
}

int runList(CommandContext &context)
{
    const QString command = QStringLiteral("approvals list");
    const auto args = CommandArguments::read(context, command, {}, {QStringLiteral("all")});
    if (!args || !args->positional().isEmpty())
        return usage(context, command);
    const bool all = args->flag(QStringLiteral("all"));
    return CliSession::run(context, command, [&](CliSession &session) {
        if (const int expired = expireDue(context, command, session); expired != ExitDone)
            return expired;
        const auto requests = approvalsOf(session)->requests(
            session.userName(),
            all ? std::nullopt : std::optional<RefundRequestStatus>(RefundRequestStatus::Awaiting));
        if (!requests.ok())
            return fail(context, command, requests.message, ExitRefused);
        for (const RefundRequest &request : *requests)
            printRequest(context, request);
        return int(ExitDone);
    });
}

int runApprove(CommandContext &context)
{
    const QString command = QStringLiteral("approvals approve");
    const auto id = parseOnlyId(context.arguments);
    if (!id)
        return usage(context, command);
    return CliSession::run(context, command, [&](CliSession &session) {
        if (const int expired = expireDue(context, command, session); expired != ExitDone)
            return expired;
        const PaymentResult result = CliSession::wait(approvalsOf(session)->approve(*id, session.userName()));
        (result.ok() ? context.out : context.err) << describePaymentResult(result) << '\n';
        return exitCodeOf(result);
    });
}

int runReject(CommandContext &context)
{
    const QString command = QStringLiteral("approvals reject");
    const auto args = CommandArguments::read(context, command, {QStringLiteral("reason")});
    const auto id = args ? parseOnlyId(args->positional()) : std::nullopt;
    const QString reason = args ? args->value(QStringLiteral("reason")) : QString();
    if (!id || reason.trimmed().isEmpty())
        return usage(context, command);
    return CliSession::run(context, command, [&](CliSession &session) {
        return report(context, command, approvalsOf(session)->reject(*id, session.userName(), reason),
                      QStringLiteral("rejected refund request %1").arg(*id));
    });
}

int runWithdraw(CommandContext &context)
{
    const QString command = QStringLiteral("approvals withdraw");
    const auto args = CommandArguments::read(context, command, {QStringLiteral("reason")});
    const auto id = args ? parseOnlyId(args->positional()) : std::nullopt;
    if (!id)
        return usage(context, command);
    const QString reason = args->value(QStringLiteral("reason"));
    return CliSession::run(context, command, [&](CliSession &session) {
        return report(context, command, approvalsOf(session)->withdraw(*id, session.userName(), reason),
                      QStringLiteral("withdrew refund request %1").arg(*id));
    });
}

int runThreshold(CommandContext &context)
{
    const QString command = QStringLiteral("approvals threshold");
    const QStringList &args = context.arguments;
    if (args.size() != 2)
        return usage(context, command);
    const auto currency = Currency::fromCode(args.at(0));
    if (!currency)
        return fail(context, command, QStringLiteral("unknown currency ") + args.at(0), ExitUsage);
    std::optional<qint64> threshold;
    if (args.at(1) != QLatin1String("always")) {
        const MoneyParseResult parsed = Money::parse(args.at(1), *currency);
        if (!parsed.ok())
            return fail(context, command, describeMoneyError(parsed.error, *currency, parsed.position),
                        ExitUsage);
        threshold = parsed.value->minorUnits();
    }
    const QString done =
        threshold ? QStringLiteral("refunds from %1 %2 need approval").arg(args.at(1), currency->code())
                  : QStringLiteral("every %1 refund needs approval").arg(currency->code());
    return CliSession::run(context, command, [&](CliSession &session) {
        return report(context, command,
                      approvalsOf(session)->setThreshold(session.userName(), currency->code(), threshold),
                      done);
    });
}

const CommandRegistration listRegistration("approvals list", "[--all]",
                                           "refund requests awaiting approval (all of them with --all)",
                                           runList);
const CommandRegistration approveRegistration("approvals approve", "ID",
                                              "approves someone else's refund request and sends the refund",
                                              runApprove);
const CommandRegistration rejectRegistration("approvals reject", "ID --reason TEXT",
                                             "rejects a refund request and releases its reservation",
                                             runReject);
const CommandRegistration withdrawRegistration("approvals withdraw", "ID [--reason TEXT]",
                                               "withdraws one's own waiting refund request and releases its "
                                               "reservation",
                                               runWithdraw);
const CommandRegistration
    thresholdRegistration("approvals threshold", "CURRENCY AMOUNT|always",
                          "admin: refunds from AMOUNT need approval (always: every refund, the default)",
                          runThreshold);

} // namespace
