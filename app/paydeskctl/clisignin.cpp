#include "clisignin.h"

#include "clisession.h"

#include "services/authservice.h"
#include "store/auditlog.h"

#include <QThread>

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

bool CliSignIn::hasTerminal()
{
    return isatty(STDIN_FILENO) != 0;
}

QString CliSignIn::prompt(CommandContext &context, const QString &question, bool secret)
{
    if (!hasTerminal())
        return QString();
    context.err << question;
    context.err.flush();
    termios saved{};
    const bool hide = secret && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (hide) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        context.err << '\n';
    }
    return QString::fromStdString(line);
}

std::optional<CliIdentity> CliSignIn::signIn(CommandContext &context, const AuthService &auth,
                                             const QString &command, int *exitCode)
{
    const auto hasUsers = auth.hasUsers();
    if (!hasUsers.ok()) {
        context.err << "paydeskctl " << command << ": " << hasUsers.message << '\n';
        *exitCode = ExitEnvironment;
        return std::nullopt;
    }
    if (!*hasUsers) {
        // No sign-in to check the seals on the way: a database that is merely new must still be intact.
        const auto problems = auth.integrity();
        // Never had users, so nothing is asked of anyone; a database without its key still runs the
        // commands that need none, as before (those that audit refuse on their own).
        if (!problems.ok() && problems.error == StoreError::AuditKey)
            return CliIdentity{CliSession::actingUser(), false};
        if (!problems.ok()) {
            context.err << "paydeskctl " << command << ": " << problems.message << '\n';
            *exitCode = ExitEnvironment;
            return std::nullopt;
        }
        if (!problems->isEmpty()) {
            context.err
                << "paydeskctl " << command << ": refused: PayDesk's records were changed outside PayDesk: "
                << problems->join(QStringLiteral("; "))
                << ". Restore a backup you trust: paydeskctl restore FILE, signed in as an admin of that "
                   "backup\n";
            *exitCode = ExitRefused;
            return std::nullopt;
        }
        const QString user = qEnvironmentVariable("PAYDESK_USER");
        return CliIdentity{user.isEmpty() ? QStringLiteral("paydeskctl") : user, false};
    }
    QString name = qEnvironmentVariable("PAYDESK_USER");
    if (name.isEmpty())
        name = prompt(context, QStringLiteral("PayDesk user: "), false).trimmed();
    QString password = qEnvironmentVariable("PAYDESK_PASSWORD");
    if (password.isEmpty() && !name.isEmpty())
        password = prompt(context, QStringLiteral("Password for %1: ").arg(name), true);
    if (name.isEmpty() || password.isEmpty()) {
        context.err
            << "paydeskctl " << command
            << ": this database has users: sign in with PAYDESK_USER and PAYDESK_PASSWORD, or run on a "
               "terminal to be asked\n";
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    const SignInResult result = auth.signIn(name, password);
    if (result.status == SignInStatus::Store) {
        context.err << "paydeskctl " << command << ": " << result.message << '\n';
        *exitCode = ExitEnvironment;
        return std::nullopt;
    }
    if (!result.ok()) {
        context.err << "paydeskctl " << command << ": sign-in refused: " << result.message << '\n';
        context.err.flush();
        QThread::msleep(static_cast<unsigned long>(result.retryDelay.count()));
        *exitCode = ExitRefused;
        return std::nullopt;
    }
    return CliIdentity{result.user->name, true};
}

bool CliSignIn::require(CommandContext &context, const CliIdentity &identity, const AuthService &auth,
                        const AuditLog &audit, Permission permission, const QString &command, int *exitCode)
{
    if (!identity.signedIn)
        return true;
    const AuthorizationDecision decision = auth.authorize(identity.userName, permission);
    if (decision.allowed)
        return true;
    audit.append(identity.userName, command, QStringLiteral("refused"), QString(), decision.reason);
    context.err << "paydeskctl " << command << ": " << decision.reason << '\n';
    *exitCode = ExitRefused;
    return false;
}

QString CliSignIn::newPassword(CommandContext &context, const QString &command)
{
    return secret(context, command,
                  {"PAYDESK_NEW_PASSWORD", QStringLiteral("the new password"),
                   QStringLiteral("New password: "), QStringLiteral("passwords")},
                  true);
}

QString CliSignIn::secret(CommandContext &context, const QString &command, const SecretPrompt &prompt,
                          bool confirm)
{
    const QString fromEnvironment = qEnvironmentVariable(prompt.variable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (!hasTerminal()) {
        context.err << "paydeskctl " << command << ": set " << prompt.variable
                    << ", or run on a terminal to type " << prompt.what << '\n';
        return QString();
    }
    const QString first = CliSignIn::prompt(context, prompt.question, true);
    if (!confirm)
        return first;
    const QString second = CliSignIn::prompt(context, QStringLiteral("The same again: "), true);
    if (first != second) {
        context.err << "paydeskctl " << command << ": the two " << prompt.plural << " differ\n";
        return QString();
    }
    return first;
}
