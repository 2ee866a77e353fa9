#pragma once

#include "domain/operation.h"
#include "money/money.h"
#include "store/storeresult.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

class Database;

// One line of the end-of-day report: what one person (or, in the totals, everyone) did of one kind in one
// currency. `amount` is the sum in minor units of `currency` (0 for voids).
struct EndOfDayLine
{
    QString userName; // empty in EndOfDaySummary::totals
    OperationKind kind = OperationKind::Capture;
    Currency currency;
    int count = 0;
    qint64 amount = 0;

    Money money() const { return Money::fromMinor(amount, currency); }
};

// The day's succeeded captures, voids and refunds.
struct EndOfDaySummary
{
    QDate day;                    // in `timeZone`
    QTimeZone timeZone;           // the profile's (UTC when the profile's is unknown)
    QDateTime from;               // UTC: the day's first instant in `timeZone`
    QDateTime to;                 // UTC: the next day's first instant (exclusive)
    QList<EndOfDayLine> byPerson; // ordered by user, kind (capture, void, refund), currency code
    QList<EndOfDayLine> totals;   // everyone: ordered by kind, currency code
    int unresolved = 0;           // operations started that day whose outcome is not known yet (not counted)
    int declined = 0;             // operations finished that day that APS or a person declined (not counted)
};

// The end-of-day report of ARCHITECTURE.md section 5 / issue 7: the operations that succeeded in one day of
// the profile's time zone (by the time their outcome was recorded, operations.finished_at), grouped by the
// person who asked for them, with totals per kind and currency. Reads only; exact integer sums.
class EndOfDayReport final
{
public:
    explicit EndOfDayReport(const Database &database);

    // `timeZoneId` is the profile's IANA id (MerchantProfile::timeZone); an unknown id means UTC. Sums that
    // would overflow qint64 are reported as Invalid rather than wrapped.
    StoreResult<EndOfDaySummary> build(const QDate &day, const QString &timeZoneId) const;

private:
    const Database &m_database;
};
