#include "desksession.h"

#include "mainwindow.h"
#include "signedindesk.h"
#include "transactionactions.h"

#include "services/approvalservice.h"
#include "services/authservice.h"
#include "services/deskservices.h"
#include "services/paymentservice.h"
#include "services/reconciler.h"

namespace {

QString deskUserName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("desk") : user;
}

} // namespace

DeskSession::DeskSession(std::unique_ptr<DeskServices> services, std::unique_ptr<QObject> demo)
    : m_demo(std::move(demo))
    , m_services(std::move(services))
{
    m_services->startBackgroundWork();
}

// The services go before the demo's simulator they talk to (members are destroyed in reverse order).
DeskSession::~DeskSession() = default;

std::unique_ptr<DeskSession> DeskSession::openCache(const QString &path, const QString &profile,
                                                    QString *error)
{
    DeskServices::Options options;
    options.profileName = profile;
    auto opened = DeskServices::open(path, std::move(options));
    if (!opened.ok()) {
        *error = opened.message;
        return nullptr;
    }
    return std::make_unique<DeskSession>(std::move(*opened));
}

const Database &DeskSession::database() const
{
    return m_services->database();
}

PaymentService *DeskSession::service() const
{
    return &m_services->payments();
}

const TransactionRules &DeskSession::rules() const
{
    return m_services->rules();
}

AuthService &DeskSession::auth() const
{
    return m_services->auth();
}

const AuditLog &DeskSession::audit() const
{
    return m_services->audit();
}

ApprovalService *DeskSession::approvals() const
{
    return &m_services->approvals();
}

const QString &DeskSession::profileName() const
{
    return m_services->profileName();
}

bool DeskSession::hasUsers() const
{
    return m_services->hasUsers();
}

bool DeskSession::addFirstAdmin(const QString &name, const QString &password, QString *error)
{
    const AuthStatus added = m_services->addFirstAdmin(deskUserName(), name, password);
    if (!added.ok())
        *error = added.message;
    return added.ok();
}

std::unique_ptr<MainWindow> DeskSession::createWindow(const User &user) const
{
    MainWindow::Context context;
    context.database = &database();
    context.service = service();
    context.rules = rules();
    context.userName = user.name;
    context.demo = isDemo();
    auto window = std::make_unique<MainWindow>(context);
    SignedInDesk::Context people;
    people.window = window.get();
    people.database = &database();
    people.auth = &auth();
    people.audit = &audit();
    people.approvals = approvals();
    people.service = service();
    people.profiles = &m_services->profiles();
    people.user = user;
    people.profileName = profileName();
    people.demo = isDemo();
    new SignedInDesk(people, window.get());
    TransactionActions *actions = window->actions();
    connect(&m_services->reconciler(), &Reconciler::decided, actions,
            [actions](const ReconcileDecision &decision) {
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
