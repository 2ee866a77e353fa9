#include "money/currency.h"

#include <QTest>

class tst_Currency final : public QObject
{
    Q_OBJECT

private slots:
    void exponents_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<qint64>("minorPerMajor");
        for (const char *code :
             {"AED", "SAR", "EGP", "QAR", "USD", "EUR", "GBP", "INR", "CHF", "ZWG", "SLE", "VES"})
            QTest::newRow(code) << QString::fromLatin1(code) << 2 << qint64(100);
        for (const char *code : {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"})
            QTest::newRow(code) << QString::fromLatin1(code) << 3 << qint64(1000);
        for (const char *code : {"JPY", "KRW", "CLP", "ISK", "PYG", "UGX", "VND", "VUV", "XAF", "XOF", "XPF",
                                 "BIF", "DJF", "GNF", "KMF", "RWF", "UYI"})
            QTest::newRow(code) << QString::fromLatin1(code) << 0 << qint64(1);
        for (const char *code : {"CLF", "UYW"})
            QTest::newRow(code) << QString::fromLatin1(code) << 4 << qint64(10000);
    }
    void exponents()
    {
        QFETCH(QString, code);
        QFETCH(int, exponent);
        QFETCH(qint64, minorPerMajor);
        const auto currency = Currency::fromCode(code);
        QVERIFY(currency.has_value());
        QVERIFY(currency->isValid());
        QCOMPARE(currency->code(), code);
        QCOMPARE(currency->exponent(), exponent);
        QCOMPARE(currency->minorPerMajor(), minorPerMajor);
    }

    void unknownCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString();
        QTest::newRow("lower case") << QStringLiteral("aed");
        QTest::newRow("mixed case") << QStringLiteral("Aed");
        QTest::newRow("two letters") << QStringLiteral("AE");
        QTest::newRow("four letters") << QStringLiteral("AEDX");
        QTest::newRow("leading space") << QStringLiteral(" AED");
        QTest::newRow("trailing space") << QStringLiteral("AED ");
        QTest::newRow("numeric code") << QStringLiteral("784");
        QTest::newRow("made up") << QStringLiteral("ABC");
        QTest::newRow("withdrawn DEM") << QStringLiteral("DEM");
        QTest::newRow("withdrawn HRK") << QStringLiteral("HRK");
        QTest::newRow("withdrawn VEF") << QStringLiteral("VEF");
        QTest::newRow("withdrawn MRO") << QStringLiteral("MRO");
        QTest::newRow("no minor unit XAU") << QStringLiteral("XAU");
        QTest::newRow("no minor unit XDR") << QStringLiteral("XDR");
        QTest::newRow("no currency XXX") << QStringLiteral("XXX");
        QTest::newRow("testing XTS") << QStringLiteral("XTS");
    }
    void unknownCodes()
    {
        QFETCH(QString, code);
        QVERIFY(!Currency::fromCode(code).has_value());
    }

    void tableIsCompleteAndConsistent()
    {
        const QList<Currency> all = Currency::all();
        QCOMPARE(all.size(), 167);
        for (qsizetype i = 0; i < all.size(); ++i) {
            const Currency &currency = all.at(i);
            QVERIFY(currency.isValid());
            QCOMPARE(currency.code().size(), 3);
            for (const QChar c : currency.code())
                QVERIFY2(c >= u'A' && c <= u'Z', qPrintable(currency.code()));
            QVERIFY2(currency.exponent() == 0 || currency.exponent() == 2 || currency.exponent() == 3 ||
                         currency.exponent() == 4,
                     qPrintable(currency.code()));
            if (i > 0)
                QVERIFY2(all.at(i - 1).code() < currency.code(), qPrintable(currency.code()));
            const auto again = Currency::fromCode(currency.code());
            QVERIFY(again.has_value());
            QCOMPARE(again->exponent(), currency.exponent());
        }
    }

    void defaultIsInvalid()
    {
        const Currency none;
        QVERIFY(!none.isValid());
        QVERIFY(none.code().isEmpty());
        QVERIFY(none != *Currency::fromCode(u"AED"));
        QVERIFY(*Currency::fromCode(u"AED") == *Currency::fromCode(u"AED"));
        QVERIFY(*Currency::fromCode(u"AED") != *Currency::fromCode(u"SAR"));
    }
};

QTEST_GUILESS_MAIN(tst_Currency)
#include "tst_currency.moc"
