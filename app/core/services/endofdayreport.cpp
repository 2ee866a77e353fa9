#include "endofdayreport.h"

#include "store/database.h"

#include <QSqlQuery>

#include <map>
#include <tuple>

namespace {

int kindOrder(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Capture:
        return 0;
    case OperationKind::Void:
        return 1;
    case OperationKind::Refund:
        return 2;
    }
    return 3;
}

StoreResult<int> countWhere(const Database &database, const QString &where, const QDateTime &from,
                            const QDateTime &to)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM operations WHERE ") + where);
    query.addBindValue(from.toMSecsSinceEpoch());
    query.addBindValue(to.toMSecsSinceEpoch());
    if (!query.exec() || !query.next())
        return StoreResult<int>(Database::sqlFailure(query, QStringLiteral("counting the day's operations")));
    return query.value(0).toInt();
}

} // namespace

EndOfDayReport::EndOfDayReport(const Database &database)
    : m_database(database)
{}

StoreResult<EndOfDaySummary> EndOfDayReport::build(const QDate &day, const QString &timeZoneId) const
{
    if (!day.isValid())
        return StoreResult<EndOfDaySummary>::failure(StoreError::Invalid, QStringLiteral("no day given"));
    EndOfDaySummary summary;
    summary.day = day;
    const QTimeZone zone(timeZoneId.toUtf8());
    summary.timeZone = zone.isValid() ? zone : QTimeZone::utc();
    summary.from = QDateTime(day, QTime(0, 0), summary.timeZone).toUTC();
    summary.to = QDateTime(day.addDays(1), QTime(0, 0), summary.timeZone).toUTC();

    // Rows come back one per (user, kind, currency); the amounts are added here with overflow checks, and
    // SQLite's SUM is not trusted with an overflow it would report as a float.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT user_name, kind, currency, amount FROM operations "
                                 "WHERE outcome = 'succeeded' AND finished_at >= ? AND finished_at < ?"));
    query.addBindValue(summary.from.toMSecsSinceEpoch());
    query.addBindValue(summary.to.toMSecsSinceEpoch());
    if (!query.exec())
        return StoreResult<EndOfDaySummary>(
            Database::sqlFailure(query, QStringLiteral("reading the day's operations")));

    using PersonKey = std::tuple<QString, int, QString>;
    using TotalKey = std::pair<int, QString>;
    std::map<PersonKey, EndOfDayLine> people;
    std::map<TotalKey, EndOfDayLine> totals;
    const auto add = [](EndOfDayLine &line, qint64 amount) {
        ++line.count;
        return !qAddOverflow(line.amount, amount, &line.amount);
    };
    while (query.next()) {
        const QString user = query.value(0).toString();
        const OperationKind kind =
            operationKindFromToken(query.value(1).toString()).value_or(OperationKind::Capture);
        const QString code = query.value(2).toString();
        const auto currency = Currency::fromCode(code);
        if (!currency)
            return StoreResult<EndOfDaySummary>::failure(
                StoreError::Invalid, QStringLiteral("an operation has the unknown currency %1").arg(code));
        const qint64 amount = query.value(3).toLongLong();
        EndOfDayLine &person = people[{user, kindOrder(kind), code}];
        person.userName = user;
        person.kind = kind;
        person.currency = *currency;
        EndOfDayLine &total = totals[{kindOrder(kind), code}];
        total.kind = kind;
        total.currency = *currency;
        if (!add(person, amount) || !add(total, amount))
            return StoreResult<EndOfDaySummary>::failure(
                StoreError::Invalid, QStringLiteral("the %1 total does not fit in 64 bits").arg(code));
    }
    for (const auto &[key, line] : people)
        summary.byPerson.append(line);
    for (const auto &[key, line] : totals)
        summary.totals.append(line);

    const auto unresolved = countWhere(
        m_database,
        QStringLiteral(
            "outcome IN ('pending', 'unknown', 'manual_review') AND created_at >= ? AND created_at < ?"),
        summary.from, summary.to);
    if (!unresolved.ok())
        return StoreResult<EndOfDaySummary>(unresolved.status());
    summary.unresolved = *unresolved;
    const auto declined = countWhere(
        m_database, QStringLiteral("outcome = 'declined' AND finished_at >= ? AND finished_at < ?"),
        summary.from, summary.to);
    if (!declined.ok())
        return StoreResult<EndOfDaySummary>(declined.status());
    summary.declined = *declined;
    return summary;
}
