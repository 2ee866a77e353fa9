#pragma once

#include "command.h"

#include "domain/permission.h"

#include <QString>

#include <optional>

class AuditLog;
class AuthService;

// Who a paydeskctl command acts as.
struct CliIdentity
{
    QString userName;
    bool signedIn = false; // false: no users exist yet (the bootstrap rule), nobody was asked
};

// Sign-in for paydeskctl (README "People"): while the database has no users, commands run as before under
// PAYDESK_USER (or "paydeskctl") and nothing is asked. Once a user exists, every command that opens the
// database signs in first: the name from PAYDESK_USER, the password from PAYDESK_PASSWORD, or each from a
// prompt when stdin is a terminal (the password without echo). Never from the command line.
class CliSignIn final
{
public:
    // The identity, or nullopt after printing why and setting *exitCode: 1 for a wrong password, a lock or a
    // disabled user (after the delay AuthService asks for, so scripts cannot guess quickly), 2 when no name
    // or password was given and there is no terminal to ask, 5 for the database.
    static std::optional<CliIdentity> signIn(CommandContext &context, const AuthService &auth,
                                             const QString &command, int *exitCode);
    // When signed in, checks `permission` and on refusal prints and audits it and sets *exitCode to 1.
    static bool require(CommandContext &context, const CliIdentity &identity, const AuthService &auth,
                        const AuditLog &audit, Permission permission, const QString &command, int *exitCode);
    // True when stdin is a terminal that prompts can ask.
    static bool hasTerminal();
    // A line read from the terminal, without echo when `secret`; null when stdin is not a terminal.
    static QString prompt(CommandContext &context, const QString &question, bool secret);
    // A new password from PAYDESK_NEW_PASSWORD or, on a terminal, typed twice; null (after saying why)
    // otherwise.
    static QString newPassword(CommandContext &context, const QString &command);

    // How a secret is asked for: its environment variable, and its words in prompts and messages.
    struct SecretPrompt
    {
        const char *variable; // e.g. "PAYDESK_NEW_PASSWORD"
        QString what;         // "the new password"
        QString question;     // "New password: "
        QString plural;       // "passwords"
    };
    // The secret from its variable or, on a terminal, typed without echo (twice when `confirm`); null (after
    // saying why) when there is neither, or the two typed differ.
    static QString secret(CommandContext &context, const QString &command, const SecretPrompt &prompt,
                          bool confirm);
};
