// paydeskctl commands that move money or ask APS: capture, void, refund, status, reconcile.

#include "clisession.h"
#include "command.h"

#include "services/deskservices.h"
#include "services/reconciler.h"
#include "store/database.h"
#include "store/transactionreader.h"
#include "store/transactionrepository.h"

#include <QEventLoop>

namespace {

// --repeat: the clerk confirms that a capture or refund like one whose outcome was unknown a short while ago
// is a new one (PaymentService::RepeatWindow).
PaymentService::Repeat repeatOf(const CommandArguments &args)
{
    return args.flag(QStringLiteral("repeat")) ? PaymentService::Repeat::Confirmed
                                               : PaymentService::Repeat::NotConfirmed;
}

int report(CommandContext &context, const PaymentResult &result)
{
    (result.status == PaymentStatus::Succeeded ? context.out : context.err)
        << describePaymentResult(result) << '\n';
    return exitCodeOf(result);
}

// The amount argument in the order's currency: major units with '.' only ("1250.500" KWD).
std::optional<Money> parseAmount(CommandContext &context, const QString &command, CliSession &session,
                                 const QString &reference, const QString &text, int *exitCode)
{
    const auto tx = TransactionRepository(session.database())
                        .findByReference(session.database().merchantIdentifier(), reference);
    if (!tx.ok()) {
        *exitCode = fail(context, command, tx.message,
                         tx.error == StoreError::NotFound ? ExitRefused : exitCodeOf(tx.error));
        return std::nullopt;
    }
    const MoneyParseResult parsed = Money::parse(text, tx->currency);
    if (!parsed.ok()) {
        context.err << "paydeskctl " << command << ": amount \"" << text
                    << "\": " << describeMoneyError(parsed.error, tx->currency, parsed.position) << '\n';
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    return parsed.value;
}

int captureCommand(CommandContext &context)
{
    const QString command = QStringLiteral("capture");
    const auto args = CommandArguments::read(context, command, {}, {QStringLiteral("repeat")});
    if (!args || args->positional().size() != 2)
        return usage(context, command);
    const PaymentService::Repeat repeat = repeatOf(*args);
    int exitCode = ExitDone;
    auto session = CliSession::open(context, command, &exitCode);
    if (!session)
        return exitCode;
    const QString &reference = args->positional().at(0);
    if (args->positional().at(1) == QLatin1String("remaining"))
        return report(context, CliSession::wait(session->payments().captureRemaining(
                                   reference, session->userName(), repeat)));
    const auto amount =
        parseAmount(context, command, *session, reference, args->positional().at(1), &exitCode);
    if (!amount)
        return exitCode;
    return report(context, CliSession::wait(
                               session->payments().capture(reference, *amount, session->userName(), repeat)));
}

int voidCommand(CommandContext &context)
{
    const QString command = QStringLiteral("void");
    const auto args = CommandArguments::read(context, command, {});
    if (!args || args->positional().size() != 1)
        return usage(context, command);
    int exitCode = ExitDone;
    auto session = CliSession::open(context, command, &exitCode);
    if (!session)
        return exitCode;
    return report(context, CliSession::wait(session->payments().voidAuthorization(args->positional().at(0),
                                                                                  session->userName())));
}

int refundCommand(CommandContext &context)
{
    const QString command = QStringLiteral("refund");
    const auto args =
        CommandArguments::read(context, command, {QStringLiteral("reason")}, {QStringLiteral("repeat")});
    if (!args || args->positional().size() != 2)
        return usage(context, command);
    const QString reason = args->value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty())
        return fail(context, command, QStringLiteral("--reason is required: say why the money goes back"),
                    ExitUsage);
    int exitCode = ExitDone;
    auto session = CliSession::open(context, command, &exitCode);
    if (!session)
        return exitCode;
    const QString &reference = args->positional().at(0);
    const auto amount =
        parseAmount(context, command, *session, reference, args->positional().at(1), &exitCode);
    if (!amount)
        return exitCode;
    return report(context, CliSession::wait(session->payments().refund(
                               reference, *amount, reason, session->userName(), repeatOf(*args))));
}

int statusCommand(CommandContext &context)
{
    const QString command = QStringLiteral("status");
    const auto args = CommandArguments::read(context, command, {}, {QStringLiteral("all-open")});
    const bool allOpen = args && args->flag(QStringLiteral("all-open"));
    if (!args || (allOpen ? !args->positional().isEmpty() : args->positional().size() != 1))
        return usage(context, command);
    int exitCode = ExitDone;
    auto session = CliSession::open(context, command, &exitCode);
    if (!session)
        return exitCode;
    PaymentService &payments = session->payments();
    if (!allOpen)
        return report(context,
                      CliSession::wait(payments.checkStatus(args->positional().at(0), session->userName())));

    // Every authorization that can still move: money open for capture (TransactionRules::isOpenForCapture).
    TransactionQuery query;
    query.capture = TransactionQuery::Capture::Open;
    query.sort = TransactionSort::Deadline;
    query.order = Qt::AscendingOrder;
    query.now = payments.now();
    QStringList references;
    const StoreStatus listed =
        TransactionReader(session->database()).forEach(query, [&](const TransactionRow &row) {
            references << row.transaction.merchantReference;
            return true;
        });
    if (!listed.ok())
        return fail(context, command, listed.message, exitCodeOf(listed.error));
    int worst = ExitDone;
    int refreshed = 0;
    for (const QString &reference : std::as_const(references)) {
        const PaymentResult result = CliSession::wait(payments.checkStatus(reference, session->userName()));
        if (result.ok())
            ++refreshed;
        else
            context.err << describePaymentResult(result) << '\n';
        worst = std::max(worst, exitCodeOf(result));
    }
    context.out << "refreshed " << refreshed << " of " << references.size() << " open authorizations\n";
    return worst;
}

int reconcileCommand(CommandContext &context)
{
    const QString command = QStringLiteral("reconcile");
    const auto args = CommandArguments::read(context, command, {});
    if (!args || !args->positional().isEmpty())
        return usage(context, command);
    int exitCode = ExitDone;
    // Settling an operation moves the cache's totals: it takes a status-check permission, not just a look.
    auto session = CliSession::open(context, command, Permission::CheckStatus, &exitCode);
    if (!session)
        return exitCode;
    Reconciler &reconciler = session->services().reconciler();
    QList<ReconcileDecision> decisions;
    QEventLoop loop;
    QObject::connect(&reconciler, &Reconciler::finished, &loop, [&](const QList<ReconcileDecision> &all) {
        decisions = all;
        loop.quit();
    });
    reconciler.reconcileNow();
    loop.exec();

    int worst = ExitDone;
    for (const ReconcileDecision &decision : std::as_const(decisions)) {
        if (decision.verdict == ReconcileDecision::Verdict::StatusChecked) {
            context.out << decision.merchantReference << ": status check: " << decision.reason << '\n';
            continue;
        }
        context.out << decision.merchantReference << ": operation " << decision.operationId << " ("
                    << operationKindToken(decision.kind) << ") " << verdictToken(decision.verdict) << ": "
                    << decision.reason << '\n';
        if (decision.verdict == ReconcileDecision::Verdict::LateApplied)
            context.err << "paydeskctl reconcile: WARNING: APS applied operation " << decision.operationId
                        << " on order " << decision.merchantReference
                        << " after it had been settled as not applied; the order is flagged late_applied\n";
        const bool open = decision.verdict != ReconcileDecision::Verdict::Applied &&
                          decision.verdict != ReconcileDecision::Verdict::NotApplied &&
                          decision.verdict != ReconcileDecision::Verdict::LateApplied;
        if (open)
            worst = ExitUnknown;
    }
    if (decisions.isEmpty())
        context.out << "nothing to reconcile\n";
    return worst;
}

const CommandRegistration
    captureRegistration("capture", "REF AMOUNT|remaining [--repeat]",
                        "captures all or part of an authorization (amount in major units)", captureCommand);
const CommandRegistration
    voidRegistration("void", "REF", "voids a whole authorization that nothing was captured of", voidCommand);
const CommandRegistration refundRegistration("refund", "REF AMOUNT --reason TEXT [--repeat]",
                                             "refunds captured money", refundCommand);
const CommandRegistration statusRegistration("status", "REF | --all-open",
                                             "asks APS for an order's status and refreshes the cache",
                                             statusCommand);
const CommandRegistration
    reconcileRegistration("reconcile", "", "settles operations whose outcome is unknown, by status checks",
                          reconcileCommand);

} // namespace
