#include "store/database.h"
#include "store/transactionreader.h"
#include "store/transactionrepository.h"
#include "testdatabase.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace {
const QString &Merchant = TestDatabase::Merchant;
const QDateTime Now(QDate(2026, 6, 15), QTime(12, 0), QTimeZone::utc());
} // namespace

class TestTransactionQuery final : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_db;

    Transaction make(const QString &reference, qint64 authorizedAtMs, qint64 authorized,
                     const QString &currency)
    {
        Transaction tx;
        tx.merchantIdentifier = Merchant;
        tx.merchantReference = reference;
        tx.currency = *Currency::fromCode(currency);
        tx.authorized = authorized;
        tx.authorizedAt = QDateTime::fromMSecsSinceEpoch(authorizedAtMs, QTimeZone::utc());
        tx.cardMasked = QStringLiteral("400000******0002");
        return tx;
    }
    void insert(Transaction tx)
    {
        const StoreStatus status = TransactionRepository(*m_db).insert(tx);
        QVERIFY2(status.ok(), qPrintable(status.message));
    }

    // Random rows with many ties on every sort value.
    void insertRandom(int count)
    {
        QRandomGenerator random(4711);
        const QStringList names{QStringLiteral("Amal"), QStringLiteral("Bashir"), QStringLiteral("Chen"),
                                QString()};
        const QStringList currencies{QStringLiteral("AED"), QStringLiteral("KWD"), QStringLiteral("JPY")};
        QVERIFY(m_db->withWriteTransaction([&]() {
                        for (int i = 0; i < count; ++i) {
                            // Days 0..9 before Now: with a 7-day window some are expired.
                            const qint64 at = Now.toMSecsSinceEpoch() - qint64(random.bounded(10)) * 86400000;
                            Transaction tx =
                                make(QStringLiteral("R%1").arg(random.bounded(1000000)) + QString::number(i),
                                     at, (random.bounded(5) + 1) * 1000, currencies.at(random.bounded(3)));
                            const int kind = random.bounded(6);
                            if (kind == 1)
                                tx.captured = tx.authorized / 2;
                            else if (kind == 2)
                                tx.captured = tx.authorized;
                            else if (kind == 3)
                                tx.voided = true;
                            else if (kind == 4) {
                                tx.captured = tx.authorized;
                                tx.refunded = tx.authorized;
                            } else if (kind == 5)
                                tx.failed = true;
                            tx.customerName = names.at(random.bounded(4));
                            tx.unresolved = random.bounded(10) == 0;
                            StoreStatus s = TransactionRepository(*m_db).insert(tx);
                            if (!s.ok())
                                return s;
                        }
                        return StoreStatus::success();
                    })
                    .ok());
    }

    QList<qint64> plainOrder(const QString &orderBy, const QString &where = QString(),
                             const QVariantList &values = {})
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT id FROM transactions") +
                  (where.isEmpty() ? QString() : u" WHERE " + where) + QStringLiteral(" ORDER BY ") +
                  orderBy);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            qWarning() << q.lastError().text();
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }
    static QList<qint64> idsOf(const TransactionPage &page)
    {
        QList<qint64> ids;
        for (const TransactionRow &row : page.rows)
            ids << row.transaction.id;
        return ids;
    }
    QList<qint64> search(const QString &text)
    {
        TransactionQuery query;
        query.text = text;
        query.sort = TransactionSort::Reference;
        query.order = Qt::AscendingOrder;
        QList<qint64> ids;
        TransactionReader reader(*m_db);
        const StoreResult<TransactionPage> page = reader.firstPage(query, 100);
        if (!page.ok())
            qWarning() << page.message;
        const StoreResult<qint64> count = reader.count(query);
        if (!count.ok() || *count != page->rows.size())
            qWarning() << "count disagrees with the page";
        return page.ok() ? idsOf(*page) : QList<qint64>{-1};
    }
    QString referencesOf(const QList<qint64> &ids)
    {
        QStringList references;
        for (const qint64 id : ids)
            references << TransactionRepository(*m_db).findById(id)->merchantReference;
        return references.join(u',');
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_db.create()); }
    void cleanup() { m_db.destroy(); }

    void pagingAgreesWithPlainOrderBy_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("orderBy");
        const QList<std::pair<TransactionSort, QString>> sorts{
            {TransactionSort::Date, QStringLiteral("authorized_at")},
            {TransactionSort::Amount, QStringLiteral("authorized")},
            {TransactionSort::State, QStringLiteral("base_state, capture_deadline")},
            {TransactionSort::Reference, QStringLiteral("merchant_reference")},
            {TransactionSort::Customer, QStringLiteral("customer_name")},
            {TransactionSort::Deadline, QStringLiteral("capture_deadline")},
        };
        for (const auto &[sort, columns] : sorts) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QString dir =
                    order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
                QString orderBy;
                for (const QString &column : columns.split(QStringLiteral(", ")))
                    orderBy += column + dir + QStringLiteral(", ");
                orderBy += QStringLiteral("id") + dir;
                QTest::addRow("%s %s", qPrintable(transactionSortToken(sort)),
                              order == Qt::AscendingOrder ? "asc" : "desc")
                    << int(sort) << int(order) << orderBy;
            }
        }
    }
    void pagingAgreesWithPlainOrderBy()
    {
        QFETCH(int, sort);
        QFETCH(int, order);
        QFETCH(QString, orderBy);
        insertRandom(317);
        TransactionQuery query;
        query.sort = TransactionSort(sort);
        query.order = Qt::SortOrder(order);
        query.now = Now;
        const QList<qint64> expected = plainOrder(orderBy);
        QCOMPARE(expected.size(), 317);
        TransactionReader reader(*m_db);
        QCOMPARE(*reader.count(query), qint64(317));

        constexpr int Limit = 25;
        QList<qint64> forwards;
        StoreResult<TransactionPage> page = reader.firstPage(query, Limit);
        while (page.ok() && !page->rows.isEmpty()) {
            forwards << idsOf(*page);
            page = reader.pageAfter(query, page->lastKey(), Limit);
        }
        QVERIFY(page.ok());
        QCOMPARE(forwards, expected);

        QList<qint64> backwards;
        page = reader.lastPage(query, Limit);
        QCOMPARE(idsOf(*page), expected.mid(expected.size() - Limit));
        while (page.ok() && !page->rows.isEmpty()) {
            backwards = idsOf(*page) + backwards;
            page = reader.pageBefore(query, page->firstKey(), Limit);
        }
        QVERIFY(page.ok());
        QCOMPARE(backwards, expected);

        for (const qint64 position : {0, 1, 24, 150, 300, 316, 400})
            QCOMPARE(idsOf(*reader.pageAt(query, position, Limit)), expected.mid(position, Limit));
    }

    void filteredPagingAndCounts()
    {
        insertRandom(400);
        TransactionReader reader(*m_db);
        TransactionQuery query;
        query.now = Now;
        query.currency = QStringLiteral("AED");
        query.states = {TransactionState::Expired, TransactionState::Captured};
        query.sort = TransactionSort::Amount;
        query.order = Qt::AscendingOrder;
        const QString where = QStringLiteral("currency = 'AED' AND ((base_state = 'authorized' AND "
                                             "capture_deadline < ?) OR base_state = 'captured')");
        const QList<qint64> expected =
            plainOrder(QStringLiteral("authorized ASC, id ASC"), where, {Now.toMSecsSinceEpoch()});
        QVERIFY(expected.size() > 10);
        QCOMPARE(*reader.count(query), qint64(expected.size()));
        QList<qint64> forwards;
        StoreResult<TransactionPage> page = reader.firstPage(query, 7);
        while (!page->rows.isEmpty()) {
            for (const TransactionRow &row : page->rows) {
                QVERIFY(row.state == TransactionState::Expired || row.state == TransactionState::Captured);
                QCOMPARE(row.transaction.currency.code(), QStringLiteral("AED"));
            }
            forwards << idsOf(*page);
            page = reader.pageAfter(query, page->lastKey(), 7);
        }
        QCOMPARE(forwards, expected);

        TransactionQuery unresolved;
        unresolved.unresolvedOnly = true;
        QCOMPARE(*reader.count(unresolved),
                 qint64(plainOrder(QStringLiteral("id"), QStringLiteral("unresolved = 1")).size()));

        TransactionQuery authorized;
        authorized.now = Now;
        authorized.states = {TransactionState::Authorized};
        QCOMPARE(*reader.count(authorized),
                 qint64(plainOrder(QStringLiteral("id"),
                                   QStringLiteral("base_state = 'authorized' AND capture_deadline >= ?"),
                                   {Now.toMSecsSinceEpoch()})
                            .size()));

        TransactionQuery range;
        range.currency = QStringLiteral("KWD");
        range.minAmount = 2000;
        range.maxAmount = 3000;
        range.from = Now.addDays(-5);
        range.to = Now.addDays(-1);
        QCOMPARE(*reader.count(range),
                 qint64(plainOrder(QStringLiteral("id"),
                                   QStringLiteral("currency = 'KWD' AND authorized BETWEEN 2000 AND 3000 AND "
                                                  "authorized_at >= ? AND authorized_at < ?"),
                                   {range.from.toMSecsSinceEpoch(), range.to.toMSecsSinceEpoch()})
                            .size()));

        const auto totals = reader.totalsByCurrency(TransactionQuery());
        QVERIFY(totals.ok());
        QCOMPARE(totals->size(), 3);
        qint64 all = 0;
        for (const CurrencyTotals &t : *totals)
            all += t.count;
        QCOMPARE(all, qint64(400));
    }

    void expiringSoon()
    {
        const qint64 now = Now.toMSecsSinceEpoch();
        const qint64 day = 86400000;
        insert(make(QStringLiteral("SOON"), now - 7 * day + 3600000, 1000,
                    QStringLiteral("AED")));                                               // deadline in 1 h
        insert(make(QStringLiteral("LATER"), now - 3 * day, 1000, QStringLiteral("AED"))); // 4 days left
        insert(make(QStringLiteral("PAST"), now - 8 * day, 1000, QStringLiteral("AED")));  // expired
        Transaction captured =
            make(QStringLiteral("DONE"), now - 7 * day + 3600000, 1000, QStringLiteral("AED"));
        captured.captured = 1000;
        insert(captured);
        TransactionQuery query;
        query.now = Now;
        query.expiringSoonOnly = true;
        const StoreResult<TransactionPage> page = TransactionReader(*m_db).firstPage(query, 10);
        QCOMPARE(referencesOf(idsOf(*page)), QStringLiteral("SOON"));
        query.expiringSoonOnly = false;
        query.states = {TransactionState::Expired};
        QCOMPARE(referencesOf(idsOf(*TransactionReader(*m_db).firstPage(query, 10))), QStringLiteral("PAST"));
    }

    void textSearch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("substring of reference")
            << QStringLiteral("der-1") << QStringLiteral("ORDER-1,ORDER-10");
        QTest::newRow("case-insensitive") << QStringLiteral("oRdEr-10") << QStringLiteral("ORDER-10");
        QTest::newRow("dash term D-1") << QStringLiteral("D-1") << QStringLiteral("D-1");
        QTest::newRow("email substring") << QStringLiteral("example.org") << QStringLiteral("D-1,ORDER-1");
        QTest::newRow("name substring") << QStringLiteral("brien") << QStringLiteral("ORDER-10");
        QTest::newRow("embedded quote") << QStringLiteral("O\"Br") << QStringLiteral("ORDER-10");
        QTest::newRow("lone quote") << QStringLiteral("\"") << QString();
        QTest::newRow("fts syntax is text") << QStringLiteral("AND OR NOT") << QString();
        QTest::newRow("card last four") << QStringLiteral("4242") << QStringLiteral("ORDER-1");
        QTest::newRow("fort id") << QStringLiteral("1700000000") << QStringLiteral("ORDER-10");
        QTest::newRow("two terms") << QStringLiteral("order amal") << QStringLiteral("ORDER-1");
        QTest::newRow("short term prefix") << QStringLiteral("d-") << QStringLiteral("D-1");
        QTest::newRow("short term name prefix") << QStringLiteral("am") << QStringLiteral("ORDER-1");
        QTest::newRow("short term single char") << QStringLiteral("o") << QStringLiteral("ORDER-1,ORDER-10");
        QTest::newRow("short term not inside") << QStringLiteral("rd") << QString();
        QTest::newRow("short term wildcard is literal") << QStringLiteral("%") << QString();
        QTest::newRow("short and long") << QStringLiteral("o brien") << QStringLiteral("ORDER-10");
        QTest::newRow("no match") << QStringLiteral("zzz") << QString();
    }
    void textSearch()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        Transaction a = make(QStringLiteral("ORDER-1"), 1000, 100, QStringLiteral("AED"));
        a.customerName = QStringLiteral("Amal Haddad");
        a.customerEmail = QStringLiteral("amal@example.org");
        a.cardMasked = QStringLiteral("424242******4242");
        insert(a);
        Transaction b = make(QStringLiteral("ORDER-10"), 2000, 100, QStringLiteral("AED"));
        b.customerName = QStringLiteral("Sean O\"Brien");
        b.fortId = QStringLiteral("170000000012345");
        insert(b);
        Transaction c = make(QStringLiteral("D-1"), 3000, 100, QStringLiteral("AED"));
        c.customerEmail = QStringLiteral("d1@EXAMPLE.ORG");
        insert(c);
        // card_last4 is kept by the store from card_masked
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE transactions SET card_last4 = substr(card_masked, -4) WHERE card_masked <> ''")));
        QCOMPARE(referencesOf(search(text)), expected);
    }

    void commonTermsPageInSortOrder()
    {
        // More matches than the reader searches through the index: pages then test rows in sort order.
        QVERIFY(m_db->withWriteTransaction([&]() {
                        for (int i = 0; i < 1500; ++i) {
                            Transaction tx = make(QStringLiteral("C-%1").arg(i), 1000 + (i % 97) * 1000, 100,
                                                  QStringLiteral("AED"));
                            tx.customerName = i % 3 ? QStringLiteral("Common Name") : QStringLiteral("Other");
                            StoreStatus s = TransactionRepository(*m_db).insert(tx);
                            if (!s.ok())
                                return s;
                        }
                        return StoreStatus::success();
                    })
                    .ok());
        TransactionQuery query;
        query.text = QStringLiteral("COMMON nam");
        const QList<qint64> expected = plainOrder(QStringLiteral("authorized_at DESC, id DESC"),
                                                  QStringLiteral("customer_name = 'Common Name'"));
        QCOMPARE(expected.size(), 1000);
        TransactionReader reader(*m_db);
        QCOMPARE(*reader.count(query), qint64(1000));
        QList<qint64> forwards;
        StoreResult<TransactionPage> page = reader.firstPage(query, 90);
        while (page.ok() && !page->rows.isEmpty()) {
            forwards << idsOf(*page);
            page = reader.pageAfter(query, page->lastKey(), 90);
        }
        QCOMPARE(forwards, expected);
        QCOMPARE(idsOf(*reader.lastPage(query, 90)), expected.mid(910));
    }

    void searchIndexFollowsChanges()
    {
        Transaction a = make(QStringLiteral("ALPHA-1"), 1000, 100, QStringLiteral("AED"));
        insert(a);
        QCOMPARE(search(QStringLiteral("alpha")).size(), 1);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE transactions SET customer_name = 'Zaid Zahran'")));
        QCOMPARE(search(QStringLiteral("zahran")).size(), 1);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM transactions")));
        QCOMPARE(search(QStringLiteral("alpha")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTransactionQuery)
#include "tst_transactionquery.moc"
