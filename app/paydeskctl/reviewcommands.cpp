// paydeskctl review list / propose / confirm / reject: four-eyes resolution of operations in manual_review.

#include "clisession.h"
#include "command.h"

#include "services/authservice.h"
#include "services/deskservices.h"
#include "services/manualreviewservice.h"
#include "store/operationjournal.h"
#include "store/transactionrepository.h"

#include <QEventLoop>

#include <memory>

namespace {

ManualReviewService *reviewsOf(const CliSession &session)
{
    return &session.services().reviews();
}

// Opens the session and reports what `act` does with its review service and the signed-in user's name.
int withReviews(CommandContext &context, const QString &command,
                const std::function<ReviewStatus(ManualReviewService &, const QString &)> &act,
                const QString &done)
{
    return CliSession::run(context, command, [&](CliSession &session) {
        return report(context, command, act(*reviewsOf(session), session.userName()), done);
    });
}

void printItem(CommandContext &context, const ManualReviewItem &item)
{
    const Operation &op = item.operation;
    context.out << op.id << '\t' << op.merchantReference << '\t' << operationKindToken(op.kind);
    if (op.kind != OperationKind::Void)
        context.out << ' ' << op.money().toPlainString() << ' ' << op.currency.code();
    context.out << "\tby " << op.userName << " at " << op.createdAt.toString(Qt::ISODate) << '\t'
                << op.resolution;
    if (item.proposal) {
        context.out << "\tproposed " << proposedResolutionToken(item.proposal->resolution) << " by "
                    << item.proposal->proposedBy << ": " << item.proposal->evidence;
    } else {
        context.out << "\tno proposal";
    }
    context.out << '\n';
}

int runList(CommandContext &context)
{
    const QString command = QStringLiteral("review list");
    if (!context.arguments.isEmpty())
        return usage(context, command);
    return CliSession::run(context, command, [&](CliSession &session) {
        const auto items = reviewsOf(session)->pending(session.userName());
        if (!items.ok())
            return fail(context, command, items.message,
                        items.error == StoreError::Invalid ? ExitRefused : exitCodeOf(items.error));
        for (const ManualReviewItem &item : *items)
            printItem(context, item);
        return int(ExitDone);
    });
}

int runPropose(CommandContext &context)
{
    const QString command = QStringLiteral("review propose");
    const auto args = CommandArguments::read(context, command, {QStringLiteral("evidence")});
    const QString evidence = args ? args->value(QStringLiteral("evidence")) : QString();
    if (!args || args->positional().size() != 2 || evidence.trimmed().isEmpty())
        return usage(context, command);
    const QString &word = args->positional().at(1);
    const auto id = parseId(args->positional().at(0));
    std::optional<ProposedResolution> resolution;
    if (word == QLatin1String("applied"))
        resolution = ProposedResolution::Applied;
    else if (word == QLatin1String("not-applied"))
        resolution = ProposedResolution::NotApplied;
    if (!id || !resolution)
        return usage(context, command);
    return withReviews(
        context, command,
        [&](ManualReviewService &reviews, const QString &user) {
            return reviews.propose(*id, user, *resolution, evidence);
        },
        QStringLiteral("proposed %1 for operation %2; another person confirms it with: paydeskctl review "
                       "confirm %2")
            .arg(word)
            .arg(*id));
}

// A fresh status check of the operation's order, asked with its maintenance reference: the service refuses
// a confirmation APS contradicts.
PaymentService::StatusAnswer freshStatus(CliSession &session, qint64 operationId)
{
    PaymentService::StatusAnswer aps;
    aps.detail = QStringLiteral("no operation %1 in the journal").arg(operationId);
    const auto op = OperationJournal(session.database()).find(operationId);
    if (!op.ok())
        return aps;
    const auto tx = TransactionRepository(session.database()).findById(op->transactionId);
    if (!tx.ok())
        return aps;
    QEventLoop loop;
    bool answered = false; // queryStatus answers at once when it cannot even send
    session.payments().queryStatus(*tx, op->maintenanceReference,
                                   [&](const PaymentService::StatusAnswer &answer) {
                                       aps = answer;
                                       answered = true;
                                       loop.quit();
                                   });
    if (!answered)
        loop.exec();
    return aps;
}

int runConfirm(CommandContext &context)
{
    const QString command = QStringLiteral("review confirm");
    const auto id = parseOnlyId(context.arguments);
    if (!id)
        return usage(context, command);
    return CliSession::run(context, command, [&](CliSession &session) {
        return report(context, command,
                      reviewsOf(session)->confirm(*id, session.userName(), freshStatus(session, *id)),
                      QStringLiteral("operation %1 settled as proposed").arg(*id));
    });
}

int runReject(CommandContext &context)
{
    const QString command = QStringLiteral("review reject");
    const auto args = CommandArguments::read(context, command, {QStringLiteral("reason")});
    const auto id = args ? parseOnlyId(args->positional()) : std::nullopt;
    const QString reason = args ? args->value(QStringLiteral("reason")) : QString();
    if (!id || reason.trimmed().isEmpty())
        return usage(context, command);
    return withReviews(
        context, command,
        [&](ManualReviewService &reviews, const QString &user) { return reviews.reject(*id, user, reason); },
        QStringLiteral("proposal for operation %1 rejected; it stays in manual review").arg(*id));
}

const CommandRegistration listRegistration("review list", "",
                                           "operations in manual review and their proposed resolutions",
                                           runList);
const CommandRegistration proposeRegistration("review propose", "OP_ID applied|not-applied --evidence TEXT",
                                              "proposes how an operation in manual review ended", runPropose);
const CommandRegistration confirmRegistration("review confirm", "OP_ID",
                                              "confirms someone else's proposal and settles the operation",
                                              runConfirm);
const CommandRegistration rejectRegistration("review reject", "OP_ID --reason TEXT",
                                             "sets a proposal aside; the operation stays in manual review",
                                             runReject);

} // namespace
