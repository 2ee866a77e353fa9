#include "migrationrunner.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

QString MigrationRunner::defaultDirectory()
{
    return QStringLiteral(":/migrations");
}

QString MigrationRunner::defaultDirectory(SqlDialect::Kind backend)
{
    return backend == SqlDialect::Kind::PostgreSql ? QStringLiteral(":/migrations/postgresql")
                                                   : defaultDirectory();
}

namespace {

// The schema version: PRAGMA user_version on SQLite, the meta table's schema_version on PostgreSQL (absent
// before the first migration created the table).
StoreResult<int> schemaVersionOf(const QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    if (SqlDialect::of(connection).kind() == SqlDialect::Kind::Sqlite) {
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return StoreResult<int>(
                Database::sqlFailure(query, QStringLiteral("reading the schema version")));
        return query.value(0).toInt();
    }
    if (!query.exec(QStringLiteral("SELECT to_regclass('meta') IS NOT NULL")) || !query.next())
        return StoreResult<int>(Database::sqlFailure(query, QStringLiteral("reading the schema version")));
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")))
        return StoreResult<int>(Database::sqlFailure(query, QStringLiteral("reading the schema version")));
    return query.next() ? query.value(0).toInt() : 0;
}

StoreStatus setSchemaVersion(const QSqlDatabase &connection, int version)
{
    QSqlQuery query(connection);
    if (SqlDialect::of(connection).kind() == SqlDialect::Kind::Sqlite) {
        // PRAGMA takes no bound parameters; the number comes from the file name pattern, digits only.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return Database::sqlFailure(query, QStringLiteral("setting the schema version"));
        return StoreStatus::success();
    }
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(QString::number(version));
    if (!query.exec())
        return Database::sqlFailure(query, QStringLiteral("setting the schema version"));
    return StoreStatus::success();
}

} // namespace

MigrationRunner::MigrationRunner(QString directory)
    : m_directory(std::move(directory))
{}

StoreResult<QList<Migration>> MigrationRunner::migrations() const
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[A-Za-z0-9_]+\\.sql$"));
    const QStringList files = QDir(m_directory).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    QList<Migration> result;
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        result.append({match.captured(1).toInt(), file, QDir(m_directory).filePath(file)});
    }
    if (result.isEmpty())
        return StoreResult<QList<Migration>>::failure(StoreError::Migration,
                                                      QStringLiteral("no migrations in %1").arg(m_directory));
    for (int i = 0; i < result.size(); ++i) {
        if (result.at(i).version != i + 1) {
            return StoreResult<QList<Migration>>::failure(
                StoreError::Migration,
                QStringLiteral("migration %1 in %2: expected number %3 (a gap or a duplicate)")
                    .arg(result.at(i).name, m_directory)
                    .arg(i + 1, 4, 10, QLatin1Char('0')));
        }
    }
    return result;
}

int MigrationRunner::latestVersion() const
{
    const auto list = migrations();
    return list.ok() ? list->last().version : -1;
}

StoreStatus MigrationRunner::migrate(const QSqlDatabase &connection) const
{
    const auto list = migrations();
    if (!list.ok())
        return list.status();
    const auto read = schemaVersionOf(connection);
    if (!read.ok())
        return read.status();
    const int current = *read;
    // The header probe may have read a stale user_version; this one is read under the write lock.
    if (current > list->last().version)
        return StoreStatus::failure(
            StoreError::NewerSchema,
            QStringLiteral("the database has schema version %1, newer than this PayDesk knows (%2)")
                .arg(current)
                .arg(list->last().version));
    for (const Migration &migration : *list) {
        if (migration.version <= current)
            continue;
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly))
            return StoreStatus::failure(StoreError::Migration,
                                        QStringLiteral("cannot read migration %1").arg(migration.path));
        const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));
        for (const QString &statement : statements) {
            QSqlQuery step(connection);
            if (!step.exec(statement)) {
                return StoreStatus::failure(
                    StoreError::Migration,
                    QStringLiteral("migration %1 failed: %2 in: %3")
                        .arg(migration.name, step.lastError().text(), statement.left(200)));
            }
        }
        if (StoreStatus set = setSchemaVersion(connection, migration.version); !set.ok())
            return set;
    }
    return StoreStatus::success();
}

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

QStringList MigrationRunner::splitStatements(QStringView sql)
{
    QStringList statements;
    qsizetype start = 0;
    bool meaningful = false; // the current statement has something besides whitespace and comments
    QStringList firstWords;  // up to four leading words, to recognise CREATE [TEMP] TRIGGER
    bool inTrigger = false;
    bool seenBegin = false;
    int depth = 0; // BEGIN/CASE ... END nesting inside a trigger body

    const auto finish = [&](qsizetype end) {
        if (meaningful)
            statements.append(sql.mid(start, end - start).trimmed().toString());
        start = end + 1;
        meaningful = false;
        firstWords.clear();
        inTrigger = false;
        seenBegin = false;
        depth = 0;
    };

    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql.at(i);
        if (c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') {
            while (i < n && sql.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u'/' && i + 1 < n && sql.at(i + 1) == u'*') {
            const qsizetype close = sql.indexOf(u"*/", i + 2);
            i = close < 0 ? n : close + 2;
            continue;
        }
        // PostgreSQL's dollar quoting, `$$ ... $$` (function bodies): one literal, whatever it holds.
        if (c == u'$' && i + 1 < n && sql.at(i + 1) == u'$') {
            const qsizetype close = sql.indexOf(u"$$", i + 2);
            meaningful = true;
            i = close < 0 ? n : close + 2;
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar closing = c == u'[' ? QChar(u']') : c;
            meaningful = true;
            ++i;
            while (i < n) {
                if (sql.at(i) == closing) {
                    // A doubled quote is an escaped quote inside the literal.
                    if (closing != u']' && i + 1 < n && sql.at(i + 1) == closing) {
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            ++i;
            continue;
        }
        if (c == u';') {
            if (!inTrigger || (seenBegin && depth == 0))
                finish(i);
            ++i;
            continue;
        }
        if (isWordChar(c)) {
            const qsizetype wordStart = i;
            while (i < n && isWordChar(sql.at(i)))
                ++i;
            const QString word = sql.mid(wordStart, i - wordStart).toString().toUpper();
            meaningful = true;
            if (firstWords.size() < 4) {
                firstWords.append(word);
                if (firstWords.size() >= 2 && firstWords.first() == u"CREATE" &&
                    (firstWords.at(1) == u"TRIGGER" ||
                     (firstWords.size() >= 3 &&
                      (firstWords.at(1) == u"TEMP" || firstWords.at(1) == u"TEMPORARY") &&
                      firstWords.at(2) == u"TRIGGER"))) {
                    inTrigger = true;
                }
            }
            if (inTrigger) {
                // PostgreSQL: CREATE TRIGGER ... EXECUTE FUNCTION f() has no body and ends at its ';'.
                if (word == u"EXECUTE" && !seenBegin) {
                    inTrigger = false;
                } else if (word == u"BEGIN" && !seenBegin) {
                    seenBegin = true;
                    ++depth;
                } else if (seenBegin && word == u"CASE") {
                    ++depth;
                } else if (seenBegin && word == u"END") {
                    --depth;
                }
            }
            continue;
        }
        if (!c.isSpace())
            meaningful = true;
        ++i;
    }
    finish(n);
    return statements;
}
