#include "services/approvalservice.h"
#include "services/authservice.h"
#include "services/deskservices.h"
#include "services/manualreviewservice.h"
#include "services/profileservice.h"
#include "store/auditkeyprovider.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The composition root both front ends use: a desk composed over a cache on disk, with the bootstrap rule
// (no users: nothing is checked; the first admin switches the checks on) and refusals audited.
class tst_DeskServices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void defaultCachePathIsInTheDataFolder();
    void missingCacheIsNotCreated();
    void composesOverTheCache();
    void withoutUsersNothingIsChecked();
    void firstAdminSwitchesChecksOn();

private:
    int auditCount(const QString &action, const QString &outcome) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<DeskServices> m_desk;
};

void tst_DeskServices::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("paydesk.db"));
    {
        auto created = Database::create(m_path, QStringLiteral("MERCH1"), QStringLiteral("sandbox"));
        QVERIFY2(created.ok(), qPrintable(created.message));
    }
    QVERIFY(FileAuditKeyProvider::createKeyFile(FileAuditKeyProvider::keyPathFor(m_path)).ok());
    DeskServices::Options options;
    options.rememberAuditHeads = false;
    auto opened = DeskServices::open(m_path, std::move(options));
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    m_desk = std::move(*opened);
    // What paydeskctl init writes: the profile the thresholds belong to.
    const ProfileStatus saved = m_desk->profiles().save(QStringLiteral("setup"), m_desk->profile(),
                                                        QStringLiteral("profile default"));
    QVERIFY2(saved.ok(), qPrintable(saved.message));
}

void tst_DeskServices::cleanup()
{
    m_desk.reset();
    m_dir.reset();
}

int tst_DeskServices::auditCount(const QString &action, const QString &outcome) const
{
    QSqlQuery query(m_desk->database().connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND outcome = ?"));
    query.addBindValue(action);
    query.addBindValue(outcome);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

void tst_DeskServices::defaultCachePathIsInTheDataFolder()
{
    const QString path = DeskServices::defaultCachePath();
    QVERIFY(path.endsWith(QStringLiteral("/paydesk.db")));
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

void tst_DeskServices::missingCacheIsNotCreated()
{
    const QString missing = m_dir->filePath(QStringLiteral("none.db"));
    const auto opened = DeskServices::open(missing, {});
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error, StoreError::Missing);
    QVERIFY(!QFile::exists(missing));
}

void tst_DeskServices::composesOverTheCache()
{
    QCOMPARE(m_desk->database().merchantIdentifier(), QStringLiteral("MERCH1"));
    QCOMPARE(m_desk->profileName(), QStringLiteral("default"));
    QCOMPARE(m_desk->profile().merchantIdentifier, QStringLiteral("MERCH1"));
    QVERIFY(!m_desk->auditHeads());
    // One service of each kind, the same on every call.
    QCOMPARE(&m_desk->payments(), &m_desk->payments());
    QCOMPARE(&m_desk->approvals(), &m_desk->approvals());
    QCOMPARE(&m_desk->reconciler(), &m_desk->reconciler());
    QCOMPARE(&m_desk->reviews(), &m_desk->reviews());
}

void tst_DeskServices::withoutUsersNothingIsChecked()
{
    QVERIFY(!m_desk->hasUsers());
    QVERIFY(!m_desk->authorizer());
    const ApprovalStatus set =
        m_desk->approvals().setThreshold(QStringLiteral("anyone"), QStringLiteral("AED"), 5000);
    QVERIFY2(set.ok(), qPrintable(set.message));
    QCOMPARE(auditCount(QStringLiteral("approval_threshold"), QStringLiteral("done")), 1);
}

void tst_DeskServices::firstAdminSwitchesChecksOn()
{
    // Built before the first user: without checks.
    ApprovalService *before = &m_desk->approvals();
    QVERIFY(before->mayDecide(QStringLiteral("nobody")).allowed);

    QVERIFY(!m_desk->addFirstAdmin(QStringLiteral("os-user"), QStringLiteral("ada"), QStringLiteral("short"))
                 .ok());
    QVERIFY(!m_desk->hasUsers());
    const AuthStatus added = m_desk->addFirstAdmin(QStringLiteral("os-user"), QStringLiteral("ada"),
                                                   QStringLiteral("long-enough-1"));
    QVERIFY2(added.ok(), qPrintable(added.message));
    QVERIFY(m_desk->hasUsers());
    QCOMPARE(m_desk->authorizer(), static_cast<const Authorizer *>(&m_desk->auth()));
    QVERIFY(m_desk->auth()
                .addUser(QStringLiteral("ada"), QStringLiteral("olga"), Role::Operator,
                         QStringLiteral("long-enough-2"))
                .ok());

    const SignInResult signedIn =
        m_desk->auth().signIn(QStringLiteral("olga"), QStringLiteral("long-enough-2"));
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.message));
    QCOMPARE(signedIn.user->role, Role::Operator);

    // The services built now ask AuthService: an operator may not set a threshold, and the refusal is
    // audited.
    const ApprovalStatus refused =
        m_desk->approvals().setThreshold(QStringLiteral("olga"), QStringLiteral("AED"), 5000);
    QCOMPARE(refused.error, ApprovalError::PermissionDenied);
    QCOMPARE(auditCount(QStringLiteral("approval_threshold"), QStringLiteral("refused")), 1);
    QVERIFY(!m_desk->approvals().mayDecide(QStringLiteral("olga")).allowed);
    const ProfileStatus profile =
        m_desk->profiles().save(QStringLiteral("olga"), m_desk->profile(), QStringLiteral("profile default"));
    QCOMPARE(profile.error, ProfileError::PermissionDenied);
    QCOMPARE(auditCount(QStringLiteral("profile set"), QStringLiteral("refused")), 1);
    QVERIFY(!m_desk->reviews().pending(QStringLiteral("nobody")).ok());
    QVERIFY(m_desk->approvals().setThreshold(QStringLiteral("ada"), QStringLiteral("AED"), 5000).ok());
}

QTEST_GUILESS_MAIN(tst_DeskServices)
#include "tst_deskservices.moc"
