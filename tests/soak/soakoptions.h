#pragma once

#include <QString>

// What one soak run does (main.cpp fills it from the command line). Every loop of the run is bounded by
// these counts and times.
struct SoakOptions
{
    int operations = 3000;         // paydeskctl capture/void/refund processes started, at most
    quint64 seed = 0;              // the run's random choices; the same seed makes the same choices
    int concurrency = 3;           // desks running at once
    double killRate = 0.05;        // probability that a desk, or a reconciler pass, is killed with SIGKILL
    double faultRate = 0.3;        // probability that a fault is armed on the simulator before an operation
    int durationCapSeconds = 3600; // no desk is started after this
    int settleCapSeconds = 900;    // the final reconciliation gives up after this
    int orders = 0;                // orders created at the simulator; 0: operations / 10, at least 12
    int thinkMs = 600;             // a desk waits 0..2x this between its operations
    int reconcileEverySeconds = 3; // the live reconciler's period
    int timeoutSeconds = 2;        // the profile's request timeout; the lease is 5 s longer
    int settleQuietMinutes = 1;    // profile set --settle-quiet-minutes, when paydeskctl has it
    int manualReviewMinutes = 2;   // profile set --manual-review-minutes, when paydeskctl has it
    QString database;     // --db: a PostgreSQL URI of an empty database; empty: an SQLite file in the folder
    bool race = false;    // rounds of `concurrency` desks started at once on one order (see SoakRun)
    QString jsonPath;     // --json: the summary's counters as JSON, for paydesk-bench race
    QString binaryDir;    // where app/paydeskctl/paydeskctl and app/aps-simulator/aps-simulator are
    bool keep = false;    // keep the temporary folder (database, simulator log) for inspection
    bool verbose = false; // print every desk's and reconciler pass's output
};
