#include "store/searchterm.h"
#include "store/transactionreader.h"
#include "store/transactionrepository.h"
#include "testdatabase.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

namespace {

using Kind = SearchTerm::Kind;

struct Row
{
    const char *reference;
    const char *fortId;
    const char *name;
    const char *email;
    const char *card;
};

// References, fort_ids, e-mails and last fours as a report gives them, with near misses for each lookup.
const Row Rows[] = {
    {"ORD-00040000", "170000000000000001", "Mohammed Haddad", "mohammed.40000@mail.example",
     "411111******0004"},
    {"ORD-00040001", "170000000000007920", "Omar Khalil", "omar.40001@mail.example", "411111******4242"},
    {"ORD-00041234", "170000000000015839", "Aisha Saleh", "aisha.41234@mail.example", "411111******1234"},
    {"ORD-00140004", "170000000000023758", "Zubayr Aziz", "zubayr.140004@mail.example", "411111******9999"},
    {"PD-102973", "299000000000000001", "Sean O'Brien", "sean@EXAMPLE.org", "400000******0002"},
    {"pd-1029730", "", "Yusuf Rahman", "yusuf@example.org", ""},
    {"AB_12", "", "Layla Nasser", "layla_1@x.example", ""},
    {"AB-12", "", "Fatima Qasim", "fatima%2@x.example", ""},
};

} // namespace

class tst_SearchTerm final : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_db;
    QList<Transaction> m_rows;

    void insertRows()
    {
        qint64 at = 1'000'000;
        for (const Row &row : Rows) {
            Transaction tx;
            tx.merchantIdentifier = TestDatabase::Merchant;
            tx.merchantReference = QString::fromLatin1(row.reference);
            tx.fortId = QString::fromLatin1(row.fortId);
            tx.customerName = QString::fromLatin1(row.name);
            tx.customerEmail = QString::fromLatin1(row.email);
            tx.cardMasked = QString::fromLatin1(row.card);
            tx.currency = *Currency::fromCode(u"AED");
            tx.authorized = 1000;
            tx.authorizedAt = QDateTime::fromMSecsSinceEpoch(at += 60'000, QTimeZone::utc());
            const StoreStatus status = TransactionRepository(*m_db).insert(tx);
            QVERIFY2(status.ok(), qPrintable(status.message));
            m_rows << tx;
        }
    }

    // The substring search every term had before terms were told apart: three characters or more anywhere in
    // reference, fort_id, email, name or card last four; shorter ones at the start of the first four.
    QStringList substringMatches(const QString &text) const
    {
        TransactionQuery query;
        query.text = text;
        QStringList references;
        for (const Transaction &tx : m_rows) {
            const QStringList columns{tx.merchantReference, tx.fortId, tx.customerEmail, tx.customerName,
                                      tx.cardMasked.right(4)};
            bool matches = true;
            for (const QString &term : query.searchTerms()) {
                const bool isLong = term.size() >= SearchTerm::TrigramLength;
                bool found = false;
                for (int c = 0; c < (isLong ? 5 : 4); ++c) {
                    found = found || (isLong ? columns.at(c).contains(term, Qt::CaseInsensitive)
                                             : columns.at(c).startsWith(term, Qt::CaseInsensitive));
                }
                matches = matches && found;
            }
            if (matches)
                references << tx.merchantReference;
        }
        references.sort();
        return references;
    }

    // The references the reader finds for `text`, after checking that count(), countUpTo(), the totals and
    // pages in two sorts (the scan and the index plan) agree.
    QStringList found(const QString &text)
    {
        TransactionReader reader(*m_db);
        TransactionQuery query;
        query.text = text;
        const StoreResult<TransactionPage> byDate = reader.firstPage(query, 100);
        query.sort = TransactionSort::Reference;
        query.order = Qt::AscendingOrder;
        const StoreResult<TransactionPage> byReference = reader.firstPage(query, 100);
        const StoreResult<qint64> count = reader.count(query);
        const StoreResult<qint64> capped = reader.countUpTo(query, 2);
        const StoreResult<QList<CurrencyTotals>> totals = reader.totalsByCurrency(query);
        if (!byDate.ok() || !byReference.ok() || !count.ok() || !capped.ok() || !totals.ok())
            return {QStringLiteral("failed")};
        QStringList references;
        for (const TransactionRow &row : byReference->rows)
            references << row.transaction.merchantReference;
        QStringList dated;
        for (const TransactionRow &row : byDate->rows)
            dated << row.transaction.merchantReference;
        std::sort(dated.begin(), dated.end());
        const qint64 totalCount = totals->isEmpty() ? 0 : totals->first().count;
        if (dated != references || *count != references.size() || totalCount != *count ||
            *capped != std::min<qint64>(*count, 3)) {
            return {QStringLiteral("disagree: %1 / %2 rows, count %3, capped %4, totals %5")
                        .arg(dated.join(u','), references.join(u','))
                        .arg(*count)
                        .arg(*capped)
                        .arg(totalCount)};
        }
        return references;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QVERIFY(m_db.create());
        m_rows.clear();
        insertRows();
    }
    void cleanup() { m_db.destroy(); }

    void kinds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        const std::pair<const char *, Kind> cases[] = {
            {"ORD-0004", Kind::Reference},
            {"PD-102973", Kind::Reference},
            {"ORD-00040000", Kind::Reference},
            {"ab_12", Kind::Reference},
            {"inv.2026.7", Kind::Reference},
            {"ORD-", Kind::Text},
            {"-12-", Kind::Reference},
            {"12345", Kind::Digits},
            {"170000000000000001", Kind::Digits},
            {"1234", Kind::LastFour},
            {"123", Kind::Text},
            {"sean@example", Kind::Email},
            {"@mail", Kind::Email},
            {"mohammed", Kind::Text},
            {"ORD12345", Kind::Text},
            {"50%", Kind::Text},
            {"12 34", Kind::Text},
            {"Om", Kind::Short},
            {"1-", Kind::Short},
            {"a@", Kind::Short},
            {"Ş-12", Kind::Text},
        };
        for (const auto &[text, kind] : cases)
            QTest::newRow(text) << QString::fromUtf8(text) << int(kind);
    }
    void kinds()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QCOMPARE(int(SearchTerm::kindOf(text)), kind);
        QCOMPARE(SearchTerm(text).isLookup(), kind != int(Kind::Short) && kind != int(Kind::Text));
    }

    void sameRowsAsSubstringSearch_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {
                 "ORD-00040000",                // whole reference
                 "ord-0004",                    // reference prefix, any case
                 "PD-102973",                   // a reference that starts another
                 "AB_12",                       // '_' is itself, not LIKE's wildcard
                 "170000000000007920",          // whole fort_id
                 "1700000000000",               // fort_id prefix
                 "1234",                        // last four, also inside its own reference
                 "4242",                        // last four
                 "0004000",                     // digits inside a reference only: no row starts with them
                 "MOHAMMED.4",                  // looks like a reference, is the start of an e-mail
                 "mohammed.40000@mail.example", // whole e-mail
                 "SEAN@example",                // e-mail prefix, any case
                 "@mail.example",               // no e-mail starts with '@': substring
                 "fatima%2@",                   // '%' is itself
                 "layla_1@",                    // '_' is itself
                 "AB%12",                       // text with '%'
                 "brien",                       // name substring
                 "hammed",                      // name substring
                 "Om",                          // short: prefix of reference, fort_id, e-mail or name
                 "pd",                          // short
                 "_",                           // short, a wildcard in LIKE
                 "%",                           // short, a wildcard in LIKE
                 "ORD-0004 omar",               // a lookup and a name
                 "0004000 mohammed",            // a fallen-back lookup and a name
                 "ORD-9",                       // no match at all
             }) {
            QTest::newRow(text) << QString::fromLatin1(text);
        }
    }
    void sameRowsAsSubstringSearch()
    {
        QFETCH(QString, text);
        QCOMPARE(found(text), substringMatches(text));
    }

    void lastFourIsTheCardBeforeDigitsInside()
    {
        // Four digits name the card's last four (or the start of a reference or fort_id), not every reference
        // holding them: the substring search would also find ORD-00040001, ORD-00041234 and ORD-00140004.
        QCOMPARE(substringMatches(QStringLiteral("0004")).size(), 4);
        QCOMPARE(found(QStringLiteral("0004")), QStringList{QStringLiteral("ORD-00040000")});
        // A reference prefix finds only references that start with it, not one that merely contains it.
        Transaction tx = m_rows.first();
        tx.id = 0;
        tx.merchantReference = QStringLiteral("X-ORD-00040000");
        QVERIFY(TransactionRepository(*m_db).insert(tx).ok());
        QCOMPARE(found(QStringLiteral("ORD-00040000")), QStringList{QStringLiteral("ORD-00040000")});
        QCOMPARE(found(QStringLiteral("X-ORD")), QStringList{QStringLiteral("X-ORD-00040000")});
    }

    void countUpToCaps()
    {
        TransactionReader reader(*m_db);
        TransactionQuery query;
        QCOMPARE(*reader.count(query), qint64(8));
        for (const auto &[cap, expected] :
             {std::pair<qint64, qint64>{0, 1}, {3, 4}, {7, 8}, {8, 8}, {100, 8}})
            QCOMPARE(*reader.countUpTo(query, cap), expected);
        query.text = QStringLiteral("mail.example"); // the trigram index: four matches
        QCOMPARE(*reader.countUpTo(query, 2), qint64(3));
        QCOMPARE(*reader.countUpTo(query, 4), qint64(4));
        query.text = QStringLiteral("ORD-000"); // a lookup: three matches
        QCOMPARE(*reader.countUpTo(query, 1), qint64(2));
        QCOMPARE(*reader.countUpTo(query, 3), qint64(3));
        query.text = QStringLiteral("o"); // short: ORD-*, Omar
        QCOMPARE(*reader.countUpTo(query, 2), qint64(3));
        QCOMPARE(*reader.countUpTo(query, 10), qint64(4));
        query.text = QStringLiteral("example om"); // long and short together: Omar
        QCOMPARE(*reader.countUpTo(query, 10), qint64(1));
        query.text = QStringLiteral("example");
        query.minAmount = 1000;
        query.currency = QStringLiteral("AED");
        QCOMPARE(*reader.countUpTo(query, 100), *reader.count(query));
        QCOMPARE(*reader.count(query), qint64(8));
        query.currency = QStringLiteral("KWD");
        QCOMPARE(*reader.countUpTo(query, 100), qint64(0));
    }
};

QTEST_GUILESS_MAIN(tst_SearchTerm)
#include "tst_searchterm.moc"
