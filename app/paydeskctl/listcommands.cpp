#include "clisession.h"
#include "command.h"

#include "domain/merchantprofile.h"
#include "money/money.h"
#include "store/database.h"
#include "store/reportimporter.h"
#include "store/transactionexporter.h"
#include "store/transactionjson.h"
#include "store/transactionreader.h"

#include <QIODevice>
#include <QTimeZone>

#include <memory>

namespace {

QTimeZone profileZone(const MerchantProfile &profile)
{
    const QTimeZone zone(profile.timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

// A --from/--to value: a date (the start of that day in the profile's zone; for --to the day is included)
// or an ISO 8601 date and time.
std::optional<QDateTime> parseBound(const QString &text, const QTimeZone &zone, bool upper)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return QDateTime(upper ? date.addDays(1) : date, QTime(0, 0), zone);
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), zone);
    return time;
}

// The filter options shared by list and export. Returns false (message printed) on a usage error; the
// words that are not filter options are left in `rest`.
bool parseFilters(CommandContext &context, const QString &command, const MerchantProfile &profile,
                  TransactionQuery &query, bool &json, QStringList &rest)
{
    const auto args = CommandArguments::read(
        context, command,
        {QStringLiteral("state"), QStringLiteral("currency"), QStringLiteral("from"), QStringLiteral("to"),
         QStringLiteral("search")},
        {QStringLiteral("unresolved"), QStringLiteral("expiring"), QStringLiteral("capturable"),
         QStringLiteral("lapsed"), QStringLiteral("refundable"), QStringLiteral("json")});
    if (!args)
        return false;
    const auto usageError = [&](const QString &message) {
        fail(context, command, message, ExitUsage);
        return false;
    };
    query.warningPeriod = std::chrono::hours(profile.warningHours);
    query.now = QDateTime::currentDateTimeUtc();
    for (const QString &token : args->values(QStringLiteral("state"))) {
        const std::optional<TransactionState> state = stateFromToken(token);
        if (!state)
            return usageError(QStringLiteral("unknown state \"%1\"").arg(token));
        query.states.insert(*state);
    }
    if (args->has(QStringLiteral("currency"))) {
        const QString given = args->value(QStringLiteral("currency"));
        if (!Currency::fromCode(given.toUpper()))
            return usageError(QStringLiteral("unknown currency \"%1\"").arg(given));
        query.currency = given.toUpper();
    }
    for (const QString &name : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!args->has(name))
            continue;
        const QString given = args->value(name);
        const std::optional<QDateTime> bound = parseBound(given, profileZone(profile), name == u"to");
        if (!bound)
            return usageError(
                QStringLiteral("--%1: \"%2\" is not a date (YYYY-MM-DD or ISO 8601)").arg(name, given));
        (name == u"from" ? query.from : query.to) = *bound;
    }
    if (args->has(QStringLiteral("search")))
        query.text = args->value(QStringLiteral("search"));
    query.unresolvedOnly = args->flag(QStringLiteral("unresolved"));
    // TransactionRules' capture facts, one at a time: they exclude each other or one contains the other.
    const std::pair<const char *, TransactionQuery::Capture> captureFlags[] = {
        {"capturable", TransactionQuery::Capture::Open},
        {"expiring", TransactionQuery::Capture::ExpiringSoon},
        {"lapsed", TransactionQuery::Capture::Lapsed},
    };
    for (const auto &[flag, capture] : captureFlags) {
        if (!args->flag(QLatin1String(flag)))
            continue;
        if (query.capture != TransactionQuery::Capture::Any)
            return usageError(QStringLiteral("give only one of --capturable, --expiring and --lapsed"));
        query.capture = capture;
    }
    query.refundableOnly = args->flag(QStringLiteral("refundable"));
    json = args->flag(QStringLiteral("json"));
    rest = args->positional();
    return true;
}

int printTable(CommandContext &context, const Database &database, const TransactionQuery &query)
{
    const QStringList header{
        QStringLiteral("REFERENCE"),           QStringLiteral("STATE"),    QStringLiteral("CURRENCY"),
        QStringLiteral("AUTHORIZED"),          QStringLiteral("CAPTURED"), QStringLiteral("REFUNDED"),
        QStringLiteral("AUTHORIZED AT (UTC)"), QStringLiteral("CUSTOMER")};
    const QList<int> widths{24, 20, 8, 16, 16, 16, 20, 0};
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool number = i >= 3 && i <= 5;
            text +=
                number ? cells.at(i).rightJustified(widths.at(i)) : cells.at(i).leftJustified(widths.at(i));
            if (i + 1 < cells.size())
                text += u' ';
        }
        context.out << text.trimmed() << '\n';
    };
    line(header);
    qint64 rows = 0;
    const StoreStatus status = TransactionReader(database).forEach(query, [&](const TransactionRow &row) {
        const Transaction &tx = row.transaction;
        const auto amount = [&tx](qint64 minor) {
            return Money::fromMinor(minor, tx.currency).toPlainString();
        };
        QString state = stateToken(row.state);
        if (tx.unresolved)
            state += u'*';
        line({tx.merchantReference, state, tx.currency.code(), amount(tx.authorized), amount(tx.captured),
              amount(tx.refunded), tx.authorizedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
              tx.customerName});
        ++rows;
        return true;
    });
    if (!status.ok()) {
        context.err << "paydeskctl list: " << status.message << '\n';
        return ExitEnvironment;
    }
    context.out << rows << (rows == 1 ? " transaction" : " transactions") << " (* unresolved)\n";
    return ExitDone;
}

struct Filters
{
    TransactionQuery query;
    bool json = false;
    QStringList rest; // the words that are not filter options
};

// Usage errors are reported before the database is opened, so they never depend on the file; then the
// session signs in, needs Permission::View, and the filters are read again with the profile's time zone and
// warning period. `fileArgument`: export's FILE.csv.
std::optional<int> openWithFilters(CommandContext &context, const QString &command, bool fileArgument,
                                   std::unique_ptr<CliSession> &session, Filters &filters)
{
    if (!parseFilters(context, command, MerchantProfile(), filters.query, filters.json, filters.rest))
        return ExitUsage;
    if (fileArgument && (filters.rest.size() != 1 || filters.json))
        return usage(context, command);
    if (!fileArgument && !filters.rest.isEmpty())
        return fail(context, command, QStringLiteral("unexpected argument ") + filters.rest.first(),
                    ExitUsage);
    int exitCode = ExitDone;
    session = CliSession::open(context, command, Permission::View, &exitCode);
    if (!session)
        return exitCode;
    filters = Filters();
    parseFilters(context, command, session->profile(), filters.query, filters.json, filters.rest);
    return std::nullopt;
}

int listCommand(CommandContext &context)
{
    std::unique_ptr<CliSession> session;
    Filters filters;
    if (const std::optional<int> failed =
            openWithFilters(context, QStringLiteral("list"), false, session, filters))
        return *failed;
    if (!filters.json)
        return printTable(context, session->database(), filters.query);

    // Straight to stdout's device: the text stream would convert every byte to UTF-16 and back.
    context.out.flush();
    TransactionJsonWriter writer(context.out.device());
    bool written = true;
    const StoreStatus status =
        TransactionReader(session->database()).forEach(filters.query, [&](const TransactionRow &row) {
            written = writer.write(row);
            return written;
        });
    written = writer.finish() && written;
    if (!status.ok()) {
        context.err << "paydeskctl list: " << status.message << '\n';
        return ExitEnvironment;
    }
    if (!written) {
        context.err << "paydeskctl list: writing the list failed: " << context.out.device()->errorString()
                    << '\n';
        return ExitEnvironment;
    }
    return ExitDone;
}

int exportCommand(CommandContext &context)
{
    std::unique_ptr<CliSession> session;
    Filters filters;
    if (const std::optional<int> failed =
            openWithFilters(context, QStringLiteral("export"), true, session, filters))
        return *failed;
    const QString &path = filters.rest.first();
    const StoreResult<qint64> written =
        TransactionExporter(session->database()).exportCsv(filters.query, path);
    if (!written.ok()) {
        context.err << "paydeskctl export: " << written.message << '\n';
        return ExitEnvironment;
    }
    context.out << *written << (*written == 1 ? " transaction" : " transactions") << " written to " << path
                << '\n';
    return ExitDone;
}

int importCommand(CommandContext &context)
{
    const QString command = QStringLiteral("import");
    const auto args = CommandArguments::read(context, command, {}, {QStringLiteral("skip-bad-rows")});
    if (!args || args->positional().size() != 1)
        return usage(context, command);
    const QString &path = args->positional().first();
    const bool skipBadRows = args->flag(QStringLiteral("skip-bad-rows"));
    // Importing writes the cache but moves no money: the permission of a status refresh.
    int exitCode = ExitDone;
    const auto session = CliSession::open(context, command, Permission::CheckStatus, &exitCode);
    if (!session)
        return exitCode;
    ImportOptions options;
    options.timeZone = profileZone(session->profile());
    options.captureWindow = std::chrono::hours(24 * session->profile().captureWindowDays);
    options.skipBadRows = skipBadRows;
    const StoreResult<ImportReport> result = ReportImporter(session->database(), options).importFile(path);
    if (!result.ok()) {
        context.err << "paydeskctl import: " << result.message << '\n';
        const bool input = result.error == StoreError::Invalid || result.error == StoreError::Io;
        return input ? ExitUsage : ExitEnvironment;
    }
    const ImportReport &report = *result;
    for (const ImportBadRow &bad : report.badRows) {
        context.err << "line " << bad.line << (skipBadRows ? ": skipped: " : ": ") << bad.reason;
        if (!bad.merchantReference.isEmpty())
            context.err << " (" << bad.merchantReference << ')';
        context.err << '\n';
    }
    if (!report.written) {
        context.err << "paydeskctl import: " << report.badRows.size()
                    << " bad rows; nothing was imported (--skip-bad-rows imports the good ones)\n";
        return ExitRefused;
    }
    context.out << report.rowsRead << " rows read, " << report.rowsAlreadyImported << " already imported, "
                << report.badRows.size() << " skipped; transactions: " << report.ordersCreated << " created, "
                << report.ordersUpdated << " updated, " << report.ordersUnchanged << " unchanged, "
                << report.ordersFlagged + report.ordersUncertain << " flagged for a status check ("
                << report.ordersUncertain << " with an uncertain operation, " << report.ordersFlagged
                << " disagreeing with the cache), " << report.ordersUnresolved
                << " left alone (unresolved operation)\n";
    return ExitDone;
}

const CommandRegistration importRegistration("import", "FILE.csv [--skip-bad-rows]",
                                             "imports an APS transaction-report CSV into the cache",
                                             importCommand);
const CommandRegistration listRegistration("list",
                                           "[--state S]... [--currency C] [--from DATE] [--to DATE] "
                                           "[--search TEXT] [--unresolved] [--capturable | --expiring | "
                                           "--lapsed] [--refundable] [--json]",
                                           "lists the cached transactions, newest first", listCommand);
const CommandRegistration exportRegistration("export", "FILE.csv [same filters as list]",
                                             "writes the listed transactions as CSV", exportCommand);

} // namespace
