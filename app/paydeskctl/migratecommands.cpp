// paydeskctl migrate: a single-desk file into a team's store (StoreMigration).

#include "clisession.h"
#include "command.h"

#include "store/auditkeystore.h"
#include "store/database.h"
#include "store/storemigration.h"

namespace {

void printOutcome(CommandContext &context, const QString &from, const QString &to,
                  const MigrationOutcome &outcome)
{
    context.out << "moved " << from << " to " << to
                << (outcome.createdStore ? " (team store created)" : " (into its empty team store)") << '\n';
    for (const MigratedTable &table : outcome.tables)
        context.out << "  " << table.name << ": " << table.rows << '\n';
    context.out << "audit chain verified: " << outcome.sourceAuditRows << " rows in the file, "
                << outcome.targetAuditRows << " in the team store (the move recorded in both)\n"
                << "people seal verified on the team store\n";
    if (outcome.keyPlace == AuditKeyStore::Place::Keychain) {
        context.out << "audit key: in the OS keychain as " << outcome.keyWhere
                    << "; the other desks need it too (paydeskctl keys export / keys import)\n";
        return;
    }
    context.out << "audit key: " << outcome.keyWhere
                << (outcome.wroteKeyFile ? " (copied from the file's key)" : "")
                << "; better kept in the OS keychain: paydeskctl --db " << to
                << " audit move-key-to-keychain; the other desks need it too (paydeskctl keys export / "
                   "keys import)\n";
}

int runMigrate(CommandContext &context)
{
    const QString command = QStringLiteral("migrate");
    const auto args =
        CommandArguments::read(context, command, {QStringLiteral("from"), QStringLiteral("to")});
    if (!args)
        return ExitUsage;
    const QString from = args->value(QStringLiteral("from"));
    const QString to = args->value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty() || !args->positional().isEmpty())
        return usage(context, command);
    if (Database::isServerUri(from) || !Database::isServerUri(to))
        return fail(
            context, command,
            QStringLiteral("--from names a single-desk file and --to a team store (postgresql://...)"),
            ExitUsage);
    // The source is the store this command signs in to: moving all of it, its people and its key is an
    // admin's decision there, like moving the key into the keychain.
    context.databasePath = from;
    int exitCode = ExitDone;
    const auto session = CliSession::open(context, command, Permission::ManageCredentials, &exitCode);
    if (!session)
        return exitCode;
    const auto key = AuditKeyStore::forDatabase(session->database());
    if (!key.ok())
        return fail(context, command, key.message, exitCodeOf(key.error));
    const auto moved = StoreMigration(session->database(), *key).moveTo(to, session->userName());
    if (!moved.ok())
        return fail(context, command, moved.message, exitCodeOf(moved.error));
    printOutcome(context, session->database().path(), to, *moved);
    return ExitDone;
}

const CommandRegistration
    migrateRegistration("migrate", "--from FILE --to postgresql://USER@HOST:PORT/DBNAME",
                        "moves a single-desk cache into a team store, verified, all or nothing", runMigrate);

} // namespace
