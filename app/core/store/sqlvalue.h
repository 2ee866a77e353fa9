#pragma once

#include "store/database.h"
#include "store/storeresult.h"

#include <QDateTime>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Values between C++ and the schema's columns, for every repository of the store. Times are INTEGER
// milliseconds since the epoch (UTC) and NULL when not set; optional text and ids are NULL when absent; text
// columns that are NOT NULL DEFAULT '' take '' for "none".

// Qt binds a null QString as SQL NULL; the schema's text columns are NOT NULL DEFAULT ''. Bind through this.
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// SQL NULL for an empty text (a nullable column such as fort_id), the text otherwise.
inline QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// SQL NULL for an id of 0 or less (not set), the id otherwise.
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

// Milliseconds since the epoch, or SQL NULL for an invalid time.
inline QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qlonglong>());
}

// The UTC time of a milliseconds column; an invalid QDateTime for NULL.
inline QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// After an `INSERT ... RETURNING id` ran: the new row's id, or 0 when it inserted nothing (ON CONFLICT DO
// NOTHING). Both backends: QPSQL has no lastInsertId() for tables without OIDs.
inline qint64 returnedId(QSqlQuery &query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

// A constraint refused the statement (e.g. a UNIQUE index): SQLITE_CONSTRAINT (19) and its extended codes, or
// SQLSTATE class 23 (integrity constraint violation) on PostgreSQL.
inline bool isConstraintViolation(const QSqlError &error)
{
    if (error.driverText().startsWith(QLatin1String("QPSQL")))
        return error.nativeErrorCode().startsWith(QLatin1String("23"));
    return (error.nativeErrorCode().toInt() & 0xff) == 19;
}

// Runs the statement `sql` on `database`'s connection with `values` bound in order. On failure,
// Database::sqlFailure() with `what`.
inline StoreStatus runStatement(const Database &database, const QString &sql, const QVariantList &values,
                                const QString &what)
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Database::sqlFailure(query, what);
    return StoreStatus::success();
}

// Runs `sql` on `database`'s connection with `values` bound in order and maps every row with
// `fromRow(const QSqlQuery &)`. On failure, Database::sqlFailure() with `what`.
template<typename T, typename FromRow>
StoreResult<QList<T>> selectAll(const Database &database, const QString &sql, const QVariantList &values,
                                FromRow fromRow, const QString &what)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return StoreResult<QList<T>>(Database::sqlFailure(query, what));
    QList<T> rows;
    while (query.next())
        rows.append(fromRow(query));
    return rows;
}
