#include "soakcheck.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace {

QString kindOfCommand(const QString &command)
{
    if (command == u"CAPTURE")
        return QStringLiteral("capture");
    if (command == u"VOID_AUTHORIZATION")
        return QStringLiteral("void");
    if (command == u"REFUND")
        return QStringLiteral("refund");
    return {};
}

QString groupKey(const QString &kind, qint64 amount, const QString &maintenanceReference)
{
    if (kind == u"refund")
        return kind + QStringLiteral(" ref ") + maintenanceReference;
    if (kind == u"void")
        return kind;
    return kind + QLatin1Char(' ') + QString::number(amount);
}

struct Group
{
    QString kind;
    qint64 amount = 0;
    int received = 0;
    int applied = 0;
    int succeeded = 0;
    int declined = 0;
    int review = 0;
    int open = 0; // pending or unknown
    int journalled = 0;
    QList<qint64> reviewIds;
};

struct Totals
{
    qint64 authorized = 0;
    qint64 captured = 0;
    qint64 refunded = 0;
    bool voided = false;

    static Totals from(const QJsonObject &json)
    {
        return Totals{json.value(QLatin1String("authorized")).toInteger(),
                      json.value(QLatin1String("captured")).toInteger(),
                      json.value(QLatin1String("refunded")).toInteger(),
                      json.value(QLatin1String("voided")).toBool()};
    }
    bool operator==(const Totals &o) const
    {
        return authorized == o.authorized && captured == o.captured && refunded == o.refunded &&
               voided == o.voided;
    }
    QString toString() const
    {
        return QStringLiteral("authorized %1 captured %2 refunded %3%4")
            .arg(authorized)
            .arg(captured)
            .arg(refunded)
            .arg(voided ? QStringLiteral(" voided") : QString());
    }
};

// Money past what the order allows: APS's totals over their limits, or a capture or refund PayDesk sent that
// APS had to refuse for exceeding the authorized (042) or captured (048) remainder. PayDesk knows both limits
// before it sends, so each one is a race between desks that PayDesk lost.
void countOverreach(const QString &reference, const QJsonObject &order, const Totals &aps, SoakTally *tally)
{
    int overCaptures = aps.captured > aps.authorized ? 1 : 0;
    int overRefunds = aps.refunded > aps.captured ? 1 : 0;
    const QJsonArray operations = order.value(QLatin1String("operations")).toArray();
    for (const QJsonValue &value : operations) {
        const QString code = value.toObject().value(QLatin1String("response_code")).toString();
        overCaptures += code.endsWith(QLatin1String("042")) ? 1 : 0;
        overRefunds += code.endsWith(QLatin1String("048")) ? 1 : 0;
    }
    tally->overCaptured += overCaptures;
    tally->overRefunded += overRefunds;
    if (overCaptures + overRefunds > 0)
        tally->problems << QStringLiteral("%1: %2 over-captures and %3 over-refunds reached APS; APS %4")
                               .arg(reference)
                               .arg(overCaptures)
                               .arg(overRefunds)
                               .arg(aps.toString());
}

} // namespace

void SoakCheck::compare(const QList<SoakJournal::Operation> &journal,
                        const QHash<QString, QJsonObject> &truth, const QHash<QString, QJsonObject> &cache,
                        SoakTally *tally)
{
    QHash<QString, QMap<QString, Group>> groups; // reference -> key -> group
    for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
        const QJsonArray operations = it.value().value(QLatin1String("operations")).toArray();
        for (const QJsonValue &value : operations) {
            const QJsonObject op = value.toObject();
            const QString kind = kindOfCommand(op.value(QLatin1String("command")).toString());
            if (kind.isEmpty())
                continue;
            const qint64 amount = kind == u"void" ? 0 : op.value(QLatin1String("amount")).toInteger();
            Group &group =
                groups[it.key()]
                      [groupKey(kind, amount, op.value(QLatin1String("maintenance_reference")).toString())];
            group.kind = kind;
            group.amount = amount;
            ++group.received;
            group.applied += op.value(QLatin1String("applied")).toBool() ? 1 : 0;
        }
    }
    QHash<qint64, SoakJournal::Operation> byId;
    for (const SoakJournal::Operation &op : journal) {
        byId.insert(op.id, op);
        Group &group = groups[op.reference][groupKey(op.kind, op.amount, op.maintenanceReference)];
        group.kind = op.kind;
        group.amount = op.kind == u"void" ? 0 : op.amount;
        ++group.journalled;
        if (op.outcome == u"succeeded") {
            ++group.succeeded;
        } else if (op.outcome == u"declined") {
            ++group.declined;
        } else if (op.outcome == u"manual_review") {
            ++group.review;
            group.reviewIds << op.id;
        } else {
            ++group.open;
            tally->problems << QStringLiteral(
                                   "%1: operation %2 (%3 %4) still %5 after the final reconciliation")
                                   .arg(op.reference)
                                   .arg(op.id)
                                   .arg(op.kind)
                                   .arg(op.amount)
                                   .arg(op.outcome);
        }
    }
    tally->journalOperations = int(journal.size());

    QStringList references = truth.keys();
    std::sort(references.begin(), references.end());
    for (const QString &reference : std::as_const(references)) {
        Totals reviewedApplied;
        for (auto it = groups[reference].cbegin(); it != groups[reference].cend(); ++it) {
            const Group &g = it.value();
            const QString where = reference + QStringLiteral(" (") + it.key() + QLatin1Char(')');
            const auto finding = [&](const QString &what) {
                tally->problems << QStringLiteral(
                                       "%1: %2; APS received %3, applied %4; journal %5 operations: "
                                       "%6 succeeded, %7 declined, %8 in review, %9 open")
                                       .arg(where, what)
                                       .arg(g.received)
                                       .arg(g.applied)
                                       .arg(g.journalled)
                                       .arg(g.succeeded)
                                       .arg(g.declined)
                                       .arg(g.review)
                                       .arg(g.open);
            };
            tally->unsettled += g.open;
            if (g.succeeded > g.applied) {
                tally->opposite += g.succeeded - g.applied;
                finding(QStringLiteral("succeeded in the journal, not applied at APS"));
            }
            int unexplained = std::max(0, g.applied - g.succeeded);
            const int inReview = std::min(unexplained, g.review);
            unexplained -= inReview;
            for (int i = 0; i < g.review; ++i) {
                tally->manualReview << QStringLiteral("%1: operation %2 (%3 %4), at APS: %5")
                                           .arg(reference)
                                           .arg(g.reviewIds.value(i))
                                           .arg(g.kind)
                                           .arg(g.amount)
                                           .arg(i < inReview ? QStringLiteral("applied")
                                                             : QStringLiteral("not applied"));
            }
            if (g.kind == u"capture")
                reviewedApplied.captured += g.amount * inReview;
            else if (g.kind == u"refund")
                reviewedApplied.refunded += g.amount * inReview;
            else if (inReview > 0)
                reviewedApplied.voided = true;
            unexplained -= std::min(unexplained, g.open);
            const int declinedButApplied = std::min(unexplained, g.declined);
            if (declinedButApplied > 0) {
                tally->opposite += declinedButApplied;
                finding(QStringLiteral("declined in the journal, applied at APS"));
            }
            unexplained -= declinedButApplied;
            if (unexplained > 0 && g.journalled > 0) {
                tally->repeated += unexplained;
                finding(QStringLiteral("applied at APS more often than journalled"));
            } else if (unexplained > 0) {
                tally->lost += unexplained;
                finding(QStringLiteral("applied at APS, unknown to the journal"));
            }
            if (g.received > g.journalled) {
                tally->unjournalledRequests += g.received - g.journalled;
                finding(QStringLiteral("APS received more requests than the journal holds"));
            }
        }

        const Totals aps = Totals::from(truth.value(reference));
        countOverreach(reference, truth.value(reference), aps, tally);
        if (!cache.contains(reference)) {
            tally->mismatches
                << QStringLiteral("%1: not in the cache; APS %2").arg(reference, aps.toString());
            continue;
        }
        const Totals cached = Totals::from(cache.value(reference));
        if (cached == aps)
            continue;
        Totals withReview = cached;
        withReview.captured += reviewedApplied.captured;
        withReview.refunded += reviewedApplied.refunded;
        withReview.voided = withReview.voided || reviewedApplied.voided;
        const QString line =
            QStringLiteral("%1: cache %2; APS %3").arg(reference, cached.toString(), aps.toString());
        if (withReview == aps && !(reviewedApplied == Totals()))
            tally->heldByReview << line;
        else
            tally->mismatches << line;
    }
}
