// paydeskctl approvals list / approve / reject / threshold: the refund approval queue (maker-checker).

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

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

int runList(CommandContext &context)
{
    const QString command = QStringLiteral("approvals list");
    const auto args = CommandArguments::read(context, command, {}, {QStringLiteral("all")});
    if (!args || !args->positional().isEmpty())
        return usage(context, command);
    const bool all = args->flag(QStringLiteral("all"));
    int exitCode = ExitDone;
    auto session = CliSession::open(context, command, &exitCode);
    if (!session)
        return exitCode;
    auto approvals = approvalsOf(*session);
    if (const auto expired = approvals->expireDue(); !expired.ok())
        return fail(context, command, expired.message, exitCodeOf(expired.error));
    const auto requests = approvals->requests(
        session->userName(),
        all ? std::nullopt : std::optional<RefundRequestStatus>(RefundRequestStatus::Awaiting));
    if (!requests.ok())
        return fail(context, command, requests.message, ExitRefused);
    for (const RefundRequest &request : *requests) {
        context.out << request.id << '\t' << request.merchantReference << '\t'
                    << request.money().toPlainString() << ' ' << request.currency.code() << '\t'
                    << refundRequestStatusToken(request.status) << '\t' << "by " << request.requestedBy
                    << " at " << request.requestedAt.toString(Qt::ISODate) << ", expires "
                    << request.expiresAt.toString(Qt::ISODate) << '\t' << request.reason;
        if (!request.decidedBy.isEmpty())
            context.out << "\tdecided by " << request.decidedBy;
        if (!request.decisionReason.isEmpty())
            context.out << ": " << request.decisionReason;
        context.out << '\n';
    }
    return ExitDone;
}

int runApprove(CommandContext &context)
{
    const QString command = QStringLiteral("approvals approve");
    const auto id = context.arguments.size() == 1 ? parseId(context.arguments.first()) : std::nullopt;
    if (!id)
        return usage(context, command);
    int exitCode = ExitDone;
    auto session = CliSession::open(context, command, &exitCode);
    if (!session)
        return exitCode;
    auto approvals = approvalsOf(*session);
    if (const auto expired = approvals->expireDue(); !expired.ok())
        return fail(context, command, expired.message, exitCodeOf(expired.error));
    const PaymentResult result = CliSession::wait(approvals->approve(*id, session->userName()));
    (result.ok() ? context.out : context.err) << describePaymentResult(result) << '\n';
    return exitCodeOf(result);
}

int runReject(CommandContext &context)
{
    const QString command = QStringLiteral("approvals reject");
    const auto args = CommandArguments::read(context, command, {QStringLiteral("reason")});
    const auto id =
        args && args->positional().size() == 1 ? parseId(args->positional().first()) : std::nullopt;
    const QString reason = args ? args->value(QStringLiteral("reason")) : QString();
    if (!id || reason.trimmed().isEmpty())
        return usage(context, command);
    int exitCode = ExitDone;
    auto session = CliSession::open(context, command, &exitCode);
    if (!session)
        return exitCode;
    const ApprovalStatus status = approvalsOf(*session)->reject(*id, session->userName(), reason);
    if (!status.ok())
        return fail(context, command, status.message, exitCodeOf(status));
    context.out << "rejected refund request " << *id << '\n';
    return ExitDone;
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
    int exitCode = ExitDone;
    auto session = CliSession::open(context, command, &exitCode);
    if (!session)
        return exitCode;
    const ApprovalStatus status =
        approvalsOf(*session)->setThreshold(session->userName(), currency->code(), threshold);
    if (!status.ok())
        return fail(context, command, status.message, exitCodeOf(status));
    if (threshold)
        context.out << "refunds from " << args.at(1) << ' ' << currency->code() << " need approval\n";
    else
        context.out << "every " << currency->code() << " refund needs approval\n";
    return ExitDone;
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
const CommandRegistration
    thresholdRegistration("approvals threshold", "CURRENCY AMOUNT|always",
                          "admin: refunds from AMOUNT need approval (always: every refund, the default)",
                          runThreshold);

} // namespace
