#include "moneyfixture.h"

#include "teststore.h"

QString MoneyFixture::merchant()
{
    return QString::fromUtf16(SimulatorSettings::demoMerchantIdentifier);
}

ApsCredentials MoneyFixture::credentials()
{
    const SimulatorSettings sim = SimulatorSettings::demo();
    return ApsCredentials{sim.accessCode, sim.requestPhrase, sim.responsePhrase};
}

QProcessEnvironment MoneyFixture::cliEnvironment()
{
    const QString home = TestStore::cliDataHome();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QLatin1String("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QLatin1String("/config"));
    const ApsCredentials secrets = credentials();
    env.insert(QStringLiteral("PAYDESK_ACCESS_CODE"), secrets.accessCode);
    env.insert(QStringLiteral("PAYDESK_REQUEST_PHRASE"), secrets.requestPhrase);
    env.insert(QStringLiteral("PAYDESK_RESPONSE_PHRASE"), secrets.responsePhrase);
    env.insert(QStringLiteral("PAYDESK_USER"), QStringLiteral("tester"));
    return env;
}

MoneyFixture::MoneyFixture(int timeoutSeconds)
    : m_simulator(std::make_unique<ApsSimulator>(SimulatorSettings::demo()))
    , m_secrets(credentials())
{
    m_port = m_simulator->listen(0);
    if (m_port == 0 || !m_dir.isValid()) {
        m_error = QStringLiteral("no simulator port or temporary folder");
        return;
    }
    // The desks this fixture starts (paydeskctl) find a server store's key file in the data folder.
    TestStore::isolateDataFolders();
    m_location = TestStore::newLocation(m_dir);
    auto created = Database::create(m_location, merchant(), QStringLiteral("simulator"));
    if (!created.ok()) {
        m_error = created.message;
        return;
    }
    m_database = std::move(*created);
    const QString keyPath = TestStore::keyPathFor(m_database->path());
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

MoneyFixture::~MoneyFixture()
{
    m_service.reset();
    m_client.reset();
    m_network.reset();
    m_audit.reset();
    m_database.reset();
}

QUrl MoneyFixture::endpoint() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/FortAPI/paymentApi").arg(m_port));
}

std::unique_ptr<PaymentService> MoneyFixture::makeService(const Database &database, const QString &owner)
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

Transaction MoneyFixture::addOrder(const QString &reference, qint64 amount, const QString &currency,
                                   Origin origin)
{
    SimulatorOrder order;
    order.merchantReference = reference;
    order.origin =
        origin == Origin::Purchase ? SimulatorOrder::Origin::Purchase : SimulatorOrder::Origin::Authorization;
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

QString MoneyFixture::behindTheCache(SimulatorBook::MaintenanceRequest::Kind kind, const QString &reference,
                                     qint64 amount)
{
    SimulatorBook::MaintenanceRequest request;
    request.kind = kind;
    request.merchantReference = reference;
    request.amount = amount;
    request.currency = m_simulator->book().order(reference)->currency;
    return m_simulator->book().execute(request).responseCode;
}

void MoneyFixture::addFault(const QJsonObject &json)
{
    QString problem;
    const auto fault = SimulatorFaults::fromJson(json, &problem);
    QVERIFY2(fault, qPrintable(problem));
    m_simulator->faults().add(*fault);
}

const SimulatorOrder &MoneyFixture::simOrder(const QString &reference) const
{
    return *m_simulator->book().order(reference);
}

int MoneyFixture::received(const QString &reference, const QString &command) const
{
    int count = 0;
    for (const SimulatorOperation &op : simOrder(reference).operations)
        count += op.command == command ? 1 : 0;
    return count;
}

int MoneyFixture::applied(const QString &reference, const QString &command) const
{
    int count = 0;
    for (const SimulatorOperation &op : simOrder(reference).operations)
        count += op.command == command && op.applied ? 1 : 0;
    return count;
}

Transaction MoneyFixture::cached(const QString &reference) const
{
    return *TransactionRepository(*m_database).findByReference(merchant(), reference);
}

QList<Operation> MoneyFixture::operations(const QString &reference) const
{
    return *OperationJournal(*m_database).history(cached(reference).id);
}

MerchantProfile MoneyFixture::profile() const
{
    return *ProfileRepository(*m_database).loadOrDefault(QStringLiteral("default"));
}

QString MoneyFixture::paydeskctl()
{
    return QStringLiteral(PAYDESK_BINARY_DIR "/app/paydeskctl/paydeskctl");
}

QProcess *MoneyFixture::startCli(const QStringList &arguments, const QProcessEnvironment &environment,
                                 QObject *parent)
{
    auto *process = new QProcess(parent);
    process->setProcessEnvironment(environment);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(paydeskctl(), QStringList{QStringLiteral("--db"), databasePath()} + arguments);
    return process;
}

int MoneyFixture::finishCli(QProcess *process, QString *output)
{
    QSignalSpy finished(process, &QProcess::finished);
    const bool ended = process->state() == QProcess::NotRunning || finished.wait(30000);
    const QString all = QString::fromUtf8(process->readAll());
    if (output)
        *output = all;
    const int code = ended && process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    // What a failing desk said belongs in the test's log.
    if (code != 0 && !output)
        qInfo().noquote() << "paydeskctl exited" << code << ":" << all.trimmed();
    if (!ended)
        process->kill();
    process->deleteLater();
    return code;
}

int MoneyFixture::runCli(const QStringList &arguments, QString *output)
{
    return finishCli(startCli(arguments, cliEnvironment(), nullptr), output);
}

std::optional<PaymentResult> MoneyFixture::wait(PaymentJob *job, int timeoutMs)
{
    QSignalSpy spy(job, &PaymentJob::finished);
    if (!spy.wait(timeoutMs))
        return std::nullopt;
    if (spy.count() != 1)
        return std::nullopt;
    return spy.at(0).at(0).value<PaymentResult>();
}

QList<ReconcileDecision> MoneyFixture::reconcile(Reconciler::Config config)
{
    Reconciler reconciler(m_service.get(), m_database.get(), m_audit.get(), config);
    QSignalSpy spy(&reconciler, &Reconciler::finished);
    reconciler.reconcileNow();
    if (!spy.wait(15000))
        return {};
    return spy.at(0).at(0).value<QList<ReconcileDecision>>();
}

ReconcileDecision::Verdict MoneyFixture::reconcileUntilDecided()
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

Reconciler::Config MoneyFixture::quickConfig()
{
    Reconciler::Config config;
    config.firstRetry = std::chrono::seconds(1);
    config.maxRetry = std::chrono::seconds(4);
    config.quietWindow = std::chrono::seconds(90);
    config.reviewAfter = std::chrono::seconds(150);
    return config;
}
