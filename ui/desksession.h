#pragma once

#include "domain/transactionrules.h"
#include "domain/user.h"

#include <QObject>
#include <QString>

#include <memory>

class ApprovalService;
class AuthService;
class AuditLog;
class Database;
class DeskServices;
class MainWindow;
class PaymentService;

// What one window works with: the desk's core (DeskServices: the cache, the payment service, the reconciler
// settling unknown outcomes in the background, the people side and the approval queue) and, for the demo,
// whatever keeps the demo running (the in-process simulator and its temporary cache, owned here and gone
// after the services). On a cache nobody signed up to yet the launcher asks for the first admin; it picks how
// to open a session, signs someone in and shows their window.
class DeskSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskSession)

public:
    // A session over `services`; a demo when `demo` (what keeps the demo's simulator alive) is given. Starts
    // the background reconciling.
    explicit DeskSession(std::unique_ptr<DeskServices> services, std::unique_ptr<QObject> demo = nullptr);
    ~DeskSession() override;

    // The user's cache at `path` and the profile `profile`, secrets from the environment (the keychain comes
    // with sign-in). nullptr with *error when the file cannot be opened.
    static std::unique_ptr<DeskSession> openCache(const QString &path, const QString &profile,
                                                  QString *error);

    bool isDemo() const { return m_demo != nullptr; }
    DeskServices &services() const { return *m_services; }
    const Database &database() const;
    PaymentService *service() const;
    const TransactionRules &rules() const;
    AuthService &auth() const;
    const AuditLog &audit() const;
    ApprovalService *approvals() const;
    const QString &profileName() const;

    // False on a cache nobody signed up to yet: the launcher then asks for the first admin.
    bool hasUsers() const;
    // Creates the first user, an admin, and from then on the services check permissions. False with *error
    // (in words) when the name or password is refused.
    bool addFirstAdmin(const QString &name, const QString &password, QString *error);

    // The window for `user` (not shown yet), its settings restored, with what their role may do.
    std::unique_ptr<MainWindow> createWindow(const User &user) const;

private:
    std::unique_ptr<QObject> m_demo;
    std::unique_ptr<DeskServices> m_services;
};
