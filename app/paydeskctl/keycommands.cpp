// paydeskctl audit move-key-to-keychain.

#include "clisession.h"
#include "command.h"

#include "store/auditkeyprovider.h"
#include "store/auditkeystore.h"
#include "store/database.h"

#include <QFile>

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

} // namespace
