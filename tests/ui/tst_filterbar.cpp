#include "filterbar.h"
#include "transactiontablemodel.h"

#include "store/database.h"
#include "store/transactionrepository.h"
#include "transactionbuilder.h"

#include <QAbstractButton>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCharFormat>
#include <QToolButton>

#include <memory>

namespace {

const QString Merchant = QStringLiteral("FILTERTEST");
const QDateTime Now(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

} // namespace

class tst_FilterBar final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void needsCaptureHoldsOnlyWhatCanBeCapturedNow();
    void chipsShowTheirCounts();
    void datePresets_data();
    void datePresets();
    void typingADate();
    void calendarOpensOnToday();
    void weekendFollowsTheLocale_data();
    void weekendFollowsTheLocale();
    void enterOrDownAppliesTheSearchAtOnce_data();
    void enterOrDownAppliesTheSearchAtOnce();
    void searchIsNotRestored();
};

void tst_FilterBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

// Authorizations past their deadline with money uncaptured are expired (Lapsed), never work under "Needs
// capture"; the same rows show as Expired under All.
void tst_FilterBar::needsCaptureHoldsOnlyWhatCanBeCapturedNow()
{
    QTemporaryDir dir;
    auto db = Database::create(dir.filePath(QStringLiteral("f.db")), Merchant, QStringLiteral("simulator"));
    QVERIFY2(db.ok(), qPrintable(db.message));
    const TransactionRepository repository(**db);
    const auto add = [&](const QString &reference, const QDateTime &at, qint64 captured) {
        Transaction tx = TransactionBuilder(reference)
                             .merchant(Merchant)
                             .authorized(10000)
                             .captured(captured)
                             .authorizedAt(at);
        QVERIFY(repository.insert(tx).ok());
    };
    add(QStringLiteral("OPEN"), Now.addDays(-1), 0);
    add(QStringLiteral("OPEN-PART"), Now.addDays(-2), 4000);
    add(QStringLiteral("LAPSED"), Now.addDays(-8), 0);         // deadline a day ago, nothing captured
    add(QStringLiteral("LAPSED-PART"), Now.addDays(-9), 3000); // deadline passed with 70.00 uncaptured
    add(QStringLiteral("DONE"), Now.addDays(-1), 10000);

    TransactionTableModel model(**db);
    model.setClock([] { return Now; });
    FilterBar bar;
    bar.setChip(FilterBar::Chip::NeedsCapture);
    TransactionQuery query;
    query.sort = TransactionSort::Reference;
    query.order = Qt::AscendingOrder;
    bar.applyTo(query);
    model.setQuery(query);
    QStringList listed;
    for (int row = 0; row < model.rowCount(); ++row)
        listed << model.index(row, TransactionTableModel::ReferenceColumn).data().toString();
    QCOMPARE(listed, (QStringList{QStringLiteral("OPEN"), QStringLiteral("OPEN-PART")}));

    bar.setChip(FilterBar::Chip::Lapsed);
    bar.applyTo(query);
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 2);
    bar.setChip(FilterBar::Chip::All);
    bar.applyTo(query);
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(1, 0).data(TransactionTableModel::StateRole).toInt(),
             int(TransactionState::Expired)); // LAPSED
    QCOMPARE(model.index(1, TransactionTableModel::RemainingColumn).data(TransactionTableModel::RawValueRole),
             QVariant(qint64(0)));
}

void tst_FilterBar::chipsShowTheirCounts()
{
    FilterBar bar;
    QCOMPARE(bar.chipButton(FilterBar::Chip::NeedsCapture)->text(), QStringLiteral("Needs capture"));
    bar.setChipCounts({{FilterBar::Chip::All, 1250}, {FilterBar::Chip::NeedsCapture, 41}});
    QCOMPARE(bar.chipButton(FilterBar::Chip::NeedsCapture)->text(), QStringLiteral("Needs capture 41"));
    QCOMPARE(bar.chipButton(FilterBar::Chip::All)->text(), QStringLiteral("All 1,250"));
    QCOMPARE(bar.chipButton(FilterBar::Chip::Lapsed)->text(), QStringLiteral("Lapsed"));
    bar.setChipCounts({});
    QCOMPARE(bar.chipButton(FilterBar::Chip::All)->text(), QStringLiteral("All"));
}

void tst_FilterBar::datePresets_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    const QDate today(2026, 3, 10);
    using P = FilterBar::DatePreset;
    QTest::newRow("today") << int(P::Today) << today << today;
    QTest::newRow("yesterday") << int(P::Yesterday) << QDate(2026, 3, 9) << QDate(2026, 3, 9);
    QTest::newRow("last 7 days") << int(P::Last7Days) << QDate(2026, 3, 4) << today;
    QTest::newRow("this month") << int(P::ThisMonth) << QDate(2026, 3, 1) << today;
    QTest::newRow("any") << int(P::Any) << QDate() << QDate();
}

void tst_FilterBar::datePresets()
{
    QFETCH(int, preset);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    FilterBar bar;
    bar.setDateRange(QDate(2025, 1, 1), QDate(2025, 1, 2));
    QSignalSpy changed(&bar, &FilterBar::changed);
    bar.applyPreset(FilterBar::DatePreset(preset), QDate(2026, 3, 10));
    QCOMPARE(changed.count(), 1); // one re-query, not one per bound
    QCOMPARE(bar.fromDate(), from);
    QCOMPARE(bar.toDate(), to);
    TransactionQuery query;
    bar.applyTo(query);
    QCOMPARE(query.from, from.isValid() ? from.startOfDay().toUTC() : QDateTime());
    QCOMPARE(query.to, to.isValid() ? to.addDays(1).startOfDay().toUTC() : QDateTime());
    // The presets are in the bar's menu too.
    QVERIFY(bar.datePresetsButton()->menu()->actions().size() >= 5);
}

void tst_FilterBar::typingADate()
{
    FilterBar bar;
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QDateEdit *from = bar.fromEdit();
    QCOMPARE(from->text(), QStringLiteral("Any"));
    from->setFocus();
    QTest::keyClicks(from, QStringLiteral("3/2/2026"));
    QCOMPARE(bar.fromDate(), QDate(2026, 3, 2));
    // Back to "Any", then another date, typed with leading zeros.
    bar.applyPreset(FilterBar::DatePreset::Any);
    QCOMPARE(from->text(), QStringLiteral("Any"));
    QTest::keyClicks(from, QStringLiteral("11/03/2025"));
    QCOMPARE(bar.fromDate(), QDate(2025, 11, 3));
    QTest::keyClicks(bar.toEdit(), QStringLiteral("11/30/2025"));
    QCOMPARE(bar.toDate(), QDate(2025, 11, 30));
    bar.applyPreset(FilterBar::DatePreset::Any);
    QTest::keyClicks(from, QStringLiteral("11/30/2025"));
    QCOMPARE(bar.fromDate(), QDate(2025, 11, 30));
}

void tst_FilterBar::calendarOpensOnToday()
{
    FilterBar bar;
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QDateEdit *to = bar.toEdit();
    to->setFocus();
    // A click on the arrow opens the calendar popup.
    QTest::mouseClick(to, Qt::LeftButton, {}, QPoint(to->width() - 4, to->height() / 2));
    QCalendarWidget *calendar = to->calendarWidget();
    QTRY_VERIFY(calendar->isVisible());
    const QDate today = QDate::currentDate();
    QCOMPARE(calendar->yearShown(), today.year());
    QCOMPARE(calendar->monthShown(), today.month());
    QCOMPARE(bar.toDate(), QDate()); // opening it chose nothing
    calendar->window()->close();
}

void tst_FilterBar::weekendFollowsTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QList<int>>("weekend");
    QTest::newRow("Saudi Arabia") << QLocale(QLocale::Arabic, QLocale::SaudiArabia)
                                  << QList<int>{Qt::Friday, Qt::Saturday};
    QTest::newRow("United Kingdom") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                                    << QList<int>{Qt::Saturday, Qt::Sunday};
}

void tst_FilterBar::weekendFollowsTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QList<int>, weekend);
    QLocale::setDefault(locale);
    FilterBar bar;
    QCalendarWidget *calendar = bar.fromEdit()->calendarWidget();
    QCOMPARE(calendar->firstDayOfWeek(), locale.firstDayOfWeek());
    const QColor normal = calendar->weekdayTextFormat(Qt::Wednesday).foreground().color();
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        const bool marked = calendar->weekdayTextFormat(Qt::DayOfWeek(day)).foreground().color() != normal;
        QVERIFY2(marked == weekend.contains(day), qPrintable(QString::number(day)));
    }
}

void tst_FilterBar::enterOrDownAppliesTheSearchAtOnce_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("enter") << int(Qt::Key_Return);
    QTest::newRow("down") << int(Qt::Key_Down);
}

void tst_FilterBar::enterOrDownAppliesTheSearchAtOnce()
{
    QFETCH(int, key);
    FilterBar bar;
    QSignalSpy changed(&bar, &FilterBar::changed);
    QSignalSpy accepted(&bar, &FilterBar::searchAccepted);
    QTest::keyClicks(bar.searchBox(), QStringLiteral("ORD-1"));
    QCOMPARE(changed.count(), 0); // debounced
    QTest::keyClick(bar.searchBox(), Qt::Key(key));
    QCOMPARE(changed.count(), 1); // applied now, not after the pause
    QCOMPARE(accepted.count(), 1);
    QTest::qWait(FilterBar::SearchDelayMs + 50);
    QCOMPARE(changed.count(), 1);
}

void tst_FilterBar::searchIsNotRestored()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    {
        FilterBar bar;
        bar.setChip(FilterBar::Chip::Refundable);
        bar.setSearchText(QStringLiteral("ORD-7"));
        bar.setDateRange(QDate(2026, 3, 1), QDate(2026, 3, 10));
        bar.saveState(settings);
    }
    FilterBar again;
    again.restoreState(settings);
    QCOMPARE(again.chip(), FilterBar::Chip::Refundable);
    QCOMPARE(again.fromDate(), QDate(2026, 3, 1));
    QCOMPARE(again.toDate(), QDate(2026, 3, 10));
    QCOMPARE(again.searchText(), QString());
}

QTEST_MAIN(tst_FilterBar)
#include "tst_filterbar.moc"
