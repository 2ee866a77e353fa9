#include "platform/keychain.h"
#include "services/keychainsecretsource.h"
#include "store/auditkeyprovider.h"
#include "store/database.h"
#include "store/keychainauditkeyprovider.h"
#include "store/teamkeyfile.h"

#include "teststore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// paydeskctl keys export / keys import against a real Secret Service (keychain-session.sh): an admin exports
// the audit key and the credentials, the keychain entries are forgotten (a desk that never had them), and the
// import brings them back, so the chain verifies and the money credentials are there again. Every refusal
// (wrong passphrase, another database or account, another key, a key that does not verify the chain, a role
// without the permission, an existing file, a short passphrase) writes nothing. Its ":pg" twin does the same
// with the team's store on PostgreSQL.
class tst_KeychainTeamKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void exportForgetImport();
    void exportRefusals();
    void importRefusesAnotherDatabaseOrAccount();
    void importRefusesAKeyThatDoesNotVerify();
    void importNeverReplacesAnotherKey();

private:
    struct Run
    {
        int code = -1;
        QString output;
    };
    // paydeskctl --db DB ARGS signed in as `user`, with `passphrase` (the team's when null) and
    // `newPassword` for users add.
    Run run(const QString &db, const QStringList &args, const QString &user = QStringLiteral("ada"),
            const QString &passphrase = QString(), const QString &newPassword = QString()) const;
    static QString password(const QString &user) { return user + QStringLiteral("-password-1"); }
    // A new store (a file, or a database on the test server in the twin) made by paydeskctl init.
    QString createDatabase(const QString &name, const QString &merchant = QStringLiteral("MERCH1"));
    static QString keyNameOf(const QString &db);
    static int auditCount(const QString &db, const QString &action, const QString &outcome);
    void forgetEverything() const;

    const QString m_passphrase = QStringLiteral("team keys for the desks of MERCH1");
    const ApsCredentials m_standard{QStringLiteral("tk-access-4411"), QStringLiteral("tk-request-4411"),
                                    QStringLiteral("tk-response-4411")};
    const ApsCredentials m_applePay{QStringLiteral("tk-ap-access-4411"), QStringLiteral("tk-ap-request-4411"),
                                    QStringLiteral("tk-ap-response-4411")};
    const ApsCredentials m_branch{QStringLiteral("tk-branch-access"), QStringLiteral("tk-branch-request"),
                                  QStringLiteral("tk-branch-response")};
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void tst_KeychainTeamKeys::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("PAYDESK_KEYCHAIN_SESSION"))
        QSKIP("needs dbus-run-session and gnome-keyring-daemon (run through keychain-session.sh)");
}

void tst_KeychainTeamKeys::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = createDatabase(QStringLiteral("desk.db"));
    QVERIFY(!m_db.isEmpty());
    // An admin and an operator; a second profile with credentials of its own.
    const auto added = [&](const QString &name, const QString &role) {
        return run(m_db,
                   {QStringLiteral("users"), QStringLiteral("add"), name, QStringLiteral("--role"), role},
                   QStringLiteral("ada"), QString(), password(name))
            .code;
    };
    QCOMPARE(added(QStringLiteral("ada"), QStringLiteral("admin")), 0);
    QCOMPARE(added(QStringLiteral("olga"), QStringLiteral("operator")), 0);
    QCOMPARE(run(m_db, {QStringLiteral("--profile"), QStringLiteral("branch"), QStringLiteral("profile"),
                        QStringLiteral("set"), QStringLiteral("--timeout-s"), QStringLiteral("30")})
                 .code,
             0);
    QVERIFY(KeychainSecretSource::store(QStringLiteral("default"), CredentialSet::Standard, m_standard).ok());
    QVERIFY(KeychainSecretSource::store(QStringLiteral("default"), CredentialSet::ApplePay, m_applePay).ok());
    QVERIFY(KeychainSecretSource::store(QStringLiteral("branch"), CredentialSet::Standard, m_branch).ok());
}

tst_KeychainTeamKeys::Run tst_KeychainTeamKeys::run(const QString &db, const QStringList &args,
                                                    const QString &user, const QString &passphrase,
                                                    const QString &newPassword) const
{
    QString binaryDir = qEnvironmentVariable("PAYDESK_BINARY_DIR");
    if (binaryDir.isEmpty())
        binaryDir = QStringLiteral(PAYDESK_BINARY_DIR);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PAYDESK_USER"), user);
    env.insert(QStringLiteral("PAYDESK_PASSWORD"), password(user));
    env.insert(QStringLiteral("PAYDESK_NEW_PASSWORD"), newPassword);
    env.insert(QStringLiteral("PAYDESK_KEYS_PASSPHRASE"), passphrase.isNull() ? m_passphrase : passphrase);
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    // Global options first: --profile in `args` comes before the command.
    QStringList all{QStringLiteral("--db"), db};
    all += args;
    process.start(binaryDir + QStringLiteral("/app/paydeskctl/paydeskctl"), all);
    process.waitForFinished(120000);
    return Run{process.exitCode(),
               QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}

QString tst_KeychainTeamKeys::createDatabase(const QString &name, const QString &merchant)
{
    const QString db = TestStore::newLocation(*m_dir, name);
    const Run created = run(db, {QStringLiteral("init"), QStringLiteral("--merchant-identifier"), merchant,
                                 QStringLiteral("--environment"), QStringLiteral("simulator")});
    if (created.code != 0) {
        qWarning("%s", qPrintable(created.output));
        return QString();
    }
    return db;
}

QString tst_KeychainTeamKeys::keyNameOf(const QString &db)
{
    auto opened = Database::open(db);
    return opened.ok() ? *KeychainAuditKeyProvider::keyNameFor(**opened) : QString();
}

int tst_KeychainTeamKeys::auditCount(const QString &db, const QString &action, const QString &outcome)
{
    auto opened = Database::open(db);
    if (!opened.ok())
        return -1;
    QSqlQuery query((*opened)->connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND outcome = ?"));
    query.addBindValue(action);
    query.addBindValue(outcome);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

void tst_KeychainTeamKeys::forgetEverything() const
{
    QVERIFY(Keychain::remove(keyNameOf(m_db)).ok());
    QVERIFY(KeychainSecretSource::forget(QStringLiteral("default"), CredentialSet::Standard).ok());
    QVERIFY(KeychainSecretSource::forget(QStringLiteral("default"), CredentialSet::ApplePay).ok());
    QVERIFY(KeychainSecretSource::forget(QStringLiteral("branch"), CredentialSet::Standard).ok());
}

void tst_KeychainTeamKeys::exportForgetImport()
{
    const QString file = m_dir->filePath(QStringLiteral("team.keys"));
    const Run exported = run(m_db, {QStringLiteral("keys"), QStringLiteral("export"), file});
    QVERIFY2(exported.code == 0, qPrintable(exported.output));
    QVERIFY2(exported.output.contains(QStringLiteral("3 credential sets")), qPrintable(exported.output));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(file).permissions() & others, QFileDevice::Permissions());
    QFile sealed(file);
    QVERIFY(sealed.open(QIODevice::ReadOnly));
    QVERIFY(!sealed.readAll().contains("tk-"));
    QCOMPARE(auditCount(m_db, QStringLiteral("keys_export"), QStringLiteral("done")), 1);

    forgetEverything();
    // A desk without the key cannot even sign in.
    QCOMPARE(run(m_db, {QStringLiteral("audit"), QStringLiteral("verify")}).code, 5);
    const QString keyName = keyNameOf(m_db);
    const Run wrong = run(m_db, {QStringLiteral("keys"), QStringLiteral("import"), file},
                          QStringLiteral("ada"), QStringLiteral("not the team's passphrase"));
    QCOMPARE(wrong.code, 1);
    QVERIFY2(wrong.output.contains(QStringLiteral("wrong passphrase or damaged file")),
             qPrintable(wrong.output));
    QCOMPARE(Keychain::read(keyName).status, KeychainResult::Status::NotFound);
    // The operator signs in through the file's key, and is refused: credentials are the admin's.
    const Run byOperator =
        run(m_db, {QStringLiteral("keys"), QStringLiteral("import"), file}, QStringLiteral("olga"));
    QVERIFY2(byOperator.code == 1, qPrintable(byOperator.output));
    QCOMPARE(Keychain::read(keyName).status, KeychainResult::Status::NotFound);
    ApsCredentials none;
    QCOMPARE(KeychainSecretSource::lookup(QStringLiteral("default"), CredentialSet::Standard, &none).status,
             KeychainResult::Status::NotFound);

    const Run imported = run(m_db, {QStringLiteral("keys"), QStringLiteral("import"), file});
    QVERIFY2(imported.code == 0, qPrintable(imported.output));
    QVERIFY2(imported.output.contains(QStringLiteral("added to the OS keychain")),
             qPrintable(imported.output));
    const Run verified = run(m_db, {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verified.code == 0, qPrintable(verified.output));
    const QList<std::tuple<QString, CredentialSet, ApsCredentials>> expected{
        {QStringLiteral("default"), CredentialSet::Standard, m_standard},
        {QStringLiteral("default"), CredentialSet::ApplePay, m_applePay},
        {QStringLiteral("branch"), CredentialSet::Standard, m_branch}};
    for (const auto &[profile, set, credentials] : expected) {
        QString problem;
        const auto back = KeychainSecretSource().credentials(profile, set, &problem);
        QVERIFY2(back, qPrintable(problem));
        QCOMPARE(back->accessCode, credentials.accessCode);
        QCOMPARE(back->requestPhrase, credentials.requestPhrase);
        QCOMPARE(back->responsePhrase, credentials.responsePhrase);
    }
    QCOMPARE(auditCount(m_db, QStringLiteral("keys_import"), QStringLiteral("refused")), 1);
    QCOMPARE(auditCount(m_db, QStringLiteral("keys_import"), QStringLiteral("done")), 1);
    // A second import changes nothing and says the key was there.
    const Run again = run(m_db, {QStringLiteral("keys"), QStringLiteral("import"), file});
    QVERIFY2(again.code == 0, qPrintable(again.output));
    QVERIFY2(again.output.contains(QStringLiteral("already in the OS keychain")), qPrintable(again.output));
    // No secret in the audit log.
    auto opened = Database::open(m_db);
    QVERIFY(opened.ok());
    QSqlQuery query((*opened)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE details LIKE '%tk-%'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void tst_KeychainTeamKeys::exportRefusals()
{
    const QString file = m_dir->filePath(QStringLiteral("team.keys"));
    const QStringList exportIt{QStringLiteral("keys"), QStringLiteral("export"), file};
    const Run byOperator = run(m_db, exportIt, QStringLiteral("olga"));
    QVERIFY2(byOperator.code == 1, qPrintable(byOperator.output));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(auditCount(m_db, QStringLiteral("keys_export"), QStringLiteral("refused")), 1);
    const Run weak = run(m_db, exportIt, QStringLiteral("ada"), QStringLiteral("too short"));
    QVERIFY2(weak.code == 2, qPrintable(weak.output));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(run(m_db, {QStringLiteral("keys"), QStringLiteral("export")}).code, 2);
    QFile other(file);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("someone else's file");
    other.close();
    const Run exists = run(m_db, exportIt);
    QVERIFY2(exists.code == 1, qPrintable(exists.output));
    QVERIFY(other.open(QIODevice::ReadOnly));
    QCOMPARE(other.readAll(), QByteArray("someone else's file"));
    QCOMPARE(auditCount(m_db, QStringLiteral("keys_export"), QStringLiteral("done")), 0);
}

void tst_KeychainTeamKeys::importRefusesAnotherDatabaseOrAccount()
{
    const QString file = m_dir->filePath(QStringLiteral("team.keys"));
    QCOMPARE(run(m_db, {QStringLiteral("keys"), QStringLiteral("export"), file}).code, 0);
    // The same account, another database: refused, naming both.
    const QString other = createDatabase(QStringLiteral("other.db"));
    QVERIFY(!other.isEmpty());
    const Run intoOther = run(other, {QStringLiteral("keys"), QStringLiteral("import"), file});
    QVERIFY2(intoOther.code == 1, qPrintable(intoOther.output));
    QCOMPARE(intoOther.output.count(QStringLiteral("database created")), 2);
    // Another account: the environment's mismatch (INTERFACES.md: exit 5).
    const QString foreign = createDatabase(QStringLiteral("foreign.db"), QStringLiteral("MERCH2"));
    QVERIFY(!foreign.isEmpty());
    const Run intoForeign = run(foreign, {QStringLiteral("keys"), QStringLiteral("import"), file});
    QVERIFY2(intoForeign.code == 5, qPrintable(intoForeign.output));
    QVERIFY(intoForeign.output.contains(QStringLiteral("MERCH1")));
    QVERIFY(intoForeign.output.contains(QStringLiteral("MERCH2")));
    QCOMPARE(auditCount(other, QStringLiteral("keys_import"), QStringLiteral("done")), 0);
    QCOMPARE(auditCount(foreign, QStringLiteral("keys_import"), QStringLiteral("done")), 0);
}

void tst_KeychainTeamKeys::importRefusesAKeyThatDoesNotVerify()
{
    // A file for this very database, with a key that did not write its chain.
    auto opened = Database::open(m_db);
    QVERIFY(opened.ok());
    const TeamKeyFile::Identity identity{QStringLiteral("MERCH1"), QStringLiteral("simulator"),
                                         *KeychainAuditKeyProvider::createdAtOf(**opened)};
    const QJsonObject bundle{
        {QStringLiteral("format"), 1},
        {QStringLiteral("audit_key"), QString::fromLatin1(QByteArray(32, 'k').toBase64())},
        {QStringLiteral("credentials"), QJsonArray()}};
    const QString file = m_dir->filePath(QStringLiteral("forged.keys"));
    QVERIFY(
        TeamKeyFile::write(file, identity, QJsonDocument(bundle).toJson(), m_passphrase, {10, 8, 1}).ok());
    const QByteArray before = Keychain::read(keyNameOf(m_db)).data;
    const Run imported = run(m_db, {QStringLiteral("keys"), QStringLiteral("import"), file});
    QVERIFY2(imported.code == 1, qPrintable(imported.output));
    QVERIFY2(imported.output.contains(QStringLiteral("does not verify")), qPrintable(imported.output));
    QCOMPARE(Keychain::read(keyNameOf(m_db)).data, before);
}

void tst_KeychainTeamKeys::importNeverReplacesAnotherKey()
{
    const QString file = m_dir->filePath(QStringLiteral("team.keys"));
    QCOMPARE(run(m_db, {QStringLiteral("keys"), QStringLiteral("export"), file}).code, 0);
    const QString keyName = keyNameOf(m_db);
    QVERIFY(Keychain::remove(keyName).ok());
    QVERIFY(KeychainAuditKeyProvider::createKey(keyName).ok());
    const QByteArray other = Keychain::read(keyName).data;
    const Run imported = run(m_db, {QStringLiteral("keys"), QStringLiteral("import"), file});
    QVERIFY2(imported.code == 1, qPrintable(imported.output));
    QVERIFY2(imported.output.contains(QStringLiteral("another audit key")), qPrintable(imported.output));
    QCOMPARE(Keychain::read(keyName).data, other);
}

QTEST_GUILESS_MAIN(tst_KeychainTeamKeys)
#include "tst_keychain_teamkeys.moc"
