#include "money/money.h"

#include <QLocale>
#include <QTest>

#include <limits>

Q_DECLARE_METATYPE(MoneyError)

namespace {

Currency currency(const char *code)
{
    return *Currency::fromCode(QString::fromLatin1(code));
}

Money money(qint64 minor, const char *code)
{
    return Money::fromMinor(minor, currency(code));
}

void addParseColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<MoneyError>("error");
    QTest::addColumn<int>("position");
}

void good(const char *name, const QString &text, const char *code, qint64 minor)
{
    QTest::newRow(name) << text << QString::fromLatin1(code) << minor << MoneyError::None << -1;
}

void bad(const char *name, const QString &text, const char *code, MoneyError error, int position = -1)
{
    QTest::newRow(name) << text << QString::fromLatin1(code) << qint64(0) << error << position;
}

void compareParse(const MoneyParseResult &result, const QString &code, qint64 minor, MoneyError error,
                  int position)
{
    QCOMPARE(result.error, error);
    QCOMPARE(result.position, position);
    QCOMPARE(result.ok(), error == MoneyError::None);
    if (result.ok()) {
        QCOMPARE(result.value->minorUnits(), minor);
        QCOMPARE(result.value->currency().code(), code);
    }
}

} // namespace

class tst_Money final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        addParseColumns();
        good("KWD three decimals", QStringLiteral("1250.500"), "KWD", 1250500);
        good("KWD one and a quarter", QStringLiteral("1.250"), "KWD", 1250);
        good("KWD whole", QStringLiteral("1"), "KWD", 1000);
        good("AED two decimals", QStringLiteral("99.99"), "AED", 9999);
        good("AED one decimal", QStringLiteral("12.5"), "AED", 1250);
        good("AED whole", QStringLiteral("1250"), "AED", 125000);
        good("AED zero", QStringLiteral("0"), "AED", 0);
        good("AED zero decimals", QStringLiteral("0.00"), "AED", 0);
        good("AED leading zeros", QStringLiteral("007.50"), "AED", 750);
        good("AED many leading zeros do not count", QStringLiteral("0000000000012.50"), "AED", 1250);
        good("AED APS maximum", QStringLiteral("99999999.99"), "AED", 9999999999);
        good("JPY whole", QStringLiteral("15000"), "JPY", 15000);
        good("JPY APS maximum", QStringLiteral("9999999999"), "JPY", 9999999999);
        good("CLF four decimals", QStringLiteral("1.2345"), "CLF", 12345);
        good("CLF APS maximum", QStringLiteral("999999.9999"), "CLF", 9999999999);

        bad("AED too many decimals", QStringLiteral("12.505"), "AED", MoneyError::TooManyDecimals, 5);
        bad("AED trailing zero decimal", QStringLiteral("12.500"), "AED", MoneyError::TooManyDecimals, 5);
        bad("KWD four decimals", QStringLiteral("1.2345"), "KWD", MoneyError::TooManyDecimals, 5);
        bad("JPY any decimal", QStringLiteral("15000.0"), "JPY", MoneyError::TooManyDecimals, 6);
        bad("JPY half", QStringLiteral("0.5"), "JPY", MoneyError::TooManyDecimals, 2);
        bad("CLF five decimals", QStringLiteral("0.00001"), "CLF", MoneyError::TooManyDecimals, 6);
        bad("minus", QStringLiteral("-1"), "AED", MoneyError::Negative, 0);
        bad("plus", QStringLiteral("+1"), "AED", MoneyError::Negative, 0);
        bad("double minus", QStringLiteral("--1"), "AED", MoneyError::Negative, 0);
        bad("empty", QString(), "AED", MoneyError::Empty);
        bad("spaces", QStringLiteral("   "), "AED", MoneyError::Empty);
        bad("tab and newline", QStringLiteral("\t\n"), "AED", MoneyError::Empty);
        bad("exponent", QStringLiteral("1e3"), "AED", MoneyError::InvalidCharacter, 1);
        bad("grouping", QStringLiteral("1,000"), "AED", MoneyError::InvalidCharacter, 1);
        bad("two points", QStringLiteral("12.5.0"), "AED", MoneyError::InvalidCharacter, 4);
        bad("letter", QStringLiteral("12x"), "AED", MoneyError::InvalidCharacter, 2);
        bad("word", QStringLiteral("abc"), "AED", MoneyError::InvalidCharacter, 0);
        bad("currency suffix", QStringLiteral("12.50 AED"), "AED", MoneyError::InvalidCharacter, 5);
        bad("leading point", QStringLiteral(".5"), "AED", MoneyError::InvalidCharacter, 0);
        bad("trailing point", QStringLiteral("5."), "AED", MoneyError::InvalidCharacter, 1);
        bad("lone point", QStringLiteral("."), "AED", MoneyError::InvalidCharacter, 0);
        bad("leading space", QStringLiteral(" 12"), "AED", MoneyError::InvalidCharacter, 0);
        bad("trailing space", QStringLiteral("12 "), "AED", MoneyError::InvalidCharacter, 2);
        bad("inner minus", QStringLiteral("1-2"), "AED", MoneyError::InvalidCharacter, 1);
        bad("decimal comma", QStringLiteral("12,50"), "AED", MoneyError::InvalidCharacter, 2);
        bad("Arabic-Indic digits", QStringLiteral(u"١٢"), "AED", MoneyError::InvalidCharacter, 0);
        bad("nan", QStringLiteral("nan"), "AED", MoneyError::InvalidCharacter, 0);
        bad("hex", QStringLiteral("0x10"), "AED", MoneyError::InvalidCharacter, 1);
        bad("AED eleven digits", QStringLiteral("100000000"), "AED", MoneyError::TooManyDigits);
        bad("AED just over", QStringLiteral("100000000.00"), "AED", MoneyError::TooManyDigits);
        bad("JPY eleven digits", QStringLiteral("10000000000"), "JPY", MoneyError::TooManyDigits);
        bad("KWD eleven digits", QStringLiteral("10000000"), "KWD", MoneyError::TooManyDigits);
        bad("CLF eleven digits", QStringLiteral("1000000.0000"), "CLF", MoneyError::TooManyDigits);
        bad("beyond qint64", QStringLiteral("99999999999999999999999999"), "AED", MoneyError::TooManyDigits);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(qint64, minor);
        QFETCH(MoneyError, error);
        QFETCH(int, position);
        compareParse(Money::parse(text, *Currency::fromCode(code)), code, minor, error, position);
    }

    void parseNeedsCurrency()
    {
        QCOMPARE(Money::parse(u"1", Currency()).error, MoneyError::UnknownCurrency);
        QCOMPARE(Money::parseLocalized(u"1", Currency(), QLocale(QLocale::English)).error,
                 MoneyError::UnknownCurrency);
    }

    void parseLocalized_data()
    {
        QTest::addColumn<QString>("locale");
        addParseColumns();
        const auto row = [](const char *name, const char *locale, const QString &text, const char *code,
                            qint64 minor, MoneyError error = MoneyError::None, int position = -1) {
            QTest::addRow("%s %s", locale, name) << QString::fromLatin1(locale) << text
                                                 << QString::fromLatin1(code) << minor << error << position;
        };
        const auto refused = [&row](const char *name, const char *locale, const QString &text,
                                    const char *code, MoneyError error, int position = -1) {
            row(name, locale, text, code, 0, error, position);
        };

        row("grouped", "en_US", QStringLiteral("1,250.50"), "AED", 125050);
        row("ungrouped", "en_US", QStringLiteral("1250.5"), "AED", 125050);
        row("grouped whole", "en_US", QStringLiteral("1,250"), "AED", 125000);
        row("millions KWD", "en_US", QStringLiteral("1,234,567.891"), "KWD", 1234567891);
        row("JPY grouped", "en_US", QStringLiteral("1,000,000,000"), "JPY", 1000000000);
        row("surrounding whitespace", "en_US", QStringLiteral("  12.5 \t"), "AED", 1250);
        row("leading point", "en_US", QStringLiteral(".5"), "AED", 50);
        row("trailing point", "en_US", QStringLiteral("5."), "AED", 500);
        row("grouped trailing point", "en_US", QStringLiteral("1,250."), "AED", 125000);
        row("direction marks", "en_US", QStringLiteral(u"\u200E12.50\u200F"), "AED", 1250);
        refused("comma as decimal", "en_US", QStringLiteral("12,50"), "AED", MoneyError::InvalidCharacter, 2);
        refused("group of four", "en_US", QStringLiteral("1,2345"), "AED", MoneyError::InvalidCharacter, 1);
        refused("short last group", "en_US", QStringLiteral("1,250,5"), "AED", MoneyError::InvalidCharacter,
                5);
        refused("Indian grouping", "en_US", QStringLiteral("12,34,567"), "AED", MoneyError::InvalidCharacter,
                2);
        refused("leading group", "en_US", QStringLiteral(",250"), "AED", MoneyError::InvalidCharacter, 0);
        refused("double group", "en_US", QStringLiteral("1,,250"), "AED", MoneyError::InvalidCharacter, 2);
        refused("group before point", "en_US", QStringLiteral("1,.5"), "AED", MoneyError::InvalidCharacter,
                1);
        refused("group after point", "en_US", QStringLiteral("1.250,50"), "AED", MoneyError::InvalidCharacter,
                5);
        refused("two points", "en_US", QStringLiteral("1.2.3"), "AED", MoneyError::InvalidCharacter, 3);
        refused("lone point", "en_US", QStringLiteral("."), "AED", MoneyError::InvalidCharacter, 0);
        refused("inner space", "en_US", QStringLiteral("12 50"), "AED", MoneyError::InvalidCharacter, 2);
        refused("exponent", "en_US", QStringLiteral("1e3"), "AED", MoneyError::InvalidCharacter, 1);
        refused("letters", "en_US", QStringLiteral("ten"), "AED", MoneyError::InvalidCharacter, 0);
        refused("minus", "en_US", QStringLiteral("-5"), "AED", MoneyError::Negative, 0);
        refused("trailing minus", "en_US", QStringLiteral("5-"), "AED", MoneyError::Negative, 1);
        refused("unicode minus", "en_US", QStringLiteral(u" \u22125"), "AED", MoneyError::Negative, 1);
        refused("plus", "en_US", QStringLiteral("+5"), "AED", MoneyError::Negative, 0);
        refused("empty", "en_US", QString(), "AED", MoneyError::Empty);
        refused("blank", "en_US", QStringLiteral(u" \u00A0 "), "AED", MoneyError::Empty);
        refused("too many decimals", "en_US", QStringLiteral("12.505"), "AED", MoneyError::TooManyDecimals,
                5);
        refused("JPY decimals", "en_US", QStringLiteral("15,000.5"), "JPY", MoneyError::TooManyDecimals, 7);
        refused("too many digits", "en_US", QStringLiteral("100,000,000"), "AED", MoneyError::TooManyDigits);

        row("grouped", "de_DE", QStringLiteral("1.250,50"), "AED", 125050);
        row("ungrouped", "de_DE", QStringLiteral("1250,5"), "AED", 125050);
        row("grouped whole", "de_DE", QStringLiteral("1.250"), "AED", 125000);
        row("leading comma", "de_DE", QStringLiteral(",5"), "AED", 50);
        row("KWD", "de_DE", QStringLiteral("1.250,500"), "KWD", 1250500);
        refused("point as decimal", "de_DE", QStringLiteral("12.50"), "AED", MoneyError::InvalidCharacter, 2);
        refused("English style", "de_DE", QStringLiteral("1,250.50"), "AED", MoneyError::InvalidCharacter, 5);
        refused("too many decimals", "de_DE", QStringLiteral("1,2345"), "KWD", MoneyError::TooManyDecimals,
                5);

        row("narrow no-break space", "fr_FR", QStringLiteral(u"1\u202F250,50"), "AED", 125050);
        row("no-break space", "fr_FR", QStringLiteral(u"1\u00A0250,50"), "AED", 125050);
        row("plain space", "fr_FR", QStringLiteral("1 250,50"), "AED", 125050);
        row("millions JPY", "fr_FR", QStringLiteral(u"1\u202F250\u202F000"), "JPY", 1250000);
        row("ungrouped", "fr_FR", QStringLiteral("1250,5"), "AED", 125050);
        refused("misplaced space", "fr_FR", QStringLiteral("12 50"), "AED", MoneyError::InvalidCharacter, 2);
        refused("point", "fr_FR", QStringLiteral("12.50"), "AED", MoneyError::InvalidCharacter, 2);

        row("Arabic-Indic grouped", "ar_EG", QStringLiteral(u"١٬٢٥٠٫٥٠"), "AED", 125050);
        row("Arabic-Indic ungrouped", "ar_EG", QStringLiteral(u"١٢٥٠٫٥"), "AED", 125050);
        row("Extended Arabic-Indic", "ar_EG", QStringLiteral(u"۱۲۵۰٫۵"), "AED", 125050);
        row("ASCII digits and point", "ar_EG", QStringLiteral("1250.5"), "AED", 125050);
        row("ASCII grouping", "ar_EG", QStringLiteral("1,250.50"), "AED", 125050);
        row("KWD", "ar_EG", QStringLiteral(u"١٬٢٥٠٫٥٠٠"), "KWD", 1250500);
        row("right-to-left mark", "ar_EG", QStringLiteral(u"\u200F١٢٫٥"), "AED", 1250);
        refused("too many decimals", "ar_EG", QStringLiteral(u"١٢٫٥٠٥"), "AED", MoneyError::TooManyDecimals,
                5);
        refused("Arabic minus", "ar_EG", QStringLiteral(u"\u061C-١٢"), "AED", MoneyError::Negative, 1);
        refused("misplaced group", "ar_EG", QStringLiteral(u"١٢٬٥٠"), "AED", MoneyError::InvalidCharacter, 2);
        refused("letter", "ar_EG", QStringLiteral(u"١٢س"), "AED", MoneyError::InvalidCharacter, 2);

        row("Indian grouping", "en_IN", QStringLiteral("12,34,567.00"), "INR", 123456700);
        row("apostrophe grouping", "de_CH", QStringLiteral(u"1\u2019250.50"), "CHF", 125050);
        row("ASCII apostrophe", "de_CH", QStringLiteral("1'250.50"), "CHF", 125050);
    }
    void parseLocalized()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(qint64, minor);
        QFETCH(MoneyError, error);
        QFETCH(int, position);
        compareParse(Money::parseLocalized(text, *Currency::fromCode(code), QLocale(locale)), code, minor,
                     error, position);
    }

    void formatting_data()
    {
        QTest::addColumn<Money>("value");
        QTest::addColumn<QString>("wire");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        QTest::addColumn<QString>("french");
        QTest::addColumn<QString>("arabic");

        QTest::newRow("AED") << money(125050, "AED") << QStringLiteral("125050") << QStringLiteral("1250.50")
                             << QStringLiteral("1,250.50") << QStringLiteral("1.250,50")
                             << QStringLiteral(u"1\u202F250,50") << QStringLiteral(u"١٬٢٥٠٫٥٠");
        QTest::newRow("AED cents") << money(5, "AED") << QStringLiteral("5") << QStringLiteral("0.05")
                                   << QStringLiteral("0.05") << QStringLiteral("0,05")
                                   << QStringLiteral("0,05") << QStringLiteral(u"٠٫٠٥");
        QTest::newRow("AED zero") << money(0, "AED") << QStringLiteral("0") << QStringLiteral("0.00")
                                  << QStringLiteral("0.00") << QStringLiteral("0,00")
                                  << QStringLiteral("0,00") << QStringLiteral(u"٠٫٠٠");
        QTest::newRow("KWD") << money(1250500, "KWD") << QStringLiteral("1250500")
                             << QStringLiteral("1250.500") << QStringLiteral("1,250.500")
                             << QStringLiteral("1.250,500") << QStringLiteral(u"1\u202F250,500")
                             << QStringLiteral(u"١٬٢٥٠٫٥٠٠");
        QTest::newRow("KWD fils") << money(1, "KWD") << QStringLiteral("1") << QStringLiteral("0.001")
                                  << QStringLiteral("0.001") << QStringLiteral("0,001")
                                  << QStringLiteral("0,001") << QStringLiteral(u"٠٫٠٠١");
        QTest::newRow("JPY") << money(15000, "JPY") << QStringLiteral("15000") << QStringLiteral("15000")
                             << QStringLiteral("15,000") << QStringLiteral("15.000")
                             << QStringLiteral(u"15\u202F000") << QStringLiteral(u"١٥٬٠٠٠");
        QTest::newRow("CLF") << money(12345, "CLF") << QStringLiteral("12345") << QStringLiteral("1.2345")
                             << QStringLiteral("1.2345") << QStringLiteral("1,2345")
                             << QStringLiteral("1,2345") << QStringLiteral(u"١٫٢٣٤٥");
        QTest::newRow("APS maximum") << money(9999999999, "AED") << QStringLiteral("9999999999")
                                     << QStringLiteral("99999999.99") << QStringLiteral("99,999,999.99")
                                     << QStringLiteral("99.999.999,99")
                                     << QStringLiteral(u"99\u202F999\u202F999,99")
                                     << QStringLiteral(u"٩٩٬٩٩٩٬٩٩٩٫٩٩");
        QTest::newRow("negative difference")
            << money(-50, "AED") << QStringLiteral("-50") << QStringLiteral("-0.50")
            << QStringLiteral("-0.50") << QStringLiteral("-0,50") << QStringLiteral("-0,50")
            << QStringLiteral(u"\u061C-٠٫٥٠");
        QTest::newRow("qint64 max") << money(std::numeric_limits<qint64>::max(), "AED")
                                    << QStringLiteral("9223372036854775807")
                                    << QStringLiteral("92233720368547758.07")
                                    << QStringLiteral("92,233,720,368,547,758.07")
                                    << QStringLiteral("92.233.720.368.547.758,07")
                                    << QStringLiteral(u"92\u202F233\u202F720\u202F368\u202F547\u202F758,07")
                                    << QStringLiteral(u"٩٢٬٢٣٣٬٧٢٠٬٣٦٨٬٥٤٧٬٧٥٨٫٠٧");
        QTest::newRow("qint64 min") << money(std::numeric_limits<qint64>::min(), "JPY")
                                    << QStringLiteral("-9223372036854775808")
                                    << QStringLiteral("-9223372036854775808")
                                    << QStringLiteral("-9,223,372,036,854,775,808")
                                    << QStringLiteral("-9.223.372.036.854.775.808")
                                    << QStringLiteral(
                                           u"-9\u202F223\u202F372\u202F036\u202F854\u202F775\u202F808")
                                    << QStringLiteral(u"\u061C-٩٬٢٢٣٬٣٧٢٬٠٣٦٬٨٥٤٬٧٧٥٬٨٠٨");
    }
    void formatting()
    {
        QFETCH(Money, value);
        QFETCH(QString, wire);
        QFETCH(QString, plain);
        QFETCH(QString, english);
        QFETCH(QString, german);
        QFETCH(QString, french);
        QFETCH(QString, arabic);
        QCOMPARE(value.toWireString(), wire);
        QCOMPARE(value.toPlainString(), plain);
        QCOMPARE(value.toLocalizedString(QLocale(QStringLiteral("en_US"))), english);
        QCOMPARE(value.toLocalizedString(QLocale(QStringLiteral("de_DE"))), german);
        QCOMPARE(value.toLocalizedString(QLocale(QStringLiteral("fr_FR"))), french);
        QCOMPARE(value.toLocalizedString(QLocale(QStringLiteral("ar_EG"))), arabic);
        QCOMPARE(value.toDisplayString(QLocale(QStringLiteral("en_US"))),
                 english + u' ' + value.currency().code());
    }

    void displayString()
    {
        QCOMPARE(money(125050, "AED").toDisplayString(QLocale(QStringLiteral("en_US"))),
                 QStringLiteral("1,250.50 AED"));
        QCOMPARE(money(15000, "JPY").toDisplayString(QLocale(QStringLiteral("de_DE"))),
                 QStringLiteral("15.000 JPY"));
    }

    // Whatever a locale writes, the same locale reads back to the same minor units, for every currency.
    void localizedRoundTrip_data()
    {
        QTest::addColumn<QString>("locale");
        for (const char *name :
             {"en_US", "de_DE", "fr_FR", "ar_EG", "ar_SA", "fa_IR", "en_IN", "de_CH", "hi_IN"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void localizedRoundTrip()
    {
        QFETCH(QString, locale);
        const QLocale qlocale(locale);
        for (const Currency &c : Currency::all()) {
            for (const qint64 minor : {qint64(0), qint64(7), qint64(1234567), Money::ApsMaxMinor}) {
                const Money value = Money::fromMinor(minor, c);
                const QString text = value.toLocalizedString(qlocale);
                const MoneyParseResult back = Money::parseLocalized(text, c, qlocale);
                QVERIFY2(back.ok(), qPrintable(c.code() + u' ' + text));
                QCOMPARE(*back.value, value);
                const MoneyParseResult strict = Money::parse(value.toPlainString(), c);
                QVERIFY2(strict.ok(), qPrintable(value.toPlainString()));
                QCOMPARE(*strict.value, value);
            }
        }
    }

    void add()
    {
        MoneyError error = MoneyError::Overflow;
        const auto sum = money(125050, "AED").checkedAdd(money(50, "AED"), &error);
        QVERIFY(sum.has_value());
        QCOMPARE(*sum, money(125100, "AED"));
        QCOMPARE(error, MoneyError::None);

        QVERIFY(!money(1, "AED").checkedAdd(money(1, "SAR"), &error));
        QCOMPARE(error, MoneyError::CurrencyMismatch);
        QVERIFY(!money(1, "AED").checkedAdd(money(1, "KWD")));

        QVERIFY(!money(std::numeric_limits<qint64>::max(), "AED").checkedAdd(money(1, "AED"), &error));
        QCOMPARE(error, MoneyError::Overflow);
        const auto largest = money(std::numeric_limits<qint64>::max() - 1, "AED").checkedAdd(money(1, "AED"));
        QVERIFY(largest.has_value());
        QCOMPARE(largest->minorUnits(), std::numeric_limits<qint64>::max());

        QVERIFY(!Money().checkedAdd(money(1, "AED"), &error));
        QCOMPARE(error, MoneyError::UnknownCurrency);
    }

    void subtract()
    {
        MoneyError error = MoneyError::Overflow;
        const auto rest = money(125000, "AED").checkedSubtract(money(50000, "AED"), &error);
        QVERIFY(rest.has_value());
        QCOMPARE(*rest, money(75000, "AED"));
        QCOMPARE(error, MoneyError::None);

        const auto negative = money(100, "AED").checkedSubtract(money(150, "AED"));
        QVERIFY(negative.has_value());
        QCOMPARE(negative->minorUnits(), qint64(-50));

        QVERIFY(!money(100, "AED").checkedSubtract(money(1, "USD"), &error));
        QCOMPARE(error, MoneyError::CurrencyMismatch);
        QVERIFY(!money(std::numeric_limits<qint64>::min(), "AED").checkedSubtract(money(1, "AED"), &error));
        QCOMPARE(error, MoneyError::Overflow);
        QVERIFY(!money(0, "AED").checkedSubtract(money(std::numeric_limits<qint64>::min(), "AED"), &error));
        QCOMPARE(error, MoneyError::Overflow);
    }

    void compare_data()
    {
        QTest::addColumn<Money>("a");
        QTest::addColumn<Money>("b");
        QTest::addColumn<int>("expected"); // 2: not comparable
        QTest::newRow("less") << money(1, "AED") << money(2, "AED") << -1;
        QTest::newRow("equal") << money(2, "AED") << money(2, "AED") << 0;
        QTest::newRow("greater") << money(3, "AED") << money(2, "AED") << 1;
        QTest::newRow("extremes") << money(std::numeric_limits<qint64>::min(), "AED")
                                  << money(std::numeric_limits<qint64>::max(), "AED") << -1;
        QTest::newRow("mixed") << money(1, "AED") << money(1, "SAR") << 2;
        QTest::newRow("invalid") << Money() << Money() << 2;
    }
    void compare()
    {
        QFETCH(Money, a);
        QFETCH(Money, b);
        QFETCH(int, expected);
        const std::optional<int> result = a.compare(b);
        QCOMPARE(result.has_value(), expected != 2);
        if (result)
            QCOMPARE(*result, expected);
    }

    void equality()
    {
        QVERIFY(money(100, "AED") == money(100, "AED"));
        QVERIFY(money(100, "AED") != money(100, "SAR"));
        QVERIFY(money(100, "AED") != money(101, "AED"));
        QVERIFY(!Money().isValid());
        QVERIFY(money(0, "AED").isZero());
    }

    void describe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("AED decimals")
            << QStringLiteral("12.505") << QStringLiteral("AED") << QStringLiteral("AED has 2 decimals");
        QTest::newRow("KWD decimals")
            << QStringLiteral("1.2345") << QStringLiteral("KWD") << QStringLiteral("KWD has 3 decimals");
        QTest::newRow("JPY decimals")
            << QStringLiteral("1.5") << QStringLiteral("JPY") << QStringLiteral("JPY has no decimals");
        QTest::newRow("character") << QStringLiteral("12x") << QStringLiteral("AED")
                                   << QStringLiteral("unexpected character 'x' at position 3");
        QTest::newRow("comma") << QStringLiteral("1,000") << QStringLiteral("AED")
                               << QStringLiteral("unexpected character ',' at position 2");
        QTest::newRow("empty") << QString() << QStringLiteral("AED") << QStringLiteral("no amount given");
        QTest::newRow("sign") << QStringLiteral("-1") << QStringLiteral("AED")
                              << QStringLiteral("amounts are written without a sign");
        QTest::newRow("digits") << QStringLiteral("100000000") << QStringLiteral("AED")
                                << QStringLiteral(
                                       "more than the APS limit of 10 digits (at most 99999999.99 AED)");
        QTest::newRow("ok") << QStringLiteral("1") << QStringLiteral("AED") << QString();
    }
    void describe()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const Currency c = *Currency::fromCode(code);
        QCOMPARE(describeMoneyError(Money::parse(text, c), c), message);
    }

    void describeWithoutText()
    {
        QCOMPARE(describeMoneyError(MoneyError::InvalidCharacter, currency("AED"), 2),
                 QStringLiteral("unexpected character at position 3"));
        QCOMPARE(describeMoneyError(MoneyError::CurrencyMismatch, currency("AED")),
                 QStringLiteral("the currencies differ"));
        QCOMPARE(describeMoneyError(MoneyError::None, currency("AED")), QString());
        QVERIFY(!describeMoneyError(MoneyError::Overflow, currency("AED")).isEmpty());
        QVERIFY(!describeMoneyError(MoneyError::Zero, currency("AED")).isEmpty());
        QVERIFY(!describeMoneyError(MoneyError::UnknownCurrency, Currency()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
