#include "moneyfixture.h"
#include "services/authservice.h"
#include "store/database.h"
#include "store/databasewatcher.h"
#include "teststore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

// Team mode end to end: desks are paydeskctl processes and in-process Database objects on one PostgreSQL
// store, with one simulator. A refund requested at one desk is seen by the other within a second and approved
// there once, even when two approvers approve at the same moment; a reservation made at one desk stops an
// over-refund at another; the audit chain verifies afterwards. (The PostgreSQL twin only: on SQLite the test
// has nothing to share across machines and says so.)
class tst_TeamDesks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_fx.reset(); }
    void refundRequestedAtOneDeskIsApprovedOnceAtAnother();
    void reservationAtOneDeskBlocksAnOverRefundAtAnother();

private:
    QProcess *start(const QString &user, const QStringList &arguments);
    int finish(QProcess *desk, QString *output = nullptr);
    int run(const QString &user, const QStringList &arguments, QString *output = nullptr);

    std::unique_ptr<MoneyFixture> m_fx;
};

namespace {

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QString passwordOf(const QString &user)
{
    return user + QLatin1String("-password");
}

} // namespace

void tst_TeamDesks::initTestCase()
{
    if (!TestStore::onServer())
        QSKIP("team mode: this test runs as its PostgreSQL twin (tst_teamdesks:pg)");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFile::exists(MoneyFixture::paydeskctl()));
}

void tst_TeamDesks::init()
{
    m_fx = std::make_unique<MoneyFixture>(5);
    QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
    m_fx->addOrder(text("ORD-T"), 10000, text("AED"), Origin::Purchase);
    // The team: two admins (the second confirms the approvers), an operator and two approvers. Every refund
    // needs approval (no threshold).
    const AuthService auth(m_fx->database(), m_fx->audit());
    QVERIFY(auth.addUser(text("setup"), text("ada"), Role::Admin, passwordOf(text("ada"))).ok());
    QVERIFY(auth.addUser(text("ada"), text("bea"), Role::Admin, passwordOf(text("bea"))).ok());
    QVERIFY(auth.addUser(text("ada"), text("olga"), Role::Operator, passwordOf(text("olga"))).ok());
    for (const QString &approver : {text("amir"), text("carl")}) {
        QVERIFY(auth.addUser(text("ada"), approver, Role::Approver, passwordOf(approver)).ok());
        QVERIFY(auth.confirmUser(text("bea"), approver).ok());
    }
}

QProcess *tst_TeamDesks::start(const QString &user, const QStringList &arguments)
{
    QProcessEnvironment env = MoneyFixture::cliEnvironment();
    env.insert(text("PAYDESK_USER"), user);
    env.insert(text("PAYDESK_PASSWORD"), passwordOf(user));
    return m_fx->startCli(arguments, env, this);
}

int tst_TeamDesks::finish(QProcess *desk, QString *output)
{
    return MoneyFixture::finishCli(desk, output);
}

int tst_TeamDesks::run(const QString &user, const QStringList &arguments, QString *output)
{
    return finish(start(user, arguments), output);
}

void tst_TeamDesks::refundRequestedAtOneDeskIsApprovedOnceAtAnother()
{
    // Desk B: another Database object on the same store, watching it as the window does.
    auto deskB = Database::open(m_fx->databasePath());
    QVERIFY2(deskB.ok(), qPrintable(deskB.message));
    DatabaseWatcher watcherB(**deskB);
    QSignalSpy seenAtB(&watcherB, &DatabaseWatcher::changed);
    DatabaseWatcher watcherA(m_fx->database());
    QSignalSpy seenAtA(&watcherA, &DatabaseWatcher::changed);

    // Desk A (a process): the operator asks for a refund; it waits for a second person.
    seenAtB.clear();
    QString output;
    QCOMPARE(run(text("olga"),
                 {text("refund"), text("ORD-T"), text("30.00"), text("--reason"), text("damaged")}, &output),
             4);
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    QVERIFY2(seenAtB.count() > 0 || seenAtB.wait(1000), "desk B did not hear of the request within a second");
    qInfo("desk B heard of the request %lld ms after desk A ended", qint64(sinceCommit.elapsed()));

    // Two approvers at desk B press approve at the same moment: one refund reaches APS.
    seenAtA.clear();
    QProcess *first = start(text("amir"), {text("approvals"), text("approve"), text("1")});
    QProcess *second = start(text("carl"), {text("approvals"), text("approve"), text("1")});
    const int codes[] = {finish(first), finish(second)};
    QCOMPARE(std::count(std::begin(codes), std::end(codes), 0), 1);
    QCOMPARE(std::count(std::begin(codes), std::end(codes), 1), 1);
    QCOMPARE(m_fx->received(text("ORD-T"), text("REFUND")), 1);
    QCOMPARE(m_fx->simOrder(text("ORD-T")).refunded, qint64(3000));

    // Desk A hears of the approval within a second, and both desks read the same row.
    sinceCommit.restart();
    QVERIFY2(seenAtA.count() > 0 || seenAtA.wait(1000), "desk A did not hear of the refund within a second");
    const auto atA = m_fx->cached(text("ORD-T"));
    QCOMPARE(atA.refunded, qint64(3000));
    QCOMPARE(atA.refundReserved, qint64(0));
    QCOMPARE(run(text("ada"), {text("audit"), text("verify")}), 0);
}

void tst_TeamDesks::reservationAtOneDeskBlocksAnOverRefundAtAnother()
{
    QCOMPARE(run(text("olga"), {text("refund"), text("ORD-T"), text("80.00"), text("--reason"), text("a")}),
             4);
    // 100.00 paid, 80.00 reserved at desk A: desk B may ask for 20.00 at most.
    QString output;
    QCOMPARE(run(text("amir"), {text("refund"), text("ORD-T"), text("30.00"), text("--reason"), text("b")},
                 &output),
             1);
    QCOMPARE(run(text("amir"), {text("refund"), text("ORD-T"), text("20.00"), text("--reason"), text("c")}),
             4);
    QCOMPARE(m_fx->received(text("ORD-T"), text("REFUND")), 0);
    QCOMPARE(m_fx->cached(text("ORD-T")).refundReserved, qint64(10000));
}

QTEST_MAIN(tst_TeamDesks)
#include "tst_teamdesks.moc"
