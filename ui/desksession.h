#pragma once

#include "domain/role.h"
#include "domain/transactionrules.h"
#include "domain/user.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class ApprovalService;
class ApsClient;
class ApsSimulator;
class AuthService;
class AuditHeadMemory;
class AuditKeyProvider;
class AuditLog;
class Database;
class MainWindow;
class PaymentService;
class QNetworkAccessManager;
class QTemporaryDir;
class Reconciler;
class RefundGate;
class SecretSource;

// Everything one window works with, composed in one place: the cache, the APS client, the payment service
// and the reconciler that settles unknown outcomes in the background, the people side (AuthService, the
// refund gate and the approval queue), and for the demo the in-process simulator and its temporary cache.
// Once users exist the payment service asks AuthService before it acts and holds refunds for approval;
// before that (a cache nobody signed up to yet) main() asks for the first admin. main() picks how to open a
// session, signs someone in and shows their window.
class DeskSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskSession)

public:
    ~DeskSession() override;

    // A fresh demo: a temporary cache, the simulator on a free loopback port with the demo seed, its report
    // imported, and the service connected with the simulator's demo credentials. nullptr with *error.
    static std::unique_ptr<DeskSession> openDemo(QString *error);
    // The user's cache at `path` and the profile `profile`, secrets from the environment (the keychain comes
    // with sign-in). nullptr with *error when the file cannot be opened.
    static std::unique_ptr<DeskSession> openCache(const QString &path, const QString &profile,
                                                  QString *error);
    // <AppDataLocation>/paydesk.db
    static QString defaultCachePath();

    // The people paydesk --demo creates, with passwords shown on its sign-in dialog.
    struct DemoSignIn
    {
        QString name;
        Role role;
        QString password;
    };
    static QList<DemoSignIn> demoSignIns();

    bool isDemo() const { return m_demo; }
    const Database &database() const { return *m_database; }
    PaymentService *service() const { return m_service.get(); }
    const TransactionRules &rules() const { return m_rules; }
    quint16 simulatorPort() const;
    ApsSimulator *simulator() const { return m_simulator.get(); }
    AuthService &auth() const { return *m_auth; }
    const AuditLog &audit() const { return *m_audit; }
    ApprovalService *approvals() const { return m_approvals.get(); }
    const QString &profileName() const { return m_profileName; }

    // False on a cache nobody signed up to yet: main() then asks for the first admin.
    bool hasUsers() const;
    // Creates the first user, an admin, and from then on the services check permissions. False with *error
    // (in words) when the name or password is refused.
    bool addFirstAdmin(const QString &name, const QString &password, QString *error);

    // The window for `user` (not shown yet), its settings restored, with what their role may do.
    std::unique_ptr<MainWindow> createWindow(const User &user) const;

private:
    DeskSession();
    bool connectService(const QString &profile, std::unique_ptr<SecretSource> secrets, QString *error);
    // (Re)creates the payment service, reconciler and approval queue, with permission checks once users
    // exist. Called before any window holds them.
    void startServices();
    bool addDemoPeople(QString *error);
    void addDemoRefundRequests();

    bool m_demo = false;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    std::unique_ptr<ApsSimulator> m_simulator;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApsClient> m_client;
    std::unique_ptr<AuditKeyProvider> m_auditKey;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<AuditHeadMemory> m_heads;
    std::unique_ptr<SecretSource> m_secrets;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<RefundGate> m_gate;
    std::unique_ptr<PaymentService> m_service;
    std::unique_ptr<Reconciler> m_reconciler;
    std::unique_ptr<ApprovalService> m_approvals;
    QString m_profileName;
    QTimer m_reconcileTimer;
    TransactionRules m_rules;
};
