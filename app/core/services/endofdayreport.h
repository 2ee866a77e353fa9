#pragma once

#include "domain/operation.h"
#include "domain/refundrequest.h"
#include "money/money.h"
#include "store/storeresult.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

class Database;
class QIODevice;

// One line of the end-of-day report: what one person (or, in the totals, everyone) did of one kind in one
// currency. `amount` is the sum in minor units of `currency`: captured, refunded, or for voids the amount the
// voids released back to the customers (authorized less captured when each void was sent).
struct EndOfDayLine
{
    QString userName; // empty in EndOfDaySummary::totals
    OperationKind kind = OperationKind::Capture;
    Currency currency;
    int count = 0;
    qint64 amount = 0;

    Money money() const { return Money::fromMinor(amount, currency); }
};

// What waits for someone at the time the report was made, per currency: `count` orders or requests, `amount`
// in minor units of `currency` (still to capture, or asked to refund).
struct EndOfDayPending
{
    Currency currency;
    int count = 0;
    qint64 amount = 0;

    Money money() const { return Money::fromMinor(amount, currency); }
};

// The day's succeeded captures, voids and refunds, and what needs attention now.
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
    QDateTime madeAt;             // UTC: "now" for the two lists below
    // Refund requests awaiting approval at `madeAt` (not expired), oldest first.
    QList<RefundRequest> awaitingApproval;
    // Authorizations with money still to capture whose deadline falls within 24 hours of `madeAt`
    // (TransactionQuery::Capture::ExpiringSoon with a 24-hour warning), per currency by code.
    QList<EndOfDayPending> expiringWithinDay;
};

// The end-of-day report of ARCHITECTURE.md section 5 / issue 7: the operations that succeeded in one day of
// the profile's time zone (by the time their outcome was recorded, operations.finished_at), grouped by the
// person who asked for them, with totals per kind and currency; then what needs attention now (refund
// requests awaiting approval, authorizations expiring within 24 hours). Reads only; exact integer sums.
class EndOfDayReport final
{
public:
    explicit EndOfDayReport(const Database &database);

    // `timeZoneId` is the profile's IANA id (MerchantProfile::timeZone); an unknown id means UTC. Sums that
    // would overflow qint64 are reported as Invalid rather than wrapped.
    // `now` (UTC) is when the report is made: the awaiting requests and the expiring authorizations are
    // those at `now`; invalid means the current time.
    StoreResult<EndOfDaySummary> build(const QDate &day, const QString &timeZoneId,
                                       const QDateTime &now = QDateTime()) const;

    // The report as CSV (CsvWriter: UTF-8, CRLF, formulas neutralised) for a spreadsheet, one record per line
    // of the report. Columns: section (by_person, total, awaiting_approval, expiring_24h), person, operation
    // (capture, void, refund; empty otherwise), merchant_reference (awaiting_approval only), currency, count,
    // amount (major units, "1250.500"), amount_minor, time (ISO 8601 UTC: when a request was asked). False
    // when the device refused a write.
    static QStringList csvHeader();
    static bool writeCsv(const EndOfDaySummary &summary, QIODevice *device);

private:
    StoreStatus readSucceeded(EndOfDaySummary &summary) const;
    StoreStatus readAttention(EndOfDaySummary &summary) const;

    const Database &m_database;
};
