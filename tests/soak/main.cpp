// paydesk-soak: keeps "no operation is lost, repeated or recorded opposite to what APS did" proven under
// faults, kill -9 and a live reconciler, with real paydeskctl processes against the real aps-simulator on
// loopback.
//
// The full run, by hand (about half an hour on two cores), from the build folder:
//   tests/soak/paydesk-soak --operations 3000 --concurrency 3 --kill-rate 0.05 --seed 1
//                           --manual-review-minutes 2 --settle-cap 900
// (one command line)
// ctest runs a small one (label soak): ctest -R soak/small --output-on-failure
// --db postgresql://USER@HOST:PORT/DB runs it on a team store (an empty database) instead of an SQLite file;
// --race runs rounds of `concurrency` desks started at once on one order instead of desks on random orders
// (paydesk-bench race: no faults, no kills); --json FILE writes the summary's counters.
//
// It prints a summary (operations by exit code, faults armed, kills, reconciler passes and verdicts, the
// lost/repeated/opposite counters, cache totals differing from APS, operations left in manual review) and
// exits 0 when every check passed, 1 when one failed, 2 on a usage error and 5 when it could not set up.

#include "soakoptions.h"
#include "soakrun.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

namespace {

int usage(QTextStream &err)
{
    err << "usage: paydesk-soak [--operations N] [--seed S] [--concurrency C] [--kill-rate P] [--fault-rate "
           "P]\n"
           "                    [--duration-cap SECONDS] [--settle-cap SECONDS] [--orders N] [--think-ms "
           "MS]\n"
           "                    [--reconcile-every SECONDS] [--timeout-s N] [--settle-quiet-minutes N]\n"
           "                    [--manual-review-minutes N] [--bin-dir BUILD_DIR] [--keep] [--verbose]\n"
           "                    [--db POSTGRESQL_URI] [--race] [--json FILE]\n";
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    SoakOptions options;
    options.seed = QRandomGenerator::system()->generate();
    options.binaryDir = QStringLiteral(PAYDESK_BINARY_DIR);

    QStringList args = QCoreApplication::arguments().mid(1);
    while (!args.isEmpty()) {
        const QString option = args.takeFirst();
        if (option == u"--keep") {
            options.keep = true;
            continue;
        }
        if (option == u"--verbose") {
            options.verbose = true;
            continue;
        }
        if (option == u"--race") {
            options.race = true;
            continue;
        }
        if (args.isEmpty())
            return usage(err);
        const QString value = args.takeFirst();
        bool ok = false;
        const auto whole = [&](int *target, int minimum) {
            *target = value.toInt(&ok);
            ok = ok && *target >= minimum;
        };
        const auto probability = [&](double *target) {
            *target = value.toDouble(&ok);
            ok = ok && *target >= 0 && *target <= 1;
        };
        if (option == u"--operations")
            whole(&options.operations, 1);
        else if (option == u"--seed")
            options.seed = value.toULongLong(&ok);
        else if (option == u"--concurrency")
            whole(&options.concurrency, 1);
        else if (option == u"--kill-rate")
            probability(&options.killRate);
        else if (option == u"--fault-rate")
            probability(&options.faultRate);
        else if (option == u"--duration-cap")
            whole(&options.durationCapSeconds, 1);
        else if (option == u"--settle-cap")
            whole(&options.settleCapSeconds, 1);
        else if (option == u"--orders")
            whole(&options.orders, 1);
        else if (option == u"--think-ms")
            whole(&options.thinkMs, 0);
        else if (option == u"--reconcile-every")
            whole(&options.reconcileEverySeconds, 1);
        else if (option == u"--timeout-s")
            whole(&options.timeoutSeconds, 1);
        else if (option == u"--settle-quiet-minutes")
            whole(&options.settleQuietMinutes, 1);
        else if (option == u"--manual-review-minutes")
            whole(&options.manualReviewMinutes, 1);
        else if (option == u"--bin-dir")
            options.binaryDir = value;
        else if (option == u"--db")
            options.database = value;
        else if (option == u"--json")
            options.jsonPath = value;
        ok = ok || option == u"--bin-dir" || option == u"--db" || option == u"--json";
        if (!ok) {
            err << "paydesk-soak: bad " << option << ' ' << value << '\n';
            return usage(err);
        }
    }
    return SoakRun(options, out).run();
}
