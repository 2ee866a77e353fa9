#include "desksession.h"

#include "mainwindow.h"
#include "signedindesk.h"
#include "transactionactions.h"

#include "aps/apsclient.h"
#include "apssimulator.h"
#include "services/approvalservice.h"
#include "services/authservice.h"
#include "services/paymentservice.h"
#include "services/reconciler.h"
#include "services/refundgate.h"
#include "services/secretsource.h"
#include "simulatorreport.h"
#include "simulatorsettings.h"
#include "store/auditheadmemory.h"
#include "store/auditkeyprovider.h"
#include "store/auditkeystore.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/profilerepository.h"
#include "store/reportimporter.h"
#include "store/transactionrepository.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace {

constexpr int ReconcileIntervalMs = 30 * 1000;

QString deskUserName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("desk") : user;
}

} // namespace

DeskSession::DeskSession() = default;

DeskSession::~DeskSession()
{
    m_reconcileTimer.stop();
    // The services use the database and the client: they go first.
    m_approvals.reset();
    m_reconciler.reset();
    m_service.reset();
}

QList<DeskSession::DemoSignIn> DeskSession::demoSignIns()
{
    // Public on purpose: they only open the throw-away demo cache.
    return {{QStringLiteral("olivia"), Role::Operator, QStringLiteral("olivia-demo")},
            {QStringLiteral("adam"), Role::Approver, QStringLiteral("adam-demo")},
            {QStringLiteral("admin"), Role::Admin, QStringLiteral("admin-demo")}};
}

bool DeskSession::hasUsers() const
{
    const StoreResult<bool> has = m_auth->hasUsers();
    return has.ok() && *has;
}

QString DeskSession::defaultCachePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("paydesk.db"));
}

quint16 DeskSession::simulatorPort() const
{
    return m_simulator ? m_simulator->port() : 0;
}

std::unique_ptr<DeskSession> DeskSession::openDemo(QString *error)
{
    std::unique_ptr<DeskSession> session(new DeskSession);
    session->m_demo = true;
    session->m_demoDir =
        std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("paydesk-demo-XXXXXX")));
    if (!session->m_demoDir->isValid()) {
        *error = DeskSession::tr("Could not create a folder for the demo: %1")
                     .arg(session->m_demoDir->errorString());
        return nullptr;
    }

    const SimulatorSettings settings = SimulatorSettings::demo();
    session->m_simulator = std::make_unique<ApsSimulator>(settings);
    session->m_simulator->seedDemo();
    const quint16 port = session->m_simulator->listen(0);
    if (port == 0) {
        *error = DeskSession::tr("Could not start the demo payment simulator on this computer.");
        return nullptr;
    }

    const QString path = session->m_demoDir->filePath(QStringLiteral("paydesk.db"));
    StoreResult<std::unique_ptr<Database>> created =
        Database::create(path, settings.merchantIdentifier, QStringLiteral("simulator"));
    if (!created.ok()) {
        *error = created.message;
        return nullptr;
    }
    session->m_database = std::move(*created);
    const QString keyPath = FileAuditKeyProvider::keyPathFor(path);
    const StoreStatus key = FileAuditKeyProvider::createKeyFile(keyPath);
    if (!key.ok()) {
        *error = key.message;
        return nullptr;
    }

    const ProfileRepository profiles(*session->m_database);
    StoreResult<MerchantProfile> profile = profiles.loadOrDefault(QStringLiteral("default"));
    if (!profile.ok()) {
        *error = profile.message;
        return nullptr;
    }
    profile->endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/FortAPI/paymentApi").arg(port));
    profile->shaType = settings.shaType;
    profile->captureWindowDays = settings.expiryDays;
    const StoreStatus saved = profiles.save(*profile);
    if (!saved.ok()) {
        *error = saved.message;
        return nullptr;
    }

    ImportOptions options;
    options.captureWindow = std::chrono::hours(24 * settings.expiryDays);
    QByteArray csv = SimulatorReport::transactionCsv(session->m_simulator->book());
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    const StoreResult<ImportReport> imported =
        ReportImporter(*session->m_database, options).importDevice(&buffer);
    if (!imported.ok()) {
        *error = imported.message;
        return nullptr;
    }

    const ApsCredentials credentials{QString::fromUtf16(SimulatorSettings::demoAccessCode),
                                     QString::fromUtf16(SimulatorSettings::demoRequestPhrase),
                                     QString::fromUtf16(SimulatorSettings::demoResponsePhrase)};
    if (!session->connectService(QStringLiteral("default"),
                                 std::make_unique<FixedSecretSource>(credentials, credentials), error))
        return nullptr;
    if (!session->addDemoPeople(error))
        return nullptr;
    session->addDemoRefundRequests();
    return session;
}

bool DeskSession::addDemoPeople(QString *error)
{
    // An approver granted by one admin waits for a second one (AuthService): a setup admin, disabled
    // afterwards, adds the demo's people and the demo admin confirms the approver, so the demo approves at
    // once and shows the confirmation in its audit log.
    const QString setup = QStringLiteral("demo-setup");
    QString setupPassword;
    for (int i = 0; i < 4; ++i)
        setupPassword += QString::number(QRandomGenerator::system()->generate64(), 36);
    QString admin;
    const auto check = [error](const AuthStatus &status) {
        if (!status.ok())
            *error = status.message;
        return status.ok();
    };
    for (const DemoSignIn &person : demoSignIns()) {
        // The first user must be the admin.
        if (person.role != Role::Admin)
            continue;
        admin = person.name;
        if (!check(m_auth->addUser(QStringLiteral("demo"), person.name, person.role, person.password)) ||
            !check(m_auth->addUser(admin, setup, Role::Admin, setupPassword)))
            return false;
    }
    for (const DemoSignIn &other : demoSignIns()) {
        if (other.role == Role::Admin)
            continue;
        if (!check(m_auth->addUser(setup, other.name, other.role, other.password)))
            return false;
        if (other.role == Role::Approver && !check(m_auth->confirmUser(admin, other.name)))
            return false;
    }
    if (!check(m_auth->setDisabled(admin, setup, true)))
        return false;
    startServices();
    return true;
}

// Two refunds olivia asked for, so the approval queue has something to show at once. They are held the way
// PaymentService holds a refund at the threshold: checked against the row, reserved, audited.
void DeskSession::addDemoRefundRequests()
{
    const QString requester = demoSignIns().constFirst().name;
    const QStringList reasons = {QStringLiteral("Customer returned the goods"),
                                 QStringLiteral("Charged twice at the till")};
    const TransactionRepository transactions(*m_database, m_rules);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<const SimulatorOrder *> orders = m_simulator->book().orders();
    std::sort(orders.begin(), orders.end(), [](const SimulatorOrder *a, const SimulatorOrder *b) {
        return a->merchantReference < b->merchantReference;
    });
    int made = 0;
    for (const SimulatorOrder *order : std::as_const(orders)) {
        if (made == reasons.size())
            break;
        StoreResult<Transaction> tx =
            transactions.findByReference(m_database->merchantIdentifier(), order->merchantReference);
        if (!tx.ok() || tx->captured <= tx->refunded)
            continue;
        const Money amount = Money::fromMinor((tx->captured - tx->refunded) / 2, tx->currency);
        if (amount.minorUnits() <= 0 ||
            !m_rules.checkAmount(TransactionRules::Action::Refund, *tx, amount, now).allowed)
            continue;
        const StoreStatus held = m_database->withWriteTransaction(
            [&] { return m_gate->hold(*tx, amount, reasons.at(made), requester, now).status(); });
        if (held.ok())
            ++made;
    }
}

std::unique_ptr<DeskSession> DeskSession::openCache(const QString &path, const QString &profile,
                                                    QString *error)
{
    std::unique_ptr<DeskSession> session(new DeskSession);
    StoreResult<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened.ok()) {
        *error = opened.message;
        return nullptr;
    }
    session->m_database = std::move(*opened);
    if (!session->connectService(profile, std::make_unique<EnvironmentSecretSource>(), error))
        return nullptr;
    return session;
}

bool DeskSession::connectService(const QString &profile, std::unique_ptr<SecretSource> secrets,
                                 QString *error)
{
    const StoreResult<MerchantProfile> stored = ProfileRepository(*m_database).loadOrDefault(profile);
    if (!stored.ok()) {
        *error = stored.message;
        return false;
    }
    m_rules = TransactionRules(stored->rulesConfig());
    m_secrets = std::move(secrets);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApsClient>(m_network.get());
    auto keys = AuditKeyStore::forDatabase(*m_database);
    if (!keys.ok()) {
        *error = keys.message;
        return false;
    }
    m_auditKey = std::move(keys->provider);
    m_audit = std::make_unique<AuditLog>(*m_database, *m_auditKey);
    m_auth = std::make_unique<AuthService>(*m_database, *m_audit);
    // The demo's throw-away cache is new every time: nothing to remember.
    if (!m_demo) {
        m_heads = std::make_unique<AuditHeadMemory>();
        m_auth->setHeadMemory(m_heads.get());
    }
    m_gate = std::make_unique<RefundGate>(*m_database, m_audit.get(), profile);
    m_profileName = profile;
    startServices();
    m_reconcileTimer.setInterval(ReconcileIntervalMs);
    connect(&m_reconcileTimer, &QTimer::timeout, this, [this] {
        if (!m_reconciler->isRunning())
            m_reconciler->reconcileNow();
        m_approvals->expireDue();
    });
    m_reconcileTimer.start();
    return true;
}

void DeskSession::startServices()
{
    m_approvals.reset();
    m_reconciler.reset();
    m_service.reset();
    const bool people = hasUsers();
    PaymentService::Dependencies dependencies;
    dependencies.database = m_database.get();
    dependencies.client = m_client.get();
    dependencies.secrets = m_secrets.get();
    dependencies.audit = m_audit.get();
    dependencies.profileName = m_profileName;
    dependencies.authorizer = people ? m_auth.get() : nullptr;
    dependencies.refundGate = people ? m_gate.get() : nullptr;
    m_service = std::make_unique<PaymentService>(dependencies);
    m_reconciler = std::make_unique<Reconciler>(m_service.get(), m_database.get(), m_audit.get());
    connect(m_reconciler.get(), &Reconciler::transactionChanged, m_service.get(),
            &PaymentService::transactionChanged);
    ApprovalService::Dependencies approvals;
    approvals.database = m_database.get();
    approvals.audit = m_audit.get();
    approvals.authorizer = dependencies.authorizer;
    approvals.payments = m_service.get();
    approvals.gate = m_gate.get();
    m_approvals = std::make_unique<ApprovalService>(approvals);
}

bool DeskSession::addFirstAdmin(const QString &name, const QString &password, QString *error)
{
    const AuthStatus added = m_auth->addUser(deskUserName(), name, Role::Admin, password);
    if (!added.ok()) {
        *error = added.message;
        return false;
    }
    startServices();
    return true;
}

std::unique_ptr<MainWindow> DeskSession::createWindow(const User &user) const
{
    MainWindow::Context context;
    context.database = m_database.get();
    context.service = m_service.get();
    context.rules = m_rules;
    context.userName = user.name;
    context.demo = m_demo;
    auto window = std::make_unique<MainWindow>(context);
    SignedInDesk::Context people;
    people.window = window.get();
    people.database = m_database.get();
    people.auth = m_auth.get();
    people.audit = m_audit.get();
    people.approvals = m_approvals.get();
    people.service = m_service.get();
    people.user = user;
    people.profileName = m_profileName;
    people.demo = m_demo;
    new SignedInDesk(people, window.get());
    TransactionActions *actions = window->actions();
    connect(m_reconciler.get(), &Reconciler::decided, actions, [actions](const ReconcileDecision &decision) {
        if (decision.verdict != ReconcileDecision::Verdict::LateApplied)
            return;
        Operation op;
        op.id = decision.operationId;
        op.kind = decision.kind;
        op.amount = decision.amount.minorUnits();
        op.currency = decision.amount.currency();
        actions->warnLateApplied(decision.merchantReference, {op}, decision.reason);
    });
    window->restoreSettings();
    return window;
}
