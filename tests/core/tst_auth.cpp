#include "auditedstore.h"
#include "domain/passwordhash.h"
#include "services/authservice.h"
#include "store/userrepository.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Users, passwords, sign-in, lockout and the last-admin rule, with every step in the audit chain.
class tst_Auth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void passwordHashFormat();
    void passwordHashRejects_data();
    void passwordHashRejects();
    void constantTimeEquals();
    void firstUserMustBeAdmin();
    void onlyAdminsManageUsers_data();
    void onlyAdminsManageUsers();
    void lastAdminStays();
    void signInSucceedsAndFails();
    void lockoutAfterRepeatedFailures();
    void disabledUserCannotSignInOrAct();
    void authorizeFollowsRoleChanges();
    void resetAdmin();
    void everythingIsAudited();
    void unknownNameTakesTheSamePath();
    void lastSignInComesFromTheAuditLog();

private:
    std::unique_ptr<AuditedStore> m_store;
    const Database *m_db = nullptr;
    const AuditLog *m_log = nullptr;
    std::unique_ptr<AuthService> m_auth;
    QDateTime m_now;
};

void tst_Auth::init()
{
    m_store = std::make_unique<AuditedStore>();
    QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
    m_db = &m_store->database();
    m_log = &m_store->log();
    m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    m_auth = std::make_unique<AuthService>(*m_db, *m_log, [this] { return m_now; });
}

void tst_Auth::cleanup()
{
    m_auth.reset();
    m_log = nullptr;
    m_db = nullptr;
    m_store.reset();
}

void tst_Auth::passwordHashFormat()
{
    const QString stored = PasswordHash::create(QStringLiteral("correct horse"));
    const QStringList parts = stored.split(QLatin1Char('$'));
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
    QVERIFY(parts.at(1).toInt() >= 200000);
    QVERIFY(QByteArray::fromBase64(parts.at(2).toLatin1()).size() >= 16);
    QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), 32);
    QVERIFY(PasswordHash::verify(QStringLiteral("correct horse"), stored));
    QVERIFY(!PasswordHash::verify(QStringLiteral("correct horsE"), stored));
    // A fresh salt every time.
    QVERIFY(PasswordHash::create(QStringLiteral("correct horse")) != stored);
}

void tst_Auth::passwordHashRejects_data()
{
    QTest::addColumn<QString>("stored");
    const QString good = PasswordHash::create(QStringLiteral("secret-pass"));
    const QStringList parts = good.split(QLatin1Char('$'));
    QTest::newRow("empty") << QString();
    QTest::newRow("other scheme") << QStringLiteral("md5$") + parts.mid(1).join(QLatin1Char('$'));
    QTest::newRow("too few iterations")
        << QStringList{parts.at(0), QStringLiteral("1000"), parts.at(2), parts.at(3)}.join(QLatin1Char('$'));
    QTest::newRow("short salt")
        << QStringList{parts.at(0), parts.at(1), QStringLiteral("AAAA"), parts.at(3)}.join(QLatin1Char('$'));
    QTest::newRow("missing hash") << parts.mid(0, 3).join(QLatin1Char('$'));
}

void tst_Auth::passwordHashRejects()
{
    QFETCH(QString, stored);
    QVERIFY(!PasswordHash::verify(QStringLiteral("secret-pass"), stored));
}

void tst_Auth::constantTimeEquals()
{
    QVERIFY(PasswordHash::constantTimeEquals("abc", "abc"));
    QVERIFY(!PasswordHash::constantTimeEquals("abc", "abd"));
    QVERIFY(!PasswordHash::constantTimeEquals("abc", "abcd"));
}

void tst_Auth::firstUserMustBeAdmin()
{
    QCOMPARE(*m_auth->hasUsers(), false);
    QCOMPARE(m_auth
                 ->addUser(QStringLiteral("os-user"), QStringLiteral("olga"), Role::Operator,
                           QStringLiteral("password1"))
                 .error,
             AuthError::FirstUserMustBeAdmin);
    QCOMPARE(*m_auth->hasUsers(), false);
    QVERIFY(m_auth
                ->addUser(QStringLiteral("os-user"), QStringLiteral("ada"), Role::Admin,
                          QStringLiteral("password1"))
                .ok());
    QCOMPARE(*m_auth->hasUsers(), true);
    // From now on the os account is nobody.
    QCOMPARE(m_auth
                 ->addUser(QStringLiteral("os-user"), QStringLiteral("olga"), Role::Operator,
                           QStringLiteral("password1"))
                 .error,
             AuthError::PermissionDenied);
    QCOMPARE(
        m_auth
            ->addUser(QStringLiteral("ada"), QStringLiteral("olga"), Role::Operator, QStringLiteral("short"))
            .error,
        AuthError::WeakPassword);
    QCOMPARE(m_auth
                 ->addUser(QStringLiteral("ada"), QStringLiteral("bad name"), Role::Operator,
                           QStringLiteral("password1"))
                 .error,
             AuthError::InvalidName);
    QVERIFY(m_auth
                ->addUser(QStringLiteral("ada"), QStringLiteral("olga"), Role::Operator,
                          QStringLiteral("password1"))
                .ok());
    QCOMPARE(m_auth
                 ->addUser(QStringLiteral("ada"), QStringLiteral("olga"), Role::Viewer,
                           QStringLiteral("password1"))
                 .error,
             AuthError::AlreadyExists);
}

void tst_Auth::onlyAdminsManageUsers_data()
{
    QTest::addColumn<Role>("actorRole");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("viewer") << Role::Viewer << false;
    QTest::newRow("operator") << Role::Operator << false;
    QTest::newRow("approver") << Role::Approver << false;
    QTest::newRow("admin") << Role::Admin << true;
}

void tst_Auth::onlyAdminsManageUsers()
{
    QFETCH(Role, actorRole);
    QFETCH(bool, allowed);
    const QString pw = QStringLiteral("password1");
    QVERIFY(m_auth->addUser(QStringLiteral("root"), QStringLiteral("ada"), Role::Admin, pw).ok());
    QVERIFY(m_auth->addUser(QStringLiteral("ada"), QStringLiteral("actor"), actorRole, pw).ok());
    QVERIFY(m_auth->addUser(QStringLiteral("ada"), QStringLiteral("target"), Role::Viewer, pw).ok());

    const AuthError expected = allowed ? AuthError::None : AuthError::PermissionDenied;
    QCOMPARE(m_auth->addUser(QStringLiteral("actor"), QStringLiteral("newbie"), Role::Viewer, pw).error,
             expected);
    QCOMPARE(m_auth->setRole(QStringLiteral("actor"), QStringLiteral("target"), Role::Operator).error,
             expected);
    QCOMPARE(m_auth->setDisabled(QStringLiteral("actor"), QStringLiteral("target"), true).error, expected);
    QCOMPARE(
        m_auth->setPassword(QStringLiteral("actor"), QStringLiteral("target"), QStringLiteral("password2"))
            .error,
        expected);
    // Everyone may change their own password.
    QVERIFY(m_auth->setPassword(QStringLiteral("actor"), QStringLiteral("actor"), QStringLiteral("password3"))
                .ok());
    QCOMPARE(m_auth->user(QStringLiteral("target"))->role, allowed ? Role::Operator : Role::Viewer);
    QCOMPARE(m_auth->user(QStringLiteral("target"))->disabled, allowed);
}

void tst_Auth::lastAdminStays()
{
    const QString pw = QStringLiteral("password1");
    QVERIFY(m_auth->addUser(QStringLiteral("root"), QStringLiteral("ada"), Role::Admin, pw).ok());
    QCOMPARE(m_auth->setRole(QStringLiteral("ada"), QStringLiteral("ada"), Role::Operator).error,
             AuthError::LastAdmin);
    QCOMPARE(m_auth->setDisabled(QStringLiteral("ada"), QStringLiteral("ada"), true).error,
             AuthError::LastAdmin);
    QVERIFY(m_auth->addUser(QStringLiteral("ada"), QStringLiteral("bob"), Role::Admin, pw).ok());
    QVERIFY(m_auth->setDisabled(QStringLiteral("ada"), QStringLiteral("bob"), true).ok());
    // A disabled admin does not count.
    QCOMPARE(m_auth->setRole(QStringLiteral("ada"), QStringLiteral("ada"), Role::Approver).error,
             AuthError::LastAdmin);
    QVERIFY(m_auth->setDisabled(QStringLiteral("ada"), QStringLiteral("bob"), false).ok());
    QVERIFY(m_auth->setRole(QStringLiteral("bob"), QStringLiteral("ada"), Role::Approver).ok());
    QCOMPARE(m_auth->setDisabled(QStringLiteral("bob"), QStringLiteral("bob"), true).error,
             AuthError::LastAdmin);
    QCOMPARE(*UserRepository(*m_db).countEnabledAdmins(), qint64(1));
}

void tst_Auth::signInSucceedsAndFails()
{
    QVERIFY(
        m_auth
            ->addUser(QStringLiteral("root"), QStringLiteral("ada"), Role::Admin, QStringLiteral("password1"))
            .ok());
    const SignInResult good = m_auth->signIn(QStringLiteral("ada"), QStringLiteral("password1"));
    QCOMPARE(good.status, SignInStatus::SignedIn);
    QCOMPARE(good.user->name, QStringLiteral("ada"));
    QCOMPARE(good.user->role, Role::Admin);
    QCOMPARE(good.retryDelay.count(), 0);

    const SignInResult wrong = m_auth->signIn(QStringLiteral("ada"), QStringLiteral("password2"));
    QCOMPARE(wrong.status, SignInStatus::WrongPassword);
    QCOMPARE(wrong.failedAttempts, 1);
    QCOMPARE(wrong.retryDelay.count(), 1000);
    QVERIFY(!wrong.user);

    const SignInResult unknown = m_auth->signIn(QStringLiteral("nobody"), QStringLiteral("password1"));
    QCOMPARE(unknown.status, SignInStatus::WrongPassword);
    QCOMPARE(unknown.message, wrong.message); // does not tell which names exist

    QVERIFY(m_auth->signIn(QStringLiteral("ada"), QStringLiteral("password1")).ok());
    QCOMPARE(m_auth->user(QStringLiteral("ada"))->failedAttempts, 0);
}

void tst_Auth::lockoutAfterRepeatedFailures()
{
    QVERIFY(
        m_auth
            ->addUser(QStringLiteral("root"), QStringLiteral("ada"), Role::Admin, QStringLiteral("password1"))
            .ok());
    SignInResult last;
    for (int i = 1; i <= AuthService::MaxFailedAttempts; ++i) {
        last = m_auth->signIn(QStringLiteral("ada"), QStringLiteral("wrong-%1").arg(i));
        QCOMPARE(last.failedAttempts, i);
    }
    QCOMPARE(last.status, SignInStatus::Locked);
    QCOMPARE(last.lockedUntil, m_now.addSecs(15 * 60));
    QCOMPARE(last.retryDelay.count(), 8000);
    // Even the right password is refused while locked, and the services refuse too.
    QCOMPARE(m_auth->signIn(QStringLiteral("ada"), QStringLiteral("password1")).status, SignInStatus::Locked);
    QVERIFY(!m_auth->authorize(QStringLiteral("ada"), Permission::View).allowed);
    QCOMPARE(m_store->auditCount(QStringLiteral("lock"), QStringLiteral("done")), 1);

    m_now = m_now.addSecs(15 * 60 + 1);
    QVERIFY(m_auth->signIn(QStringLiteral("ada"), QStringLiteral("password1")).ok());
    QCOMPARE(m_auth->user(QStringLiteral("ada"))->failedAttempts, 0);
    QVERIFY(!m_auth->user(QStringLiteral("ada"))->lockedUntil.isValid());
}

void tst_Auth::disabledUserCannotSignInOrAct()
{
    const QString pw = QStringLiteral("password1");
    QVERIFY(m_auth->addUser(QStringLiteral("root"), QStringLiteral("ada"), Role::Admin, pw).ok());
    QVERIFY(m_auth->addUser(QStringLiteral("ada"), QStringLiteral("olga"), Role::Operator, pw).ok());
    QVERIFY(m_auth->authorize(QStringLiteral("olga"), Permission::Capture).allowed);
    QVERIFY(m_auth->setDisabled(QStringLiteral("ada"), QStringLiteral("olga"), true).ok());
    QCOMPARE(m_auth->signIn(QStringLiteral("olga"), pw).status, SignInStatus::Disabled);
    QVERIFY(!m_auth->authorize(QStringLiteral("olga"), Permission::Capture).allowed);
}

void tst_Auth::authorizeFollowsRoleChanges()
{
    const QString pw = QStringLiteral("password1");
    QVERIFY(m_auth->addUser(QStringLiteral("root"), QStringLiteral("ada"), Role::Admin, pw).ok());
    QVERIFY(m_auth->addUser(QStringLiteral("ada"), QStringLiteral("vic"), Role::Viewer, pw).ok());
    QVERIFY(m_auth->authorize(QStringLiteral("vic"), Permission::View).allowed);
    const AuthorizationDecision refused = m_auth->authorize(QStringLiteral("vic"), Permission::Capture);
    QVERIFY(!refused.allowed);
    QVERIFY(refused.reason.contains(QStringLiteral("viewer")));
    QVERIFY(m_auth->setRole(QStringLiteral("ada"), QStringLiteral("vic"), Role::Operator).ok());
    QVERIFY(m_auth->authorize(QStringLiteral("vic"), Permission::Capture).allowed);
    QVERIFY(!m_auth->authorize(QStringLiteral("ghost"), Permission::View).allowed);
}

void tst_Auth::resetAdmin()
{
    QVERIFY(
        m_auth
            ->addUser(QStringLiteral("root"), QStringLiteral("ada"), Role::Admin, QStringLiteral("password1"))
            .ok());
    for (int i = 0; i < AuthService::MaxFailedAttempts; ++i)
        m_auth->signIn(QStringLiteral("ada"), QStringLiteral("forgotten"));
    QString whom;
    QVERIFY(
        m_auth->resetAdmin(QStringLiteral("os-user"), QString(), QStringLiteral("new-password"), &whom).ok());
    QCOMPARE(whom, QStringLiteral("ada"));
    QVERIFY(m_auth->signIn(QStringLiteral("ada"), QStringLiteral("new-password")).ok());
    QVERIFY(!m_auth->signIn(QStringLiteral("ada"), QStringLiteral("password1")).ok());
    QCOMPARE(
        m_auth->resetAdmin(QStringLiteral("os-user"), QStringLiteral("ada"), QStringLiteral("short")).error,
        AuthError::WeakPassword);
    QCOMPARE(m_store->auditCount(QStringLiteral("reset_admin"), QStringLiteral("done")), 1);
}

void tst_Auth::everythingIsAudited()
{
    const QString pw = QStringLiteral("password1");
    QVERIFY(m_auth->addUser(QStringLiteral("root"), QStringLiteral("ada"), Role::Admin, pw).ok());
    QVERIFY(m_auth->addUser(QStringLiteral("ada"), QStringLiteral("olga"), Role::Operator, pw).ok());
    m_auth->addUser(QStringLiteral("olga"), QStringLiteral("mallory"), Role::Admin, pw);
    m_auth->signIn(QStringLiteral("olga"), pw);
    m_auth->signIn(QStringLiteral("olga"), QStringLiteral("nope-nope"));
    m_auth->setRole(QStringLiteral("ada"), QStringLiteral("olga"), Role::Approver);
    m_auth->setDisabled(QStringLiteral("ada"), QStringLiteral("olga"), true);
    QCOMPARE(m_store->auditCount(QStringLiteral("user_add"), QStringLiteral("done")), 2);
    QCOMPARE(m_store->auditCount(QStringLiteral("user_add"), QStringLiteral("refused")), 1);
    QCOMPARE(m_store->auditCount(QStringLiteral("sign_in"), QStringLiteral("succeeded")), 1);
    QCOMPARE(m_store->auditCount(QStringLiteral("sign_in"), QStringLiteral("failed")), 1);
    QCOMPARE(m_store->auditCount(QStringLiteral("user_role"), QStringLiteral("done")), 1);
    QCOMPARE(m_store->auditCount(QStringLiteral("user_disable"), QStringLiteral("done")), 1);
    QVERIFY(m_log->verify().ok());
    // No password or hash ever reaches the log.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT details FROM audit_log")));
    while (query.next()) {
        QVERIFY(!query.value(0).toString().contains(pw));
        QVERIFY(!query.value(0).toString().contains(QStringLiteral("pbkdf2")));
    }
}

void tst_Auth::unknownNameTakesTheSamePath()
{
    // Structural, not timed: the same number of PBKDF2 runs, the same answers, delays and audit rows for a
    // name that exists and one that does not, through to the lock.
    QVERIFY(
        m_auth
            ->addUser(QStringLiteral("x"), QStringLiteral("ada"), Role::Admin, QStringLiteral("ada-password"))
            .ok());
    QVERIFY(m_auth
                ->addUser(QStringLiteral("ada"), QStringLiteral("olga"), Role::Operator,
                          QStringLiteral("olga-password"))
                .ok());
    const auto detailsOf = [this](const QString &name) {
        QStringList details;
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("SELECT action || ' ' || outcome || ' ' || details FROM audit_log WHERE "
                                     "user_name = ? ORDER BY id"));
        query.addBindValue(name);
        if (query.exec()) {
            while (query.next())
                details << query.value(0).toString().replace(name, QStringLiteral("NAME"));
        }
        return details;
    };
    for (int attempt = 1; attempt <= AuthService::MaxFailedAttempts + 1; ++attempt) {
        const quint64 before = PasswordHash::derivations();
        const SignInResult known = m_auth->signIn(QStringLiteral("olga"), QStringLiteral("wrong-password"));
        const quint64 afterKnown = PasswordHash::derivations();
        const SignInResult unknown =
            m_auth->signIn(QStringLiteral("nobody"), QStringLiteral("wrong-password"));
        const quint64 afterUnknown = PasswordHash::derivations();
        const quint64 expected = attempt <= AuthService::MaxFailedAttempts ? 1 : 0;
        QCOMPARE(afterKnown - before, expected);
        QCOMPARE(afterUnknown - afterKnown, expected);
        QCOMPARE(unknown.status, known.status);
        QCOMPARE(unknown.failedAttempts, known.failedAttempts);
        QCOMPARE(unknown.retryDelay, known.retryDelay);
        QCOMPARE(unknown.lockedUntil, known.lockedUntil);
        QCOMPARE(unknown.message,
                 QString(known.message).replace(QStringLiteral("olga"), QStringLiteral("nobody")));
    }
    QCOMPARE(detailsOf(QStringLiteral("nobody")), detailsOf(QStringLiteral("olga")));
    QCOMPARE(detailsOf(QStringLiteral("nobody")).size(), AuthService::MaxFailedAttempts + 2);
    // The lock runs out for both alike.
    m_now = m_now.addSecs(std::chrono::seconds(AuthService::LockDuration).count() + 1);
    const SignInResult known = m_auth->signIn(QStringLiteral("olga"), QStringLiteral("wrong-password"));
    const SignInResult unknown = m_auth->signIn(QStringLiteral("nobody"), QStringLiteral("wrong-password"));
    QCOMPARE(known.status, SignInStatus::WrongPassword);
    QCOMPARE(unknown.status, known.status);
    QCOMPARE(unknown.failedAttempts, known.failedAttempts);
}

void tst_Auth::lastSignInComesFromTheAuditLog()
{
    QVERIFY(
        m_auth
            ->addUser(QStringLiteral("root"), QStringLiteral("ada"), Role::Admin, QStringLiteral("password1"))
            .ok());
    QVERIFY(m_auth->lastSignIn(QStringLiteral("ada")).ok());
    QVERIFY(!m_auth->lastSignIn(QStringLiteral("ada"))->isValid()); // never signed in
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(m_auth->signIn(QStringLiteral("ada"), QStringLiteral("password1")).ok());
    const StoreResult<QDateTime> signedIn = m_auth->lastSignIn(QStringLiteral("ada"));
    QVERIFY(signedIn.ok());
    QVERIFY(signedIn->isValid());
    QVERIFY(*signedIn >= before && *signedIn <= QDateTime::currentDateTimeUtc().addSecs(1));
    // A failure is no sign-in.
    QCOMPARE(m_auth->signIn(QStringLiteral("ada"), QStringLiteral("password2")).status,
             SignInStatus::WrongPassword);
    QCOMPARE(*m_auth->lastSignIn(QStringLiteral("ada")), *signedIn);
    QVERIFY(!m_auth->lastSignIn(QStringLiteral("nobody"))->isValid());
}

QTEST_GUILESS_MAIN(tst_Auth)
#include "tst_auth.moc"
