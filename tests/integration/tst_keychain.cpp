#include "services/keychainsecretsource.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/keychainauditkeyprovider.h"

#include <QDirIterator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The OS keychain for real: gnome-keyring's Secret Service in a private D-Bus session (keychain-session.sh,
// wired as this test's command in tests/CMakeLists.txt). Credentials and the audit key go in and come back,
// nothing is written as plain text under HOME, and a missing entry is an error, never a fallback.
class tst_Keychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void credentialsRoundTrip();
    void missingCredentialsAreAnError();
    void auditKeyInKeychain();
    void nothingInPlainText();
};

void tst_Keychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("PAYDESK_KEYCHAIN_SESSION"))
        QSKIP("needs dbus-run-session and gnome-keyring-daemon (run through keychain-session.sh)");
}

void tst_Keychain::credentialsRoundTrip()
{
    const ApsCredentials planted{QStringLiteral("kc-access-7731"), QStringLiteral("kc-request-phrase-7731"),
                                 QStringLiteral("kc-response-phrase-7731")};
    const KeychainResult stored =
        KeychainSecretSource::store(QStringLiteral("default"), CredentialSet::Standard, planted);
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    QString problem;
    const auto back =
        KeychainSecretSource().credentials(QStringLiteral("default"), CredentialSet::Standard, &problem);
    QVERIFY2(back, qPrintable(problem));
    QCOMPARE(back->accessCode, planted.accessCode);
    QCOMPARE(back->requestPhrase, planted.requestPhrase);
    QCOMPARE(back->responsePhrase, planted.responsePhrase);
}

void tst_Keychain::missingCredentialsAreAnError()
{
    QString problem;
    QVERIFY(!KeychainSecretSource().credentials(QStringLiteral("nobody"), CredentialSet::ApplePay, &problem));
    QVERIFY(problem.contains(QStringLiteral("not in the OS keychain")));
    QVERIFY(KeychainSecretSource::forget(QStringLiteral("default"), CredentialSet::Standard).ok());
    QVERIFY(
        !KeychainSecretSource().credentials(QStringLiteral("default"), CredentialSet::Standard, &problem));
}

void tst_Keychain::auditKeyInKeychain()
{
    QTemporaryDir dir;
    auto created = Database::create(dir.filePath(QStringLiteral("paydesk.db")), QStringLiteral("MERCH1"),
                                    QStringLiteral("simulator"));
    QVERIFY(created.ok());
    const Database &db = **created;
    const auto name = KeychainAuditKeyProvider::keyNameFor(db);
    QVERIFY(name.ok());
    // No key yet: appending is refused, nothing unaudited happens.
    const KeychainAuditKeyProvider keys(*name);
    QCOMPARE(
        AuditLog(db, keys).append(QStringLiteral("ada"), QStringLiteral("x"), QStringLiteral("done")).error,
        StoreError::AuditKey);
    QVERIFY(KeychainAuditKeyProvider::createKey(*name).ok());
    QCOMPARE(KeychainAuditKeyProvider::createKey(*name).error, StoreError::AlreadyExists);
    const KeychainAuditKeyProvider fresh(*name);
    const AuditLog log(db, fresh);
    QVERIFY(log.append(QStringLiteral("ada"), QStringLiteral("sign_in"), QStringLiteral("succeeded")).ok());
    QVERIFY(log.verify().ok());
    QCOMPARE(fresh.key()->size(), AuditKeyProvider::KeySize);
    QVERIFY(!QFile::exists(FileAuditKeyProvider::keyPathFor(db.path())));
}

void tst_Keychain::nothingInPlainText()
{
    const QByteArray planted = "kc-plain-text-canary-5519";
    QVERIFY(KeychainSecretSource::store(
                QStringLiteral("canary"), CredentialSet::Standard,
                {QString::fromLatin1(planted), QString::fromLatin1(planted), QString::fromLatin1(planted)})
                .ok());
    // gnome-keyring encrypts its files; QtKeychain's plain-text fallback would leave the canary in an ini
    // file.
    QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains(planted), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(tst_Keychain)
#include "tst_keychain.moc"
