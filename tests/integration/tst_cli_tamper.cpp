#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// What the adversarial run did with sqlite3 and the database file, through paydeskctl: raising a role,
// copying a password hash, deleting every user (back to bootstrap?), cutting the audit log's tail. Each is
// named by `audit verify` (exit 1) and refuses sign-in; the remembered head lives under a private HOME.
class tst_CliTamper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void editsAreNamed_data();
    void editsAreNamed();
    void deletedUsersDoNotBringBackBootstrap();
    void shortenedLogIsNamedWithTheRememberedHead();
    void confirmCommand();
    void restoreOverChangedDatabase();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run ctl(const QStringList &args, const QString &user = QString(), const QString &password = QString(),
            const QString &newPassword = QString());
    void editOutside(const QString &sql);
    void addPeople();

    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void tst_CliTamper::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString binaryDir = qEnvironmentVariable("PAYDESK_BINARY_DIR");
    if (binaryDir.isEmpty())
        binaryDir = QStringLiteral(PAYDESK_BINARY_DIR);
    m_binary = binaryDir + QStringLiteral("/app/paydeskctl/paydeskctl");
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
}

void tst_CliTamper::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("paydesk.db"));
    const Run init =
        ctl({QStringLiteral("init"), QStringLiteral("--merchant-identifier"), QStringLiteral("MERCH1"),
             QStringLiteral("--environment"), QStringLiteral("simulator")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
}

void tst_CliTamper::cleanup()
{
    m_dir.reset();
}

tst_CliTamper::Run tst_CliTamper::ctl(const QStringList &args, const QString &user, const QString &password,
                                      const QString &newPassword)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("PAYDESK_USER"), QStringLiteral("PAYDESK_PASSWORD"),
                                QStringLiteral("PAYDESK_NEW_PASSWORD")})
        env.remove(name);
    // The remembered audit head lives in the data folder: a private one per test.
    const QString home = m_dir->filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    if (!user.isEmpty())
        env.insert(QStringLiteral("PAYDESK_USER"), user);
    if (!password.isEmpty())
        env.insert(QStringLiteral("PAYDESK_PASSWORD"), password);
    if (!newPassword.isEmpty())
        env.insert(QStringLiteral("PAYDESK_NEW_PASSWORD"), newPassword);
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(m_binary, QStringList{QStringLiteral("--db"), m_db} + args);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void tst_CliTamper::editOutside(const QString &sql)
{
    const QString name = QStringLiteral("outside");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : sql.split(u';', Qt::SkipEmptyParts)) {
            if (!statement.trimmed().isEmpty())
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text() + u' ' + statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void tst_CliTamper::addPeople()
{
    QCOMPARE(ctl({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("ada"),
                  QStringLiteral("--role"), QStringLiteral("admin")},
                 QString(), QString(), QStringLiteral("ada-password"))
                 .exitCode,
             0);
    QCOMPARE(ctl({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("olivia"),
                  QStringLiteral("--role"), QStringLiteral("operator")},
                 QStringLiteral("ada"), QStringLiteral("ada-password"), QStringLiteral("olivia-password"))
                 .exitCode,
             0);
}

void tst_CliTamper::editsAreNamed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("found");
    QTest::newRow("role raised") << QStringLiteral("UPDATE users SET role = 'approver' WHERE name = 'olivia'")
                                 << QStringLiteral("user olivia: role or password changed outside PayDesk");
    QTest::newRow("hash copied")
        << QStringLiteral("UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE name = "
                          "'olivia') WHERE name = 'ada'")
        << QStringLiteral("user ada: role or password changed outside PayDesk");
    QTest::newRow("threshold")
        << QStringLiteral("INSERT INTO approval_thresholds (profile, currency, threshold) VALUES ('default', "
                          "'AED', 100000000)")
        << QStringLiteral("approval threshold AED changed outside PayDesk");
}

void tst_CliTamper::editsAreNamed()
{
    QFETCH(QString, sql);
    QFETCH(QString, found);
    addPeople();
    const Run before = ctl({QStringLiteral("audit"), QStringLiteral("verify")}, QStringLiteral("ada"),
                           QStringLiteral("ada-password"));
    QVERIFY2(before.exitCode == 0, qPrintable(before.err));
    editOutside(sql);
    const Run verified = ctl({QStringLiteral("audit"), QStringLiteral("verify")}, QStringLiteral("ada"),
                             QStringLiteral("ada-password"));
    QCOMPARE(verified.exitCode, 1);
    QVERIFY2(verified.err.contains(found), qPrintable(verified.err));
    // The password copied from olivia does not open ada's account either.
    const Run signedIn =
        ctl({QStringLiteral("list")}, QStringLiteral("ada"), QStringLiteral("olivia-password"));
    QCOMPARE(signedIn.exitCode, 1);
    QVERIFY2(signedIn.err.contains(found), qPrintable(signedIn.err));
}

void tst_CliTamper::deletedUsersDoNotBringBackBootstrap()
{
    addPeople();
    editOutside(QStringLiteral("DELETE FROM users"));
    // Without users a command would run unsigned; here it asks for a sign-in, which is refused.
    const Run listed = ctl({QStringLiteral("list")});
    QVERIFY(listed.exitCode != 0);
    const Run signedIn =
        ctl({QStringLiteral("list")}, QStringLiteral("mallory"), QStringLiteral("whatever1"));
    QCOMPARE(signedIn.exitCode, 1);
    QVERIFY2(signedIn.err.contains(QStringLiteral("users were deleted outside PayDesk")),
             qPrintable(signedIn.err));
    const Run added =
        ctl({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("mallory"),
             QStringLiteral("--role"), QStringLiteral("admin")},
            QStringLiteral("mallory"), QStringLiteral("whatever1"), QStringLiteral("mallory-pass"));
    QCOMPARE(added.exitCode, 1);
}

void tst_CliTamper::shortenedLogIsNamedWithTheRememberedHead()
{
    addPeople();
    const Run head = ctl({QStringLiteral("audit"), QStringLiteral("head")}, QStringLiteral("ada"),
                         QStringLiteral("ada-password"));
    QCOMPARE(head.exitCode, 0);
    // The head after that command (it signed in: one more row) is what this machine remembers.
    editOutside(QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id > (SELECT "
                               "MAX(id) - 3 FROM audit_log)"));
    const Run verified = ctl({QStringLiteral("audit"), QStringLiteral("verify")}, QStringLiteral("ada"),
                             QStringLiteral("ada-password"));
    QCOMPARE(verified.exitCode, 1);
    QVERIFY2(verified.err.contains(QStringLiteral("this desk saw it with")), qPrintable(verified.err));
    QVERIFY2(verified.err.contains(QStringLiteral("tail was cut off")), qPrintable(verified.err));
}

void tst_CliTamper::confirmCommand()
{
    addPeople();
    QCOMPARE(ctl({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("bea"),
                  QStringLiteral("--role"), QStringLiteral("admin")},
                 QStringLiteral("ada"), QStringLiteral("ada-password"), QStringLiteral("bea-password"))
                 .exitCode,
             0);
    QCOMPARE(ctl({QStringLiteral("users"), QStringLiteral("role"), QStringLiteral("olivia"),
                  QStringLiteral("approver")},
                 QStringLiteral("ada"), QStringLiteral("ada-password"))
                 .exitCode,
             0);
    const Run listed = ctl({QStringLiteral("users"), QStringLiteral("list")}, QStringLiteral("ada"),
                           QStringLiteral("ada-password"));
    QVERIFY2(listed.out.contains(QStringLiteral("awaits confirmation")), qPrintable(listed.out));
    const Run same = ctl({QStringLiteral("users"), QStringLiteral("confirm"), QStringLiteral("olivia")},
                         QStringLiteral("ada"), QStringLiteral("ada-password"));
    QCOMPARE(same.exitCode, 1);
    const Run other = ctl({QStringLiteral("users"), QStringLiteral("confirm"), QStringLiteral("olivia")},
                          QStringLiteral("bea"), QStringLiteral("bea-password"));
    QVERIFY2(other.exitCode == 0, qPrintable(other.err));
    QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("verify")}, QStringLiteral("bea"),
                 QStringLiteral("bea-password"))
                 .exitCode,
             0);
}

void tst_CliTamper::restoreOverChangedDatabase()
{
    addPeople();
    const QString backup = m_dir->filePath(QStringLiteral("backup.db"));
    QCOMPARE(ctl({QStringLiteral("backup"), backup}, QStringLiteral("ada"), QStringLiteral("ada-password"))
                 .exitCode,
             0);
    editOutside(QStringLiteral("UPDATE users SET role = 'admin' WHERE name = 'olivia'"));
    QCOMPARE(ctl({QStringLiteral("list")}, QStringLiteral("ada"), QStringLiteral("ada-password")).exitCode,
             1);
    const auto changedFiles = [this] {
        return QDir(m_dir->path()).entryList({QStringLiteral("paydesk.db.changed-outside-*")}, QDir::Files);
    };

    // Nobody can sign in to the changed database; the backup's own admin decides, with the right password.
    const Run wrong = ctl({QStringLiteral("restore"), backup}, QStringLiteral("ada"), QStringLiteral("nope"));
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("is as it was")), qPrintable(wrong.err));
    QVERIFY(changedFiles().isEmpty());
    QCOMPARE(ctl({QStringLiteral("list")}, QStringLiteral("ada"), QStringLiteral("ada-password")).exitCode,
             1);

    const Run restored =
        ctl({QStringLiteral("restore"), backup}, QStringLiteral("ada"), QStringLiteral("ada-password"));
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QVERIFY2(restored.out.contains(QStringLiteral("changed outside PayDesk is kept as")),
             qPrintable(restored.out));
    QCOMPARE(changedFiles().size(), 1);
    QCOMPARE(
        ctl({QStringLiteral("list")}, QStringLiteral("olivia"), QStringLiteral("olivia-password")).exitCode,
        0);
    const Run verified = ctl({QStringLiteral("audit"), QStringLiteral("verify")}, QStringLiteral("ada"),
                             QStringLiteral("ada-password"));
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err + verified.out));
}

QTEST_GUILESS_MAIN(tst_CliTamper)
#include "tst_cli_tamper.moc"
