#include "store/csvreader.h"
#include "store/database.h"
#include "store/transactionexporter.h"
#include "store/transactionrepository.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace {
const QString &Merchant = TestDatabase::Merchant;
}

class tst_Export final : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_db;

    void insert(const QString &reference, const QString &currency, qint64 authorized, qint64 captured,
                const QString &name)
    {
        Transaction tx;
        tx.merchantIdentifier = Merchant;
        tx.merchantReference = reference;
        tx.currency = *Currency::fromCode(currency);
        tx.authorized = authorized;
        tx.captured = captured;
        tx.authorizedAt = QDateTime(QDate(2026, 6, 1), QTime(10, 0), QTimeZone::utc());
        tx.customerName = name;
        tx.cardMasked = QStringLiteral("411111******1111");
        const StoreStatus status = TransactionRepository(*m_db).insert(tx);
        QVERIFY2(status.ok(), qPrintable(status.message));
    }
    QList<QStringList> exportRecords(const TransactionQuery &query)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const StoreResult<qint64> written = TransactionExporter(*m_db).exportCsv(query, &buffer);
        if (!written.ok())
            qWarning() << written.message;
        buffer.close();
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QList<QStringList> records;
        QStringList fields;
        while (reader.readRecord(fields))
            records << fields;
        return records;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_db.create()); }

    // The window's "as shown" export: its own headings and cells, and a byte order mark so that Excel
    // reads the Arabic names as UTF-8.
    void columnsOfTheCallerWithByteOrderMark()
    {
        insert(QStringLiteral("ORD-1"), QStringLiteral("AED"), 50000, 0, QStringLiteral("ليلى"));
        TransactionExporter::Options options;
        options.byteOrderMark = true;
        options.columns = {{QStringLiteral("Order"),
                            [](const TransactionRow &row) {
                                return row.transaction.merchantReference;
                            }},
                           {QStringLiteral("Customer"), [](const TransactionRow &row) {
                                return row.transaction.customerName;
                            }}};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const StoreResult<qint64> written =
            TransactionExporter(*m_db).exportCsv(TransactionQuery(), &buffer, options);
        QVERIFY2(written.ok(), qPrintable(written.message));
        QCOMPARE(*written, qint64(1));
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBFOrder,Customer\r\nORD-1,") +
                                    QStringLiteral("ليلى").toUtf8() + QByteArray("\r\n"));
        // Without options: no mark, the machine columns.
        QBuffer plain;
        plain.open(QIODevice::WriteOnly);
        QVERIFY(TransactionExporter(*m_db).exportCsv(TransactionQuery(), &plain).ok());
        QVERIFY(plain.data().startsWith("merchant_reference,"));
    }
    void cleanup() { m_db.destroy(); }

    void writesMajorAndMinorUnits()
    {
        insert(QStringLiteral("K-1"), QStringLiteral("KWD"), 1250500, 1250500, QStringLiteral("Amal"));
        insert(QStringLiteral("J-1"), QStringLiteral("JPY"), 15000, 0, QStringLiteral("Chen"));
        TransactionQuery query;
        query.sort = TransactionSort::Reference;
        query.order = Qt::AscendingOrder;
        const QList<QStringList> records = exportRecords(query);
        QCOMPARE(records.size(), 3);
        const QStringList header = records.at(0);
        QCOMPARE(header, TransactionExporter::header());
        const auto cell = [&](int row, const char *column) {
            return records.at(row).at(header.indexOf(QLatin1String(column)));
        };
        QCOMPARE(cell(1, "merchant_reference"), QStringLiteral("J-1"));
        QCOMPARE(cell(1, "authorized"), QStringLiteral("15000"));
        QCOMPARE(cell(1, "authorized_minor"), QStringLiteral("15000"));
        QCOMPARE(cell(1, "state"), QStringLiteral("expired"));
        QCOMPARE(cell(2, "authorized"), QStringLiteral("1250.500"));
        QCOMPARE(cell(2, "authorized_minor"), QStringLiteral("1250500"));
        QCOMPARE(cell(2, "captured"), QStringLiteral("1250.500"));
        QCOMPARE(cell(2, "state"), QStringLiteral("captured"));
        QCOMPARE(cell(2, "authorized_at"), QStringLiteral("2026-06-01T10:00:00Z"));
        QCOMPARE(cell(2, "capture_deadline"), QStringLiteral("2026-06-08T10:00:00Z"));
        QCOMPARE(cell(2, "card_masked"), QStringLiteral("411111******1111"));
    }

    void escapesFormulasAndQuotes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("exported");
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x\")")
                                << QStringLiteral("'=HYPERLINK(\"http://x\")");
        QTest::newRow("plus") << QStringLiteral("+971500000000") << QStringLiteral("'+971500000000");
        QTest::newRow("minus") << QStringLiteral("-1+1") << QStringLiteral("'-1+1");
        QTest::newRow("at") << QStringLiteral("@SUM(1)") << QStringLiteral("'@SUM(1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("comma and quote")
            << QStringLiteral("Haddad, \"Amal\"") << QStringLiteral("Haddad, \"Amal\"");
        QTest::newRow("newline") << QStringLiteral("two\nlines") << QStringLiteral("two\nlines");
        QTest::newRow("plain") << QStringLiteral("Amal") << QStringLiteral("Amal");
    }
    void escapesFormulasAndQuotes()
    {
        QFETCH(QString, name);
        QFETCH(QString, exported);
        insert(QStringLiteral("E-1"), QStringLiteral("AED"), 100, 0, name);
        const QList<QStringList> records = exportRecords(TransactionQuery());
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).at(TransactionExporter::header().indexOf(QStringLiteral("customer_name"))),
                 exported);
    }

    void exportsOnlyTheQuerysRows()
    {
        for (int i = 0; i < 2500; ++i)
            insert(QStringLiteral("R-%1").arg(i, 4, 10, QLatin1Char('0')),
                   i % 2 ? QStringLiteral("AED") : QStringLiteral("SAR"), 100 + i, 0, QStringLiteral("N"));
        TransactionQuery query;
        query.currency = QStringLiteral("SAR");
        query.sort = TransactionSort::Amount;
        query.order = Qt::AscendingOrder;
        const QList<QStringList> records = exportRecords(query);
        QCOMPARE(records.size(), 1251);
        QCOMPARE(records.at(1).at(0), QStringLiteral("R-0000"));
        QCOMPARE(records.last().at(0), QStringLiteral("R-2498"));
        const QString path = m_db.filePath(QStringLiteral("out.csv"));
        QCOMPARE(*TransactionExporter(*m_db).exportCsv(query, path), qint64(1250));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().startsWith("merchant_reference,fort_id,origin,state"));
    }
};

QTEST_GUILESS_MAIN(tst_Export)
#include "tst_export.moc"
