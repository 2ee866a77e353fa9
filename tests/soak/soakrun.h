#pragma once

#include "paydeskctl.h"
#include "simulatorprocess.h"
#include "soakoptions.h"
#include "soaktally.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>
#include <optional>
#include <vector>

class QProcess;

// One soak run: the real aps-simulator and a fresh database in a temporary folder, orders created at the
// simulator and imported, then `operations` capture/void/refund desks (separate paydeskctl processes) against
// random orders with faults armed on the simulator, desks and reconciler passes killed with SIGKILL, and a
// live reconciler; then the final reconciliation with no faults, and SoakCheck's comparison of APS, journal
// and cache. Every child process is killed when the run ends, also when it fails or this process dies.
class SoakRun final
{
    Q_DISABLE_COPY_MOVE(SoakRun)

public:
    SoakRun(SoakOptions options, QTextStream &out);
    ~SoakRun();

    // 0 when every check passed, 1 when one failed, 5 when the run could not be set up.
    int run();

private:
    enum class Kind { Capture, Void, Refund };
    struct Intent
    {
        int order = 0;
        Kind kind = Kind::Capture;
        QString amount; // major units with '.', "remaining", or empty for a void
        bool repeat = false;
    };
    struct Order
    {
        QString reference;
        QString currency;
        qint64 amount = 0; // minor units
        bool purchase = false;
        std::optional<Intent> retry; // what a person would try again after an unknown or not-applied outcome
    };
    struct Desk
    {
        std::unique_ptr<QProcess> process;
        Intent intent;
        bool isRetry = false;
        QString fault; // the fault armed for it, empty when none
        QString killWhen;
        qint64 startedMs = 0;
        qint64 killAtMs = -1;
        bool killSent = false;
        bool hung = false;
    };

    bool setUp(QString *error);
    bool createOrders(QString *error);
    bool importOrders(QString *error);
    void operationPhase();
    void racePhase();
    void settlePhase();
    void check();

    void startDesk(int chosen = -1); // the index of an order; -1: a random one
    Intent chooseIntent(int order);
    QStringList arguments(const Intent &intent) const;
    QString armFault(const Intent &intent);
    void superviseDesks();
    void finishDesk(Desk &desk);
    void superviseReconciler(bool startNew);
    void finishReconciler();
    void countVerdicts(const QString &output);
    void unblockProfile();
    void wait(int ms);
    bool chance(double probability);
    int between(int low, int high); // inclusive
    QString format(qint64 minor, const QString &currency) const;
    qint64 now() const { return m_clock.elapsed(); }
    void remember(const QString &label, const QString &output);

    SoakOptions m_options;
    QTextStream &m_out;
    QRandomGenerator m_random;
    QTemporaryDir m_dir;
    QElapsedTimer m_clock;
    std::unique_ptr<SimulatorProcess> m_simulator;
    std::unique_ptr<PaydeskCtl> m_ctl;
    QString m_databasePath;
    QStringList m_profileArguments; // `profile set` with the run's values: what clears a money block
    bool m_repeatSupported = false;
    std::vector<Order> m_orders;
    std::vector<Desk> m_desks;
    QHash<qint64, Intent> m_intentOfOperation;
    std::unique_ptr<QProcess> m_reconciler;
    qint64 m_reconcilerKillAtMs = -1;
    bool m_reconcilerKillSent = false;
    qint64 m_nextReconcileMs = 0;
    qint64 m_lastDeskStartMs = 0;
    std::vector<qint64> m_readyAtMs;       // when each idle desk starts its next operation
    QHash<QString, QString> m_firstOutput; // the first output seen per unusual exit, for the report
    SoakTally m_tally;
};
