#include "domain/cardnumber.h"

#include <QTest>

namespace {

// `ascii` with its digits written in the script whose zero is `zero` (U+0660, U+06F0, U+FF10, ...).
QString inScript(const QString &ascii, char16_t zero)
{
    QString result = ascii;
    for (QChar &c : result) {
        if (c >= u'0' && c <= u'9')
            c = QChar(char16_t(zero + (c.unicode() - u'0')));
    }
    return result;
}

// `ascii` with its digits written as MATHEMATICAL BOLD DIGITs (outside the BMP: two code units each).
QString mathematicalBold(const QString &ascii)
{
    QString result;
    for (const QChar c : ascii) {
        if (c >= u'0' && c <= u'9') {
            const char32_t ucs4 = 0x1D7CE + (c.unicode() - u'0');
            result += QChar(QChar::highSurrogate(ucs4));
            result += QChar(QChar::lowSurrogate(ucs4));
        } else {
            result += c;
        }
    }
    return result;
}

// Luhn-valid test numbers of the card schemes (public test PANs).
const QString Visa = QStringLiteral("4111111111111111");
const QString Amex = QStringLiteral("378282246310005");
const QString Visa13 = QStringLiteral("4222222222222");
const QString Visa19 = QStringLiteral("4000000000000000006");

} // namespace

class tst_CardNumber final : public QObject
{
    Q_OBJECT

private slots:
    void containsCardNumber_data();
    void containsCardNumber();
    void maskCardNumbers_data();
    void maskCardNumbers();
    void maskedNumbersStayMasked_data();
    void maskedNumbersStayMasked();
    void classifyCardNumberField_data();
    void classifyCardNumberField();
};

void tst_CardNumber::containsCardNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("found");

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("plain visa") << Visa << true;
    QTest::newRow("amex 15") << Amex << true;
    QTest::newRow("13 digits") << Visa13 << true;
    QTest::newRow("19 digits") << Visa19 << true;
    // APS's fort_ids are 18 digits starting with 1; this one passes the Luhn check.
    QTest::newRow("fort_id passing Luhn") << QStringLiteral("169000000000000003") << false;
    QTest::newRow("industry 7 passing Luhn") << QStringLiteral("7000000000000005") << false;
    QTest::newRow("luhn fails") << QStringLiteral("4111111111111112") << false;
    QTest::newRow("12 digits") << QStringLiteral("411111111116") << false;
    QTest::newRow("20-digit fort_id") << QStringLiteral("16900000000000000000") << false;
    QTest::newRow("20-digit fort_id, luhn of a 20 run") << QStringLiteral("41111111111111111110") << false;
    QTest::newRow("order reference") << QStringLiteral("ORD-00040000") << false;
    QTest::newRow("iso date and time") << QStringLiteral("2026-06-01 10:00:00") << false;
    QTest::newRow("amount") << QStringLiteral("1250.500") << false;

    QTest::newRow("in a name") << QStringLiteral("Amal ") + Visa + QStringLiteral(" Haddad") << true;
    QTest::newRow("spaces") << QStringLiteral("4111 1111 1111 1111") << true;
    QTest::newRow("dashes") << QStringLiteral("4111-1111-1111-1111") << true;
    QTest::newRow("dots") << QStringLiteral("4111.1111.1111.1111") << true;
    QTest::newRow("slashes") << QStringLiteral("4111/1111/1111/1111") << true;
    QTest::newRow("underscores") << QStringLiteral("4111_1111_1111_1111") << true;
    QTest::newRow("x") << QStringLiteral("4111x1111x1111x1111") << true;
    QTest::newRow("X") << QStringLiteral("4111X1111X1111X1111") << true;
    QTest::newRow("several separators") << QStringLiteral("4111 - 1111 / 1111 . 1111") << true;
    QTest::newRow("tabs and newlines") << QStringLiteral("4111\t1111\n1111\r\n1111") << true;
    QTest::newRow("no-break space") << QStringLiteral("4111\u00a01111\u00a01111\u00a01111") << true;
    QTest::newRow("en dash") << QStringLiteral("4111\u20131111\u20131111\u20131111") << true;
    QTest::newRow("zero-width space") << QStringLiteral("4111\u200b1111\u200b1111\u200b1111") << true;
    QTest::newRow("soft hyphen") << QStringLiteral("4111\u00ad1111\u00ad1111\u00ad1111") << true;
    QTest::newRow("one digit per group") << QStringLiteral("4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1") << true;
    QTest::newRow("amex grouping") << QStringLiteral("3782 822463 10005") << true;
    QTest::newRow("e-mail") << QStringLiteral("amal.") + Visa + QStringLiteral("@example.org") << true;
    QTest::newRow("trailing group") << QStringLiteral("4111 1111 1111 1111 2026") << true;
    QTest::newRow("leading group") << QStringLiteral("12 4111 1111 1111 1111") << true;
    QTest::newRow("glued to a 20-digit run") << QStringLiteral("16900000000000000000 ") + Visa << true;
    QTest::newRow("arabic-indic") << inScript(Visa, 0x0660) << true;
    QTest::newRow("arabic-indic with arabic separators")
        << inScript(QStringLiteral("4111\u066c1111\u066c1111\u066b1111"), 0x0660) << true;
    QTest::newRow("extended arabic-indic") << inScript(Visa, 0x06F0) << true;
    QTest::newRow("full-width") << inScript(Visa, 0xFF10) << true;
    QTest::newRow("full-width with full-width dots")
        << inScript(QStringLiteral("4111\uff0e1111\uff0e1111\uff0e1111"), 0xFF10) << true;
    QTest::newRow("devanagari") << inScript(Visa, 0x0966) << true;
    QTest::newRow("mixed scripts") << inScript(QStringLiteral("4111"), 0x0660) + QStringLiteral("1111") +
                                          inScript(QStringLiteral("1111"), 0xFF10) + QStringLiteral("1111")
                                   << true;
    QTest::newRow("mathematical bold") << mathematicalBold(Visa) << true;
    QTest::newRow("arabic-indic luhn fails") << inScript(QStringLiteral("4111111111111112"), 0x0660) << false;

    QTest::newRow("masked first6 last4") << QStringLiteral("411111******1111") << false;
    QTest::newRow("masked with x") << QStringLiteral("411111xxxxxx1111") << false;
    QTest::newRow("masked spaced") << QStringLiteral("4111 11** **** 1111") << false;
    QTest::newRow("masked bullets") << QStringLiteral("411111\u2022\u2022\u2022\u2022\u2022\u20221111")
                                    << false;
    QTest::newRow("star ends a run") << QStringLiteral("4111111*11111111") << false;
    QTest::newRow("colon ends a run") << QStringLiteral("4111:1111:1111:1111") << false;
    QTest::newRow("letters end a run") << QStringLiteral("4111a1111b1111c1111") << false;
    QTest::newRow("two references") << QStringLiteral("ORD-00040000 and ORD-00040001") << false;
}

void tst_CardNumber::containsCardNumber()
{
    QFETCH(QString, text);
    QFETCH(bool, found);
    QCOMPARE(::containsCardNumber(text), found);
}

void tst_CardNumber::maskCardNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");

    QTest::newRow("no card") << QStringLiteral("unknown currency \"XXY\"")
                             << QStringLiteral("unknown currency \"XXY\"");
    QTest::newRow("reference kept") << QStringLiteral("ORD-00040000 fort 16900000000000000000")
                                    << QStringLiteral("ORD-00040000 fort 16900000000000000000");
    QTest::newRow("plain") << QStringLiteral("bad amount \"") + Visa + u'"'
                           << QStringLiteral("bad amount \"************1111\"");
    QTest::newRow("separators kept") << QStringLiteral("card 4111-1111-1111-1111 ok")
                                     << QStringLiteral("card ****-****-****-1111 ok");
    QTest::newRow("trailing group shown")
        << QStringLiteral("4111 1111 1111 1111 2026") << QStringLiteral("**** **** **** 1111 2026");
    QTest::newRow("arabic-indic") << inScript(Visa, 0x0660)
                                  << QStringLiteral("************") +
                                         inScript(QStringLiteral("1111"), 0x0660);
    QTest::newRow("mathematical bold")
        << mathematicalBold(Visa)
        << QStringLiteral("************") + mathematicalBold(QStringLiteral("1111"));
    QTest::newRow("two cards") << Visa + QStringLiteral(" / ") + QStringLiteral("x ") + Amex
                               << QStringLiteral("************1111 / x ***********0005");
    QTest::newRow("masked stays") << QStringLiteral("411111******1111") << QStringLiteral("411111******1111");
}

void tst_CardNumber::maskCardNumbers()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    const QString result = ::maskCardNumbers(text);
    QCOMPARE(result, masked);
    QVERIFY(!::containsCardNumber(result));
}

void tst_CardNumber::maskedNumbersStayMasked_data()
{
    QTest::addColumn<QString>("card");
    QTest::newRow("first6 last4") << QStringLiteral("411111******1111");
    QTest::newRow("last4 only") << QStringLiteral("************1111");
    QTest::newRow("x mask with spaces") << QStringLiteral("4111 11XX XXXX 1111");
    QTest::newRow("amex") << QStringLiteral("378282*****0005");
}

// What isMaskedCardNumber() accepts is never taken for a full number.
void tst_CardNumber::maskedNumbersStayMasked()
{
    QFETCH(QString, card);
    QVERIFY(isMaskedCardNumber(card));
    QVERIFY(!::containsCardNumber(card));
    QCOMPARE(::maskCardNumbers(card), card);
}

void tst_CardNumber::classifyCardNumberField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("expected");
    const int masked = int(CardNumberField::Masked);
    const int full = int(CardNumberField::Full);
    const int notMasked = int(CardNumberField::NotMasked);
    QTest::newRow("empty") << QString() << masked;
    QTest::newRow("first6 last4") << QStringLiteral("411111******1111") << masked;
    QTest::newRow("last4 only") << QStringLiteral("1111") << masked;
    QTest::newRow("full, Luhn-valid") << QStringLiteral("4111111111111111") << full;
    QTest::newRow("11 digits, not Luhn") << QStringLiteral("41111111112") << full;
    QTest::newRow("7 digits shown around the mask") << QStringLiteral("4111111***1111") << full;
    QTest::newRow("10 digits unmasked") << QStringLiteral("4111111111") << notMasked;
    QTest::newRow("words") << QStringLiteral("n/a") << notMasked;
    QTest::newRow("short with a dash") << QStringLiteral("4111-11") << notMasked;
}

// The importer's verdict on card_number: full numbers are named as such, other unmasked text is not.
void tst_CardNumber::classifyCardNumberField()
{
    QFETCH(QString, field);
    QFETCH(int, expected);
    QCOMPARE(int(::classifyCardNumberField(field)), expected);
}

QTEST_GUILESS_MAIN(tst_CardNumber)
#include "tst_cardnumber.moc"
