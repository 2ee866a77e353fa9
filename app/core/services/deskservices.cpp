#include "services/deskservices.h"

#include "aps/apsclient.h"
#include "services/approvalservice.h"
#include "services/manualreviewservice.h"
#include "services/paymentservice.h"
#include "services/profileservice.h"
#include "services/reconciler.h"
#include "services/refundgate.h"
#include "services/secretsource.h"
#include "store/auditheadmemory.h"
#include "store/auditkeyprovider.h"
#include "store/auditkeystore.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/profilerepository.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QStandardPaths>

QString DeskServices::defaultCachePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("paydesk.db"));
}

StoreResult<std::unique_ptr<DeskServices>> DeskServices::open(const QString &path, Options options)
{
    StoreResult<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened.ok())
        return opened.status();
    return compose(std::move(*opened), std::move(options));
}

StoreResult<std::unique_ptr<DeskServices>> DeskServices::compose(std::unique_ptr<Database> database,
                                                                 Options options)
{
    std::unique_ptr<DeskServices> desk(new DeskServices);
    desk->m_database = std::move(database);
    const StoreResult<MerchantProfile> profile =
        ProfileRepository(*desk->m_database).loadOrDefault(options.profileName);
    if (!profile.ok())
        return profile.status();
    desk->m_profile = *profile;
    desk->m_rules = TransactionRules(profile->rulesConfig());
    auto keys = AuditKeyStore::forDatabase(*desk->m_database);
    if (!keys.ok())
        return keys.status();
    desk->m_auditKey = std::move(keys->provider);
    desk->m_audit = std::make_unique<AuditLog>(*desk->m_database, *desk->m_auditKey);
    desk->m_auth = std::make_unique<AuthService>(*desk->m_database, *desk->m_audit);
    if (options.rememberAuditHeads) {
        desk->m_heads = std::make_unique<AuditHeadMemory>();
        desk->m_auth->setHeadMemory(desk->m_heads.get());
    }
    desk->m_gate = std::make_unique<RefundGate>(*desk->m_database, desk->m_audit.get(), options.profileName);
    desk->m_secrets =
        options.secrets ? std::move(options.secrets) : std::make_unique<EnvironmentSecretSource>();
    connect(&desk->m_background, &QTimer::timeout, desk.get(), [raw = desk.get()] {
        if (!raw->reconciler().isRunning())
            raw->reconciler().reconcileNow(true);
        raw->approvals().expireDue();
    });
    return desk;
}

DeskServices::~DeskServices()
{
    m_background.stop();
    // The services use the database, the audit log and the client: they go first.
    resetServices();
    m_client.reset();
    m_network.reset();
}

bool DeskServices::hasUsers() const
{
    const StoreResult<bool> has = m_auth->hasUsers();
    return has.ok() && *has;
}

const Authorizer *DeskServices::authorizer() const
{
    return hasUsers() ? m_auth.get() : nullptr;
}

AuthStatus DeskServices::addFirstAdmin(const QString &actor, const QString &name, const QString &password)
{
    const AuthStatus added = m_auth->addUser(actor, name, Role::Admin, password);
    if (added.ok())
        resetServices();
    return added;
}

void DeskServices::resetServices()
{
    m_profiles.reset();
    m_reviews.reset();
    m_approvals.reset();
    m_reconciler.reset();
    m_payments.reset();
}

PaymentService &DeskServices::payments()
{
    if (!m_payments) {
        if (!m_client) {
            m_network = std::make_unique<QNetworkAccessManager>();
            m_client = std::make_unique<ApsClient>(m_network.get());
        }
        const Authorizer *people = authorizer();
        PaymentService::Dependencies dependencies;
        dependencies.database = m_database.get();
        dependencies.client = m_client.get();
        dependencies.secrets = m_secrets.get();
        dependencies.audit = m_audit.get();
        dependencies.profileName = m_profile.name;
        dependencies.authorizer = people;
        dependencies.refundGate = people ? m_gate.get() : nullptr;
        m_payments = std::make_unique<PaymentService>(dependencies);
    }
    return *m_payments;
}

Reconciler &DeskServices::reconciler()
{
    if (!m_reconciler) {
        m_reconciler = std::make_unique<Reconciler>(&payments(), m_database.get(), m_audit.get());
        // Whoever follows the payment service's changes (list, detail pane, approval queue) sees the
        // reconciler's settlements too.
        QObject::connect(m_reconciler.get(), &Reconciler::transactionChanged, &payments(),
                         &PaymentService::transactionChanged);
    }
    return *m_reconciler;
}

ApprovalService &DeskServices::approvals()
{
    if (!m_approvals) {
        ApprovalService::Dependencies dependencies;
        dependencies.database = m_database.get();
        dependencies.audit = m_audit.get();
        dependencies.authorizer = authorizer();
        dependencies.payments = &payments();
        dependencies.gate = m_gate.get();
        m_approvals = std::make_unique<ApprovalService>(dependencies);
    }
    return *m_approvals;
}

ManualReviewService &DeskServices::reviews()
{
    if (!m_reviews) {
        ManualReviewService::Dependencies dependencies;
        dependencies.database = m_database.get();
        dependencies.audit = m_audit.get();
        dependencies.authorizer = authorizer();
        dependencies.rules = m_rules;
        m_reviews = std::make_unique<ManualReviewService>(dependencies);
    }
    return *m_reviews;
}

const ProfileService &DeskServices::profiles()
{
    if (!m_profiles)
        m_profiles = std::make_unique<ProfileService>(
            ProfileService::Dependencies{m_database.get(), m_audit.get(), authorizer()});
    return *m_profiles;
}

void DeskServices::startBackgroundWork()
{
    m_background.setInterval(BackgroundIntervalMs);
    m_background.start();
}
