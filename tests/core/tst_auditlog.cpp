#include "domain/cardnumber.h"
#include "store/auditkeyprovider.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "teststore.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_AuditLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void intactChainVerifies();
    void keyFileIsPrivate();
    void missingKeyIsAnError();
    void triggersRefuseChanges();
    void tampering_data();
    void tampering();
    void tailCutDetectedWithAnchor();
    void appendJoinsCallersTransaction();
    void cardNumbersMasked_data();
    void cardNumbersMasked();

private:
    bool exec(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FileAuditKeyProvider> m_keys;
    std::unique_ptr<AuditLog> m_log;
};

void tst_AuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = TestStore::newLocation(*m_dir);
    auto created = Database::create(path, QStringLiteral("MERCH1"), QStringLiteral("simulator"));
    QVERIFY(created.ok());
    m_db = std::move(*created);
    const QString keyPath = TestStore::keyPathFor(path);
    QVERIFY(FileAuditKeyProvider::createKeyFile(keyPath).ok());
    m_keys = std::make_unique<FileAuditKeyProvider>(keyPath);
    m_log = std::make_unique<AuditLog>(*m_db, *m_keys);
    for (int i = 1; i <= 5; ++i) {
        QVERIFY(m_log
                    ->append(QStringLiteral("alice"), QStringLiteral("capture"), QStringLiteral("succeeded"),
                             QStringLiteral("ORD-%1").arg(i), QStringLiteral("amount %1").arg(i * 100))
                    .ok());
    }
}

void tst_AuditLog::cleanup()
{
    m_log.reset();
    m_keys.reset();
    m_db.reset();
    m_dir.reset();
}

bool tst_AuditLog::exec(const QString &sql)
{
    QSqlQuery query(m_db->connection());
    return query.exec(sql);
}

void tst_AuditLog::intactChainVerifies()
{
    const AuditVerification result = m_log->verify();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.rowsChecked, 5);
    const auto head = m_log->head();
    QVERIFY(head.ok());
    QCOMPARE(head->rowCount, 5);
    QCOMPARE(AuditAnchor::fromString(head->toString())->lastHash, head->lastHash);
    QVERIFY(m_log->verify(*head).ok());
}

void tst_AuditLog::keyFileIsPrivate()
{
    const QFileDevice::Permissions permissions = QFile::permissions(m_keys->keyPath());
    QVERIFY(permissions.testFlag(QFileDevice::ReadOwner) && permissions.testFlag(QFileDevice::WriteOwner));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(permissions & others, QFileDevice::Permissions());
    QCOMPARE(m_keys->key()->size(), AuditKeyProvider::KeySize);
    QCOMPARE(FileAuditKeyProvider::createKeyFile(m_keys->keyPath()).error, StoreError::AlreadyExists);
}

void tst_AuditLog::missingKeyIsAnError()
{
    QVERIFY(QFile::remove(m_keys->keyPath()));
    const auto appended =
        m_log->append(QStringLiteral("alice"), QStringLiteral("void"), QStringLiteral("done"));
    QCOMPARE(appended.error, StoreError::AuditKey);
    QVERIFY(appended.message.contains(m_keys->keyPath()));
    QCOMPARE(m_log->verify().problem, AuditProblem::Unavailable);
    QCOMPARE(m_log->head()->rowCount, 5);
}

void tst_AuditLog::triggersRefuseChanges()
{
    QVERIFY(!exec(QStringLiteral("UPDATE audit_log SET outcome = 'declined' WHERE id = 2")));
    QVERIFY(!exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
    QVERIFY(m_log->verify().ok());
}

void tst_AuditLog::tampering_data()
{
    QTest::addColumn<QStringList>("attack");
    QTest::addColumn<AuditProblem>("problem");
    QTest::addColumn<qint64>("firstBad");
    QTest::newRow("edit a field") << QStringList{QStringLiteral(
                                         "UPDATE audit_log SET details = 'amount 1' WHERE id = 3")}
                                  << AuditProblem::Edited << qint64(3);
    QTest::newRow("edit the time") << QStringList{QStringLiteral(
                                          "UPDATE audit_log SET at = at + 1 WHERE id = 4")}
                                   << AuditProblem::Edited << qint64(4);
    QTest::newRow("delete a middle row") << QStringList{QStringLiteral("DELETE FROM audit_log WHERE id = 3")}
                                         << AuditProblem::Missing << qint64(4);
    QTest::newRow("delete the first row") << QStringList{QStringLiteral("DELETE FROM audit_log WHERE id = 1")}
                                          << AuditProblem::Missing << qint64(2);
    // Swap every column but the id of rows 2 and 3: each row's own hash still matches its content.
    QTest::newRow("swap two rows")
        << QStringList{QStringLiteral(
                           "CREATE TEMP TABLE saved AS SELECT * FROM audit_log WHERE id IN (2, 3)"),
                       QStringLiteral("UPDATE audit_log SET (at, user_name, action, outcome, "
                                      "merchant_reference, details, prev_hash, "
                                      "hash) = (SELECT at, user_name, action, outcome, merchant_reference, "
                                      "details, prev_hash, hash "
                                      "FROM saved WHERE saved.id = 5 - audit_log.id) WHERE id IN (2, 3)")}
        << AuditProblem::Reordered << qint64(2);
}

void tst_AuditLog::tampering()
{
    QFETCH(QStringList, attack);
    QFETCH(AuditProblem, problem);
    QFETCH(qint64, firstBad);
    // The attacker removes the append-only triggers first (on PostgreSQL: a superuser turns triggers off).
    const QString error =
        TestStore::runOutside(m_db->path(), QStringList{QStringLiteral("DROP TRIGGER audit_log_no_update"),
                                                        QStringLiteral("DROP TRIGGER audit_log_no_delete")} +
                                                attack);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const AuditVerification result = m_log->verify();
    QCOMPARE(result.problem, problem);
    QCOMPARE(result.firstBadRowId, firstBad);
    QVERIFY2(result.message.contains(QString::number(firstBad)), qPrintable(result.message));
}

void tst_AuditLog::tailCutDetectedWithAnchor()
{
    const AuditAnchor anchor = *m_log->head();
    const QString error =
        TestStore::runOutside(m_db->path(), {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                                             QStringLiteral("DELETE FROM audit_log WHERE id >= 4")});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_log->verify().ok()); // without the anchor a cut tail looks like a shorter log
    const AuditVerification cut = m_log->verify(anchor);
    QCOMPARE(cut.problem, AuditProblem::TailCut);
    QCOMPARE(cut.firstBadRowId, 4);
    // Cut and grown again to the same length: the anchor's hash no longer matches.
    QVERIFY(m_log->append(QStringLiteral("mallory"), QStringLiteral("x"), QStringLiteral("done")).ok());
    QVERIFY(m_log->append(QStringLiteral("mallory"), QStringLiteral("y"), QStringLiteral("done")).ok());
    QCOMPARE(m_log->verify(anchor).problem, AuditProblem::AnchorMismatch);
}

void tst_AuditLog::appendJoinsCallersTransaction()
{
    const StoreStatus rolledBack = m_db->withWriteTransaction([&] {
        if (!m_log->append(QStringLiteral("bob"), QStringLiteral("refund"), QStringLiteral("pending")).ok())
            return StoreStatus::failure(StoreError::Sql, QStringLiteral("append failed"));
        return StoreStatus::failure(StoreError::Conflict, QStringLiteral("the caller gives up"));
    });
    QCOMPARE(rolledBack.error, StoreError::Conflict);
    QCOMPARE(m_log->head()->rowCount, 5);
    QVERIFY(m_db->withWriteTransaction([&] {
                    return m_log
                        ->append(QStringLiteral("bob"), QStringLiteral("refund"), QStringLiteral("pending"))
                        .status();
                })
                .ok());
    QCOMPARE(m_log->head()->rowCount, 6);
    QVERIFY(m_log->verify().ok());
}

void tst_AuditLog::cardNumbersMasked_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("details");
    QTest::addColumn<QString>("storedReference");
    QTest::addColumn<QString>("storedDetails");
    const QString arabic = QStringLiteral("\u0664\u0661\u0661\u0661 \u0661\u0661\u0661\u0661 "
                                          "\u0661\u0661\u0661\u0661 \u0661\u0661\u0661\u0661");
    QTest::newRow("spaces in details")
        << QStringLiteral("ORD-1") << QStringLiteral("reason: 4111 1111 1111 1111 charged twice")
        << QStringLiteral("ORD-1") << QStringLiteral("reason: **** **** **** 1111 charged twice");
    QTest::newRow("dashes in details")
        << QStringLiteral("ORD-2") << QStringLiteral("reason: 4111-1111-1111-1111") << QStringLiteral("ORD-2")
        << QStringLiteral("reason: ****-****-****-1111");
    QTest::newRow("Arabic-Indic digits in details")
        << QStringLiteral("ORD-3") << QStringLiteral("\u0633\u0628\u0628: ") + arabic
        << QStringLiteral("ORD-3")
        << QStringLiteral("\u0633\u0628\u0628: **** **** **** \u0661\u0661\u0661\u0661");
    QTest::newRow("a number pasted as the reference")
        << QStringLiteral("4111111111111111") << QStringLiteral("search")
        << QStringLiteral("************1111") << QStringLiteral("search");
    QTest::newRow("masked number and identifiers kept")
        << QStringLiteral("ORD-2026-0301-000123")
        << QStringLiteral("card 411111******1111, fort_id 17000000012345678901, 1250.00 AED")
        << QStringLiteral("ORD-2026-0301-000123")
        << QStringLiteral("card 411111******1111, fort_id 17000000012345678901, 1250.00 AED");
}

// The log is append-only: a full card number written into it could never be taken out again. Whatever a
// caller passes, the row keeps the number masked, and the chain, which hashes what is stored, verifies.
void tst_AuditLog::cardNumbersMasked()
{
    QFETCH(QString, reference);
    QFETCH(QString, details);
    const auto appended = m_log->append(QStringLiteral("alice"), QStringLiteral("refund_reject"),
                                        QStringLiteral("done"), reference, details);
    QVERIFY2(appended.ok(), qPrintable(appended.message));
    QSqlQuery row(m_db->connection());
    row.prepare(QStringLiteral("SELECT merchant_reference, details FROM audit_log WHERE id = ?"));
    row.addBindValue(*appended);
    QVERIFY(row.exec() && row.next());
    QTEST(row.value(0).toString(), "storedReference");
    QTEST(row.value(1).toString(), "storedDetails");

    QSqlQuery all(m_db->connection());
    QVERIFY(all.exec(QStringLiteral("SELECT user_name, merchant_reference, details FROM audit_log")));
    while (all.next()) {
        for (int column = 0; column < 3; ++column)
            QVERIFY(!containsCardNumber(all.value(column).toString()));
    }
    const AuditVerification verified = m_log->verify();
    QVERIFY2(verified.ok(), qPrintable(verified.message));
    QCOMPARE(verified.rowsChecked, 6);
}

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"
