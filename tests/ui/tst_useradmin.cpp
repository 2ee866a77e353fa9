#include "demosession.h"
#include "desksession.h"
#include "mainwindow.h"
#include "signedindesk.h"
#include "useradmindialog.h"

#include "services/authservice.h"
#include "store/database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include <memory>

namespace {

const QString AdminName = QStringLiteral("admin");

int auditCount(const Database &database, const QString &action, const QString &outcome)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND outcome = ?"));
    query.addBindValue(action);
    query.addBindValue(outcome);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

void chooseRole(QComboBox *box, Role role)
{
    box->setCurrentIndex(box->findData(roleToken(role)));
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty() && widget)
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class tst_UserAdmin final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void onlyAnAdminOpensIt();
    void addsWithThePasswordTypedTwice();
    void changesRoleDisablesAndResets();
    void theLastAdminIsProtected();

private:
    std::unique_ptr<UserAdminDialog> dialogFor(const QString &actor) const;
    const User *find(const UserAdminDialog &dialog, const QString &name) const;

    std::unique_ptr<DeskSession> m_session;
};

void tst_UserAdmin::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setApplicationName(QStringLiteral("PayDeskUserAdminTest"));
    QApplication::setOrganizationName(QStringLiteral("PayDeskTest"));
}

void tst_UserAdmin::init()
{
    QSettings().clear();
    QString error;
    m_session = openDemoSession(&error);
    QVERIFY2(m_session, qPrintable(error));
}

void tst_UserAdmin::cleanup()
{
    m_session.reset();
}

std::unique_ptr<UserAdminDialog> tst_UserAdmin::dialogFor(const QString &actor) const
{
    return std::make_unique<UserAdminDialog>(m_session->auth(), actor);
}

const User *tst_UserAdmin::find(const UserAdminDialog &dialog, const QString &name) const
{
    for (const User &user : dialog.users()) {
        if (user.name == name)
            return &user;
    }
    return nullptr;
}

void tst_UserAdmin::onlyAnAdminOpensIt()
{
    for (const QString &name : {QStringLiteral("olivia"), AdminName}) {
        std::unique_ptr<MainWindow> window = m_session->createWindow(*m_session->auth().user(name));
        QAction *users = window->findChild<QAction *>(QStringLiteral("usersAction"));
        QVERIFY(users);
        QCOMPARE(users->isEnabled(), name == AdminName);
        SignedInDesk::of(window.get())->showUsers();
        auto *dialog = window->findChild<UserAdminDialog *>();
        QCOMPARE(dialog != nullptr, name == AdminName);
        if (!dialog)
            QCOMPARE(users->toolTip(), QStringLiteral("Your role (operator) cannot manage users"));
    }
}

void tst_UserAdmin::addsWithThePasswordTypedTwice()
{
    std::unique_ptr<UserAdminDialog> dialog = dialogFor(AdminName);
    dialog->show();
    const int people = int(m_session->auth().users()->size());
    QVERIFY(people >= 3); // the demo's people
    QCOMPARE(dialog->list()->topLevelItemCount(), people);
    QVERIFY(!dialog->addButton()->isEnabled());
    dialog->newName()->setText(QStringLiteral("nora"));
    chooseRole(dialog->newRole(), Role::Viewer);
    dialog->newPassword()->setText(QStringLiteral("short"));
    QVERIFY(!dialog->addButton()->isEnabled());
    dialog->newPassword()->setText(QStringLiteral("nora-password-1"));
    dialog->newPasswordAgain()->setText(QStringLiteral("nora-password-2"));
    QVERIFY(!dialog->addButton()->isEnabled()); // the two differ
    dialog->newPasswordAgain()->setText(QStringLiteral("nora-password-1"));
    QVERIFY(dialog->addButton()->isEnabled());
    const int added = auditCount(m_session->database(), QStringLiteral("user_add"), QStringLiteral("done"));
    dialog->addButton()->click();
    QVERIFY2(dialog->messageLabel()->text().contains(QStringLiteral("nora was added as viewer")),
             qPrintable(dialog->messageLabel()->text()));
    QCOMPARE(dialog->list()->topLevelItemCount(), people + 1);
    QVERIFY(find(*dialog, QStringLiteral("nora")));
    QCOMPARE(find(*dialog, QStringLiteral("nora"))->role, Role::Viewer);
    QCOMPARE(auditCount(m_session->database(), QStringLiteral("user_add"), QStringLiteral("done")),
             added + 1);
    QCOMPARE(dialog->list()->currentItem()->text(UserAdminDialog::NameColumn), QStringLiteral("nora"));
    QCOMPARE(dialog->list()->currentItem()->text(UserAdminDialog::LastSignInColumn), QStringLiteral("never"));
    QVERIFY(m_session->auth().signIn(QStringLiteral("nora"), QStringLiteral("nora-password-1")).ok());
    QVERIFY(dialog->newName()->text().isEmpty());
    dialog->reload();
    QVERIFY(
        dialog->list()->currentItem()->text(UserAdminDialog::LastSignInColumn).contains(QStringLiteral("2")));

    // The same name again: the core refuses, in words.
    dialog->newName()->setText(QStringLiteral("nora"));
    dialog->newPassword()->setText(QStringLiteral("nora-password-1"));
    dialog->newPasswordAgain()->setText(QStringLiteral("nora-password-1"));
    dialog->addButton()->click();
    QVERIFY2(dialog->messageLabel()->text().contains(QStringLiteral("already a user with this name")),
             qPrintable(dialog->messageLabel()->text()));
    dialog->resize(1120, 560);
    screenshot(dialog.get(), QStringLiteral("user-admin"));
}

void tst_UserAdmin::changesRoleDisablesAndResets()
{
    std::unique_ptr<UserAdminDialog> dialog = dialogFor(AdminName);
    dialog->show();
    const QString olivia = QStringLiteral("olivia");
    QVERIFY(dialog->selectUser(olivia));
    QVERIFY(!dialog->roleButton()->isEnabled()); // her role as it is
    chooseRole(dialog->roleBox(), Role::Viewer);
    QVERIFY(dialog->roleButton()->isEnabled());
    dialog->roleButton()->click();
    QCOMPARE(m_session->auth().user(olivia)->role, Role::Viewer);
    QVERIFY2(dialog->messageLabel()->text().contains(QStringLiteral("olivia is now viewer")),
             qPrintable(dialog->messageLabel()->text()));

    QCOMPARE(dialog->disableButton()->text(), QStringLiteral("&Disable"));
    dialog->disableButton()->click();
    QVERIFY(m_session->auth().user(olivia)->disabled);
    QCOMPARE(m_session->auth().signIn(olivia, QStringLiteral("olivia-demo")).status, SignInStatus::Disabled);
    QCOMPARE(dialog->disableButton()->text(), QStringLiteral("&Enable"));
    QVERIFY(dialog->list()
                ->currentItem()
                ->text(UserAdminDialog::StatusColumn)
                .contains(QStringLiteral("disabled")));
    dialog->disableButton()->click();
    QVERIFY(!m_session->auth().user(olivia)->disabled);

    dialog->resetPassword()->setText(QStringLiteral("new-olivia-pass"));
    dialog->resetPasswordAgain()->setText(QStringLiteral("new-olivia-pasS"));
    QVERIFY(!dialog->resetButton()->isEnabled());
    dialog->resetPasswordAgain()->setText(QStringLiteral("new-olivia-pass"));
    QVERIFY(dialog->resetButton()->isEnabled());
    dialog->resetButton()->click();
    QVERIFY(m_session->auth().signIn(olivia, QStringLiteral("new-olivia-pass")).ok());
    QCOMPARE(m_session->auth().signIn(olivia, QStringLiteral("olivia-demo")).status,
             SignInStatus::WrongPassword);
    QVERIFY(dialog->resetPassword()->text().isEmpty());
    for (const QString &action : {QStringLiteral("user_role"), QStringLiteral("user_disable"),
                                  QStringLiteral("user_enable"), QStringLiteral("user_password")})
        QVERIFY2(auditCount(m_session->database(), action, QStringLiteral("done")) >= 1, qPrintable(action));
}

void tst_UserAdmin::theLastAdminIsProtected()
{
    std::unique_ptr<UserAdminDialog> dialog = dialogFor(AdminName);
    dialog->show();
    QVERIFY(dialog->selectUser(AdminName));
    dialog->disableButton()->click();
    QVERIFY2(dialog->messageLabel()->text().contains(QStringLiteral("last enabled admin")),
             qPrintable(dialog->messageLabel()->text()));
    QVERIFY(!m_session->auth().user(AdminName)->disabled);
    chooseRole(dialog->roleBox(), Role::Operator);
    dialog->roleButton()->click();
    QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("last enabled admin")));
    QCOMPARE(m_session->auth().user(AdminName)->role, Role::Admin);
    QVERIFY(auditCount(m_session->database(), QStringLiteral("user_disable"), QStringLiteral("refused")) >=
            1);

    // A non-admin's dialog is refused by the core whatever the window offers.
    std::unique_ptr<UserAdminDialog> operators = dialogFor(QStringLiteral("olivia"));
    QVERIFY(operators->selectUser(QStringLiteral("adam")));
    operators->disableButton()->click();
    QVERIFY2(operators->messageLabel()->text().contains(QStringLiteral("Only an admin")),
             qPrintable(operators->messageLabel()->text()));
    QVERIFY(!m_session->auth().user(QStringLiteral("adam"))->disabled);
}

QTEST_MAIN(tst_UserAdmin)
#include "tst_useradmin.moc"
