#pragma once

#include "sqldialect.h"
#include "storeresult.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// One numbered schema step: `NNNN_name.sql` brings the schema from version NNNN-1 to NNNN.
struct Migration
{
    int version = 0;
    QString name; // the file name, for messages
    QString path;
};

// Applies numbered migration files (`0001_initial.sql`, `0002_...`) to a connection. The schema version lives
// in `PRAGMA user_version` on SQLite, in the meta table's `schema_version` on PostgreSQL, whose migrations
// (resources/migrations/postgresql) carry the same numbers for the same schema. The default directory is the
// Qt resource `:/migrations`, compiled from resources/migrations; tests pass their own directory to exercise
// upgrades.
class MigrationRunner final
{
public:
    static QString defaultDirectory(); // ":/migrations"
    // Each backend's own migrations: ":/migrations" (SQLite), ":/migrations/postgresql".
    static QString defaultDirectory(SqlDialect::Kind backend);

    explicit MigrationRunner(QString directory = defaultDirectory());

    const QString &directory() const { return m_directory; }
    // The migrations of the directory in order. Refused: a gap or a duplicate number (the schema would
    // otherwise silently skip a step), or an empty directory.
    StoreResult<QList<Migration>> migrations() const;
    // The highest version the directory knows, or -1 when migrations() fails.
    int latestVersion() const;

    // Applies every migration above the connection's user_version, statement by statement, and sets
    // user_version to the last one applied. Must run inside a write transaction the caller opened
    // (Database::withWriteTransaction), so a failure leaves the schema exactly as it was.
    StoreStatus migrate(const QSqlDatabase &connection) const;

    // Splits a script into statements on ';' outside quotes ('', "", ``, []) and comments (--, /* */), and
    // keeps CREATE TRIGGER ... BEGIN ... END (with any CASE ... END inside) as one statement. Statements that
    // hold only whitespace and comments are dropped.
    static QStringList splitStatements(QStringView sql);

private:
    QString m_directory;
};
