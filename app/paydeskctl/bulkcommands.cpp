// paydeskctl bulk-capture: many captures from a CSV of merchant_reference,amount rows.

#include "clisession.h"
#include "command.h"

#include "services/bulkcapture.h"

#include <QEventLoop>
#include <QFile>

namespace {

QString money(qint64 minor, const QString &currencyCode)
{
    const auto currency = Currency::fromCode(currencyCode);
    return Money::fromMinor(minor, *currency).toPlainString() + QLatin1Char(' ') + currencyCode;
}

QString totalsText(const QMap<QString, qint64> &totals)
{
    QStringList parts;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        parts << money(it.value(), it.key());
    return parts.isEmpty() ? QStringLiteral("nothing") : parts.join(QStringLiteral(", "));
}

void printPlan(QTextStream &out, const BulkCapturePlan &plan)
{
    for (const BulkCapturePlanItem &item : plan.items) {
        out << "line " << item.row.line << ' ' << item.row.merchantReference << ": ";
        if (item.willCapture) {
            out << "capture " << (item.remaining ? QStringLiteral("remaining ") : QString())
                << item.amount.toPlainString() << ' ' << item.amount.currency().code() << '\n';
        } else {
            out << "skip (" << bulkSkipReasonToken(item.skipReason) << "): " << item.detail << '\n';
        }
    }
    out << "will capture " << plan.captureCount << " orders (" << totalsText(plan.totals) << "), skip "
        << plan.skipCount << '\n';
}

int bulkCaptureCommand(CommandContext &context)
{
    const QString command = QStringLiteral("bulk-capture");
    const auto args = CommandArguments::read(context, command, {QStringLiteral("concurrency")},
                                             {QStringLiteral("dry-run")});
    if (!args || args->positional().size() != 1)
        return usage(context, command);
    const QString &file = args->positional().first();
    const bool dryRun = args->flag(QStringLiteral("dry-run"));
    int concurrency = BulkCapture::DefaultConcurrency;
    if (args->has(QStringLiteral("concurrency"))) {
        bool ok = false;
        concurrency = args->value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || concurrency < 1 || concurrency > 32)
            return fail(context, command, QStringLiteral("--concurrency takes a number from 1 to 32"),
                        ExitUsage);
    }
    QFile csv(file);
    if (!csv.open(QIODevice::ReadOnly))
        return fail(context, command,
                    QStringLiteral("cannot read ") + file + QStringLiteral(": ") + csv.errorString(),
                    ExitUsage);
    QList<BulkCaptureRow> rows;
    QString error;
    if (!BulkCapture::readCsv(&csv, &rows, &error))
        return fail(context, command, file + QStringLiteral(": ") + error, ExitUsage);

    int exitCode = ExitDone;
    auto session = CliSession::open(context, command, &exitCode);
    if (!session)
        return exitCode;
    PaymentService &payments = session->payments();
    BulkCapture bulk(&payments, &session->database());
    const BulkCapturePlan plan = bulk.preflight(rows, payments.now());
    printPlan(context.out, plan);
    if (dryRun)
        return exitCodeOf(plan);

    BulkCaptureReport report;
    QEventLoop loop;
    QObject::connect(&bulk, &BulkCapture::rowFinished, &loop, [&](const BulkCaptureRowResult &row) {
        if (row.status == BulkCaptureRowResult::Status::Skipped)
            return;
        context.out << "line " << row.item.row.line << ' ' << row.item.row.merchantReference << ": "
                    << bulkRowStatusToken(row.status) << ": "
                    << (row.payment ? describePaymentResult(*row.payment) : row.detail) << '\n';
        context.out.flush();
    });
    QObject::connect(&bulk, &BulkCapture::finished, &loop, [&](const BulkCaptureReport &finished) {
        report = finished;
        loop.quit();
    });
    bulk.run(plan, session->userName(), concurrency);
    loop.exec();

    QMap<QString, int> counts;
    for (const BulkCaptureRowResult &row : std::as_const(report.rows))
        ++counts[bulkRowStatusToken(row.status)];
    QStringList summary;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        summary << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    context.out << "captured " << totalsText(report.captured) << "; " << summary.join(QStringLiteral(", "))
                << '\n';
    return exitCodeOf(report);
}

const CommandRegistration bulkCaptureRegistration(
    "bulk-capture", "FILE.csv [--dry-run] [--concurrency N]",
    "captures many orders from a CSV of merchant_reference,amount (amount may be \"remaining\")",
    bulkCaptureCommand);

} // namespace
