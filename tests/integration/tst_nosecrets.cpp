#include "apssimulator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// Unique values planted everywhere a secret enters PayDesk; none of them may come out anywhere.
const char AccessCode[] = "PLANTED-ACCESS-7f3a9";
const char RequestPhrase[] = "PLANTED-REQUEST-c41e2";
const char ResponsePhrase[] = "PLANTED-RESPONSE-9b0d6";
const char ShaPhrase[] = "PLANTED-SHA-5e81f";
const char AdminPassword[] = "PLANTED-ADMINPW-27ac4";
const char OperatorPassword[] = "PLANTED-OPERPW-d39b7";
const char FullPan[] = "4111111111111111";
const char Merchant[] = "NOSECRETS01";

QList<QByteArray> planted()
{
    return {AccessCode, RequestPhrase, ResponsePhrase, ShaPhrase, AdminPassword, OperatorPassword, FullPan};
}

// The planted value as bytes in any of the encodings a file could hold text in.
QList<QByteArray> encodings(const QByteArray &value)
{
    const QString string = QString::fromLatin1(value);
    return {value, QByteArray(reinterpret_cast<const char *>(string.utf16()), string.size() * 2)};
}

// The planted values found in `bytes`, for the failure message.
QStringList leaksIn(const QByteArray &bytes)
{
    QStringList found;
    for (const QByteArray &secret : planted()) {
        for (const QByteArray &encoded : encodings(secret)) {
            if (bytes.contains(encoded)) {
                found << QString::fromLatin1(secret);
                break;
            }
        }
    }
    return found;
}

} // namespace

// Issue 7: a whole desk session through paydeskctl (init, profile, an import with a full card number, people,
// capture, refund, sign) with planted secrets that really work against the simulator; afterwards none of them
// is in the database, its -wal, any file under HOME (settings, logs, the audit key), any output, or a running
// process's arguments.
class tst_NoSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sessionLeavesNoSecretBehind();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    QProcessEnvironment environment(const QString &user = QString(),
                                    const QString &password = QString()) const;
    QProcess *start(const QStringList &arguments, const QProcessEnvironment &env);
    Run finish(QProcess *process);
    Run ctl(const QStringList &arguments, const QProcessEnvironment &env);
    // Checks the arguments the kernel shows for a running process.
    void checkArguments(qint64 pid, bool required);
    void checkFile(const QString &path);
    QString writeReport();

    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ApsSimulator> m_simulator;
    QString m_home;
    QString m_database;
    QByteArray m_output;
};

void tst_NoSecrets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_binary = QStringLiteral(PAYDESK_BINARY_DIR "/app/paydeskctl/paydeskctl");
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
}

void tst_NoSecrets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_home = m_dir->filePath(text("home"));
    for (const char *sub : {"", "/.config", "/.local/share", "/.cache", "/.local/state", "/run"})
        QVERIFY(QDir().mkpath(m_home + QString::fromLatin1(sub)));
    QFile::setPermissions(m_home + text("/run"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_database = m_home + text("/paydesk.db");
    m_output.clear();

    SimulatorSettings settings = SimulatorSettings::demo();
    settings.merchantIdentifier = text(Merchant);
    settings.accessCode = text(AccessCode);
    settings.requestPhrase = text(RequestPhrase);
    settings.responsePhrase = text(ResponsePhrase);
    m_simulator = std::make_unique<ApsSimulator>(settings);
    QVERIFY(m_simulator->listen(0) != 0);
    for (const auto &[reference, purchase] : {std::pair{"ORD-A", false}, std::pair{"ORD-P", true}}) {
        SimulatorOrder order;
        order.merchantReference = text(reference);
        order.origin = purchase ? SimulatorOrder::Origin::Purchase : SimulatorOrder::Origin::Authorization;
        order.currency = *Currency::fromCode(text("AED"));
        order.authorized = 5000;
        order.captured = purchase ? 5000 : 0;
        order.authorizedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        order.paymentOption = text("VISA");
        order.cardNumber = text("411111******1111");
        m_simulator->book().insert(order);
    }
}

void tst_NoSecrets::cleanup()
{
    m_simulator.reset();
    m_dir.reset();
}

QProcessEnvironment tst_NoSecrets::environment(const QString &user, const QString &password) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"PAYDESK_") || key.startsWith(u"XDG_"))
            env.remove(key);
    }
    // No keychain of the machine running the test: the secrets come from the environment only.
    env.remove(text("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(text("HOME"), m_home);
    env.insert(text("XDG_CONFIG_HOME"), m_home + text("/.config"));
    env.insert(text("XDG_DATA_HOME"), m_home + text("/.local/share"));
    env.insert(text("XDG_CACHE_HOME"), m_home + text("/.cache"));
    env.insert(text("XDG_STATE_HOME"), m_home + text("/.local/state"));
    env.insert(text("XDG_RUNTIME_DIR"), m_home + text("/run"));
    env.insert(text("TMPDIR"), m_home + text("/.cache"));
    if (!user.isEmpty()) {
        env.insert(text("PAYDESK_USER"), user);
        env.insert(text("PAYDESK_PASSWORD"), password);
    }
    return env;
}

QProcess *tst_NoSecrets::start(const QStringList &arguments, const QProcessEnvironment &env)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(env);
    process->setStandardInputFile(QProcess::nullDevice());
    process->start(m_binary, QStringList{text("--db"), m_database} + arguments);
    if (process->waitForStarted(10000))
        checkArguments(process->processId(), false);
    return process;
}

tst_NoSecrets::Run tst_NoSecrets::finish(QProcess *process)
{
    // The simulator lives in this process: keep its event loop running while paydeskctl talks to it.
    Run run;
    if (process->state() != QProcess::NotRunning) {
        QSignalSpy finished(process, &QProcess::finished);
        if (!finished.wait(60000))
            process->kill();
    }
    if (process->exitStatus() == QProcess::NormalExit)
        run.exitCode = process->exitCode();
    run.out = process->readAllStandardOutput();
    run.err = process->readAllStandardError();
    m_output += run.out + run.err;
    process->deleteLater();
    return run;
}

tst_NoSecrets::Run tst_NoSecrets::ctl(const QStringList &arguments, const QProcessEnvironment &env)
{
    return finish(start(arguments, env));
}

void tst_NoSecrets::checkArguments(qint64 pid, bool required)
{
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    QVERIFY2(!required || cmdline.open(QIODevice::ReadOnly), qPrintable(cmdline.errorString()));
    if (!cmdline.isOpen() && !cmdline.open(QIODevice::ReadOnly))
        return;
    const QByteArray arguments = cmdline.readAll();
    QVERIFY(!required || arguments.contains("capture"));
    QVERIFY2(leaksIn(arguments).isEmpty(), QByteArray(arguments).replace('\0', ' ').constData());
}

void tst_NoSecrets::checkFile(const QString &path)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QStringList leaks = leaksIn(file.readAll());
    QVERIFY2(leaks.isEmpty(), qPrintable(path + text(": ") + leaks.join(u", ")));
}

QString tst_NoSecrets::writeReport()
{
    QByteArray csv =
        "merchant_reference,fort_id,operation,status,amount,currency,transaction_date,customer_name,"
        "customer_email,card_number\n";
    // Recent enough that the authorization can still be captured.
    const QByteArray when = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate).toLatin1();
    csv += "ORD-A," + m_simulator->book().order(text("ORD-A"))->fortId.toLatin1() +
           ",authorization,success,50.00,AED," + when + ",Amal,amal@example.org,411111******1111\n";
    csv += "ORD-P," + m_simulator->book().order(text("ORD-P"))->fortId.toLatin1() +
           ",purchase,success,50.00,AED," + when + ",Chen,chen@example.org,411111******1111\n";
    csv += "ORD-X,,authorization,success,1.00,AED," + when + ",,," + FullPan + "\n";
    // Outside HOME: the input file is the only place the card number may be.
    const QString path = m_dir->filePath(text("report.csv"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(csv);
    return path;
}

void tst_NoSecrets::sessionLeavesNoSecretBehind()
{
    const QString admin = text("ada"), adminPassword = text(AdminPassword);
    const QString operatorName = text("olga"), operatorPassword = text(OperatorPassword);
    const QProcessEnvironment anonymous = environment();

    Run run = ctl({text("init"), text("--merchant-identifier"), text(Merchant), text("--environment"),
                   text("simulator")},
                  anonymous);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString endpoint =
        QStringLiteral("http://127.0.0.1:%1/FortAPI/paymentApi").arg(m_simulator->port());
    run = ctl({text("profile"), text("set"), text("--endpoint"), endpoint, text("--timeout-s"), text("10")},
              anonymous);
    QVERIFY2(run.exitCode == 0, run.err.constData());

    run = ctl({text("import"), writeReport(), text("--skip-bad-rows")}, anonymous);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("full card number"), run.err.constData());

    QProcessEnvironment newAdmin = anonymous;
    newAdmin.insert(text("PAYDESK_NEW_PASSWORD"), adminPassword);
    run = ctl({text("users"), text("add"), admin, text("--role"), text("admin")}, newAdmin);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QProcessEnvironment asAdmin = environment(admin, adminPassword);
    QProcessEnvironment newOperator = asAdmin;
    newOperator.insert(text("PAYDESK_NEW_PASSWORD"), operatorPassword);
    run = ctl({text("users"), text("add"), operatorName, text("--role"), text("operator")}, newOperator);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = ctl({text("approvals"), text("threshold"), text("AED"), text("100.00")}, asAdmin);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // A wrong password is refused; the attempt must not end up anywhere either.
    QCOMPARE(ctl({text("list")}, environment(operatorName, text(AdminPassword))).exitCode, 1);

    QProcessEnvironment money = environment(operatorName, operatorPassword);
    money.insert(text("PAYDESK_ACCESS_CODE"), text(AccessCode));
    money.insert(text("PAYDESK_REQUEST_PHRASE"), text(RequestPhrase));
    money.insert(text("PAYDESK_RESPONSE_PHRASE"), text(ResponsePhrase));

    // APS holds the capture, so the desk is certainly running while its arguments are read.
    QString problem;
    const auto delay = SimulatorFaults::fromJson(
        QJsonObject{{text("mode"), text("delay")},
                    {text("delay_ms"), 1500},
                    {text("match"), QJsonObject{{text("command"), text("CAPTURE")}}}},
        &problem);
    QVERIFY2(delay, qPrintable(problem));
    m_simulator->faults().add(*delay);
    QProcess *capture = start({text("capture"), text("ORD-A"), text("20.00")}, money);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_simulator->book().isInFlight(text("ORD-A")) || capture->state() == QProcess::NotRunning, 15000);
    if (capture->state() != QProcess::Running)
        QFAIL(finish(capture).err.constData());
    checkArguments(capture->processId(), true);
    if (QTest::currentTestFailed())
        return;
    // The journal row is written before the request goes out: the database and its -wal as they are now.
    for (const char *suffix : {"", "-wal"}) {
        if (QFile::exists(m_database + QString::fromLatin1(suffix)))
            checkFile(m_database + QString::fromLatin1(suffix));
    }
    run = finish(capture);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_simulator->book().order(text("ORD-A"))->captured, qint64(2000));

    run =
        ctl({text("refund"), text("ORD-P"), text("15.00"), text("--reason"), text("returned goods")}, money);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_simulator->book().order(text("ORD-P"))->refunded, qint64(1500));
    run = ctl({text("status"), text("ORD-A")}, money);
    QVERIFY2(run.exitCode == 0, run.err.constData());

    QProcessEnvironment signing = anonymous;
    signing.insert(text("PAYDESK_SHA_PHRASE"), text(ShaPhrase));
    run = ctl({text("sign"), text("--show-string"), text("command=CAPTURE"), text("amount=2000")}, signing);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("<phrase>"));

    // Everything the session left: the database (and its -wal if any), every file under HOME, all output.
    QVERIFY(QFileInfo(m_database).size() > 0);
    int files = 0;
    QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        checkFile(it.next());
        ++files;
    }
    QVERIFY(files >= 2); // the database and its audit key at least
    const QStringList leaks = leaksIn(m_output);
    QVERIFY2(leaks.isEmpty(), qPrintable(text("output: ") + leaks.join(u", ")));
}

QTEST_GUILESS_MAIN(tst_NoSecrets)
#include "tst_nosecrets.moc"
