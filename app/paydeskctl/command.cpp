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
