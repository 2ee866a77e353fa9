#include "store/auditkeyprovider.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// paydeskctl's store and cache commands sign in once users exist and check the permission table: a viewer
// reads but cannot import, change the profile or take and restore backups (exit 1, nothing written, the
// refusal audited); an operator imports; an admin changes the profile and takes backups.
class tst_CliPermissions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void commands_data();
    void commands();
    void signInNeeded();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run ctl(const QString &database, const QStringList &arguments, const QString &user = QString(),
            const QString &newPassword = QString());
    // What a refused command must leave as it was: transactions, the profile's fields, backups.
    QString state() const;
    int refusals() const;

    QTemporaryDir m_dir;
    QString m_template; // a database with users ada (admin), olga (operator), vic (viewer)
    QString m_db;
    QString m_csv;
    QString m_backup;
};

namespace {
QString password(const QString &user)
{
    return user + QStringLiteral("-secret-pw");
}
} // namespace

tst_CliPermissions::Run tst_CliPermissions::ctl(const QString &database, const QStringList &arguments,
                                                const QString &user, const QString &newPassword)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PAYDESK_USER"));
    env.remove(QStringLiteral("PAYDESK_PASSWORD"));
    if (!user.isEmpty()) {
        env.insert(QStringLiteral("PAYDESK_USER"), user);
        env.insert(QStringLiteral("PAYDESK_PASSWORD"), password(user));
    }
    if (!newPassword.isEmpty())
        env.insert(QStringLiteral("PAYDESK_NEW_PASSWORD"), newPassword);
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(PAYDESK_BINARY_DIR "/app/paydeskctl/paydeskctl"),
                  QStringList{QStringLiteral("--db"), database} + arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

void tst_CliPermissions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.db"));
    QCOMPARE(ctl(m_template,
                 {QStringLiteral("init"), QStringLiteral("--merchant-identifier"), QStringLiteral("MERCH1"),
                  QStringLiteral("--environment"), QStringLiteral("simulator")})
                 .code,
             0);
    QCOMPARE(ctl(m_template,
                 {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("ada"),
                  QStringLiteral("--role"), QStringLiteral("admin")},
                 QString(), password(QStringLiteral("ada")))
                 .code,
             0);
    for (const auto &[name, role] : {std::pair{"olga", "operator"}, std::pair{"vic", "viewer"}}) {
        const Run added = ctl(m_template,
                              {QStringLiteral("users"), QStringLiteral("add"), QString::fromLatin1(name),
                               QStringLiteral("--role"), QString::fromLatin1(role)},
                              QStringLiteral("ada"), password(QString::fromLatin1(name)));
        QVERIFY2(added.code == 0, added.err.constData());
    }
    m_csv = m_dir.filePath(QStringLiteral("report.csv"));
    QFile csv(m_csv);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("merchant_reference,fort_id,operation,status,amount,currency,transaction_date,customer_name,"
              "customer_email,card_number\n"
              "ORD-1,1001,authorization,success,1250.50,AED,2026-06-01 10:00:00,Amal,amal@example.org,"
              "411111******1111\n");
}

void tst_CliPermissions::init()
{
    // Each row starts from a copy of the template: the database (closed, so no -wal) and its audit key.
    m_db = m_dir.filePath(QStringLiteral("t-%1.db").arg(
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    m_backup = m_db + QStringLiteral(".backup");
    for (const char *suffix : {"-wal", "-shm"}) {
        if (QFile::exists(m_template + QLatin1String(suffix)))
            QVERIFY(QFile::copy(m_template + QLatin1String(suffix), m_db + QLatin1String(suffix)));
    }
    QVERIFY(QFile::copy(m_template, m_db));
    QVERIFY(
        QFile::copy(FileAuditKeyProvider::keyPathFor(m_template), FileAuditKeyProvider::keyPathFor(m_db)));
    QFile::setPermissions(FileAuditKeyProvider::keyPathFor(m_db), QFile::ReadOwner | QFile::WriteOwner);
}

void tst_CliPermissions::cleanup()
{
    for (const char *suffix : {"", "-wal", "-shm", ".backup"})
        QFile::remove(m_db + QLatin1String(suffix));
    QFile::remove(FileAuditKeyProvider::keyPathFor(m_db));
}

QString tst_CliPermissions::state() const
{
    auto opened = Database::open(m_db);
    if (!opened.ok())
        return opened.message;
    QSqlQuery query((*opened)->connection());
    QString text;
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM transactions")) && query.next())
        text += QStringLiteral("transactions %1; ").arg(query.value(0).toLongLong());
    if (query.exec(
            QStringLiteral("SELECT name, endpoint, time_zone, timeout_s FROM profiles ORDER BY name"))) {
        while (query.next()) {
            text += QStringLiteral("profile %1 %2 %3 %4; ")
                        .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toString());
        }
    }
    text += QFile::exists(m_backup) ? QStringLiteral("backup") : QStringLiteral("no backup");
    return text;
}

int tst_CliPermissions::refusals() const
{
    auto opened = Database::open(m_db);
    if (!opened.ok())
        return -1;
    QSqlQuery query((*opened)->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE outcome = 'refused'")) ||
        !query.next())
        return -1;
    return query.value(0).toInt();
}

void tst_CliPermissions::commands_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    const QStringList import{QStringLiteral("import"), QStringLiteral("@CSV")};
    const QStringList profileSet{QStringLiteral("profile"), QStringLiteral("set"),
                                 QStringLiteral("--time-zone"), QStringLiteral("Asia/Dubai")};
    const QStringList backup{QStringLiteral("backup"), QStringLiteral("@BACKUP")};
    const QStringList list{QStringLiteral("list"), QStringLiteral("--json")};
    const QStringList profileShow{QStringLiteral("profile"), QStringLiteral("show")};
    const QStringList verify{QStringLiteral("audit"), QStringLiteral("verify")};
    const QStringList head{QStringLiteral("audit"), QStringLiteral("head")};
    const QStringList exportCsv{QStringLiteral("export"), QStringLiteral("@EXPORT")};
    const QStringList reconcile{QStringLiteral("reconcile")};

    const QString vic = QStringLiteral("vic");
    const QString olga = QStringLiteral("olga");
    const QString ada = QStringLiteral("ada");
    QTest::newRow("viewer lists") << vic << list << 0;
    QTest::newRow("viewer exports") << vic << exportCsv << 0;
    QTest::newRow("viewer shows the profile") << vic << profileShow << 0;
    QTest::newRow("viewer verifies the audit chain") << vic << verify << 0;
    QTest::newRow("viewer reads the audit head") << vic << head << 0;
    QTest::newRow("viewer may not import") << vic << import << 1;
    QTest::newRow("viewer may not set the profile") << vic << profileSet << 1;
    QTest::newRow("viewer may not back up") << vic << backup << 1;
    // Settling operations moves the cache's totals: it takes the check-status permission.
    QTest::newRow("viewer may not reconcile") << vic << reconcile << 1;
    QTest::newRow("operator reconciles") << olga << reconcile << 0;
    QTest::newRow("operator imports") << olga << import << 0;
    QTest::newRow("operator may not set the profile") << olga << profileSet << 1;
    QTest::newRow("operator may not back up") << olga << backup << 1;
    QTest::newRow("admin sets the profile") << ada << profileSet << 0;
    QTest::newRow("admin backs up") << ada << backup << 0;
    QTest::newRow("admin moves no data into the cache") << ada << import << 1;
}

void tst_CliPermissions::commands()
{
    QFETCH(QString, user);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    arguments.replaceInStrings(QStringLiteral("@CSV"), m_csv);
    arguments.replaceInStrings(QStringLiteral("@BACKUP"), m_backup);
    arguments.replaceInStrings(QStringLiteral("@EXPORT"), m_db + QStringLiteral(".csv"));

    const QString before = state();
    const int refusedBefore = refusals();
    const Run run = ctl(m_db, arguments, user);
    QVERIFY2(run.code == exitCode, QByteArray(run.out + run.err).constData());
    if (exitCode == 1) {
        QCOMPARE(state(), before);
        QCOMPARE(refusals(), refusedBefore + 1);
        QVERIFY(run.err.contains("may not") || run.err.contains("permission") ||
                run.err.contains(user.toUtf8()));
    } else {
        // A command that was allowed to write did write; a reading one left everything as it was.
        const bool writes =
            arguments.first() == QLatin1String("import") || arguments.first() == QLatin1String("backup") ||
            arguments.mid(0, 2) == QStringList{QStringLiteral("profile"), QStringLiteral("set")};
        QCOMPARE(state() != before, writes);
    }
    QFile::remove(m_db + QStringLiteral(".csv"));
}

void tst_CliPermissions::signInNeeded()
{
    // Once users exist, no command that opens the database runs anonymously.
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("audit"), QStringLiteral("verify")},
          QStringList{QStringLiteral("import"), m_csv},
          QStringList{QStringLiteral("review"), QStringLiteral("list")}}) {
        const Run run = ctl(m_db, arguments);
        QVERIFY2(run.code == 2, run.err.constData());
        QVERIFY(run.err.contains("PAYDESK_PASSWORD"));
    }
    const Run wrong = ctl(m_db, {QStringLiteral("list")}, QStringLiteral("nobody"));
    QCOMPARE(wrong.code, 1);
}

QTEST_GUILESS_MAIN(tst_CliPermissions)
#include "tst_cli_permissions.moc"
