#include "todayview.h"

#include "journalfixture.h"
#include "store/transactionrepository.h"
#include "testdatabase.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGuiApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

// The Today view: its tiles say what needs attention in the user's words, its charts show the figures of
// the chosen currency, and its links and bars lead to the list.
class tst_TodayView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // The window's English translation carries the plural forms ("1 order", "3 orders").
        QVERIFY(m_english.load(QStringLiteral(PAYDESK_BINARY_DIR "/app/paydesk/paydesk_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }
    void init();
    void cleanup()
    {
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        m_db.destroy();
    }

    void tilesInWords();
    void approverSeesWhatWaitsForThem();
    void chartsFollowTheCurrency();
    void barsAndLinksLeadToTheList();
    void rightToLeftRunsTimeLeftwards();
    void liveAfterRefresh();

private:
    std::unique_ptr<TodayView> view(bool mayApprove = false);
    qint64 order(const QString &currency, qint64 authorized, qint64 captured, qint64 hoursToDeadline);
    void capture(qint64 transactionId, qint64 amount, const QDateTime &at);

    const QDateTime m_now{QDate(2026, 3, 3), QTime(8, 0), Qt::UTC};
    QTranslator m_english;
    TestDatabase m_db;
    int m_orders = 0;
};

void tst_TodayView::init()
{
    QVERIFY(m_db.create());
    order(QStringLiteral("AED"), 50000, 0, 10);
    order(QStringLiteral("AED"), 20000, 5000, 100);
    order(QStringLiteral("KWD"), 1500, 0, 30);
    capture(order(QStringLiteral("AED"), 90000, 0, 100), 12345, m_now.addDays(-1));
}

std::unique_ptr<TodayView> tst_TodayView::view(bool mayApprove)
{
    TodayView::Context context;
    context.database = &*m_db;
    context.userName = QStringLiteral("adam");
    context.mayApprove = mayApprove;
    context.now = [this] {
        return m_now;
    };
    context.zone = QTimeZone("Asia/Dubai");
    auto today = std::make_unique<TodayView>(context);
    today->resize(1200, 700);
    today->show();
    QSignalSpy read(today.get(), &TodayView::figuresRead);
    today->refresh();
    if (!read.wait(10000))
        qWarning() << "the figures were not read";
    return today;
}

qint64 tst_TodayView::order(const QString &currency, qint64 authorized, qint64 captured,
                            qint64 hoursToDeadline)
{
    Transaction tx;
    tx.merchantIdentifier = TestDatabase::Merchant;
    tx.merchantReference = QStringLiteral("ORD-%1").arg(++m_orders);
    tx.origin = Origin::Authorization;
    tx.currency = *Currency::fromCode(currency);
    tx.authorized = authorized;
    tx.captured = captured;
    tx.authorizedAt = m_now.addDays(-2);
    tx.captureDeadline = m_now.addSecs(hoursToDeadline * 3600);
    if (!TransactionRepository(*m_db).insert(tx).ok())
        qWarning() << "order not stored";
    return tx.id;
}

void tst_TodayView::capture(qint64 transactionId, qint64 amount, const QDateTime &at)
{
    QVERIFY(journalOperation(*m_db, transactionId, OperationKind::Capture, amount,
                             OperationOutcome::Succeeded, at)
                .ok());
}

void tst_TodayView::tilesInWords()
{
    const auto today = view();
    QVERIFY(today->figures());
    QCOMPARE(today->tileText(QStringLiteral("expiring")), QStringLiteral("500.00 AED on 1 order"));
    QCOMPARE(today->tileText(QStringLiteral("toCapture")),
             QStringLiteral("1,550.00 AED on 3 orders\n1.500 KWD on 1 order"));
    QCOMPARE(today->tileText(QStringLiteral("approvals")), QStringLiteral("None"));
    QCOMPARE(today->tileText(QStringLiteral("unresolved")),
             QStringLiteral("0 being settled by status checks\n0 waiting for a manual review"));
    QCOMPARE(today->tileText(QStringLiteral("yesterday")),
             QStringLiteral("Captured: 123.45 AED\nRefunded: None"));
}

void tst_TodayView::approverSeesWhatWaitsForThem()
{
    const auto operatorView = view(false);
    const auto approverView = view(true);
    const auto title = [](const TodayView &v) {
        QStringList texts;
        for (const QLabel *label :
             v.findChild<QWidget *>(QStringLiteral("approvalsTile"))->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(QLatin1Char('|'));
    };
    QVERIFY2(title(*operatorView).contains(QStringLiteral("waiting for approval")),
             qPrintable(title(*operatorView)));
    QVERIFY2(title(*approverView).contains(QStringLiteral("waiting for you")),
             qPrintable(title(*approverView)));
}

void tst_TodayView::chartsFollowTheCurrency()
{
    const auto today = view();
    QCOMPARE(today->chartCurrency(), QStringLiteral("AED"));
    QChart *chart = today->movementChart()->chart();
    QCOMPARE(chart->series().size(), 1);
    auto *series = qobject_cast<QBarSeries *>(chart->series().first());
    QVERIFY(series);
    QCOMPARE(series->barSets().first()->count(), 30);
    // Yesterday (2 March in Dubai) is the 29th of 30 days; its bar holds the 123.45 AED capture.
    QCOMPARE(series->barSets().first()->at(28), 123.45);
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).first());
    QCOMPARE(axis->categories().last(), QStringLiteral("3/3"));

    today->setChartCurrency(QStringLiteral("KWD"));
    series = qobject_cast<QBarSeries *>(chart->series().first());
    QCOMPARE(series->barSets().first()->at(28), 0.0);
    auto *exposure = qobject_cast<QBarSeries *>(today->exposureChart()->chart()->series().first());
    // 1.500 KWD due in 30 hours: the band from 24 to 48 hours.
    QCOMPARE(exposure->barSets().first()->at(3), 1.5);
}

void tst_TodayView::barsAndLinksLeadToTheList()
{
    const auto today = view();
    QSignalSpy day(today.get(), &TodayView::showDay);
    auto *series = qobject_cast<QBarSeries *>(today->movementChart()->chart()->series().first());
    emit series->clicked(28, series->barSets().first());
    QCOMPARE(day.size(), 1);
    QCOMPARE(day.first().at(0).toDate(), QDate(2026, 3, 2));
    QCOMPARE(day.first().at(1).toString(), QStringLiteral("AED"));

    QSignalSpy expiring(today.get(), &TodayView::showExpiringSoon);
    emit today->findChild<QLabel *>(QStringLiteral("expiringLink"))->linkActivated(QStringLiteral("go"));
    QCOMPARE(expiring.size(), 1);
    emit today->findChild<QLabel *>(QStringLiteral("yesterdayLink"))->linkActivated(QStringLiteral("go"));
    QCOMPARE(day.size(), 2);
    QCOMPARE(day.last().at(0).toDate(), QDate(2026, 3, 2));
}

void tst_TodayView::rightToLeftRunsTimeLeftwards()
{
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    const auto today = view();
    QChart *chart = today->movementChart()->chart();
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).first());
    QCOMPARE(axis->categories().first(), QStringLiteral("3/3"));
    QVERIFY(!chart->axes(Qt::Vertical).isEmpty());
    QCOMPARE(chart->axes(Qt::Vertical).first()->alignment(), Qt::AlignRight);
    auto *series = qobject_cast<QBarSeries *>(chart->series().first());
    QCOMPARE(series->barSets().first()->at(1), 123.45); // yesterday, second from the right edge's start
    QSignalSpy day(today.get(), &TodayView::showDay);
    emit series->clicked(1, series->barSets().first());
    QCOMPARE(day.first().at(0).toDate(), QDate(2026, 3, 2));
}

void tst_TodayView::liveAfterRefresh()
{
    const auto today = view();
    order(QStringLiteral("SAR"), 7000, 0, 5);
    QSignalSpy read(today.get(), &TodayView::figuresRead);
    today->refresh();
    QVERIFY(read.wait(10000));
    QVERIFY2(today->tileText(QStringLiteral("expiring")).contains(QStringLiteral("70.00 SAR on 1 order")),
             qPrintable(today->tileText(QStringLiteral("expiring"))));
}

QTEST_MAIN(tst_TodayView)
#include "tst_todayview.moc"
