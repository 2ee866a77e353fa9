#include "moneyfixture.h"
#include "teststore.h"

#include "store/storemigration.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>

// paydeskctl migrate end to end: a single-desk file with money history (captures, a refund approved by a
// second person, users, a threshold, the audit trail) moves into a team store on the test server, ids kept;
// both chains verify, the list is the same, new rows continue the ids. A copy that fails midway leaves
// nothing, and a team store that holds data is refused and left alone. Team mode only: it runs as the ":pg"
// twin.
class tst_Migrate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_fx.reset(); }

    void movesEverythingVerified();
    void failureMidwayLeavesNothing();
    void refusesAStoreWithData();
    void refusesABrokenSourceChain();
    void refusesBadUsage();

private:
    // Runs paydeskctl on `db` as `user` (password "<user>-password"; none: the bootstrap, no sign-in), with
    // the simulator answering meanwhile. Its exit code; stdout and stderr together in *output.
    int ctl(const QString &db, const QStringList &args, const QString &user = QString(),
            QString *output = nullptr, const QString &newPassword = QString());
    void buildHistory();
    int migrate(const QString &target, QString *output = nullptr);
    // Rows per table (meta included) of the store at `location`.
    static QMap<QString, qint64> counts(const QString &location);

    std::unique_ptr<MoneyFixture> m_fx;
};

void tst_Migrate::initTestCase()
{
    if (!TestStore::onServer())
        QSKIP("team mode only: the \":pg\" twin of this test runs it");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFile::exists(MoneyFixture::paydeskctl()));
}

void tst_Migrate::init()
{
    // The desk's own store is a file, whichever twin runs: the fixture creates it with the backend unset.
    const QByteArray backend = qgetenv("PAYDESK_TEST_BACKEND");
    qunsetenv("PAYDESK_TEST_BACKEND");
    m_fx = std::make_unique<MoneyFixture>(5);
    qputenv("PAYDESK_TEST_BACKEND", backend);
    QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
    QVERIFY(!Database::isServerUri(m_fx->databasePath()));
    m_fx->addOrder(QStringLiteral("ORD-P"), 10000, QStringLiteral("AED"), Origin::Purchase);
    m_fx->addOrder(QStringLiteral("ORD-A"), 10000, QStringLiteral("AED"), Origin::Authorization);
    m_fx->addOrder(QStringLiteral("ORD-K"), 250500, QStringLiteral("KWD"), Origin::Authorization);
}

int tst_Migrate::ctl(const QString &db, const QStringList &args, const QString &user, QString *output,
                     const QString &newPassword)
{
    QProcessEnvironment env = MoneyFixture::cliEnvironment();
    env.remove(QStringLiteral("PAYDESK_USER"));
    if (!user.isEmpty()) {
        env.insert(QStringLiteral("PAYDESK_USER"), user);
        env.insert(QStringLiteral("PAYDESK_PASSWORD"), user + QStringLiteral("-password"));
    }
    if (!newPassword.isEmpty())
        env.insert(QStringLiteral("PAYDESK_NEW_PASSWORD"), newPassword);
    auto *process = new QProcess;
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardInputFile(QProcess::nullDevice());
    process->start(MoneyFixture::paydeskctl(), QStringList{QStringLiteral("--db"), db} + args);
    return MoneyFixture::finishCli(process, output);
}

void tst_Migrate::buildHistory()
{
    const QString db = m_fx->databasePath();
    const auto add = [&](const QString &actor, const QString &name, const QString &role) {
        return ctl(db, {QStringLiteral("users"), QStringLiteral("add"), name, QStringLiteral("--role"), role},
                   actor, nullptr, name + QStringLiteral("-password"));
    };
    QCOMPARE(add(QString(), QStringLiteral("ada"), QStringLiteral("admin")), 0);
    QCOMPARE(add(QStringLiteral("ada"), QStringLiteral("bea"), QStringLiteral("admin")), 0);
    QCOMPARE(add(QStringLiteral("ada"), QStringLiteral("olga"), QStringLiteral("operator")), 0);
    QCOMPARE(add(QStringLiteral("ada"), QStringLiteral("amir"), QStringLiteral("approver")), 0);
    QCOMPARE(ctl(db, {QStringLiteral("users"), QStringLiteral("confirm"), QStringLiteral("amir")},
                 QStringLiteral("bea")),
             0);
    QCOMPARE(ctl(db, {QStringLiteral("capture"), QStringLiteral("ORD-A"), QStringLiteral("40.00")},
                 QStringLiteral("olga")),
             0);
    QCOMPARE(ctl(db, {QStringLiteral("capture"), QStringLiteral("ORD-K"), QStringLiteral("remaining")},
                 QStringLiteral("olga")),
             0);
    QCOMPARE(ctl(db,
                 {QStringLiteral("refund"), QStringLiteral("ORD-P"), QStringLiteral("50.00"),
                  QStringLiteral("--reason"), QStringLiteral("returned goods")},
                 QStringLiteral("olga")),
             4);
    QCOMPARE(ctl(db, {QStringLiteral("approvals"), QStringLiteral("approve"), QStringLiteral("1")},
                 QStringLiteral("amir")),
             0);
    QCOMPARE(m_fx->simOrder(QStringLiteral("ORD-P")).refunded, qint64(5000));
    QCOMPARE(ctl(db,
                 {QStringLiteral("approvals"), QStringLiteral("threshold"), QStringLiteral("AED"),
                  QStringLiteral("20.00")},
                 QStringLiteral("ada")),
             0);
}

int tst_Migrate::migrate(const QString &target, QString *output)
{
    return ctl(m_fx->databasePath(),
               {QStringLiteral("migrate"), QStringLiteral("--from"), m_fx->databasePath(),
                QStringLiteral("--to"), target},
               QStringLiteral("ada"), output);
}

QMap<QString, qint64> tst_Migrate::counts(const QString &location)
{
    QMap<QString, qint64> result;
    const auto opened = Database::open(location);
    if (!opened.ok())
        qFatal("cannot open %s: %s", qPrintable(location), qPrintable(opened.message));
    QSqlQuery query((*opened)->connection());
    for (const QString &table : StoreMigration::tables() + QStringList{QStringLiteral("meta")}) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
            qFatal("cannot count %s", qPrintable(table));
        result.insert(table, query.value(0).toLongLong());
    }
    return result;
}

void tst_Migrate::movesEverythingVerified()
{
    buildHistory();
    const QString source = m_fx->databasePath();
    const QTemporaryDir dir;
    const QString target = TestStore::newLocation(dir);
    // Text the copy must quote right.
    QCOMPARE(TestStore::runOutside(source, {QStringLiteral("UPDATE transactions SET customer_name = "
                                                           "'O''Brien \\ \"Ünal\" ;--' WHERE id = 3")}),
             QString());
    QString listed;
    QCOMPARE(ctl(source, {QStringLiteral("list"), QStringLiteral("--json")}, QStringLiteral("ada"), &listed),
             0);
    const QMap<QString, qint64> before = counts(source);
    QVERIFY(before.value(QStringLiteral("operations")) >= 3);
    QCOMPARE(before.value(QStringLiteral("refund_requests")), qint64(1));
    QCOMPARE(before.value(QStringLiteral("approval_thresholds")), qint64(1));

    QString output;
    QCOMPARE(migrate(target, &output), 0);
    QVERIFY2(output.contains(QStringLiteral("audit chain verified")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("  transactions: 3")), qPrintable(output));

    // Every row moved; the move is recorded in both logs (after the migrate command's own sign-in).
    const QMap<QString, qint64> after = counts(target);
    QMap<QString, qint64> expected = counts(source);
    expected[QStringLiteral("meta")] += 2; // the server store's own facts: application, schema_version
    QCOMPARE(after, expected);
    QCOMPARE(after.value(QStringLiteral("audit_log")), before.value(QStringLiteral("audit_log")) + 2);
    QCOMPARE(after.value(QStringLiteral("transactions")), qint64(3));
    QVERIFY(QFile::exists(TestStore::keyPathFor(target)));

    // The team store: its chain verifies with the key the desks find, its people sign in, the list is the
    // file's.
    QCOMPARE(ctl(target, {QStringLiteral("audit"), QStringLiteral("verify")}, QStringLiteral("ada")), 0);
    QString teamList;
    QCOMPARE(
        ctl(target, {QStringLiteral("list"), QStringLiteral("--json")}, QStringLiteral("amir"), &teamList),
        0);
    QVERIFY2(QJsonDocument::fromJson(listed.toUtf8()).isArray(), qPrintable(listed));
    QCOMPARE(QJsonDocument::fromJson(teamList.toUtf8()), QJsonDocument::fromJson(listed.toUtf8()));
    QVERIFY(teamList.contains(QStringLiteral("O'Brien \\\\ \\\"Ünal\\\" ;--")));

    // New rows continue the ids.
    QCOMPARE(ctl(target, {QStringLiteral("capture"), QStringLiteral("ORD-A"), QStringLiteral("10.00")},
                 QStringLiteral("olga")),
             0);
    const auto team = Database::open(target);
    QVERIFY(team.ok());
    QSqlQuery query((*team)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT max(id), count(*) FROM operations")) && query.next());
    QCOMPARE(query.value(0).toLongLong(), before.value(QStringLiteral("operations")) + 1);
    QCOMPARE(query.value(1).toLongLong(), before.value(QStringLiteral("operations")) + 1);
    QVERIFY(query.exec(QStringLiteral("SELECT refund_request_id FROM operations WHERE kind = 'refund'")) &&
            query.next());
    QCOMPARE(query.value(0).toLongLong(), qint64(1));
    QCOMPARE(ctl(target, {QStringLiteral("audit"), QStringLiteral("verify")}, QStringLiteral("bea")), 0);
}

void tst_Migrate::failureMidwayLeavesNothing()
{
    buildHistory();
    const QTemporaryDir dir;
    const QString target = TestStore::newLocation(dir);
    // An empty team store whose refund_requests refuses the one row the file has: the copy fails after
    // transactions, users, the audit log and operations went in.
    {
        const auto created = Database::create(target, MoneyFixture::merchant(), QStringLiteral("simulator"));
        QVERIFY2(created.ok(), qPrintable(created.message));
    }
    const QString error = TestStore::runOutside(
        target,
        {QStringLiteral("ALTER TABLE refund_requests ADD CONSTRAINT refuses_one CHECK (amount <> 5000)")});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QMap<QString, qint64> emptyStore = counts(target);
    QString output;
    QCOMPARE(migrate(target, &output), 5);
    QVERIFY2(output.contains(QStringLiteral("refund_requests")), qPrintable(output));
    QCOMPARE(counts(target), emptyStore);
    for (const QString &table : StoreMigration::tables())
        QCOMPARE(emptyStore.value(table), qint64(0));
    // Neither the key copied for it stays, nor a note in the file's log.
    QVERIFY(!QFile::exists(TestStore::keyPathFor(target)));
    QCOMPARE(
        ctl(m_fx->databasePath(), {QStringLiteral("audit"), QStringLiteral("verify")}, QStringLiteral("ada")),
        0);

    // With the obstacle gone, the same target takes the move.
    QVERIFY(TestStore::runOutside(target,
                                  {QStringLiteral("ALTER TABLE refund_requests DROP CONSTRAINT refuses_one")})
                .isEmpty());
    QCOMPARE(migrate(target, &output), 0);
    QVERIFY2(output.contains(QStringLiteral("into its empty team store")), qPrintable(output));
}

void tst_Migrate::refusesAStoreWithData()
{
    buildHistory();
    const QTemporaryDir dir;
    const QString target = TestStore::newLocation(dir);
    QString output;
    QCOMPARE(ctl(target,
                 {QStringLiteral("init"), QStringLiteral("--merchant-identifier"), MoneyFixture::merchant(),
                  QStringLiteral("--environment"), QStringLiteral("simulator")},
                 QString(), &output),
             0);
    const QMap<QString, qint64> initialized = counts(target);
    QCOMPARE(initialized.value(QStringLiteral("audit_log")), qint64(1));
    QCOMPARE(migrate(target, &output), 1);
    QVERIFY2(output.contains(QStringLiteral("already holds a PayDesk store with data")), qPrintable(output));
    QCOMPARE(counts(target), initialized);
    QCOMPARE(ctl(target, {QStringLiteral("audit"), QStringLiteral("verify")}), 0);
}

void tst_Migrate::refusesABrokenSourceChain()
{
    const QString source = m_fx->databasePath();
    for (const QString &reference : {QStringLiteral("ORD-A"), QStringLiteral("ORD-P")})
        QVERIFY(
            m_fx->audit()
                .append(QStringLiteral("olga"), QStringLiteral("capture"), QStringLiteral("done"), reference)
                .ok());
    QCOMPARE(TestStore::runOutside(source,
                                   {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                                    QStringLiteral("UPDATE audit_log SET details = 'edited' WHERE id = 1")}),
             QString());
    const QTemporaryDir dir;
    const QString target = TestStore::newLocation(dir);
    QString output;
    QCOMPARE(migrate(target, &output), 1);
    QVERIFY2(output.contains(QStringLiteral("does not verify")), qPrintable(output));
    // The server database was not even given a store.
    QCOMPARE(Database::probe(target).error, StoreError::Missing);
    QVERIFY(!QFile::exists(TestStore::keyPathFor(target)));
}

void tst_Migrate::refusesBadUsage()
{
    const QString source = m_fx->databasePath();
    QCOMPARE(ctl(source, {QStringLiteral("migrate"), QStringLiteral("--from"), source}), 2);
    QCOMPARE(ctl(source, {QStringLiteral("migrate"), QStringLiteral("--from"), source, QStringLiteral("--to"),
                          m_fx->filePath(QStringLiteral("other.db"))}),
             2);
    // A file that is not there is the environment's problem.
    const QTemporaryDir dir;
    QCOMPARE(ctl(source, {QStringLiteral("migrate"), QStringLiteral("--from"),
                          m_fx->filePath(QStringLiteral("none.db")), QStringLiteral("--to"),
                          TestStore::newLocation(dir)}),
             5);
}

QTEST_GUILESS_MAIN(tst_Migrate)
#include "tst_migrate.moc"
