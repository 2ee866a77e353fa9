#pragma once

#include "domain/merchantprofile.h"
#include "domain/transactionrules.h"
#include "services/authservice.h"
#include "store/storeresult.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class ApprovalService;
class ApsClient;
class AuditHeadMemory;
class AuditKeyProvider;
class AuditLog;
class Authorizer;
class Database;
class ManualReviewService;
class PaymentService;
class ProfileService;
class QNetworkAccessManager;
class Reconciler;
class RefundGate;
class SecretSource;

// The core of one desk, composed in one place for the window and for paydeskctl: the cache, its audit log
// (and, for a cache kept on this machine, the memory of audit heads seen), the people side (AuthService and
// the refund gate), the payment service with its APS client, the reconciler, the approval queue, manual
// review and the merchant profile.
//
// The bootstrap rule of README.md lives here: while the cache has no users the services get no Authorizer
// and no refund gate (every request is allowed and audited under the name the caller gives); once a user
// exists they ask AuthService before they act and refunds at the threshold wait for approval. The services
// are created on first use, and again after addFirstAdmin(); a front end asks for them after that call.
class DeskServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskServices)

public:
    struct Options
    {
        QString profileName = QStringLiteral("default");
        // Where the APS credentials come from; the environment (EnvironmentSecretSource) when null.
        std::unique_ptr<SecretSource> secrets;
        // Remember the audit head this machine saw (a cut-off tail is then noticed at sign-in). Off for a
        // throw-away cache that is new every time.
        bool rememberAuditHeads = true;
    };

    // How often the window settles unknown outcomes and expires refund requests in the background.
    static constexpr int BackgroundIntervalMs = 30 * 1000;

    // The cache a desk opens when none is named: <AppDataLocation>/paydesk.db.
    static QString defaultCachePath();

    // Opens the cache at `path` (never creating it) and composes the desk over it. Fails with the store's
    // error when the file, the profile or the audit key cannot be read.
    static StoreResult<std::unique_ptr<DeskServices>> open(const QString &path, Options options);
    // Composes the desk over an open cache.
    static StoreResult<std::unique_ptr<DeskServices>> compose(std::unique_ptr<Database> database,
                                                              Options options);
    ~DeskServices() override;

    const Database &database() const { return *m_database; }
    // The profile as it was when the desk was composed, and the transaction rules it configures.
    const MerchantProfile &profile() const { return m_profile; }
    const TransactionRules &rules() const { return m_rules; }
    const QString &profileName() const { return m_profile.name; }
    AuditLog &audit() const { return *m_audit; }
    AuthService &auth() const { return *m_auth; }
    const RefundGate &refundGate() const { return *m_gate; }
    // Null for a throw-away cache (Options::rememberAuditHeads).
    AuditHeadMemory *auditHeads() const { return m_heads.get(); }

    // False on a cache nobody signed up to yet (or when the store cannot say).
    bool hasUsers() const;
    // What the services ask before they act: AuthService once users exist, null before (the bootstrap rule).
    const Authorizer *authorizer() const;
    // Creates the first user, an admin, under `actor` (the OS account), and recreates the services so that
    // from now on they check permissions.
    AuthStatus addFirstAdmin(const QString &actor, const QString &name, const QString &password);

    PaymentService &payments();
    Reconciler &reconciler();
    ApprovalService &approvals();
    ManualReviewService &reviews();
    const ProfileService &profiles();

    // Every BackgroundIntervalMs: reconciles unless a run is going on, and expires refund requests due.
    void startBackgroundWork();

private:
    DeskServices() = default;
    // Drops the services built over the people side, so the next use builds them with the current rule.
    void resetServices();

    std::unique_ptr<Database> m_database;
    MerchantProfile m_profile;
    TransactionRules m_rules;
    std::unique_ptr<AuditKeyProvider> m_auditKey;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<AuditHeadMemory> m_heads;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<RefundGate> m_gate;
    std::unique_ptr<SecretSource> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApsClient> m_client;
    std::unique_ptr<PaymentService> m_payments;
    std::unique_ptr<Reconciler> m_reconciler;
    std::unique_ptr<ApprovalService> m_approvals;
    std::unique_ptr<ManualReviewService> m_reviews;
    std::unique_ptr<ProfileService> m_profiles;
    QTimer m_background;
};
