// paydeskctl commands over the store itself: init, profile set/show, audit verify/head, backup, restore.

#include "clisession.h"
#include "command.h"

#include "aps/signature.h"
#include "services/authservice.h"
#include "services/deskservices.h"
#include "services/profileservice.h"
#include "store/auditheadmemory.h"
#include "store/auditkeyprovider.h"
#include "store/auditkeystore.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/databasebackup.h"
#include "store/profilerepository.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QUrl>

#include <memory>

namespace {

int report(CommandContext &context, const StoreStatus &status)
{
    if (!status.ok())
        context.err << "paydeskctl: " << status.message << '\n';
    return exitCodeOf(status.error);
}

// Reads "--name value" options (only the names in `allowed`) and exactly `positionalCount` other words into
// `positional`. Returns false (after saying why) on an unknown option, a missing value or a wrong number of
// words.
bool parseOptions(CommandContext &context, const QStringList &allowed, QHash<QString, QString> *values,
                  QStringList *positional = nullptr, int positionalCount = 0)
{
    const auto args = CommandArguments::read(context, QString(), allowed);
    if (!args)
        return false;
    for (const QString &name : allowed) {
        if (args->has(name))
            values->insert(name, args->value(name));
    }
    const QStringList &words = args->positional();
    if (words.size() != positionalCount) {
        fail(context, QString(),
             words.size() > positionalCount
                 ? QStringLiteral("unexpected argument \"%1\"").arg(words.at(positionalCount))
                 : QStringLiteral("missing argument (see paydeskctl --help)"),
             ExitUsage);
        return false;
    }
    if (positional)
        *positional = words;
    return true;
}

std::unique_ptr<Database> openDatabase(CommandContext &context, int *exitCode)
{
    auto opened = Database::open(context.databasePath);
    if (!opened.ok()) {
        *exitCode = report(context, opened.status());
        return nullptr;
    }
    return std::move(*opened);
}

int runInit(CommandContext &context)
{
    QHash<QString, QString> options;
    if (!parseOptions(context, {QStringLiteral("merchant-identifier"), QStringLiteral("environment")},
                      &options))
        return ExitUsage;
    const QString merchant = options.value(QStringLiteral("merchant-identifier"));
    const QString environment = options.value(QStringLiteral("environment"));
    if (merchant.isEmpty() || merchant.size() > 20) {
        context.err << "paydeskctl: --merchant-identifier is required (1 to 20 characters)\n";
        return ExitUsage;
    }
    if (!Database::isEnvironmentToken(environment)) {
        context.err << "paydeskctl: --environment must be simulator, sandbox, production or custom\n";
        return ExitUsage;
    }
    if (QFile::exists(context.databasePath)) {
        context.err << "paydeskctl: " << context.databasePath
                    << " already exists; init never overwrites a database\n";
        return ExitRefused;
    }
    auto created = Database::create(context.databasePath, merchant, environment);
    if (!created.ok())
        return report(context, created.status());
    const Database &db = **created;
    // A key file left by an earlier database at this path is kept (replacing it would orphan that chain's
    // backups); otherwise the new key goes to the OS keychain, or to a 0600 file where there is none.
    auto chosen = QFile::exists(FileAuditKeyProvider::keyPathFor(db.path())) ? AuditKeyStore::forDatabase(db)
                                                                             : AuditKeyStore::createFor(db);
    if (!chosen.ok())
        return report(context, chosen.status());
    if (!chosen->notice.isEmpty())
        context.err << "paydeskctl: " << chosen->notice << '\n';
    const AuditKeyProvider &keys = *chosen->provider;
    if (const auto key = keys.key(); !key.ok())
        return report(context, key.status());
    ProfileRepository profiles(db);
    const StoreStatus status = db.withWriteTransaction([&]() -> StoreStatus {
        if (StoreStatus s = profiles.save(profiles.defaults(context.profileName)); !s.ok())
            return s;
        return AuditLog(db, keys)
            .append(CliSession::actingUser(), QStringLiteral("init"), QStringLiteral("done"), QString(),
                    QStringLiteral("merchant %1, environment %2").arg(merchant, environment))
            .status();
    });
    if (!status.ok())
        return report(context, status);
    context.out << "created " << db.path() << " for merchant " << merchant << " (" << environment << ")\n";
    if (chosen->place == AuditKeyStore::Place::File)
        context.out << "audit key: " << chosen->where << " (keep a copy with your backups)\n";
    else
        context.out << "audit key: in the OS keychain as " << chosen->where << '\n';
    return ExitDone;
}

int runProfileSet(CommandContext &context)
{
    QHash<QString, QString> options;
    const QStringList names{QStringLiteral("endpoint"),
                            QStringLiteral("sha-type"),
                            QStringLiteral("language"),
                            QStringLiteral("timeout-s"),
                            QStringLiteral("capture-window-days"),
                            QStringLiteral("warning-hours"),
                            QStringLiteral("time-zone"),
                            QStringLiteral("settle-quiet-minutes"),
                            QStringLiteral("manual-review-minutes")};
    if (!parseOptions(context, names, &options))
        return ExitUsage;
    int code = ExitDone;
    const auto session =
        CliSession::open(context, QStringLiteral("profile set"), Permission::ManageSettings, &code);
    if (!session)
        return code;
    auto loaded = session->services().profiles().load(context.profileName);
    if (!loaded.ok())
        return report(context, loaded.status());
    MerchantProfile profile = *loaded;
    const auto number = [&](const QString &name, int *target) {
        if (!options.contains(name))
            return true;
        bool ok = false;
        const int value = options.value(name).toInt(&ok);
        if (!ok) {
            context.err << "paydeskctl: --" << name << " must be a whole number\n";
            return false;
        }
        *target = value;
        return true;
    };
    if (options.contains(QStringLiteral("endpoint"))) {
        const QUrl url(options.value(QStringLiteral("endpoint")), QUrl::StrictMode);
        if (!ProfileRepository::isAllowedEndpoint(url)) {
            context.err
                << "paydeskctl: --endpoint must be https://, or http:// to 127.0.0.1, localhost or [::1]\n";
            return ExitUsage;
        }
        profile.endpoint = url;
    }
    if (options.contains(QStringLiteral("sha-type"))) {
        const auto type = shaTypeFromString(options.value(QStringLiteral("sha-type")));
        if (!type) {
            context.err << "paydeskctl: --sha-type must be SHA-256, SHA-512, HMAC-256 or HMAC-512\n";
            return ExitUsage;
        }
        profile.shaType = *type;
    }
    profile.language = options.value(QStringLiteral("language"), profile.language);
    profile.timeZone = options.value(QStringLiteral("time-zone"), profile.timeZone);
    if (!number(QStringLiteral("timeout-s"), &profile.timeoutSeconds) ||
        !number(QStringLiteral("capture-window-days"), &profile.captureWindowDays) ||
        !number(QStringLiteral("warning-hours"), &profile.warningHours) ||
        !number(QStringLiteral("settle-quiet-minutes"), &profile.settleQuietMinutes) ||
        !number(QStringLiteral("manual-review-minutes"), &profile.manualReviewMinutes))
        return ExitUsage;
    const ProfileStatus saved = session->services().profiles().save(
        session->userName(), profile,
        QStringLiteral("profile %1: %2").arg(profile.name, QStringList(options.keys()).join(u',')));
    switch (saved.error) {
    case ProfileError::None:
        break;
    case ProfileError::Invalid:
        context.err << "paydeskctl: --" << saved.message << '\n';
        return ExitUsage;
    case ProfileError::PermissionDenied:
        context.err << "paydeskctl profile set: " << saved.message << '\n';
        return ExitRefused;
    case ProfileError::Store:
        return report(context, StoreStatus::failure(saved.storeError, saved.message));
    }
    context.out << "profile " << profile.name << " saved\n";
    return ExitDone;
}

int runProfileShow(CommandContext &context)
{
    QHash<QString, QString> options;
    if (!parseOptions(context, {}, &options))
        return ExitUsage;
    int code = ExitDone;
    const auto session = CliSession::open(context, QStringLiteral("profile show"), Permission::View, &code);
    if (!session)
        return code;
    const auto profile = ProfileRepository(session->database()).loadOrDefault(context.profileName);
    if (!profile.ok())
        return report(context, profile.status());
    context.out << "profile: " << profile->name << '\n'
                << "merchant-identifier: " << profile->merchantIdentifier << '\n'
                << "environment: " << profile->environment << '\n'
                << "endpoint: " << profile->endpoint.toString() << '\n'
                << "sha-type: " << shaTypeName(profile->shaType) << '\n'
                << "language: " << profile->language << '\n'
                << "timeout-s: " << profile->timeoutSeconds << '\n'
                << "capture-window-days: " << profile->captureWindowDays << '\n'
                << "warning-hours: " << profile->warningHours << '\n'
                << "time-zone: " << profile->timeZone << '\n'
                << "settle-quiet-minutes: " << profile->settleQuietMinutes << '\n'
                << "manual-review-minutes: " << profile->manualReviewMinutes << '\n'
                << "money-blocked: "
                << (profile->isMoneyBlocked() ? profile->moneyBlockedReason : QStringLiteral("no")) << '\n';
    return ExitDone;
}

int runAuditVerify(CommandContext &context)
{
    QHash<QString, QString> options;
    if (!parseOptions(context, {QStringLiteral("anchor")}, &options))
        return ExitUsage;
    std::optional<AuditAnchor> anchor;
    if (options.contains(QStringLiteral("anchor"))) {
        anchor = AuditAnchor::fromString(options.value(QStringLiteral("anchor")));
        if (!anchor) {
            context.err << "paydeskctl: --anchor must be COUNT:HASH as printed by audit head\n";
            return ExitUsage;
        }
    }
    int code = ExitDone;
    const auto session = CliSession::open(context, QStringLiteral("audit verify"), Permission::View, &code);
    if (!session)
        return code;
    const AuditVerification result = session->audit().verify(anchor);
    if (result.problem == AuditProblem::Unavailable) {
        context.err << "paydeskctl: " << result.message << '\n';
        return ExitEnvironment;
    }
    if (!result.ok()) {
        context.out << "broken: " << result.message << '\n';
        return ExitRefused;
    }
    context.out << "ok: " << result.message << '\n';
    return ExitDone;
}

int runAuditHead(CommandContext &context)
{
    QHash<QString, QString> options;
    if (!parseOptions(context, {}, &options))
        return ExitUsage;
    int code = ExitDone;
    const auto session = CliSession::open(context, QStringLiteral("audit head"), Permission::View, &code);
    if (!session)
        return code;
    const auto head = session->audit().head();
    if (!head.ok())
        return report(context, head.status());
    context.out << head->toString() << '\n';
    return ExitDone;
}

int runBackup(CommandContext &context)
{
    QHash<QString, QString> options;
    QStringList files;
    if (!parseOptions(context, {}, &options, &files, 1))
        return ExitUsage;
    int code = ExitDone;
    // A backup holds every order and the whole audit trail: the admin's, like the settings.
    const auto session =
        CliSession::open(context, QStringLiteral("backup"), Permission::ManageSettings, &code);
    if (!session)
        return code;
    if (const StoreStatus s = DatabaseBackup::backup(session->database(), files.first()); !s.ok())
        return report(context, s);
    session->audit().append(session->userName(), QStringLiteral("backup"), QStringLiteral("done"), QString(),
                            files.first());
    context.out << "backup written to " << files.first() << '\n';
    return ExitDone;
}

// What was edited outside PayDesk in the database at `path` (users, roles, thresholds: AuthService's seals);
// empty when it is intact or cannot be read (the ordinary path reports that).
QStringList editsOutside(const QString &path)
{
    const auto opened = Database::open(path);
    if (!opened.ok())
        return {};
    const auto keys = AuditKeyStore::forDatabase(**opened);
    if (!keys.ok())
        return {};
    const AuditLog audit(**opened, *keys->provider);
    const auto problems = AuthService(**opened, audit).integrity();
    return problems.ok() ? *problems : QStringList();
}

// Moves the database and its -wal/-shm from `from` to `to`; false when a file would not move.
bool moveDatabaseFiles(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(from + suffix) && !QFile::rename(from + suffix, to + suffix))
            return false;
    }
    return true;
}

// A database changed outside PayDesk refuses every sign-in, its admins' included: the backup's own people
// decide instead. The changed file is kept beside it as evidence; the restore stands only when an admin of
// the restored database signs in and its seals hold, otherwise the changed file is put back.
int restoreOverChanged(CommandContext &context, const QString &backup, const QStringList &edits)
{
    const QString path = context.databasePath;
    const QString kept = path + QStringLiteral(".changed-outside-") +
                         QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmssZ"));
    if (!moveDatabaseFiles(path, kept)) {
        moveDatabaseFiles(kept, path);
        context.err << "paydeskctl restore: cannot move " << path << " aside\n";
        return ExitEnvironment;
    }
    const auto putBack = [&] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        moveDatabaseFiles(kept, path);
    };
    if (const StoreStatus s = DatabaseBackup::restore(backup, path); !s.ok()) {
        putBack();
        return report(context, s);
    }
    int code = ExitDone;
    {
        const auto restored = Database::open(path);
        if (restored.ok()) {
            // The restore goes back on purpose: this machine's memory of a longer log does not apply.
            if (const auto identity = AuditHeadMemory::databaseIdentity(**restored); identity.ok())
                AuditHeadMemory().forget(*identity);
        }
    }
    auto session = CliSession::open(context, QStringLiteral("restore"), Permission::ManageSettings, &code);
    if (!session) {
        putBack();
        context.err << "paydeskctl restore: not restored; " << path << " is as it was\n";
        return code;
    }
    const StoreStatus audited =
        session->audit()
            .append(session->userName(), QStringLiteral("restore"), QStringLiteral("done"), QString(),
                    QStringLiteral("%1 replaced a database changed outside PayDesk (%2), kept as %3")
                        .arg(backup, edits.join(QStringLiteral("; ")), kept))
            .status();
    if (!audited.ok())
        return report(context, audited);
    context.out << "restored " << path << " from " << backup
                << "; the database changed outside PayDesk is kept as " << kept << '\n';
    return ExitDone;
}

int runRestore(CommandContext &context)
{
    QHash<QString, QString> options;
    QStringList files;
    if (!parseOptions(context, {}, &options, &files, 1))
        return ExitUsage;
    int code = ExitDone;
    // Replacing a database is an admin's decision, taken by the people of the database being replaced. With
    // no database there yet (a new machine) there is nobody to ask.
    QString actor = CliSession::actingUser();
    if (QFile::exists(context.databasePath)) {
        if (const QStringList edits = editsOutside(context.databasePath); !edits.isEmpty())
            return restoreOverChanged(context, files.first(), edits);
        const auto session =
            CliSession::open(context, QStringLiteral("restore"), Permission::ManageSettings, &code);
        if (!session)
            return code;
        actor = session->userName();
    }
    if (const StoreStatus s = DatabaseBackup::restore(files.first(), context.databasePath); !s.ok())
        return report(context, s);
    const auto db = openDatabase(context, &code);
    if (!db)
        return code;
    // A restore goes back on purpose: this machine's memory of the longer log no longer applies to the file.
    if (const auto identity = AuditHeadMemory::databaseIdentity(*db); identity.ok())
        AuditHeadMemory().forget(*identity);
    const auto keys = AuditKeyStore::forDatabase(*db);
    if (!keys.ok())
        return report(context, keys.status());
    AuditLog(*db, *keys->provider)
        .append(actor, QStringLiteral("restore"), QStringLiteral("done"), QString(), files.first());
    context.out << "restored " << db->path() << " from " << files.first() << '\n';
    return ExitDone;
}

const CommandRegistration
    initCommand("init", "--merchant-identifier ID --environment simulator|sandbox|production|custom",
                "creates a database for one merchant account and environment", runInit);
const CommandRegistration profileSetCommand(
    "profile set",
    "[--endpoint URL] [--sha-type T] [--language en|ar] [--timeout-s N] [--capture-window-days N] "
    "[--warning-hours N] [--time-zone TZ] [--settle-quiet-minutes N] [--manual-review-minutes N]",
    "changes the profile's non-secret settings", runProfileSet);
const CommandRegistration profileShowCommand("profile show", "", "prints the profile's settings",
                                             runProfileShow);
const CommandRegistration auditVerifyCommand("audit verify", "[--anchor COUNT:HASH]",
                                             "checks the audit chain; names the first bad row",
                                             runAuditVerify);
const CommandRegistration auditHeadCommand("audit head", "",
                                           "prints the anchor (row count and hash) to keep elsewhere",
                                           runAuditHead);
const CommandRegistration backupCommand("backup", "FILE", "writes a consistent copy of the database",
                                        runBackup);
const CommandRegistration restoreCommand("restore", "FILE",
                                         "replaces the database by a backup of the same account", runRestore);

} // namespace
