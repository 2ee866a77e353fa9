#pragma once

#include "exitcodes.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

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

// The words after a command, read against what it accepts: options with a value ("--reason TEXT" or
// "--reason=TEXT", repeatable), flags ("--repeat") and positional words, in any order; after "--" every word
// is positional. Every command reads its arguments through this.
class CommandArguments final
{
public:
    // Empty after printing "paydeskctl COMMAND: unknown option --x" or "... --x needs a value": a usage
    // error. Names are given without the dashes.
    static std::optional<CommandArguments> read(CommandContext &context, const QString &command,
                                                const QStringList &valued, const QStringList &flags = {});

    const QStringList &positional() const { return m_positional; }
    bool flag(const QString &name) const { return m_flags.contains(name); }
    bool has(const QString &name) const { return m_values.contains(name); }
    // The last value given; empty when the option was not given.
    QString value(const QString &name) const;
    // Every value given, in order.
    QStringList values(const QString &name) const { return m_values.value(name); }

private:
    QStringList m_positional;
    QSet<QString> m_flags;
    QHash<QString, QStringList> m_values;
};

// Prints "paydeskctl COMMAND: usage: paydeskctl COMMAND SYNOPSIS", with the synopsis the command registered,
// and returns ExitUsage.
int usage(CommandContext &context, const QString &command);
// Prints "paydeskctl COMMAND: MESSAGE" ("paydeskctl: MESSAGE" without a command) on stderr and returns
// `exitCode`.
int fail(CommandContext &context, const QString &command, const QString &message, int exitCode);

// A positive id ("42"); empty for anything else.
std::optional<qint64> parseId(const QString &text);
// The one word of `words` read as an id (parseId); empty unless there is exactly one.
std::optional<qint64> parseOnlyId(const QStringList &words);

// The end of a command that changes one thing: `done` on stdout and ExitDone when `status` is ok, otherwise
// fail() with its message and exitCodeOf(status).
template <typename Status>
int report(CommandContext &context, const QString &command, const Status &status, const QString &done)
{
    if (!status.ok())
        return fail(context, command, status.message, exitCodeOf(status));
    context.out << done << '\n';
    return ExitDone;
}
