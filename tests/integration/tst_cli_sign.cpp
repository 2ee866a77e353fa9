#include "aps/apsmessage.h"
#include "aps/signature.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList outLines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

const QStringList &docsFields()
{
    static const QStringList fields = {QStringLiteral("command=PURCHASE"),
                                       QStringLiteral("merchant_reference=Test010"),
                                       QStringLiteral("amount=1000"),
                                       QStringLiteral("access_code=SILgpo7pWbmzuURp2qri"),
                                       QStringLiteral("merchant_identifier=MxvOupuG"),
                                       QStringLiteral("currency=USD"),
                                       QStringLiteral("language=en"),
                                       QStringLiteral("customer_email=test@gmail.com")};
    return fields;
}

const char DocsSha256[] = "94c38afc7bdae0114fc8c740edf12416f22998241ce4b4ea70d5521233a2c882";

} // namespace

class tst_CliSign final : public QObject
{
    Q_OBJECT

private:
    QString m_binary;

    Run run(const QStringList &arguments, const QString &phrase, const QByteArray &input = {}) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("PAYDESK_SHA_PHRASE"));
        if (!phrase.isNull())
            environment.insert(QStringLiteral("PAYDESK_SHA_PHRASE"), phrase);
        process.setProcessEnvironment(environment);
        process.start(m_binary, arguments);
        if (!process.waitForStarted())
            return {};
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000))
            return {};
        Run result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static QByteArray signedDocsResponse(bool numericAmount)
    {
        const QString signature = QString::fromLatin1(DocsSha256);
        QByteArray json = "{\"command\":\"PURCHASE\",\"merchant_reference\":\"Test010\",";
        json += numericAmount ? "\"amount\":1000," : "\"amount\":\"1000\",";
        json += "\"access_code\":\"SILgpo7pWbmzuURp2qri\",\"merchant_identifier\":\"MxvOupuG\",\"currency\":"
                "\"USD\","
                "\"language\":\"en\",\"customer_email\":\"test@gmail.com\",\"signature\":\"" +
                signature.toLatin1() + "\"}";
        return json;
    }

private slots:
    void initTestCase()
    {
        QString binaryDir = qEnvironmentVariable("PAYDESK_BINARY_DIR");
        if (binaryDir.isEmpty())
            binaryDir = QStringLiteral(PAYDESK_BINARY_DIR);
        m_binary = binaryDir + QStringLiteral("/app/paydeskctl/paydeskctl");
        QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary + QStringLiteral(" is not built")));
    }

    void signsPublishedVectors_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("expected");
        QTest::newRow("docs SHA-256 (default)")
            << QStringList() << docsFields() << QStringLiteral("PASS") << QString::fromLatin1(DocsSha256);
        QTest::newRow("docs SHA-512")
            << QStringList({QStringLiteral("--sha-type"), QStringLiteral("SHA-512")}) << docsFields()
            << QStringLiteral("PASS")
            << QStringLiteral(
                   "01575815bbdb23a862855bf2087012e243215e6464b6239a422d9a85936adca90bf6c3227c180890ad13b"
                   "00ddf3a248608053d7174cbe622f24bdf2d5f345638");
        QTest::newRow("docs HMAC-256")
            << QStringList({QStringLiteral("--sha-type=hmac256")}) << docsFields() << QStringLiteral("PASS")
            << QStringLiteral("b592468a25c7292cdadb2e58c3c184e5b868eda03d8c2920f66fe16a587681f3");
        QTest::newRow("PHP SDK with a space")
            << QStringList()
            << QStringList({QStringLiteral("command=AUTHORIZATION"),
                            QStringLiteral("access_code=43287943278432"),
                            QStringLiteral("merchant_identifier=343278h432"), QStringLiteral("amount=1"),
                            QStringLiteral("merchant_reference=test 2121"), QStringLiteral("currency=USD"),
                            QStringLiteral("language=en"), QStringLiteral("customer_email=test@aps.com")})
            << QStringLiteral("test1")
            << QStringLiteral("6b73011e4eda060bbbdf206ad110b5208690b57d9e39bec1a548fe8bf3029439");
    }
    void signsPublishedVectors()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, fields);
        QFETCH(QString, phrase);
        QFETCH(QString, expected);
        const Run result = run(QStringList{QStringLiteral("sign")} + options + fields, phrase);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.outLines().size(), 1);
        QCOMPARE(result.outLines().last(), expected);
    }

    void showStringHidesThePhrase()
    {
        const Run result =
            run(QStringList{QStringLiteral("sign"), QStringLiteral("--show-string")} + docsFields(),
                QStringLiteral("PASS"));
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.outLines();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(
            lines.first(),
            QStringLiteral("<phrase>access_code=SILgpo7pWbmzuURp2qriamount=1000command=PURCHASEcurrency=USD"
                           "customer_email=test@gmail.comlanguage=enmerchant_identifier=MxvOupuG"
                           "merchant_reference=Test010<phrase>"));
        QCOMPARE(lines.last(), QString::fromLatin1(DocsSha256));
        QVERIFY(!result.out.contains(QStringLiteral("PASS")));
    }

    void valuesKeepEqualsSignsAndSpaces()
    {
        const Run result = run({QStringLiteral("sign"), QStringLiteral("--show-string"),
                                QStringLiteral("order_description=a=b  c="), QStringLiteral("x_y=مرحبا")},
                               QStringLiteral("secret"));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.outLines().first(),
                 QStringLiteral("<phrase>order_description=a=b  c=x_y=مرحبا<phrase>"));
        ApsMessage message;
        message.set(QStringLiteral("order_description"), QStringLiteral("a=b  c="));
        message.set(QStringLiteral("x_y"), QStringLiteral("مرحبا"));
        QCOMPARE(result.outLines().last(), ApsSignature::sign(message, u"secret", ShaType::Sha256));
    }

    void refusesBadSignArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("phrase");
        const QString phrase = QStringLiteral("PASS");
        QTest::newRow("no fields") << QStringList({QStringLiteral("sign")}) << phrase;
        QTest::newRow("no equals") << QStringList({QStringLiteral("sign"), QStringLiteral("amount")})
                                   << phrase;
        QTest::newRow("empty name") << QStringList({QStringLiteral("sign"), QStringLiteral("=1000")})
                                    << phrase;
        QTest::newRow("twice") << QStringList(
                                      {QStringLiteral("sign"), QStringLiteral("a=1"), QStringLiteral("a=2")})
                               << phrase;
        QTest::newRow("signature field")
            << QStringList({QStringLiteral("sign"), QStringLiteral("a=1"), QStringLiteral("signature=x")})
            << phrase;
        QTest::newRow("unknown sha type")
            << QStringList({QStringLiteral("sign"), QStringLiteral("--sha-type"), QStringLiteral("MD5"),
                            QStringLiteral("a=1")})
            << phrase;
        QTest::newRow("sha type without value")
            << QStringList({QStringLiteral("sign"), QStringLiteral("a=1"), QStringLiteral("--sha-type")})
            << phrase;
        QTest::newRow("unknown option")
            << QStringList({QStringLiteral("sign"), QStringLiteral("--phrase"), QStringLiteral("a=1")})
            << phrase;
        QTest::newRow("no phrase") << QStringList({QStringLiteral("sign"), QStringLiteral("a=1")})
                                   << QString();
        QTest::newRow("empty phrase")
            << QStringList({QStringLiteral("sign"), QStringLiteral("a=1")}) << QStringLiteral("");
    }
    void refusesBadSignArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, phrase);
        const Run result = run(arguments, phrase);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.out, QString());
        QVERIFY(!result.err.isEmpty());
    }

    void missingPhraseIsExplained()
    {
        const Run result = run({QStringLiteral("sign"), QStringLiteral("a=1")}, QString());
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("PAYDESK_SHA_PHRASE")));
    }

    void verifiesValidResponses_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("string amount") << signedDocsResponse(false);
        QTest::newRow("numeric amount, exact text") << signedDocsResponse(true);
        QTest::newRow("upper-case signature") << signedDocsResponse(false).replace("94c38afc", "94C38AFC");
        QTest::newRow("surrounding whitespace") << QByteArray("\n  " + signedDocsResponse(false) + "\n\n");
    }
    void verifiesValidResponses()
    {
        QFETCH(QByteArray, json);
        const Run result = run({QStringLiteral("verify-response")}, QStringLiteral("PASS"), json);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QStringLiteral("valid\n"));
    }

    void keepsLongNumbersExact()
    {
        // A 20-digit fort_id sent as a number must be signed over its exact digits, not a rounded double.
        ApsMessage message;
        message.set(QStringLiteral("fort_id"), QStringLiteral("16988764620000012345"));
        message.set(QStringLiteral("amount"), QStringLiteral("10000.0"));
        const QString signature = ApsSignature::sign(message, u"resp", ShaType::Sha512);
        const QByteArray json = "{\"fort_id\":16988764620000012345,\"amount\":10000.0,\"signature\":\"" +
                                signature.toLatin1() + "\"}";
        const Run result =
            run({QStringLiteral("verify-response"), QStringLiteral("--sha-type"), QStringLiteral("SHA-512")},
                QStringLiteral("resp"), json);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QStringLiteral("valid\n"));
    }

    void reportsWhatDiffers()
    {
        QByteArray json = signedDocsResponse(false).replace("\"amount\":\"1000\"", "\"amount\":\"1001\"");
        const Run result = run({QStringLiteral("verify-response")}, QStringLiteral("PASS"), json);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.contains(QStringLiteral("received: ") + QString::fromLatin1(DocsSha256)));
        QVERIFY(result.out.contains(QStringLiteral("expected: ")));
        QVERIFY(result.out.contains(
            QStringLiteral("string: <phrase>access_code=SILgpo7pWbmzuURp2qriamount=1001")));
        QVERIFY(result.out.trimmed().endsWith(QStringLiteral("<phrase>")));
        QVERIFY(!result.out.contains(QStringLiteral("PASS")));
    }

    void wrongPhraseOrTypeIsInvalid()
    {
        QCOMPARE(run({QStringLiteral("verify-response")}, QStringLiteral("PASX"), signedDocsResponse(false))
                     .exitCode,
                 1);
        QCOMPARE(run({QStringLiteral("verify-response"), QStringLiteral("--sha-type=HMAC-256")},
                     QStringLiteral("PASS"), signedDocsResponse(false))
                     .exitCode,
                 1);
    }

    void reportsMissingSignature()
    {
        const Run result = run({QStringLiteral("verify-response")}, QStringLiteral("PASS"),
                               "{\"response_code\":\"04000\",\"status\":\"04\"}");
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.contains(QStringLiteral("missing signature")));
        QVERIFY(result.out.contains(QStringLiteral("string: <phrase>response_code=04000status=04<phrase>")));
    }

    void refusesMalformedResponses_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("at byte 0");
        QTest::newRow("trailing comma") << QByteArray("{\"a\":\"1\",}") << QStringLiteral("at byte 9");
        QTest::newRow("duplicate") << QByteArray("{\"a\":\"1\",\"a\":\"1\"}") << QStringLiteral("at byte 9");
        QTest::newRow("nested") << QByteArray("{\"a\":[1]}") << QStringLiteral("at byte 5");
        QTest::newRow("null") << QByteArray("{\"a\":null}") << QStringLiteral("at byte 5");
        QTest::newRow("two objects") << QByteArray("{}{}") << QStringLiteral("at byte 2");
        QTest::newRow("bad utf8") << QByteArray("{\"a\":\"\xff\"}") << QStringLiteral("at byte 6");
    }
    void refusesMalformedResponses()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const Run result = run({QStringLiteral("verify-response")}, QStringLiteral("PASS"), json);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.out, QString());
        QVERIFY2(result.err.contains(problem), qPrintable(result.err));
    }

    void verifyRefusesArguments()
    {
        QCOMPARE(run({QStringLiteral("verify-response"), QStringLiteral("file.json")}, QStringLiteral("PASS"),
                     signedDocsResponse(false))
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("verify-response")}, QString(), signedDocsResponse(false)).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_CliSign)
#include "tst_cli_sign.moc"
