#include "approvalqueuewidget.h"
#include "demosession.h"
#include "desksession.h"
#include "detailpane.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "signedindesk.h"
#include "statedelegate.h"
#include "transactionactions.h"
#include "transactiontablemodel.h"
#include "wording.h"

#include "services/approvalservice.h"
#include "services/authservice.h"
#include "store/auditkeyprovider.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/refundrequestrepository.h"
#include "store/transactionrepository.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
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

namespace {

const QString OperatorName = QStringLiteral("olivia");
const QString ApproverName = QStringLiteral("adam");

int auditCount(const Database &database, const QString &action)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
    query.addBindValue(action);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

// With PAYDESK_SCREENSHOT_DIR set, the tests leave pictures of what they checked there.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty() && widget)
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

// Refund requests in the window of the demo: the requester sees her pending request on the order and takes it
// back; the approver picks a request and sees its order even when the filter hides it, and the approve
// confirmation carries the order's arithmetic and history.
class tst_ApprovalInContext final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pendingRequestIsMarkedAndWithdrawn();
    void pickingARequestShowsItsOrder();
    void approveConfirmationShowsTheArithmetic();
    void noCredentialsBannerWithCredentials();
    void missingCredentialsBannerLinksToSettingsForAnAdmin();

private:
    std::unique_ptr<MainWindow> windowFor(const QString &name);
    int rowOf(MainWindow &window, qint64 transactionId) const;

    std::unique_ptr<DeskSession> m_session;
};

void tst_ApprovalInContext::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setApplicationName(QStringLiteral("PayDeskApprovalInContextTest"));
    QApplication::setOrganizationName(QStringLiteral("PayDeskTest"));
}

void tst_ApprovalInContext::init()
{
    QSettings().clear();
    QString error;
    m_session = openDemoSession(&error);
    QVERIFY2(m_session, qPrintable(error));
}

void tst_ApprovalInContext::cleanup()
{
    m_session.reset();
}

std::unique_ptr<MainWindow> tst_ApprovalInContext::windowFor(const QString &name)
{
    const StoreResult<User> user = m_session->auth().user(name);
    if (!user.ok())
        return nullptr;
    return m_session->createWindow(*user);
}

int tst_ApprovalInContext::rowOf(MainWindow &window, qint64 transactionId) const
{
    return window.model()->rowOfTransaction(transactionId);
}

void tst_ApprovalInContext::pendingRequestIsMarkedAndWithdrawn()
{
    std::unique_ptr<MainWindow> window = windowFor(OperatorName);
    QVERIFY(window);
    window->resize(1400, 860);
    window->show();
    ApprovalQueueWidget *queue = SignedInDesk::of(window.get())->approvalQueue();
    QVERIFY(queue->requests().size() >= 2);
    const RefundRequest request = queue->requests().at(0);
    QCOMPARE(request.requestedBy, OperatorName);

    // The list's state cell carries the marker (a role the delegate paints), the detail pane says it.
    window->filterBar()->setSearchText(request.merchantReference);
    QTRY_VERIFY(rowOf(*window, request.transactionId) >= 0);
    const int row = rowOf(*window, request.transactionId);
    const QModelIndex state = window->model()->index(row, TransactionTableModel::StateColumn);
    QVERIFY(state.data(TransactionTableModel::PendingRefundRole).toLongLong() >= request.amount);
    QVERIFY2(state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("awaits approval")),
             qPrintable(state.data(Qt::ToolTipRole).toString()));
    QCOMPARE(StateDelegate::markers(false, false, true), QStringLiteral(" ⧖"));
    window->selectRow(row);
    QCOMPARE(window->selectedTransactionId(), request.transactionId);
    QVERIFY2(window->detailPane()->stateText().endsWith(QStringLiteral(" ⧖")),
             qPrintable(window->detailPane()->stateText()));
    QVERIFY2(window->detailPane()->pendingText().contains(QStringLiteral("awaiting approval")),
             qPrintable(window->detailPane()->pendingText()));
    QVERIFY(!window->detailPane()->withdrawButton()->isHidden());

    // The requester withdraws it from the queue; the reservation is released and audited.
    queue->selectRequest(request.id);
    QVERIFY(queue->withdrawButton()->isEnabled());
    QVERIFY(!queue->approveButton()->isEnabled());
    const qint64 reservedBefore =
        TransactionRepository(m_session->database()).findById(request.transactionId)->refundReserved;
    window->detailPane()->withdrawButton()->click();
    auto *confirm = queue->findChild<QMessageBox *>();
    QVERIFY(confirm);
    QVERIFY2(confirm->text().contains(QStringLiteral("Withdraw your request")), qPrintable(confirm->text()));
    QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::Cancel));
    confirm->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
    QTRY_VERIFY(!queue->findChild<QMessageBox *>());
    const RefundRequest closed = *RefundRequestRepository(m_session->database()).find(request.id);
    QVERIFY(closed.isWithdrawn());
    QCOMPARE(TransactionRepository(m_session->database()).findById(request.transactionId)->refundReserved,
             reservedBefore - request.amount);
    QCOMPARE(auditCount(m_session->database(), QStringLiteral("refund_withdraw")), 1);
    for (const RefundRequest &left : queue->requests())
        QVERIFY(left.id != request.id);
    QVERIFY2(queue->messageLabel()->text().contains(QStringLiteral("withdrawn")),
             qPrintable(queue->messageLabel()->text()));
    // The order's detail follows the store: no Withdraw any more, and the history says it was withdrawn.
    const auto kinds = [&window] {
        QStringList texts;
        for (int i = 0; i < window->detailPane()->timeline()->topLevelItemCount(); ++i)
            texts << window->detailPane()->timeline()->topLevelItem(i)->text(1);
        return texts;
    };
    QTRY_VERIFY2(kinds().contains(QStringLiteral("Refund request withdrawn")),
                 qPrintable(kinds().join(u',')));
    QVERIFY(window->detailPane()->withdrawButton()->isHidden());

    // Someone else's request offers no Withdraw.
    std::unique_ptr<MainWindow> approver = windowFor(ApproverName);
    ApprovalQueueWidget *other = SignedInDesk::of(approver.get())->approvalQueue();
    other->selectRequest(other->requests().at(0).id);
    QVERIFY(!other->withdrawButton()->isEnabled());
    QVERIFY(other->withdrawButton()->toolTip().contains(OperatorName));
}

void tst_ApprovalInContext::pickingARequestShowsItsOrder()
{
    std::unique_ptr<MainWindow> window = windowFor(ApproverName);
    QVERIFY(window);
    window->resize(1400, 860);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    ApprovalQueueWidget *queue = SignedInDesk::of(window.get())->approvalQueue();
    QVERIFY(queue->requests().size() >= 2);
    const RefundRequest first = queue->requests().at(0);
    const RefundRequest second = queue->requests().at(1);

    // In view: picking the request selects its row.
    window->filterBar()->setSearchText(second.merchantReference);
    QTRY_VERIFY(rowOf(*window, second.transactionId) >= 0);
    queue->list()->setCurrentItem(queue->list()->topLevelItem(1));
    QCOMPARE(window->selectedTransactionId(), second.transactionId);
    const QModelIndex current = window->table()->selectionModel()->currentIndex();
    QCOMPARE(current.data(TransactionTableModel::TransactionIdRole).toLongLong(), second.transactionId);

    // Hidden by the filter: the order is shown beside the list anyway, the filter is left as it was.
    window->filterBar()->setSearchText(QStringLiteral("no-such-order-anywhere"));
    QTRY_COMPARE(window->model()->rowCount(), 0);
    queue->list()->setCurrentItem(queue->list()->topLevelItem(0));
    QCOMPARE(window->selectedTransactionId(), first.transactionId);
    QCOMPARE(window->detailPane()->transactionId(), std::optional<qint64>(first.transactionId));
    QCOMPARE(window->filterBar()->searchText(), QStringLiteral("no-such-order-anywhere"));
    QVERIFY(window->actions()->transaction());
    QCOMPARE(window->actions()->transaction()->id, first.transactionId);
    // It stays shown when the list is read again (another desk's change, the clock).
    window->model()->refresh();
    QCOMPARE(window->detailPane()->transactionId(), std::optional<qint64>(first.transactionId));
    screenshot(window.get(), QStringLiteral("approve-in-context"));
}

void tst_ApprovalInContext::approveConfirmationShowsTheArithmetic()
{
    std::unique_ptr<MainWindow> window = windowFor(ApproverName);
    QVERIFY(window);
    ApprovalQueueWidget *queue = SignedInDesk::of(window.get())->approvalQueue();
    const RefundRequest request = queue->requests().at(0);
    const Transaction tx = *TransactionRepository(m_session->database()).findById(request.transactionId);
    const QString summary = queue->orderSummary(request);
    const QLocale locale;
    const auto money = [&](qint64 minor) {
        return Wording::money(minor, tx.currency, locale);
    };
    const QStringList lines{QStringLiteral("Authorized: ") + money(tx.authorized),
                            QStringLiteral("Captured: ") + money(tx.captured),
                            QStringLiteral("Already refunded: ") + money(tx.refunded),
                            QStringLiteral("Reserved by other requests: ") +
                                money(tx.refundReserved - request.amount),
                            QStringLiteral("This refund: ") + money(request.amount),
                            QStringLiteral("Refundable after this refund: ") +
                                money(tx.captured - tx.refunded - tx.refundReserved)};
    for (const QString &line : lines) {
        QVERIFY2(summary.contains(line), qPrintable(line + QStringLiteral(" in\n") + summary));
    }
    QVERIFY2(summary.contains(QStringLiteral("History: ")), qPrintable(summary));

    queue->selectRequest(request.id);
    queue->approveButton()->click();
    auto *confirm = queue->findChild<QMessageBox *>();
    QVERIFY(confirm);
    QCOMPARE(confirm->informativeText(), summary);
    QVERIFY(confirm->findChild<QPushButton *>(QStringLiteral("confirmButton"))->text().contains(u'&'));
    QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::Cancel));
    confirm->reject();
}

void tst_ApprovalInContext::noCredentialsBannerWithCredentials()
{
    std::unique_ptr<MainWindow> window = windowFor(ApproverName);
    QVERIFY(window);
    QVERIFY(window->credentialsBanner()->isHidden());
    QVERIFY(window->actions()->missingCredentials(nullptr).isEmpty());
}

void tst_ApprovalInContext::missingCredentialsBannerLinksToSettingsForAnAdmin()
{
    // A cache whose credentials come from an empty environment: none are configured.
    for (const char *name : {"PAYDESK_ACCESS_CODE", "PAYDESK_REQUEST_PHRASE", "PAYDESK_RESPONSE_PHRASE"})
        qunsetenv(name);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nocredentials.db"));
    QVERIFY(Database::create(path, QStringLiteral("NOCREDS"), QStringLiteral("simulator")).ok());
    QVERIFY(FileAuditKeyProvider::createKeyFile(FileAuditKeyProvider::keyPathFor(path)).ok());
    QString error;
    std::unique_ptr<DeskSession> session = DeskSession::openCache(path, QStringLiteral("default"), &error);
    QVERIFY2(session, qPrintable(error));
    QVERIFY2(session->addFirstAdmin(QStringLiteral("ada"), QStringLiteral("long-enough-1"), &error),
             qPrintable(error));
    QVERIFY(session->auth()
                .addUser(QStringLiteral("ada"), OperatorName, Role::Operator, QStringLiteral("long-enough-2"))
                .ok());

    std::unique_ptr<MainWindow> admin = session->createWindow(*session->auth().user(QStringLiteral("ada")));
    QVERIFY(!admin->credentialsBanner()->isHidden());
    QVERIFY2(
        admin->credentialsBanner()->text().contains(QStringLiteral("The APS credentials are not set up")),
        qPrintable(admin->credentialsBanner()->text()));
    QVERIFY2(admin->credentialsBanner()->text().contains(QStringLiteral("href=\"settings\"")),
             qPrintable(admin->credentialsBanner()->text()));
    QSignalSpy settings(admin.get(), &MainWindow::settingsRequested);
    emit admin->credentialsBanner()->linkActivated(QStringLiteral("settings"));
    QCOMPARE(settings.count(), 1);

    // An operator is told why, without a link she could not use; the money actions are off up front.
    std::unique_ptr<MainWindow> clerk = session->createWindow(*session->auth().user(OperatorName));
    QVERIFY(!clerk->credentialsBanner()->isHidden());
    QVERIFY(!clerk->credentialsBanner()->text().contains(QStringLiteral("href")));
    QAction *refresh = clerk->actions()->refreshAllOpenAction();
    QVERIFY(!refresh->isEnabled());
}

QTEST_MAIN(tst_ApprovalInContext)
#include "tst_approvalincontext.moc"
