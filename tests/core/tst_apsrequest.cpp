#include "aps/apsrequestbuilder.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

Currency currency(const char *code)
{
    return *Currency::fromCode(QString::fromLatin1(code));
}

Money money(qint64 minor, const char *code = "AED")
{
    return Money::fromMinor(minor, currency(code));
}

} // namespace

class tst_ApsRequest final : public QObject
{
    Q_OBJECT

private:
    ApsRequestBuilder builder(const QString &language = QStringLiteral("en")) const
    {
        return ApsRequestBuilder(QStringLiteral("MxvOupuG"), QStringLiteral("SILgpo7pWbmzuURp2qri"),
                                 QStringLiteral("PASS"), ShaType::Sha256, language);
    }

    static QStringList names(const ApsMessage &message)
    {
        QStringList list;
        for (const ApsMessage::Field &field : message.fields())
            list.append(field.name);
        return list;
    }

private slots:
    void captureHasExactlyItsFields()
    {
        const auto result =
            builder().capture(QStringLiteral("ORD-1.a_b"), QStringLiteral("169996200000012345"),
                              money(125050), QStringLiteral("Partial capture"));
        QVERIFY2(result.ok(), qPrintable(result.describe()));
        const ApsMessage &message = *result.message;
        QStringList fields = names(message);
        QCOMPARE(fields.last(), QStringLiteral("signature"));
        fields.sort();
        QCOMPARE(
            fields,
            QStringList({QStringLiteral("access_code"), QStringLiteral("amount"), QStringLiteral("command"),
                         QStringLiteral("currency"), QStringLiteral("fort_id"), QStringLiteral("language"),
                         QStringLiteral("merchant_identifier"), QStringLiteral("merchant_reference"),
                         QStringLiteral("order_description"), QStringLiteral("signature")}));
        QCOMPARE(message.value(u"command"), QStringLiteral("CAPTURE"));
        QCOMPARE(message.value(u"amount"), QStringLiteral("125050"));
        QCOMPARE(message.value(u"currency"), QStringLiteral("AED"));
        QCOMPARE(message.value(u"language"), QStringLiteral("en"));
        QVERIFY(ApsSignature::verify(message, u"PASS", ShaType::Sha256));
    }

    void amountUsesMinorUnitsOfTheCurrency_data()
    {
        QTest::addColumn<Money>("amount");
        QTest::addColumn<QString>("wire");
        QTest::newRow("AED 500.00") << money(50000, "AED") << QStringLiteral("50000");
        QTest::newRow("KWD 1.000") << money(1000, "KWD") << QStringLiteral("1000");
        QTest::newRow("JPY 15000") << money(15000, "JPY") << QStringLiteral("15000");
        QTest::newRow("10 digits") << money(Money::ApsMaxMinor, "USD") << QStringLiteral("9999999999");
    }
    void amountUsesMinorUnitsOfTheCurrency()
    {
        QFETCH(Money, amount);
        QFETCH(QString, wire);
        const auto result = builder().refund(QStringLiteral("A1"), {}, amount, QStringLiteral("R1"));
        QVERIFY2(result.ok(), qPrintable(result.describe()));
        QCOMPARE(result.message->value(u"amount"), wire);
        QCOMPARE(result.message->value(u"currency"), amount.currency().code());
        QCOMPARE(result.message->value(u"maintenance_reference"), QStringLiteral("R1"));
    }

    void voidHasNoAmountNoCurrency()
    {
        const auto result = builder(QStringLiteral("ar")).voidAuthorization(QStringLiteral("A1"), {});
        QVERIFY(result.ok());
        QCOMPARE(result.message->value(u"command"), QStringLiteral("VOID_AUTHORIZATION"));
        QVERIFY(!result.message->contains(u"amount"));
        QVERIFY(!result.message->contains(u"currency"));
        QVERIFY(!result.message->contains(u"fort_id")); // never an empty field
        QCOMPARE(result.message->value(u"language"), QStringLiteral("ar"));
    }

    void checkStatusUsesQueryCommand()
    {
        const auto result =
            builder().checkStatus(QStringLiteral("A1"), QStringLiteral("123"), QStringLiteral("R-9"), false);
        QVERIFY(result.ok());
        QVERIFY(!result.message->contains(u"command"));
        QCOMPARE(result.message->value(u"query_command"), QStringLiteral("CHECK_STATUS"));
        QCOMPARE(result.message->value(u"maintenance_reference"), QStringLiteral("R-9"));
        QCOMPARE(result.message->value(u"return_third_party_response_codes"), QStringLiteral("NO"));
        QCOMPARE(builder()
                     .checkStatus(QStringLiteral("A1"), {}, {}, true)
                     .message->value(u"return_third_party_response_codes"),
                 QStringLiteral("YES"));
        QVERIFY(!builder()
                     .checkStatus(QStringLiteral("A1"))
                     .message->contains(u"return_third_party_response_codes"));
    }

    void invalidRequests_data()
    {
        QTest::addColumn<ApsRequest>("request");
        QTest::addColumn<ApsRequestError>("error");
        QTest::addColumn<QString>("field");

        ApsRequest capture;
        capture.command = ApsCommand::Capture;
        capture.merchantReference = QStringLiteral("ORDER-1");
        capture.amount = money(100);

        ApsRequest r = capture;
        r.merchantReference.clear();
        QTest::newRow("no reference")
            << r << ApsRequestError::Missing << QStringLiteral("merchant_reference");
        r = capture;
        r.merchantReference = QString(41, QLatin1Char('a'));
        QTest::newRow("reference 41")
            << r << ApsRequestError::TooLong << QStringLiteral("merchant_reference");
        r = capture;
        r.merchantReference = QStringLiteral("ORDER 1");
        QTest::newRow("reference space")
            << r << ApsRequestError::InvalidCharacters << QStringLiteral("merchant_reference");
        r = capture;
        r.merchantReference = QStringLiteral("ORDER/1");
        QTest::newRow("reference slash")
            << r << ApsRequestError::InvalidCharacters << QStringLiteral("merchant_reference");
        r = capture;
        r.fortId = QStringLiteral("12a");
        QTest::newRow("fort_id letters")
            << r << ApsRequestError::InvalidCharacters << QStringLiteral("fort_id");
        r = capture;
        r.fortId = QString(21, QLatin1Char('1'));
        QTest::newRow("fort_id 21") << r << ApsRequestError::TooLong << QStringLiteral("fort_id");
        r = capture;
        r.amount = money(0);
        QTest::newRow("zero amount") << r << ApsRequestError::InvalidAmount << QStringLiteral("amount");
        r = capture;
        r.amount = money(Money::ApsMaxMinor + 1);
        QTest::newRow("11 digits") << r << ApsRequestError::InvalidAmount << QStringLiteral("amount");
        r = capture;
        r.amount = Money();
        QTest::newRow("no currency") << r << ApsRequestError::InvalidAmount << QStringLiteral("currency");
        r = capture;
        r.orderDescription = QString(151, QLatin1Char('d'));
        QTest::newRow("description 151")
            << r << ApsRequestError::TooLong << QStringLiteral("order_description");
        r = capture;
        r.orderDescription = QStringLiteral("line\nbreak");
        QTest::newRow("description control")
            << r << ApsRequestError::InvalidCharacters << QStringLiteral("order_description");
        r = capture;
        r.maintenanceReference = QStringLiteral("R1");
        QTest::newRow("capture maintenance ref")
            << r << ApsRequestError::NotAllowed << QStringLiteral("maintenance_reference");
        r = capture;
        r.returnThirdPartyResponseCodes = true;
        QTest::newRow("capture third party")
            << r << ApsRequestError::NotAllowed << QStringLiteral("return_third_party_response_codes");

        ApsRequest voidRequest;
        voidRequest.command = ApsCommand::VoidAuthorization;
        voidRequest.merchantReference = QStringLiteral("ORDER-1");
        r = voidRequest;
        r.amount = money(100);
        QTest::newRow("void with amount") << r << ApsRequestError::NotAllowed << QStringLiteral("amount");
        r = voidRequest;
        r.orderDescription = QStringLiteral("x");
        QTest::newRow("void with description")
            << r << ApsRequestError::NotAllowed << QStringLiteral("order_description");

        ApsRequest refund = capture;
        refund.command = ApsCommand::Refund;
        r = refund;
        r.maintenanceReference = QString(41, QLatin1Char('R'));
        QTest::newRow("maintenance ref 41")
            << r << ApsRequestError::TooLong << QStringLiteral("maintenance_reference");
        r = refund;
        r.maintenanceReference = QStringLiteral("R#1");
        QTest::newRow("maintenance ref chars")
            << r << ApsRequestError::InvalidCharacters << QStringLiteral("maintenance_reference");

        ApsRequest status;
        status.command = ApsCommand::CheckStatus;
        status.merchantReference = QStringLiteral("ORDER-1");
        r = status;
        r.amount = money(1);
        QTest::newRow("status with amount") << r << ApsRequestError::NotAllowed << QStringLiteral("amount");
    }
    void invalidRequests()
    {
        QFETCH(ApsRequest, request);
        QFETCH(ApsRequestError, error);
        QFETCH(QString, field);
        const auto result = builder().build(request);
        QVERIFY(!result.ok());
        QCOMPARE(result.error, error);
        QCOMPARE(result.field, field);
        QVERIFY(!result.reason.isEmpty());
        QVERIFY(result.describe().startsWith(field));
    }

    void limitsAreInclusive()
    {
        ApsRequest request;
        request.command = ApsCommand::Refund;
        request.merchantReference = QString(40, QLatin1Char('a'));
        request.fortId = QString(20, QLatin1Char('9'));
        request.amount = money(1);
        request.maintenanceReference = QString(40, QLatin1Char('R'));
        request.orderDescription = QString(150, QChar(0x0645)); // Arabic letters count as characters
        const auto result = builder().build(request);
        QVERIFY2(result.ok(), qPrintable(result.describe()));
    }

    void accountSettingsAreChecked_data()
    {
        QTest::addColumn<QString>("merchantIdentifier");
        QTest::addColumn<QString>("accessCode");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("field");
        QTest::newRow("no access code") << QStringLiteral("M") << QString() << QStringLiteral("P")
                                        << QStringLiteral("en") << QStringLiteral("access_code");
        QTest::newRow("access code 21")
            << QStringLiteral("M") << QString(21, QLatin1Char('a')) << QStringLiteral("P")
            << QStringLiteral("en") << QStringLiteral("access_code");
        QTest::newRow("no merchant") << QString() << QStringLiteral("A") << QStringLiteral("P")
                                     << QStringLiteral("en") << QStringLiteral("merchant_identifier");
        QTest::newRow("merchant 21") << QString(21, QLatin1Char('m')) << QStringLiteral("A")
                                     << QStringLiteral("P") << QStringLiteral("en")
                                     << QStringLiteral("merchant_identifier");
        QTest::newRow("language fr") << QStringLiteral("M") << QStringLiteral("A") << QStringLiteral("P")
                                     << QStringLiteral("fr") << QStringLiteral("language");
        QTest::newRow("no phrase") << QStringLiteral("M") << QStringLiteral("A") << QString()
                                   << QStringLiteral("en") << QStringLiteral("signature");
    }
    void accountSettingsAreChecked()
    {
        QFETCH(QString, merchantIdentifier);
        QFETCH(QString, accessCode);
        QFETCH(QString, phrase);
        QFETCH(QString, language);
        QFETCH(QString, field);
        const ApsRequestBuilder b(merchantIdentifier, accessCode, phrase, ShaType::Sha512, language);
        const auto result = b.checkStatus(QStringLiteral("A1"));
        QVERIFY(!result.ok());
        QCOMPARE(result.field, field);
    }

    void signedWithTheRequestPhraseAndType()
    {
        const ApsRequestBuilder b(QStringLiteral("M"), QStringLiteral("A"), QStringLiteral("secret phrase"),
                                  ShaType::Hmac512);
        const auto result = b.capture(QStringLiteral("A1"), {}, money(5, "KWD"));
        QVERIFY(result.ok());
        QVERIFY(ApsSignature::verify(*result.message, u"secret phrase", ShaType::Hmac512));
        QVERIFY(!ApsSignature::verify(*result.message, u"secret phrase", ShaType::Sha512));
        QCOMPARE(result.message->value(u"signature").size(), 128);
    }

    void maintenanceReferencesAreFreshAndValid()
    {
        const QDateTime now(QDate(2026, 3, 1), QTime(12, 30, 45, 123), Qt::UTC);
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString reference = ApsRequestBuilder::newMaintenanceReference(now);
            QVERIFY(ApsRequestBuilder::isValidReference(reference));
            QVERIFY(reference.startsWith(QStringLiteral("R20260301123045123")));
            QCOMPARE(reference.size(), 34);
            seen.insert(reference);
        }
        QCOMPARE(seen.size(), 1000);
        QVERIFY(QRegularExpression(QStringLiteral("^R\\d{17}[0-9a-f]{16}$"))
                    .match(ApsRequestBuilder::newMaintenanceReference())
                    .hasMatch());
    }
};

QTEST_GUILESS_MAIN(tst_ApsRequest)
#include "tst_apsrequest.moc"
