#include "amountdialog.h"
#include "transactionactions.h"
#include "wording.h"

#include "aps/apsclient.h"
#include "services/paymentservice.h"
#include "services/refundgate.h"
#include "services/secretsource.h"
#include "store/auditkeyprovider.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/profilerepository.h"
#include "store/refundrequestrepository.h"
#include "store/transactionrepository.h"
#include "transactionbuilder.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace {

const QString Merchant = QStringLiteral("ACTIONTEST");
const QDateTime Now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

Transaction authorization(const QString &reference, qint64 authorized, qint64 captured = 0)
{
    return TransactionBuilder(reference)
        .merchant(Merchant)
        .fortId(QStringLiteral("169996200000000001"))
        .authorized(authorized)
        .captured(captured)
        .authorizedAt(Now.addDays(-1))
        .deadline(Now.addDays(6));
}

} // namespace

// The money actions without a network: the service exists (so actions can be enabled) but these tests stop
// before anything is sent.
class tst_TransactionActions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void enabledExactlyWhenRulesAllow_data();
    void enabledExactlyWhenRulesAllow();
    void refundOverMaximumRefusedInDialog();
    void amountTypedInTheLocale();
    void staleDialogRefusedOnAccept();
    void confirmationDefaultsToCancel();
    void resultsWordedForAClerk_data();
    void resultsWordedForAClerk();
    void refundThatBecomesARequestSaysSo_data();
    void refundThatBecomesARequestSaysSo();
    void captureConfirmationSaysWhatStaysAuthorized();
    void voidAfterPartialCaptureDoesNotSuggestARefund();
    void missingCredentialsDisableUpFront();
    void disabledShortcutSaysWhy();
    void refundDialogKeyboard();

private:
    Transaction store(Transaction tx);
    // A window's actions over a service with `gate` (refunds may become requests) and `secrets`.
    std::unique_ptr<TransactionActions> actionsWith(const RefundGate *gate, const SecretSource *secrets);
    // Runs the amount dialog of `action` on the selected order with `amount` (and a reason for a refund);
    // returns the confirmation it leads to.
    QMessageBox *confirmationFor(TransactionActions &actions, TransactionRules::Action action,
                                 const QString &amount);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<FileAuditKeyProvider> m_key;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApsClient> m_client;
    std::unique_ptr<FixedSecretSource> m_secrets;
    std::unique_ptr<PaymentService> m_service;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<TransactionActions> m_actions;
    std::vector<std::unique_ptr<PaymentService>> m_otherServices;
};

void tst_TransactionActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_TransactionActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("test.db"));
    StoreResult<std::unique_ptr<Database>> db = Database::create(path, Merchant, QStringLiteral("simulator"));
    QVERIFY2(db.ok(), qPrintable(db.message));
    m_database = std::move(*db);
    QVERIFY(FileAuditKeyProvider::createKeyFile(FileAuditKeyProvider::keyPathFor(path)).ok());
    m_key = std::make_unique<FileAuditKeyProvider>(FileAuditKeyProvider::keyPathFor(path));
    m_audit = std::make_unique<AuditLog>(*m_database, *m_key);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApsClient>(m_network.get());
    m_secrets = std::make_unique<FixedSecretSource>(
        ApsCredentials{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    PaymentService::Dependencies dependencies;
    dependencies.database = m_database.get();
    dependencies.client = m_client.get();
    dependencies.secrets = m_secrets.get();
    dependencies.audit = m_audit.get();
    dependencies.clock = [] {
        return Now;
    };
    m_service = std::make_unique<PaymentService>(dependencies);
    m_window = std::make_unique<QWidget>();
    TransactionActions::Context context;
    context.database = m_database.get();
    context.service = m_service.get();
    context.userName = QStringLiteral("clerk");
    context.clock = [] {
        return Now;
    };
    context.window = m_window.get();
    m_actions = std::make_unique<TransactionActions>(context);
}

void tst_TransactionActions::cleanup()
{
    m_actions.reset();
    m_otherServices.clear();
    m_window.reset();
    m_service.reset();
    m_client.reset();
    m_network.reset();
    m_audit.reset();
    m_key.reset();
    m_database.reset();
    m_dir.reset();
}

Transaction tst_TransactionActions::store(Transaction tx)
{
    const StoreStatus status = TransactionRepository(*m_database).insert(tx);
    if (!status.ok())
        qWarning("%s", qPrintable(status.message));
    return tx;
}

void tst_TransactionActions::enabledExactlyWhenRulesAllow_data()
{
    QTest::addColumn<Transaction>("tx");
    QTest::addColumn<bool>("capture");
    QTest::addColumn<bool>("voidable");
    QTest::addColumn<bool>("refund");
    QTest::addColumn<QString>("captureReason");

    QTest::newRow("fresh authorization") << authorization(QStringLiteral("A-1"), 200000) << true << true
                                         << false << QStringLiteral("Up to 2,000.00 AED can be captured");
    QTest::newRow("partly captured") << authorization(QStringLiteral("A-2"), 200000, 125000) << true << false
                                     << true << QStringLiteral("Up to 750.00 AED can be captured");
    QTest::newRow("fully captured") << authorization(QStringLiteral("A-3"), 125000, 125000) << false << false
                                    << true
                                    << QStringLiteral(
                                           "Nothing left to capture: 1,250.00 AED of 1,250.00 AED captured");
    Transaction voided = authorization(QStringLiteral("A-4"), 50000);
    voided.voided = true;
    QTest::newRow("voided") << voided << false << false << false << QStringLiteral("was voided");
    Transaction expired = authorization(QStringLiteral("A-5"), 50000);
    expired.authorizedAt = Now.addDays(-10);
    expired.captureDeadline = Now.addDays(-3);
    QTest::newRow("expired") << expired << false << false << false
                             << QStringLiteral("capture deadline passed");
    Transaction purchase = authorization(QStringLiteral("P-1"), 80000, 80000);
    purchase.origin = Origin::Purchase;
    QTest::newRow("purchase") << purchase << false << false << true
                              << QStringLiteral("a purchase is captured");
    Transaction unresolved = authorization(QStringLiteral("A-6"), 80000);
    unresolved.unresolved = true;
    QTest::newRow("unresolved") << unresolved << false << false << false
                                << QStringLiteral("no known outcome");
}

void tst_TransactionActions::enabledExactlyWhenRulesAllow()
{
    QFETCH(Transaction, tx);
    QFETCH(bool, capture);
    QFETCH(bool, voidable);
    QFETCH(bool, refund);
    QFETCH(QString, captureReason);

    m_actions->setTransaction(store(tx));
    using Action = TransactionRules::Action;
    QCOMPARE(m_actions->action(Action::Capture)->isEnabled(), capture);
    QCOMPARE(m_actions->action(Action::Void)->isEnabled(), voidable);
    QCOMPARE(m_actions->action(Action::Refund)->isEnabled(), refund);
    QVERIFY(m_actions->action(Action::CheckStatus)->isEnabled());
    const QString tip = m_actions->action(Action::Capture)->toolTip();
    QVERIFY2(tip.contains(captureReason, Qt::CaseInsensitive), qPrintable(tip));
    if (!capture)
        QVERIFY(m_actions->action(Action::Capture)->statusTip().contains(captureReason, Qt::CaseInsensitive));

    m_actions->setTransaction(std::nullopt);
    QVERIFY(!m_actions->action(Action::Capture)->isEnabled());
    QVERIFY(!m_actions->action(Action::CheckStatus)->isEnabled());
}

void tst_TransactionActions::refundOverMaximumRefusedInDialog()
{
    Transaction tx = authorization(QStringLiteral("R-1"), 200000, 150000);
    tx.refunded = 20000;
    AmountDialog dialog(TransactionRules::Action::Refund, tx, TransactionRules(), Now);
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    // Prefilled with the maximum; still needs a reason.
    QCOMPARE(dialog.amountEdit()->text(), QStringLiteral("1,300.00"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.problem().contains(QStringLiteral("reason")));
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("Damaged goods"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.amount(), Money::fromMinor(130000, tx.currency));

    dialog.amountEdit()->selectAll();
    QTest::keyClicks(dialog.amountEdit(), QStringLiteral("1,300.01"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(dialog.problem().contains(QStringLiteral("At most 1,300.00 AED can be refunded")),
             qPrintable(dialog.problem()));
    QVERIFY(!dialog.amount());

    dialog.amountEdit()->setText(QStringLiteral("12.505"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.problem().contains(QStringLiteral("AED has 2 decimals")));
    dialog.amountEdit()->setText(QStringLiteral("0"));
    QVERIFY(!ok->isEnabled());
    dialog.amountEdit()->setText(QStringLiteral("250.5"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.amount(), Money::fromMinor(25050, tx.currency));
}

void tst_TransactionActions::amountTypedInTheLocale()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const Transaction tx = authorization(QStringLiteral("L-1"), 200000);
    AmountDialog dialog(TransactionRules::Action::Capture, tx, TransactionRules(), Now);
    QCOMPARE(dialog.amountEdit()->text(), QStringLiteral("2.000,00"));
    dialog.amountEdit()->setText(QStringLiteral("1.250,5"));
    QCOMPARE(dialog.amount(), Money::fromMinor(125050, tx.currency));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_TransactionActions::staleDialogRefusedOnAccept()
{
    Transaction tx = store(authorization(QStringLiteral("S-1"), 200000));
    m_actions->setTransaction(tx);
    m_actions->action(TransactionRules::Action::Capture)->trigger();
    auto *dialog = qobject_cast<AmountDialog *>(m_actions->openDialog());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    // Another desk captures everything while the dialog is open.
    const TransactionRepository repository(*m_database);
    Transaction changed = *repository.findById(tx.id);
    changed.captured = changed.authorized;
    QVERIFY(repository.updateTotals(changed).ok());

    QSignalSpy messages(m_actions.get(), &TransactionActions::message);
    QSignalSpy running(m_actions.get(), &TransactionActions::runningChanged);
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    auto *refusal = qobject_cast<QMessageBox *>(m_actions->openDialog());
    QVERIFY(refusal);
    QVERIFY2(refusal->text().contains(QStringLiteral("changed while the dialog was open")),
             qPrintable(refusal->text()));
    QVERIFY(refusal->text().contains(QStringLiteral("Nothing left to capture")));
    QVERIFY(!messages.isEmpty());
    QCOMPARE(running.count(), 0); // nothing was asked of the service
    refusal->close();
}

void tst_TransactionActions::confirmationDefaultsToCancel()
{
    Transaction tx = store(authorization(QStringLiteral("XYZ-1001"), 200000));
    m_actions->setTransaction(tx);
    m_actions->action(TransactionRules::Action::Capture)->trigger();
    auto *dialog = qobject_cast<AmountDialog *>(m_actions->openDialog());
    QVERIFY(dialog);
    dialog->amountEdit()->setText(QStringLiteral("1250"));
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    auto *confirm = qobject_cast<QMessageBox *>(m_actions->openDialog());
    QVERIFY(confirm);
    QCOMPARE(confirm->text(),
             QStringLiteral("Capture 1,250.00 AED of the remaining 2,000.00 AED on order XYZ-1001. "
                            "The customer will be charged."));
    QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::Cancel));
    QSignalSpy running(m_actions.get(), &TransactionActions::runningChanged);
    QSignalSpy messages(m_actions.get(), &TransactionActions::message);
    QTRY_VERIFY(confirm->isVisible());
    QTest::keyClick(confirm, Qt::Key_Return); // the default: Cancel
    QTRY_VERIFY(!messages.isEmpty());
    QCOMPARE(messages.last().first().toString(), QStringLiteral("Cancelled. Nothing was done."));
    QCOMPARE(running.count(), 0);

    // Void states that it releases everything and cannot be undone.
    m_actions->action(TransactionRules::Action::Void)->trigger();
    auto *voidConfirm = qobject_cast<QMessageBox *>(m_actions->openDialog());
    QVERIFY(voidConfirm);
    QVERIFY(voidConfirm->text().contains(QStringLiteral("releases the whole authorization of 2,000.00 AED")));
    QVERIFY(voidConfirm->text().contains(QStringLiteral("cannot be undone")));
    QCOMPARE(voidConfirm->defaultButton(), voidConfirm->button(QMessageBox::Cancel));
    voidConfirm->reject();
}

void tst_TransactionActions::resultsWordedForAClerk_data()
{
    QTest::addColumn<PaymentResult>("result");
    QTest::addColumn<QString>("expected");

    PaymentResult base;
    base.action = TransactionRules::Action::Capture;
    base.merchantReference = QStringLiteral("XYZ-1001");
    base.amount = Money::fromMinor(125000, *Currency::fromCode(u"AED"));

    PaymentResult succeeded = base;
    succeeded.status = PaymentStatus::Succeeded;
    QTest::newRow("succeeded") << succeeded << QStringLiteral("Captured 1,250.00 AED on order XYZ-1001.");
    PaymentResult declined = base;
    declined.status = PaymentStatus::Declined;
    declined.responseCode = QStringLiteral("05042");
    declined.responseMessage = QStringLiteral("Operation amount exceeds the authorized amount");
    QTest::newRow("declined")
        << declined
        << QStringLiteral("APS declined the capture on order XYZ-1001. Nothing moved. APS refused: "
                          "the amount is more than what is left to capture. (APS code 05042)");
    PaymentResult unknown = base;
    unknown.status = PaymentStatus::Unknown;
    unknown.responseCode = QStringLiteral("15777");
    QTest::newRow("unknown") << unknown
                             << QStringLiteral(
                                    "The outcome of the capture on order XYZ-1001 is not known yet (APS code "
                                    "15777). Do not repeat it: PayDesk checks it with APS and the history "
                                    "will show the result.");
    PaymentResult network = base;
    network.status = PaymentStatus::Environment;
    network.problem = PaymentProblem::Network;
    QTest::newRow("network") << network
                             << QStringLiteral(
                                    "Not done: APS could not be reached. Nothing was sent; try again later.");
    PaymentResult repeat = base;
    repeat.status = PaymentStatus::Refused;
    repeat.problem = PaymentProblem::RepeatNotConfirmed;
    QTest::newRow("repeat") << repeat
                            << QStringLiteral(
                                   "Not sent: the same amount was sent on order XYZ-1001 a short while "
                                   "ago with an outcome that was not known at first. Confirm that this "
                                   "is a new one.");
    PaymentResult changed = base;
    changed.status = PaymentStatus::Refused;
    changed.problem = PaymentProblem::OrderChanged;
    QTest::newRow("order changed")
        << changed
        << QStringLiteral(
               "Not done: order XYZ-1001 changed while PayDesk was checking it with APS, or APS shows "
               "less than PayDesk. Nothing was sent; look at the order and try again.");
}

void tst_TransactionActions::resultsWordedForAClerk()
{
    QFETCH(PaymentResult, result);
    QFETCH(QString, expected);
    QCOMPARE(TransactionActions::describe(result), expected);
}

QTEST_MAIN(tst_TransactionActions)
#include "tst_transactionactions.moc"

std::unique_ptr<TransactionActions> tst_TransactionActions::actionsWith(const RefundGate *gate,
                                                                        const SecretSource *secrets)
{
    PaymentService::Dependencies dependencies;
    dependencies.database = m_database.get();
    dependencies.client = m_client.get();
    dependencies.secrets = secrets;
    dependencies.audit = m_audit.get();
    dependencies.refundGate = gate;
    dependencies.clock = [] {
        return Now;
    };
    m_otherServices.push_back(std::make_unique<PaymentService>(dependencies));
    TransactionActions::Context context;
    context.database = m_database.get();
    context.service = m_otherServices.back().get();
    context.userName = QStringLiteral("clerk");
    context.clock = [] {
        return Now;
    };
    context.window = m_window.get();
    return std::make_unique<TransactionActions>(context);
}

QMessageBox *tst_TransactionActions::confirmationFor(TransactionActions &actions,
                                                     TransactionRules::Action action, const QString &amount)
{
    actions.action(action)->trigger();
    auto *dialog = qobject_cast<AmountDialog *>(actions.openDialog());
    if (!dialog)
        return nullptr;
    dialog->amountEdit()->setText(amount);
    if (dialog->reasonEdit())
        dialog->reasonEdit()->setPlainText(QStringLiteral("Damaged goods"));
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    return qobject_cast<QMessageBox *>(actions.openDialog());
}

void tst_TransactionActions::refundThatBecomesARequestSaysSo_data()
{
    QTest::addColumn<qint64>("threshold"); // minor units; -1: none set (every refund needs approval)
    QTest::addColumn<bool>("request");
    QTest::newRow("no threshold: every refund") << qint64(-1) << true;
    QTest::newRow("at the threshold") << qint64(50000) << true;
    QTest::newRow("under the threshold") << qint64(100000) << false;
}

void tst_TransactionActions::refundThatBecomesARequestSaysSo()
{
    QFETCH(qint64, threshold);
    QFETCH(bool, request);
    MerchantProfile profile; // thresholds belong to a stored profile
    profile.environment = QStringLiteral("simulator");
    profile.merchantIdentifier = Merchant;
    profile.endpoint = QUrl(QStringLiteral("http://127.0.0.1:1/FortAPI/paymentApi"));
    QVERIFY(ProfileRepository(*m_database).save(profile).ok());
    const RefundGate gate(*m_database, m_audit.get(), QStringLiteral("default"));
    QVERIFY(gate.requests()
                .setThreshold(QStringLiteral("default"), QStringLiteral("AED"),
                              threshold < 0 ? std::nullopt : std::optional<qint64>(threshold))
                .ok());
    std::unique_ptr<TransactionActions> actions = actionsWith(&gate, m_secrets.get());
    actions->setTransaction(store(authorization(QStringLiteral("RQ-1"), 200000, 200000)));
    QMessageBox *confirm = confirmationFor(*actions, TransactionRules::Action::Refund, QStringLiteral("500"));
    QVERIFY(confirm);
    auto *go = confirm->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QVERIFY(go);
    if (request) {
        // Said before the clerk confirms, not only in the result afterwards.
        QVERIFY2(confirm->text().startsWith(QStringLiteral(
                     "Ask for approval of a 500.00 AED refund on order RQ-1; nothing is sent until another "
                     "approver approves.")),
                 qPrintable(confirm->text()));
        QVERIFY(!confirm->text().contains(QStringLiteral("goes back to the customer's card")));
        QCOMPARE(go->text(), QStringLiteral("&Ask for approval of 500.00 AED"));
    } else {
        QVERIFY2(confirm->text().contains(QStringLiteral("The money goes back to the customer's card")),
                 qPrintable(confirm->text()));
        QCOMPARE(go->text(), QStringLiteral("&Refund 500.00 AED"));
    }
    QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::Cancel));
    confirm->reject();
}

void tst_TransactionActions::captureConfirmationSaysWhatStaysAuthorized()
{
    m_actions->setTransaction(store(authorization(QStringLiteral("CP-1"), 200000)));
    QMessageBox *confirm =
        confirmationFor(*m_actions, TransactionRules::Action::Capture, QStringLiteral("1250"));
    QVERIFY(confirm);
    QVERIFY2(confirm->informativeText().startsWith(
                 QStringLiteral("Afterwards 750.00 AED stays authorized until %1 (")
                     .arg(Wording::dateTime(Now.addDays(6)))),
             qPrintable(confirm->informativeText()));
    QCOMPARE(confirm->findChild<QPushButton *>(QStringLiteral("confirmButton"))->text(),
             QStringLiteral("Ca&pture 1,250.00 AED"));
    confirm->reject();

    confirm = confirmationFor(*m_actions, TransactionRules::Action::Capture, QStringLiteral("2000"));
    QVERIFY(confirm);
    QCOMPARE(confirm->informativeText(),
             QStringLiteral("Afterwards nothing stays authorized: this captures all that is left."));
    confirm->reject();
}

void tst_TransactionActions::voidAfterPartialCaptureDoesNotSuggestARefund()
{
    m_actions->setTransaction(store(authorization(QStringLiteral("V-1"), 200000, 50000)));
    QAction *voidAction = m_actions->action(TransactionRules::Action::Void);
    QVERIFY(!voidAction->isEnabled());
    const QString tip = voidAction->toolTip();
    QVERIFY2(!tip.contains(QStringLiteral("Refund instead")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("The uncaptured 1,500.00 AED cannot be voided or refunded: it stays "
                                         "authorized until %1")
                              .arg(Wording::dateTime(Now.addDays(6)))),
             qPrintable(tip));
}

void tst_TransactionActions::missingCredentialsDisableUpFront()
{
    const FixedSecretSource none(ApsCredentials{});
    std::unique_ptr<TransactionActions> actions = actionsWith(nullptr, &none);
    actions->setTransaction(store(authorization(QStringLiteral("NC-1"), 200000, 50000)));
    using Action = TransactionRules::Action;
    for (const Action action : {Action::Capture, Action::Refund, Action::CheckStatus}) {
        QAction *qaction = actions->action(action);
        QVERIFY(!qaction->isEnabled());
        QVERIFY2(qaction->toolTip().contains(QStringLiteral("The APS credentials are not set up")),
                 qPrintable(qaction->toolTip()));
    }
    QVERIFY(!actions->refreshAllOpenAction()->isEnabled());
    QVERIFY(!actions->missingCredentials(nullptr).isEmpty());
    // Triggered anyway (a stale menu), nothing opens: no dialog to fill in before being refused.
    actions->action(Action::Capture)->trigger();
    QVERIFY(!actions->openDialog());
    // With credentials, the same kind of order can be captured.
    QVERIFY(m_actions->missingCredentials(nullptr).isEmpty());
    m_actions->setTransaction(store(authorization(QStringLiteral("NC-2"), 200000, 50000)));
    QVERIFY(m_actions->action(Action::Capture)->isEnabled());
}

void tst_TransactionActions::disabledShortcutSaysWhy()
{
    m_window->addActions(m_actions->transactionActions());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    Transaction voided = authorization(QStringLiteral("SC-1"), 50000);
    voided.voided = true;
    m_actions->setTransaction(store(voided));
    QSignalSpy messages(m_actions.get(), &TransactionActions::message);
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(messages.count(), 1);
    QCOMPARE(messages.at(0).at(0).toString(),
             QStringLiteral("Capture is not possible: This authorization was voided."));
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(messages.count(), 2);
    QVERIFY(messages.at(1).at(0).toString().startsWith(QStringLiteral("Refund is not possible")));

    // Enabled, the shortcut is the action's own again (not ambiguous, no message).
    m_actions->setTransaction(store(authorization(QStringLiteral("SC-2"), 50000)));
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(qobject_cast<AmountDialog *>(m_actions->openDialog()));
    QCOMPARE(messages.count(), 2);
    m_actions->openDialog()->close();
}

void tst_TransactionActions::refundDialogKeyboard()
{
    const Transaction tx = authorization(QStringLiteral("K-1"), 200000, 150000);
    AmountDialog dialog(TransactionRules::Action::Refund, tx, TransactionRules(), Now);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    // Amount → Reason → the buttons.
    QCOMPARE(QApplication::focusWidget(), dialog.amountEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.reasonEdit());
    // The missing reason keeps OK disabled but is not shown before the field was left empty.
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.problem().isEmpty());
    QVERIFY2(dialog.shownProblem().isEmpty(), qPrintable(dialog.shownProblem()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != dialog.reasonEdit());
    QVERIFY(dialog.buttons()->isAncestorOf(QApplication::focusWidget()));
    QCOMPARE(dialog.shownProblem(), QStringLiteral("Enter the reason for the refund."));
    QVERIFY(ok->text().contains(QLatin1Char('&')));
    // An amount problem shows at once.
    dialog.amountEdit()->setText(QStringLiteral("99999"));
    QVERIFY(dialog.shownProblem().contains(QStringLiteral("At most")));
}
