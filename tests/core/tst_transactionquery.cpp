#include "domain/transactionrules.h"
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

class tst_TransactionQuery final : public QObject
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
    // "a, (b, c)" -> "a", "(b, c)": the columns of an ORDER BY, commas inside parentheses kept.
    static QStringList topLevelColumns(const QString &columns)
    {
        QStringList result{QString()};
        int depth = 0;
        for (const QChar c : columns) {
            depth += c == u'(' ? 1 : c == u')' ? -1 : 0;
            if (c == u',' && depth == 0)
                result << QString();
            else
                result.last() += c;
        }
        for (QString &column : result)
            column = column.trimmed();
        return result;
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
            // Amount sorts group by currency first: minor units of AED and JPY are not one number.
            {TransactionSort::Amount, QStringLiteral("currency, authorized")},
            {TransactionSort::Captured, QStringLiteral("currency, captured")},
            {TransactionSort::Refunded, QStringLiteral("currency, refunded")},
            {TransactionSort::ToCapture,
             QStringLiteral("currency, (CASE WHEN origin = 'authorization' AND failed = 0 AND voided = 0 AND "
                            "captured < authorized AND capture_deadline >= %1 THEN authorized - captured "
                            "ELSE 0 END)")
                 .arg(Now.toMSecsSinceEpoch())},
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
                for (const QString &column : topLevelColumns(columns))
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

    // The sums the status bar shows per view: to capture and refundable per currency are TransactionRules'
    // remainingToCapture() and refundable() of the selected rows, summed.
    void totalsSumWhatTheRulesSay()
    {
        insertRandom(500);
        QVERIFY(
            QSqlQuery(m_db->connection())
                .exec(QStringLiteral("UPDATE transactions SET refund_reserved = (captured - refunded) / 2 "
                                     "WHERE id % 5 = 0 AND captured > refunded")));
        const TransactionRules rules;
        for (const TransactionQuery::Capture capture :
             {TransactionQuery::Capture::Any, TransactionQuery::Capture::Open,
              TransactionQuery::Capture::ExpiringSoon}) {
            TransactionQuery query;
            query.now = Now;
            query.capture = capture;
            QHash<QString, std::pair<qint64, qint64>> expected;
            QVERIFY(TransactionReader(*m_db)
                        .forEach(query,
                                 [&](const TransactionRow &row) {
                                     auto &sums = expected[row.transaction.currency.code()];
                                     sums.first +=
                                         rules.remainingToCapture(row.transaction, Now).minorUnits();
                                     if (rules.isOpenForRefund(row.transaction))
                                         sums.second += rules.refundable(row.transaction).minorUnits();
                                     return true;
                                 })
                        .ok());
            const auto totals = TransactionReader(*m_db).totalsByCurrency(query);
            QVERIFY2(totals.ok(), qPrintable(totals.message));
            QCOMPARE(totals->size(), expected.size());
            for (const CurrencyTotals &line : *totals) {
                QCOMPARE(line.toCapture, expected.value(line.currency).first);
                QCOMPARE(line.refundable, expected.value(line.currency).second);
            }
        }
    }

    // Under "Needs capture" the to-capture sort is the plain rest, served by schema 9's partial index: the
    // pages agree with the open rows ordered by currency, then authorized - captured.
    void toCaptureSortUnderNeedsCapture()
    {
        insertRandom(300);
        TransactionQuery query;
        query.now = Now;
        query.capture = TransactionQuery::Capture::Open;
        query.sort = TransactionSort::ToCapture;
        query.order = Qt::DescendingOrder;
        const QList<qint64> expected = plainOrder(
            QStringLiteral("currency DESC, authorized - captured DESC, id DESC"),
            QStringLiteral("origin = 'authorization' AND failed = 0 AND voided = 0 AND captured < authorized "
                           "AND capture_deadline >= ?"),
            {Now.toMSecsSinceEpoch()});
        QVERIFY(expected.size() > 20);
        TransactionReader reader(*m_db);
        QList<qint64> forwards;
        StoreResult<TransactionPage> page = reader.firstPage(query, 9);
        while (page.ok() && !page->rows.isEmpty()) {
            forwards << idsOf(*page);
            page = reader.pageAfter(query, page->lastKey(), 9);
        }
        QVERIFY(page.ok());
        QCOMPARE(forwards, expected);
        QCOMPARE(idsOf(*reader.lastPage(query, 9)), expected.mid(expected.size() - 9));
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
        query.capture = TransactionQuery::Capture::ExpiringSoon;
        const StoreResult<TransactionPage> page = TransactionReader(*m_db).firstPage(query, 10);
        QCOMPARE(referencesOf(idsOf(*page)), QStringLiteral("SOON"));
        query.capture = TransactionQuery::Capture::Any;
        query.states = {TransactionState::Expired};
        QCOMPARE(referencesOf(idsOf(*TransactionReader(*m_db).firstPage(query, 10))), QStringLiteral("PAST"));
    }

    // The store's capture presets are TransactionRules' facts in SQL. Rows: an AED authorization of 100.00
    // with 50.00 captured and 10.00 refunded, 4 h before its deadline, is open, expiring soon and not lapsed;
    // the same past its deadline is lapsed, not open.
    void captureFilters_data()
    {
        QTest::addColumn<int>("capture");
        QTest::addColumn<QString>("expected");
        using C = TransactionQuery::Capture;
        QTest::newRow("open") << int(C::Open) << QStringLiteral("FRESH,PARTREF,REFUNDED-PART,SOON-PART");
        QTest::newRow("expiring soon") << int(C::ExpiringSoon) << QStringLiteral("PARTREF,SOON-PART");
        QTest::newRow("lapsed") << int(C::Lapsed) << QStringLiteral("EXPIRED,LAPSED-PART,LAPSED-PARTREF");
    }
    void captureFilters()
    {
        QFETCH(int, capture);
        QFETCH(QString, expected);
        const qint64 now = Now.toMSecsSinceEpoch();
        const qint64 hour = 3600000;
        const qint64 fourHoursLeft = now - 7 * 24 * hour + 4 * hour;
        const qint64 pastDeadline = now - 8 * 24 * hour;
        const auto add = [&](const QString &reference, qint64 at, qint64 captured, qint64 refunded) {
            Transaction tx = make(reference, at, 10000, QStringLiteral("AED"));
            tx.captured = captured;
            tx.refunded = refunded;
            return tx;
        };
        insert(add(QStringLiteral("PARTREF"), fourHoursLeft, 5000, 1000));
        insert(add(QStringLiteral("LAPSED-PARTREF"), pastDeadline, 5000, 1000));
        insert(add(QStringLiteral("SOON-PART"), fourHoursLeft, 2000, 0));
        insert(add(QStringLiteral("LAPSED-PART"), pastDeadline, 2000, 0));
        insert(add(QStringLiteral("REFUNDED-PART"), now - 24 * hour, 5000, 5000));
        insert(add(QStringLiteral("FRESH"), now - 24 * hour, 0, 0));
        insert(add(QStringLiteral("EXPIRED"), pastDeadline, 0, 0));
        insert(add(QStringLiteral("DONE"), fourHoursLeft, 10000, 0));
        insert(add(QStringLiteral("DONE-REFUNDED"), pastDeadline, 10000, 10000));
        Transaction voided = add(QStringLiteral("VOIDED"), fourHoursLeft, 0, 0);
        voided.voided = true;
        insert(voided);
        Transaction failed = add(QStringLiteral("FAILED"), pastDeadline, 0, 0);
        failed.failed = true;
        insert(failed);
        Transaction purchase = add(QStringLiteral("PURCHASE"), fourHoursLeft, 10000, 1000);
        purchase.origin = Origin::Purchase;
        insert(purchase);

        TransactionQuery query;
        query.now = Now;
        query.capture = static_cast<TransactionQuery::Capture>(capture);
        query.sort = TransactionSort::Reference;
        query.order = Qt::AscendingOrder;
        const StoreResult<TransactionPage> page = TransactionReader(*m_db).firstPage(query, 100);
        QVERIFY2(page.ok(), qPrintable(page.message));
        QCOMPARE(referencesOf(idsOf(*page)), expected);
        QCOMPARE(*TransactionReader(*m_db).count(query), qint64(expected.count(u',') + 1));
    }

    // Over many random rows the SQL presets select exactly what TransactionRules decides row by row.
    void captureFiltersAgreeWithRules()
    {
        insertRandom(600);
        QVERIFY(QSqlQuery(m_db->connection())
                    .exec(QStringLiteral("UPDATE transactions SET refunded = captured / 5, "
                                         "base_state = 'partially_refunded' "
                                         "WHERE id % 7 = 0 AND captured > 0 AND voided = 0 AND failed = 0 "
                                         "AND refunded = 0")));
        // Some of the rest reserved by refund requests: refundable only while something is left.
        QVERIFY(QSqlQuery(m_db->connection())
                    .exec(QStringLiteral("UPDATE transactions SET refund_reserved = captured - refunded "
                                         "WHERE id % 11 = 0 AND captured > refunded")));
        const TransactionRules rules;
        QSet<qint64> open, soon, lapsed, refundable;
        TransactionQuery all;
        all.now = Now;
        QVERIFY(TransactionReader(*m_db)
                    .forEach(all,
                             [&](const TransactionRow &row) {
                                 if (rules.isOpenForCapture(row.transaction, Now))
                                     open << row.transaction.id;
                                 if (rules.isExpiringSoon(row.transaction, Now))
                                     soon << row.transaction.id;
                                 if (!rules.lapsedUncaptured(row.transaction, Now).isZero())
                                     lapsed << row.transaction.id;
                                 if (rules.isOpenForRefund(row.transaction))
                                     refundable << row.transaction.id;
                                 return true;
                             })
                    .ok());
        QVERIFY(!open.isEmpty() && !soon.isEmpty() && !lapsed.isEmpty() && !refundable.isEmpty());
        const auto selected = [&](TransactionQuery::Capture capture, bool refundableOnly = false) {
            TransactionQuery query = all;
            query.capture = capture;
            query.refundableOnly = refundableOnly;
            QSet<qint64> ids;
            TransactionReader(*m_db).forEach(query, [&](const TransactionRow &row) {
                ids << row.transaction.id;
                return true;
            });
            return ids;
        };
        QCOMPARE(selected(TransactionQuery::Capture::Open), open);
        QCOMPARE(selected(TransactionQuery::Capture::ExpiringSoon), soon);
        QCOMPARE(selected(TransactionQuery::Capture::Lapsed), lapsed);
        QCOMPARE(selected(TransactionQuery::Capture::Any, true), refundable);
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

    // forEach reads one statement: the same rows in the same order as the pages (more than one of its
    // PostgreSQL cursor's batches), each once, with a search and without.
    void forEachVisitsEveryRowInOrder_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("text");
        QTest::newRow("date desc") << int(TransactionSort::Date) << int(Qt::DescendingOrder) << QString();
        QTest::newRow("customer asc")
            << int(TransactionSort::Customer) << int(Qt::AscendingOrder) << QString();
        QTest::newRow("state desc, search")
            << int(TransactionSort::State) << int(Qt::DescendingOrder) << QStringLiteral("amal");
        QTest::newRow("date desc, search")
            << int(TransactionSort::Date) << int(Qt::DescendingOrder) << QStringLiteral("bashir");
    }
    void forEachVisitsEveryRowInOrder()
    {
        QFETCH(int, sort);
        QFETCH(int, order);
        QFETCH(QString, text);
        insertRandom(2500);
        TransactionQuery query;
        query.sort = TransactionSort(sort);
        query.order = Qt::SortOrder(order);
        query.text = text;
        query.now = Now;
        const TransactionReader reader(*m_db);
        QList<qint64> paged;
        StoreResult<TransactionPage> page = reader.firstPage(query, 300);
        while (page.ok() && !page->rows.isEmpty()) {
            paged << idsOf(*page);
            page = reader.pageAfter(query, page->lastKey(), 300);
        }
        QVERIFY(page.ok());
        QCOMPARE(paged.size(), *reader.count(query));
        QVERIFY(paged.size() > (text.isEmpty() ? 2000 : 300));
        for (const int batch : {1000, 7}) {
            QList<qint64> streamed;
            const StoreStatus status = reader.forEach(
                query,
                [&](const TransactionRow &row) {
                    streamed << row.transaction.id;
                    return true;
                },
                batch);
            QVERIFY2(status.ok(), qPrintable(status.message));
            QCOMPARE(streamed, paged);
        }
    }

    // A visitor that stops ends the statement: while rows are visited it holds a read (a snapshot that
    // keeps SQLite's WAL from being truncated; a busy PostgreSQL session), and after the stop it does not.
    void forEachStopEndsTheStatement()
    {
        insertRandom(2500);
        const bool onServer = m_db->isShared();
        const QSqlDatabase db = m_db->connection();
        QSqlQuery own(db);
        qint64 pid = 0;
        if (onServer) {
            QVERIFY(own.exec(QStringLiteral("SELECT pg_backend_pid()")) && own.next());
            pid = own.value(0).toLongLong();
        }
        // Frames in the WAL that a reader's snapshot includes.
        QVERIFY(own.exec(QStringLiteral("UPDATE transactions SET customer_name = 'Amal' WHERE id = 1")));
        own.finish();
        QSqlQuery probe(m_db->connection(QStringLiteral("probe")));
        if (!onServer)
            QVERIFY(probe.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
        // True while the reader's statement is open.
        const auto reading = [&]() {
            if (onServer) {
                probe.prepare(QStringLiteral("SELECT state FROM pg_stat_activity WHERE pid = ?"));
                probe.addBindValue(pid);
                if (!probe.exec() || !probe.next())
                    return true;
                return probe.value(0).toString() != u"idle";
            }
            if (!probe.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !probe.next())
                return true;
            return probe.value(0).toInt() != 0; // busy: a reader still needs the WAL
        };
        QVERIFY(!reading());
        TransactionQuery query;
        query.now = Now;
        // Frames again, for the snapshot of the statement below.
        QVERIFY(own.exec(QStringLiteral("UPDATE transactions SET customer_name = 'Amal' WHERE id = 2")));
        own.finish();
        int visited = 0;
        bool readingWhileVisited = false;
        const StoreStatus status = TransactionReader(*m_db).forEach(query, [&](const TransactionRow &) {
            if (++visited == 1)
                readingWhileVisited = reading();
            return visited < 10;
        });
        QVERIFY2(status.ok(), qPrintable(status.message));
        QCOMPARE(visited, 10);
        QVERIFY(readingWhileVisited);
        QVERIFY(!reading());
        // The connection is free for the next statement.
        QCOMPARE(*TransactionReader(*m_db).count(query), 2500);
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

QTEST_GUILESS_MAIN(tst_TransactionQuery)
#include "tst_transactionquery.moc"
