#include "approvalqueuewidget.h"
#include "demosession.h"
#include "desksession.h"
#include "detailpane.h"
#include "filterbar.h"
#include "idlelock.h"
#include "mainwindow.h"
#include "rolegate.h"
#include "signedindesk.h"
#include "signindialog.h"
#include "transactionactions.h"
#include "transactiontablemodel.h"

#include "apssimulator.h"
#include "services/approvalservice.h"
#include "services/authservice.h"
#include "services/paymentservice.h"
#include "simulatorbook.h"
#include "store/auditkeyprovider.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/refundrequestrepository.h"
#include "store/transactionrepository.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace std::chrono_literals;

namespace {

const QString OperatorName = QStringLiteral("olivia");
const QString ApproverName = QStringLiteral("adam");

QString demoPassword(const QString &name)
{
    for (const DemoDesk::Person &person : DemoDesk::people()) {
        if (person.name == name)
            return person.password;
    }
    return QString();
}

int auditCount(const Database &database, const QString &action)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
    query.addBindValue(action);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

// With PAYDESK_SCREENSHOT_DIR set, the approval test leaves a picture of the queue there.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty() && widget)
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class tst_People final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signInSucceeds();
    void wrongPasswordsAreDelayedCountedAndLock();
    void rolesEnableActionsWithReasons_data();
    void rolesEnableActionsWithReasons();
    void idleLockHidesDataAndRestores();
    void approvalQueueApprovesAndRejects();
    void ownRequestIsRefusedByTheCore();
    void firstAdminThenLiveMarkerOnProduction();

private:
    std::unique_ptr<MainWindow> windowFor(const QString &name);
    int capturableRow(MainWindow &window) const;

    ApsSimulator *m_simulator = nullptr;
    std::unique_ptr<DeskSession> m_session;
};

void tst_People::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setApplicationName(QStringLiteral("PayDeskPeopleTest"));
    QApplication::setOrganizationName(QStringLiteral("PayDeskTest"));
}

void tst_People::init()
{
    QSettings().clear();
    QString error;
    m_session = openDemoSession(&error, &m_simulator);
    QVERIFY2(m_session, qPrintable(error));
}

void tst_People::cleanup()
{
    m_session.reset();
}

std::unique_ptr<MainWindow> tst_People::windowFor(const QString &name)
{
    const StoreResult<User> user = m_session->auth().user(name);
    if (!user.ok())
        return nullptr;
    return m_session->createWindow(*user);
}

int tst_People::capturableRow(MainWindow &window) const
{
    for (int r = 0; r < window.model()->rowCount(); ++r) {
        const TransactionRow *row = window.model()->rowAt(r);
        if (row && !row->transaction.unresolved &&
            m_session->rules()
                .check(TransactionRules::Action::Capture, row->transaction, QDateTime::currentDateTimeUtc())
                .allowed)
            return r;
    }
    return -1;
}

void tst_People::signInSucceeds()
{
    SignInDialog dialog(m_session->auth());
    QList<SignInDialog::Hint> hints;
    for (const DemoDesk::Person &person : DemoDesk::people())
        hints.append({person.name, QStringLiteral("role"), person.password});
    dialog.setHints(hints);
    dialog.show();
    QVERIFY(dialog.hintsLabel()->isVisible());
    QVERIFY(dialog.hintsLabel()->text().contains(QStringLiteral("Demo sign-ins")));
    QVERIFY(!dialog.signInButton()->isEnabled()); // nothing typed yet
    // A hint fills in the form.
    emit dialog.hintsLabel()->linkActivated(QStringLiteral("0"));
    QCOMPARE(dialog.nameEdit()->text(), OperatorName);
    QCOMPARE(dialog.passwordEdit()->text(), demoPassword(OperatorName));
    QVERIFY(dialog.signInButton()->isEnabled());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.signInButton()->click();
    QCOMPARE(accepted.count(), 1);
    QVERIFY(dialog.user().has_value());
    QCOMPARE(dialog.user()->name, OperatorName);
    QCOMPARE(dialog.user()->role, Role::Operator);

    // The window says who is signed in.
    std::unique_ptr<MainWindow> window = m_session->createWindow(*dialog.user());
    QVERIFY(SignedInDesk::of(window.get()));
    QCOMPARE(SignedInDesk::of(window.get())->userLabel()->text(),
             QStringLiteral("Signed in: olivia (operator)"));
    QVERIFY(!SignedInDesk::of(window.get())->isLive()); // the demo is the simulator, not production
    QVERIFY(!SignedInDesk::of(window.get())->isLiveMarkerShown());
}

void tst_People::wrongPasswordsAreDelayedCountedAndLock()
{
    SignInDialog dialog(m_session->auth());
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    for (int attempt = 1; attempt <= AuthService::MaxFailedAttempts; ++attempt) {
        dialog.nameEdit()->setText(ApproverName);
        dialog.passwordEdit()->setText(QStringLiteral("not-the-password"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.signInButton()->isEnabled(), 10000);
        dialog.signInButton()->click();
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(dialog.failedAttempts(), attempt);
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        if (attempt < AuthService::MaxFailedAttempts) {
            QVERIFY2(dialog.messageLabel()->text().contains(
                         QStringLiteral("attempt %1 of %2").arg(attempt).arg(AuthService::MaxFailedAttempts)),
                     qPrintable(dialog.messageLabel()->text()));
            // The next attempt waits: the button stays disabled even with a password typed.
            QVERIFY(dialog.isWaiting());
            dialog.passwordEdit()->setText(demoPassword(ApproverName));
            QVERIFY(!dialog.signInButton()->isEnabled());
            dialog.attempt();
            QCOMPARE(dialog.failedAttempts(), attempt); // ignored while waiting
        }
    }
    QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("locked until")),
             qPrintable(dialog.messageLabel()->text()));
    // Locked: even the right password is refused now.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isWaiting(), 10000);
    dialog.passwordEdit()->setText(demoPassword(ApproverName));
    dialog.signInButton()->click();
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("locked until")));
}

void tst_People::rolesEnableActionsWithReasons_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("canCapture");
    QTest::addColumn<bool>("canSettings");
    QTest::addColumn<bool>("canApprove");
    QTest::newRow("viewer") << QStringLiteral("viewer") << false << false << false;
    QTest::newRow("operator") << QStringLiteral("operator") << true << false << false;
    // Added by the one admin: approving waits for a second admin's confirmation (or a day).
    QTest::newRow("approver") << QStringLiteral("approver") << true << false << false;
    QTest::newRow("admin") << QStringLiteral("admin") << false << true << false;
}

void tst_People::rolesEnableActionsWithReasons()
{
    QFETCH(QString, role);
    QFETCH(bool, canCapture);
    QFETCH(bool, canSettings);
    QFETCH(bool, canApprove);
    const Role r = *roleFromToken(role);
    const QString name = QStringLiteral("person-") + role;
    const AuthStatus added =
        m_session->auth().addUser(QStringLiteral("admin"), name, r, QStringLiteral("long-enough-1"));
    QVERIFY2(added.ok(), qPrintable(added.message));
    std::unique_ptr<MainWindow> window = windowFor(name);
    QVERIFY(window);
    window->show();
    const int row = capturableRow(*window);
    QVERIFY(row >= 0);
    window->selectRow(row);
    SignedInDesk *desk = SignedInDesk::of(window.get());
    QVERIFY(desk);

    QAction *capture = window->actions()->action(TransactionRules::Action::Capture);
    QCOMPARE(capture->isEnabled(), canCapture);
    if (!canCapture)
        QCOMPARE(capture->toolTip(), QStringLiteral("Your role (%1) cannot capture").arg(role));
    // Selecting another row re-enables nothing the role may not do.
    window->selectRow(row == 0 ? 1 : 0);
    window->selectRow(row);
    QCOMPARE(capture->isEnabled(), canCapture);

    QAction *settings = window->findChild<QAction *>(QStringLiteral("settingsAction"));
    QVERIFY(settings);
    QCOMPARE(settings->isEnabled(), canSettings);
    if (!canSettings)
        QCOMPARE(settings->toolTip(), QStringLiteral("Your role (%1) cannot change the settings").arg(role));

    ApprovalQueueWidget *queue = desk->approvalQueue();
    QVERIFY(queue->requests().size() >= 1); // the demo's requests by olivia
    QCOMPARE(queue->approveButton()->isEnabled(), canApprove);
    if (!canApprove) {
        const QString why = r == Role::Approver
                                ? QStringLiteral("Your approver role waits for a second administrator")
                                : QStringLiteral("Your role (%1)").arg(role);
        QVERIFY2(queue->approveButton()->toolTip().startsWith(why),
                 qPrintable(queue->approveButton()->toolTip()));
    }
}

void tst_People::idleLockHidesDataAndRestores()
{
    std::unique_ptr<MainWindow> window = windowFor(OperatorName);
    QVERIFY(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->selectRow(3);
    const std::optional<qint64> selected = window->selectedTransactionId();
    QVERIFY(selected);
    IdleLock *lock = SignedInDesk::of(window.get())->idleLock();
    QCOMPARE(lock->idle(), std::chrono::milliseconds(IdleLock::DefaultIdle));
    const int locksBefore = auditCount(m_session->database(), QStringLiteral("session_lock"));
    lock->setIdle(300ms);
    QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked(), 5000);

    // Nothing with an amount is visible; the overlay covers the window.
    QVERIFY(lock->overlay()->isVisible());
    QCOMPARE(lock->overlay()->geometry(), window->rect());
    QVERIFY(!window->centralWidget()->isVisible());
    QVERIFY(!window->detailPane()->isVisible());
    QVERIFY(!window->table()->isVisible());
    QVERIFY(!SignedInDesk::of(window.get())->approvalDock()->isVisible());
    QCOMPARE(auditCount(m_session->database(), QStringLiteral("session_lock")), locksBefore + 1);
    // The window's shortcuts do nothing while locked.
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_L));
    QVERIFY(!window->table()->hasFocus());

    // The name is fixed: only the signed-in person unlocks; a wrong password keeps it locked.
    SignInDialog *form = lock->unlockForm();
    QCOMPARE(form->nameEdit()->text(), OperatorName);
    QVERIFY(form->nameEdit()->isReadOnly());
    form->passwordEdit()->setText(QStringLiteral("wrong-password"));
    form->signInButton()->click();
    QVERIFY(lock->isLocked());
    QTRY_VERIFY_WITH_TIMEOUT(!form->isWaiting(), 5000);
    lock->setIdle(std::chrono::minutes(15));
    form->passwordEdit()->setText(demoPassword(OperatorName));
    form->signInButton()->click();
    QVERIFY(!lock->isLocked());
    QVERIFY(!lock->overlay()->isVisible());
    QVERIFY(window->table()->isVisible());
    QVERIFY(window->detailPane()->isVisible());
    QCOMPARE(window->selectedTransactionId(), selected);
    QCOMPARE(auditCount(m_session->database(), QStringLiteral("session_unlock")), 1);
}

void tst_People::approvalQueueApprovesAndRejects()
{
    std::unique_ptr<MainWindow> window = windowFor(ApproverName);
    QVERIFY(window);
    window->show();
    ApprovalQueueWidget *queue = SignedInDesk::of(window.get())->approvalQueue();
    QVERIFY(SignedInDesk::of(window.get())->approvalDock()->isVisible());
    QCOMPARE(queue->requests().size(), 2);
    QCOMPARE(queue->list()->topLevelItemCount(), 2);
    const RefundRequest first = queue->requests().at(0);
    const RefundRequest second = queue->requests().at(1);
    QCOMPARE(first.requestedBy, OperatorName);
    QVERIFY(!queue->list()->topLevelItem(0)->text(ApprovalQueueWidget::ReasonColumn).isEmpty());
    const qint64 refundedBefore = m_simulator->book().order(first.merchantReference)->refunded;

    queue->selectRequest(first.id);
    QVERIFY(queue->approveButton()->isEnabled());
    window->resize(1400, 860);
    window->selectRow(0);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    screenshot(window.get(), QStringLiteral("approval-queue"));
    queue->approve(first.id);
    QTRY_VERIFY_WITH_TIMEOUT(!queue->isApproving(), 20000);
    QVERIFY2(queue->messageLabel()->text().contains(first.merchantReference),
             qPrintable(queue->messageLabel()->text()));
    QCOMPARE(m_simulator->book().order(first.merchantReference)->refunded, refundedBefore + first.amount);
    QCOMPARE(queue->requests().size(), 1);

    queue->reject(second.id, QStringLiteral("Goods never came back"));
    QCOMPARE(queue->requests().size(), 0);
    const StoreResult<RefundRequest> rejected =
        RefundRequestRepository(m_session->database()).find(second.id);
    QCOMPARE(rejected->status, RefundRequestStatus::Rejected);
    QCOMPARE(rejected->decisionReason, QStringLiteral("Goods never came back"));

    // The order's timeline shows the request and the approval.
    const StoreResult<Transaction> tx =
        TransactionRepository(m_session->database())
            .findByReference(m_session->database().merchantIdentifier(), first.merchantReference);
    QVERIFY(tx.ok());
    window->filterBar()->setSearchText(first.merchantReference);
    QTRY_COMPARE(window->model()->rowCount(), 1);
    window->selectRow(0);
    QCOMPARE(window->selectedTransactionId(), tx->id);
    QStringList kinds;
    for (int i = 0; i < window->detailPane()->timeline()->topLevelItemCount(); ++i)
        kinds << window->detailPane()->timeline()->topLevelItem(i)->text(1);
    QVERIFY2(kinds.contains(QStringLiteral("Refund request")), qPrintable(kinds.join(u',')));
    QVERIFY2(kinds.contains(QStringLiteral("Refund approved")), qPrintable(kinds.join(u',')));
    QVERIFY2(kinds.indexOf(QStringLiteral("Refund request")) <
                 kinds.indexOf(QStringLiteral("Refund approved")),
             qPrintable(kinds.join(u',')));
}

void tst_People::ownRequestIsRefusedByTheCore()
{
    std::unique_ptr<MainWindow> window = windowFor(ApproverName);
    QVERIFY(window);
    ApprovalQueueWidget *queue = SignedInDesk::of(window.get())->approvalQueue();
    // adam asks for a refund himself (every refund needs approval by default).
    const RefundRequest demo = queue->requests().at(0);
    QSignalSpy changed(m_session->service(), &PaymentService::transactionChanged);
    PaymentJob *job = m_session->service()->refund(demo.merchantReference, Money::fromMinor(1, demo.currency),
                                                   QStringLiteral("Rounding"), ApproverName);
    QSignalSpy finished(job, &PaymentJob::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).value<PaymentResult>().status, PaymentStatus::AwaitingApproval);
    QTRY_COMPARE(queue->requests().size(), 3);
    qint64 own = 0;
    for (const RefundRequest &request : queue->requests()) {
        if (request.requestedBy == ApproverName)
            own = request.id;
    }
    QVERIFY(own > 0);
    queue->selectRequest(own);
    QVERIFY(!queue->approveButton()->isEnabled());
    QCOMPARE(queue->approveButton()->toolTip(),
             QStringLiteral("You asked for this refund: another approver must approve it."));
    QVERIFY(queue->rejectButton()->isEnabled()); // withdrawing one's own request is allowed

    // Asked anyway, the core refuses and the queue says why; nothing moved.
    queue->approve(own);
    QTRY_VERIFY_WITH_TIMEOUT(!queue->isApproving(), 20000);
    QVERIFY2(queue->messageLabel()->text().contains(QStringLiteral("you asked for this refund yourself")),
             qPrintable(queue->messageLabel()->text()));
    QCOMPARE(RefundRequestRepository(m_session->database()).find(own)->status, RefundRequestStatus::Awaiting);
}

void tst_People::firstAdminThenLiveMarkerOnProduction()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.db"));
    {
        auto created = Database::create(path, QStringLiteral("LIVEMERCHANT"), QStringLiteral("production"));
        QVERIFY2(created.ok(), qPrintable(created.message));
    }
    QVERIFY(FileAuditKeyProvider::createKeyFile(FileAuditKeyProvider::keyPathFor(path)).ok());
    QString error;
    std::unique_ptr<DeskSession> session = DeskSession::openCache(path, QStringLiteral("default"), &error);
    QVERIFY2(session, qPrintable(error));
    QVERIFY(!session->hasUsers());
    QVERIFY(!session->addFirstAdmin(QStringLiteral("ada"), QStringLiteral("short"), &error));
    QVERIFY(!session->hasUsers());
    QVERIFY2(session->addFirstAdmin(QStringLiteral("ada"), QStringLiteral("long-enough-1"), &error),
             qPrintable(error));
    QVERIFY(session->hasUsers());
    QVERIFY(session->auth()
                .addUser(QStringLiteral("ada"), OperatorName, Role::Operator, QStringLiteral("long-enough-2"))
                .ok());
    const StoreResult<User> olivia = session->auth().user(OperatorName);
    std::unique_ptr<MainWindow> window = session->createWindow(*olivia);
    window->show();
    SignedInDesk *desk = SignedInDesk::of(window.get());
    QVERIFY(desk->isLive());
    QVERIFY(desk->isLiveMarkerShown());
    QVERIFY(window->windowTitle().startsWith(QStringLiteral("LIVE")));
    window.reset();
}

QTEST_MAIN(tst_People)
#include "tst_people.moc"
