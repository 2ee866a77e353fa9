#include "desklauncher.h"

#include "desksession.h"
#include "filterbar.h"
#include "firstadmindialog.h"
#include "firststartpage.h"
#include "idlelock.h"
#include "mainwindow.h"
#include "signedindesk.h"
#include "signindialog.h"
#include "transactiontablemodel.h"

#include "store/database.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

DeskLauncher::DeskLauncher(QString cachePath, QString profileName, Demo demo, QObject *parent)
    : QObject(parent)
    , m_cachePath(std::move(cachePath))
    , m_profileName(std::move(profileName))
    , m_demo(std::move(demo))
{}

// The window goes before the session whose database and service it uses.
DeskLauncher::~DeskLauncher()
{
    m_window.reset();
    m_retired.reset();
}

bool DeskLauncher::start(bool demo)
{
    if (demo || Database::isServerUri(m_cachePath) || QFileInfo::exists(m_cachePath))
        return open(demo);
    m_welcome =
        std::make_unique<FirstStartPage>(m_cachePath, QSettings().value(LastTeamDatabaseKey).toString());
    connect(m_welcome.get(), &FirstStartPage::demoRequested, this, [this] {
        if (open(true))
            m_welcome->hide();
    });
    connect(m_welcome.get(), &FirstStartPage::teamDatabaseRequested, this, &DeskLauncher::joinTeamDatabase);
    m_welcome->show();
    return true;
}

bool DeskLauncher::open(bool demo)
{
    QString error;
    if (demo && !m_demo.open)
        error = tr("This program has no demo.");
    else if (demo)
        m_session = m_demo.open(&error);
    else
        m_session = DeskSession::openCache(m_cachePath, m_profileName, &error);
    if (!m_session) {
        QMessageBox::critical(nullptr, tr("PayDesk cannot start"), error);
        return false;
    }
    greet();
    return true;
}

// The first-start page stays open when the team database cannot be opened: the clerk corrects the address.
void DeskLauncher::joinTeamDatabase(const QString &uri)
{
    QString error;
    m_session = DeskSession::openCache(uri, m_profileName, &error);
    if (!m_session) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The team database cannot be opened"), error,
                                    QMessageBox::Ok, m_welcome.get());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    m_cachePath = uri;
    QSettings().setValue(LastTeamDatabaseKey, uri);
    m_welcome->hide();
    greet();
}

void DeskLauncher::greet()
{
    if (m_session->hasUsers())
        signIn();
    else
        createFirstAdmin();
}

void DeskLauncher::createFirstAdmin()
{
    auto *first = new FirstAdminDialog;
    first->setAttribute(Qt::WA_DeleteOnClose);
    connect(first, &QDialog::finished, this, [this, first](int result) {
        if (result != QDialog::Accepted) {
            QApplication::quit();
            return;
        }
        QString problem;
        if (!m_session->addFirstAdmin(first->name(), first->password(), &problem)) {
            QMessageBox::warning(nullptr, tr("No user was created"), problem);
            QApplication::quit();
            return;
        }
        signIn();
    });
    first->open();
}

void DeskLauncher::signIn()
{
    auto *dialog = new SignInDialog(m_session->auth());
    m_signIn = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_session->isDemo())
        dialog->setHints(m_demo.signIns, m_signedInBefore ? tr("Sign in as another demo user") : QString());
    connect(dialog, &QDialog::accepted, this, [this, dialog] { showDesk(*dialog->user()); });
    connect(dialog, &QDialog::rejected, this, [this] {
        if (!m_window)
            QApplication::quit();
    });
    dialog->open();
}

void DeskLauncher::showDesk(const User &user)
{
    m_signedInBefore = true;
    m_window = m_session->createWindow(user);
    SignedInDesk *desk = SignedInDesk::of(m_window.get());
    if (m_session->isDemo())
        desk->idleLock()->setSwitchHints(m_demo.signIns);
    connect(desk, &SignedInDesk::switchRequested, this, &DeskLauncher::handOver);
    connect(desk, &SignedInDesk::signOutRequested, this, &DeskLauncher::signOut);
    m_window->show();
}

// A locked window saved its layout as it locked (its docks are hidden now).
void DeskLauncher::saveLayout(const MainWindow &window)
{
    if (!SignedInDesk::of(&window)->idleLock()->isLocked())
        window.saveSettings();
}

void DeskLauncher::handOver(const User &next)
{
    std::unique_ptr<MainWindow> previous = std::move(m_window);
    saveLayout(*previous);
    const std::optional<qint64> selected = previous->selectedTransactionId();
    const QString search = previous->filterBar()->searchText();
    showDesk(next);
    // Carried over directly: they need not be among what a start restores.
    if (m_window->filterBar()->searchText() != search)
        m_window->filterBar()->setSearchText(search);
    if (selected) {
        const int row = m_window->model()->rowOfTransaction(*selected);
        if (row >= 0)
            m_window->selectRow(row);
    }
    // The queue follows the new person's role, whatever the previous one did with it.
    SignedInDesk::of(m_window.get())->showQueueForRole();
    m_window->activateWindow();
    retire(std::move(previous));
}

void DeskLauncher::signOut()
{
    std::unique_ptr<MainWindow> previous = std::move(m_window);
    saveLayout(*previous);
    retire(std::move(previous));
    signIn();
}

void DeskLauncher::retire(std::unique_ptr<MainWindow> window)
{
    window->hide();
    m_retired = std::move(window);
    QTimer::singleShot(0, this, [this] { m_retired.reset(); });
}
