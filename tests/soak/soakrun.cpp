#include "soakrun.h"

#include "soakcheck.h"
#include "soakjournal.h"

#include "money/money.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>

namespace {

const QString merchant = QStringLiteral("SOAKMERCHANT");
constexpr int hungAfterMs = 60000;

// Children die with the soak, however it ends (a ctest timeout kills it with SIGKILL).
void dieWithParent(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

QString commandOf(int kind)
{
    static const QString commands[] = {QStringLiteral("CAPTURE"), QStringLiteral("VOID_AUTHORIZATION"),
                                       QStringLiteral("REFUND")};
    return commands[kind];
}

} // namespace

SoakRun::SoakRun(SoakOptions options, QTextStream &out)
    : m_options(std::move(options))
    , m_out(out)
    , m_random(m_options.seed)
{
    if (m_options.orders <= 0)
        m_options.orders = std::max(12, m_options.operations / 10);
}

SoakRun::~SoakRun()
{
    for (Desk &desk : m_desks) {
        desk.process->kill();
        desk.process->waitForFinished(5000);
    }
    if (m_reconciler) {
        m_reconciler->kill();
        m_reconciler->waitForFinished(5000);
    }
    m_simulator.reset();
}

bool SoakRun::chance(double probability)
{
    return m_random.generateDouble() < probability;
}

int SoakRun::between(int low, int high)
{
    return high <= low ? low : int(m_random.bounded(low, high + 1));
}

QString SoakRun::format(qint64 minor, const QString &currency) const
{
    return Money::fromMinor(minor, *Currency::fromCode(currency)).toPlainString();
}

void SoakRun::wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void SoakRun::remember(const QString &label, const QString &output)
{
    if (!m_firstOutput.contains(label))
        m_firstOutput.insert(label, output.trimmed().right(400));
}

int SoakRun::run()
{
    m_clock.start();
    m_out << "paydesk-soak: seed " << m_options.seed << ", " << m_options.operations << " operations on "
          << m_options.orders << " orders, concurrency " << m_options.concurrency << ", fault rate "
          << m_options.faultRate << ", kill rate " << m_options.killRate << '\n';
    m_out.flush();
    QString error;
    if (!setUp(&error)) {
        m_out << "paydesk-soak: cannot set up: " << error << '\n';
        m_dir.setAutoRemove(false);
        m_out << "kept " << m_dir.path() << '\n';
        return 5;
    }
    const qint64 operationStart = now();
    if (m_options.race)
        racePhase();
    else
        operationPhase();
    m_tally.operationPhaseMs = now() - operationStart;
    const qint64 settleStart = now();
    settlePhase();
    m_tally.settlePhaseMs = now() - settleStart;
    check();
    m_tally.totalMs = now();
    for (auto it = m_firstOutput.cbegin(); it != m_firstOutput.cend(); ++it)
        m_out << "first output with " << it.key() << ": "
              << QString(it.value()).replace(u'\n', QStringLiteral(" | ")) << '\n';
    m_tally.print(m_out);
    if (!m_options.jsonPath.isEmpty() && !m_tally.writeJson(m_options.jsonPath))
        m_out << "paydesk-soak: cannot write " << m_options.jsonPath << '\n';
    if (m_tally.failed() || m_options.keep) {
        m_dir.setAutoRemove(false);
        m_out << "kept " << m_dir.path() << " (database, APS's orders as aps-orders.json, simulator log)\n";
    }
    m_out.flush();
    return m_tally.failed() ? 1 : 0;
}

bool SoakRun::setUp(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    const QString ctl = m_options.binaryDir + QStringLiteral("/app/paydeskctl/paydeskctl");
    const QString sim = m_options.binaryDir + QStringLiteral("/app/aps-simulator/aps-simulator");
    for (const QString &program : {ctl, sim}) {
        if (!QFile::exists(program)) {
            *error = program + QStringLiteral(" was not built");
            return false;
        }
    }
    // Secrets of this run only, shared by the simulator and the desks through the environment.
    const QString tag = QString::number(m_options.seed, 36);
    const QString accessCode = QStringLiteral("soakAccess") + tag;
    const QString requestPhrase = QStringLiteral("soakRequest.") + tag;
    const QString responsePhrase = QStringLiteral("soakResponse.") + tag;

    QProcessEnvironment base = QProcessEnvironment::systemEnvironment();
    for (const QString &key : base.keys()) {
        if (key.startsWith(u"PAYDESK_") || key.startsWith(u"APS_SIM_"))
            base.remove(key);
    }
    base.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    base.insert(QStringLiteral("HOME"), home);
    base.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    base.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    base.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));

    QProcessEnvironment simEnvironment = base;
    simEnvironment.insert(QStringLiteral("APS_SIM_ACCESS_CODE"), accessCode);
    simEnvironment.insert(QStringLiteral("APS_SIM_REQUEST_PHRASE"), requestPhrase);
    simEnvironment.insert(QStringLiteral("APS_SIM_RESPONSE_PHRASE"), responsePhrase);
    m_simulator = std::make_unique<SimulatorProcess>();
    if (!m_simulator->start(sim, merchant, simEnvironment, m_dir.filePath(QStringLiteral("simulator.log")),
                            error))
        return false;
    m_out << "aps-simulator listening on port " << m_simulator->port() << ", folder " << m_dir.path() << '\n';

    QProcessEnvironment deskEnvironment = base;
    deskEnvironment.insert(QStringLiteral("PAYDESK_ACCESS_CODE"), accessCode);
    deskEnvironment.insert(QStringLiteral("PAYDESK_REQUEST_PHRASE"), requestPhrase);
    deskEnvironment.insert(QStringLiteral("PAYDESK_RESPONSE_PHRASE"), responsePhrase);
    deskEnvironment.insert(QStringLiteral("PAYDESK_USER"), QStringLiteral("soak"));
    m_databasePath =
        m_options.database.isEmpty() ? m_dir.filePath(QStringLiteral("paydesk.db")) : m_options.database;
    m_ctl = std::make_unique<PaydeskCtl>(ctl, m_databasePath, deskEnvironment);

    PaydeskCtl::Result result =
        m_ctl->run({QStringLiteral("init"), QStringLiteral("--merchant-identifier"), merchant,
                    QStringLiteral("--environment"), QStringLiteral("simulator")});
    if (!result.ok()) {
        *error = QStringLiteral("paydeskctl init: ") + result.output;
        return false;
    }
    const QStringList profile{QStringLiteral("profile"),     QStringLiteral("set"),
                              QStringLiteral("--endpoint"),  m_simulator->paymentEndpoint().toString(),
                              QStringLiteral("--timeout-s"), QString::number(m_options.timeoutSeconds)};
    const QStringList settle{
        QStringLiteral("--settle-quiet-minutes"), QString::number(m_options.settleQuietMinutes),
        QStringLiteral("--manual-review-minutes"), QString::number(m_options.manualReviewMinutes)};
    result = m_ctl->run(profile + settle);
    if (result.exitCode == 2 && result.output.contains(QLatin1String("--settle-quiet-minutes"))) {
        m_tally.notes << QStringLiteral(
            "paydeskctl profile set has no --settle-quiet-minutes/--manual-review-minutes "
            "yet: the reconciler ran with its built-in quiet period and review limit");
        m_profileArguments = profile;
        result = m_ctl->run(profile);
    } else {
        m_profileArguments = profile + settle;
    }
    if (!result.ok()) {
        *error = QStringLiteral("paydeskctl profile set: ") + result.output;
        return false;
    }
    // --repeat is parsed before the order is looked up: an unknown option is a usage error (2), an unknown
    // order a refusal (1).
    result = m_ctl->run({QStringLiteral("capture"), QStringLiteral("NO-SUCH-ORDER"), QStringLiteral("1"),
                         QStringLiteral("--repeat")});
    m_repeatSupported = result.exitCode != 2;
    if (!m_repeatSupported)
        m_tally.notes << QStringLiteral("paydeskctl capture/refund have no --repeat yet: retries were sent "
                                        "without it");
    return createOrders(error) && importOrders(error);
}

bool SoakRun::createOrders(QString *error)
{
    static const QString currencies[] = {QStringLiteral("AED"), QStringLiteral("KWD"), QStringLiteral("JPY")};
    for (int i = 0; i < m_options.orders; ++i) {
        Order order;
        order.reference = QStringLiteral("SOAK-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        order.currency = currencies[m_random.bounded(3)];
        order.amount = between(1000, 500000);
        order.purchase = chance(0.3);
        const QJsonObject body{
            {QStringLiteral("merchant_reference"), order.reference},
            {QStringLiteral("origin"),
             order.purchase ? QStringLiteral("purchase") : QStringLiteral("authorization")},
            {QStringLiteral("amount"), order.amount},
            {QStringLiteral("currency"), order.currency},
            {QStringLiteral("customer_name"), QStringLiteral("Soak Customer %1").arg(i + 1)},
            {QStringLiteral("customer_email"), QStringLiteral("soak%1@example.com").arg(i + 1)},
            {QStringLiteral("card_number"), QStringLiteral("411111******1111")},
            {QStringLiteral("payment_option"), QStringLiteral("VISA")},
        };
        const SimulatorProcess::Reply reply =
            m_simulator->request("POST", QStringLiteral("/__sim/orders"), body);
        if (!reply.ok()) {
            *error = QStringLiteral("creating %1: %2").arg(order.reference, reply.describe());
            return false;
        }
        m_orders.push_back(order);
    }
    return true;
}

bool SoakRun::importOrders(QString *error)
{
    const SimulatorProcess::Reply csv = m_simulator->request("GET", QStringLiteral("/__sim/export.csv"));
    if (!csv.ok()) {
        *error = QStringLiteral("export.csv: ") + csv.describe();
        return false;
    }
    const QString path = m_dir.filePath(QStringLiteral("orders.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.body) != csv.body.size()) {
        *error = QStringLiteral("cannot write ") + path;
        return false;
    }
    file.close();
    const PaydeskCtl::Result result = m_ctl->run({QStringLiteral("import"), path});
    if (!result.ok()) {
        *error = QStringLiteral("paydeskctl import: ") + result.output;
        return false;
    }
    return true;
}

SoakRun::Intent SoakRun::chooseIntent(int index)
{
    const Order &order = m_orders.at(std::size_t(index));
    Intent intent;
    intent.order = index;
    // Mostly what APS would still allow (as a clerk would try), sometimes anything (refusals are part of the
    // load). APS's totals, not the cache's: the cache may be waiting for the reconciler.
    QList<Kind> plausible;
    qint64 capturable = 0;
    qint64 refundable = 0;
    if (const auto truth = m_simulator->order(order.reference)) {
        const qint64 authorized = truth->value(QLatin1String("authorized")).toInteger();
        const qint64 captured = truth->value(QLatin1String("captured")).toInteger();
        const bool voided = truth->value(QLatin1String("voided")).toBool();
        capturable = order.purchase || voided ? 0 : authorized - captured;
        refundable = captured - truth->value(QLatin1String("refunded")).toInteger();
        if (capturable > 0)
            plausible << Kind::Capture;
        if (refundable > 0)
            plausible << Kind::Refund;
        if (!order.purchase && !voided && captured == 0)
            plausible << Kind::Void;
    }
    if (!plausible.isEmpty() && chance(0.85)) {
        // Voids end an order: rarer than the others.
        intent.kind = plausible.size() > 1 && plausible.last() == Kind::Void && chance(0.7)
                          ? plausible.at(int(m_random.bounded(int(plausible.size() - 1))))
                          : plausible.at(int(m_random.bounded(int(plausible.size()))));
    } else {
        static const Kind kinds[] = {Kind::Capture, Kind::Void, Kind::Refund};
        intent.kind = kinds[m_random.bounded(3)];
        capturable = order.amount;
        refundable = order.amount;
    }
    if (intent.kind == Kind::Void)
        return intent;
    if (intent.kind == Kind::Capture && chance(0.3)) {
        intent.amount = QStringLiteral("remaining");
        return intent;
    }
    const qint64 room = std::max<qint64>(1, intent.kind == Kind::Capture ? capturable : refundable);
    const qint64 upTo = std::max<qint64>(1, std::min(room, order.amount * 2 / 5));
    intent.amount = format(between(1, int(upTo)), order.currency);
    return intent;
}

QStringList SoakRun::arguments(const Intent &intent) const
{
    const QString &reference = m_orders.at(std::size_t(intent.order)).reference;
    QStringList args;
    switch (intent.kind) {
    case Kind::Capture:
        args = {QStringLiteral("capture"), reference, intent.amount};
        break;
    case Kind::Void:
        return {QStringLiteral("void"), reference};
    case Kind::Refund:
        args = {QStringLiteral("refund"), reference, intent.amount, QStringLiteral("--reason"),
                QStringLiteral("soak")};
        break;
    }
    if (intent.repeat)
        args << QStringLiteral("--repeat");
    return args;
}

QString SoakRun::armFault(const Intent &intent)
{
    const int leaseMs = (m_options.timeoutSeconds + 5) * 1000;
    const int timeoutMs = m_options.timeoutSeconds * 1000;
    QJsonObject fault{
        {QStringLiteral("count"), 1},
        {QStringLiteral("match"), QJsonObject{{QStringLiteral("command"), commandOf(int(intent.kind))},
                                              {QStringLiteral("merchant_reference"),
                                               m_orders.at(std::size_t(intent.order)).reference}}},
    };
    QString label;
    const auto mode = [&](const char *name) {
        fault.insert(QStringLiteral("mode"), QLatin1String(name));
    };
    const auto apply = [&](bool applied) {
        fault.insert(QStringLiteral("apply"), applied);
        label += applied ? QStringLiteral(" applied") : QStringLiteral(" not applied");
    };
    switch (m_random.bounded(10)) {
    case 0:
        mode("delay");
        fault.insert(QStringLiteral("delay_ms"), between(100, timeoutMs / 2));
        label = QStringLiteral("delay within the timeout");
        break;
    case 1:
        mode("delay");
        fault.insert(QStringLiteral("delay_ms"), between(timeoutMs + 300, leaseMs - 500));
        label = QStringLiteral("delay past the timeout");
        break;
    case 2:
        mode("delay");
        fault.insert(QStringLiteral("delay_ms"), between(leaseMs + 500, leaseMs + 3000));
        label = QStringLiteral("delay past the lease");
        break;
    case 3:
        mode("drop_before_apply");
        label = QStringLiteral("drop_before_apply");
        break;
    case 4:
        mode("drop_after_apply");
        label = QStringLiteral("drop_after_apply");
        break;
    case 5:
        mode("http_500");
        label = QStringLiteral("http_500");
        apply(chance(0.5));
        break;
    case 6:
        mode("malformed_json");
        label = QStringLiteral("malformed_json");
        apply(chance(0.5));
        break;
    case 7:
        mode("bad_signature");
        label = QStringLiteral("bad_signature");
        apply(chance(0.5));
        break;
    case 8:
        mode("uncertain");
        label = QStringLiteral("uncertain");
        apply(true);
        break;
    default:
        mode("uncertain");
        label = QStringLiteral("uncertain");
        apply(false);
        break;
    }
    const SimulatorProcess::Reply reply =
        m_simulator->request("POST", QStringLiteral("/__sim/faults"), fault);
    if (!reply.ok()) {
        ++m_tally.events[QStringLiteral("fault refused by the simulator")];
        remember(QStringLiteral("a refused fault"), reply.describe());
        return {};
    }
    ++m_tally.faults[label];
    return label;
}

void SoakRun::startDesk(int chosen)
{
    const int index = chosen >= 0 ? chosen : int(m_random.bounded(int(m_orders.size())));
    Order &order = m_orders[std::size_t(index)];
    Desk desk;
    if (order.retry && chance(0.6)) {
        desk.intent = *order.retry;
        desk.intent.repeat = m_repeatSupported && desk.intent.kind != Kind::Void;
        desk.isRetry = true;
        order.retry.reset();
        ++m_tally.events[desk.intent.repeat ? QStringLiteral("retries with --repeat")
                                            : QStringLiteral("retries without --repeat")];
    } else {
        desk.intent = chooseIntent(index);
    }
    if (chance(m_options.faultRate))
        desk.fault = armFault(desk.intent);
    QProcessEnvironment extra;
    if (chance(m_options.killRate)) {
        switch (m_random.bounded(3)) {
        case 0:
            desk.killWhen = QStringLiteral("before the request");
            desk.killAtMs = between(0, 40);
            break;
        case 1:
            desk.killWhen = QStringLiteral("while it runs");
            // A paydeskctl without a fault is done in a few hundred milliseconds; one whose request the
            // simulator holds is killed while APS has it.
            desk.killAtMs = desk.fault.startsWith(u"delay past")
                                ? between(300, m_options.timeoutSeconds * 1000)
                                : between(20, 400);
            break;
        default:
            // paydeskctl aborts itself with APS's answer in hand and nothing of it recorded.
            desk.killWhen = QStringLiteral("after the answer");
            extra.insert(QStringLiteral("PAYDESK_TEST_CRASH_AFTER_ANSWER"), QStringLiteral("1"));
            break;
        }
    }
    const QStringList args = arguments(desk.intent);
    desk.process = m_ctl->start(args, extra);
    dieWithParent(*desk.process);
    desk.startedMs = now();
    if (desk.killAtMs >= 0)
        desk.killAtMs += desk.startedMs;
    m_lastDeskStartMs = desk.startedMs;
    ++m_tally.attempted;
    if (m_options.verbose)
        m_out << "start: " << args.join(u' ')
              << (desk.fault.isEmpty() ? QString() : u" [" + desk.fault + u']')
              << (desk.killWhen.isEmpty() ? QString() : u" [kill " + desk.killWhen + u']') << '\n';
    m_desks.push_back(std::move(desk));
}

void SoakRun::superviseDesks()
{
    for (auto it = m_desks.begin(); it != m_desks.end();) {
        Desk &desk = *it;
        QProcess &process = *desk.process;
        if (process.state() == QProcess::NotRunning) {
            finishDesk(desk);
            it = m_desks.erase(it);
            m_readyAtMs.push_back(now() + between(0, 2 * m_options.thinkMs));
            continue;
        }
        const qint64 pid = process.processId();
        if (desk.killAtMs >= 0 && !desk.killSent && now() >= desk.killAtMs && pid > 0) {
            ::kill(pid_t(pid), SIGKILL);
            desk.killSent = true;
        } else if (now() - desk.startedMs > hungAfterMs && !desk.hung && pid > 0) {
            desk.hung = true;
            ::kill(pid_t(pid), SIGKILL);
        }
        ++it;
    }
}

void SoakRun::finishDesk(Desk &desk)
{
    QProcess &process = *desk.process;
    const QString output = QString::fromUtf8(process.readAll());
    Order &order = m_orders[std::size_t(desk.intent.order)];
    QString label;
    bool killed = false;
    if (process.error() == QProcess::FailedToStart) {
        label = QStringLiteral("failed to start");
        ++m_tally.crashed;
    } else if (desk.hung) {
        label = QStringLiteral("hung");
        ++m_tally.hung;
        m_tally.problems << QStringLiteral("paydeskctl %1 ran over %2 s")
                                .arg(arguments(desk.intent).join(u' '))
                                .arg(hungAfterMs / 1000);
    } else if (process.exitStatus() == QProcess::CrashExit) {
        if (desk.killSent || desk.killWhen == u"after the answer") {
            label = QStringLiteral("killed");
            killed = true;
            ++m_tally.kills[QStringLiteral("desk ") + desk.killWhen];
        } else {
            label = QStringLiteral("crashed");
            ++m_tally.crashed;
            m_tally.problems << QStringLiteral("paydeskctl %1 crashed: %2")
                                    .arg(arguments(desk.intent).join(u' '), output.trimmed().right(300));
        }
    } else {
        label = QString::number(process.exitCode());
    }
    ++m_tally.exitCodes[label];
    static const QRegularExpression status(
        QStringLiteral("^\\S+: (refused|declined|environment)\\b[^(\\n]*(?:\\((\\w+)\\))?"),
        QRegularExpression::MultilineOption);
    if (const QRegularExpressionMatch match = status.match(output); match.hasMatch())
        ++m_tally.outcomes[match.captured(1) +
                           (match.captured(2).isEmpty() ? QString() : QLatin1Char(' ') + match.captured(2))];
    if (label != u"0" && label != u"1" && label != u"3" && !killed)
        remember(QStringLiteral("exit ") + label, output);
    if (m_options.verbose)
        m_out << "end (" << label << "): " << arguments(desk.intent).join(u' ') << "\n  "
              << QString(output.trimmed()).replace(u'\n', QStringLiteral("\n  ")) << '\n';

    static const QRegularExpression operationId(QStringLiteral("\\[operation (\\d+)\\]"));
    Intent intent = desk.intent;
    intent.repeat = false;
    if (const QRegularExpressionMatch match = operationId.match(output); match.hasMatch())
        m_intentOfOperation.insert(match.captured(1).toLongLong(), intent);
    const int code = killed || label.size() != 1 ? -1 : process.exitCode();
    if (code == 3 || killed) {
        order.retry = intent;
    } else if (code == 1 && output.contains(QLatin1String("--repeat"))) {
        ++m_tally.events[QStringLiteral("same-intent retry refused without --repeat (expected)")];
        order.retry = intent;
    } else if (code == 1 && desk.isRetry && output.contains(QLatin1String("operation_in_progress"))) {
        order.retry = intent;
    }
    // An answer that does not verify stops money on the profile (exit 3); so does a credential refusal.
    if ((desk.fault.startsWith(u"bad_signature") && code == 3) ||
        output.contains(QLatin1String("profile_blocked")))
        unblockProfile();
}

void SoakRun::unblockProfile()
{
    // As a person would: saving the profile's settings again (the same values) clears the block.
    const PaydeskCtl::Result result = m_ctl->run(m_profileArguments);
    if (result.ok()) {
        ++m_tally.events[QStringLiteral("profile unblocked by profile set")];
    } else {
        ++m_tally.events[QStringLiteral("profile set failed")];
        remember(QStringLiteral("a failed profile set"), result.output);
    }
}

void SoakRun::superviseReconciler(bool startNew)
{
    if (m_reconciler) {
        if (m_reconciler->state() == QProcess::NotRunning) {
            finishReconciler();
        } else if (m_reconcilerKillAtMs >= 0 && !m_reconcilerKillSent && now() >= m_reconcilerKillAtMs &&
                   m_reconciler->processId() > 0) {
            ::kill(pid_t(m_reconciler->processId()), SIGKILL);
            m_reconcilerKillSent = true;
        }
        return;
    }
    if (!startNew || now() < m_nextReconcileMs)
        return;
    m_reconciler = m_ctl->start({QStringLiteral("reconcile")});
    dieWithParent(*m_reconciler);
    m_reconcilerKillSent = false;
    m_reconcilerKillAtMs = chance(m_options.killRate) ? now() + between(0, 2000) : -1;
    m_nextReconcileMs = now() + m_options.reconcileEverySeconds * 1000;
}

void SoakRun::finishReconciler()
{
    const QString output = QString::fromUtf8(m_reconciler->readAll());
    if (m_reconciler->exitStatus() == QProcess::CrashExit) {
        if (m_reconcilerKillSent) {
            ++m_tally.kills[QStringLiteral("reconciler")];
        } else {
            ++m_tally.crashed;
            m_tally.problems << QStringLiteral("paydeskctl reconcile crashed: ") +
                                    output.trimmed().right(300);
        }
    } else {
        const int code = m_reconciler->exitCode();
        ++m_tally.events[QStringLiteral("reconcile exit %1").arg(code)];
        if (code != 0 && code != 3)
            remember(QStringLiteral("reconcile exit %1").arg(code), output);
        ++m_tally.reconcilerPasses;
        countVerdicts(output);
    }
    if (m_options.verbose)
        m_out << "reconcile:\n  " << QString(output.trimmed()).replace(u'\n', QStringLiteral("\n  ")) << '\n';
    m_reconciler.reset();
}

void SoakRun::countVerdicts(const QString &output)
{
    static const QRegularExpression line(QStringLiteral("^(\\S+): operation (\\d+) \\((\\w+)\\) (\\w+): "),
                                         QRegularExpression::MultilineOption);
    QRegularExpressionMatchIterator it = line.globalMatch(output);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString verdict = match.captured(4);
        ++m_tally.verdicts[verdict];
        if (verdict != u"not_applied")
            continue;
        const auto found = m_intentOfOperation.constFind(match.captured(2).toLongLong());
        if (found != m_intentOfOperation.constEnd() && !m_orders[std::size_t(found->order)].retry)
            m_orders[std::size_t(found->order)].retry = *found;
    }
}

void SoakRun::operationPhase()
{
    const qint64 start = now();
    const qint64 capMs = qint64(m_options.durationCapSeconds) * 1000;
    int reported = 0;
    m_readyAtMs.assign(std::size_t(m_options.concurrency), start);
    for (;;) {
        const auto open = [&] {
            return m_tally.attempted < m_options.operations && now() - start < capMs;
        };
        // Each of the `concurrency` desks thinks a while between its operations, as a clerk does; that lets
        // leases end and the reconciler settle while other orders move.
        for (auto ready = m_readyAtMs.begin(); ready != m_readyAtMs.end() && open();) {
            if (*ready <= now()) {
                ready = m_readyAtMs.erase(ready);
                startDesk();
            } else {
                ++ready;
            }
        }
        if (!open() && m_desks.empty())
            break;
        wait(10);
        superviseDesks();
        superviseReconciler(true);
        if (m_tally.attempted >= reported + std::max(1, m_options.operations / 10)) {
            reported = m_tally.attempted;
            m_out << "[" << (now() - start) / 1000 << " s] " << reported << " operations started\n";
            m_out.flush();
        }
    }
    if (now() - start >= capMs && m_tally.attempted < m_options.operations)
        m_tally.notes << QStringLiteral("the duration cap (%1 s) stopped the run after %2 of %3 operations")
                             .arg(m_options.durationCapSeconds)
                             .arg(m_tally.attempted)
                             .arg(m_options.operations);
}

void SoakRun::racePhase()
{
    // A round starts `concurrency` desks at once on one order, each choosing from APS's totals as they stand
    // (so two desks capture the same remainder, or one voids what another captures), and waits for all of
    // them. The orders take their turns, so the reconciler has settled an order's last round before its next.
    const qint64 start = now();
    const qint64 capMs = qint64(m_options.durationCapSeconds) * 1000;
    const int rounds = std::max(1, m_options.operations / m_options.concurrency);
    for (int round = 0; round < rounds && now() - start < capMs; ++round) {
        for (int desk = 0; desk < m_options.concurrency; ++desk)
            startDesk(round % int(m_orders.size()));
        ++m_tally.rounds;
        while (!m_desks.empty()) {
            wait(5);
            superviseDesks();
            superviseReconciler(true);
        }
        if ((round + 1) % std::max(1, rounds / 10) == 0) {
            m_out << "[" << (now() - start) / 1000 << " s] " << round + 1 << " rounds\n";
            m_out.flush();
        }
    }
    if (m_tally.rounds < rounds)
        m_tally.notes << QStringLiteral("the duration cap (%1 s) stopped the race after %2 of %3 rounds")
                             .arg(m_options.durationCapSeconds)
                             .arg(m_tally.rounds)
                             .arg(rounds);
}

void SoakRun::settlePhase()
{
    // The last reconciler pass of the operation phase ends by itself (or is killed, as planned).
    const qint64 waitUntil = now() + hungAfterMs;
    while (m_reconciler && now() < waitUntil) {
        wait(20);
        superviseReconciler(false);
    }
    if (m_reconciler) {
        m_reconciler->kill();
        m_reconciler->waitForFinished(5000);
        finishReconciler();
    }
    const SimulatorProcess::Reply cleared = m_simulator->request("DELETE", QStringLiteral("/__sim/faults"));
    if (!cleared.ok())
        m_tally.notes << QStringLiteral("clearing the faults failed: ") + cleared.describe();
    const PaydeskCtl::Result shown = m_ctl->run({QStringLiteral("profile"), QStringLiteral("show")});
    if (!shown.output.contains(QLatin1String("money-blocked: no")))
        unblockProfile();

    m_out << "final reconciliation (at most " << m_options.settleCapSeconds << " s)\n";
    m_out.flush();
    const SoakJournal journal(m_databasePath);
    const qint64 start = now();
    const qint64 capMs = qint64(m_options.settleCapSeconds) * 1000;
    int open = -1;
    while (now() - start < capMs) {
        QString error;
        const auto operations = journal.operations(&error);
        if (!operations) {
            m_tally.notes << QStringLiteral("reading the journal failed: ") + error;
            break;
        }
        open =
            int(std::count_if(operations->cbegin(), operations->cend(), [](const SoakJournal::Operation &op) {
                return op.outcome == u"pending" || op.outcome == u"unknown";
            }));
        if (open == 0)
            break;
        const PaydeskCtl::Result result = m_ctl->run({QStringLiteral("reconcile")}, 120000);
        if (result.exitCode < 0) {
            ++m_tally.crashed;
            m_tally.problems << QStringLiteral("final paydeskctl reconcile did not end: ") +
                                    result.output.right(300);
        } else {
            ++m_tally.reconcilerPasses;
            ++m_tally.events[QStringLiteral("final reconcile exit %1").arg(result.exitCode)];
            countVerdicts(result.output);
            if (result.exitCode != 0 && result.exitCode != 3)
                remember(QStringLiteral("final reconcile exit %1").arg(result.exitCode), result.output);
        }
        if (m_options.verbose)
            m_out << "final reconcile (" << open << " open):\n  "
                  << QString(result.output.trimmed()).replace(u'\n', QStringLiteral("\n  ")) << '\n';
        wait(m_options.reconcileEverySeconds * 1000);
    }
    if (open != 0)
        m_tally.notes << QStringLiteral("the final reconciliation ended after %1 s with %2 operations open")
                             .arg((now() - start) / 1000)
                             .arg(open);
    // A request the simulator still holds (a delay past the lease) would move APS after the check.
    const qint64 quietAt = m_lastDeskStartMs + qint64(m_options.timeoutSeconds + 9) * 1000;
    while (now() < quietAt)
        wait(100);
}

void SoakRun::check()
{
    QString error;
    const auto journal = SoakJournal(m_databasePath).operations(&error);
    if (!journal) {
        m_tally.mismatches << QStringLiteral("the journal could not be read: ") + error;
        return;
    }
    QHash<QString, QJsonObject> truth;
    for (const Order &order : m_orders) {
        const auto found = m_simulator->order(order.reference);
        if (!found) {
            m_tally.mismatches
                << QStringLiteral("%1: APS's ground truth could not be read").arg(order.reference);
            continue;
        }
        truth.insert(order.reference, *found);
    }
    // APS's side goes with the database into the folder that a failed run keeps.
    QJsonObject book;
    for (auto it = truth.cbegin(); it != truth.cend(); ++it)
        book.insert(it.key(), it.value());
    QFile file(m_dir.filePath(QStringLiteral("aps-orders.json")));
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(book).toJson());
    const PaydeskCtl::Result listed = m_ctl->run({QStringLiteral("list"), QStringLiteral("--json")});
    QHash<QString, QJsonObject> cache;
    const QJsonDocument document = QJsonDocument::fromJson(listed.output.toUtf8());
    if (!listed.ok() || !document.isArray()) {
        m_tally.mismatches << QStringLiteral("paydeskctl list --json failed: ") + listed.output.left(300);
    } else {
        const QJsonArray rows = document.array();
        for (const QJsonValue &row : rows)
            cache.insert(row.toObject().value(QLatin1String("merchant_reference")).toString(),
                         row.toObject());
    }
    const PaydeskCtl::Result audit = m_ctl->run({QStringLiteral("audit"), QStringLiteral("verify")});
    m_tally.auditChainOk = audit.ok();
    if (!audit.ok())
        m_tally.problems << QStringLiteral("audit verify: ") + audit.output.trimmed();
    m_tally.orders = int(m_orders.size());
    SoakCheck::compare(*journal, truth, cache, &m_tally);
}
