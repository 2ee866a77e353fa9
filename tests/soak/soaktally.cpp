#include "soaktally.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

void printMap(QTextStream &out, const char *title, const QMap<QString, int> &map)
{
    out << title << ':';
    if (map.isEmpty())
        out << " none";
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out << ' ' << it.key() << '=' << it.value();
    out << '\n';
}

void printList(QTextStream &out, const char *title, const QStringList &lines)
{
    out << title << ": " << lines.size() << '\n';
    for (const QString &line : lines)
        out << "  " << line << '\n';
}

} // namespace

void SoakTally::print(QTextStream &out) const
{
    out << "== soak summary ==\n"
        << "operations attempted: " << attempted << " on " << orders << " orders (" << journalOperations
        << " journal operations)" << (rounds > 0 ? QStringLiteral(", %1 race rounds").arg(rounds) : QString())
        << '\n';
    printMap(out, "exit codes", exitCodes);
    printMap(out, "refusals and declines", outcomes);
    printMap(out, "faults armed", faults);
    printMap(out, "kills (SIGKILL or abort)", kills);
    printMap(out, "events", events);
    out << "reconciler passes completed: " << reconcilerPasses << '\n';
    printMap(out, "reconciler verdicts", verdicts);
    out << "operation phase " << operationPhaseMs / 1000 << " s, final reconciliation "
        << settlePhaseMs / 1000 << " s, total " << totalMs / 1000 << " s\n";
    printList(out, "left in manual_review (not errors)", manualReview);
    printList(out, "orders differing only by operations in review (not errors)", heldByReview);
    for (const QString &note : notes)
        out << "note: " << note << '\n';
    out << "-- checks --\n"
        << "lost: " << lost << '\n'
        << "over-captures: " << overCaptured << ", over-refunds: " << overRefunded << '\n'
        << "repeated: " << repeated << '\n'
        << "opposite: " << opposite << '\n'
        << "requests beyond the journal: " << unjournalledRequests << '\n'
        << "unsettled (pending/unknown at the end): " << unsettled << '\n'
        << "paydeskctl crashed unasked: " << crashed << ", hung: " << hung << '\n'
        << "audit chain: " << (auditChainOk ? "ok" : "BROKEN") << '\n';
    printList(out, "cache totals differing from APS", mismatches);
    printList(out, "findings", problems);
    out << (failed() ? "SOAK FAILED\n" : "SOAK PASSED\n");
    out.flush();
}

bool SoakTally::writeJson(const QString &path) const
{
    const auto object = [](const QMap<QString, int> &map) {
        QJsonObject json;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            json.insert(it.key(), it.value());
        return json;
    };
    const QJsonObject json{
        {QStringLiteral("attempted"), attempted},
        {QStringLiteral("rounds"), rounds},
        {QStringLiteral("orders"), orders},
        {QStringLiteral("journal_operations"), journalOperations},
        {QStringLiteral("exit_codes"), object(exitCodes)},
        {QStringLiteral("refusals"), object(outcomes)},
        {QStringLiteral("verdicts"), object(verdicts)},
        {QStringLiteral("lost"), lost},
        {QStringLiteral("repeated"), repeated},
        {QStringLiteral("opposite"), opposite},
        {QStringLiteral("unjournalled_requests"), unjournalledRequests},
        {QStringLiteral("over_captured"), overCaptured},
        {QStringLiteral("over_refunded"), overRefunded},
        {QStringLiteral("unsettled"), unsettled},
        {QStringLiteral("crashed"), crashed},
        {QStringLiteral("hung"), hung},
        {QStringLiteral("audit_chain_ok"), auditChainOk},
        {QStringLiteral("cache_mismatches"), int(mismatches.size())},
        {QStringLiteral("held_by_review"), int(heldByReview.size())},
        {QStringLiteral("manual_review"), int(manualReview.size())},
        {QStringLiteral("operation_phase_ms"), operationPhaseMs},
        {QStringLiteral("settle_phase_ms"), settlePhaseMs},
        {QStringLiteral("total_ms"), totalMs},
        {QStringLiteral("passed"), !failed()},
    };
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(json).toJson()) > 0;
}
