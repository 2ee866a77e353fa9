#include "demosession.h"
#include "desksession.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "signedindesk.h"
#include "teamkeysdialog.h"

#include "moneyfixture.h"

#include "platform/keychain.h"
#include "services/approvalservice.h"
#include "services/authservice.h"
#include "services/profileservice.h"
#include "services/refundgate.h"
#include "store/teamkeyfile.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void refusesBadEndpoint_data();
    void refusesBadEndpoint();
    void savesProfileAndThresholds();
    void thresholdsListCurrenciesInUseFirst();
    void testConnectionReportsConnected();
    void testConnectionExplainsSignatureMismatch();
    void secretsWithoutKeychainAreNotKept();
    void incompleteCredentialsAreRefused();
    void explainsAnswers_data();
    void explainsAnswers();
    void testConnectionExplainsUnreachableEndpoint();
    void peopleMenuOpensSettingsForAdmins_data();
    void peopleMenuOpensSettingsForAdmins();
    void teamKeysDialogChecksTheForm();
    void teamKeysRefusalsInWords();
    void teamKeysExportWithoutKeychainSaysSo();

private:
    std::unique_ptr<SettingsDialog> dialogFor(PaymentService *service);
    QLineEdit *field(const QString &name) const { return m_dialog->findChild<QLineEdit *>(name); }
    QString waitForTest();

    std::unique_ptr<MoneyFixture> m_fixture;
    std::unique_ptr<RefundGate> m_gate;
    std::unique_ptr<ApprovalService> m_approvals;
    std::unique_ptr<ProfileService> m_profiles;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void tst_SettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("PayDeskSettingsDialogTest"));
    QApplication::setOrganizationName(QStringLiteral("PayDeskTest"));
}

void tst_SettingsDialog::init()
{
    m_fixture = std::make_unique<MoneyFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    m_gate =
        std::make_unique<RefundGate>(m_fixture->database(), &m_fixture->audit(), QStringLiteral("default"));
    ApprovalService::Dependencies deps;
    deps.database = &m_fixture->database();
    deps.audit = &m_fixture->audit();
    deps.payments = &m_fixture->service();
    deps.gate = m_gate.get();
    m_approvals = std::make_unique<ApprovalService>(deps);
    m_profiles = std::make_unique<ProfileService>(
        ProfileService::Dependencies{&m_fixture->database(), &m_fixture->audit(), nullptr});
    m_dialog = dialogFor(&m_fixture->service());
}

void tst_SettingsDialog::cleanup()
{
    m_dialog.reset();
    m_profiles.reset();
    m_approvals.reset();
    m_gate.reset();
    m_fixture.reset();
}

std::unique_ptr<SettingsDialog> tst_SettingsDialog::dialogFor(PaymentService *service)
{
    SettingsDialog::Context context;
    context.database = &m_fixture->database();
    context.audit = &m_fixture->audit();
    context.service = service;
    context.approvals = m_approvals.get();
    context.profiles = m_profiles.get();
    context.userName = QStringLiteral("admin");
    return std::make_unique<SettingsDialog>(context);
}

QString tst_SettingsDialog::waitForTest()
{
    QSignalSpy spy(m_dialog.get(), &SettingsDialog::connectionTested);
    m_dialog->testConnection();
    if (spy.isEmpty() && !spy.wait(15000))
        return QString();
    return spy.at(0).at(0).toString();
}

void tst_SettingsDialog::refusesBadEndpoint_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("timeZone");
    QTest::addColumn<QString>("field");
    const QString utc = QStringLiteral("UTC");
    QTest::newRow("http to a remote host")
        << QStringLiteral("http://paymentservices.example.com/FortAPI") << utc << QStringLiteral("endpoint");
    QTest::newRow("not a URL scheme APS speaks")
        << QStringLiteral("ftp://127.0.0.1/FortAPI") << utc << QStringLiteral("endpoint");
    QTest::newRow("https without a host")
        << QStringLiteral("https:///FortAPI/paymentApi") << utc << QStringLiteral("endpoint");
    QTest::newRow("unknown time zone")
        << QStringLiteral("https://sbpaymentservices.payfort.com/FortAPI/paymentApi")
        << QStringLiteral("Mars/Olympus") << QStringLiteral("timeZone");
}

void tst_SettingsDialog::refusesBadEndpoint()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, timeZone);
    QFETCH(QString, field);
    const MerchantProfile before = m_fixture->profile();
    this->field(QStringLiteral("endpoint"))->setText(endpoint);
    m_dialog->findChild<QComboBox *>(QStringLiteral("timeZone"))->setCurrentText(timeZone);
    m_dialog->findChild<QSpinBox *>(QStringLiteral("timeout"))->setValue(42);

    QVERIFY(!m_dialog->save());
    QVERIFY(!m_dialog->errorLabel()->isHidden());
    QVERIFY(m_dialog->invalidField());
    QCOMPARE(m_dialog->invalidField()->objectName(), field);
    QCOMPARE(m_fixture->profile().endpoint, before.endpoint);
    QCOMPARE(m_fixture->profile().timeoutSeconds, before.timeoutSeconds);
}

void tst_SettingsDialog::savesProfileAndThresholds()
{
    QCOMPARE(m_dialog->findChild<QLabel *>(QStringLiteral("environment"))->text(),
             QStringLiteral("simulator"));
    QCOMPARE(field(QStringLiteral("endpoint"))->text(), m_fixture->endpoint().toString());
    QCOMPARE(field(QStringLiteral("accessCode"))->echoMode(), QLineEdit::Password);
    QCOMPARE(field(QStringLiteral("requestPhrase"))->echoMode(), QLineEdit::Password);
    QCOMPARE(field(QStringLiteral("responsePhrase"))->echoMode(), QLineEdit::Password);

    m_dialog->findChild<QSpinBox *>(QStringLiteral("timeout"))->setValue(9);
    m_dialog->findChild<QSpinBox *>(QStringLiteral("captureWindow"))->setValue(5);
    m_dialog->findChild<QSpinBox *>(QStringLiteral("warningPeriod"))->setValue(12);
    QCOMPARE(m_dialog->findChild<QSpinBox *>(QStringLiteral("settleQuiet"))->value(), 15);
    m_dialog->findChild<QSpinBox *>(QStringLiteral("settleQuiet"))->setValue(30);
    m_dialog->findChild<QSpinBox *>(QStringLiteral("manualReview"))->setValue(45);
    auto *sha = m_dialog->findChild<QComboBox *>(QStringLiteral("shaType"));
    sha->setCurrentIndex(sha->findText(shaTypeName(ShaType::Sha512)));
    auto *language = m_dialog->findChild<QComboBox *>(QStringLiteral("language"));
    language->setCurrentIndex(language->findData(QStringLiteral("ar")));
    m_dialog->findChild<QComboBox *>(QStringLiteral("timeZone"))
        ->setCurrentText(QStringLiteral("Asia/Dubai"));
    auto *table = m_dialog->findChild<QTableWidget *>(QStringLiteral("thresholds"));
    const QList<QTableWidgetItem *> aed = table->findItems(QStringLiteral("AED"), Qt::MatchExactly);
    QCOMPARE(aed.size(), 1);
    const int aedRow = aed.first()->row();
    table->item(aedRow, 1)->setText(QStringLiteral("250"));

    QSignalSpy saved(m_dialog.get(), &SettingsDialog::saved);
    QVERIFY2(m_dialog->save(), qPrintable(m_dialog->errorLabel()->text()));
    QCOMPARE(saved.count(), 1);

    const MerchantProfile stored = m_fixture->profile();
    QCOMPARE(stored.timeoutSeconds, 9);
    QCOMPARE(stored.captureWindowDays, 5);
    QCOMPARE(stored.warningHours, 12);
    QCOMPARE(stored.settleQuietMinutes, 30);
    QCOMPARE(stored.manualReviewMinutes, 45);
    QCOMPARE(stored.shaType, ShaType::Sha512);
    QCOMPARE(stored.language, QStringLiteral("ar"));
    QCOMPARE(stored.timeZone, QStringLiteral("Asia/Dubai"));
    QCOMPARE(stored.endpoint, m_fixture->endpoint());
    const auto threshold = m_approvals->threshold(QStringLiteral("AED"));
    QVERIFY(threshold.ok());
    QCOMPARE(*threshold, std::optional<qint64>(25000));
    const auto untouched = m_approvals->threshold(QStringLiteral("USD"));
    QVERIFY(untouched.ok());
    QVERIFY(!untouched->has_value());

    // A second dialog shows what was stored.
    m_dialog = dialogFor(&m_fixture->service());
    auto *reopened = m_dialog->findChild<QTableWidget *>(QStringLiteral("thresholds"));
    QCOMPARE(m_dialog->thresholds().value(QStringLiteral("AED")), std::optional<qint64>(25000));
    QVERIFY(!reopened->item(aedRow, 1)->text().isEmpty());
    QCOMPARE(m_dialog->profile().timeoutSeconds, 9);
}

// The approval thresholds start with the currencies of the cached orders, not with 150 ISO codes in order.
void tst_SettingsDialog::thresholdsListCurrenciesInUseFirst()
{
    m_fixture->addOrder(QStringLiteral("T-SAR"), 1000, QStringLiteral("SAR"));
    m_fixture->addOrder(QStringLiteral("T-KWD"), 1000, QStringLiteral("KWD"));
    m_dialog = dialogFor(&m_fixture->service());
    auto *table = m_dialog->findChild<QTableWidget *>(QStringLiteral("thresholds"));
    QCOMPARE(table->rowCount(), int(Currency::all().size()));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("KWD"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("SAR"));
    QStringList rest;
    for (const Currency &currency : Currency::all()) {
        if (currency.code() != u"KWD" && currency.code() != u"SAR")
            rest << currency.code();
    }
    QCOMPARE(table->item(2, 0)->text(), rest.first());
    QCOMPARE(table->item(table->rowCount() - 1, 0)->text(), rest.last());
}

void tst_SettingsDialog::testConnectionReportsConnected()
{
    m_fixture->addOrder(QStringLiteral("SET-1"), 10000);
    const QString answer = waitForTest();
    QVERIFY2(answer.startsWith(QStringLiteral("Connected: APS answered the status check")),
             qPrintable(answer));
    QCOMPARE(m_dialog->testLabel()->text(), answer);
}

void tst_SettingsDialog::testConnectionExplainsSignatureMismatch()
{
    m_fixture->addOrder(QStringLiteral("SET-2"), 10000);
    ApsCredentials wrong = MoneyFixture::credentials();
    wrong.requestPhrase = QStringLiteral("not-the-request-phrase");
    FixedSecretSource secrets(wrong);
    PaymentService::Dependencies deps;
    deps.database = &m_fixture->database();
    deps.client = &m_fixture->client();
    deps.secrets = &secrets;
    deps.audit = &m_fixture->audit();
    PaymentService service(deps);
    m_dialog = dialogFor(&service);

    const QString answer = waitForTest();
    QVERIFY2(answer.startsWith(
                 QStringLiteral("Signature mismatch: check the SHA request phrase and the SHA type")),
             qPrintable(answer));
}

void tst_SettingsDialog::secretsWithoutKeychainAreNotKept()
{
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")) {
        QSKIP("a session bus is present: storing into a real keychain is tst_keychain's job, inside "
              "keychain-session.sh");
    }
    const QString phrase = QStringLiteral("settings-dialog-request-phrase");
    field(QStringLiteral("accessCode"))->setText(QStringLiteral("settings-dialog-access"));
    field(QStringLiteral("requestPhrase"))->setText(phrase);
    field(QStringLiteral("responsePhrase"))->setText(QStringLiteral("settings-dialog-response"));
    m_dialog->findChild<QSpinBox *>(QStringLiteral("timeout"))->setValue(11);

    QVERIFY(!m_dialog->save());
    QVERIFY2(m_dialog->errorLabel()->text().contains(Keychain::unavailableHelp()),
             qPrintable(m_dialog->errorLabel()->text()));
    // The non-secret settings are kept; the phrase is nowhere in the database file.
    QCOMPARE(m_fixture->profile().timeoutSeconds, 11);
    QFile file(m_fixture->databasePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(phrase.toUtf8()));
}

void tst_SettingsDialog::incompleteCredentialsAreRefused()
{
    field(QStringLiteral("accessCode"))->setText(QStringLiteral("only-the-access-code"));
    m_dialog->findChild<QSpinBox *>(QStringLiteral("timeout"))->setValue(13);
    QVERIFY(!m_dialog->save());
    QVERIFY2(m_dialog->errorLabel()->text().contains(QStringLiteral("both SHA phrases")),
             qPrintable(m_dialog->errorLabel()->text()));
    QVERIFY(m_fixture->profile().timeoutSeconds != 13);
}

void tst_SettingsDialog::explainsAnswers_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("transport");
    QTest::addColumn<QString>("expected");
    const int none = int(ApsTransportError::None);
    QTest::newRow("12000") << QStringLiteral("12000") << none
                           << QStringLiteral("Connected: APS answered the status check");
    QTest::newRow("00008") << QStringLiteral("00008") << none
                           << QStringLiteral(
                                  "Signature mismatch: check the SHA request phrase and the SHA type");
    QTest::newRow("00009") << QStringLiteral("00009") << none
                           << QStringLiteral("APS does not know this merchant identifier");
    QTest::newRow("00010") << QStringLiteral("00010") << none
                           << QStringLiteral("APS refused the access code");
    QTest::newRow("refused connection") << QString() << int(ApsTransportError::ConnectionRefused)
                                        << QStringLiteral("Could not reach the endpoint: ");
    QTest::newRow("timeout") << QString() << int(ApsTransportError::Timeout)
                             << QStringLiteral("Could not reach the endpoint: ");
    QTest::newRow("answer not signed with the response phrase")
        << QString() << int(ApsTransportError::BadSignature)
        << QStringLiteral("The answer's signature does not verify: check the SHA response phrase");
}

void tst_SettingsDialog::explainsAnswers()
{
    QFETCH(QString, code);
    QFETCH(int, transport);
    QFETCH(QString, expected);
    PaymentService::StatusAnswer answer;
    answer.reply.error = ApsTransportError(transport);
    answer.reply.detail = QStringLiteral("detail of the exchange");
    answer.outcome.responseCode = code;
    answer.ok = code == QLatin1String("12000");
    const QString text = SettingsDialog::explain(answer);
    QVERIFY2(text.startsWith(expected), qPrintable(text));
}

void tst_SettingsDialog::testConnectionExplainsUnreachableEndpoint()
{
    m_fixture->addOrder(QStringLiteral("SET-3"), 10000);
    // Port 1: nothing listens there.
    MerchantProfile profile = m_fixture->profile();
    profile.endpoint = QUrl(QStringLiteral("http://127.0.0.1:1/FortAPI/paymentApi"));
    QVERIFY(ProfileRepository(m_fixture->database()).save(profile).ok());
    const QString answer = waitForTest();
    QVERIFY2(answer.startsWith(QStringLiteral("Could not reach the endpoint: ")), qPrintable(answer));
}

void tst_SettingsDialog::peopleMenuOpensSettingsForAdmins_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("opens");
    QTest::newRow("admin") << QStringLiteral("admin") << true;
    QTest::newRow("operator: ManageSettings is an admin's") << QStringLiteral("operator") << false;
}

void tst_SettingsDialog::peopleMenuOpensSettingsForAdmins()
{
    QFETCH(QString, role);
    QFETCH(bool, opens);
    QString error;
    const std::unique_ptr<DeskSession> session = openDemoSession(&error);
    QVERIFY2(session, qPrintable(error));
    const QString name = QStringLiteral("person-") + role;
    const AuthStatus added = session->auth().addUser(QStringLiteral("admin"), name, *roleFromToken(role),
                                                     QStringLiteral("long-enough-1"));
    QVERIFY2(added.ok(), qPrintable(added.message));
    const StoreResult<User> user = session->auth().user(name);
    QVERIFY(user.ok());
    const std::unique_ptr<MainWindow> window = session->createWindow(*user);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *action = window->findChild<QAction *>(QStringLiteral("settingsAction"));
    QVERIFY(action);
    QCOMPARE(action->isEnabled(), opens);

    // Asked directly, the desk still refuses a role without ManageSettings.
    SignedInDesk::of(window.get())->showSettings();
    auto *dialog = window->findChild<SettingsDialog *>(QStringLiteral("settingsDialog"));
    QCOMPARE(dialog != nullptr, opens);
    if (!opens)
        return;
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("environment"))->text(), QStringLiteral("simulator"));
    QSignalSpy tested(dialog, &SettingsDialog::connectionTested);
    dialog->testConnection();
    QVERIFY(!tested.isEmpty() || tested.wait(15000));
    QVERIFY2(tested.at(0).at(0).toString().startsWith(QStringLiteral("Connected")),
             qPrintable(tested.at(0).at(0).toString()));
    dialog->reject();
}

void tst_SettingsDialog::teamKeysDialogChecksTheForm()
{
    TeamKeysDialog exporting(TeamKeysDialog::Mode::Export);
    QPushButton *ok = exporting.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    exporting.pathEdit()->setText(QStringLiteral("/tmp/team.paydesk-keys"));
    exporting.passphraseEdit()->setText(QStringLiteral("eleven char"));
    exporting.repeatEdit()->setText(QStringLiteral("eleven char"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(exporting.problem().contains(QStringLiteral("at least 12 characters")));
    exporting.passphraseEdit()->setText(QStringLiteral("twelve chars"));
    QCOMPARE(exporting.problem(), QStringLiteral("The two passphrases differ."));
    exporting.repeatEdit()->setText(QStringLiteral("twelve chars"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(exporting.passphrase(), QStringLiteral("twelve chars"));

    // Importing asks once, whatever its length: the file decides.
    TeamKeysDialog importing(TeamKeysDialog::Mode::Import);
    importing.pathEdit()->setText(QStringLiteral("/tmp/team.paydesk-keys"));
    importing.passphraseEdit()->setText(QStringLiteral("short"));
    QVERIFY(importing.problem().isEmpty());
    QVERIFY(importing.repeatEdit()->isHidden());
}

void tst_SettingsDialog::teamKeysRefusalsInWords()
{
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral("existing.paydesk-keys"));
    QFile other(existing);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("someone else's file");
    other.close();
    m_dialog->exportTeamKeys(existing, QStringLiteral("a long team passphrase"));
    QVERIFY2(m_dialog->teamKeysLabel()->text().contains(QStringLiteral("never overwrites")),
             qPrintable(m_dialog->teamKeysLabel()->text()));
    m_dialog->exportTeamKeys(dir.filePath(QStringLiteral("new.paydesk-keys")), QStringLiteral("short"));
    QVERIFY2(m_dialog->teamKeysLabel()->text().contains(QStringLiteral("too short")),
             qPrintable(m_dialog->teamKeysLabel()->text()));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("new.paydesk-keys"))));

    // A file of another account, and a wrong passphrase: refused before the keychain is asked.
    const QString foreign = dir.filePath(QStringLiteral("foreign.paydesk-keys"));
    const QByteArray bundle =
        "{\"format\":1,\"audit_key\":\"" + QByteArray(32, 'k').toBase64() + "\",\"credentials\":[]}";
    QVERIFY(TeamKeyFile::write(
                foreign, {QStringLiteral("OTHERMERCHANT"), QStringLiteral("sandbox"), QStringLiteral("1")},
                bundle, QStringLiteral("a long team passphrase"), {10, 8, 1})
                .ok());
    m_dialog->importTeamKeys(foreign, QStringLiteral("a long team passphrase"));
    QVERIFY2(m_dialog->teamKeysLabel()->text().contains(QStringLiteral("another PayDesk database")),
             qPrintable(m_dialog->teamKeysLabel()->text()));
    m_dialog->importTeamKeys(foreign, QStringLiteral("not the team passphrase"));
    QVERIFY2(m_dialog->teamKeysLabel()->text().contains(QStringLiteral("passphrase is wrong")),
             qPrintable(m_dialog->teamKeysLabel()->text()));
}

void tst_SettingsDialog::teamKeysExportWithoutKeychainSaysSo()
{
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("a session bus is present: exporting from a real keychain is tst_keychain_teamkeys' job");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.paydesk-keys"));
    m_dialog->exportTeamKeys(path, QStringLiteral("a long team passphrase"));
    QVERIFY2(m_dialog->teamKeysLabel()->text().contains(QStringLiteral("keychain")),
             qPrintable(m_dialog->teamKeysLabel()->text()));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
