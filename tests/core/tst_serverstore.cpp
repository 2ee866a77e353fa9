#include "store/database.h"
#include "store/migrationrunner.h"
#include "teststore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

// Opening and creating a team's store on PostgreSQL (the PostgreSQL twin only): what `--db postgresql://…`
// accepts and refuses, and the schema version check every start makes.
class tst_ServerStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsAndOpensAStore();
    void refusesAPasswordInTheUri();
    void refusesADatabaseOfAnotherApplication();
    void refusesASecondInit();
    void refusesANewerSchema();
    void emptyDatabaseHoldsNoStore();
    void unreachableServerSaysSo();
    void wrongAccountIsRefused();

private:
    QTemporaryDir m_dir;
};

namespace {

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

void tst_ServerStore::initTestCase()
{
    if (!TestStore::onServer())
        QSKIP("team mode: this test runs as its PostgreSQL twin (tst_serverstore:pg)");
}

void tst_ServerStore::createsAndOpensAStore()
{
    const QString uri = TestStore::newLocation(m_dir);
    auto created = Database::create(uri, text("MERCH1"), text("sandbox"));
    QVERIFY2(created.ok(), qPrintable(created.message));
    QVERIFY((*created)->isShared());
    QCOMPARE((*created)->path(), uri);
    const int latest =
        MigrationRunner(MigrationRunner::defaultDirectory(SqlDialect::Kind::PostgreSql)).latestVersion();
    QCOMPARE(latest, MigrationRunner().latestVersion()); // both backends at the same schema version
    QCOMPARE((*created)->schemaVersion(), latest);
    created->reset();

    const auto info = Database::probe(uri);
    QVERIFY2(info.ok(), qPrintable(info.message));
    QCOMPARE(info->schemaVersion, latest);
    QCOMPARE(info->merchantIdentifier, text("MERCH1"));
    QCOMPARE(info->environment, text("sandbox"));
    auto opened = Database::open(uri, text("MERCH1"), text("sandbox"));
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    // Writes nest as savepoints on the server too.
    const StoreStatus nested = (*opened)->withWriteTransaction([&] {
        return (*opened)->withWriteTransaction(
            [] { return StoreStatus::failure(StoreError::Conflict, text("inner gives up")); });
    });
    QCOMPARE(nested.error, StoreError::Conflict);
}

void tst_ServerStore::refusesAPasswordInTheUri()
{
    QUrl uri(TestStore::newLocation(m_dir));
    uri.setPassword(text("secret"));
    const auto created = Database::create(uri.toString(), text("MERCH1"), text("simulator"));
    QCOMPARE(created.error, StoreError::Invalid);
    QVERIFY2(created.message.contains(text("~/.pgpass")), qPrintable(created.message));
    QVERIFY(!created.message.contains(text("secret")));
}

void tst_ServerStore::refusesADatabaseOfAnotherApplication()
{
    const QString uri = TestStore::newLocation(m_dir);
    QCOMPARE(TestStore::runOutside(uri, {text("CREATE TABLE invoices (id integer)")}), QString());
    const auto created = Database::create(uri, text("MERCH1"), text("simulator"));
    QCOMPARE(created.error, StoreError::AlreadyExists);
    QVERIFY2(created.message.contains(text("another application")), qPrintable(created.message));
    const auto opened = Database::open(uri);
    QCOMPARE(opened.error, StoreError::Missing);
}

void tst_ServerStore::refusesASecondInit()
{
    const QString uri = TestStore::newLocation(m_dir);
    QVERIFY(Database::create(uri, text("MERCH1"), text("simulator")).ok());
    const auto again = Database::create(uri, text("MERCH2"), text("simulator"));
    QCOMPARE(again.error, StoreError::AlreadyExists);
    QCOMPARE(Database::probe(uri)->merchantIdentifier, text("MERCH1"));
}

void tst_ServerStore::refusesANewerSchema()
{
    const QString uri = TestStore::newLocation(m_dir);
    QVERIFY(Database::create(uri, text("MERCH1"), text("simulator")).ok());
    QCOMPARE(TestStore::runOutside(uri, {text("UPDATE meta SET value = '99' WHERE key = 'schema_version'")}),
             QString());
    const auto opened = Database::open(uri);
    QCOMPARE(opened.error, StoreError::NewerSchema);
    QVERIFY2(opened.message.contains(text("99")), qPrintable(opened.message));
}

void tst_ServerStore::emptyDatabaseHoldsNoStore()
{
    const auto opened = Database::open(TestStore::newLocation(m_dir));
    QCOMPARE(opened.error, StoreError::Missing);
    QVERIFY2(opened.message.contains(text("init")), qPrintable(opened.message));
}

void tst_ServerStore::unreachableServerSaysSo()
{
    // Port 1 on loopback: nobody listens.
    const auto opened = Database::open(text("postgresql://nobody@127.0.0.1:1/paydesk"));
    QCOMPARE(opened.error, StoreError::Unreachable);
    QVERIFY2(opened.message.contains(text("cannot be reached")), qPrintable(opened.message));
}

void tst_ServerStore::wrongAccountIsRefused()
{
    const QString uri = TestStore::newLocation(m_dir);
    QVERIFY(Database::create(uri, text("MERCH1"), text("simulator")).ok());
    QCOMPARE(Database::open(uri, text("OTHER")).error, StoreError::WrongAccount);
    QCOMPARE(Database::open(uri, text("MERCH1"), text("production")).error, StoreError::WrongEnvironment);
}

QTEST_GUILESS_MAIN(tst_ServerStore)
#include "tst_serverstore.moc"
