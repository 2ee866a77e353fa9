#include "command.h"

#include "services/deskservices.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

void printHelp(QTextStream &out)
{
    out << "Usage: paydeskctl [--db FILE] [--profile NAME] COMMAND ...\n\n"
           "PayDesk's command-line twin: captures, voids, refunds and checks Amazon Payment Services\n"
           "transactions from the same local cache as the PayDesk window.\n\n"
           "Commands:\n";
    for (const CommandInfo &command : CommandRegistry::commands()) {
        out << "  " << command.name;
        if (!command.synopsis.isEmpty())
            out << ' ' << command.synopsis;
        out << "\n      " << command.summary << '\n';
    }
    out << "\nSecrets are never taken from the command line: see the PAYDESK_* environment variables.\n"
           "Exit codes: 0 done, 1 refused or declined, 2 usage, 3 outcome unknown, 4 awaiting approval,\n"
           "5 environment (database, network, keychain, account).\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("PayDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("PayDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = QCoreApplication::arguments().mid(1);
    QString databasePath;
    QString profileName = QStringLiteral("default");
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--help")) {
            printHelp(out);
            return ExitDone;
        }
        if (option == QLatin1String("--version")) {
            out << "paydeskctl " << QCoreApplication::applicationVersion() << '\n';
            return ExitDone;
        }
        if ((option == QLatin1String("--db") || option == QLatin1String("--profile")) && !args.isEmpty()) {
            (option == QLatin1String("--db") ? databasePath : profileName) = args.takeFirst();
            continue;
        }
        err << "paydeskctl: unknown or incomplete option " << option << " (see paydeskctl --help)\n";
        return ExitUsage;
    }
    if (args.isEmpty()) {
        printHelp(err);
        return ExitUsage;
    }
    if (databasePath.isEmpty()) {
        databasePath = DeskServices::defaultCachePath();
    }

    // The longest registered name that the arguments start with ("audit verify" before "audit").
    const CommandInfo *match = nullptr;
    int matchedWords = 0;
    for (const CommandInfo &command : CommandRegistry::commands()) {
        const QStringList words = command.name.split(QLatin1Char(' '));
        if (words.size() > args.size() || words.size() <= matchedWords)
            continue;
        if (std::equal(words.cbegin(), words.cend(), args.cbegin())) {
            match = &command;
            matchedWords = int(words.size());
        }
    }
    if (!match) {
        err << "paydeskctl: unknown command \"" << args.join(QLatin1Char(' '))
            << "\" (see paydeskctl --help)\n";
        return ExitUsage;
    }
    CommandContext context{args.mid(matchedWords), databasePath, profileName, out, err};
    const int code = match->function(context);
    out.flush();
    err.flush();
    return code;
}
