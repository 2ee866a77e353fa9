#include "wording.h"

#include "money/currency.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTest>
#include <QTranslator>

// Mixed-direction text on an Arabic desk, in logical order (the order a screen reader and the bidi algorithm
// read): amounts, durations and times are one isolated unit with the number before the currency code or unit;
// the translation's words come around them in the Arabic sentence; counts use Arabic plural forms; and the
// desk's digits are used for counts, durations, amounts and order and card numbers alike.
class tst_Bidi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }

    void amountIsOneUnitNumberFirst();
    void durationIsOneUnitInReadingOrder();
    void sentenceKeepsTheAmountWhole();
    void pluralsAndEllipsisComeFromTheTranslation();
    void digitsFollowTheSetting();
    void leftToRightIsUntouched();

private:
    QTranslator m_arabic;
};

namespace {

const QChar Rli(0x2067);
const QChar Pdi(0x2069);

Currency sar()
{
    return *Currency::fromCode(u"SAR");
}

} // namespace

void tst_Bidi::initTestCase()
{
    QVERIFY(m_arabic.load(QStringLiteral(PAYDESK_BINARY_DIR "/app/paydesk/paydesk_ar.qm")));
    QCoreApplication::installTranslator(&m_arabic);
    QLocale::setDefault(Wording::deskLocale(QLocale(QLocale::Arabic), QStringLiteral("arabic-indic")));
}

void tst_Bidi::amountIsOneUnitNumberFirst()
{
    const QString amount = Wording::money(10050, sar());
    QCOMPARE(amount, Rli + QStringLiteral("١٠٠٫٥٠ SAR") + Pdi);
    // KWD's three decimals, grouped.
    QCOMPARE(Wording::money(1250500, *Currency::fromCode(u"KWD")),
             Rli + QStringLiteral("١٬٢٥٠٫٥٠٠ KWD") + Pdi);
}

void tst_Bidi::durationIsOneUnitInReadingOrder()
{
    const QDateTime now(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    const QString days = Wording::expiresIn(now.addSecs(6 * 86400 + 21 * 3600), now);
    QVERIFY2(days.startsWith(Rli) && days.endsWith(Pdi), qPrintable(days));
    // Six days before twenty-one hours, in the locale's digits, with Arabic unit words between them.
    const int six = days.indexOf(QStringLiteral("٦"));
    const int twentyOne = days.indexOf(QStringLiteral("٢١"));
    QVERIFY2(six > 0 && twentyOne > six, qPrintable(days));
    QVERIFY2(!days.contains(QLatin1Char('d')) && !days.contains(QLatin1Char('h')), qPrintable(days));
    const QString hours = Wording::expiresIn(now.addSecs(23 * 3600 + 46 * 60), now);
    QVERIFY2(hours.indexOf(QStringLiteral("٢٣")) < hours.indexOf(QStringLiteral("٤٦")), qPrintable(hours));
    QVERIFY2(!hours.contains(QStringLiteral("min")), qPrintable(hours));
    // Expired: the unit inside the translated sentence, whole.
    const QString expired = Wording::expiresIn(now.addSecs(-2 * 3600), now);
    QVERIFY2(expired.contains(Rli + QStringLiteral("٢")), qPrintable(expired));
    QVERIFY2(!expired.contains(QStringLiteral("expired")), qPrintable(expired));
}

void tst_Bidi::sentenceKeepsTheAmountWhole()
{
    // The confirm button of a capture: Arabic words first in reading order, then the isolated amount whole
    // (never "SAR ١٠٠٫٥٠ Capture").
    const QString button =
        QCoreApplication::translate("TransactionActions", "Ca&pture %1", "button: capture this amount")
            .arg(Wording::money(10050, sar()));
    QVERIFY2(!button.contains(QStringLiteral("Capture")), qPrintable(button));
    const int unit = button.indexOf(Rli);
    QVERIFY2(unit > 0, qPrintable(button));
    QCOMPARE(button.mid(unit), Rli + QStringLiteral("١٠٠٫٥٠ SAR") + Pdi);
}

void tst_Bidi::pluralsAndEllipsisComeFromTheTranslation()
{
    const QString two = QCoreApplication::translate("MainWindow", "%n match(es)", nullptr, 2);
    const QString many = QCoreApplication::translate("MainWindow", "%n match(es)", nullptr, 3000);
    QVERIFY2(!two.contains(QStringLiteral("match")) && !two.contains(QStringLiteral("(")), qPrintable(two));
    QVERIFY2(many.contains(QStringLiteral("٣٠٠٠")) || many.contains(QStringLiteral("٣٬٠٠٠")),
             qPrintable(many));
    QVERIFY2(two != many, "Arabic has a dual form");
    // An ellipsis ends the Arabic phrase (logical end), it is not appended to the English.
    const QString more = QCoreApplication::translate("MainWindow", "&Export the list as CSV…");
    QVERIFY2(more.endsWith(QStringLiteral("…")) && !more.contains(QStringLiteral("Export")),
             qPrintable(more));
}

void tst_Bidi::digitsFollowTheSetting()
{
    const QLocale indic = Wording::deskLocale(QLocale(QLocale::Arabic), QStringLiteral("arabic-indic"));
    const QLocale latin = Wording::deskLocale(QLocale(QLocale::Arabic), QStringLiteral("latin"));
    // Identifiers read left to right inside right-to-left text: isolated so (U+2066 … U+2069).
    const QChar lri(0x2066);
    QCOMPARE(Wording::digits(QStringLiteral("ORD-0042"), indic), lri + QStringLiteral("ORD-٠٠٤٢") + Pdi);
    QCOMPARE(Wording::digits(QStringLiteral("411111******1111"), indic),
             lri + QStringLiteral("٤١١١١١******١١١١") + Pdi);
    QCOMPARE(Wording::digits(QStringLiteral("ORD-0042"), latin), lri + QStringLiteral("ORD-0042") + Pdi);
    QCOMPARE(Wording::digits(QStringLiteral("ORD-0042"), QLocale(QLocale::English)),
             QStringLiteral("ORD-0042"));
    QCOMPARE(Wording::money(10050, sar(), latin), Rli + QStringLiteral("100.50 SAR") + Pdi);
    QCOMPARE(latin.textDirection(), Qt::RightToLeft);
    // English keeps its digits whatever the setting.
    QCOMPARE(Wording::deskLocale(QLocale(QLocale::English), QStringLiteral("arabic-indic")).zeroDigit(),
             QStringLiteral("0"));
}

void tst_Bidi::leftToRightIsUntouched()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(Wording::money(10050, sar(), english), QStringLiteral("100.50 SAR"));
    QCOMPARE(Wording::isolate(QStringLiteral("6 d 21 h"), english), QStringLiteral("6 d 21 h"));
}

QTEST_GUILESS_MAIN(tst_Bidi)
#include "tst_bidi.moc"
