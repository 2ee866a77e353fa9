// paydeskctl users add / disable / enable / role / list / reset-admin.

#include "clisession.h"
#include "clisignin.h"
#include "command.h"

#include "services/authservice.h"
#include "store/auditkeystore.h"
#include "store/auditlog.h"
#include "store/database.h"

#include <QRandomGenerator>

namespace {

std::optional<Role> parseRole(CommandContext &context, const QString &command, const QString &text)
{
    const auto role = roleFromToken(text);
    if (!role)
        context.err << "paydeskctl " << command << ": a role is viewer, operator, approver or admin\n";
    return role;
}

int runAdd(CommandContext &context)
{
    const QString command = QStringLiteral("users add");
    const auto args = CommandArguments::read(context, command, {QStringLiteral("role")});
    if (!args || args->positional().size() != 1)
        return usage(context, command);
    const QString name = args->positional().first();
    const auto role = parseRole(context, command,
                                args->has(QStringLiteral("role")) ? args->value(QStringLiteral("role"))
                                                                  : QStringLiteral("admin"));
    if (!role)
        return usage(context, command);
    return CliSession::run(context, command, [&](CliSession &session) {
        const QString password = CliSignIn::newPassword(context, command);
        if (password.isEmpty())
            return int(ExitUsage);
        return report(context, command, session.auth().addUser(session.userName(), name, *role, password),
                      QStringLiteral("added %1 (%2)").arg(name, roleToken(*role)));
    });
}

int runDisable(CommandContext &context, bool disabled)
{
    const QString command = disabled ? QStringLiteral("users disable") : QStringLiteral("users enable");
    if (context.arguments.size() != 1)
        return usage(context, command);
    const QString &name = context.arguments.first();
    return CliSession::run(context, command, [&](CliSession &session) {
        return report(context, command, session.auth().setDisabled(session.userName(), name, disabled),
                      (disabled ? QStringLiteral("disabled ") : QStringLiteral("enabled ")) + name);
    });
}

int runDisableUser(CommandContext &context)
{
    return runDisable(context, true);
}

int runEnableUser(CommandContext &context)
{
    return runDisable(context, false);
}

int runRole(CommandContext &context)
{
    const QString command = QStringLiteral("users role");
    if (context.arguments.size() != 2)
        return usage(context, command);
    const auto role = parseRole(context, command, context.arguments.at(1));
    if (!role)
        return ExitUsage;
    const QString &name = context.arguments.first();
    return CliSession::run(context, command, [&](CliSession &session) {
        return report(context, command, session.auth().setRole(session.userName(), name, *role),
                      QStringLiteral("%1 is now %2").arg(name, roleToken(*role)));
    });
}

int runConfirm(CommandContext &context)
{
    const QString command = QStringLiteral("users confirm");
    if (context.arguments.size() != 1)
        return usage(context, command);
    const QString &name = context.arguments.first();
    return CliSession::run(context, command, [&](CliSession &session) {
        return report(context, command, session.auth().confirmUser(session.userName(), name),
                      QStringLiteral("confirmed the approver role of %1").arg(name));
    });
}

int runList(CommandContext &context)
{
    const QString command = QStringLiteral("users list");
    if (!context.arguments.isEmpty())
        return usage(context, command);
    int exitCode = ExitDone;
    const auto session = CliSession::open(context, command, Permission::ManageUsers, &exitCode);
    if (!session)
        return exitCode;
    const auto users = session->auth().users();
    if (!users.ok())
        return fail(context, command, users.message, exitCodeOf(users.error));
    for (const User &user : *users) {
        context.out << user.name << '\t' << roleToken(user.role) << '\t'
                    << (user.disabled ? "disabled" : "enabled");
        if (user.lockedUntil.isValid())
            context.out << "\tlocked until " << user.lockedUntil.toString(Qt::ISODate);
        if (user.awaitsConfirmation())
            context.out << "\tapprover role granted by " << user.grantedBy << " awaits confirmation";
        context.out << '\n';
    }
    return ExitDone;
}

QString randomPassword()
{
    // 16 characters from an alphabet without look-alikes: about 90 bits.
    static const QLatin1String alphabet("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 16; ++i)
        password += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    return password;
}

// No sign-in: it exists for a forgotten admin password. Whoever can write the database file and read its
// audit key on this machine could change the file anyway; the reset is audited under the OS account.
int runResetAdmin(CommandContext &context)
{
    const QString command = QStringLiteral("users reset-admin");
    if (context.arguments.size() > 1)
        return usage(context, command);
    auto opened = Database::open(context.databasePath);
    if (!opened.ok())
        return fail(context, command, opened.message, exitCodeOf(opened.error));
    const Database &database = **opened;
    auto keys = AuditKeyStore::forDatabase(database);
    if (!keys.ok())
        return fail(context, command, keys.message, exitCodeOf(keys.error));
    const AuditLog audit(database, *keys->provider);
    const AuthService auth(database, audit);
    QString password = qEnvironmentVariable("PAYDESK_NEW_PASSWORD");
    bool generated = false;
    if (password.isEmpty() && !CliSignIn::hasTerminal()) {
        password = randomPassword();
        generated = true;
    } else if (password.isEmpty()) {
        password = CliSignIn::newPassword(context, command);
        if (password.isEmpty())
            return ExitUsage;
    }
    QString osUser = qEnvironmentVariable("USER");
    if (osUser.isEmpty())
        osUser = QStringLiteral("unknown");
    QString whom;
    const AuthStatus status =
        auth.resetAdmin(QStringLiteral("os:") + osUser, context.arguments.value(0), password, &whom);
    if (!status.ok())
        return report(context, command, status, QString());
    context.out << "reset the password of admin " << whom << '\n';
    if (generated)
        context.out << "new password: " << password << "\n(change it after signing in)\n";
    return ExitDone;
}

const CommandRegistration addRegistration(
    "users add", "NAME --role viewer|operator|approver|admin",
    "adds a user (password from PAYDESK_NEW_PASSWORD or a terminal prompt); the first user is an admin",
    runAdd);
const CommandRegistration disableRegistration("users disable", "NAME", "stops a user from signing in",
                                              runDisableUser);
const CommandRegistration enableRegistration("users enable", "NAME", "lets a disabled user sign in again",
                                             runEnableUser);
const CommandRegistration roleRegistration("users role", "NAME viewer|operator|approver|admin",
                                           "changes a role", runRole);
const CommandRegistration confirmRegistration(
    "users confirm", "NAME",
    "a second admin confirms an approver role another admin granted (until then it cannot approve)",
    runConfirm);
const CommandRegistration listRegistration("users list", "", "lists users, roles and locks", runList);
const CommandRegistration resetRegistration("users reset-admin", "[NAME]",
                                            "on the machine holding the database: sets a new admin password "
                                            "(PAYDESK_NEW_PASSWORD, a prompt, or printed)",
                                            runResetAdmin);

} // namespace
