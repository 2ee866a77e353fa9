#pragma once

#include "store/database.h"
#include "store/storeresult.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <chrono>

// An amount of money and how many orders or requests make it, in one currency (minor units).
struct CurrencyAmount
{
    QString currency;
    qint64 count = 0;
    qint64 amount = 0;
};

// What one day moved: the succeeded captures and refunds PayDesk sent, per currency.
struct DayMovement
{
    QDate day; // in the desk's time zone
    QString currency;
    qint64 captured = 0;
    qint64 refunded = 0;
};

// Money still to capture whose deadline falls within a band of hours from now, per currency: the band
// [fromHours, toHours); toHours 0 means "and later".
struct ExposureBand
{
    int fromHours = 0;
    int toHours = 0;
    QList<CurrencyAmount> amounts;
};

// The figures of the Today view: what needs attention now and what the last days moved. Plain values, read
// in one go by TodayFigures::read() on any thread with a connection to the store.
struct TodayFigures
{
    QDateTime now; // UTC, what "expiring" and "yesterday" were judged at
    QTimeZone zone;
    // Authorizations whose capture deadline is within the next 24 hours, with money left to capture.
    QList<CurrencyAmount> expiringSoon;
    // Every authorization that can still be captured: the money left on it.
    QList<CurrencyAmount> leftToCapture;
    // Refund requests waiting for a decision; `awaitingOthers` excludes the reader's own requests (what
    // someone who may approve can decide).
    QList<CurrencyAmount> awaitingApproval;
    QList<CurrencyAmount> awaitingOthers;
    qint64 unresolvedOperations = 0; // pending or unknown, being settled
    qint64 manualReviews = 0;        // waiting for a person
    // Yesterday, in the desk's time zone.
    QDate yesterday;
    QList<CurrencyAmount> capturedYesterday;
    QList<CurrencyAmount> refundedYesterday;
    // The last `days` days up to today, oldest first; only days and currencies that moved money.
    QList<DayMovement> movements;
    QDate firstDay;
    QList<ExposureBand> exposure;

    // The currencies any figure mentions, ordered by code.
    QStringList currencies() const;

    // Reads the figures at `now` (UTC) for `userName` through `database`'s connection of the calling
    // thread. Capture facts are TransactionQuery's (the store's one statement of TransactionRules); days
    // are cut at midnight in `zone`.
    static StoreResult<TodayFigures> read(const Database &database, const QDateTime &now,
                                          const QTimeZone &zone, const QString &userName, int days = 30);

    // The bands of the exposure chart, in hours: [0,6), [6,12), [12,24), [24,48), [48,72), [72,168), [168,∞).
    static QList<int> exposureBandEdges();
};
