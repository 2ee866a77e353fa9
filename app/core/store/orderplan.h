#pragma once

#include "domain/transaction.h"
#include "store/reportrow.h"

#include <QList>
#include <QString>

#include <chrono>
#include <optional>

// What the imported report rows of one order add up to (its report_totals row).
struct ReportTotals
{
    bool originSeen = false;
    Origin origin = Origin::Authorization;
    qint64 authorized = 0;
    qint64 captured = 0;
    qint64 refunded = 0;
    bool voided = false;
    bool failed = false;
    qint64 lastRowAt = 0;
    // Not kept in report_totals: the largest amount a declined origin row asked for (authorized stays 0).
    qint64 attempted = 0;
};

// What the cache holds of an order the report names.
struct ExistingOrder
{
    Transaction tx;
    bool needsStatusCheck = false;
    ReportTotals report; // all zero when no report row of the order was imported before
};

// The outcome of checking one order's rows against what is known of it. The row pointers point into the
// rows planOrder() was given.
struct OrderPlan
{
    QString badReason; // empty when the order may be merged
    qint64 badLine = 0;
    QList<const ReportRow *> newRows; // the rows not seen before, in order
    ReportTotals report;              // after the new rows
    const ReportRow *originRow = nullptr;
    const ReportRow *latestRow = nullptr;
    bool pendingOrigin = false; // the origin's outcome is not final yet
    qint64 uncertainLine = 0;   // the last new follow-up row whose outcome is not final (status 15, ...)

    // The order waits for a status check: a new row's outcome was not final, so only APS's totals can say
    // what it did.
    bool needsStatusCheck() const { return pendingOrigin || uncertainLine > 0; }

    bool isBad() const { return !badReason.isEmpty(); }
};

// Folds the rows of one order (one merchant_reference, ReportRow::seen set for rows imported before) into
// the report totals, starting from `existing`'s, and checks them (see ReportImporter): the currency, one
// kind of origin, captures within authorized, refunds within captured, no capture or void of a purchase and
// no void after a capture. Totals count successful operations only (a purchase counts as captured); a
// declined origin authorizes nothing: it marks the order failed while nothing is authorized and keeps its
// amount as attempted. A row whose outcome is not final moves nothing and asks for a status check. No SQL.
OrderPlan planOrder(const QList<ReportRow> &rows, const std::optional<ExistingOrder> &existing);

// A new order's transaction: totals from the plan, details from its origin row (else the first new row
// that has them). `captureWindow` sets the capture deadline from the authorization time.
Transaction newTransaction(const OrderPlan &plan, const ReportRow &first, const QString &merchantIdentifier,
                           std::chrono::seconds captureWindow);

// An existing order after the plan: totals only raised, empty details filled in from the new rows, the last
// response taken from the latest row when totals were raised by rows no older than those seen before.
struct OrderUpdate
{
    Transaction tx;
    bool changed = false; // anything differs from the cache
    bool lower = false;   // the report says less than the cache: needs_status_check, totals kept
};
OrderUpdate updatedTransaction(const OrderPlan &plan, const ExistingOrder &existing);
