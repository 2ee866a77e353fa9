#include "amountdialog.h"
#include "approvalqueuewidget.h"
#include "demosession.h"
#include "desklauncher.h"
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
#include "wording.h"

#include "services/authservice.h"
#include "services/paymentservice.h"
#include "store/auditkeyprovider.h"
#include "store/database.h"
#include "store/transactionrepository.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString OperatorName = QStringLiteral("olivia");
const QString ApproverName = QStringLiteral("adam");
const QString AdminName = QStringLiteral("admin");

QString demoPassword(const QString &name)
{
    for (const DemoDesk::Person &person : DemoDesk::people()) {
        if (person.name == name)
            return person.password;
    }
    return QString();
}

// What paydesk --demo gives the launcher.
DeskLauncher::Demo demo(int *opened)
{
    DeskLauncher::Demo demo;
    demo.open = [opened](QString *error) {
        ++*opened;
        return openDemoSession(error);
    };
    for (const DemoDesk::Person &person : DemoDesk::people())
        demo.signIns.append({person.name, Wording::role(person.role), person.password});
    return demo;
}

int auditCount(const Database &database, const QString &action, const QString &user)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND user_name = ?"));
    query.addBindValue(action);
    query.addBindValue(user);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

QList<MainWindow *> visibleWindows()
{
    QList<MainWindow *> windows;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(widget); window && window->isVisible())
            windows.append(window);
    }
    return windows;
}

// With PAYDESK_SCREENSHOT_DIR set, pictures of the hand-over are left there.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty() && widget)
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class tst_Handover final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void switchUserKeepsTheWindowAndFollowsTheRole();
    void demoKeepsItsCacheAcrossTheHandOver();
    void refundAskedApprovedInContextAndHandedBack();
    void signOutHidesTheDataAndSignsInAgain();
    void manualLockSaysSoAndCancelGoesBack();
    void lockShortcutIsNotTheDesktops();
    void handsOverOnARealCache();

private:
    // Signs `name` in through the launcher's sign-in dialog.
    void signIn(const QString &name);
    // Hands the window over to `name` through the lock's Switch user.
    void switchTo(const QString &name);
    SignedInDesk *desk() const { return SignedInDesk::of(m_launcher->window()); }

    int m_demoOpened = 0;
    std::unique_ptr<DeskLauncher> m_launcher;
};

void tst_Handover::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setApplicationName(QStringLiteral("PayDeskHandoverTest"));
    QApplication::setOrganizationName(QStringLiteral("PayDeskTest"));
    QApplication::setQuitOnLastWindowClosed(false);
}

void tst_Handover::init()
{
    QSettings().clear();
    m_demoOpened = 0;
    m_launcher = std::make_unique<DeskLauncher>(QString(), QStringLiteral("default"), demo(&m_demoOpened));
    QVERIFY(m_launcher->start(true));
    QCOMPARE(m_demoOpened, 1);
    signIn(OperatorName);
}

void tst_Handover::cleanup()
{
    m_launcher.reset();
}

void tst_Handover::signIn(const QString &name)
{
    SignInDialog *dialog = m_launcher->signInDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->nameEdit()->setText(name);
    dialog->passwordEdit()->setText(demoPassword(name));
    dialog->signInButton()->click();
    QVERIFY(m_launcher->window());
    QCOMPARE(desk()->user().name, name);
    QVERIFY(QTest::qWaitForWindowExposed(m_launcher->window()));
}

void tst_Handover::switchTo(const QString &name)
{
    QAction *switchUser = m_launcher->window()->findChild<QAction *>(QStringLiteral("switchUserAction"));
    QVERIFY(switchUser);
    switchUser->trigger();
    IdleLock *lock = desk()->idleLock();
    QVERIFY(lock->isLocked());
    QVERIFY(lock->isSwitching());
    QVERIFY(!m_launcher->window()->table()->isVisible()); // no data while the desk changes hands
    SignInDialog *form = lock->unlockForm();
    QVERIFY(!form->nameEdit()->isReadOnly());
    QVERIFY(form->nameEdit()->text().isEmpty());
    form->nameEdit()->setText(name);
    form->passwordEdit()->setText(demoPassword(name));
    form->signInButton()->click();
    QVERIFY(m_launcher->window());
    QCOMPARE(desk()->user().name, name);
    QTRY_COMPARE(visibleWindows().size(), 1);
    QCOMPARE(visibleWindows().value(0), m_launcher->window());
}

void tst_Handover::switchUserKeepsTheWindowAndFollowsTheRole()
{
    MainWindow *window = m_launcher->window();
    const Database &database = m_launcher->session()->database();
    // olivia narrows the list, sorts it and selects an order.
    window->filterBar()->setChip(FilterBar::Chip::Refundable);
    window->table()->sortByColumn(TransactionTableModel::columnOfSort(TransactionSort::Amount),
                                  Qt::AscendingOrder);
    QTRY_VERIFY(window->model()->rowCount() > 3);
    window->selectRow(2);
    const std::optional<qint64> selected = window->selectedTransactionId();
    QVERIFY(selected);
    const TransactionQuery query = window->model()->query();
    window->resize(1300, 800);
    desk()->approvalDock()->hide(); // olivia has no use for it
    const int signOutsBefore = auditCount(database, QStringLiteral("sign_out"), OperatorName);

    switchTo(ApproverName);
    MainWindow *adams = m_launcher->window();
    QVERIFY(adams != window);
    // The same view: filter, sort, selection and size.
    QCOMPARE(adams->filterBar()->chip(), FilterBar::Chip::Refundable);
    QCOMPARE(adams->model()->query().sort, query.sort);
    QCOMPARE(adams->model()->query().order, query.order);
    QCOMPARE(adams->model()->query().refundableOnly, query.refundableOnly);
    QCOMPARE(adams->selectedTransactionId(), selected);
    QCOMPARE(adams->size(), QSize(1300, 800));
    // Audited: olivia's session ended, handed over to adam.
    QCOMPARE(auditCount(database, QStringLiteral("sign_out"), OperatorName), signOutsBefore + 1);
    QVERIFY(auditCount(database, QStringLiteral("sign_in"), ApproverName) >= 1);

    // adam's role: he may approve olivia's requests, and the queue shows for him.
    ApprovalQueueWidget *queue = desk()->approvalQueue();
    QVERIFY(desk()->approvalDock()->isVisible());
    QVERIFY(!queue->requests().isEmpty());
    queue->selectRequest(queue->requests().at(0).id);
    QVERIFY(queue->approveButton()->isEnabled());
    QCOMPARE(desk()->userLabel()->text(), QStringLiteral("Signed in: adam (approver)"));

    // To the admin: no money actions, settings and users allowed.
    switchTo(AdminName);
    QAction *capture = m_launcher->window()->actions()->action(TransactionRules::Action::Capture);
    QVERIFY(!capture->isEnabled());
    QCOMPARE(capture->toolTip(), QStringLiteral("Your role (admin) cannot capture"));
    QVERIFY(m_launcher->window()->findChild<QAction *>(QStringLiteral("settingsAction"))->isEnabled());
    QVERIFY(m_launcher->window()->findChild<QAction *>(QStringLiteral("usersAction"))->isEnabled());
    desk()->approvalQueue()->selectRequest(desk()->approvalQueue()->requests().at(0).id);
    QVERIFY(!desk()->approvalQueue()->approveButton()->isEnabled());

    // Back to olivia: nothing of the admin's or the approver's permissions survives.
    switchTo(OperatorName);
    QVERIFY(!m_launcher->window()->findChild<QAction *>(QStringLiteral("settingsAction"))->isEnabled());
    QVERIFY(!m_launcher->window()->findChild<QAction *>(QStringLiteral("usersAction"))->isEnabled());
    desk()->approvalQueue()->selectRequest(desk()->approvalQueue()->requests().at(0).id);
    QVERIFY(!desk()->approvalQueue()->approveButton()->isEnabled());
    QCOMPARE(m_launcher->window()->selectedTransactionId(), selected);
    QCOMPARE(m_demoOpened, 1);
}

void tst_Handover::demoKeepsItsCacheAcrossTheHandOver()
{
    DeskSession *session = m_launcher->session();
    ApprovalQueueWidget *queue = desk()->approvalQueue();
    const int waiting = queue->requests().size();
    // olivia asks for a refund of an order the demo's requests do not hold.
    const RefundRequest known = queue->requests().at(0);
    PaymentJob *job = session->service()->refund(known.merchantReference, Money::fromMinor(1, known.currency),
                                                 QStringLiteral("Scratched box"), OperatorName);
    QSignalSpy finished(job, &PaymentJob::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).value<PaymentResult>().status, PaymentStatus::AwaitingApproval);
    QTRY_COMPARE(queue->requests().size(), waiting + 1);

    switchTo(ApproverName);
    QCOMPARE(m_launcher->session(), session); // the same cache and simulator, not a fresh demo
    QCOMPARE(m_demoOpened, 1);
    qint64 asked = 0;
    for (const RefundRequest &request : desk()->approvalQueue()->requests()) {
        if (request.reason == QStringLiteral("Scratched box"))
            asked = request.id;
    }
    QVERIFY2(asked > 0, "olivia's request is in adam's queue");
    desk()->approvalQueue()->selectRequest(asked);
    QVERIFY(desk()->approvalQueue()->approveButton()->isEnabled());
    desk()->approvalQueue()->approve(asked);
    QTRY_VERIFY_WITH_TIMEOUT(!desk()->approvalQueue()->isApproving(), 20000);
    QCOMPARE(desk()->approvalQueue()->requests().size(), waiting);

    switchTo(OperatorName);
    QCOMPARE(desk()->approvalQueue()->requests().size(), waiting);
}

// The day the issue describes, through the window's own dialogs: olivia asks for a refund (the confirmation
// says it becomes a request), hands the desk to adam without quitting, who picks the request in his queue
// with the order shown although his filter hides it, reads the arithmetic and approves; the refund reaches
// the simulator; the desk goes back to olivia, whose order shows the refund done.
void tst_Handover::refundAskedApprovedInContextAndHandedBack()
{
    MainWindow *window = m_launcher->window();
    const Database &database = m_launcher->session()->database();
    window->filterBar()->setChip(FilterBar::Chip::Refundable);
    QTRY_VERIFY(window->model()->rowCount() > 0);
    window->selectRow(0);
    const qint64 orderId = *window->selectedTransactionId();
    const Transaction before = *TransactionRepository(database).findById(orderId).value;

    // olivia: Refund… → amount and reason → the confirmation says it asks for approval.
    TransactionActions *actions = window->actions();
    QAction *refund = actions->action(TransactionRules::Action::Refund);
    QVERIFY2(refund->isEnabled(), qPrintable(refund->toolTip()));
    refund->trigger();
    auto *amount = qobject_cast<AmountDialog *>(actions->openDialog());
    QVERIFY(amount);
    amount->amountEdit()->setText(QStringLiteral("1"));
    amount->reasonEdit()->setPlainText(QStringLiteral("Box arrived dented"));
    amount->buttons()->button(QDialogButtonBox::Ok)->click();
    auto *confirm = qobject_cast<QMessageBox *>(actions->openDialog());
    QVERIFY(confirm);
    QVERIFY2(confirm->text().startsWith(QStringLiteral("Ask for approval of a ")),
             qPrintable(confirm->text()));
    confirm->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
    qint64 asked = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const RefundRequest &request : desk()->approvalQueue()->requests())
                if (request.reason == QStringLiteral("Box arrived dented"))
                    asked = request.id;
            return asked > 0;
        }(),
        20000);

    // adam, without quitting: his filter hides the order; picking the request shows it anyway.
    switchTo(ApproverName);
    window = m_launcher->window();
    window->filterBar()->setChip(FilterBar::Chip::NeedsCapture);
    QTRY_VERIFY(window->model()->rowOfTransaction(orderId) < 0);
    ApprovalQueueWidget *queue = desk()->approvalQueue();
    for (const RefundRequest &other : queue->requests()) {
        if (other.id != asked) { // the pick is a change of the current request
            queue->selectRequest(other.id);
            break;
        }
    }
    queue->selectRequest(asked);
    QTRY_COMPARE(window->detailPane()->transactionId(), orderId);
    queue->approveButton()->click();
    auto *approve = queue->findChild<QMessageBox *>();
    QVERIFY(approve);
    QVERIFY2(approve->informativeText().contains(QStringLiteral("Refundable after this refund")),
             qPrintable(approve->informativeText()));
    approve->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!queue->isApproving(), 20000);
    const Transaction after = *TransactionRepository(database).findById(orderId).value;
    QCOMPARE(after.refunded, before.refunded + before.currency.minorPerMajor()); // 1 in major units
    QCOMPARE(after.refundReserved, before.refundReserved);

    // Back to olivia: the same session, her request decided, the order showing the refund.
    switchTo(OperatorName);
    QCOMPARE(m_demoOpened, 1);
    for (const RefundRequest &request : desk()->approvalQueue()->requests())
        QVERIFY(request.id != asked);
}

void tst_Handover::signOutHidesTheDataAndSignsInAgain()
{
    const Database &database = m_launcher->session()->database();
    DeskSession *session = m_launcher->session();
    const int before = auditCount(database, QStringLiteral("sign_out"), OperatorName);
    QAction *signOut = m_launcher->window()->findChild<QAction *>(QStringLiteral("signOutAction"));
    QVERIFY(signOut);
    signOut->trigger();
    QCOMPARE(auditCount(database, QStringLiteral("sign_out"), OperatorName), before + 1);
    QVERIFY(!m_launcher->window());
    QTRY_VERIFY(visibleWindows().isEmpty()); // nothing with data shows
    SignInDialog *dialog = m_launcher->signInDialog();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->nameEdit()->text().isEmpty());
    QVERIFY(dialog->passwordEdit()->text().isEmpty());
    QVERIFY2(dialog->hintsLabel()->text().contains(QStringLiteral("Sign in as another demo user")),
             qPrintable(dialog->hintsLabel()->text()));

    signIn(ApproverName);
    QCOMPARE(m_launcher->session(), session);
    QCOMPARE(m_demoOpened, 1);
    QVERIFY(desk()->approvalDock()->isVisible());

    // The lock's Sign out does the same.
    desk()->idleLock()->lock(IdleLock::Cause::ByHand);
    desk()->idleLock()->signOutButton()->click();
    QVERIFY(!m_launcher->window());
    QCOMPARE(auditCount(database, QStringLiteral("sign_out"), ApproverName), 1);
    QTRY_VERIFY(visibleWindows().isEmpty());
    QVERIFY(m_launcher->signInDialog()->isVisible());
    // The layout was saved before the lock hid the queue: it shows again.
    signIn(ApproverName);
    QVERIFY(desk()->approvalDock()->isVisible());
}

void tst_Handover::manualLockSaysSoAndCancelGoesBack()
{
    MainWindow *window = m_launcher->window();
    IdleLock *lock = desk()->idleLock();
    window->findChild<QAction *>(QStringLiteral("lockAction"))->trigger();
    QVERIFY(lock->isLocked());
    QVERIFY2(lock->textLabel()->text().contains(QStringLiteral("locked this window by hand")),
             qPrintable(lock->textLabel()->text()));
    QVERIFY(!lock->textLabel()->text().contains(QStringLiteral("Nobody used")));
    SignInDialog *form = lock->unlockForm();
    QVERIFY(form->nameEdit()->isReadOnly());
    QVERIFY(!form->cancelButton()->isVisible()); // nothing to cancel: the lock stays until a password
    QVERIFY(lock->switchUserButton()->isVisible());

    // Switch user frees the name and offers the other demo people.
    lock->switchUserButton()->click();
    QVERIFY(lock->isSwitching());
    QVERIFY(!form->nameEdit()->isReadOnly());
    QVERIFY(form->cancelButton()->isVisible());
    QVERIFY(form->hintsLabel()->text().contains(QStringLiteral("Sign in as another demo user")));
    QVERIFY(form->hintsLabel()->text().contains(ApproverName));
    QVERIFY(!form->hintsLabel()->text().contains(QStringLiteral(">olivia<")));
    window->resize(1100, 700);
    screenshot(window, QStringLiteral("switch-user"));

    // A refusal's message makes the form grow rather than be cut.
    const int before = form->height();
    form->nameEdit()->setText(ApproverName);
    form->passwordEdit()->setText(QStringLiteral("not-his-password"));
    form->signInButton()->click();
    QVERIFY(lock->isLocked());
    QTRY_VERIFY(form->height() > before);
    QCOMPARE(form->height(), form->heightForWidth(form->width()));

    // Cancel goes back to olivia's password; the window stays locked.
    form->cancelButton()->click();
    QVERIFY(lock->isLocked());
    QVERIFY(!lock->isSwitching());
    QVERIFY(form->isVisible());
    QCOMPARE(form->nameEdit()->text(), OperatorName);
    QVERIFY(form->nameEdit()->isReadOnly());
    QVERIFY(!window->table()->isVisible());

    // Her own name while switching simply unlocks.
    lock->switchUser();
    QTRY_VERIFY_WITH_TIMEOUT(!form->isWaiting(), 5000);
    form->nameEdit()->setText(OperatorName);
    form->passwordEdit()->setText(demoPassword(OperatorName));
    form->signInButton()->click();
    QVERIFY(!lock->isLocked());
    QCOMPARE(m_launcher->window(), window);
    QVERIFY(window->table()->isVisible());
}

void tst_Handover::lockShortcutIsNotTheDesktops()
{
    MainWindow *window = m_launcher->window();
    QAction *lock = window->findChild<QAction *>(QStringLiteral("lockAction"));
    QCOMPARE(lock->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    // No other action of the window answers the same keys.
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action != lock)
            QVERIFY2(action->shortcut() != lock->shortcut(), qPrintable(action->text()));
    }
    // The People menu holds the hand-over, before Help.
    const QList<QAction *> menus = window->menuBar()->actions();
    QVERIFY(menus.indexOf(desk()->peopleMenu()->menuAction()) >= 0);
    QCOMPARE(menus.last(), window->helpMenu()->menuAction());
    window->activateWindow();
    QTest::keySequence(window, lock->shortcut());
    QTRY_VERIFY(desk()->idleLock()->isLocked());
}

// The same hand-over on a cache of one's own (not the demo): the session stays, the role changes.
void tst_Handover::handsOverOnARealCache()
{
    m_launcher.reset();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.db"));
    {
        auto created = Database::create(path, QStringLiteral("REALMERCHANT"), QStringLiteral("sandbox"));
        QVERIFY2(created.ok(), qPrintable(created.message));
    }
    QVERIFY(FileAuditKeyProvider::createKeyFile(FileAuditKeyProvider::keyPathFor(path)).ok());
    {
        QString error;
        std::unique_ptr<DeskSession> setUp = DeskSession::openCache(path, QStringLiteral("default"), &error);
        QVERIFY2(setUp, qPrintable(error));
        QVERIFY(setUp->addFirstAdmin(QStringLiteral("ada"), QStringLiteral("ada-password"), &error));
        AuthService &auth = setUp->auth();
        QVERIFY(auth.addUser(QStringLiteral("ada"), QStringLiteral("bea"), Role::Admin,
                             QStringLiteral("bea-password"))
                    .ok());
        QVERIFY(auth.addUser(QStringLiteral("ada"), OperatorName, Role::Operator, demoPassword(OperatorName))
                    .ok());
        QVERIFY(auth.addUser(QStringLiteral("ada"), ApproverName, Role::Approver, demoPassword(ApproverName))
                    .ok());
        QVERIFY(auth.confirmUser(QStringLiteral("bea"), ApproverName).ok());
    }
    m_launcher = std::make_unique<DeskLauncher>(path, QStringLiteral("default"), DeskLauncher::Demo{});
    QVERIFY(m_launcher->start(false));
    QVERIFY(m_launcher->signInDialog()->hintsLabel()->isHidden()); // no demo people on a real cache
    signIn(OperatorName);
    DeskSession *session = m_launcher->session();
    m_launcher->window()->filterBar()->setSearchText(QStringLiteral("ORDER-7"));
    switchTo(ApproverName);
    QCOMPARE(m_launcher->session(), session);
    QCOMPARE(m_launcher->window()->filterBar()->searchText(), QStringLiteral("ORDER-7"));
    QVERIFY(desk()->approvalDock()->isVisible());
    QVERIFY(desk()->roleGate()->allows(Permission::ApproveRefund));
    QVERIFY(!desk()->idleLock()->unlockForm()->hintsLabel()->isVisible());
    switchTo(OperatorName);
    QVERIFY(!desk()->roleGate()->allows(Permission::ApproveRefund));
    m_launcher.reset();
}

QTEST_MAIN(tst_Handover)
#include "tst_handover.moc"
