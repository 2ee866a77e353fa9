#include "auditedstore.h"
#include "services/authservice.h"
#include "services/profileservice.h"
#include "store/profilerepository.h"

#include <QStandardPaths>
#include <QTest>

// Saving the merchant profile: settings are an admin's (an operator's attempt is refused and audited), a bad
// value is refused naming its field, and the profile with its audit entry is written in one transaction.
class tst_ProfileService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void operatorIsRefusedAndAudited();
    void invalidValueNamesItsField_data();
    void invalidValueNamesItsField();
    void saveClearsMoneyBlockAndAudits();
    void noAuditNoSave();

private:
    MerchantProfile stored() const
    {
        return *ProfileRepository(m_store->database()).loadOrDefault(QStringLiteral("default"));
    }
    ProfileService service(const Authorizer *authorizer) const
    {
        return ProfileService({&m_store->database(), &m_store->log(), authorizer});
    }

    std::unique_ptr<AuditedStore> m_store;
    std::unique_ptr<AuthService> m_auth;
};

void tst_ProfileService::init()
{
    m_store = std::make_unique<AuditedStore>();
    QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
    m_auth = std::make_unique<AuthService>(m_store->database(), m_store->log());
}

void tst_ProfileService::cleanup()
{
    m_auth.reset();
    m_store.reset();
}

void tst_ProfileService::operatorIsRefusedAndAudited()
{
    QVERIFY(m_auth
                ->addUser(QStringLiteral("setup"), QStringLiteral("ada"), Role::Admin,
                          QStringLiteral("long-enough-1"))
                .ok());
    QVERIFY(m_auth
                ->addUser(QStringLiteral("ada"), QStringLiteral("olga"), Role::Operator,
                          QStringLiteral("long-enough-2"))
                .ok());
    MerchantProfile profile = stored();
    const int timeout = profile.timeoutSeconds;
    profile.timeoutSeconds = timeout + 1;
    const ProfileStatus refused =
        service(m_auth.get()).save(QStringLiteral("olga"), profile, QStringLiteral("t"));
    QCOMPARE(refused.error, ProfileError::PermissionDenied);
    QVERIFY(!refused.message.isEmpty());
    QCOMPARE(stored().timeoutSeconds, timeout);
    QCOMPARE(m_store->auditCount(QStringLiteral("profile set"), QStringLiteral("refused")), 1);
    QCOMPARE(m_store->auditCount(QStringLiteral("profile set"), QStringLiteral("done")), 0);

    const ProfileStatus saved =
        service(m_auth.get()).save(QStringLiteral("ada"), profile, QStringLiteral("t"));
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    QCOMPARE(stored().timeoutSeconds, timeout + 1);
    QCOMPARE(m_store->auditCount(QStringLiteral("profile set"), QStringLiteral("done")), 1);
}

void tst_ProfileService::invalidValueNamesItsField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("endpoint") << QStringLiteral("endpoint") << QStringLiteral("endpoint: must be https://");
    QTest::newRow("language") << QStringLiteral("language") << QStringLiteral("language: en or ar");
    QTest::newRow("timeout") << QStringLiteral("timeout-s") << QStringLiteral("timeout-s: 1 to 600 seconds");
    QTest::newRow("capture window") << QStringLiteral("capture-window-days")
                                    << QStringLiteral("capture-window-days: 1 to 365 days");
    QTest::newRow("time zone") << QStringLiteral("time-zone")
                               << QStringLiteral("time-zone: unknown time zone \"Mars/Olympus\"");
}

void tst_ProfileService::invalidValueNamesItsField()
{
    QFETCH(QString, field);
    QFETCH(QString, message);
    MerchantProfile profile = stored();
    if (field == QLatin1String("endpoint"))
        profile.endpoint = QUrl(QStringLiteral("http://paymentservices.example.com/FortAPI"));
    else if (field == QLatin1String("language"))
        profile.language = QStringLiteral("fr");
    else if (field == QLatin1String("timeout-s"))
        profile.timeoutSeconds = 0;
    else if (field == QLatin1String("capture-window-days"))
        profile.captureWindowDays = 400;
    else
        profile.timeZone = QStringLiteral("Mars/Olympus");
    const ProfileStatus status =
        service(nullptr).save(QStringLiteral("anyone"), profile, QStringLiteral("t"));
    QCOMPARE(status.error, ProfileError::Invalid);
    QCOMPARE(status.field, field);
    QVERIFY2(status.message.startsWith(message), qPrintable(status.message));
    QCOMPARE(ProfileService::validate(profile).field, field);
    QCOMPARE(m_store->auditCount(QStringLiteral("profile set")), 0);
}

void tst_ProfileService::saveClearsMoneyBlockAndAudits()
{
    MerchantProfile blocked = stored();
    blocked.moneyBlockedReason = QStringLiteral("00008 signature mismatch");
    QVERIFY(ProfileRepository(m_store->database()).save(blocked).ok());
    QVERIFY(stored().isMoneyBlocked());

    MerchantProfile changed = stored();
    changed.warningHours = 48;
    const ProfileStatus saved = service(nullptr).save(QStringLiteral("desk"), changed,
                                                      QStringLiteral("profile default: warning-hours"));
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    QCOMPARE(stored().warningHours, 48);
    QVERIFY(!stored().isMoneyBlocked());
    QCOMPARE(m_store->auditCount(QStringLiteral("profile set"), QStringLiteral("done")), 1);
}

void tst_ProfileService::noAuditNoSave()
{
    // An audit log whose key is gone cannot append: the profile stays as it was.
    const FileAuditKeyProvider missingKey(m_store->database().path() + QStringLiteral(".nokey"));
    const AuditLog unkeyed(m_store->database(), missingKey);
    MerchantProfile changed = stored();
    const int timeout = changed.timeoutSeconds;
    changed.timeoutSeconds = timeout + 5;
    const ProfileStatus status =
        ProfileService({&m_store->database(), &unkeyed, nullptr}).save(QStringLiteral("desk"), changed, {});
    QCOMPARE(status.error, ProfileError::Store);
    QCOMPARE(stored().timeoutSeconds, timeout);
}

QTEST_GUILESS_MAIN(tst_ProfileService)
#include "tst_profileservice.moc"
