#include "demodesk.h"

#include "apssimulator.h"
#include "simulatorreport.h"
#include "simulatorsettings.h"

#include "services/authservice.h"
#include "services/deskservices.h"
#include "services/refundgate.h"
#include "services/secretsource.h"
#include "store/auditkeyprovider.h"
#include "store/database.h"
#include "store/profilerepository.h"
#include "store/reportimporter.h"
#include "store/transactionrepository.h"

#include <QBuffer>
#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>

DemoDesk::DemoDesk() = default;

DemoDesk::~DemoDesk() = default;

QList<DemoDesk::Person> DemoDesk::people()
{
    // Public on purpose: they only open the throw-away demo cache.
    return {{QStringLiteral("olivia"), Role::Operator, QStringLiteral("olivia-demo")},
            {QStringLiteral("adam"), Role::Approver, QStringLiteral("adam-demo")},
            {QStringLiteral("admin"), Role::Admin, QStringLiteral("admin-demo")}};
}

std::unique_ptr<DeskServices> DemoDesk::takeServices()
{
    return std::move(m_services);
}

quint16 DemoDesk::simulatorPort() const
{
    return m_simulator->port();
}

std::unique_ptr<DemoDesk> DemoDesk::start(QString *error)
{
    std::unique_ptr<DemoDesk> demo(new DemoDesk);
    demo->m_dir =
        std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("paydesk-demo-XXXXXX")));
    if (!demo->m_dir->isValid()) {
        *error = QStringLiteral("Could not create a folder for the demo: %1").arg(demo->m_dir->errorString());
        return nullptr;
    }
    demo->m_simulator = std::make_unique<ApsSimulator>(SimulatorSettings::demo());
    demo->m_simulator->seedDemo();
    if (demo->m_simulator->listen(0) == 0) {
        *error = QStringLiteral("Could not start the demo payment simulator on this computer.");
        return nullptr;
    }
    if (!demo->createCache(error) || !demo->addPeople(error))
        return nullptr;
    demo->addRefundRequests();
    return demo;
}

// The cache: the simulator's merchant account, a key file beside it, the profile pointing at the simulator,
// the simulator's report imported; then the desk over it with the demo credentials.
bool DemoDesk::createCache(QString *error)
{
    const SimulatorSettings settings = SimulatorSettings::demo();
    const QString path = m_dir->filePath(QStringLiteral("paydesk.db"));
    StoreResult<std::unique_ptr<Database>> created =
        Database::create(path, settings.merchantIdentifier, QStringLiteral("simulator"));
    const StoreStatus key = created.ok()
                                ? FileAuditKeyProvider::createKeyFile(FileAuditKeyProvider::keyPathFor(path))
                                : created.status();
    if (!key.ok()) {
        *error = key.message;
        return false;
    }
    const ProfileRepository profiles(**created);
    StoreResult<MerchantProfile> profile = profiles.loadOrDefault(QStringLiteral("default"));
    if (!profile.ok()) {
        *error = profile.message;
        return false;
    }
    profile->endpoint =
        QUrl(QStringLiteral("http://127.0.0.1:%1/FortAPI/paymentApi").arg(m_simulator->port()));
    profile->shaType = settings.shaType;
    profile->captureWindowDays = settings.expiryDays;
    if (const StoreStatus saved = profiles.save(*profile); !saved.ok()) {
        *error = saved.message;
        return false;
    }

    ImportOptions options;
    options.captureWindow = std::chrono::hours(24 * settings.expiryDays);
    QByteArray csv = SimulatorReport::transactionCsv(m_simulator->book());
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    const StoreResult<ImportReport> imported = ReportImporter(**created, options).importDevice(&buffer);
    if (!imported.ok()) {
        *error = imported.message;
        return false;
    }

    const ApsCredentials credentials{QString::fromUtf16(SimulatorSettings::demoAccessCode),
                                     QString::fromUtf16(SimulatorSettings::demoRequestPhrase),
                                     QString::fromUtf16(SimulatorSettings::demoResponsePhrase)};
    DeskServices::Options desk;
    desk.secrets = std::make_unique<FixedSecretSource>(credentials, credentials);
    // The demo's throw-away cache is new every time: nothing to remember.
    desk.rememberAuditHeads = false;
    auto composed = DeskServices::compose(std::move(*created), std::move(desk));
    if (!composed.ok()) {
        *error = composed.message;
        return false;
    }
    m_services = std::move(*composed);
    return true;
}

bool DemoDesk::addPeople(QString *error)
{
    // An approver granted by one admin waits for a second one (AuthService): a setup admin, disabled
    // afterwards, adds the demo's people and the demo admin confirms the approver, so the demo approves at
    // once and shows the confirmation in its audit log. The services are built on first use, after this.
    const AuthService &auth = m_services->auth();
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
    for (const Person &person : people()) {
        // The first user must be the admin.
        if (person.role != Role::Admin)
            continue;
        admin = person.name;
        if (!check(auth.addUser(QStringLiteral("demo"), person.name, person.role, person.password)) ||
            !check(auth.addUser(admin, setup, Role::Admin, setupPassword)))
            return false;
    }
    for (const Person &other : people()) {
        if (other.role == Role::Admin)
            continue;
        if (!check(auth.addUser(setup, other.name, other.role, other.password)))
            return false;
        if (other.role == Role::Approver && !check(auth.confirmUser(admin, other.name)))
            return false;
    }
    return check(auth.setDisabled(admin, setup, true));
}

// Two refunds olivia asked for, so the approval queue has something to show at once. They are held the way
// PaymentService holds a refund at the threshold: checked against the row, reserved, audited.
void DemoDesk::addRefundRequests()
{
    const QString requester = people().constFirst().name;
    const QStringList reasons = {QStringLiteral("Customer returned the goods"),
                                 QStringLiteral("Charged twice at the till")};
    const Database &database = m_services->database();
    const TransactionRules &rules = m_services->rules();
    const TransactionRepository transactions(database, rules);
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
            transactions.findByReference(database.merchantIdentifier(), order->merchantReference);
        if (!tx.ok() || tx->captured <= tx->refunded)
            continue;
        const Money amount = Money::fromMinor((tx->captured - tx->refunded) / 2, tx->currency);
        if (amount.minorUnits() <= 0 ||
            !rules.checkAmount(TransactionRules::Action::Refund, *tx, amount, now).allowed)
            continue;
        const StoreStatus held = database.withWriteTransaction([&] {
            return m_services->refundGate().hold(*tx, amount, reasons.at(made), requester, now).status();
        });
        if (held.ok())
            ++made;
    }
}
