#include "auditedstore.h"
#include "domain/passwordhash.h"
#include "services/approvalservice.h"
#include "services/authservice.h"
#include "services/refundgate.h"
#include "store/migrationrunner.h"
#include "store/peopleseal.h"
#include "teststore.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The rules around the rules: users, roles, password hashes, approver confirmations, approval thresholds and
// the fact that users exist are sealed with the audit key, so an edit of the database file by someone
// without the key refuses sign-in and every permission, naming what was edited; and an approver granted by
// one admin waits for a second one.
class tst_PeopleSeal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void changesThroughPayDeskStayIntact();
    void editOutsideIsFound_data();
    void editOutsideIsFound();
    void deletingEveryUserNeverReturnsToBootstrap();
    void olderCopyOfARowIsFound();
    void databaseFromSchema4IsSealedOnceAndAudited();
    void approverWaitsForASecondAdmin();
    void approverOfTheOnlyAdminWaitsTheWaitingPeriod();
    void confirmationIsSealedToo();

private:
    // Runs `sql` on a connection of its own, as sqlite3 would: no PayDesk code, no key.
    void editOutside(const QString &sql);
    void addPeople();

    std::unique_ptr<AuditedStore> m_store;
    std::unique_ptr<AuthService> m_auth;
    QDateTime m_now;
};

void tst_PeopleSeal::init()
{
    m_store = std::make_unique<AuditedStore>();
    QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
    m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    m_auth = std::make_unique<AuthService>(m_store->database(), m_store->log(), [this] { return m_now; });
}

void tst_PeopleSeal::cleanup()
{
    m_auth.reset();
    m_store.reset();
}

void tst_PeopleSeal::editOutside(const QString &sql)
{
    const QString error =
        TestStore::runOutside(m_store->database().path(), sql.split(u';', Qt::SkipEmptyParts));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_PeopleSeal::addPeople()
{
    const AuthStatus first = m_auth->addUser(QStringLiteral("x"), QStringLiteral("ada"), Role::Admin,
                                             QStringLiteral("ada-password"));
    QVERIFY2(first.ok(), qPrintable(first.message));
    QVERIFY(m_auth
                ->addUser(QStringLiteral("ada"), QStringLiteral("olivia"), Role::Operator,
                          QStringLiteral("olivia-password"))
                .ok());
    QVERIFY(m_auth
                ->addUser(QStringLiteral("ada"), QStringLiteral("vic"), Role::Viewer,
                          QStringLiteral("vic-password"))
                .ok());
}

void tst_PeopleSeal::changesThroughPayDeskStayIntact()
{
    addPeople();
    QVERIFY(m_auth->setRole(QStringLiteral("ada"), QStringLiteral("vic"), Role::Operator).ok());
    QVERIFY(m_auth->setDisabled(QStringLiteral("ada"), QStringLiteral("vic"), true).ok());
    QVERIFY(m_auth
                ->setPassword(QStringLiteral("olivia"), QStringLiteral("olivia"),
                              QStringLiteral("olivia-new-password"))
                .ok());
    QVERIFY(
        m_auth->resetAdmin(QStringLiteral("os:root"), QString(), QStringLiteral("ada-new-password")).ok());
    RefundGate gate(m_store->database(), &m_store->log(), QStringLiteral("default"));
    ApprovalService::Dependencies deps;
    deps.database = &m_store->database();
    deps.audit = &m_store->log();
    deps.authorizer = m_auth.get();
    deps.gate = &gate;
    ApprovalService approvals(deps);
    QVERIFY(approvals.setThreshold(QStringLiteral("ada"), QStringLiteral("AED"), 5000).ok());
    QVERIFY(approvals.setThreshold(QStringLiteral("ada"), QStringLiteral("KWD"), 1000).ok());
    QVERIFY(approvals.setThreshold(QStringLiteral("ada"), QStringLiteral("KWD"), std::nullopt).ok());

    const auto problems = m_auth->integrity();
    QVERIFY2(problems.ok(), qPrintable(problems.message));
    QCOMPARE(*problems, QStringList());
    QVERIFY(m_auth->signIn(QStringLiteral("olivia"), QStringLiteral("olivia-new-password")).ok());
    QVERIFY(m_auth->authorize(QStringLiteral("olivia"), Permission::Capture).allowed);
    QVERIFY(m_store->log().verify().ok());
}

void tst_PeopleSeal::editOutsideIsFound_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("found");
    QTest::newRow("role raised") << QStringLiteral("UPDATE users SET role = 'admin' WHERE name = 'olivia'")
                                 << QStringLiteral("user olivia: role or password changed outside PayDesk");
    QTest::newRow("password hash copied")
        << QStringLiteral("UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE name = "
                          "'vic') WHERE name = 'ada'")
        << QStringLiteral("user ada: role or password changed outside PayDesk");
    QTest::newRow("disabled flipped") << QStringLiteral("UPDATE users SET disabled = 1 WHERE name = 'vic'")
                                      << QStringLiteral("user vic: role or password changed outside PayDesk");
    QTest::newRow("user inserted")
        << QStringLiteral("INSERT INTO users (name, role, password_hash, created_at) SELECT 'eve', 'admin', "
                          "password_hash, 0 FROM users WHERE name = 'vic'")
        << QStringLiteral("user eve: role or password changed outside PayDesk");
    QTest::newRow("threshold raised")
        << QStringLiteral("UPDATE approval_thresholds SET threshold = 100000000 WHERE currency = 'AED'")
        << QStringLiteral("approval threshold AED changed outside PayDesk");
    QTest::newRow("threshold inserted")
        << QStringLiteral("INSERT INTO approval_thresholds (profile, currency, threshold) VALUES ('default', "
                          "'USD', 100000000)")
        << QStringLiteral("approval threshold USD changed outside PayDesk");
    QTest::newRow("threshold deleted") << QStringLiteral("DELETE FROM approval_thresholds")
                                       << QStringLiteral("an approval threshold was deleted outside PayDesk");
    QTest::newRow("one user deleted") << QStringLiteral("DELETE FROM users WHERE name = 'vic'")
                                      << QStringLiteral("users were deleted outside PayDesk");
    QTest::newRow("seal removed")
        << QStringLiteral("DELETE FROM meta WHERE key = 'people_seal'")
        << QStringLiteral("the seal of users and approval thresholds was removed outside PayDesk");
}

void tst_PeopleSeal::editOutsideIsFound()
{
    QFETCH(QString, sql);
    QFETCH(QString, found);
    addPeople();
    RefundGate gate(m_store->database(), &m_store->log(), QStringLiteral("default"));
    ApprovalService::Dependencies deps;
    deps.database = &m_store->database();
    deps.audit = &m_store->log();
    deps.authorizer = m_auth.get();
    deps.gate = &gate;
    ApprovalService approvals(deps);
    QVERIFY(approvals.setThreshold(QStringLiteral("ada"), QStringLiteral("AED"), 5000).ok());
    QCOMPARE(*m_auth->integrity(), QStringList());

    editOutside(sql);

    const auto problems = m_auth->integrity();
    QVERIFY2(problems.ok(), qPrintable(problems.message));
    QVERIFY2(problems->contains(found), qPrintable(problems->join(u'|')));
    // Nobody signs in, not even the people whose rows are intact, and no permission is granted.
    const SignInResult signedIn = m_auth->signIn(QStringLiteral("olivia"), QStringLiteral("olivia-password"));
    QCOMPARE(signedIn.status, SignInStatus::Tampered);
    QVERIFY2(signedIn.message.contains(found), qPrintable(signedIn.message));
    QVERIFY(!m_auth->authorize(QStringLiteral("olivia"), Permission::Capture).allowed);
    QVERIFY(!m_auth->authorize(QStringLiteral("ada"), Permission::ManageUsers).allowed);
    QCOMPARE(m_store->auditCount(QStringLiteral("sign_in"), QStringLiteral("refused")), 1);
}

void tst_PeopleSeal::deletingEveryUserNeverReturnsToBootstrap()
{
    addPeople();
    editOutside(QStringLiteral("DELETE FROM users"));
    QCOMPARE(*m_auth->hasUsers(), true);
    QVERIFY(m_auth->integrity()->contains(QStringLiteral("users were deleted outside PayDesk")));
    // Nobody can become "the first admin" again.
    QCOMPARE(m_auth
                 ->addUser(QStringLiteral("mallory"), QStringLiteral("mallory"), Role::Admin,
                           QStringLiteral("mallory-password"))
                 .error,
             AuthError::PermissionDenied);

    // Nor with the roster removed as well: the audit chain remembers the users that were added.
    editOutside(
        QStringLiteral("DELETE FROM meta WHERE key IN ('users_since', 'users_count', 'people_seal')"));
    QCOMPARE(*m_auth->hasUsers(), true);
    QVERIFY(m_auth->integrity()->contains(QStringLiteral("users were deleted outside PayDesk")));
    QCOMPARE(m_auth->signIn(QStringLiteral("mallory"), QStringLiteral("mallory-password")).status,
             SignInStatus::Tampered);
}

void tst_PeopleSeal::olderCopyOfARowIsFound()
{
    addPeople();
    QSqlQuery old(m_store->database().connection());
    QVERIFY(old.exec(QStringLiteral("SELECT role, mac FROM users WHERE name = 'olivia'")) && old.next());
    const QString role = old.value(0).toString();
    const QString mac = old.value(1).toString();
    old.finish();
    QVERIFY(m_auth->setRole(QStringLiteral("ada"), QStringLiteral("olivia"), Role::Viewer).ok());
    editOutside(
        QStringLiteral("UPDATE users SET role = '%1', mac = '%2' WHERE name = 'olivia'").arg(role, mac));
    QCOMPARE(*m_auth->integrity(),
             QStringList{QStringLiteral(
                 "users or approval thresholds were replaced by an older copy outside PayDesk")});
}

void tst_PeopleSeal::databaseFromSchema4IsSealedOnceAndAudited()
{
    // A schema-4 database with a user and a threshold written before seals existed.
    QTemporaryDir dir;
    const QString migrations = dir.filePath(QStringLiteral("m4"));
    QVERIFY(QDir().mkpath(migrations));
    for (const QString &file : QDir(QStringLiteral(":/migrations")).entryList(QDir::Files)) {
        if (file.startsWith(QLatin1String("000")) && file.at(3) <= u'4')
            QVERIFY(QFile::copy(QStringLiteral(":/migrations/") + file, migrations + u'/' + file));
    }
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        DatabaseOptions options;
        options.migrationsDirectory = migrations;
        auto created = Database::create(path, QStringLiteral("MERCH1"), QStringLiteral("simulator"), options);
        QVERIFY2(created.ok(), qPrintable(created.message));
        QCOMPARE((*created)->schemaVersion(), 4);
        QSqlQuery query((*created)->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO profiles (name, updated_at) VALUES ('default', 0)")));
        QVERIFY(query.exec(
            QStringLiteral(
                "INSERT INTO users (name, role, password_hash, created_at) VALUES ('ada', 'admin', '%1', 0)")
                .arg(PasswordHash::create(QStringLiteral("ada-password")))));
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO approval_thresholds VALUES ('default', 'AED', 5000)")));
    }
    QVERIFY(FileAuditKeyProvider::createKeyFile(FileAuditKeyProvider::keyPathFor(path)).ok());
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QCOMPARE((*opened)->schemaVersion(), MigrationRunner().latestVersion());
    FileAuditKeyProvider keys(FileAuditKeyProvider::keyPathFor(path));
    AuditLog log(**opened, keys);
    AuthService auth(**opened, log);

    QCOMPARE(*auth.integrity(), QStringList());
    QVERIFY(auth.signIn(QStringLiteral("ada"), QStringLiteral("ada-password")).ok());
    QSqlQuery audited((*opened)->connection());
    QVERIFY(audited.exec(QStringLiteral("SELECT details FROM audit_log WHERE action = 'people_seal'")));
    QVERIFY(audited.next());
    QVERIFY2(audited.value(0).toString().contains(QStringLiteral("1 users and 1 approval thresholds")),
             qPrintable(audited.value(0).toString()));
    QVERIFY(!audited.next());
    audited.finish();

    // Sealed once: removing the seal does not make PayDesk seal the file again as it is.
    QSqlQuery edit((*opened)->connection());
    QVERIFY(edit.exec(QStringLiteral("UPDATE users SET role = 'viewer'")));
    QVERIFY(edit.exec(QStringLiteral("DELETE FROM meta WHERE key = 'people_seal'")));
    const auto problems = auth.integrity();
    QVERIFY(problems->contains(QStringLiteral("user ada: role or password changed outside PayDesk")));
    QVERIFY(problems->contains(
        QStringLiteral("the seal of users and approval thresholds was removed outside PayDesk")));
}

void tst_PeopleSeal::approverWaitsForASecondAdmin()
{
    addPeople();
    QVERIFY(m_auth
                ->addUser(QStringLiteral("ada"), QStringLiteral("bea"), Role::Admin,
                          QStringLiteral("bea-password"))
                .ok());
    // Created as an approver, and promoted to one.
    QVERIFY(m_auth
                ->addUser(QStringLiteral("ada"), QStringLiteral("amir"), Role::Approver,
                          QStringLiteral("amir-password"))
                .ok());
    QVERIFY(m_auth->setRole(QStringLiteral("ada"), QStringLiteral("olivia"), Role::Approver).ok());
    for (const QString &name : {QStringLiteral("amir"), QStringLiteral("olivia")}) {
        for (const Permission permission : {Permission::ApproveRefund, Permission::ConfirmResolution}) {
            const AuthorizationDecision decision = m_auth->authorize(name, permission);
            QVERIFY(!decision.allowed);
            QVERIFY2(decision.reason.contains(QStringLiteral("users confirm")), qPrintable(decision.reason));
            QCOMPARE(decision.refusal, AuthorizationDecision::Refusal::AwaitsConfirmation);
        }
        // The rest of the role works at once.
        QVERIFY(m_auth->authorize(name, Permission::Capture).allowed);
    }
    // With two admins, waiting does not help.
    m_now = m_now.addDays(30);
    QVERIFY(!m_auth->authorize(QStringLiteral("amir"), Permission::ApproveRefund).allowed);
    // The admin who granted it cannot confirm it; the other admin can.
    QCOMPARE(m_auth->confirmUser(QStringLiteral("ada"), QStringLiteral("amir")).error, AuthError::SameAdmin);
    QCOMPARE(m_auth->confirmUser(QStringLiteral("olivia"), QStringLiteral("amir")).error,
             AuthError::PermissionDenied);
    QVERIFY(m_auth->confirmUser(QStringLiteral("bea"), QStringLiteral("amir")).ok());
    QVERIFY(m_auth->authorize(QStringLiteral("amir"), Permission::ApproveRefund).allowed);
    QVERIFY(m_auth->authorize(QStringLiteral("amir"), Permission::ConfirmResolution).allowed);
    QVERIFY(!m_auth->authorize(QStringLiteral("olivia"), Permission::ApproveRefund).allowed);
    QCOMPARE(m_store->auditCount(QStringLiteral("user_confirm"), QStringLiteral("done")), 1);
    QCOMPARE(m_store->auditCount(QStringLiteral("user_confirm"), QStringLiteral("refused")), 2);
    QCOMPARE(m_auth->confirmUser(QStringLiteral("bea"), QStringLiteral("amir")).error,
             AuthError::NothingToConfirm);
    // A demotion and promotion asks again.
    QVERIFY(m_auth->setRole(QStringLiteral("bea"), QStringLiteral("amir"), Role::Operator).ok());
    QVERIFY(m_auth->setRole(QStringLiteral("bea"), QStringLiteral("amir"), Role::Approver).ok());
    QVERIFY(!m_auth->authorize(QStringLiteral("amir"), Permission::ApproveRefund).allowed);
    QCOMPARE(*m_auth->integrity(), QStringList());
}

void tst_PeopleSeal::approverOfTheOnlyAdminWaitsTheWaitingPeriod()
{
    addPeople();
    QVERIFY(m_auth
                ->addUser(QStringLiteral("ada"), QStringLiteral("amir"), Role::Approver,
                          QStringLiteral("amir-password"))
                .ok());
    m_now = m_now.addSecs(std::chrono::seconds(AuthService::ApproverWaitingPeriod).count() - 60);
    const AuthorizationDecision early = m_auth->authorize(QStringLiteral("amir"), Permission::ApproveRefund);
    QVERIFY(!early.allowed);
    QVERIFY2(early.reason.contains(QStringLiteral("or until 2026-03-02T09:00:00Z")),
             qPrintable(early.reason));
    m_now = m_now.addSecs(60);
    QVERIFY(m_auth->authorize(QStringLiteral("amir"), Permission::ApproveRefund).allowed);
    // Signing in after the wait records the confirmation.
    QVERIFY(m_auth->signIn(QStringLiteral("amir"), QStringLiteral("amir-password")).ok());
    QCOMPARE(m_store->auditCount(QStringLiteral("user_confirm"), QStringLiteral("done")), 1);
    QCOMPARE(m_auth->user(QStringLiteral("amir"))->confirmedBy, QStringLiteral("waiting period"));
    QCOMPARE(*m_auth->integrity(), QStringList());
}

void tst_PeopleSeal::confirmationIsSealedToo()
{
    addPeople();
    QVERIFY(m_auth
                ->addUser(QStringLiteral("ada"), QStringLiteral("amir"), Role::Approver,
                          QStringLiteral("amir-password"))
                .ok());
    editOutside(QStringLiteral("UPDATE users SET confirmed_by = 'bea' WHERE name = 'amir'"));
    QVERIFY(!m_auth->authorize(QStringLiteral("amir"), Permission::ApproveRefund).allowed);
    QVERIFY(
        m_auth->integrity()->contains(QStringLiteral("user amir: role or password changed outside PayDesk")));
}

QTEST_GUILESS_MAIN(tst_PeopleSeal)
#include "tst_peopleseal.moc"
