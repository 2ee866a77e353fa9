#include "domain/cardnumber.h"
#include "store/database.h"
#include "store/transactionrepository.h"
#include "teststore.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_TransactionRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void insertAndFindRoundTrip();
    void duplicateKeyRefused();
    void otherAccountRefused();
    void cardNumbers_data();
    void cardNumbers();
    void unmaskedCardNeverStored();
    void compareAndSetConflict();
    void baseStateFollowsRules();
    void flags();
    void currenciesInUse();

private:
    Transaction sample(const QString &reference) const;
    QString storedBaseState(qint64 id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_TransactionRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto created = Database::create(TestStore::newLocation(*m_dir), QStringLiteral("MERCH1"),
                                    QStringLiteral("simulator"));
    QVERIFY2(created.ok(), qPrintable(created.message));
    m_db = std::move(*created);
}

void tst_TransactionRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Transaction tst_TransactionRepository::sample(const QString &reference) const
{
    Transaction tx;
    tx.merchantIdentifier = QStringLiteral("MERCH1");
    tx.merchantReference = reference;
    tx.fortId = QStringLiteral("169996200001");
    tx.currency = *Currency::fromCode(u"KWD");
    tx.authorized = 1250500;
    tx.authorizedAt = QDateTime(QDate(2026, 11, 1), QTime(10, 0, 0, 123), Qt::UTC);
    tx.customerName = QStringLiteral("Fatima Al-Sabah");
    tx.customerEmail = QStringLiteral("fatima@example.com");
    tx.cardMasked = QStringLiteral("411111******1111");
    tx.paymentOption = QStringLiteral("VISA");
    return tx;
}

QString tst_TransactionRepository::storedBaseState(qint64 id) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT base_state FROM transactions WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

void tst_TransactionRepository::insertAndFindRoundTrip()
{
    TransactionRepository repo(*m_db);
    Transaction tx = sample(QStringLiteral("ORD-1"));
    QVERIFY(repo.insert(tx).ok());
    QVERIFY(tx.id > 0);
    QCOMPARE(tx.rowVersion, 1);
    const auto byId = repo.findById(tx.id);
    QVERIFY(byId.ok());
    QCOMPARE(byId->merchantReference, QStringLiteral("ORD-1"));
    QCOMPARE(byId->authorized, 1250500);
    QCOMPARE(byId->currency.code(), QStringLiteral("KWD"));
    QCOMPARE(byId->authorizedAt, tx.authorizedAt);
    QCOMPARE(byId->captureDeadline, TransactionRules().deadlineOf(tx));
    QCOMPARE(byId->cardMasked, tx.cardMasked);
    QCOMPARE(byId->customerName, tx.customerName);
    const auto byRef = repo.findByReference(QStringLiteral("MERCH1"), QStringLiteral("ORD-1"));
    QVERIFY(byRef.ok());
    QCOMPARE(byRef->id, tx.id);
    QCOMPARE(repo.findById(tx.id + 100).error, StoreError::NotFound);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT card_last4, authorized_at FROM transactions")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("1111"));
    QCOMPARE(query.value(1).toLongLong(), tx.authorizedAt.toMSecsSinceEpoch());
}

void tst_TransactionRepository::duplicateKeyRefused()
{
    TransactionRepository repo(*m_db);
    Transaction a = sample(QStringLiteral("ORD-1"));
    Transaction b = sample(QStringLiteral("ORD-1"));
    QVERIFY(repo.insert(a).ok());
    QCOMPARE(repo.insert(b).error, StoreError::AlreadyExists);
}

void tst_TransactionRepository::otherAccountRefused()
{
    TransactionRepository repo(*m_db);
    Transaction tx = sample(QStringLiteral("ORD-1"));
    tx.merchantIdentifier = QStringLiteral("OTHER");
    QCOMPARE(repo.insert(tx).error, StoreError::Invalid);
}

void tst_TransactionRepository::cardNumbers_data()
{
    QTest::addColumn<QString>("card");
    QTest::addColumn<bool>("masked");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("first6 last4") << QStringLiteral("411111******1111") << true;
    QTest::newRow("last4 only") << QStringLiteral("************1111") << true;
    QTest::newRow("x mask with spaces") << QStringLiteral("4111 11XX XXXX 1111") << true;
    QTest::newRow("bare last four") << QStringLiteral("1111") << true;
    QTest::newRow("full number") << QStringLiteral("4111111111111111") << false;
    QTest::newRow("full with spaces") << QStringLiteral("4111 1111 1111 1111") << false;
    QTest::newRow("seven leading") << QStringLiteral("4111111*****1111") << false;
    QTest::newRow("five trailing") << QStringLiteral("411111*****11111") << false;
    QTest::newRow("digit inside mask") << QStringLiteral("411111**5***1111") << false;
    QTest::newRow("letters") << QStringLiteral("card 1111") << false;
}

void tst_TransactionRepository::cardNumbers()
{
    QFETCH(QString, card);
    QFETCH(bool, masked);
    QCOMPARE(isMaskedCardNumber(card), masked);
}

void tst_TransactionRepository::unmaskedCardNeverStored()
{
    TransactionRepository repo(*m_db);
    Transaction tx = sample(QStringLiteral("ORD-1"));
    tx.cardMasked = QStringLiteral("4111111111111111");
    const StoreStatus status = repo.insert(tx);
    QCOMPARE(status.error, StoreError::Invalid);
    QVERIFY(!status.message.contains(QStringLiteral("4111111111111111")));
    QCOMPARE(repo.findByReference(QStringLiteral("MERCH1"), QStringLiteral("ORD-1")).error,
             StoreError::NotFound);
    Transaction ok = sample(QStringLiteral("ORD-2"));
    QVERIFY(repo.insert(ok).ok());
    ok.cardMasked = QStringLiteral("4111111111111111");
    QCOMPARE(repo.update(ok).error, StoreError::Invalid);
    QCOMPARE(repo.findById(ok.id)->cardMasked, QStringLiteral("411111******1111"));
}

void tst_TransactionRepository::compareAndSetConflict()
{
    TransactionRepository repo(*m_db);
    Transaction tx = sample(QStringLiteral("ORD-1"));
    QVERIFY(repo.insert(tx).ok());
    Transaction first = *repo.findById(tx.id);
    Transaction second = *repo.findById(tx.id);
    first.captured = 1000;
    QVERIFY(repo.updateTotals(first).ok());
    QCOMPARE(first.rowVersion, 2);
    second.captured = 2000;
    const StoreStatus lost = repo.updateTotals(second);
    QCOMPARE(lost.error, StoreError::Conflict);
    QCOMPARE(repo.findById(tx.id)->captured, 1000);
    Transaction missing = first;
    missing.id = 9999;
    QCOMPARE(repo.updateTotals(missing).error, StoreError::NotFound);
}

void tst_TransactionRepository::baseStateFollowsRules()
{
    TransactionRepository repo(*m_db);
    Transaction tx = sample(QStringLiteral("ORD-1"));
    QVERIFY(repo.insert(tx).ok());
    QCOMPARE(storedBaseState(tx.id), QStringLiteral("authorized"));
    tx.captured = 500;
    QVERIFY(repo.updateTotals(tx).ok());
    QCOMPARE(storedBaseState(tx.id), stateToken(TransactionRules().baseState(tx)));
    QCOMPARE(storedBaseState(tx.id), QStringLiteral("partially_captured"));
    tx.captured = tx.authorized;
    tx.refunded = 100;
    QVERIFY(repo.update(tx).ok());
    QCOMPARE(storedBaseState(tx.id), QStringLiteral("partially_refunded"));
}

void tst_TransactionRepository::flags()
{
    TransactionRepository repo(*m_db);
    Transaction tx = sample(QStringLiteral("ORD-1"));
    QVERIFY(repo.insert(tx).ok());
    QVERIFY(repo.setUnresolved(tx.id, true).ok());
    QVERIFY(repo.findById(tx.id)->unresolved);
    QCOMPARE(repo.findById(tx.id)->rowVersion, 2);
    QCOMPARE(*repo.needsStatusCheck(tx.id), false);
    QVERIFY(repo.setNeedsStatusCheck(tx.id, true).ok());
    QCOMPARE(*repo.needsStatusCheck(tx.id), true);
    QCOMPARE(repo.updateTotals(tx).error, StoreError::Conflict); // tx still holds version 1
    QCOMPARE(repo.setUnresolved(4242, true).error, StoreError::NotFound);
}

void tst_TransactionRepository::currenciesInUse()
{
    TransactionRepository repo(*m_db);
    QCOMPARE(*repo.currenciesInUse(), QStringList());
    int n = 0;
    for (const char *code : {"SAR", "AED", "KWD", "AED", "SAR"}) {
        Transaction tx = sample(QStringLiteral("ORD-%1").arg(++n));
        tx.currency = *Currency::fromCode(QString::fromLatin1(code));
        QVERIFY(repo.insert(tx).ok());
    }
    const auto used = repo.currenciesInUse();
    QVERIFY2(used.ok(), qPrintable(used.message));
    QCOMPARE(*used, (QStringList{QStringLiteral("AED"), QStringLiteral("KWD"), QStringLiteral("SAR")}));
}

QTEST_GUILESS_MAIN(tst_TransactionRepository)
#include "tst_transactionrepository.moc"
