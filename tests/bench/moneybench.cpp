#include "benchsection.h"

#include "aps/apsclient.h"
#include "aps/apsrequestbuilder.h"
#include "apssimulator.h"
#include "services/bulkcapture.h"
#include "services/paymentservice.h"
#include "services/secretsource.h"
#include "store/auditkeyprovider.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/profilerepository.h"
#include "store/transactionrepository.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>

#include <functional>
#include <memory>

namespace {

constexpr int Concurrency = BulkCapture::DefaultConcurrency;
constexpr qint64 OrderAmount = 5000; // AED 50.00, captured in full

QString reference(int i)
{
    return QStringLiteral("BENCH-%1").arg(i, 6, 10, QLatin1Char('0'));
}

// A fresh simulator holding `count` authorizations, every request to it held `latencyMs`, serving from a
// thread of its own as APS would from its own machine: PayDesk's database work must not stall the simulator's
// answers.
class SimulatorThread final : public QThread
{
public:
    SimulatorThread(int count, int latencyMs)
        : m_count(count)
        , m_latencyMs(latencyMs)
    {
        start();
        m_ready.acquire();
    }
    ~SimulatorThread() override
    {
        quit();
        wait();
    }

    quint16 port() const { return m_port; }
    QUrl endpoint() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/FortAPI/paymentApi").arg(m_port));
    }
    // The orders as created, read before any request arrives.
    const QList<SimulatorOrder> &orders() const { return m_orders; }

protected:
    void run() override
    {
        ApsSimulator simulator(SimulatorSettings::demo());
        m_port = simulator.listen(0);
        const QDateTime authorizedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (int i = 0; i < m_count && m_port != 0; ++i) {
            SimulatorOrder order;
            order.merchantReference = reference(i);
            order.currency = *Currency::fromCode(u"AED");
            order.authorized = OrderAmount;
            order.authorizedAt = authorizedAt;
            order.cardNumber = QStringLiteral("411111******1111");
            simulator.book().insert(order);
            m_orders.append(*simulator.book().order(order.merchantReference));
        }
        if (m_latencyMs > 0) {
            SimulatorFaults::Fault delay;
            delay.mode = SimulatorFaults::Mode::Delay;
            delay.remaining = -1;
            delay.delayMs = m_latencyMs;
            delay.apply = true;
            simulator.faults().add(delay);
        }
        m_ready.release();
        exec();
    }

private:
    int m_count;
    int m_latencyMs;
    quint16 m_port = 0;
    QList<SimulatorOrder> m_orders;
    QSemaphore m_ready;
};

// PayDesk's whole path: preflight, then per order CHECK_STATUS baseline, journal (synchronous=FULL),
// capture, compare-and-set outcome and audit entries, through BulkCapture. Milliseconds, or -1.
double payDeskRun(int count, int latencyMs, int *captured)
{
    const SimulatorThread simulator(count, latencyMs);
    QTemporaryDir dir;
    if (simulator.port() == 0 || !dir.isValid())
        return -1;
    const SimulatorSettings sim = SimulatorSettings::demo();
    auto created = Database::create(dir.filePath(QStringLiteral("bench.db")), sim.merchantIdentifier,
                                    QStringLiteral("simulator"));
    if (!created.ok())
        return -1;
    const Database &db = **created;
    const QString keyPath = FileAuditKeyProvider::keyPathFor(db.path());
    FileAuditKeyProvider::createKeyFile(keyPath);
    FileAuditKeyProvider keys(keyPath);
    AuditLog audit(db, keys);
    ProfileRepository profiles(db);
    MerchantProfile profile = profiles.defaults(QStringLiteral("default"));
    profile.endpoint = simulator.endpoint();
    profiles.save(profile);
    const TransactionRepository transactions(db);
    QList<BulkCaptureRow> rows;
    db.withWriteTransaction([&]() -> StoreStatus {
        for (int i = 0; i < count; ++i) {
            const SimulatorOrder &order = simulator.orders().at(i);
            Transaction tx;
            tx.merchantIdentifier = sim.merchantIdentifier;
            tx.merchantReference = order.merchantReference;
            tx.fortId = order.fortId;
            tx.currency = order.currency;
            tx.authorized = order.authorized;
            tx.authorizedAt = order.authorizedAt;
            tx.cardMasked = order.cardNumber;
            if (const StoreStatus s = transactions.insert(tx); !s.ok())
                return s;
            rows.append({i + 1, tx.merchantReference, QStringLiteral("remaining")});
        }
        return StoreStatus::success();
    });

    QNetworkAccessManager network;
    ApsClient client(&network);
    const FixedSecretSource secrets(ApsCredentials{sim.accessCode, sim.requestPhrase, sim.responsePhrase});
    PaymentService::Dependencies deps;
    deps.database = &db;
    deps.client = &client;
    deps.secrets = &secrets;
    deps.audit = &audit;
    PaymentService service(deps);
    BulkCapture bulk(&service, &db);

    QElapsedTimer timer;
    timer.start();
    const BulkCapturePlan plan = bulk.preflight(rows, service.now());
    BulkCaptureReport report;
    QEventLoop loop;
    QObject::connect(&bulk, &BulkCapture::finished, &loop, [&](const BulkCaptureReport &done) {
        report = done;
        loop.quit();
    });
    bulk.run(plan, QStringLiteral("bench"), Concurrency);
    loop.exec();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    *captured = 0;
    for (const BulkCaptureRowResult &row : std::as_const(report.rows))
        *captured += row.status == BulkCaptureRowResult::Status::Captured ? 1 : 0;
    return ms;
}

// The same signed requests (CHECK_STATUS, then CAPTURE of what is left) from a bare QNetworkAccessManager
// loop at the same concurrency: answers parsed and their signatures verified, nothing stored.
double bareRun(int count, int latencyMs, int *captured)
{
    const SimulatorThread simulator(count, latencyMs);
    if (simulator.port() == 0)
        return -1;
    const SimulatorSettings sim = SimulatorSettings::demo();
    const ApsRequestBuilder builder(sim.merchantIdentifier, sim.accessCode, sim.requestPhrase, sim.shaType);
    const QUrl endpoint = simulator.endpoint();
    QNetworkAccessManager network;
    QEventLoop loop;
    int next = 0;
    int done = 0;
    *captured = 0;

    const auto post = [&](const ApsMessage &message, std::function<void(const ApsMessage &)> then) {
        QNetworkRequest request(endpoint);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.post(request, message.toJson());
        QObject::connect(reply, &QNetworkReply::finished, &loop, [reply, then = std::move(then), &sim] {
            reply->deleteLater();
            const auto parsed = ApsMessage::parse(reply->readAll());
            ApsMessage answer;
            if (parsed.ok() && ApsSignature::verify(*parsed.message, sim.responsePhrase, sim.shaType))
                answer = *parsed.message;
            then(answer);
        });
    };
    std::function<void()> startNext = [&] {
        if (next >= count) {
            if (done == count)
                loop.quit();
            return;
        }
        const SimulatorOrder &order = simulator.orders().at(next++);
        const QString ref = order.merchantReference;
        const QString fortId = order.fortId;
        post(*builder.checkStatus(ref, fortId).message, [&, ref, fortId](const ApsMessage &status) {
            const qint64 left = OrderAmount - status.value(u"captured_amount").toLongLong();
            const Money amount = Money::fromMinor(left, *Currency::fromCode(u"AED"));
            post(*builder.capture(ref, fortId, amount).message, [&](const ApsMessage &answer) {
                *captured += answer.value(u"response_code") == u"04000" ? 1 : 0;
                ++done;
                startNext();
            });
        });
    };

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Concurrency; ++i)
        startNext();
    if (count > 0)
        loop.exec();
    return double(timer.nsecsElapsed()) / 1e6;
}

QJsonObject moneyBench(BenchContext &context)
{
    QTextStream &out = context.out;
    const int count = context.rows > 0 ? int(std::min<qint64>(context.rows, 100000)) : 1000;
    out << "bulk capture of " << count << " orders (CHECK_STATUS + CAPTURE each), concurrency " << Concurrency
        << ", simulator on loopback in its own thread, synchronous=FULL\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("latency"), -8)
               .arg(QStringLiteral("PayDesk ms"), 12)
               .arg(QStringLiteral("bare ms"), 10)
               .arg(QStringLiteral("ratio"), 7)
               .arg(QStringLiteral("overhead ms/op"), 15);
    QJsonArray runs;
    QJsonObject result;
    for (const int latency : {0, 50}) {
        int payDeskCaptured = 0;
        int bareCaptured = 0;
        const double payDesk = payDeskRun(count, latency, &payDeskCaptured);
        const double bare = bareRun(count, latency, &bareCaptured);
        const double ratio = bare > 0 ? payDesk / bare : 0;
        const double overhead = (payDesk - bare) / count;
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(QStringLiteral("%1 ms").arg(latency), -8)
                   .arg(payDesk, 12, 'f', 0)
                   .arg(bare, 10, 'f', 0)
                   .arg(ratio, 7, 'f', 2)
                   .arg(overhead, 15, 'f', 2);
        if (latency == 50)
            out << "   goal <= 1.30x: " << (ratio <= 1.3 ? "ok" : "OVER");
        out << "   (captured " << payDeskCaptured << " / " << bareCaptured << ")\n";
        out.flush();
        runs.append(QJsonObject{{QStringLiteral("latency_ms"), latency},
                                {QStringLiteral("paydesk_ms"), payDesk},
                                {QStringLiteral("bare_ms"), bare},
                                {QStringLiteral("ratio"), ratio},
                                {QStringLiteral("overhead_ms_per_order"), overhead},
                                {QStringLiteral("paydesk_captured"), payDeskCaptured},
                                {QStringLiteral("bare_captured"), bareCaptured}});
    }
    result.insert(QStringLiteral("orders"), count);
    result.insert(QStringLiteral("concurrency"), Concurrency);
    result.insert(QStringLiteral("runs"), runs);
    return result;
}

const BenchRegistration
    moneyRegistration("money",
                      "bulk capture through PayDesk vs a bare QNetworkAccessManager loop, "
                      "at 0 and 50 ms simulated latency (--rows N, default 1,000)",
                      moneyBench);

} // namespace
