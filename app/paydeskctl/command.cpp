#include "command.h"

#include <algorithm>

namespace {
QList<CommandInfo> &registry()
{
    static QList<CommandInfo> commands;
    return commands;
}
} // namespace

void CommandRegistry::add(const CommandInfo &info)
{
    auto &commands = registry();
    const auto at =
        std::lower_bound(commands.begin(), commands.end(), info,
                         [](const CommandInfo &a, const CommandInfo &b) { return a.name < b.name; });
    commands.insert(at, info);
}

const QList<CommandInfo> &CommandRegistry::commands()
{
    return registry();
}

CommandRegistration::CommandRegistration(const char *name, const char *synopsis, const char *summary,
                                         CommandFunction function)
{
    CommandRegistry::add(
        {QString::fromUtf8(name), QString::fromUtf8(synopsis), QString::fromUtf8(summary), function});
}

std::optional<CommandArguments> CommandArguments::read(CommandContext &context, const QString &command,
                                                       const QStringList &valued, const QStringList &flags)
{
    CommandArguments parsed;
    const QStringList &args = context.arguments;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (optionsEnded || !arg.startsWith(QLatin1String("--"))) {
            parsed.m_positional << arg;
            continue;
        }
        if (arg.size() == 2) {
            optionsEnded = true;
            continue;
        }
        const qsizetype equals = arg.indexOf(QLatin1Char('='));
        const QString name = arg.mid(2, equals < 0 ? -1 : equals - 2);
        if (flags.contains(name) && equals < 0) {
            parsed.m_flags.insert(name);
        } else if (!valued.contains(name)) {
            fail(context, command, QStringLiteral("unknown option ") + arg, ExitUsage);
            return std::nullopt;
        } else if (equals >= 0) {
            parsed.m_values[name] << arg.mid(equals + 1);
        } else if (i + 1 < args.size()) {
            parsed.m_values[name] << args.at(++i);
        } else {
            fail(context, command, arg + QStringLiteral(" needs a value"), ExitUsage);
            return std::nullopt;
        }
    }
    return parsed;
}

QString CommandArguments::value(const QString &name) const
{
    const QStringList given = m_values.value(name);
    return given.isEmpty() ? QString() : given.last();
}

int usage(CommandContext &context, const QString &command)
{
    QString synopsis;
    for (const CommandInfo &info : CommandRegistry::commands()) {
        if (info.name == command)
            synopsis = info.synopsis;
    }
    context.err << "paydeskctl " << command << ": usage: paydeskctl " << command;
    if (!synopsis.isEmpty())
        context.err << ' ' << synopsis;
    context.err << '\n';
    return ExitUsage;
}

int fail(CommandContext &context, const QString &command, const QString &message, int exitCode)
{
    context.err << "paydeskctl";
    if (!command.isEmpty())
        context.err << ' ' << command;
    context.err << ": " << message << '\n';
    return exitCode;
}

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<qint64> parseOnlyId(const QStringList &words)
{
    return words.size() == 1 ? parseId(words.first()) : std::nullopt;
}
