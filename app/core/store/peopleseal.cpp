#include "peopleseal.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/sqlvalue.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>

namespace {

const QByteArrayView SealLabel("paydesk-people-seal-v1");
const QString DefaultProfile = QStringLiteral("default");

QString mac(const QByteArray &key, const QString &kind, const QStringList &fields)
{
    QByteArray content = QByteArrayLiteral("paydesk-seal-v1;");
    appendCanonicalField(content, kind);
    for (const QString &field : fields)
        appendCanonicalField(content, field);
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(content, key, QCryptographicHash::Sha256).toHex());
}

// The user columns a MAC covers, in order; failed_attempts and locked_until are not among them (they change
// on every wrong password and only ever make signing in harder).
const QString userColumns =
    QStringLiteral("id, name, role, password_hash, disabled, COALESCE(CAST(granted_at AS TEXT), ''), "
                   "granted_by, confirmed_by, mac");

QString userMac(const QByteArray &key, const QString &identity, const QSqlQuery &row)
{
    QStringList fields{identity};
    for (int i = 0; i < 8; ++i)
        fields << row.value(i).toString();
    return mac(key, QStringLiteral("user"), fields);
}

QString thresholdMac(const QByteArray &key, const QString &identity, const QSqlQuery &row)
{
    return mac(key, QStringLiteral("approval_threshold"),
               {identity, row.value(0).toString(), row.value(1).toString(), row.value(2).toString()});
}

QString thresholdName(const QString &profile, const QString &currency)
{
    return profile == DefaultProfile ? currency : QStringLiteral("%1 (profile %2)").arg(currency, profile);
}

StoreResult<QString> metaValue(const Database &database, const QString &key)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return StoreResult<QString>(Database::sqlFailure(query, QStringLiteral("reading meta ") + key));
    return query.next() ? query.value(0).toString() : QString();
}

StoreResult<bool> exists(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql))
        return StoreResult<bool>(Database::sqlFailure(query, QStringLiteral("checking the people seal")));
    return query.next();
}

} // namespace

PeopleSeal::PeopleSeal(const Database &database, const AuditLog &audit)
    : m_database(database)
    , m_audit(audit)
{}

StoreResult<QByteArray> PeopleSeal::sealKey() const
{
    return m_audit.derivedKey(SealLabel);
}

StoreResult<QString> PeopleSeal::databaseIdentity() const
{
    // A row copied from another database sealed with the same key does not verify here.
    return metaValue(m_database, QStringLiteral("created_at"));
}

StoreStatus PeopleSeal::writeMeta(const QString &key, const QString &value) const
{
    return runStatement(
        m_database,
        QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                       "SET value = excluded.value"),
        {key, value}, QStringLiteral("writing meta ") + key);
}

StoreResult<QString> PeopleSeal::roster(const QByteArray &key, const QString &identity,
                                        const QString &usersSince, qint64 *users, qint64 *thresholds) const
{
    QStringList entries;
    QSqlQuery rows(m_database.connection());
    if (!rows.exec(QStringLiteral("SELECT id, mac FROM users ORDER BY id")))
        return StoreResult<QString>(Database::sqlFailure(rows, QStringLiteral("reading users")));
    *users = 0;
    while (rows.next()) {
        entries << rows.value(0).toString() << rows.value(1).toString();
        ++*users;
    }
    if (!rows.exec(QStringLiteral(
            "SELECT profile, currency, mac FROM approval_thresholds ORDER BY profile, currency")))
        return StoreResult<QString>(
            Database::sqlFailure(rows, QStringLiteral("reading approval thresholds")));
    *thresholds = 0;
    while (rows.next()) {
        entries << rows.value(0).toString() << rows.value(1).toString() << rows.value(2).toString();
        ++*thresholds;
    }
    return mac(key, QStringLiteral("roster"),
               QStringList{identity, usersSince, QString::number(*users), QString::number(*thresholds)} +
                   entries);
}

StoreStatus PeopleSeal::sealRoster() const
{
    const auto key = sealKey();
    if (!key.ok())
        return key.status();
    const auto identity = databaseIdentity();
    if (!identity.ok())
        return identity.status();
    auto usersSince = metaValue(m_database, QStringLiteral("users_since"));
    if (!usersSince.ok())
        return usersSince.status();
    const auto anyUser = exists(m_database, QStringLiteral("SELECT 1 FROM users LIMIT 1"));
    if (!anyUser.ok())
        return anyUser.status();
    if (usersSince->isEmpty() && *anyUser)
        usersSince = QString::number(QDateTime::currentMSecsSinceEpoch());
    qint64 users = 0;
    qint64 thresholds = 0;
    const auto sealed = roster(*key, *identity, *usersSince, &users, &thresholds);
    if (!sealed.ok())
        return sealed.status();
    if (!usersSince->isEmpty()) {
        if (StoreStatus s = writeMeta(QStringLiteral("users_since"), *usersSince); !s.ok())
            return s;
    }
    if (StoreStatus s = writeMeta(QStringLiteral("users_count"), QString::number(users)); !s.ok())
        return s;
    if (StoreStatus s = writeMeta(QStringLiteral("thresholds_count"), QString::number(thresholds)); !s.ok())
        return s;
    return writeMeta(QStringLiteral("people_seal"), *sealed);
}

StoreStatus
PeopleSeal::reseal(const std::function<StoreStatus(const QByteArray &, const QString &)> &sealRow) const
{
    // The first change on a database from before schema 5 seals what it holds first, or the other rows
    // would read as edited.
    if (const auto once = sealOnce(QStringLiteral("paydesk")); !once.ok())
        return once.status();
    const auto key = sealKey();
    if (!key.ok())
        return key.status();
    const auto identity = databaseIdentity();
    if (!identity.ok())
        return identity.status();
    return m_database.withWriteTransaction([&]() -> StoreStatus {
        if (StoreStatus s = sealRow(*key, *identity); !s.ok())
            return s;
        return sealRoster();
    });
}

StoreStatus PeopleSeal::sealUser(const QString &name) const
{
    return reseal([&](const QByteArray &key, const QString &identity) -> StoreStatus {
        QSqlQuery row(m_database.connection());
        row.prepare(QStringLiteral("SELECT ") + userColumns + QStringLiteral(" FROM users WHERE name = ?"));
        row.addBindValue(name);
        if (!row.exec())
            return Database::sqlFailure(row, QStringLiteral("reading user ") + name);
        if (!row.next())
            return StoreStatus::failure(StoreError::NotFound, QStringLiteral("no user \"%1\"").arg(name));
        return runStatement(m_database, QStringLiteral("UPDATE users SET mac = ? WHERE id = ?"),
                            {userMac(key, identity, row), row.value(0)},
                            QStringLiteral("sealing user ") + name);
    });
}

StoreStatus PeopleSeal::sealThreshold(const QString &profile, const QString &currency) const
{
    return reseal([&](const QByteArray &key, const QString &identity) -> StoreStatus {
        QSqlQuery row(m_database.connection());
        row.prepare(QStringLiteral("SELECT profile, currency, threshold FROM approval_thresholds "
                                   "WHERE profile = ? AND currency = ?"));
        row.addBindValue(profile);
        row.addBindValue(currency);
        if (!row.exec())
            return Database::sqlFailure(row, QStringLiteral("reading the approval threshold of ") + currency);
        if (!row.next())
            return StoreStatus::success(); // removed: only the roster changes
        return runStatement(
            m_database,
            QStringLiteral("UPDATE approval_thresholds SET mac = ? WHERE profile = ? AND currency = ?"),
            {thresholdMac(key, identity, row), profile, currency},
            QStringLiteral("sealing the approval threshold of ") + currency);
    });
}

StoreResult<bool> PeopleSeal::sealOnce(const QString &actor) const
{
    // The fast path of every sign-in: a sealed database has its roster.
    const auto sealedBefore = metaValue(m_database, QStringLiteral("people_seal"));
    if (!sealedBefore.ok())
        return StoreResult<bool>(sealedBefore.status());
    if (!sealedBefore->isEmpty())
        return false;
    const auto key = sealKey();
    if (!key.ok())
        return StoreResult<bool>(key.status());
    const auto identity = databaseIdentity();
    if (!identity.ok())
        return StoreResult<bool>(identity.status());
    bool sealedNow = false;
    const StoreStatus status = m_database.withWriteTransaction([&]() -> StoreStatus {
        // Another process may have sealed it since the look above.
        const auto sealedMeanwhile = metaValue(m_database, QStringLiteral("people_seal"));
        if (!sealedMeanwhile.ok())
            return sealedMeanwhile.status();
        if (!sealedMeanwhile->isEmpty())
            return StoreStatus::success();
        // Once sealed, a missing roster is a removal for problems() to report, never a reason to seal what
        // the file holds now.
        const auto audited = exists(
            m_database, QStringLiteral("SELECT 1 FROM audit_log WHERE action = 'people_seal' LIMIT 1"));
        if (!audited.ok())
            return audited.status();
        if (*audited)
            return StoreStatus::success();
        qint64 users = 0;
        qint64 thresholds = 0;
        QSqlQuery rows(m_database.connection());
        if (!rows.exec(QStringLiteral("SELECT ") + userColumns + QStringLiteral(" FROM users ORDER BY id")))
            return Database::sqlFailure(rows, QStringLiteral("reading users"));
        QSqlQuery update(m_database.connection());
        update.prepare(QStringLiteral("UPDATE users SET mac = ? WHERE id = ?"));
        while (rows.next()) {
            update.bindValue(0, userMac(*key, *identity, rows));
            update.bindValue(1, rows.value(0));
            if (!update.exec())
                return Database::sqlFailure(update, QStringLiteral("sealing users"));
            ++users;
        }
        if (!rows.exec(QStringLiteral("SELECT profile, currency, threshold FROM approval_thresholds")))
            return Database::sqlFailure(rows, QStringLiteral("reading approval thresholds"));
        update.prepare(
            QStringLiteral("UPDATE approval_thresholds SET mac = ? WHERE profile = ? AND currency = ?"));
        while (rows.next()) {
            update.bindValue(0, thresholdMac(*key, *identity, rows));
            update.bindValue(1, rows.value(0));
            update.bindValue(2, rows.value(1));
            if (!update.exec())
                return Database::sqlFailure(update, QStringLiteral("sealing approval thresholds"));
            ++thresholds;
        }
        if (StoreStatus s = sealRoster(); !s.ok())
            return s;
        sealedNow = true;
        // A database with no users and no thresholds (a new one) had nothing to trust: no audit row, so the
        // log of a new database holds only what people did.
        if (users == 0 && thresholds == 0)
            return StoreStatus::success();
        return m_audit
            .append(
                actor, QStringLiteral("people_seal"), QStringLiteral("done"), QString(),
                QStringLiteral("sealed %1 users and %2 approval thresholds as found on first opening with "
                               "the audit key (schema 5)")
                    .arg(users)
                    .arg(thresholds))
            .status();
    });
    if (!status.ok())
        return StoreResult<bool>(status);
    return sealedNow;
}

StoreResult<bool> PeopleSeal::usersEverExisted() const
{
    const auto anyUser = exists(m_database, QStringLiteral("SELECT 1 FROM users LIMIT 1"));
    if (!anyUser.ok() || *anyUser)
        return anyUser;
    const auto since = metaValue(m_database, QStringLiteral("users_since"));
    if (!since.ok())
        return StoreResult<bool>(since.status());
    if (!since->isEmpty())
        return true;
    // Only a database without users gets here, rarely: the scan of the log is affordable.
    return exists(m_database,
                  QStringLiteral("SELECT 1 FROM audit_log WHERE action = 'user_add' AND outcome = "
                                 "'done' LIMIT 1"));
}

StoreResult<QStringList> PeopleSeal::problems() const
{
    using Result = StoreResult<QStringList>;
    const auto key = sealKey();
    if (!key.ok())
        return Result(key.status());
    const auto identity = databaseIdentity();
    if (!identity.ok())
        return Result(identity.status());
    QStringList found;
    QSqlQuery rows(m_database.connection());
    if (!rows.exec(QStringLiteral("SELECT ") + userColumns + QStringLiteral(" FROM users ORDER BY id")))
        return Result(Database::sqlFailure(rows, QStringLiteral("reading users")));
    while (rows.next()) {
        if (userMac(*key, *identity, rows) != rows.value(8).toString())
            found << QStringLiteral("user %1: role or password changed outside PayDesk")
                         .arg(rows.value(1).toString());
    }
    if (!rows.exec(
            QStringLiteral("SELECT profile, currency, threshold, mac FROM approval_thresholds ORDER BY "
                           "profile, currency")))
        return Result(Database::sqlFailure(rows, QStringLiteral("reading approval thresholds")));
    while (rows.next()) {
        if (thresholdMac(*key, *identity, rows) != rows.value(3).toString())
            found << QStringLiteral("approval threshold %1 changed outside PayDesk")
                         .arg(thresholdName(rows.value(0).toString(), rows.value(1).toString()));
    }

    const auto stored = metaValue(m_database, QStringLiteral("people_seal"));
    const auto usersSince = metaValue(m_database, QStringLiteral("users_since"));
    const auto usersCount = metaValue(m_database, QStringLiteral("users_count"));
    const auto thresholdsCount = metaValue(m_database, QStringLiteral("thresholds_count"));
    for (const auto *value : {&stored, &usersSince, &usersCount, &thresholdsCount}) {
        if (!value->ok())
            return Result(value->status());
    }
    qint64 users = 0;
    qint64 thresholds = 0;
    const auto actual = roster(*key, *identity, *usersSince, &users, &thresholds);
    if (!actual.ok())
        return Result(actual.status());
    const auto ever = usersEverExisted();
    if (!ever.ok())
        return Result(ever.status());
    const QString deleted = QStringLiteral("users were deleted outside PayDesk");
    if ((*ever && users == 0) || users < usersCount->toLongLong())
        found << deleted;
    if (thresholds < thresholdsCount->toLongLong())
        found << QStringLiteral("an approval threshold was deleted outside PayDesk");
    if (stored->isEmpty()) {
        found << QStringLiteral("the seal of users and approval thresholds was removed outside PayDesk");
    } else if (found.isEmpty() && *actual != *stored) {
        found << QStringLiteral(
            "users or approval thresholds were replaced by an older copy outside PayDesk");
    }
    found.removeDuplicates();
    return found;
}
