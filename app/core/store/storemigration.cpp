#include "storemigration.h"

#include "store/auditkeyprovider.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/peopleseal.h"
#include "store/sqlvalue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace {

StoreStatus conflict(const QString &message)
{
    return StoreStatus::failure(StoreError::Conflict, message);
}

// Facts a server store keeps of its own (the source file has them in its header instead): they stay as the
// target has them.
const QString ServerFacts = QStringLiteral("('application', 'schema_version')");

// Columns filled in once every table is in: they refer to rows of a table copied later (operations and
// refund_requests refer to each other) or of the same table (a retry names the attempt it repeats).
QStringList deferredColumns(const QString &table)
{
    if (table == u"operations")
        return {QStringLiteral("refund_request_id"), QStringLiteral("retry_of")};
    return {};
}

// The column names of `table` on `database`, in table order.
QStringList columnsOf(const Database &database, const QString &table)
{
    const QSqlRecord record = database.connection().record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

// `value` as the server's column takes it: text as text (never a null QString for a NOT NULL '' column),
// integers as 64-bit integers, NULL as NULL.
QVariant forColumn(const QVariant &value, QMetaType type)
{
    if (value.isNull())
        return QVariant(type);
    if (type.id() == QMetaType::QString)
        return notNull(value.toString());
    if (type.id() == QMetaType::LongLong || type.id() == QMetaType::Int)
        return value.toLongLong();
    return value;
}

// The server's column types for the source's columns of `table`. Conflict when the two differ in a column:
// the same schema version has the same columns on both backends, so that would be a damaged store.
StoreResult<QList<QMetaType>> targetTypes(const Database &target, const QString &table,
                                          const QStringList &columns)
{
    const QSqlRecord record = target.connection().record(table);
    QList<QMetaType> types;
    for (const QString &column : columns) {
        const int at = record.indexOf(column);
        if (at < 0)
            return StoreResult<QList<QMetaType>>(
                conflict(QStringLiteral("the team store's table %1 has no column %2").arg(table, column)));
        types << record.field(at).metaType();
    }
    if (record.count() != columns.size())
        return StoreResult<QList<QMetaType>>(
            conflict(QStringLiteral("the team store's table %1 has columns the file's lacks").arg(table)));
    return types;
}

// Rows go over in statements of this many: a round trip per batch, not per row.
constexpr int BatchRows = 200;

// The current row of `read` as a VALUES tuple of SQL literals, quoted by the server's own driver; deferred
// columns NULL.
QString rowLiterals(const QSqlQuery &read, const QSqlDriver &driver, const QStringList &columns,
                    const QList<QMetaType> &types, const QStringList &deferred)
{
    QStringList values;
    for (int i = 0; i < columns.size(); ++i) {
        QSqlField field(columns.at(i), types.at(i));
        field.setValue(deferred.contains(columns.at(i)) ? QVariant(types.at(i))
                                                        : forColumn(read.value(i), types.at(i)));
        values << driver.formatValue(field);
    }
    return u'(' + values.join(QStringLiteral(", ")) + u')';
}

StoreResult<qint64> copyTable(const Database &source, const Database &target, const QString &table)
{
    const QStringList columns = columnsOf(source, table);
    const auto types = targetTypes(target, table, columns);
    if (!types.ok())
        return StoreResult<qint64>(types.status());
    const QStringList deferred = deferredColumns(table);
    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table)))
        return StoreResult<qint64>(Database::sqlFailure(read, QStringLiteral("reading ") + table));
    const QSqlDatabase connection = target.connection();
    QSqlQuery insert(connection);
    const QString head =
        QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QStringLiteral(", ")));
    QStringList batch;
    qint64 rows = 0;
    const auto flush = [&]() -> StoreStatus {
        if (!batch.isEmpty() && !insert.exec(head + batch.join(QStringLiteral(", "))))
            return Database::sqlFailure(insert, QStringLiteral("copying %1 (rows %2 to %3 of the file)")
                                                    .arg(table)
                                                    .arg(rows - batch.size() + 1)
                                                    .arg(rows));
        batch.clear();
        return StoreStatus::success();
    };
    while (read.next()) {
        batch << rowLiterals(read, *connection.driver(), columns, *types, deferred);
        ++rows;
        if (batch.size() == BatchRows) {
            if (StoreStatus s = flush(); !s.ok())
                return StoreResult<qint64>(s);
        }
    }
    if (StoreStatus s = flush(); !s.ok())
        return StoreResult<qint64>(s);
    return rows;
}

// Sets the deferred columns of `table` (deferredColumns()) as the source has them.
StoreStatus fillDeferred(const Database &source, const Database &target, const QString &table)
{
    const QStringList deferred = deferredColumns(table);
    if (deferred.isEmpty())
        return StoreStatus::success();
    QStringList present, assignments;
    for (const QString &column : deferred) {
        present << column + QStringLiteral(" IS NOT NULL");
        assignments << column + QStringLiteral(" = ?");
    }
    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    if (!read.exec(
            QStringLiteral("SELECT id, %1 FROM %2 WHERE %3")
                .arg(deferred.join(QStringLiteral(", ")), table, present.join(QStringLiteral(" OR ")))))
        return Database::sqlFailure(read, QStringLiteral("reading ") + table);
    QSqlQuery update(target.connection());
    update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(u',')));
    const QMetaType id = QMetaType::fromType<qlonglong>();
    while (read.next()) {
        for (int i = 0; i < deferred.size(); ++i)
            update.bindValue(i, forColumn(read.value(i + 1), id));
        update.bindValue(deferred.size(), read.value(0).toLongLong());
        if (!update.exec())
            return Database::sqlFailure(update, QStringLiteral("linking ") + table);
    }
    return StoreStatus::success();
}

// The source's meta facts (created_at above all: the keychain entry of the audit key and the people seal
// are derived from it) in place of the new store's own, the server's facts kept.
StoreResult<qint64> copyMeta(const Database &source, const Database &target)
{
    QSqlQuery write(target.connection());
    if (!write.exec(QStringLiteral("DELETE FROM meta WHERE key NOT IN ") + ServerFacts))
        return StoreResult<qint64>(
            Database::sqlFailure(write, QStringLiteral("clearing the team store's meta")));
    QSqlQuery read(source.connection());
    if (!read.exec(QStringLiteral("SELECT key, value FROM meta WHERE key NOT IN ") + ServerFacts))
        return StoreResult<qint64>(Database::sqlFailure(read, QStringLiteral("reading meta")));
    write.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    qint64 rows = 0;
    while (read.next()) {
        write.bindValue(0, read.value(0).toString());
        write.bindValue(1, notNull(read.value(1).toString()));
        if (!write.exec())
            return StoreResult<qint64>(Database::sqlFailure(write, QStringLiteral("copying meta")));
        ++rows;
    }
    return rows;
}

// Every identity sequence past the largest id copied, so the team's next rows continue the numbering.
StoreStatus continueIds(const Database &target)
{
    QSqlQuery query(target.connection());
    for (const QString &table : StoreMigration::tables()) {
        if (!columnsOf(target, table).contains(QStringLiteral("id")))
            continue;
        if (!query.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                       "COALESCE(max(id), 0) + 1, false) FROM %1")
                            .arg(table)))
            return Database::sqlFailure(query, QStringLiteral("continuing the ids of ") + table);
    }
    return StoreStatus::success();
}

struct TableDigest
{
    qint64 rows = 0;
    QByteArray digest;
};

// Row count and a digest of `table`'s contents that does not depend on row order (the backends sort text
// differently): SHA-256 over the sorted SHA-256s of each row's canonical form, NULL told apart from text.
StoreResult<TableDigest> digestOf(const Database &database, const QString &table, const QStringList &columns,
                                  const QString &where = QString())
{
    QSqlQuery read(database.connection());
    read.setForwardOnly(true);
    if (!read.exec(
            QStringLiteral("SELECT %1 FROM %2 %3").arg(columns.join(QStringLiteral(", ")), table, where)))
        return StoreResult<TableDigest>(Database::sqlFailure(read, QStringLiteral("checking ") + table));
    QList<QByteArray> rows;
    while (read.next()) {
        QByteArray canonical;
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = read.value(i);
            appendCanonicalField(canonical, value.isNull() ? QStringLiteral("n") : u'v' + value.toString());
        }
        rows << QCryptographicHash::hash(canonical, QCryptographicHash::Sha256);
    }
    std::sort(rows.begin(), rows.end());
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (const QByteArray &row : std::as_const(rows))
        all.addData(row);
    return TableDigest{rows.size(), all.result()};
}

// The count and digest of every table (and meta) are the same on both sides.
StoreStatus compareContents(const Database &source, const Database &target)
{
    QList<std::pair<QString, QString>> checks{
        {QStringLiteral("meta"), QStringLiteral("WHERE key NOT IN ") + ServerFacts}};
    for (const QString &table : StoreMigration::tables())
        checks.append({table, QString()});
    for (const auto &[table, where] : checks) {
        const QStringList columns = columnsOf(source, table);
        const auto here = digestOf(source, table, columns, where);
        if (!here.ok())
            return here.status();
        const auto there = digestOf(target, table, columns, where);
        if (!there.ok())
            return there.status();
        if (here->rows != there->rows || here->digest != there->digest)
            return conflict(QStringLiteral("after the copy, %1 differs (%2 rows in the file, %3 in the team "
                                           "store); nothing was moved")
                                .arg(table)
                                .arg(here->rows)
                                .arg(there->rows));
    }
    return StoreStatus::success();
}

// The source's chain verifies with its key and its people seal holds: a store changed outside PayDesk is
// not carried into the team's, where it would look sound.
StoreStatus checkSource(const Database &source, const AuditLog &audit, const QString &actor, qint64 *rows)
{
    const QString file = QDir::toNativeSeparators(source.path());
    const AuditVerification chain = audit.verify();
    if (chain.problem == AuditProblem::Unavailable)
        return StoreStatus::failure(StoreError::AuditKey, chain.message);
    if (!chain.ok())
        return conflict(QStringLiteral("the audit chain of %1 does not verify (%2); nothing was moved")
                            .arg(file, chain.message));
    *rows = chain.rowsChecked;
    const PeopleSeal seal(source, audit);
    if (const auto sealed = seal.sealOnce(actor); !sealed.ok())
        return sealed.status();
    const auto problems = seal.problems();
    if (!problems.ok())
        return problems.status();
    if (!problems->isEmpty())
        return conflict(QStringLiteral("%1 was changed outside PayDesk (%2); nothing was moved")
                            .arg(file, problems->join(QStringLiteral("; "))));
    return StoreStatus::success();
}

QString summary(const MigrationOutcome &outcome)
{
    QStringList parts;
    for (const MigratedTable &table : outcome.tables)
        parts << QStringLiteral("%1 %2").arg(table.name).arg(table.rows);
    return parts.join(QStringLiteral(", "));
}

} // namespace

StoreMigration::StoreMigration(const Database &source, const AuditKeyStore::Choice &sourceKey)
    : m_source(source)
    , m_sourceKey(sourceKey)
{}

const QStringList &StoreMigration::tables()
{
    static const QStringList order{QStringLiteral("transactions"),    QStringLiteral("users"),
                                   QStringLiteral("profiles"),        QStringLiteral("approval_thresholds"),
                                   QStringLiteral("audit_log"),       QStringLiteral("imported_rows"),
                                   QStringLiteral("report_totals"),   QStringLiteral("operations"),
                                   QStringLiteral("refund_requests"), QStringLiteral("resolution_proposals")};
    return order;
}

StoreResult<MigrationOutcome> StoreMigration::moveTo(const QString &targetUri, const QString &actor) const
{
    if (m_source.isShared() || !Database::isServerUri(targetUri))
        return StoreResult<MigrationOutcome>::failure(
            StoreError::Invalid,
            QStringLiteral("migrate moves a single-desk file into a team store (postgresql://...)"));
    MigrationOutcome outcome;
    const AuditLog sourceAudit(m_source, *m_sourceKey.provider);
    // The source's write lock, held throughout: nothing changes it between the checks and the copy.
    const StoreStatus status = m_source.withWriteTransaction([&]() -> StoreStatus {
        if (StoreStatus s = checkSource(m_source, sourceAudit, actor, &outcome.sourceAuditRows); !s.ok())
            return s;
        auto target = openEmptyTarget(targetUri, &outcome.createdStore);
        if (!target.ok())
            return target.status();
        if (StoreStatus s = placeKey(targetUri, outcome); !s.ok())
            return s;
        const Database &team = **target;
        const StoreStatus moved = team.withWriteTransaction([&]() -> StoreStatus {
            if (StoreStatus s = copyAll(team, outcome); !s.ok())
                return s;
            return verifyTarget(team, actor, outcome);
        });
        if (!moved.ok()) {
            if (outcome.wroteKeyFile)
                QFile::remove(FileAuditKeyProvider::keyPathFor(targetUri));
            return moved;
        }
        // Committed on the server: the file's log says where its contents went. Should this note fail, the
        // move stands all the same (the team store's log records it).
        sourceAudit.append(actor, QStringLiteral("migrate"), QStringLiteral("done"), QString(),
                           QStringLiteral("moved to the team store %1").arg(targetUri));
        return StoreStatus::success();
    });
    if (!status.ok())
        return StoreResult<MigrationOutcome>(status);
    return outcome;
}

StoreResult<std::unique_ptr<Database>> StoreMigration::openEmptyTarget(const QString &uri,
                                                                       bool *created) const
{
    using Result = StoreResult<std::unique_ptr<Database>>;
    const auto info = Database::probe(uri);
    if (!info.ok() && info.error != StoreError::Missing)
        return Result(info.status());
    *created = !info.ok();
    auto opened = *created ? Database::create(uri, m_source.merchantIdentifier(), m_source.environment())
                           : Database::open(uri, m_source.merchantIdentifier(), m_source.environment());
    if (!opened.ok())
        return opened;
    const Database &target = **opened;
    if (target.schemaVersion() != m_source.schemaVersion())
        return Result(
            conflict(QStringLiteral("the file has schema version %1 and the team store %2; open both "
                                    "with the same PayDesk first")
                         .arg(m_source.schemaVersion())
                         .arg(target.schemaVersion())));
    QSqlQuery query(target.connection());
    if (!query.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")))
        return Result(Database::sqlFailure(query, QStringLiteral("reading the team store's tables")));
    while (query.next()) {
        const QString table = query.value(0).toString();
        if (table != u"meta" && !tables().contains(table))
            return Result(
                conflict(QStringLiteral("%1 holds a table %2 that this PayDesk does not know how to fill")
                             .arg(uri, table)));
    }
    for (const QString &table : tables()) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
            return Result(Database::sqlFailure(query, QStringLiteral("reading ") + table));
        if (query.value(0).toLongLong() > 0)
            return Result(StoreStatus::failure(
                StoreError::AlreadyExists,
                QStringLiteral(
                    "%1 already holds a PayDesk store with data (%2 rows in %3); migrate moves a desk "
                    "only into an empty database and never merges two stores; nothing was moved")
                    .arg(uri)
                    .arg(query.value(0).toLongLong())
                    .arg(table)));
    }
    return opened;
}

StoreStatus StoreMigration::placeKey(const QString &uri, MigrationOutcome &outcome) const
{
    const auto key = m_sourceKey.provider->key();
    if (!key.ok())
        return key.status();
    const QString path = FileAuditKeyProvider::keyPathFor(uri);
    if (QFile::exists(path)) {
        // Left by an earlier attempt (the same key), or by another store once at this URI (another key).
        const auto there = FileAuditKeyProvider(path).key();
        if (!there.ok())
            return there.status();
        if (*there != *key)
            return conflict(
                QStringLiteral("%1 holds another audit key for this team store; move it away first "
                               "(it belongs to an earlier store of that name); nothing was moved")
                    .arg(QDir::toNativeSeparators(path)));
        return StoreStatus::success();
    }
    // A keychain entry's name comes from the store's meta facts, which move: the same entry applies.
    if (m_sourceKey.place == AuditKeyStore::Place::Keychain)
        return StoreStatus::success();
    if (StoreStatus s = FileAuditKeyProvider::createKeyFile(path, *key); !s.ok())
        return s;
    outcome.wroteKeyFile = true;
    return StoreStatus::success();
}

StoreStatus StoreMigration::copyAll(const Database &target, MigrationOutcome &outcome) const
{
    const auto meta = copyMeta(m_source, target);
    if (!meta.ok())
        return meta.status();
    outcome.tables.append({QStringLiteral("meta"), *meta});
    for (const QString &table : tables()) {
        const auto rows = copyTable(m_source, target, table);
        if (!rows.ok())
            return rows.status();
        outcome.tables.append({table, *rows});
    }
    for (const QString &table : tables()) {
        if (StoreStatus s = fillDeferred(m_source, target, table); !s.ok())
            return s;
    }
    return continueIds(target);
}

StoreStatus StoreMigration::verifyTarget(const Database &target, const QString &actor,
                                         MigrationOutcome &outcome) const
{
    if (StoreStatus s = compareContents(m_source, target); !s.ok())
        return s;
    // The key the desks will find for the team store (on this desk), not the one this move was given.
    const auto keys = AuditKeyStore::forDatabase(target);
    if (!keys.ok())
        return keys.status();
    const AuditLog audit(target, *keys->provider);
    if (const auto appended =
            audit.append(actor, QStringLiteral("migrate"), QStringLiteral("done"), QString(),
                         QStringLiteral("moved from %1: %2")
                             .arg(QDir::toNativeSeparators(m_source.path()), summary(outcome)));
        !appended.ok())
        return appended.status();
    const AuditVerification chain = audit.verify();
    if (!chain.ok())
        return conflict(QStringLiteral("the team store's audit chain does not verify with its key (%1); "
                                       "nothing was moved")
                            .arg(chain.message));
    outcome.targetAuditRows = chain.rowsChecked;
    const auto problems = PeopleSeal(target, audit).problems();
    if (!problems.ok())
        return problems.status();
    if (!problems->isEmpty())
        return conflict(
            QStringLiteral("the people seal does not hold on the team store (%1); nothing was moved")
                .arg(problems->join(QStringLiteral("; "))));
    outcome.keyPlace = keys->place;
    outcome.keyWhere = keys->where;
    return StoreStatus::success();
}
