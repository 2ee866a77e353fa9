#pragma once

// A PayDesk cache and the real APS simulator in one process, over loopback HTTP: what the money integration
// tests (payment, reconcile, crash, bulk capture) share. Header-only: each tst_*.cpp is its own executable.

#include "aps/apsclient.h"
#include "apssimulator.h"
#include "services/paymentservice.h"
#include "services/reconciler.h"
#include "services/secretsource.h"
#include "store/auditkeyprovider.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/operationjournal.h"
#include "store/profilerepository.h"
#include "store/transactionrepository.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <vector>

class MoneyFixture final
{
public:
    // The account the simulator plays and the cache belongs to.
    static QString merchant() { return QString::fromUtf16(SimulatorSettings::demoMerchantIdentifier); }

    static ApsCredentials credentials()
    {
        const SimulatorSettings sim = SimulatorSettings::demo();
        return ApsCredentials{sim.accessCode, sim.requestPhrase, sim.responsePhrase};
    }

    // What paydeskctl needs to talk to the simulator: its secrets in the PAYDESK_* variables, and data and
    // settings folders of its own (what a desk remembers, e.g. audit heads, stays out of the real HOME).
    static QProcessEnvironment cliEnvironment()
    {
        static const QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        const ApsCredentials secrets = credentials();
        env.insert(QStringLiteral("PAYDESK_ACCESS_CODE"), secrets.accessCode);
        env.insert(QStringLiteral("PAYDESK_REQUEST_PHRASE"), secrets.requestPhrase);
        env.insert(QStringLiteral("PAYDESK_RESPONSE_PHRASE"), secrets.responsePhrase);
        env.insert(QStringLiteral("PAYDESK_USER"), QStringLiteral("tester"));
        return env;
    }

    // Starts the simulator on a free port and creates a database whose default profile points at it, with a
    // request timeout of `timeoutSeconds`. Check ok() afterwards.
    explicit MoneyFixture(int timeoutSeconds = 2)
        : m_simulator(std::make_unique<ApsSimulator>(SimulatorSettings::demo()))
        , m_secrets(credentials())
    {
        m_port = m_simulator->listen(0);
        if (m_port == 0 || !m_dir.isValid()) {
            m_error = QStringLiteral("no simulator port or temporary folder");
            return;
        }
        auto created = Database::create(databasePath(), merchant(), QStringLiteral("simulator"));
        if (!created.ok()) {
            m_error = created.message;
            return;
        }
        m_database = std::move(*created);
        const QString keyPath = FileAuditKeyProvider::keyPathFor(m_database->path());
        if (const StoreStatus s = FileAuditKeyProvider::createKeyFile(keyPath); !s.ok()) {
            m_error = s.message;
            return;
        }
        m_keys = std::make_unique<FileAuditKeyProvider>(keyPath);
        m_audit = std::make_unique<AuditLog>(*m_database, *m_keys);
        ProfileRepository profiles(*m_database);
        MerchantProfile profile = profiles.defaults(QStringLiteral("default"));
        profile.endpoint = endpoint();
        profile.timeoutSeconds = timeoutSeconds;
        if (const StoreStatus s = profiles.save(profile); !s.ok()) {
            m_error = s.message;
            return;
        }
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApsClient>(m_network.get());
        m_service = makeService(*m_database, QStringLiteral("desk-1"));
    }

    ~MoneyFixture()
    {
        m_service.reset();
        m_client.reset();
        m_network.reset();
        m_audit.reset();
        m_database.reset();
    }

    Q_DISABLE_COPY_MOVE(MoneyFixture)

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    QString databasePath() const { return m_dir.filePath(QStringLiteral("paydesk.db")); }
    QUrl endpoint() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/FortAPI/paymentApi").arg(m_port));
    }
    ApsSimulator &simulator() { return *m_simulator; }
    const Database &database() const { return *m_database; }
    AuditLog &audit() { return *m_audit; }
    PaymentService &service() { return *m_service; }
    ApsClient &client() { return *m_client; }

    // A PaymentService on `database` (possibly another Database object on the same file), sharing the
    // fixture's clock, so that advancing time moves every desk past its lease.
    std::unique_ptr<PaymentService> makeService(const Database &database, const QString &owner)
    {
        PaymentService::Dependencies deps;
        deps.database = &database;
        deps.client = m_client.get();
        deps.secrets = &m_secrets;
        // Each Database object writes its audit entries through its own connection: another object's would
        // wait for this one's write lock.
        AuditLog *audit = m_audit.get();
        if (&database != m_database.get()) {
            m_otherAudits.push_back(std::make_unique<AuditLog>(database, *m_keys));
            audit = m_otherAudits.back().get();
        }
        deps.audit = audit;
        deps.owner = owner;
        deps.clock = [this] {
            return QDateTime::currentDateTimeUtc().addSecs(m_clockOffsetSeconds);
        };
        return std::make_unique<PaymentService>(std::move(deps));
    }

    // Moves PayDesk's clock (not the simulator's) forward, e.g. past an operation's lease.
    void advanceClock(qint64 seconds) { m_clockOffsetSeconds += seconds; }

    // Creates the order at the simulator and the same row in the cache. Returns the cache's row.
    Transaction addOrder(const QString &reference, qint64 amount,
                         const QString &currency = QStringLiteral("AED"),
                         Origin origin = Origin::Authorization)
    {
        SimulatorOrder order;
        order.merchantReference = reference;
        order.origin = origin == Origin::Purchase ? SimulatorOrder::Origin::Purchase
                                                  : SimulatorOrder::Origin::Authorization;
        order.currency = *Currency::fromCode(currency);
        order.authorized = amount;
        order.captured = origin == Origin::Purchase ? amount : 0;
        order.authorizedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        order.paymentOption = QStringLiteral("VISA");
        order.cardNumber = QStringLiteral("411111******1111");
        m_simulator->book().insert(order);

        Transaction tx;
        tx.merchantIdentifier = merchant();
        tx.merchantReference = reference;
        tx.fortId = m_simulator->book().order(reference)->fortId;
        tx.origin = origin;
        tx.currency = order.currency;
        tx.authorized = amount;
        tx.captured = order.captured;
        tx.authorizedAt = order.authorizedAt;
        tx.paymentOption = order.paymentOption;
        tx.cardMasked = order.cardNumber;
        if (const StoreStatus s = TransactionRepository(*m_database).insert(tx); !s.ok())
            qFatal("the cache refused order %s: %s", qPrintable(reference), qPrintable(s.message));
        return tx;
    }

    // Moves money at the simulator directly, behind the cache's back (another desk, the APS back office).
    QString behindTheCache(SimulatorBook::MaintenanceRequest::Kind kind, const QString &reference,
                           qint64 amount)
    {
        SimulatorBook::MaintenanceRequest request;
        request.kind = kind;
        request.merchantReference = reference;
        request.amount = amount;
        request.currency = m_simulator->book().order(reference)->currency;
        return m_simulator->book().execute(request).responseCode;
    }

    void addFault(const QJsonObject &json)
    {
        QString problem;
        const auto fault = SimulatorFaults::fromJson(json, &problem);
        QVERIFY2(fault, qPrintable(problem));
        m_simulator->faults().add(*fault);
    }

    const SimulatorOrder &simOrder(const QString &reference) const
    {
        return *m_simulator->book().order(reference);
    }

    // Ground truth: how many requests of `command` reached the order, and how many of them moved money.
    int received(const QString &reference, const QString &command) const
    {
        int count = 0;
        for (const SimulatorOperation &op : simOrder(reference).operations)
            count += op.command == command ? 1 : 0;
        return count;
    }
    int applied(const QString &reference, const QString &command) const
    {
        int count = 0;
        for (const SimulatorOperation &op : simOrder(reference).operations)
            count += op.command == command && op.applied ? 1 : 0;
        return count;
    }

    Transaction cached(const QString &reference) const
    {
        return *TransactionRepository(*m_database).findByReference(merchant(), reference);
    }

    QList<Operation> operations(const QString &reference) const
    {
        return *OperationJournal(*m_database).history(cached(reference).id);
    }

    MerchantProfile profile() const
    {
        return *ProfileRepository(*m_database).loadOrDefault(QStringLiteral("default"));
    }

    static QString paydeskctl() { return QStringLiteral(PAYDESK_BINARY_DIR "/app/paydeskctl/paydeskctl"); }

    // Starts paydeskctl on this fixture's database. The simulator lives in this process: keep its event loop
    // running until the process ends (finishCli).
    QProcess *startCli(const QStringList &arguments, const QProcessEnvironment &environment, QObject *parent)
    {
        auto *process = new QProcess(parent);
        process->setProcessEnvironment(environment);
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(paydeskctl(), QStringList{QStringLiteral("--db"), databasePath()} + arguments);
        return process;
    }

    // Waits for `process` to end, answering its requests meanwhile, and deletes it later. Its exit code, or
    // -1 when it crashed or never ended.
    static int finishCli(QProcess *process, QString *output = nullptr)
    {
        QSignalSpy finished(process, &QProcess::finished);
        const bool ended = process->state() == QProcess::NotRunning || finished.wait(30000);
        const QString all = QString::fromUtf8(process->readAll());
        if (output)
            *output = all;
        const int code = ended && process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        if (!ended)
            process->kill();
        process->deleteLater();
        return code;
    }

    int runCli(const QStringList &arguments, QString *output = nullptr)
    {
        return finishCli(startCli(arguments, cliEnvironment(), nullptr), output);
    }

    // Runs a job to its end; the result is empty when it never finished.
    static std::optional<PaymentResult> wait(PaymentJob *job, int timeoutMs = 15000)
    {
        QSignalSpy spy(job, &PaymentJob::finished);
        if (!spy.wait(timeoutMs))
            return std::nullopt;
        if (spy.count() != 1)
            return std::nullopt;
        return spy.at(0).at(0).value<PaymentResult>();
    }

    // One reconciliation pass with `config`; the decisions it reports.
    QList<ReconcileDecision> reconcile(Reconciler::Config config = quickConfig())
    {
        Reconciler reconciler(m_service.get(), m_database.get(), m_audit.get(), config);
        QSignalSpy spy(&reconciler, &Reconciler::finished);
        reconciler.reconcileNow();
        if (!spy.wait(15000))
            return {};
        return spy.at(0).at(0).value<QList<ReconcileDecision>>();
    }

    // Moves past the lease and reconciles, round after round (each a minute later, past the back-off), until
    // the single open operation is decided or the rounds run out. The last verdict; Waiting when no round
    // decided anything.
    ReconcileDecision::Verdict reconcileUntilDecided()
    {
        ReconcileDecision::Verdict reached = ReconcileDecision::Verdict::Waiting;
        for (int round = 0; round < 10; ++round) {
            advanceClock(60);
            const QList<ReconcileDecision> decisions = reconcile();
            if (decisions.size() != 1 || decisions.first().reason.isEmpty())
                return ReconcileDecision::Verdict::Waiting;
            reached = decisions.first().verdict;
            if (reached != ReconcileDecision::Verdict::Undecided &&
                reached != ReconcileDecision::Verdict::Confirming)
                break;
        }
        return reached;
    }

    // Minutes of the profile's schedule compressed for tests that move the clock a minute a round: "not
    // applied" after three quiet checks over 90 s, manual review 150 s after sending.
    static Reconciler::Config quickConfig()
    {
        Reconciler::Config config;
        config.firstRetry = std::chrono::seconds(1);
        config.maxRetry = std::chrono::seconds(4);
        config.quietWindow = std::chrono::seconds(90);
        config.reviewAfter = std::chrono::seconds(150);
        return config;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ApsSimulator> m_simulator;
    quint16 m_port = 0;
    FixedSecretSource m_secrets;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<FileAuditKeyProvider> m_keys;
    std::unique_ptr<AuditLog> m_audit;
    std::vector<std::unique_ptr<AuditLog>> m_otherAudits;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApsClient> m_client;
    std::unique_ptr<PaymentService> m_service;
    qint64 m_clockOffsetSeconds = 0;
    QString m_error;
};

Q_DECLARE_METATYPE(PaymentResult)
Q_DECLARE_METATYPE(ReconcileDecision)
