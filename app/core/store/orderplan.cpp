#include "orderplan.h"

#include <algorithm>

namespace {

QString amountText(qint64 minor, const QString &currency)
{
    const std::optional<Currency> c = Currency::fromCode(currency);
    return (c ? Money::fromMinor(minor, *c).toPlainString() : QString::number(minor)) + u' ' + currency;
}

// The last line of each kind of successful follow-up, for the reasons of checkTotals().
struct FollowUpLines
{
    qint64 capture = 0;
    qint64 refund = 0;
    qint64 voided = 0;
};

void markBad(OrderPlan &plan, qint64 line, const QString &reason)
{
    if (!plan.isBad()) {
        plan.badLine = line;
        plan.badReason = reason;
    }
}

void foldOrigin(OrderPlan &plan, const ReportRow &row)
{
    ReportTotals &r = plan.report;
    const Origin origin = row.op == ReportOperation::Purchase ? Origin::Purchase : Origin::Authorization;
    if (r.originSeen && r.origin != origin) {
        markBad(plan, row.line, QStringLiteral("the order has both an authorization and a purchase"));
        return;
    }
    r.originSeen = true;
    r.origin = origin;
    if (!plan.originRow || row.outcome == ReportOutcome::Success)
        plan.originRow = &row;
    if (row.outcome == ReportOutcome::Success) {
        r.authorized = std::max(r.authorized, row.amount);
        r.failed = false;
        if (origin == Origin::Purchase)
            r.captured = std::max(r.captured, row.amount);
    } else if (row.outcome == ReportOutcome::Failed && r.authorized == 0) {
        r.failed = true;
        r.attempted = std::max(r.attempted, row.amount);
    }
    plan.pendingOrigin = row.outcome == ReportOutcome::Pending && r.authorized == 0;
}

void foldRow(OrderPlan &plan, const ReportRow &row, const QString &currency, FollowUpLines &lines)
{
    if (row.currency != currency) {
        markBad(plan, row.line,
                QStringLiteral("currency %1 differs from the order's %2").arg(row.currency, currency));
        return;
    }
    if (!plan.latestRow || row.at >= plan.latestRow->at)
        plan.latestRow = &row;
    ReportTotals &r = plan.report;
    r.lastRowAt = std::max(r.lastRowAt, row.at);
    const bool success = row.outcome == ReportOutcome::Success;
    if (row.outcome == ReportOutcome::Pending && row.op != ReportOperation::Authorization &&
        row.op != ReportOperation::Purchase)
        plan.uncertainLine = row.line;
    switch (row.op) {
    case ReportOperation::Authorization:
    case ReportOperation::Purchase:
        foldOrigin(plan, row);
        break;
    case ReportOperation::Capture:
        if (success) {
            r.captured += row.amount;
            lines.capture = row.line;
        }
        break;
    case ReportOperation::Refund:
        if (success) {
            r.refunded += row.amount;
            lines.refund = row.line;
        }
        break;
    case ReportOperation::Void:
        if (success) {
            r.voided = true;
            lines.voided = row.line;
        }
        break;
    }
}

// The order after the new rows, whatever the cache knew more, must still make sense.
void checkTotals(OrderPlan &plan, const QList<ReportRow> &rows, const std::optional<ExistingOrder> &existing,
                 const QString &currency, const FollowUpLines &lines)
{
    const ReportTotals &r = plan.report;
    const qint64 firstLine = plan.newRows.first()->line;
    if (!r.originSeen && !existing) {
        markBad(plan, firstLine,
                QStringLiteral("no authorization or purchase row for order %1").arg(rows.first().reference));
        return;
    }
    const Origin origin = r.originSeen ? r.origin : existing->tx.origin;
    if (existing && r.originSeen && existing->tx.origin != r.origin) {
        markBad(plan, plan.originRow ? plan.originRow->line : firstLine,
                QStringLiteral("the report has a %1, the cache a %2")
                    .arg(originToken(r.origin), originToken(existing->tx.origin)));
        return;
    }
    const qint64 authorized = std::max(r.authorized, existing ? existing->tx.authorized : 0);
    const qint64 captured = std::max(r.captured, existing ? existing->tx.captured : 0);
    const qint64 refunded = std::max(r.refunded, existing ? existing->tx.refunded : 0);
    const bool voided = r.voided || (existing && existing->tx.voided);
    if (origin == Origin::Purchase && lines.capture)
        markBad(plan, lines.capture,
                QStringLiteral("capture of a purchase (a purchase is captured when paid)"));
    else if (origin == Origin::Purchase && lines.voided)
        markBad(plan, lines.voided, QStringLiteral("void of a purchase (a purchase can only be refunded)"));
    else if (captured > authorized)
        markBad(plan, lines.capture ? lines.capture : firstLine,
                QStringLiteral("captures (%1) above authorized (%2)")
                    .arg(amountText(captured, currency), amountText(authorized, currency)));
    else if (refunded > captured)
        markBad(plan, lines.refund ? lines.refund : firstLine,
                QStringLiteral("refunds (%1) above captured (%2)")
                    .arg(amountText(refunded, currency), amountText(captured, currency)));
    else if (voided && captured > 0)
        markBad(plan, lines.voided ? lines.voided : lines.capture, QStringLiteral("void after a capture"));
}

// The first non-empty `member` of the origin row, else of the new rows in order.
QString firstNonEmpty(const OrderPlan &plan, const ReportRow &origin, QString ReportRow::*member)
{
    if (!(origin.*member).isEmpty())
        return origin.*member;
    for (const ReportRow *row : plan.newRows) {
        if (!(row->*member).isEmpty())
            return row->*member;
    }
    return QString();
}

// Fills an empty `target` from the first new row that has `member`.
void fillEmpty(const OrderPlan &plan, QString &target, QString ReportRow::*member)
{
    if (!target.isEmpty())
        return;
    for (const ReportRow *row : plan.newRows) {
        if (!(row->*member).isEmpty()) {
            target = row->*member;
            return;
        }
    }
}

} // namespace

OrderPlan planOrder(const QList<ReportRow> &rows, const std::optional<ExistingOrder> &existing)
{
    OrderPlan plan;
    if (existing)
        plan.report = existing->report;
    const QString currency = existing ? existing->tx.currency.code() : rows.first().currency;
    FollowUpLines lines;
    for (const ReportRow &row : rows) {
        if (row.seen)
            continue;
        plan.newRows << &row;
        foldRow(plan, row, currency, lines);
    }
    if (plan.isBad() || plan.newRows.isEmpty())
        return plan;
    checkTotals(plan, rows, existing, currency, lines);
    return plan;
}

Transaction newTransaction(const OrderPlan &plan, const ReportRow &first, const QString &merchantIdentifier,
                           std::chrono::seconds captureWindow)
{
    const ReportRow &origin = plan.originRow ? *plan.originRow : first;
    const ReportRow &latest = plan.latestRow ? *plan.latestRow : origin;
    const ReportTotals &r = plan.report;
    Transaction tx;
    tx.merchantIdentifier = merchantIdentifier;
    tx.merchantReference = first.reference;
    tx.origin = r.origin;
    tx.currency = Currency::fromCode(origin.currency).value_or(Currency());
    tx.authorized = r.authorized;
    tx.captured = r.captured;
    tx.refunded = r.refunded;
    tx.voided = r.voided;
    tx.failed = r.failed;
    tx.attempted = r.failed ? r.attempted : 0;
    tx.authorizedAt = QDateTime::fromMSecsSinceEpoch(origin.at, Qt::UTC);
    tx.captureDeadline =
        QDateTime::fromMSecsSinceEpoch(origin.at + qint64(captureWindow.count()) * 1000, Qt::UTC);
    tx.fortId = firstNonEmpty(plan, origin, &ReportRow::fortId);
    tx.customerName = firstNonEmpty(plan, origin, &ReportRow::customerName);
    tx.customerEmail = firstNonEmpty(plan, origin, &ReportRow::customerEmail);
    tx.cardMasked = firstNonEmpty(plan, origin, &ReportRow::cardMasked);
    tx.paymentOption = firstNonEmpty(plan, origin, &ReportRow::paymentOption);
    tx.digitalWallet = firstNonEmpty(plan, origin, &ReportRow::digitalWallet);
    tx.orderDescription = firstNonEmpty(plan, origin, &ReportRow::orderDescription);
    tx.lastResponseCode = latest.responseCode;
    tx.lastResponseMessage = latest.responseMessage;
    return tx;
}

OrderUpdate updatedTransaction(const OrderPlan &plan, const ExistingOrder &existing)
{
    const ReportTotals &r = plan.report;
    const Transaction &before = existing.tx;
    OrderUpdate update{existing.tx};
    Transaction &tx = update.tx;
    if (r.originSeen) {
        tx.authorized = std::max(tx.authorized, r.authorized);
        if (tx.failed && !r.failed && r.authorized > 0)
            tx.failed = false;
        if (tx.failed)
            tx.attempted = std::max(tx.attempted, r.attempted);
    }
    tx.captured = std::max(tx.captured, r.captured);
    tx.refunded = std::max(tx.refunded, r.refunded);
    tx.voided = tx.voided || r.voided;
    update.lower = (r.originSeen && r.authorized < before.authorized) || r.captured < before.captured ||
                   r.refunded < before.refunded || (before.voided && !r.voided);
    fillEmpty(plan, tx.fortId, &ReportRow::fortId);
    fillEmpty(plan, tx.customerName, &ReportRow::customerName);
    fillEmpty(plan, tx.customerEmail, &ReportRow::customerEmail);
    fillEmpty(plan, tx.cardMasked, &ReportRow::cardMasked);
    fillEmpty(plan, tx.paymentOption, &ReportRow::paymentOption);
    fillEmpty(plan, tx.digitalWallet, &ReportRow::digitalWallet);
    fillEmpty(plan, tx.orderDescription, &ReportRow::orderDescription);
    const bool raised = tx.authorized != before.authorized || tx.captured != before.captured ||
                        tx.refunded != before.refunded || tx.voided != before.voided ||
                        tx.failed != before.failed || tx.attempted != before.attempted;
    if (raised && plan.latestRow && plan.latestRow->at >= existing.report.lastRowAt) {
        tx.lastResponseCode = plan.latestRow->responseCode;
        tx.lastResponseMessage = plan.latestRow->responseMessage;
    }
    update.changed = raised || tx.fortId != before.fortId || tx.customerName != before.customerName ||
                     tx.customerEmail != before.customerEmail || tx.cardMasked != before.cardMasked ||
                     tx.paymentOption != before.paymentOption || tx.digitalWallet != before.digitalWallet ||
                     tx.orderDescription != before.orderDescription;
    return update;
}
