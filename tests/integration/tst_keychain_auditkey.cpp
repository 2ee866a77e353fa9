#include "store/auditkeystore.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/keychainauditkeyprovider.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The audit key goes to the OS keychain by default, and a key file moves there (checked, verified, audited,
// then removed), against a real Secret Service (keychain-session.sh).
class tst_KeychainAuditKey : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newKeyGoesToTheKeychain();
    void keyFileMovesToTheKeychain();
    void moveCommand();
};

void tst_KeychainAuditKey::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("PAYDESK_KEYCHAIN_SESSION"))
        QSKIP("needs dbus-run-session and gnome-keyring-daemon (run through keychain-session.sh)");
}

void tst_KeychainAuditKey::newKeyGoesToTheKeychain()
{
    QTemporaryDir dir;
    auto created = Database::create(dir.filePath(QStringLiteral("new.db")), QStringLiteral("MERCH1"),
                                    QStringLiteral("simulator"));
    QVERIFY(created.ok());
    auto choice = AuditKeyStore::createFor(**created);
    QVERIFY2(choice.ok(), qPrintable(choice.message));
    QCOMPARE(choice->place, AuditKeyStore::Place::Keychain);
    QVERIFY(choice->notice.isEmpty());
    QVERIFY(!QFile::exists(FileAuditKeyProvider::keyPathFor((*created)->path())));
    const AuditLog log(**created, *choice->provider);
    QVERIFY(log.append(QStringLiteral("ada"), QStringLiteral("init"), QStringLiteral("done")).ok());
    auto again = AuditKeyStore::forDatabase(**created);
    QCOMPARE(again->place, AuditKeyStore::Place::Keychain);
    QVERIFY(AuditLog(**created, *again->provider).verify().ok());
    QCOMPARE(AuditKeyStore::createFor(**created).error, StoreError::AlreadyExists);
}

void tst_KeychainAuditKey::keyFileMovesToTheKeychain()
{
    QTemporaryDir dir;
    auto created = Database::create(dir.filePath(QStringLiteral("old.db")), QStringLiteral("MERCH1"),
                                    QStringLiteral("simulator"));
    QVERIFY(created.ok());
    const QString keyPath = FileAuditKeyProvider::keyPathFor((*created)->path());
    QVERIFY(FileAuditKeyProvider::createKeyFile(keyPath).ok());
    const FileAuditKeyProvider file(keyPath);
    const QByteArray bytes = *file.key();
    for (int i = 0; i < 3; ++i)
        QVERIFY(AuditLog(**created, file)
                    .append(QStringLiteral("ada"), QStringLiteral("x"), QStringLiteral("done"))
                    .ok());
    QCOMPARE(AuditKeyStore::forDatabase(**created)->place, AuditKeyStore::Place::File);

    QString entry;
    const StoreStatus moved = AuditKeyStore::moveFileToKeychain(**created, QStringLiteral("ada"), &entry);
    QVERIFY2(moved.ok(), qPrintable(moved.message));
    QVERIFY(!QFile::exists(keyPath));
    auto now = AuditKeyStore::forDatabase(**created);
    QCOMPARE(now->place, AuditKeyStore::Place::Keychain);
    QCOMPARE(now->where, entry);
    QCOMPARE(*now->provider->key(), bytes);
    const AuditLog log(**created, *now->provider);
    QVERIFY(log.verify().ok());
    QSqlQuery audited((*created)->connection());
    QVERIFY(audited.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'audit_key_move'")));
    QVERIFY(audited.next());
    QCOMPARE(audited.value(0).toInt(), 1);
}

void tst_KeychainAuditKey::moveCommand()
{
    QString binaryDir = qEnvironmentVariable("PAYDESK_BINARY_DIR");
    if (binaryDir.isEmpty())
        binaryDir = QStringLiteral(PAYDESK_BINARY_DIR);
    const QString binary = binaryDir + QStringLiteral("/app/paydeskctl/paydeskctl");
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.db"));
    {
        auto created = Database::create(db, QStringLiteral("MERCH1"), QStringLiteral("simulator"));
        QVERIFY(created.ok());
        QVERIFY(FileAuditKeyProvider::createKeyFile(FileAuditKeyProvider::keyPathFor(db)).ok());
    }
    const auto run = [&](const QStringList &args) {
        QProcess process;
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(binary, QStringList{QStringLiteral("--db"), db} + args);
        process.waitForFinished(60000);
        return std::pair{process.exitCode(),
                         QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
    };
    const auto moved = run({QStringLiteral("audit"), QStringLiteral("move-key-to-keychain")});
    QVERIFY2(moved.first == 0, qPrintable(moved.second));
    QVERIFY(!QFile::exists(FileAuditKeyProvider::keyPathFor(db)));
    const auto verified = run({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verified.first == 0, qPrintable(verified.second));
    // Nothing left to move.
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("move-key-to-keychain")}).first, 1);
}

QTEST_GUILESS_MAIN(tst_KeychainAuditKey)
#include "tst_keychain_auditkey.moc"
