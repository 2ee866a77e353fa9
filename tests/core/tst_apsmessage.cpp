#include "aps/apsmessage.h"

#include <QTest>

class tst_ApsMessage final : public QObject
{
    Q_OBJECT

private slots:
    void keepsRawValueText()
    {
        const auto result = ApsMessage::parse("{\"fort_id\": 16988764620000012345, \"amount\": 10000.0, "
                                              "\"small\": -0.5e-3, \"text\": \"10000.0\"}");
        QVERIFY(result.ok());
        QCOMPARE(result.error, ApsMessage::ParseError::None);
        const ApsMessage &message = *result.message;
        QCOMPARE(message.value(u"fort_id"), QStringLiteral("16988764620000012345"));
        QCOMPARE(message.value(u"amount"), QStringLiteral("10000.0"));
        QCOMPARE(message.value(u"small"), QStringLiteral("-0.5e-3"));
        QCOMPARE(message.value(u"text"), QStringLiteral("10000.0"));
        QCOMPARE(message.fields().size(), 4);
        QVERIFY(message.fields().at(0).fromNumber);
        QVERIFY(!message.fields().at(3).fromNumber);
        QCOMPARE(message.fields().at(2).name, QStringLiteral("small"));
    }

    void decodesEscapes_data()
    {
        QTest::addColumn<QByteArray>("literal");
        QTest::addColumn<QString>("expected");
        QTest::newRow("slash") << QByteArray("\"a\\/b\"") << QStringLiteral("a/b");
        QTest::newRow("quote and backslash") << QByteArray("\"\\\"\\\\\"") << QStringLiteral("\"\\");
        QTest::newRow("controls") << QByteArray("\"\\b\\f\\n\\r\\t\"") << QStringLiteral("\b\f\n\r\t");
        QTest::newRow("bmp") << QByteArray("\"\\u0645\\u0631\\u062D\\u0628\\u0627\"")
                             << QStringLiteral("مرحبا");
        QTest::newRow("surrogate pair") << QByteArray("\"x\\ud83d\\ude00y\"") << QStringLiteral("x😀y");
        QTest::newRow("raw utf8") << QByteArray("\"caf\xc3\xa9 \xe2\x82\xac\"") << QStringLiteral("café €");
        QTest::newRow("space kept") << QByteArray("\" test 2121 \"") << QStringLiteral(" test 2121 ");
        QTest::newRow("empty") << QByteArray("\"\"") << QString();
    }
    void decodesEscapes()
    {
        QFETCH(QByteArray, literal);
        QFETCH(QString, expected);
        const auto result = ApsMessage::parse("{\"v\":" + literal + "}");
        QVERIFY2(result.ok(), qPrintable(describeParseError(result.error)));
        QCOMPARE(result.message->value(u"v"), expected);
    }

    void reportsErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<ApsMessage::ParseError>("error");
        QTest::addColumn<qsizetype>("offset");
        using E = ApsMessage::ParseError;
        QTest::newRow("empty input") << QByteArray() << E::NotAnObject << qsizetype(0);
        QTest::newRow("array") << QByteArray(" [1]") << E::NotAnObject << qsizetype(1);
        QTest::newRow("string") << QByteArray("\"x\"") << E::NotAnObject << qsizetype(0);
        QTest::newRow("unclosed") << QByteArray("{\"a\":\"b\"") << E::Syntax << qsizetype(8);
        QTest::newRow("unterminated string") << QByteArray("{\"a\":\"b") << E::Syntax << qsizetype(7);
        QTest::newRow("missing colon") << QByteArray("{\"a\" \"b\"}") << E::Syntax << qsizetype(5);
        QTest::newRow("missing comma")
            << QByteArray("{\"a\":\"b\" \"c\":\"d\"}") << E::Syntax << qsizetype(9);
        QTest::newRow("trailing comma") << QByteArray("{\"a\":\"b\",}") << E::Syntax << qsizetype(9);
        QTest::newRow("unquoted key") << QByteArray("{a:\"b\"}") << E::Syntax << qsizetype(1);
        QTest::newRow("bad escape") << QByteArray("{\"a\":\"\\x\"}") << E::Syntax << qsizetype(6);
        QTest::newRow("short unicode escape") << QByteArray("{\"a\":\"\\u12\"}") << E::Syntax << qsizetype(6);
        QTest::newRow("lone high surrogate")
            << QByteArray("{\"a\":\"\\ud83dx\"}") << E::Syntax << qsizetype(6);
        QTest::newRow("lone low surrogate") << QByteArray("{\"a\":\"\\ude00\"}") << E::Syntax << qsizetype(6);
        QTest::newRow("raw newline in string") << QByteArray("{\"a\":\"x\ny\"}") << E::Syntax << qsizetype(7);
        QTest::newRow("leading zero") << QByteArray("{\"a\":01}") << E::Syntax << qsizetype(6);
        QTest::newRow("bare minus") << QByteArray("{\"a\":-}") << E::Syntax << qsizetype(6);
        QTest::newRow("dot without digits") << QByteArray("{\"a\":1.}") << E::Syntax << qsizetype(7);
        QTest::newRow("letter after number") << QByteArray("{\"a\":12x}") << E::Syntax << qsizetype(7);
        QTest::newRow("bare word") << QByteArray("{\"a\":yes}") << E::Syntax << qsizetype(5);
        QTest::newRow("nested object")
            << QByteArray("{\"a\":{\"b\":\"c\"}}") << E::NestedValue << qsizetype(5);
        QTest::newRow("nested array") << QByteArray("{\"a\": [\"b\"]}") << E::NestedValue << qsizetype(6);
        QTest::newRow("true") << QByteArray("{\"a\":true}") << E::UnsupportedValue << qsizetype(5);
        QTest::newRow("false") << QByteArray("{\"a\":false}") << E::UnsupportedValue << qsizetype(5);
        QTest::newRow("null") << QByteArray("{\"a\":null}") << E::UnsupportedValue << qsizetype(5);
        QTest::newRow("duplicate") << QByteArray("{\"a\":\"1\",\"a\":\"2\"}") << E::DuplicateKey
                                   << qsizetype(9);
        QTest::newRow("duplicate via escape")
            << QByteArray("{\"a\":\"1\",\"\\u0061\":2}") << E::DuplicateKey << qsizetype(9);
        QTest::newRow("second object")
            << QByteArray("{\"a\":\"1\"} {}") << E::TrailingGarbage << qsizetype(10);
        QTest::newRow("trailing text") << QByteArray("{}x") << E::TrailingGarbage << qsizetype(2);
        QTest::newRow("invalid byte") << QByteArray("{\"a\":\"\xff\"}") << E::InvalidUtf8 << qsizetype(6);
        QTest::newRow("overlong slash")
            << QByteArray("{\"a\":\"\xc0\xaf\"}") << E::InvalidUtf8 << qsizetype(6);
        QTest::newRow("encoded surrogate")
            << QByteArray("{\"a\":\"\xed\xa0\x80\"}") << E::InvalidUtf8 << qsizetype(6);
        QTest::newRow("truncated sequence")
            << QByteArray("{\"a\":\"\xe2\x82\"}") << E::InvalidUtf8 << qsizetype(6);
    }
    void reportsErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(ApsMessage::ParseError, error);
        QFETCH(qsizetype, offset);
        const auto result = ApsMessage::parse(json);
        QVERIFY(!result.ok());
        QCOMPARE(result.error, error);
        QCOMPARE(result.offset, offset);
        QVERIFY(!describeParseError(result.error).isEmpty());
    }

    void acceptsSurroundingWhitespace()
    {
        const auto result = ApsMessage::parse(" \r\n\t{ \"a\" : \"1\" , \"b\":2 }\n ");
        QVERIFY(result.ok());
        QCOMPARE(result.message->value(u"a"), QStringLiteral("1"));
        QCOMPARE(result.message->value(u"b"), QStringLiteral("2"));
    }

    void emptyObject()
    {
        const auto result = ApsMessage::parse("{ }");
        QVERIFY(result.ok());
        QVERIFY(result.message->isEmpty());
        QCOMPARE(result.message->toJson(), QByteArray("{}"));
    }

    void setReplacesInPlaceAndRemove()
    {
        ApsMessage message;
        message.set(QStringLiteral("a"), QStringLiteral("1"));
        message.set(QStringLiteral("b"), QStringLiteral("2"));
        message.set(QStringLiteral("a"), QStringLiteral("3"));
        QCOMPARE(message.fields().size(), 2);
        QCOMPARE(message.fields().at(0).name, QStringLiteral("a"));
        QCOMPARE(message.value(u"a"), QStringLiteral("3"));
        QVERIFY(message.contains(u"b"));
        message.remove(u"b");
        QVERIFY(!message.contains(u"b"));
        QCOMPARE(message.value(u"b"), QString());
    }

    void toJsonWritesStringsWithEscapes()
    {
        ApsMessage message;
        message.set(QStringLiteral("amount"), QStringLiteral("1000"));
        message.set(QStringLiteral("quote"), QStringLiteral("a\"b\\c/d"));
        message.set(QStringLiteral("controls"), QStringLiteral("\n\t") + QChar(0x01));
        message.set(QStringLiteral("arabic"), QStringLiteral("مرحبا 😀"));
        const QByteArray json = message.toJson();
        QCOMPARE(json,
                 QByteArray("{\"amount\":\"1000\",\"quote\":\"a\\\"b\\\\c/d\",\"controls\":\"\\n\\t\\u0001\","
                            "\"arabic\":\"\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 \xf0\x9f\x98\x80\"}"));
    }

    void roundTripsNumbersAsStrings()
    {
        const auto first =
            ApsMessage::parse("{\"amount\":10000.0,\"fort_id\":\"169887646200000123\",\"x\":\"\\u00e9\"}");
        QVERIFY(first.ok());
        const auto second = ApsMessage::parse(first.message->toJson());
        QVERIFY(second.ok());
        QCOMPARE(second.message->value(u"amount"), QStringLiteral("10000.0"));
        QVERIFY(!second.message->fields().at(0).fromNumber);
        QCOMPARE(second.message->value(u"fort_id"), QStringLiteral("169887646200000123"));
        QCOMPARE(second.message->value(u"x"), QStringLiteral("é"));
    }
};

QTEST_GUILESS_MAIN(tst_ApsMessage)
#include "tst_apsmessage.moc"
