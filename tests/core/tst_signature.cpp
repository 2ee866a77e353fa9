#include "aps/signature.h"

#include <QTest>

namespace {

struct Param
{
    const char *name;
    const char *value;
};

ApsMessage messageOf(std::initializer_list<Param> params)
{
    ApsMessage message;
    for (const Param &p : params)
        message.set(QString::fromUtf8(p.name), QString::fromUtf8(p.value));
    return message;
}

ApsMessage docsExample()
{
    return messageOf({{"command", "PURCHASE"},
                      {"merchant_reference", "Test010"},
                      {"amount", "1000"},
                      {"access_code", "SILgpo7pWbmzuURp2qri"},
                      {"merchant_identifier", "MxvOupuG"},
                      {"currency", "USD"},
                      {"language", "en"},
                      {"customer_email", "test@gmail.com"}});
}

} // namespace

class tst_Signature final : public QObject
{
    Q_OBJECT

private slots:
    void docsCanonicalString()
    {
        QCOMPARE(ApsSignature::canonicalString(docsExample(), u"PASS"),
                 QStringLiteral("PASSaccess_code=SILgpo7pWbmzuURp2qriamount=1000command=PURCHASEcurrency=USD"
                                "customer_email=test@gmail.comlanguage=enmerchant_identifier=MxvOupuG"
                                "merchant_reference=Test010PASS"));
    }

    // Every vector published in shared/aps/README.md section 4, plus an HMAC-512 value computed
    // independently (Python's hmac module over the same string).
    void publishedVectors_data()
    {
        QTest::addColumn<ApsMessage>("message");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<ShaType>("type");
        QTest::addColumn<QString>("expected");
        QTest::newRow("docs SHA-256")
            << docsExample() << QStringLiteral("PASS") << ShaType::Sha256
            << QStringLiteral("94c38afc7bdae0114fc8c740edf12416f22998241ce4b4ea70d5521233a2c882");
        QTest::newRow("docs SHA-512")
            << docsExample() << QStringLiteral("PASS") << ShaType::Sha512
            << QStringLiteral(
                   "01575815bbdb23a862855bf2087012e243215e6464b6239a422d9a85936adca90bf6c3227c180890ad13b"
                   "00ddf3a248608053d7174cbe622f24bdf2d5f345638");
        QTest::newRow("docs HMAC-256")
            << docsExample() << QStringLiteral("PASS") << ShaType::Hmac256
            << QStringLiteral("b592468a25c7292cdadb2e58c3c184e5b868eda03d8c2920f66fe16a587681f3");
        QTest::newRow("docs HMAC-512 (independent)")
            << docsExample() << QStringLiteral("PASS") << ShaType::Hmac512
            << QStringLiteral(
                   "4c3addc9583cdadb5861d22926c2e6735aa32e18a747981fdafe454b050c38651bf96ab468ce24619468d8"
                   "7b8dad45820803b95595c3dca5710604ce363e75a2");
        QTest::newRow("PHP SDK SHA-256 with a space")
            << messageOf({{"command", "AUTHORIZATION"},
                          {"access_code", "43287943278432"},
                          {"merchant_identifier", "343278h432"},
                          {"amount", "1"},
                          {"merchant_reference", "test 2121"},
                          {"currency", "USD"},
                          {"language", "en"},
                          {"customer_email", "test@aps.com"}})
            << QStringLiteral("test1") << ShaType::Sha256
            << QStringLiteral("6b73011e4eda060bbbdf206ad110b5208690b57d9e39bec1a548fe8bf3029439");
    }
    void publishedVectors()
    {
        QFETCH(ApsMessage, message);
        QFETCH(QString, phrase);
        QFETCH(ShaType, type);
        QFETCH(QString, expected);
        QCOMPARE(ApsSignature::sign(message, phrase, type), expected);

        message.set(QStringLiteral("signature"), expected);
        QVERIFY(ApsSignature::verify(message, phrase, type));
        message.set(QStringLiteral("signature"), expected.toUpper());
        QVERIFY(ApsSignature::verify(message, phrase, type));
        QVERIFY(!ApsSignature::verify(message, QString(phrase + QLatin1Char('x')), type));
    }

    void signatureFieldIsExcluded()
    {
        ApsMessage message = docsExample();
        const QString before = ApsSignature::canonicalString(message, u"PASS");
        message.set(QStringLiteral("signature"), QStringLiteral("abc"));
        QCOMPARE(ApsSignature::canonicalString(message, u"PASS"), before);
    }

    void hmac512SelfConsistent()
    {
        ApsMessage message = docsExample();
        const QString signature = ApsSignature::sign(message, u"PASS", ShaType::Hmac512);
        QCOMPARE(signature.size(), 128);
        QCOMPARE(signature, signature.toLower());
        QVERIFY(signature != ApsSignature::sign(message, u"PASS", ShaType::Sha512));
        message.set(QStringLiteral("signature"), signature);
        QVERIFY(ApsSignature::verify(message, u"PASS", ShaType::Hmac512));
        QVERIFY(!ApsSignature::verify(message, u"PASS", ShaType::Sha512));
    }

    void underscoreSortsBeforeLetters()
    {
        const ApsMessage message = messageOf({{"ab", "3"}, {"aa", "2"}, {"a_b", "1"}, {"B", "0"}});
        QCOMPARE(ApsSignature::canonicalString(message, u"P"), QStringLiteral("PB=0a_b=1aa=2ab=3P"));
    }

    void sortsByUtf8Bytes()
    {
        // U+FF21 is EF BC A1 in UTF-8 and sorts before U+1F600 (F0 9F 98 80), although its UTF-16 code unit
        // is larger than the high surrogate D83D.
        ApsMessage message;
        message.set(QStringLiteral("😀"), QStringLiteral("2"));
        message.set(QStringLiteral("Ａ"), QStringLiteral("1"));
        QCOMPARE(ApsSignature::canonicalString(message, u"P"), QStringLiteral("PＡ=1😀=2P"));
    }

    void nonAsciiValuesHashTheirUtf8()
    {
        // Expected value: Python's hashlib.sha256 over the UTF-8 bytes of the same string.
        const ApsMessage message =
            messageOf({{"description", "مرحبا €🙂"}, {"ab", "3"}, {"aa", "2"}, {"a_b", "1"}});
        QCOMPARE(ApsSignature::canonicalString(message, u"PHα"),
                 QStringLiteral("PHαa_b=1aa=2ab=3description=مرحبا €🙂PHα"));
        QCOMPARE(ApsSignature::sign(message, u"PHα", ShaType::Sha256),
                 QStringLiteral("b206b6753b8b39fd9545fc6a7e32f457459c2583a6019889a9af969faa8f05c5"));
    }

    void oneChangedByteFails_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("amount") << QStringLiteral("amount") << QStringLiteral("1001");
        QTest::newRow("trailing space") << QStringLiteral("merchant_reference") << QStringLiteral("Test010 ");
        QTest::newRow("case") << QStringLiteral("currency") << QStringLiteral("usd");
        QTest::newRow("added field") << QStringLiteral("order_description") << QStringLiteral("x");
    }
    void oneChangedByteFails()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        ApsMessage message = docsExample();
        message.set(QStringLiteral("signature"), ApsSignature::sign(message, u"PASS", ShaType::Sha256));
        QVERIFY(ApsSignature::verify(message, u"PASS", ShaType::Sha256));
        message.set(field, value);
        QVERIFY(!ApsSignature::verify(message, u"PASS", ShaType::Sha256));
    }

    void changedSignatureCharacterFails()
    {
        ApsMessage message = docsExample();
        QString signature = ApsSignature::sign(message, u"PASS", ShaType::Sha256);
        signature[63] = signature[63] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        message.set(QStringLiteral("signature"), signature);
        QVERIFY(!ApsSignature::verify(message, u"PASS", ShaType::Sha256));
    }

    void missingSignatureFails() { QVERIFY(!ApsSignature::verify(docsExample(), u"PASS", ShaType::Sha256)); }

    void hexComparison_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("same") << QStringLiteral("0a1f") << QStringLiteral("0a1f") << true;
        QTest::newRow("case") << QStringLiteral("0a1f") << QStringLiteral("0A1F") << true;
        QTest::newRow("differs") << QStringLiteral("0a1f") << QStringLiteral("0a1e") << false;
        QTest::newRow("length") << QStringLiteral("0a1f") << QStringLiteral("0a1") << false;
        QTest::newRow("empty") << QString() << QString() << true;
        QTest::newRow("not folded beyond letters") << QStringLiteral("@") << QStringLiteral("`") << false;
    }
    void hexComparison()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, equal);
        QCOMPARE(ApsSignature::hexEqualConstantTime(a, b), equal);
    }

    void shaTypeNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ShaType>("type");
        QTest::newRow("SHA-256") << QStringLiteral("SHA-256") << ShaType::Sha256;
        QTest::newRow("sha256") << QStringLiteral("sha256") << ShaType::Sha256;
        QTest::newRow("SHA512") << QStringLiteral("SHA512") << ShaType::Sha512;
        QTest::newRow("hmac-256") << QStringLiteral("hmac-256") << ShaType::Hmac256;
        QTest::newRow("HMAC512") << QStringLiteral("HMAC512") << ShaType::Hmac512;
    }
    void shaTypeNames()
    {
        QFETCH(QString, text);
        QFETCH(ShaType, type);
        QCOMPARE(shaTypeFromString(text), std::optional<ShaType>(type));
        QCOMPARE(shaTypeFromString(shaTypeName(type)), std::optional<ShaType>(type));
    }
    void unknownShaTypes()
    {
        QVERIFY(!shaTypeFromString(u"SHA-1").has_value());
        QVERIFY(!shaTypeFromString(u"md5").has_value());
        QVERIFY(!shaTypeFromString(u"").has_value());
    }
};

QTEST_GUILESS_MAIN(tst_Signature)
#include "tst_signature.moc"
