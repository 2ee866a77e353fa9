#pragma once

#include "domain/transactionrules.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class ApsClient;
class ApsSimulator;
class AuditKeyProvider;
class AuditLog;
class Database;
class MainWindow;
class PaymentService;
class QNetworkAccessManager;
class QTemporaryDir;
class Reconciler;
class SecretSource;

// Everything one window works with, composed in one place: the cache, the APS client, the payment service
// and the reconciler that settles unknown outcomes in the background, and for the demo the in-process
// simulator and its temporary cache. main() picks how to open a session and shows its window.
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

    bool isDemo() const { return m_demo; }
    const Database &database() const { return *m_database; }
    PaymentService *service() const { return m_service.get(); }
    const TransactionRules &rules() const { return m_rules; }
    quint16 simulatorPort() const;
    ApsSimulator *simulator() const { return m_simulator.get(); }

    // The window for this session (not shown yet), its settings restored.
    std::unique_ptr<MainWindow> createWindow() const;

private:
    DeskSession();
    bool connectService(const QString &profile, std::unique_ptr<SecretSource> secrets, QString *error);

    bool m_demo = false;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    std::unique_ptr<ApsSimulator> m_simulator;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApsClient> m_client;
    std::unique_ptr<AuditKeyProvider> m_auditKey;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SecretSource> m_secrets;
    std::unique_ptr<PaymentService> m_service;
    std::unique_ptr<Reconciler> m_reconciler;
    QTimer m_reconcileTimer;
    TransactionRules m_rules;
};
