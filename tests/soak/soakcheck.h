#pragma once

#include "soakjournal.h"
#include "soaktally.h"

#include <QHash>
#include <QJsonObject>

// The end-of-run comparison of the three records of each order: APS's ground truth (GET /__sim/orders/REF),
// the journal (SoakJournal) and the cache (paydeskctl list --json).
//
// Operations are grouped per order by what identifies them at APS: a refund by its maintenance_reference, a
// capture by its amount, a void by itself. In each group, with `applied` operations APS applied and the
// journal's operations counted by outcome:
// - opposite: succeeded beyond what APS applied, and APS applications only a declined operation could stand
// for;
// - APS applications beyond succeeded are next explained by operations in manual_review (a person decides
//   those; they are listed, not counted as errors), then by unsettled ones (counted on their own);
// - what is still unexplained is `repeated` when the group has journal operations (one was applied twice) and
//   `lost` when it has none (money moved that PayDesk holds no record of);
// - requests APS received beyond the group's journal operations were sent without being journalled first,
//   or sent twice.
// A cache total that differs from APS is a mismatch, unless it differs by exactly the operations in review
// that APS applied.
class SoakCheck final
{
public:
    static void compare(const QList<SoakJournal::Operation> &journal,
                        const QHash<QString, QJsonObject> &truth, const QHash<QString, QJsonObject> &cache,
                        SoakTally *tally);
};
