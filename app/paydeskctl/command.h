#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

// paydeskctl's exit codes (INTERFACES.md); every command returns one of these.
enum ExitCode : int {
    ExitDone = 0,
    ExitRefused = 1, // a rule, a permission, APS, an invalid signature, a broken chain, bad rows
    ExitUsage = 2,   // usage or malformed input; nothing done
    ExitUnknown = 3, // outcome unknown: recorded, left for reconciliation
    ExitAwaitingApproval = 4,
    ExitEnvironment = 5, // database, network before sending, keychain, mismatched account/environment
};

// What a command gets: its own arguments (the command words removed) and the global options.
struct CommandContext
{
    QStringList arguments; // e.g. for "audit verify": the words after "verify"
    QString databasePath;  // --db, or the default in the data folder
    QString profileName;   // --profile, default "default"
    QTextStream &out;
    QTextStream &err;
};

using CommandFunction = int (*)(CommandContext &context);

// Commands register themselves from their own .cpp with a static CommandRegistration, so main.cpp
// never changes when one is added. `name` may hold two words ("audit verify").
struct CommandInfo
{
    QString name;
    QString synopsis; // arguments after the name, for --help
    QString summary;  // one line
    CommandFunction function = nullptr;
};

class CommandRegistry final
{
public:
    static void add(const CommandInfo &info);
    static const QList<CommandInfo> &commands();
};

struct CommandRegistration
{
    CommandRegistration(const char *name, const char *synopsis, const char *summary,
                        CommandFunction function);
};
