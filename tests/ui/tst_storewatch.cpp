#include "approvalqueuewidget.h"
#include "demosession.h"
#include "desksession.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "signedindesk.h"
#include "transactionactions.h"
#include "transactiontablemodel.h"
#include "wording.h"

#include "services/authservice.h"
#include "store/database.h"
#include "store/databasewatcher.h"
#include "store/refundrequestrepository.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <memory>

namespace {

// With PAYDESK_SCREENSHOT_DIR set, the banner test leaves a picture of the window there.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty() && widget)
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

// The window follows the store: a banner and waiting money actions while the team's database cannot be
// reached (nothing typed is lost), and the approval queue's count, live, with word of a new request.
class tst_StoreWatch final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void unreachableStoreShowsBannerAndHoldsMoney();
    void queueCountFollowsAnotherDesk();

private:
    std::unique_ptr<MainWindow> windowFor(const QString &name);

    std::unique_ptr<DeskSession> m_session;
};

void tst_StoreWatch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setApplicationName(QStringLiteral("PayDeskStoreWatchTest"));
    QApplication::setOrganizationName(QStringLiteral("PayDeskTest"));
}

void tst_StoreWatch::init()
{
    QSettings().clear();
    QString error;
    m_session = openDemoSession(&error);
    QVERIFY2(m_session, qPrintable(error));
}

void tst_StoreWatch::cleanup()
{
    m_session.reset();
}

std::unique_ptr<MainWindow> tst_StoreWatch::windowFor(const QString &name)
{
    const StoreResult<User> user = m_session->auth().user(name);
    if (!user.ok())
        return nullptr;
    return m_session->createWindow(*user);
}

void tst_StoreWatch::unreachableStoreShowsBannerAndHoldsMoney()
{
    std::unique_ptr<MainWindow> window = windowFor(QStringLiteral("adam"));
    QVERIFY(window);
    window->resize(1400, 860);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(!window->unreachableBanner()->isVisible());
    QAction *checkStatus = window->actions()->action(TransactionRules::Action::CheckStatus);
    window->selectRow(0);
    QVERIFY(checkStatus->isEnabled());
    ApprovalQueueWidget *queue = SignedInDesk::of(window.get())->approvalQueue();
    // What the clerk typed: the selected order's reference in the search box.
    const QString typed = window->model()->rowAt(0)->transaction.merchantReference;
    window->filterBar()->searchBox()->setText(typed);

    emit window->watcher()->reachabilityChanged(false, QStringLiteral("server closed the connection"));
    QVERIFY(window->unreachableBanner()->isVisible());
    QVERIFY(window->unreachableBanner()->text().startsWith(QStringLiteral("Database unreachable")));
    QVERIFY(!checkStatus->isEnabled());
    QCOMPARE(window->actions()->reason(TransactionRules::Action::Capture),
             Wording::storeUnreachableRefusal());
    QVERIFY(!window->actions()->refreshAllOpenAction()->isEnabled());
    QVERIFY(!queue->approveButton()->isEnabled());
    QCOMPARE(queue->approveButton()->toolTip(), Wording::storeUnreachableRefusal());
    // A new selection enables nothing while the store is away.
    window->actions()->setTransaction(window->actions()->transaction());
    QVERIFY(!checkStatus->isEnabled());
    QCOMPARE(window->filterBar()->searchBox()->text(), typed);
    screenshot(window.get(), QStringLiteral("unreachable"));

    emit window->watcher()->reachabilityChanged(true, QString());
    QVERIFY(!window->unreachableBanner()->isVisible());
    QVERIFY(checkStatus->isEnabled());
    QVERIFY(window->actions()->refreshAllOpenAction()->isEnabled());
    QCOMPARE(window->filterBar()->searchBox()->text(), typed);
}

void tst_StoreWatch::queueCountFollowsAnotherDesk()
{
    std::unique_ptr<MainWindow> window = windowFor(QStringLiteral("adam"));
    QVERIFY(window);
    window->show();
    SignedInDesk *desk = SignedInDesk::of(window.get());
    QCOMPARE(desk->approvalQueue()->requests().size(), 2);
    QCOMPARE(desk->approvalDock()->windowTitle(), QStringLiteral("Refunds awaiting approval (2)"));

    // Another desk on the same store asks for a refund.
    auto other = Database::open(m_session->database().path());
    QVERIFY2(other.ok(), qPrintable(other.message));
    RefundRequest request = desk->approvalQueue()->requests().at(0);
    request.id = 0;
    request.reason = QStringLiteral("Asked at the other desk");
    request.requestedAt = QDateTime::currentDateTimeUtc();
    request.expiresAt = request.requestedAt.addDays(1);
    QVERIFY(RefundRequestRepository(**other).insert(request).ok());

    QTRY_COMPARE_WITH_TIMEOUT(desk->approvalDock()->windowTitle(),
                              QStringLiteral("Refunds awaiting approval (3)"), 5000);
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("1 new refund request")),
             qPrintable(window->statusBar()->currentMessage()));
}

QTEST_MAIN(tst_StoreWatch)
#include "tst_storewatch.moc"
