#include "moneyfixture.h"

#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>

// paydeskctl's people commands end to end, against the in-process simulator: the bootstrap rule, sign-in from
// PAYDESK_USER/PAYDESK_PASSWORD, permissions with exit 1, a refund awaiting approval (exit 4) that only
// another person can approve, the last admin, and reset-admin.
class tst_CliPeople : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_fx.reset(); }

    void bootstrapThenSignIn();
    void makerChecker();
    void lastAdminAndReset();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // Runs paydeskctl on the fixture's database; the event loop keeps running so the simulator can answer.
    Run ctl(const QStringList &args, const QString &user = QString(), const QString &password = QString(),
            const QString &newPassword = QString());
    void addUsers();

    QString m_binary;
    std::unique_ptr<MoneyFixture> m_fx;
};

void tst_CliPeople::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString binaryDir = qEnvironmentVariable("PAYDESK_BINARY_DIR");
    if (binaryDir.isEmpty())
        binaryDir = QStringLiteral(PAYDESK_BINARY_DIR);
    m_binary = binaryDir + QStringLiteral("/app/paydeskctl/paydeskctl");
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
}

void tst_CliPeople::init()
{
    m_fx = std::make_unique<MoneyFixture>(5);
    QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
    m_fx->addOrder(QStringLiteral("ORD-P"), 10000, QStringLiteral("AED"), Origin::Purchase);
    m_fx->addOrder(QStringLiteral("ORD-A"), 10000, QStringLiteral("AED"), Origin::Authorization);
}

tst_CliPeople::Run tst_CliPeople::ctl(const QStringList &args, const QString &user, const QString &password,
                                      const QString &newPassword)
{
    QProcessEnvironment env = MoneyFixture::cliEnvironment();
    env.remove(QStringLiteral("PAYDESK_USER"));
    if (!user.isEmpty())
        env.insert(QStringLiteral("PAYDESK_USER"), user);
    if (!password.isEmpty())
        env.insert(QStringLiteral("PAYDESK_PASSWORD"), password);
    if (!newPassword.isEmpty())
        env.insert(QStringLiteral("PAYDESK_NEW_PASSWORD"), newPassword);
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_binary, QStringList{QStringLiteral("--db"), m_fx->databasePath()} + args);
    Run run;
    if (!finished.wait(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void tst_CliPeople::addUsers()
{
    QCOMPARE(ctl({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("ada"),
                  QStringLiteral("--role"), QStringLiteral("admin")},
                 QString(), QString(), QStringLiteral("ada-password"))
                 .exitCode,
             0);
    for (const auto &[name, role] : {std::pair{"olga", "operator"}, std::pair{"amir", "approver"}}) {
        const Run added = ctl({QStringLiteral("users"), QStringLiteral("add"), QString::fromLatin1(name),
                               QStringLiteral("--role"), QString::fromLatin1(role)},
                              QStringLiteral("ada"), QStringLiteral("ada-password"),
                              QString::fromLatin1(name) + QStringLiteral("-password"));
        QCOMPARE(added.exitCode, 0);
    }
}

void tst_CliPeople::bootstrapThenSignIn()
{
    // No users: commands run as before, without sign-in.
    QCOMPARE(ctl({QStringLiteral("approvals"), QStringLiteral("list")}).exitCode, 0);
    // The first user must be an admin, and a password never comes from argv.
    QCOMPARE(ctl({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("olga"),
                  QStringLiteral("--role"), QStringLiteral("operator")},
                 QString(), QString(), QStringLiteral("olga-password"))
                 .exitCode,
             1);
    QCOMPARE(ctl({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("ada"),
                  QStringLiteral("--role"), QStringLiteral("admin")})
                 .exitCode,
             2);
    addUsers();
    // From now on every command signs in.
    const Run anonymous = ctl({QStringLiteral("approvals"), QStringLiteral("list")});
    QCOMPARE(anonymous.exitCode, 2);
    QVERIFY(anonymous.err.contains(QStringLiteral("PAYDESK_PASSWORD")));
    QCOMPARE(ctl({QStringLiteral("approvals"), QStringLiteral("list")}, QStringLiteral("olga"),
                 QStringLiteral("wrong-password"))
                 .exitCode,
             1);
    QCOMPARE(ctl({QStringLiteral("approvals"), QStringLiteral("list")}, QStringLiteral("olga"),
                 QStringLiteral("olga-password"))
                 .exitCode,
             0);
    // Only admins manage users.
    QCOMPARE(ctl({QStringLiteral("users"), QStringLiteral("list")}, QStringLiteral("olga"),
                 QStringLiteral("olga-password"))
                 .exitCode,
             1);
    const Run listed = ctl({QStringLiteral("users"), QStringLiteral("list")}, QStringLiteral("ada"),
                           QStringLiteral("ada-password"));
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.out.contains(QStringLiteral("olga\toperator\tenabled")));
}

void tst_CliPeople::makerChecker()
{
    addUsers();
    const QString olga = QStringLiteral("olga"), olgaPw = QStringLiteral("olga-password");
    const QString amir = QStringLiteral("amir"), amirPw = QStringLiteral("amir-password");
    // ada granted amir's approver role: a second admin confirms it before amir approves anything.
    QCOMPARE(ctl({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("bea"),
                  QStringLiteral("--role"), QStringLiteral("admin")},
                 QStringLiteral("ada"), QStringLiteral("ada-password"), QStringLiteral("bea-password"))
                 .exitCode,
             0);
    QCOMPARE(ctl({QStringLiteral("users"), QStringLiteral("confirm"), amir}, QStringLiteral("bea"),
                 QStringLiteral("bea-password"))
                 .exitCode,
             0);
    // An admin moves no money.
    QCOMPARE(ctl({QStringLiteral("capture"), QStringLiteral("ORD-A"), QStringLiteral("10.00")},
                 QStringLiteral("ada"), QStringLiteral("ada-password"))
                 .exitCode,
             1);
    QCOMPARE(m_fx->received(QStringLiteral("ORD-A"), QStringLiteral("CAPTURE")), 0);
    QCOMPARE(ctl({QStringLiteral("capture"), QStringLiteral("ORD-A"), QStringLiteral("10.00")}, olga, olgaPw)
                 .exitCode,
             0);
    // Every refund needs approval by default.
    const Run requested = ctl({QStringLiteral("refund"), QStringLiteral("ORD-P"), QStringLiteral("50.00"),
                               QStringLiteral("--reason"), QStringLiteral("returned goods")},
                              olga, olgaPw);
    QCOMPARE(requested.exitCode, 4);
    QCOMPARE(m_fx->received(QStringLiteral("ORD-P"), QStringLiteral("REFUND")), 0);
    const Run queue = ctl({QStringLiteral("approvals"), QStringLiteral("list")}, amir, amirPw);
    QCOMPARE(queue.exitCode, 0);
    QVERIFY(queue.out.startsWith(QStringLiteral("1\tORD-P\t50.00 AED\tawaiting")));
    // The operator cannot approve at all; the approver can, once.
    QCOMPARE(ctl({QStringLiteral("approvals"), QStringLiteral("approve"), QStringLiteral("1")}, olga, olgaPw)
                 .exitCode,
             1);
    QCOMPARE(ctl({QStringLiteral("approvals"), QStringLiteral("approve"), QStringLiteral("1")}, amir, amirPw)
                 .exitCode,
             0);
    QCOMPARE(m_fx->simOrder(QStringLiteral("ORD-P")).refunded, qint64(5000));
    QCOMPARE(ctl({QStringLiteral("approvals"), QStringLiteral("approve"), QStringLiteral("1")}, amir, amirPw)
                 .exitCode,
             1);
    // An approver's own request needs someone else.
    QCOMPARE(ctl({QStringLiteral("refund"), QStringLiteral("ORD-P"), QStringLiteral("10.00"),
                  QStringLiteral("--reason"), QStringLiteral("mine")},
                 amir, amirPw)
                 .exitCode,
             4);
    QCOMPARE(ctl({QStringLiteral("approvals"), QStringLiteral("approve"), QStringLiteral("2")}, amir, amirPw)
                 .exitCode,
             1);
    QCOMPARE(ctl({QStringLiteral("approvals"), QStringLiteral("reject"), QStringLiteral("2"),
                  QStringLiteral("--reason"), QStringLiteral("no")},
                 olga, olgaPw)
                 .exitCode,
             1);
    // A threshold lets small refunds through; only an admin sets it.
    QCOMPARE(ctl({QStringLiteral("approvals"), QStringLiteral("threshold"), QStringLiteral("AED"),
                  QStringLiteral("20.00")},
                 amir, amirPw)
                 .exitCode,
             1);
    QCOMPARE(ctl({QStringLiteral("approvals"), QStringLiteral("threshold"), QStringLiteral("AED"),
                  QStringLiteral("20.00")},
                 QStringLiteral("ada"), QStringLiteral("ada-password"))
                 .exitCode,
             0);
    // Amir's waiting 10.00 counts against it on this order: 9.99 goes through, 10.00 more would not.
    QCOMPARE(ctl({QStringLiteral("refund"), QStringLiteral("ORD-P"), QStringLiteral("9.99"),
                  QStringLiteral("--reason"), QStringLiteral("small")},
                 olga, olgaPw)
                 .exitCode,
             0);
    QCOMPARE(m_fx->simOrder(QStringLiteral("ORD-P")).refunded, qint64(5999));
    QCOMPARE(ctl({QStringLiteral("refund"), QStringLiteral("ORD-P"), QStringLiteral("0.02"),
                  QStringLiteral("--reason"), QStringLiteral("small")},
                 olga, olgaPw)
                 .exitCode,
             4);
    // Only the requester withdraws her waiting request (number 3), once; the reservation is released.
    const QStringList withdraw{QStringLiteral("approvals"), QStringLiteral("withdraw"), QStringLiteral("3")};
    QCOMPARE(ctl(withdraw, amir, amirPw).exitCode, 1);
    const Run withdrawn = ctl(withdraw, olga, olgaPw);
    QCOMPARE(withdrawn.exitCode, 0);
    QVERIFY2(withdrawn.out.contains(QStringLiteral("withdrew refund request 3")), qPrintable(withdrawn.out));
    QCOMPARE(ctl(withdraw, olga, olgaPw).exitCode, 1);
    const Run all =
        ctl({QStringLiteral("approvals"), QStringLiteral("list"), QStringLiteral("--all")}, olga, olgaPw);
    QVERIFY2(all.out.contains(QStringLiteral("3\tORD-P\t0.02 AED\trejected")), qPrintable(all.out));
    QVERIFY2(all.out.contains(QStringLiteral("decided by olga: withdrawn")), qPrintable(all.out));
    QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("verify")}, QStringLiteral("ada"),
                 QStringLiteral("ada-password"))
                 .exitCode,
             0);
}

void tst_CliPeople::lastAdminAndReset()
{
    addUsers();
    const QString ada = QStringLiteral("ada");
    QCOMPARE(
        ctl({QStringLiteral("users"), QStringLiteral("disable"), ada}, ada, QStringLiteral("ada-password"))
            .exitCode,
        1);
    QCOMPARE(ctl({QStringLiteral("users"), QStringLiteral("role"), ada, QStringLiteral("viewer")}, ada,
                 QStringLiteral("ada-password"))
                 .exitCode,
             1);
    // Forgotten: locked out after five wrong passwords, then reset on this machine.
    for (int i = 0; i < 5; ++i)
        ctl({QStringLiteral("approvals"), QStringLiteral("list")}, ada,
            QStringLiteral("forgotten-%1").arg(i));
    QCOMPARE(ctl({QStringLiteral("approvals"), QStringLiteral("list")}, ada, QStringLiteral("ada-password"))
                 .exitCode,
             1);
    const Run reset = ctl({QStringLiteral("users"), QStringLiteral("reset-admin")});
    QCOMPARE(reset.exitCode, 0);
    const QString printed =
        reset.out.section(QStringLiteral("new password: "), 1).section(QLatin1Char('\n'), 0, 0);
    QCOMPARE(printed.size(), 16);
    QCOMPARE(ctl({QStringLiteral("users"), QStringLiteral("list")}, ada, printed).exitCode, 0);
    QSqlQuery query(m_fx->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'reset_admin' AND "
                                      "user_name LIKE 'os:%'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_CliPeople)
#include "tst_cli_people.moc"
