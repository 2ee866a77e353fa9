#include "todayfigures.h"

#include "store/sqlvalue.h"
#include "store/transactionquery.h"
#include "store/transactionreader.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace {

// Money left to capture per currency on the transactions the capture filter selects.
StoreResult<QList<CurrencyAmount>> leftToCaptureOf(const TransactionReader &reader, const QDateTime &now,
                                                   TransactionQuery::Capture capture,
                                                   std::chrono::hours within = std::chrono::hours(24))
{
    TransactionQuery query;
    query.capture = capture;
    query.now = now;
    query.warningPeriod = within;
    const StoreResult<QList<CurrencyTotals>> totals = reader.totalsByCurrency(query);
    if (!totals.ok())
        return totals.status();
    QList<CurrencyAmount> amounts;
    for (const CurrencyTotals &t : *totals.value)
        amounts << CurrencyAmount{t.currency, t.count, t.authorized - t.captured};
    return amounts;
}

// a − b, currency by currency (counts too); currencies left with nothing are dropped.
QList<CurrencyAmount> minus(const QList<CurrencyAmount> &a, const QList<CurrencyAmount> &b)
{
    QMap<QString, CurrencyAmount> byCurrency;
    for (const CurrencyAmount &x : a)
        byCurrency.insert(x.currency, x);
    for (const CurrencyAmount &y : b) {
        CurrencyAmount &x = byCurrency[y.currency];
        x.currency = y.currency;
        x.count -= y.count;
        x.amount -= y.amount;
    }
    QList<CurrencyAmount> result;
    for (const CurrencyAmount &x : std::as_const(byCurrency))
        if (x.count != 0 || x.amount != 0)
            result << x;
    return result;
}

StoreStatus readExposure(const TransactionReader &reader, const QDateTime &now,
                         const QList<CurrencyAmount> &open, QList<ExposureBand> &bands)
{
    const QList<int> edges = TodayFigures::exposureBandEdges();
    QList<CurrencyAmount> before; // deadlines up to the previous edge
    int from = 0;
    for (const int edge : edges) {
        const StoreResult<QList<CurrencyAmount>> within =
            leftToCaptureOf(reader, now, TransactionQuery::Capture::ExpiringSoon, std::chrono::hours(edge));
        if (!within.ok())
            return within.status();
        bands << ExposureBand{from, edge, minus(*within.value, before)};
        before = *within.value;
        from = edge;
    }
    bands << ExposureBand{from, 0, minus(open, before)};
    return StoreStatus::success();
}

StoreStatus readRequests(const Database &database, const QDateTime &now, const QString &userName,
                         TodayFigures &figures)
{
    struct Row
    {
        CurrencyAmount all;
        CurrencyAmount others;
    };
    const StoreResult<QList<Row>> rows = selectAll<Row>(
        database,
        QStringLiteral("SELECT currency, count(*), sum(amount), "
                       "sum(CASE WHEN requested_by <> ? THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN requested_by <> ? THEN amount ELSE 0 END) "
                       "FROM refund_requests WHERE status = 'awaiting' AND expires_at > ? "
                       "GROUP BY currency ORDER BY currency"),
        {userName, userName, now.toMSecsSinceEpoch()},
        [](const QSqlQuery &q) {
            const QString currency = q.value(0).toString();
            return Row{{currency, q.value(1).toLongLong(), q.value(2).toLongLong()},
                       {currency, q.value(3).toLongLong(), q.value(4).toLongLong()}};
        },
        QStringLiteral("reading the refund requests"));
    if (!rows.ok())
        return rows.status();
    for (const Row &row : *rows.value) {
        figures.awaitingApproval << row.all;
        if (row.others.count > 0)
            figures.awaitingOthers << row.others;
    }
    return StoreStatus::success();
}

StoreResult<qint64> countOperations(const Database &database, const QString &outcomes)
{
    const StoreResult<QList<qint64>> rows = selectAll<qint64>(
        database, QStringLiteral("SELECT count(*) FROM operations WHERE outcome IN (%1)").arg(outcomes), {},
        [](const QSqlQuery &q) { return q.value(0).toLongLong(); }, QStringLiteral("reading the journal"));
    if (!rows.ok())
        return rows.status();
    return rows.value->value(0);
}

// The succeeded captures and refunds finished within [day 00:00, next day 00:00) in the zone, per currency,
// through the index of succeeded operations by finish time.
StoreStatus readDay(const Database &database, const QDate &day, const QTimeZone &zone, TodayFigures &figures)
{
    struct Row
    {
        QString kind;
        QString currency;
        qint64 count = 0;
        qint64 amount = 0;
    };
    const StoreResult<QList<Row>> rows = selectAll<Row>(
        database,
        QStringLiteral("SELECT kind, currency, count(*), sum(amount) FROM operations "
                       "WHERE outcome = 'succeeded' AND finished_at >= ? AND finished_at < ? "
                       "AND kind IN ('capture', 'refund') GROUP BY kind, currency ORDER BY currency"),
        {day.startOfDay(zone).toMSecsSinceEpoch(), day.addDays(1).startOfDay(zone).toMSecsSinceEpoch()},
        [](const QSqlQuery &q) {
            return Row{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                       q.value(3).toLongLong()};
        },
        QStringLiteral("reading the day's operations"));
    if (!rows.ok())
        return rows.status();
    QMap<QString, DayMovement> byCurrency;
    for (const Row &row : *rows.value) {
        DayMovement &movement = byCurrency[row.currency];
        movement.day = day;
        movement.currency = row.currency;
        const bool capture = row.kind == QLatin1String("capture");
        (capture ? movement.captured : movement.refunded) += row.amount;
        if (day == figures.yesterday)
            (capture ? figures.capturedYesterday : figures.refundedYesterday)
                << CurrencyAmount{row.currency, row.count, row.amount};
    }
    for (const DayMovement &movement : std::as_const(byCurrency))
        figures.movements << movement;
    return StoreStatus::success();
}

} // namespace

QList<int> TodayFigures::exposureBandEdges()
{
    return {6, 12, 24, 48, 72, 168};
}

QStringList TodayFigures::currencies() const
{
    QSet<QString> codes;
    for (const QList<CurrencyAmount> *list :
         {&expiringSoon, &leftToCapture, &awaitingApproval, &capturedYesterday, &refundedYesterday})
        for (const CurrencyAmount &amount : *list)
            codes.insert(amount.currency);
    for (const DayMovement &movement : movements)
        codes.insert(movement.currency);
    QStringList sorted(codes.cbegin(), codes.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

StoreResult<TodayFigures> TodayFigures::read(const Database &database, const QDateTime &now,
                                             const QTimeZone &zone, const QString &userName, int days)
{
    TodayFigures figures;
    figures.now = now.toUTC();
    figures.zone = zone;
    const TransactionReader reader(database);
    StoreResult<QList<CurrencyAmount>> amounts =
        leftToCaptureOf(reader, figures.now, TransactionQuery::Capture::ExpiringSoon);
    if (!amounts.ok())
        return amounts.status();
    figures.expiringSoon = *amounts.value;
    amounts = leftToCaptureOf(reader, figures.now, TransactionQuery::Capture::Open);
    if (!amounts.ok())
        return amounts.status();
    figures.leftToCapture = *amounts.value;
    if (StoreStatus status = readExposure(reader, figures.now, figures.leftToCapture, figures.exposure);
        !status.ok())
        return status;
    if (StoreStatus status = readRequests(database, figures.now, userName, figures); !status.ok())
        return status;
    StoreResult<qint64> count = countOperations(database, QStringLiteral("'pending', 'unknown'"));
    if (!count.ok())
        return count.status();
    figures.unresolvedOperations = *count.value;
    count = countOperations(database, QStringLiteral("'manual_review'"));
    if (!count.ok())
        return count.status();
    figures.manualReviews = *count.value;

    const QDate today = figures.now.toTimeZone(zone).date();
    figures.yesterday = today.addDays(-1);
    figures.firstDay = today.addDays(1 - qMax(1, days));
    for (QDate day = figures.firstDay; day <= today; day = day.addDays(1))
        if (StoreStatus status = readDay(database, day, zone, figures); !status.ok())
            return status;
    return figures;
}
