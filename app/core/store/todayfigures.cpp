#include "todayfigures.h"

#include "store/sqlvalue.h"
#include "store/transactionquery.h"
#include "store/transactionreader.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace {

// Adds `amount` to the currency's entry of `list` (kept in currency order, as the store returns them).
void add(QList<CurrencyAmount> &list, const CurrencyAmount &amount)
{
    for (CurrencyAmount &entry : list) {
        if (entry.currency == amount.currency) {
            entry.count += amount.count;
            entry.amount += amount.amount;
            return;
        }
    }
    list << amount;
}

// Every authorization still open for capture, in one pass: its money left to capture per currency and band
// of hours until the deadline. The expiring tile is the bands within 24 hours, the same rule as the
// "Expiring soon" filter (TransactionQuery::Capture::ExpiringSoon with a 24-hour warning).
StoreStatus readCaptureFigures(const Database &database, TodayFigures &figures)
{
    TransactionQuery open;
    open.capture = TransactionQuery::Capture::Open;
    open.now = figures.now;
    const QList<int> edges = TodayFigures::exposureBandEdges();
    QList<qint64> edgesMs;
    for (const int hours : edges)
        edgesMs << figures.now.toMSecsSinceEpoch() + qint64(hours) * 3600 * 1000;
    const StoreResult<QList<DeadlineBandTotals>> bands =
        TransactionReader(database).totalsByDeadline(open, edgesMs);
    if (!bands.ok())
        return bands.status();
    for (int i = 0; i <= edges.size(); ++i)
        figures.exposure << ExposureBand{
            i == 0 ? 0 : edges.at(i - 1), i < edges.size() ? edges.at(i) : 0, {}};
    for (const DeadlineBandTotals &band : *bands.value) {
        const CurrencyTotals &t = band.totals;
        const CurrencyAmount left{t.currency, t.count, t.toCapture};
        figures.exposure[band.band].amounts << left;
        add(figures.leftToCapture, left);
        if (band.band < edges.size() && edges.at(band.band) <= 24)
            add(figures.expiringSoon, left);
    }
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
    if (StoreStatus status = readCaptureFigures(database, figures); !status.ok())
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
