#include "auditedstore.h"
#include "services/authservice.h"
#include "store/auditheadmemory.h"
#include "teststore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

// The longest audit head this machine has seen, kept outside the database: a log found shorter, or cut and
// rewritten to the same length, is named with the remembered count and hash, and sign-in is refused.
class tst_AuditHeadMemory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void remembersTheLongestHead();
    void shorterLogIsNamed();
    void rewrittenTailIsNamed();
    void signInIsRefused();

private:
    void cutRows(int count);

    std::unique_ptr<AuditedStore> m_store;
    std::unique_ptr<AuditHeadMemory> m_memory;
    QString m_identity;
};

void tst_AuditHeadMemory::init()
{
    m_store = std::make_unique<AuditedStore>();
    QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
    // The test-mode data folder is shared by every test function: one file each.
    m_memory = std::make_unique<AuditHeadMemory>(AuditHeadMemory::defaultPath() + u'.' +
                                                 QString::fromLatin1(QTest::currentTestFunction()));
    QFile::remove(m_memory->filePath());
    QVERIFY(
        m_memory->filePath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    m_identity = *AuditHeadMemory::databaseIdentity(m_store->database());
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_store->log()
                    .append(QStringLiteral("ada"), QStringLiteral("test"), QStringLiteral("done"))
                    .ok());
}

void tst_AuditHeadMemory::cleanup()
{
    QFile::remove(m_memory->filePath());
    m_memory.reset();
    m_store.reset();
}

void tst_AuditHeadMemory::cutRows(int count)
{
    const QString error = TestStore::runOutside(
        m_store->database().path(),
        {QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete"),
         QStringLiteral("DELETE FROM audit_log WHERE id > (SELECT MAX(id) - %1 FROM audit_log)").arg(count)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_AuditHeadMemory::remembersTheLongestHead()
{
    QCOMPARE(m_memory->remembered(m_identity), std::nullopt);
    QCOMPARE(*m_memory->check(m_store->database(), m_store->log()), QString());
    const AuditAnchor head = *m_store->log().head();
    QCOMPARE(m_memory->remembered(m_identity)->toString(), head.toString());
    // Never shortened by a shorter head.
    m_memory->remember(m_identity, AuditAnchor{1, AuditLog::genesisHash()});
    QCOMPARE(m_memory->remembered(m_identity)->toString(), head.toString());
}

void tst_AuditHeadMemory::shorterLogIsNamed()
{
    QCOMPARE(*m_memory->check(m_store->database(), m_store->log()), QString());
    const AuditAnchor seen = *m_store->log().head();
    cutRows(2);
    // The chain itself still verifies: only the memory can tell.
    QVERIFY(m_store->log().verify().ok());
    const QString problem = *m_memory->check(m_store->database(), m_store->log());
    QVERIFY2(problem.contains(
                 QStringLiteral("saw it with %1 rows ending in %2").arg(seen.rowCount).arg(seen.lastHash)),
             qPrintable(problem));
    // And it does not forget the longer head by having looked.
    QCOMPARE(m_memory->remembered(m_identity)->toString(), seen.toString());
}

void tst_AuditHeadMemory::rewrittenTailIsNamed()
{
    QCOMPARE(*m_memory->check(m_store->database(), m_store->log()), QString());
    const AuditAnchor seen = *m_store->log().head();
    cutRows(1);
    // Written again with the key (someone who has it) to the same length: another hash at that row.
    QVERIFY(
        m_store->log().append(QStringLiteral("eve"), QStringLiteral("test"), QStringLiteral("done")).ok());
    QCOMPARE(m_store->log().head()->rowCount, seen.rowCount);
    const QString problem = *m_memory->check(m_store->database(), m_store->log());
    QVERIFY2(problem.contains(QStringLiteral("cut and rewritten")), qPrintable(problem));
    QVERIFY2(problem.contains(seen.toString()), qPrintable(problem));
}

void tst_AuditHeadMemory::signInIsRefused()
{
    AuthService auth(m_store->database(), m_store->log());
    auth.setHeadMemory(m_memory.get());
    QVERIFY(
        auth.addUser(QStringLiteral("x"), QStringLiteral("ada"), Role::Admin, QStringLiteral("ada-password"))
            .ok());
    QVERIFY(auth.signIn(QStringLiteral("ada"), QStringLiteral("ada-password")).ok());
    const AuditAnchor seen = *m_memory->remembered(m_identity);
    QCOMPARE(seen.toString(), m_store->log().head()->toString());
    cutRows(3);
    const SignInResult refused = auth.signIn(QStringLiteral("ada"), QStringLiteral("ada-password"));
    QCOMPARE(refused.status, SignInStatus::Tampered);
    QVERIFY2(refused.message.contains(seen.lastHash), qPrintable(refused.message));
}

QTEST_GUILESS_MAIN(tst_AuditHeadMemory)
#include "tst_auditheadmemory.moc"
