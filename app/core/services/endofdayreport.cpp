#include "endofdayreport.h"

#include "store/csvwriter.h"
#include "store/database.h"
#include "store/refundrequestrepository.h"
#include "store/transactionreader.h"

#include <QSqlQuery>

#include <algorithm>
#include <chrono>

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

StoreResult<EndOfDaySummary> EndOfDayReport::build(const QDate &day, const QString &timeZoneId,
                                                   const QDateTime &now) const
{
    if (!day.isValid())
        return StoreResult<EndOfDaySummary>::failure(StoreError::Invalid, QStringLiteral("no day given"));
    EndOfDaySummary summary;
    summary.day = day;
    const QTimeZone zone(timeZoneId.toUtf8());
    summary.timeZone = zone.isValid() ? zone : QTimeZone::utc();
    summary.from = QDateTime(day, QTime(0, 0), summary.timeZone).toUTC();
    summary.to = QDateTime(day.addDays(1), QTime(0, 0), summary.timeZone).toUTC();
    summary.madeAt = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    if (StoreStatus read = readSucceeded(summary); !read.ok())
        return StoreResult<EndOfDaySummary>(read);

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
    if (StoreStatus read = readAttention(summary); !read.ok())
        return StoreResult<EndOfDaySummary>(read);
    return summary;
}

StoreStatus EndOfDayReport::readSucceeded(EndOfDaySummary &summary) const
{
    // Rows come back one per operation; the amounts are added here with overflow checks, and SQLite's SUM
    // is not trusted with an overflow it would report as a float. A void moves no money of its own: what it
    // released is what was authorized and not captured when it was sent (its baseline).
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT user_name, kind, currency, CASE WHEN kind = 'void' THEN "
        "(CASE WHEN baseline_authorized > baseline_captured THEN baseline_authorized - baseline_captured "
        "ELSE 0 END) ELSE amount END FROM operations "
        "WHERE outcome = 'succeeded' AND finished_at >= ? AND finished_at < ?"));
    query.addBindValue(summary.from.toMSecsSinceEpoch());
    query.addBindValue(summary.to.toMSecsSinceEpoch());
    if (!query.exec())
        return Database::sqlFailure(query, QStringLiteral("reading the day's operations"));

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
            return StoreStatus::failure(StoreError::Invalid,
                                        QStringLiteral("an operation has the unknown currency %1").arg(code));
        const qint64 amount = query.value(3).toLongLong();
        EndOfDayLine &person = people[{user, kindOrder(kind), code}];
        person.userName = user;
        person.kind = kind;
        person.currency = *currency;
        EndOfDayLine &total = totals[{kindOrder(kind), code}];
        total.kind = kind;
        total.currency = *currency;
        if (!add(person, amount) || !add(total, amount))
            return StoreStatus::failure(StoreError::Invalid,
                                        QStringLiteral("the %1 total does not fit in 64 bits").arg(code));
    }
    for (const auto &[key, line] : people)
        summary.byPerson.append(line);
    for (const auto &[key, line] : totals)
        summary.totals.append(line);
    return StoreStatus::success();
}

StoreStatus EndOfDayReport::readAttention(EndOfDaySummary &summary) const
{
    const auto awaiting = RefundRequestRepository(m_database).list(RefundRequestStatus::Awaiting);
    if (!awaiting.ok())
        return awaiting.status();
    for (const RefundRequest &request : *awaiting) {
        if (!request.isExpiredAt(summary.madeAt))
            summary.awaitingApproval.append(request);
    }
    std::stable_sort(
        summary.awaitingApproval.begin(), summary.awaitingApproval.end(),
        [](const RefundRequest &a, const RefundRequest &b) { return a.requestedAt < b.requestedAt; });

    // The list's own "Expiring soon" rule, with a day for the warning period.
    TransactionQuery expiring;
    expiring.capture = TransactionQuery::Capture::ExpiringSoon;
    expiring.warningPeriod = std::chrono::hours(24);
    expiring.now = summary.madeAt;
    const auto totals = TransactionReader(m_database).totalsByCurrency(expiring);
    if (!totals.ok())
        return totals.status();
    for (const CurrencyTotals &line : *totals) {
        const auto currency = Currency::fromCode(line.currency);
        if (!currency || line.count == 0)
            continue;
        summary.expiringWithinDay.append({*currency, int(line.count), line.toCapture});
    }
    return StoreStatus::success();
}

QStringList EndOfDayReport::csvHeader()
{
    return {QStringLiteral("section"),   QStringLiteral("person"),
            QStringLiteral("operation"), QStringLiteral("merchant_reference"),
            QStringLiteral("currency"),  QStringLiteral("count"),
            QStringLiteral("amount"),    QStringLiteral("amount_minor"),
            QStringLiteral("time")};
}

bool EndOfDayReport::writeCsv(const EndOfDaySummary &summary, QIODevice *device)
{
    CsvWriter writer(device);
    const auto record = [&](const QString &section, const QString &person, const QString &operation,
                            const QString &reference, const Money &money, int count, const QDateTime &at) {
        return writer.writeRecord({section, person, operation, reference, money.currency().code(),
                                   QString::number(count), money.toPlainString(),
                                   QString::number(money.minorUnits()),
                                   at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString()});
    };
    bool ok = writer.writeRecord(csvHeader());
    for (const EndOfDayLine &line : summary.byPerson)
        ok = ok && record(QStringLiteral("by_person"), line.userName, operationKindToken(line.kind),
                          QString(), line.money(), line.count, QDateTime());
    for (const EndOfDayLine &line : summary.totals)
        ok = ok && record(QStringLiteral("total"), QString(), operationKindToken(line.kind), QString(),
                          line.money(), line.count, QDateTime());
    for (const RefundRequest &request : summary.awaitingApproval)
        ok = ok && record(QStringLiteral("awaiting_approval"), request.requestedBy, QStringLiteral("refund"),
                          request.merchantReference, request.money(), 1, request.requestedAt);
    for (const EndOfDayPending &line : summary.expiringWithinDay)
        ok = ok && record(QStringLiteral("expiring_24h"), QString(), QString(), QString(), line.money(),
                          line.count, QDateTime());
    return ok;
}
