// paydeskctl bulk-capture: many captures from a CSV of merchant_reference,amount rows.

#include "clisession.h"
#include "command.h"

#include "services/bulkcapture.h"

#include <QEventLoop>
#include <QFile>

namespace {

const QString synopsis = QStringLiteral("FILE.csv [--dry-run] [--concurrency N]");

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
    QString file;
    bool dryRun = false;
    int concurrency = BulkCapture::DefaultConcurrency;
    const QStringList &args = context.arguments;
    for (int i = 0; i < args.size(); ++i) {
        bool ok = true;
        if (args.at(i) == QLatin1String("--dry-run"))
            dryRun = true;
        else if (args.at(i) == QLatin1String("--concurrency") && i + 1 < args.size())
            concurrency = args.at(++i).toInt(&ok);
        else if (!args.at(i).startsWith(QLatin1String("--")) && file.isEmpty())
            file = args.at(i);
        else
            ok = false;
        if (!ok || concurrency < 1 || concurrency > 32) {
            context.err << "usage: paydeskctl bulk-capture " << synopsis << " (N from 1 to 32)\n";
            return ExitUsage;
        }
    }
    if (file.isEmpty()) {
        context.err << "usage: paydeskctl bulk-capture " << synopsis << '\n';
        return ExitUsage;
    }
    QFile csv(file);
    if (!csv.open(QIODevice::ReadOnly)) {
        context.err << "paydeskctl bulk-capture: cannot read " << file << ": " << csv.errorString() << '\n';
        return ExitUsage;
    }
    QList<BulkCaptureRow> rows;
    QString error;
    if (!BulkCapture::readCsv(&csv, &rows, &error)) {
        context.err << "paydeskctl bulk-capture: " << file << ": " << error << '\n';
        return ExitUsage;
    }

    int exitCode = ExitDone;
    auto session = CliSession::open(context, QStringLiteral("bulk-capture"), &exitCode);
    if (!session)
        return exitCode;
    PaymentService &payments = session->payments();
    BulkCapture bulk(&payments, &session->database());
    const BulkCapturePlan plan = bulk.preflight(rows, payments.now());
    printPlan(context.out, plan);
    if (dryRun)
        return plan.exitCode();

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
    return report.exitCode();
}

const CommandRegistration bulkCaptureRegistration(
    "bulk-capture", "FILE.csv [--dry-run] [--concurrency N]",
    "captures many orders from a CSV of merchant_reference,amount (amount may be \"remaining\")",
    bulkCaptureCommand);

} // namespace
