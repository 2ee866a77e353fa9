#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QTextStream>

// What a soak run did and found. Counters are keyed by a short English label; the three verdict counters and
// the mismatches decide the exit code (failed()).
struct SoakTally
{
    int attempted = 0;
    int rounds = 0;               // race rounds (--race)
    QMap<QString, int> outcomes;  // refused/declined/environment and the problem paydeskctl named
    QMap<QString, int> exitCodes; // "0".."5", "killed", "crashed", "hung"
    QMap<QString, int> faults;    // fault mode (and delay variant) -> armed
    QMap<QString, int> kills;     // desk: before/during/after the request; reconciler
    QMap<QString, int> verdicts;  // reconciler verdict token -> count, over every pass
    QMap<QString, int> events;    // retries, expected refusals, profile unblocks, ...
    int reconcilerPasses = 0;     // passes that ran to their end
    QStringList notes;            // what the run could not do as asked, and why

    // Found by SoakCheck at the end.
    int orders = 0;
    int journalOperations = 0;
    int lost = 0;                 // applied at APS, no journal operation accounts for it
    int repeated = 0;             // applied at APS more often than the journal sent it
    int opposite = 0;             // succeeded in the journal but not applied at APS, or declined but applied
    int unjournalledRequests = 0; // requests APS received beyond the journal's operations
    // Captures over the authorized remainder and refunds over the captured one that reached APS (SoakCheck).
    // Reported, not failed(): under faults a cache waiting for the reconciler may let one through; in a race
    // without faults (paydesk-bench race) each is a race PayDesk lost.
    int overCaptured = 0;
    int overRefunded = 0;
    int unsettled = 0; // pending/unknown after the final reconciliation
    int crashed = 0;   // paydeskctl ended by a signal nobody sent
    int hung = 0;      // paydeskctl still running long after its timeout
    bool auditChainOk = true;
    QStringList mismatches;   // orders whose cache totals differ from APS (not explained by review)
    QStringList heldByReview; // orders that differ only by operations awaiting manual review
    QStringList manualReview; // operations left in manual_review
    QStringList problems;     // one line per lost/repeated/opposite/unsettled finding
    qint64 operationPhaseMs = 0;
    qint64 settlePhaseMs = 0;
    qint64 totalMs = 0;

    bool failed() const
    {
        return lost > 0 || repeated > 0 || opposite > 0 || unjournalledRequests > 0 || unsettled > 0 ||
               crashed > 0 || hung > 0 || !auditChainOk || !mismatches.isEmpty();
    }
    void print(QTextStream &out) const;
    // The counters and check results (not the lists' lines) as a JSON object in `path`.
    bool writeJson(const QString &path) const;
};
