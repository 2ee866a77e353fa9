// paydeskctl audit move-key-to-keychain, keys export and keys import.

#include "clisession.h"
#include "command.h"

#include "services/authservice.h"
#include "services/deskservices.h"
#include "services/teamkeys.h"
#include "store/auditkeyprovider.h"
#include "store/auditkeystore.h"
#include "store/database.h"
#include "store/teamkeyfile.h"

#include <QFile>

#include <optional>

namespace {

int runMoveKey(CommandContext &context)
{
    const QString command = QStringLiteral("audit move-key-to-keychain");
    if (!context.arguments.isEmpty())
        return usage(context, command);
    int exitCode = ExitDone;
    // The key guards the audit log and the people seals: moving it is the admin's, like the credentials.
    auto session = CliSession::open(context, command, Permission::ManageCredentials, &exitCode);
    if (!session)
        return exitCode;
    const QString path = FileAuditKeyProvider::keyPathFor(session->database().path());
    if (!QFile::exists(path)) {
        context.err << "paydeskctl " << command << ": there is no key file at " << path
                    << "; the audit key is in the OS keychain already\n";
        return ExitRefused;
    }
    QString entry;
    const StoreStatus moved =
        AuditKeyStore::moveFileToKeychain(session->database(), session->userName(), &entry);
    if (!moved.ok())
        return fail(context, command, moved.message,
                    moved.error == StoreError::Conflict ? ExitRefused : ExitEnvironment);
    context.out << "moved the audit key from " << path << " to the OS keychain (" << entry
                << "); the chain verifies with it and the file is removed\n";
    return ExitDone;
}

const CommandRegistration moveKeyRegistration(
    "audit move-key-to-keychain", "",
    "moves the audit key file into the OS keychain (checked, verified, audited; then the file is removed)",
    runMoveKey);

// keys export FILE / keys import FILE: a team's audit key and APS credentials between its desks.

const CliSignIn::SecretPrompt passphrasePrompt{
    "PAYDESK_KEYS_PASSPHRASE", QStringLiteral("the team key passphrase"),
    QStringLiteral("Team key passphrase: "), QStringLiteral("passphrases")};

// The one FILE argument; empty after printing the usage.
std::optional<QString> onlyFile(CommandContext &context, const QString &command)
{
    const auto args = CommandArguments::read(context, command, {});
    if (!args)
        return std::nullopt;
    if (args->positional().size() != 1) {
        usage(context, command);
        return std::nullopt;
    }
    return args->positional().first();
}

int runKeysExport(CommandContext &context)
{
    const QString command = QStringLiteral("keys export");
    const auto path = onlyFile(context, command);
    if (!path)
        return ExitUsage;
    return CliSession::run(context, command, [&](CliSession &session) {
        const TeamKeys keys({&session.database(), &session.audit(), session.services().authorizer()});
        // Refused before anyone types a passphrase for nothing.
        if (const TeamKeysStatus may = keys.mayExport(session.userName(), *path); !may.ok())
            return fail(context, command, may.message, exitCodeOf(may));
        QString passphrase = CliSignIn::secret(context, command, passphrasePrompt, true);
        if (passphrase.isEmpty())
            return int(ExitUsage);
        const TeamKeysStatus exported = keys.exportTo(session.userName(), *path, passphrase);
        TeamKeyFile::wipe(passphrase);
        return report(context, command, exported, QStringLiteral("exported ") + exported.message);
    });
}

int runKeysImport(CommandContext &context)
{
    const QString command = QStringLiteral("keys import");
    const auto path = onlyFile(context, command);
    if (!path)
        return ExitUsage;
    DeskServices::Options options;
    options.profileName = context.profileName;
    auto desk = DeskServices::open(context.databasePath, std::move(options));
    if (!desk.ok())
        return fail(context, command, desk.message, exitCodeOf(desk.error));
    QString passphrase = CliSignIn::secret(context, command, passphrasePrompt, false);
    if (passphrase.isEmpty())
        return ExitUsage;
    TeamKeysStatus opened;
    const auto import = TeamKeys::open((*desk)->database(), *path, passphrase, &opened);
    TeamKeyFile::wipe(passphrase);
    if (!import)
        return fail(context, command, opened.message, exitCodeOf(opened));
    // This desk may have no audit key yet, so CliSession cannot sign in: the file's key, which has just
    // verified the chain, checks the people seals and records the sign-in instead.
    AuthService auth((*desk)->database(), import->audit());
    auth.setHeadMemory((*desk)->auditHeads());
    int exitCode = ExitDone;
    const auto identity = CliSignIn::signIn(context, auth, command, &exitCode);
    if (!identity)
        return exitCode;
    const TeamKeysStatus installed =
        import->install(identity->userName, identity->signedIn ? &auth : nullptr);
    return report(context, command, installed, QStringLiteral("imported ") + installed.message);
}

const CommandRegistration keysExportRegistration("keys export", "FILE",
                                                 "the audit key and the keychain's APS credentials into a "
                                                 "new passphrase-protected file (admin; passphrase "
                                                 "from PAYDESK_KEYS_PASSPHRASE or typed twice)",
                                                 runKeysExport);
const CommandRegistration
    keysImportRegistration("keys import", "FILE",
                           "a team key file of this database into this desk's OS keychain (the chain must "
                           "verify with its key; sign-in "
                           "as an admin; passphrase from PAYDESK_KEYS_PASSPHRASE or typed)",
                           runKeysImport);

} // namespace
