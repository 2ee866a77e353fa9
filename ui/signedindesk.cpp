#include "signedindesk.h"

#include "approvalqueuewidget.h"
#include "auditview.h"
#include "detailpane.h"
#include "idlelock.h"
#include "mainwindow.h"
#include "palette.h"
#include "rolegate.h"
#include "settingsdialog.h"
#include "todayview.h"
#include "transactionactions.h"
#include "useradmindialog.h"
#include "wording.h"

#include "services/approvalservice.h"
#include "services/authservice.h"
#include "services/paymentservice.h"
#include "services/profileservice.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>

namespace {

std::chrono::milliseconds configuredIdle()
{
    const int minutes =
        QSettings()
            .value(QStringLiteral("session/idleLockMinutes"), int(IdleLock::DefaultIdle.count()))
            .toInt();
    return std::chrono::minutes(minutes > 0 ? minutes : IdleLock::DefaultIdle.count());
}

QLabel *liveLabel(QWidget *parent)
{
    //: Shown in red where money can move on the production (real money) account
    auto *label = new QLabel(SignedInDesk::tr("LIVE"), parent);
    label->setObjectName(QStringLiteral("liveMarker"));
    label->setToolTip(SignedInDesk::tr("Production profile: captures, voids and refunds move real money."));
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold;"
                                        " padding: 2px 8px; border-radius: 3px; }")
                             .arg(Palette::alertBackground().name(), Palette::alertText().name()));
    return label;
}

} // namespace

SignedInDesk::SignedInDesk(Context context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_gate(new RoleGate(m_context.user.role, this))
    , m_lock(new IdleLock(m_context.window, *m_context.auth, *m_context.audit, m_context.user.name,
                          m_context.idle.count() > 0 ? m_context.idle : configuredIdle()))
    , m_queue(new ApprovalQueueWidget(m_context.approvals, m_context.user.name, m_context.user.role))
    , m_dock(new QDockWidget(tr("Refunds awaiting approval"), m_context.window))
    , m_userLabel(new QLabel(m_context.window))
    , m_live(liveLabel(m_context.window))
    , m_liveStatus(liveLabel(m_context.window))
{
    setObjectName(QStringLiteral("signedInDesk"));
    MainWindow *window = m_context.window;
    TransactionActions *actions = window->actions();
    using Action = TransactionRules::Action;
    m_gate->guard(actions->action(Action::Capture), Permission::Capture);
    m_gate->guard(actions->action(Action::Void), Permission::Void);
    m_gate->guard(actions->action(Action::Refund), Permission::RequestRefund);
    m_gate->guard(actions->action(Action::CheckStatus), Permission::CheckStatus);
    m_gate->guard(actions->refreshAllOpenAction(), Permission::CheckStatus);

    m_userLabel->setObjectName(QStringLiteral("signedInUser"));
    m_userLabel->setText(
        tr("Signed in: %1 (%2)").arg(m_context.user.name, Wording::role(m_context.user.role)));
    window->statusBar()->addPermanentWidget(m_userLabel);
    window->statusBar()->addPermanentWidget(m_liveStatus);
    // In a toolbar the widget's action decides whether it shows.
    if (auto *toolbar = window->findChild<QToolBar *>(QStringLiteral("actionsToolBar")))
        m_liveAction = toolbar->insertWidget(toolbar->actions().value(0), m_live);

    m_dock->setObjectName(QStringLiteral("approvalDock"));
    // A floating dock would be a window of its own, outside the idle lock's cover.
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_dock->setWidget(m_queue);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    showQueueForRole();
    // Someone who cannot approve only follows her own requests: a few lines, not a quarter of the window
    // (MainWindow::restoreSettings, until she makes it taller: the window keeps her size).
    m_dock->setProperty(MainWindow::CompactDockProperty,
                        !PermissionTable::allows(m_context.user.role, Permission::ApproveRefund));
    connect(m_queue, &ApprovalQueueWidget::message, window,
            [window](const QString &text) { window->statusBar()->showMessage(text, 10000); });
    if (m_context.service) {
        connect(m_context.service, &PaymentService::transactionChanged, m_queue,
                &ApprovalQueueWidget::refresh);
    }
    connect(m_queue, &ApprovalQueueWidget::refreshed, this, &SignedInDesk::onQueueRead);
    connect(window, &MainWindow::storeChanged, m_queue, [this](const QSet<QString> &tables) {
        if (tables.isEmpty() || tables.contains(QStringLiteral("refund_requests")))
            m_queue->refresh();
    });
    connect(window, &MainWindow::storeReachabilityChanged, m_queue, &ApprovalQueueWidget::setStoreReachable);
    // The approver works in context: picking a request shows its order; its requester withdraws it from
    // the queue or from the order's detail.
    m_queue->setOrderSource(m_context.database,
                            m_context.service ? m_context.service->rules() : TransactionRules());
    connect(m_queue, &ApprovalQueueWidget::orderRequested, window, &MainWindow::showTransaction);
    window->detailPane()->setUserName(m_context.user.name);
    connect(window->detailPane(), &DetailPane::withdrawRequested, m_queue, &ApprovalQueueWidget::askWithdraw);
    const bool mayConfigure = PermissionTable::allows(m_context.user.role, Permission::ManageSettings);
    window->offerSettingsInCredentialsBanner(mayConfigure);
    connect(window, &MainWindow::settingsRequested, this, &SignedInDesk::showSettings);
    m_queue->setStoreReachable(window->isStoreReachable());
    onQueueRead();
    connectToday();

    buildMenu();
    updateLive();
    connectLock();
}

void SignedInDesk::connectLock()
{
    // Saved while the docks still show: a window handed over or signed out from the lock keeps its layout.
    connect(m_lock, &IdleLock::aboutToHideData, m_context.window, &MainWindow::saveSettings);
    connect(m_lock, &IdleLock::signOutRequested, this, &SignedInDesk::signOut);
    connect(m_lock, &IdleLock::switchRequested, this, [this](const User &next) {
        m_context.audit->append(m_context.user.name, QStringLiteral("sign_out"), QStringLiteral("done"),
                                QString(), QStringLiteral("handed over to %1").arg(next.name));
        emit switchRequested(next);
    });
}

void SignedInDesk::showQueueForRole()
{
    m_dock->setVisible(PermissionTable::allows(m_context.user.role, Permission::ApproveRefund) ||
                       !m_queue->requests().isEmpty());
}

void SignedInDesk::signOut()
{
    m_context.audit->append(m_context.user.name, QStringLiteral("sign_out"), QStringLiteral("done"),
                            QString(), QStringLiteral("signed out"));
    emit signOutRequested();
}

SignedInDesk *SignedInDesk::of(const MainWindow *window)
{
    return window
               ? window->findChild<SignedInDesk *>(QStringLiteral("signedInDesk"), Qt::FindDirectChildrenOnly)
               : nullptr;
}

void SignedInDesk::buildMenu()
{
    MainWindow *window = m_context.window;
    m_menu = new QMenu(tr("&People"), window);
    // Before Help, which stays last.
    window->menuBar()->insertMenu(window->helpMenu() ? window->helpMenu()->menuAction() : nullptr, m_menu);
    m_menu->setObjectName(QStringLiteral("peopleMenu"));
    QAction *queue = m_dock->toggleViewAction();
    queue->setText(tr("Refunds awaiting &approval"));
    queue->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_menu->addAction(queue);
    QAction *audit = m_menu->addAction(tr("&Audit log…"), this, &SignedInDesk::showAuditLog);
    audit->setObjectName(QStringLiteral("auditLogAction"));
    QAction *settings = m_menu->addAction(tr("&Settings…"), this, &SignedInDesk::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    m_gate->guard(settings, Permission::ManageSettings);
    QAction *users = m_menu->addAction(tr("&Users…"), this, &SignedInDesk::showUsers);
    users->setObjectName(QStringLiteral("usersAction"));
    users->setStatusTip(tr("Add people, change their role, disable them or set a new password"));
    m_gate->guard(users, Permission::ManageUsers);
    m_menu->addSeparator();
    // Ctrl+Alt+L is the desktop's own screen lock (GNOME, KDE): the window's lock takes Ctrl+Shift+L.
    QAction *lock =
        m_menu->addAction(tr("&Lock now"), this, [this] { m_lock->lock(IdleLock::Cause::ByHand); });
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QAction *switchUser = m_menu->addAction(tr("S&witch user…"), m_lock, &IdleLock::switchUser);
    switchUser->setObjectName(QStringLiteral("switchUserAction"));
    switchUser->setStatusTip(tr("Hides the data and lets another person sign in to this window as it is"));
    QAction *signOut = m_menu->addAction(tr("Sign &out"), this, &SignedInDesk::signOut);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    signOut->setStatusTip(tr("Closes this window and returns to the sign-in"));
}

void SignedInDesk::onQueueRead()
{
    const QList<RefundRequest> &requests = m_queue->requests();
    m_dock->setWindowTitle(
        requests.isEmpty() ? tr("Refunds awaiting approval")
                           : tr("Refunds awaiting approval (%1)").arg(QLocale().toString(requests.size())));
    int arrived = 0;
    QSet<qint64> known;
    for (const RefundRequest &request : requests) {
        known.insert(request.id);
        if (!m_knownRequests.contains(request.id) && request.requestedBy != m_context.user.name)
            ++arrived;
    }
    m_knownRequests = known;
    // The requests waiting at sign-in are in the dock already; only later arrivals are announced.
    const bool first = !m_queueRead;
    m_queueRead = true;
    if (arrived > 0 && !first && m_context.approvals &&
        m_context.approvals->mayDecide(m_context.user.name).allowed)
        announce(arrived);
}

void SignedInDesk::connectToday()
{
    // Today counts the requests waiting for someone who may decide them, and its days are the profile's.
    TodayView *today = m_context.window->todayView();
    today->setMayApprove(m_context.approvals && m_context.approvals->mayDecide(m_context.user.name).allowed);
    if (m_context.profiles) {
        const StoreResult<MerchantProfile> profile = m_context.profiles->load(m_context.profileName);
        const QTimeZone zone(profile.ok() ? profile.value->timeZone.toUtf8() : QByteArray());
        if (zone.isValid())
            today->setZone(zone);
    }
    connect(m_context.window, &MainWindow::approvalsRequested, this, [this] {
        m_dock->show();
        m_dock->raise();
        m_queue->setFocus(Qt::OtherFocusReason);
    });
}

void SignedInDesk::announce(int arrived)
{
    const QString text = tr("%n new refund request(s) await your approval.", nullptr, arrived);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(tr("PayDesk"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, m_context.window, [this] {
                m_dock->show();
                m_context.window->activateWindow();
            });
        }
        m_tray->show();
        m_tray->showMessage(tr("Refunds awaiting approval"), text);
    }
    m_context.window->statusBar()->showMessage(text, 10000);
}

bool SignedInDesk::isLiveMarkerShown() const
{
    return m_liveAction ? m_liveAction->isVisible() : m_live->isVisibleTo(m_context.window);
}

void SignedInDesk::updateLive()
{
    bool live = false;
    if (m_context.service) {
        const StoreResult<MerchantProfile> profile = m_context.service->profile();
        live = profile.ok() && profile->environment == QLatin1String("production");
    }
    m_isLive = live;
    m_live->setVisible(live);
    if (m_liveAction)
        m_liveAction->setVisible(live);
    m_liveStatus->setVisible(live);
    QString title = m_context.demo ? tr("PayDesk — Demo") : tr("PayDesk");
    if (live)
        title = tr("LIVE — %1").arg(title);
    m_context.window->setWindowTitle(title);
}

void SignedInDesk::showAuditLog()
{
    auto *view = new AuditView(*m_context.database, *m_context.audit, m_context.window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->open();
}

void SignedInDesk::showUsers()
{
    if (!PermissionTable::allows(m_context.user.role, Permission::ManageUsers))
        return;
    auto *dialog = new UserAdminDialog(*m_context.auth, m_context.user.name, m_context.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SignedInDesk::showSettings()
{
    if (!PermissionTable::allows(m_context.user.role, Permission::ManageSettings))
        return;
    SettingsDialog::Context context;
    context.database = m_context.database;
    context.audit = m_context.audit;
    context.service = m_context.service;
    context.approvals = m_context.approvals;
    context.profiles = m_context.profiles;
    context.profileName = m_context.profileName;
    context.userName = m_context.user.name;
    context.authorizer = m_context.auth;
    auto *dialog = new SettingsDialog(std::move(context), m_context.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::saved, this, &SignedInDesk::updateLive);
    connect(dialog, &SettingsDialog::saved, m_context.window->actions(),
            &TransactionActions::refreshCredentials);
    dialog->open();
}
