#include "store/csvreader.h"
#include "store/reportrow.h"

#include <QBuffer>
#include <QDateTime>
#include <QTest>
#include <QTimeZone>

// One report row at a time, without a database: what each column may hold, and what a bad row says.
class tst_ReportRow final : public QObject
{
    Q_OBJECT

private slots:
    void goodRows_data();
    void goodRows();
    void badRows_data();
    void badRows();
    void outcomes_data();
    void outcomes();
    void operations_data();
    void operations();
    void headers_data();
    void headers();

private:
    struct Parsed
    {
        StoreStatus header;
        std::optional<ReportRow> row;
        ImportBadRow bad;
    };
    static Parsed parse(const QByteArray &csv);
};

namespace {
const QByteArray Header = "merchant_reference,fort_id,operation,status,amount,currency,transaction_date,"
                          "customer_name,card_number\n";
// A Luhn-valid test card number: it must never be echoed.
const QByteArray FullPan = "4111111111111111";

QByteArray row(const QByteArray &operation, const QByteArray &status, const QByteArray &amount = "10.00")
{
    return "ORD-1,1700000001," + operation + "," + status + "," + amount +
           ",AED,2026-03-01 10:00:00,Ada,411111******1111\n";
}

qint64 ms(const char *isoUtc)
{
    return QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODateWithMs).toMSecsSinceEpoch();
}
} // namespace

tst_ReportRow::Parsed tst_ReportRow::parse(const QByteArray &csv)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, ReportRowParser::ReaderLimits);
    // Dates without an offset are in the profile's zone: UTC+4 here.
    ReportRowParser parser(QTimeZone(4 * 3600));
    Parsed parsed;
    QStringList fields;
    if (!reader.readRecord(fields))
        return parsed;
    parsed.header = parser.readHeader(fields, reader);
    if (parsed.header.ok() && reader.readRecord(fields))
        parsed.row = parser.parse(fields, reader, parsed.bad);
    return parsed;
}

void tst_ReportRow::goodRows_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<QString>("card");
    QTest::newRow("plain") << Header + row("AUTHORIZATION", "success") << qint64(1000) << "AED"
                           << ms("2026-03-01T06:00:00Z") << "411111******1111";
    QTest::newRow("three-decimal currency, lower case")
        << Header + "ORD-1,,capture,success,1.234,kwd,2026-03-01T10:00:00Z,,\n"
        << qint64(1234) << "KWD" << ms("2026-03-01T10:00:00Z") << "";
    QTest::newRow("offset and milliseconds")
        << Header + "ORD-1,,purchase,14,5,AED,2026-03-01T10:00:00.250+02:00,,\n"
        << qint64(500) << "AED" << ms("2026-03-01T08:00:00.250Z") << "";
    QTest::newRow("void without amount") << Header + "ORD-1,,void,success,,AED,2026-03-01 10:00,,\n"
                                         << qint64(0) << "AED" << ms("2026-03-01T06:00:00Z") << "";
    QTest::newRow("spaces in header and fields")
        << QByteArray("Merchant Reference, Operation ,Status,Amount,Currency,Transaction Date\n"
                      " ORD-1 , refund , success , 2.50 , AED , 2026-03-01 10:00:00 \n")
        << qint64(250) << "AED" << ms("2026-03-01T06:00:00Z") << "";
}

void tst_ReportRow::goodRows()
{
    QFETCH(QByteArray, csv);
    QFETCH(qint64, amount);
    QFETCH(QString, currency);
    QFETCH(qint64, at);
    QFETCH(QString, card);
    const Parsed parsed = parse(csv);
    QVERIFY2(parsed.header.ok(), qPrintable(parsed.header.message));
    QVERIFY2(parsed.row, qPrintable(parsed.bad.reason));
    QCOMPARE(parsed.row->line, qint64(2));
    QCOMPARE(parsed.row->reference, QStringLiteral("ORD-1"));
    QCOMPARE(parsed.row->amount, amount);
    QCOMPARE(parsed.row->currency, currency);
    QCOMPARE(parsed.row->at, at);
    QCOMPARE(parsed.row->cardMasked, card);
    QCOMPARE(parsed.row->baseKey.size(), 32);
}

void tst_ReportRow::badRows_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("reference"); // as the bad row shows it
    const QByteArray tail = ",AED,2026-03-01 10:00:00,Ada,411111******1111\n";
    QTest::newRow("missing reference")
        << Header + ",1,capture,success,1.00" + tail << "missing merchant_reference"
        << "";
    QTest::newRow("unknown operation")
        << Header + "ORD-1,1,settle,success,1.00" + tail << "unknown operation \"settle\""
        << "ORD-1";
    QTest::newRow("missing status") << Header + "ORD-1,1,capture,,1.00" + tail << "missing status"
                                    << "ORD-1";
    QTest::newRow("unknown status") << Header + "ORD-1,1,capture,maybe,1.00" + tail
                                    << "unknown status \"maybe\""
                                    << "ORD-1";
    QTest::newRow("unknown currency")
        << Header + "ORD-1,1,capture,success,1.00,XYZ,2026-03-01 10:00:00,Ada,411111******1111\n"
        << "unknown currency \"XYZ\""
        << "ORD-1";
    QTest::newRow("too many decimals")
        << Header + "ORD-1,1,capture,success,1.001" + tail << "bad amount \"1.001\": AED has 2 decimals"
        << "ORD-1";
    QTest::newRow("missing amount") << Header + "ORD-1,1,capture,success," + tail
                                    << "bad amount \"\": no amount given"
                                    << "ORD-1";
    QTest::newRow("bad date") << Header + "ORD-1,1,capture,success,1.00,AED,01/03/2026,Ada,411111******1111\n"
                              << "bad transaction_date \"01/03/2026\""
                              << "ORD-1";
    QTest::newRow("full card number in card_number")
        << Header + "ORD-1,1,capture,success,1.00,AED,2026-03-01 10:00:00,Ada,41111111112\n"
        << "full card number in card_number"
        << "ORD-1";
    QTest::newRow("card_number not masked")
        << Header + "ORD-1,1,capture,success,1.00,AED,2026-03-01 10:00:00,Ada,n/a\n"
        << "card_number is not a masked card number"
        << "ORD-1";
    QTest::newRow("card number in another column")
        << Header + "ORD-1,1,capture,success,1.00,AED,2026-03-01 10:00:00," + FullPan + ",\n"
        << "full card number in customer_name"
        << "ORD-1";
    QTest::newRow("card number in the reference, not shown")
        << Header + FullPan + ",1,capture,success,1.00" + tail << "full card number in merchant_reference"
        << "";
    QTest::newRow("too few fields") << Header + "ORD-1,1,capture\n"
                                    << "3 fields where the header has 9"
                                    << "ORD-1";
    QTest::newRow("value too long") << Header + "ORD-1," + QByteArray(21, '1') + ",capture,success,1.00" +
                                           tail
                                    << "fort_id has 21 characters, more than the 20 allowed"
                                    << "ORD-1";
    QTest::newRow("field beyond the reader's limit")
        << Header + "ORD-1,1,capture,success,1.00,AED,2026-03-01 10:00:00," + QByteArray(5000, 'a') +
               ",411111******1111\n"
        << "customer_name is longer than 4096 bytes (not read further)"
        << "ORD-1";
}

// Each bad field is named, and the row's line and reference come with it; no card number is ever echoed.
void tst_ReportRow::badRows()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, reason);
    QFETCH(QString, reference);
    const Parsed parsed = parse(csv);
    QVERIFY2(parsed.header.ok(), qPrintable(parsed.header.message));
    QVERIFY(!parsed.row);
    QCOMPARE(parsed.bad.reason, reason);
    QCOMPARE(parsed.bad.line, qint64(2));
    QCOMPARE(parsed.bad.merchantReference, reference);
    QVERIFY(!parsed.bad.reason.contains(QString::fromLatin1(FullPan)));
}

void tst_ReportRow::outcomes_data()
{
    QTest::addColumn<QByteArray>("operation");
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("responseCode");
    QTest::addColumn<int>("outcome"); // -1: a bad row
    const int success = int(ReportOutcome::Success);
    const int failed = int(ReportOutcome::Failed);
    const int pending = int(ReportOutcome::Pending);
    const int bad = -1;
    // The APS README's decision table, per operation: its own success code moves money, its refusal status
    // or 00 moves nothing, a status that is not final or a message that leaves the outcome open waits for a
    // status check, and another operation's success is a row PayDesk does not understand.
    struct Codes
    {
        const char *operation;
        const char *success;
        const char *failure;
        const char *otherSuccess;
    };
    for (const Codes &c : {Codes{"authorization", "02", "03", "14"}, Codes{"purchase", "14", "13", "02"},
                           Codes{"capture", "04", "05", "06"}, Codes{"refund", "06", "07", "04"},
                           Codes{"void authorization", "08", "09", "04"}}) {
        const QByteArray op(c.operation);
        const QByteArray ok(c.success);
        const QByteArray no(c.failure);
        const QByteArray other(c.otherSuccess);
        QTest::addRow("%s status %s", c.operation, c.success) << op << ok << QByteArray() << success;
        QTest::addRow("%s code %s000", c.operation, c.success) << op << QByteArray() << ok + "000" << success;
        QTest::addRow("%s both %s000", c.operation, c.success) << op << ok << ok + "000" << success;
        QTest::addRow("%s success word", c.operation) << op << QByteArray("Success") << ok + "000" << success;
        QTest::addRow("%s declined %s666", c.operation, c.failure) << op << no << no + "666" << failed;
        QTest::addRow("%s invalid 00002", c.operation) << op << QByteArray() << QByteArray("00002") << failed;
        QTest::addRow("%s declined word", c.operation)
            << op << QByteArray("DECLINED") << QByteArray() << failed;
        QTest::addRow("%s uncertain 15777", c.operation)
            << op << QByteArray("15") << QByteArray("15777") << pending;
        for (const char *status : {"19", "20", "40"})
            QTest::addRow("%s status %s", c.operation, status)
                << op << QByteArray(status) << QByteArray() << pending;
        QTest::addRow("%s technical %s006", c.operation, c.failure) << op << no << no + "006" << pending;
        QTest::addRow("%s processed unconfirmed 00777", c.operation)
            << op << QByteArray() << QByteArray("00777") << pending;
        QTest::addRow("%s still processing %s784", c.operation, c.failure)
            << op << QByteArray() << no + "784" << pending;
        QTest::addRow("%s pending word", c.operation)
            << op << QByteArray("in review") << QByteArray() << pending;
        QTest::addRow("%s uncertain word, success code", c.operation)
            << op << QByteArray("uncertain") << ok + "000" << pending;
        QTest::addRow("%s success word, uncertain code", c.operation)
            << op << QByteArray("success") << QByteArray("15777") << pending;
        QTest::addRow("%s another operation's success", c.operation) << op << other << other + "000" << bad;
        QTest::addRow("%s success with a message", c.operation) << op << ok << ok + "042" << bad;
        QTest::addRow("%s success word, declined code", c.operation)
            << op << QByteArray("success") << no + "666" << bad;
        QTest::addRow("%s status and code disagree", c.operation) << op << ok << no + "666" << bad;
        QTest::addRow("%s unknown word", c.operation) << op << QByteArray("maybe") << QByteArray() << bad;
        QTest::addRow("%s letters as code", c.operation) << op << QByteArray() << QByteArray("04ab0") << bad;
    }
}

// Status words and APS codes, operation by operation, against the APS README's decision table.
void tst_ReportRow::outcomes()
{
    QFETCH(QByteArray, operation);
    QFETCH(QByteArray, status);
    QFETCH(QByteArray, responseCode);
    QFETCH(int, outcome);
    const QByteArray header =
        "merchant_reference,operation,status,response_code,amount,currency,transaction_date\n";
    const QByteArray line =
        "ORD-1," + operation + ',' + status + ',' + responseCode + ",10.00,AED,2026-03-01 10:00:00\n";
    const Parsed parsed = parse(header + line);
    QVERIFY2(parsed.header.ok(), qPrintable(parsed.header.message));
    if (outcome < 0) {
        QVERIFY2(!parsed.row, "a row PayDesk cannot read for sure is refused");
        QVERIFY(!parsed.bad.reason.isEmpty());
        return;
    }
    QVERIFY2(parsed.row, qPrintable(parsed.bad.reason));
    QCOMPARE(int(parsed.row->outcome), outcome);
}

void tst_ReportRow::operations_data()
{
    QTest::addColumn<QByteArray>("operation");
    QTest::addColumn<int>("op");
    QTest::newRow("AUTHORIZATION") << QByteArray("AUTHORIZATION") << int(ReportOperation::Authorization);
    QTest::newRow("authorisation") << QByteArray("authorisation") << int(ReportOperation::Authorization);
    QTest::newRow("PURCHASE") << QByteArray("PURCHASE") << int(ReportOperation::Purchase);
    QTest::newRow("sale") << QByteArray("sale") << int(ReportOperation::Purchase);
    QTest::newRow("Capture") << QByteArray("Capture") << int(ReportOperation::Capture);
    QTest::newRow("REFUND") << QByteArray("REFUND") << int(ReportOperation::Refund);
    QTest::newRow("VOID_AUTHORIZATION") << QByteArray("VOID_AUTHORIZATION") << int(ReportOperation::Void);
    QTest::newRow("void") << QByteArray("void") << int(ReportOperation::Void);
}

void tst_ReportRow::operations()
{
    QFETCH(QByteArray, operation);
    QFETCH(int, op);
    const Parsed parsed = parse(Header + row(operation, "success"));
    QVERIFY2(parsed.row, qPrintable(parsed.bad.reason));
    QCOMPARE(int(parsed.row->op), op);
}

void tst_ReportRow::headers_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::newRow("complete") << QByteArray(
                                     "merchant_reference,operation,status,amount,currency,transaction_date")
                              << "";
    QTest::newRow("response_code instead of status")
        << QByteArray("merchant_reference,operation,response_code,amount,currency,transaction_date") << "";
    QTest::newRow("no currency") << QByteArray("merchant_reference,operation,status,amount,transaction_date")
                                 << "not an APS transaction report: no currency column";
    QTest::newRow("no status") << QByteArray("merchant_reference,operation,amount,currency,transaction_date")
                               << "not an APS transaction report: no status or response_code column";
}

void tst_ReportRow::headers()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, error);
    const Parsed parsed = parse(header + "\n");
    QCOMPARE(parsed.header.message, error);
    QCOMPARE(parsed.header.ok(), error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ReportRow)
#include "tst_reportrow.moc"
