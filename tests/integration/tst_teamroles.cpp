#include "teststore.h"

#include "money/currency.h"
#include "store/auditkeyprovider.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/transactionrepository.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

// resources/postgresql/roles.sql on a team store, run the way its comment says (psql as the owner): a desk's
// login role (a member of paydesk_desk) does what the capture path does, but cannot change or delete audit
// rows even with the append-only trigger disabled, and no desk role runs DDL; a paydesk_readonly member only
// reads. Team mode only: it runs as the ":pg" twin.
class tst_TeamRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void deskWritesTheCapturePath();
    void auditLogRefusedByPrivilegeAlone();
    void deskRunsNoDdl();
    void readonlyOnlyReads();

private:
    // The store's URI as login role `role`.
    QString uriAs(const QString &role) const;
    // Runs `sql` as `db`'s role: the SQLSTATE of its error, or an empty string when it worked.
    static QString sqlState(const Database &db, const QString &sql);
    static Transaction order(const QString &reference);

    QTemporaryDir m_dir;
    QString m_location;
    QString m_deskRole;
    QString m_readerRole;
    std::unique_ptr<FileAuditKeyProvider> m_key;
    std::unique_ptr<Database> m_desk;
    std::unique_ptr<Database> m_reader;
};

void tst_TeamRoles::initTestCase()
{
    if (!TestStore::onServer())
        QSKIP("team mode only: the \":pg\" twin of this test runs it");
    m_location = TestStore::newLocation(m_dir);
    {
        // The owner (the test server's superuser here) creates the store and its first rows.
        const auto owner = Database::create(m_location, QStringLiteral("TEAM1"), QStringLiteral("simulator"));
        QVERIFY2(owner.ok(), qPrintable(owner.message));
        QVERIFY(FileAuditKeyProvider::createKeyFile(m_dir.filePath(QStringLiteral("key"))).ok());
        m_key = std::make_unique<FileAuditKeyProvider>(m_dir.filePath(QStringLiteral("key")));
        QVERIFY(AuditLog(**owner, *m_key)
                    .append(QStringLiteral("owner"), QStringLiteral("init"), QStringLiteral("done"))
                    .ok());
        Transaction tx = order(QStringLiteral("ORD-OWNER"));
        QVERIFY(TransactionRepository(**owner).insert(tx).ok());
    }
    QProcess psql;
    psql.start(QStringLiteral("psql"),
               {m_location, QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("-f"), QStringLiteral(PAYDESK_SOURCE_DIR "/resources/postgresql/roles.sql")});
    QVERIFY(psql.waitForFinished(60000));
    QVERIFY2(psql.exitCode() == 0, psql.readAllStandardError().constData());

    const QString suffix = QString::number(QCoreApplication::applicationPid());
    m_deskRole = QStringLiteral("desk_") + suffix;
    m_readerRole = QStringLiteral("reader_") + suffix;
    const QString error = TestStore::runOutside(
        m_location, {QStringLiteral("DROP ROLE IF EXISTS ") + m_deskRole,
                     QStringLiteral("DROP ROLE IF EXISTS ") + m_readerRole,
                     QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE paydesk_desk").arg(m_deskRole),
                     QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE paydesk_readonly").arg(m_readerRole)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto desk = Database::open(uriAs(m_deskRole));
    QVERIFY2(desk.ok(), qPrintable(desk.message));
    m_desk = std::move(*desk);
    auto reader = Database::open(uriAs(m_readerRole));
    QVERIFY2(reader.ok(), qPrintable(reader.message));
    m_reader = std::move(*reader);
}

void tst_TeamRoles::cleanupTestCase()
{
    m_desk.reset();
    m_reader.reset();
    if (!m_deskRole.isEmpty())
        TestStore::runOutside(m_location, {QStringLiteral("DROP ROLE IF EXISTS ") + m_deskRole,
                                           QStringLiteral("DROP ROLE IF EXISTS ") + m_readerRole});
}

QString tst_TeamRoles::uriAs(const QString &role) const
{
    QUrl url(m_location);
    url.setUserName(role);
    return url.toString();
}

QString tst_TeamRoles::sqlState(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) ? QString() : query.lastError().nativeErrorCode();
}

Transaction tst_TeamRoles::order(const QString &reference)
{
    Transaction tx;
    tx.merchantIdentifier = QStringLiteral("TEAM1");
    tx.merchantReference = reference;
    tx.origin = Origin::Authorization;
    tx.currency = *Currency::fromCode(QStringLiteral("AED"));
    tx.authorized = 10000;
    tx.authorizedAt = QDateTime::currentDateTimeUtc();
    tx.cardMasked = QStringLiteral("411111******1111");
    return tx;
}

void tst_TeamRoles::deskWritesTheCapturePath()
{
    Transaction tx = order(QStringLiteral("ORD-DESK"));
    const StoreStatus inserted = TransactionRepository(*m_desk).insert(tx);
    QVERIFY2(inserted.ok(), qPrintable(inserted.message));
    QVERIFY(tx.id > 1);
    QCOMPARE(
        sqlState(*m_desk, QStringLiteral("UPDATE transactions SET captured = 5000 WHERE id = %1").arg(tx.id)),
        QString());
    const AuditLog audit(*m_desk, *m_key);
    const auto appended = audit.append(QStringLiteral("olga"), QStringLiteral("capture"),
                                       QStringLiteral("succeeded"), QStringLiteral("ORD-DESK"));
    QVERIFY2(appended.ok(), qPrintable(appended.message));
    QVERIFY(audit.verify().ok());
}

void tst_TeamRoles::auditLogRefusedByPrivilegeAlone()
{
    // The owner switches the append-only trigger off: only the desk role's missing privileges remain.
    QCOMPARE(TestStore::runOutside(m_location, {QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER ALL")}),
             QString());
    const QString denied = QStringLiteral("42501"); // insufficient_privilege
    QCOMPARE(sqlState(*m_desk, QStringLiteral("UPDATE audit_log SET details = 'edited'")), denied);
    QCOMPARE(sqlState(*m_desk, QStringLiteral("DELETE FROM audit_log")), denied);
    QCOMPARE(sqlState(*m_desk, QStringLiteral("TRUNCATE audit_log")), denied);
    // Appending still works, and nothing was changed.
    QVERIFY(AuditLog(*m_desk, *m_key)
                .append(QStringLiteral("olga"), QStringLiteral("void"), QStringLiteral("succeeded"))
                .ok());
    QVERIFY(AuditLog(*m_desk, *m_key).verify().ok());
    QCOMPARE(TestStore::runOutside(m_location, {QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER ALL")}),
             QString());
}

void tst_TeamRoles::deskRunsNoDdl()
{
    const QString denied = QStringLiteral("42501");
    QCOMPARE(sqlState(*m_desk, QStringLiteral("CREATE TABLE extra (a BIGINT)")), denied);
    QCOMPARE(sqlState(*m_desk, QStringLiteral("ALTER TABLE users ADD COLUMN extra BIGINT")), denied);
    QCOMPARE(sqlState(*m_desk, QStringLiteral("DROP TABLE resolution_proposals")), denied);
    QCOMPARE(sqlState(*m_desk, QStringLiteral("TRUNCATE transactions CASCADE")), denied);
}

void tst_TeamRoles::readonlyOnlyReads()
{
    QCOMPARE(sqlState(*m_reader, QStringLiteral("SELECT count(*) FROM transactions")), QString());
    QCOMPARE(sqlState(*m_reader, QStringLiteral("SELECT count(*) FROM audit_log")), QString());
    const QString denied = QStringLiteral("42501");
    QCOMPARE(sqlState(*m_reader, QStringLiteral("UPDATE transactions SET captured = 0")), denied);
    QCOMPARE(sqlState(*m_reader, QStringLiteral("DELETE FROM meta")), denied);
    Transaction tx = order(QStringLiteral("ORD-READER"));
    QCOMPARE(TransactionRepository(*m_reader).insert(tx).ok(), false);
    QVERIFY(!AuditLog(*m_reader, *m_key)
                 .append(QStringLiteral("reports"), QStringLiteral("x"), QStringLiteral("done"))
                 .ok());
}

QTEST_GUILESS_MAIN(tst_TeamRoles)
#include "tst_teamroles.moc"
