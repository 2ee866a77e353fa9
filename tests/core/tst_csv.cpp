#include "store/csvreader.h"
#include "store/csvwriter.h"

#include <QBuffer>
#include <QTest>

class tst_Csv final : public QObject
{
    Q_OBJECT

private:
    static QList<QStringList> readAll(const QByteArray &bytes, QList<qint64> *lines = nullptr,
                                      QString *error = nullptr)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QList<QStringList> records;
        QStringList fields;
        while (reader.readRecord(fields)) {
            records << fields;
            if (lines)
                *lines << reader.recordLine();
        }
        if (error)
            *error = reader.error();
        return records;
    }

private slots:
    void reads_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QStringList>>("expected");
        const QList<QStringList> simple{{QStringLiteral("a"), QStringLiteral("b")},
                                        {QStringLiteral("1"), QStringLiteral("2")}};
        QTest::newRow("lf") << QByteArray("a,b\n1,2\n") << simple;
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << simple;
        QTest::newRow("cr") << QByteArray("a,b\r1,2") << simple;
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << simple;
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                           "a,b\n1,2\n")
                             << simple;
        QTest::newRow("blank lines") << QByteArray("\na,b\n\n\r\n1,2\n\n") << simple;
        QTest::newRow("quoted comma")
            << QByteArray("\"x,y\",z\n") << QList<QStringList>{{QStringLiteral("x,y"), QStringLiteral("z")}};
        QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",\"\"\n")
                                        << QList<QStringList>{{QStringLiteral("say \"hi\""), QString()}};
        QTest::newRow("newline in quotes")
            << QByteArray("\"l1\r\nl2\",x\n")
            << QList<QStringList>{{QStringLiteral("l1\r\nl2"), QStringLiteral("x")}};
        QTest::newRow("empty fields")
            << QByteArray(",,\n") << QList<QStringList>{{QString(), QString(), QString()}};
        QTest::newRow("utf8") << QByteArray("\xD9\x85\xD8\xAD\xD9\x85\xD8\xAF,\xC3\xA9\n")
                              << QList<QStringList>{{QString::fromUtf8("\xD9\x85\xD8\xAD\xD9\x85\xD8\xAF"),
                                                     QString::fromUtf8("\xC3\xA9")}};
    }
    void reads()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, expected);
        QCOMPARE(readAll(input), expected);
    }

    void lineNumbersCountQuotedLineBreaks()
    {
        QList<qint64> lines;
        readAll("h\n\"a\nb\nc\"\n\nx\n", &lines);
        QCOMPARE(lines, (QList<qint64>{1, 2, 6}));
    }

    void unclosedQuoteIsAnError()
    {
        QString error;
        const QList<QStringList> records = readAll("a\n\"open,x\n", nullptr, &error);
        QCOMPARE(records.size(), 1);
        QVERIFY(error.contains(QLatin1String("line 2")));
    }

    void largeInputAcrossChunks()
    {
        QByteArray input;
        for (int i = 0; i < 50000; ++i)
            input += "\"ref," + QByteArray::number(i) + "\",value " + QByteArray::number(i) + "\r\n";
        const QList<QStringList> records = readAll(input);
        QCOMPARE(records.size(), 50000);
        QCOMPARE(records.at(49999),
                 (QStringList{QStringLiteral("ref,49999"), QStringLiteral("value 49999")}));
    }

    void limitsCutARecordButNotTheNext_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("overflow");
        QTest::addColumn<int>("field");
        QTest::addColumn<QStringList>("kept");
        CsvLimits limits;
        QTest::newRow("within") << QByteArray("abc,defgh\n") << int(CsvReader::Overflow::None) << -1
                                << QStringList{QStringLiteral("abc"), QStringLiteral("defgh")};
        QTest::newRow("long field") << QByteArray("abc,defghijkl,x\n")
                                    << int(CsvReader::Overflow::FieldTooLong) << 1
                                    << QStringList{QStringLiteral("abc"), QStringLiteral("defghi"),
                                                   QStringLiteral("x")};
        QTest::newRow("long quoted field with line breaks")
            << QByteArray("\"ab\ncd\"\"ef\ngh\",x\n") << int(CsvReader::Overflow::FieldTooLong) << 0
            << QStringList{QStringLiteral("ab\ncd\""), QStringLiteral("x")};
        QTest::newRow("many fields") << QByteArray("a,b,c,d,e,f\n") << int(CsvReader::Overflow::TooManyFields)
                                     << 4
                                     << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                                    QStringLiteral("c"), QStringLiteral("d")};
        QTest::newRow("long record") << QByteArray("abcdef,abcdef,abcdef,x\n")
                                     << int(CsvReader::Overflow::RecordTooLong) << 2
                                     << QStringList{QStringLiteral("abcdef"), QStringLiteral("abcdef")};
    }
    void limitsCutARecordButNotTheNext()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, overflow);
        QFETCH(int, field);
        QFETCH(QStringList, kept);
        QBuffer buffer;
        buffer.setData("h1,h2\n" + input + "next,record\n");
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, CsvLimits{6, 4, 16});
        QStringList fields;
        QVERIFY(reader.readRecord(fields));
        QCOMPARE(reader.overflow(), CsvReader::Overflow::None);
        QVERIFY(reader.readRecord(fields));
        QCOMPARE(int(reader.overflow()), overflow);
        QCOMPARE(reader.overflowField(), qsizetype(field));
        QCOMPARE(fields, kept);
        QCOMPARE(reader.recordLine(), qint64(2));
        QVERIFY(reader.readRecord(fields));
        QCOMPARE(reader.overflow(), CsvReader::Overflow::None);
        QCOMPARE(fields, (QStringList{QStringLiteral("next"), QStringLiteral("record")}));
        QVERIFY(!reader.readRecord(fields));
        QVERIFY(reader.error().isEmpty());
    }

    // An unclosed quote at the start of a huge input: read to the end, kept no more than the limit.
    void unclosedQuoteInAHugeInputKeepsLittle()
    {
        QBuffer buffer;
        buffer.setData("h\n\"" + QByteArray(8 * 1024 * 1024, 'a'));
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QStringList fields;
        QVERIFY(reader.readRecord(fields));
        QVERIFY(!reader.readRecord(fields));
        QVERIFY(!reader.error().isEmpty());
        QVERIFY(fields.join(QString()).size() <= reader.limits().maxFieldBytes);
    }

    void neutralizesFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("cr") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("plain") << QStringLiteral("ORD-1") << QStringLiteral("ORD-1");
        QTest::newRow("number") << QStringLiteral("1250.500") << QStringLiteral("1250.500");
        QTest::newRow("empty") << QString() << QString();
    }
    void neutralizesFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::neutralizeFormula(cell), expected);
    }

    void writesAndReadsBack()
    {
        const QList<QStringList> records{
            {QStringLiteral("plain"), QStringLiteral("with,comma"), QStringLiteral("with \"quote\"")},
            {QStringLiteral("multi\nline"), QString(), QStringLiteral(" padded ")},
        };
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        for (const QStringList &record : records)
            QVERIFY(writer.writeRecord(record));
        QCOMPARE(buffer.data().left(49),
                 QByteArray("plain,\"with,comma\",\"with \"\"quote\"\"\"\r\n\"multi\nline\""));
        QCOMPARE(readAll(buffer.data()), records);
    }
};

QTEST_GUILESS_MAIN(tst_Csv)
#include "tst_csv.moc"
