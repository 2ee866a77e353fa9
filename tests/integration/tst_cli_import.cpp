#include "store/database.h"
#include "teststore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
const QByteArray Header =
    "merchant_reference,fort_id,operation,status,amount,currency,transaction_date,customer_name,"
    "customer_email,card_number\n";
const QByteArray FullPan = "4111111111111111";
} // namespace

class tst_CliImport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run paydeskctl(const QStringList &arguments, const QString &database = QString())
    {
        QProcess process;
        process.setProgram(QStringLiteral(PAYDESK_BINARY_DIR "/app/paydeskctl/paydeskctl"));
        process.setArguments(QStringList{QStringLiteral("--db"), database.isEmpty() ? m_db : database} +
                             arguments);
        process.start();
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }
    QJsonArray listJson(const QStringList &filters)
    {
        const Run run = paydeskctl(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + filters);
        if (run.code != 0)
            qWarning() << run.err;
        return QJsonDocument::fromJson(run.out).array();
    }
    static QByteArray goodFile()
    {
        return Header +
               "ORD-1,1001,authorization,success,1250.500,KWD,2026-06-01 10:00:00,Amal,amal@example.org,"
               "411111******1111\n"
               "ORD-1,1001,capture,04,250.500,KWD,2026-06-02 10:00:00,,,\n"
               "D-1,1002,PURCHASE,14,99.99,AED,2026-06-03T08:00:00Z,=cmd(),d@example.org,\n"
               "ORD-3,1003,authorization,02,15000,JPY,2026-06-04 10:00:00,Chen,c@example.org,\n";
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QFile::exists(QStringLiteral(PAYDESK_BINARY_DIR "/app/paydeskctl/paydeskctl")));
    }
    void init()
    {
        QVERIFY(m_dir.isValid());
        TestStore::isolateDataFolders();
        m_db = TestStore::newLocation(m_dir, QStringLiteral("cli.db"));
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(m_db + QLatin1String(suffix));
        auto created = Database::create(m_db, QStringLiteral("MERCHANT1"), QStringLiteral("simulator"));
        QVERIFY2(created.ok(), qPrintable(created.message));
    }

    void importsAndListsAsJson()
    {
        const Run run =
            paydeskctl({QStringLiteral("import"), writeFile(QStringLiteral("good.csv"), goodFile())});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains("3 created"));
        const QJsonArray all = listJson({});
        QCOMPARE(all.size(), 3);
        const QJsonObject first = all.at(2).toObject(); // newest first: ORD-1 is the oldest
        QCOMPARE(first.value(QStringLiteral("merchant_reference")).toString(), QStringLiteral("ORD-1"));
        QCOMPARE(first.value(QStringLiteral("authorized")).toInteger(), qint64(1250500));
        QCOMPARE(first.value(QStringLiteral("captured")).toInteger(), qint64(250500));
        QCOMPARE(first.value(QStringLiteral("refund_reserved")).toInteger(), qint64(0));
        QCOMPARE(first.value(QStringLiteral("origin")).toString(), QStringLiteral("authorization"));
        QCOMPARE(first.value(QStringLiteral("currency")).toString(), QStringLiteral("KWD"));
        QCOMPARE(first.value(QStringLiteral("authorized_at")).toString(),
                 QStringLiteral("2026-06-01T10:00:00Z"));
        QCOMPARE(first.value(QStringLiteral("capture_deadline")).toString(),
                 QStringLiteral("2026-06-08T10:00:00Z"));
        QCOMPARE(first.value(QStringLiteral("unresolved")).toBool(), false);
        QCOMPARE(first.value(QStringLiteral("card_masked")).toString(), QStringLiteral("411111******1111"));
        for (const char *field : {"fort_id", "state", "customer_name", "customer_email", "payment_option",
                                  "digital_wallet", "refunded"})
            QVERIFY2(first.contains(QLatin1String(field)), field);

        QCOMPARE(listJson({QStringLiteral("--currency"), QStringLiteral("AED")}).size(), 1);
        QCOMPARE(listJson({QStringLiteral("--state"), QStringLiteral("captured")}).size(), 1);
        QCOMPARE(listJson({QStringLiteral("--state"), QStringLiteral("captured"), QStringLiteral("--state"),
                           QStringLiteral("expired"), QStringLiteral("--state"),
                           QStringLiteral("partially_captured")})
                     .size(),
                 3);
        // "D-1" looks like an order reference: the rows whose reference starts with it (D-1, not ORD-1);
        // "RD-1" starts none, so the substring search finds ORD-1 (SearchTerm).
        QCOMPARE(listJson({QStringLiteral("--search"), QStringLiteral("D-1")}).size(), 1);
        QCOMPARE(listJson({QStringLiteral("--search"), QStringLiteral("RD-1")}).size(), 1);
        QCOMPARE(listJson({QStringLiteral("--search"), QStringLiteral("example.org")}).size(), 3);
        QCOMPARE(listJson({QStringLiteral("--from"), QStringLiteral("2026-06-02"), QStringLiteral("--to"),
                           QStringLiteral("2026-06-03")})
                     .size(),
                 1);
        QCOMPARE(listJson({QStringLiteral("--unresolved")}).size(), 0);
        // The June deadlines are past: ORD-1's uncaptured 1000.000 KWD and ORD-3's 15000 JPY lapsed, and
        // nothing can be captured.
        QCOMPARE(listJson({QStringLiteral("--capturable")}).size(), 0);
        const QJsonArray lapsed = listJson({QStringLiteral("--lapsed")});
        QCOMPARE(lapsed.size(), 2);
        QCOMPARE(lapsed.at(0).toObject().value(QStringLiteral("merchant_reference")).toString(),
                 QStringLiteral("ORD-3"));
        QCOMPARE(lapsed.at(1).toObject().value(QStringLiteral("merchant_reference")).toString(),
                 QStringLiteral("ORD-1"));
        QCOMPARE(listJson({QStringLiteral("--refundable")}).size(), 2); // ORD-1's capture and D-1
        const Run both =
            paydeskctl({QStringLiteral("list"), QStringLiteral("--capturable"), QStringLiteral("--lapsed")});
        QCOMPARE(both.code, 2);
        QVERIFY(both.err.contains("only one of"));

        const Run table = paydeskctl({QStringLiteral("list")});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.startsWith("REFERENCE"));
        QVERIFY(table.out.contains("1250.500"));
        QVERIFY(table.out.contains("3 transactions"));
    }

    // More rows than one batch of the old keyset pages (1,000): one JSON array, every row once and in the
    // list's order (newest first), with a search and without; the export of a search agrees.
    void listsManyRowsAsOneArray()
    {
        QByteArray csv = Header;
        QStringList newestFirst;
        QStringList mohammedNewestFirst;
        for (int i = 0; i < 2500; ++i) {
            const QByteArray reference = "M-" + QByteArray::number(i).rightJustified(5, '0');
            // Some names need JSON escaping; every third is a common search term.
            const QByteArray name = i % 3 == 0   ? "Mohammed Saleh"
                                    : i % 7 == 0 ? "\"Zo\xc3\xab \"\"Q\"\" O\\Brien\""
                                                 : "Layla Aziz";
            const QTime time = QTime(0, 0).addSecs(i * 30);
            csv += reference + ',' + QByteArray::number(5000 + i) +
                   ",authorization,success,10.00,AED,2026-06-01 " +
                   time.toString(QStringLiteral("HH:mm:ss")).toLatin1() + ',' + name + ",c@example.org,\n";
            newestFirst.prepend(QString::fromLatin1(reference));
            if (i % 3 == 0)
                mohammedNewestFirst.prepend(QString::fromLatin1(reference));
        }
        const Run imported =
            paydeskctl({QStringLiteral("import"), writeFile(QStringLiteral("many.csv"), csv)});
        QCOMPARE(imported.code, 0);
        QVERIFY2(imported.out.contains("2500 created"), imported.out.constData());
        const auto references = [this](const QStringList &filters) {
            const Run run =
                paydeskctl(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + filters);
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
            QStringList found;
            if (run.code != 0 || error.error != QJsonParseError::NoError || !document.isArray()) {
                qWarning() << run.code << error.errorString() << run.err;
                return found;
            }
            for (const QJsonValue &value : document.array())
                found << value.toObject().value(QStringLiteral("merchant_reference")).toString();
            return found;
        };
        QCOMPARE(references({}), newestFirst);
        QCOMPARE(references({QStringLiteral("--search"), QStringLiteral("mohammed")}), mohammedNewestFirst);
        const Run escaped = paydeskctl({QStringLiteral("list"), QStringLiteral("--json"),
                                        QStringLiteral("--search"), QStringLiteral("brien")});
        QVERIFY(escaped.out.contains("\"customer_name\":\"Zo\xc3\xab \\\"Q\\\" O\\\\Brien\""));

        const QString out = m_dir.filePath(QStringLiteral("many-out.csv"));
        const Run exported = paydeskctl(
            {QStringLiteral("export"), out, QStringLiteral("--search"), QStringLiteral("mohammed")});
        QCOMPARE(exported.code, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList exportedReferences;
        for (const QByteArray &line : file.readAll().split('\n').mid(1)) {
            if (!line.isEmpty())
                exportedReferences << QString::fromLatin1(line.left(line.indexOf(',')));
        }
        QCOMPARE(exportedReferences, mohammedNewestFirst);
    }

    void reimportChangesNothing()
    {
        const QString path = writeFile(QStringLiteral("good.csv"), goodFile());
        QCOMPARE(paydeskctl({QStringLiteral("import"), path}).code, 0);
        const QByteArray before = paydeskctl({QStringLiteral("list"), QStringLiteral("--json")}).out;
        const Run again = paydeskctl({QStringLiteral("import"), path});
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.contains("4 already imported"));
        QCOMPARE(paydeskctl({QStringLiteral("list"), QStringLiteral("--json")}).out, before);
    }

    void badRowsRefuseTheFile()
    {
        const QString path = writeFile(QStringLiteral("bad.csv"), goodFile() +
                                                                      "ORD-9,,authorization,success,1.00,AED,"
                                                                      "2026-06-01 10:00:00,,," +
                                                                      FullPan + "\n");
        const Run run = paydeskctl({QStringLiteral("import"), path});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains("line 6: full card number in card_number"));
        QVERIFY(!run.err.contains(FullPan));
        QVERIFY(!run.out.contains(FullPan));
        QCOMPARE(listJson({}).size(), 0);

        const Run skipped = paydeskctl({QStringLiteral("import"), path, QStringLiteral("--skip-bad-rows")});
        QCOMPARE(skipped.code, 0);
        QVERIFY(skipped.err.contains("line 6: skipped: full card number in card_number"));
        QVERIFY(!skipped.err.contains(FullPan));
        QCOMPARE(listJson({}).size(), 3);
    }

    void usageAndEnvironmentErrors()
    {
        QCOMPARE(paydeskctl({QStringLiteral("import")}).code, 2);
        QCOMPARE(
            paydeskctl({QStringLiteral("import"), QStringLiteral("x.csv"), QStringLiteral("--bogus")}).code,
            2);
        const QString notReport = writeFile(QStringLiteral("x.csv"), "merchant_reference,amount\nA,1.00\n");
        const Run run = paydeskctl({QStringLiteral("import"), notReport});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains("operation"));
        QCOMPARE(
            paydeskctl({QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("bogus")}).code, 2);
        QCOMPARE(
            paydeskctl({QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("yesterday")}).code,
            2);
        QCOMPARE(
            paydeskctl({QStringLiteral("list"), QStringLiteral("--currency"), QStringLiteral("XXQ")}).code,
            2);
        QCOMPARE(paydeskctl({QStringLiteral("export")}).code, 2);
        QCOMPARE(paydeskctl({QStringLiteral("list")}, m_dir.filePath(QStringLiteral("missing.db"))).code, 5);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.db"))));
    }

    void exportsTheListedRows()
    {
        QCOMPARE(
            paydeskctl({QStringLiteral("import"), writeFile(QStringLiteral("good.csv"), goodFile())}).code,
            0);
        const QString out = m_dir.filePath(QStringLiteral("out.csv"));
        const Run run =
            paydeskctl({QStringLiteral("export"), out, QStringLiteral("--currency"), QStringLiteral("AED")});
        QCOMPARE(run.code, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(
            lines.at(0).startsWith("merchant_reference,fort_id,origin,state,unresolved,currency,authorized"));
        QVERIFY(
            lines.at(1).startsWith("D-1,1002,purchase,captured,0,AED,99.99,99.99,0.00,0.00,9999,9999,0,0,"));
        QVERIFY(lines.at(1).contains(",'=cmd(),"));
        QCOMPARE(lines.size(), 3); // header, one row, the empty rest after the last CRLF
    }
};

QTEST_GUILESS_MAIN(tst_CliImport)
#include "tst_cli_import.moc"
