#pragma once

#include "domain/merchantprofile.h"
#include "services/paymentservice.h"
#include "services/secretsource.h"

#include <QDialog>
#include <QHash>

#include <optional>

class ApprovalService;
class AuditLog;
class Authorizer;
class Database;
class ProfileService;
struct ConnectionCheck;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

// The merchant profile for an admin: endpoint, SHA type, language, timeouts, capture window, warning period,
// time zone, the per-currency refund approval thresholds and the credentials (standard and Apple Pay). The
// environment and merchant identifier are the database's and only shown. Save validates with
// ProfileService, writes the profile (ProfileService) and thresholds through the core (audited) and the
// secrets into the OS keychain; without a keychain it says so and keeps no secret. "Test connection" runs one
// CHECK_STATUS with the stored settings and explains the answer in words. "Export team keys…" and "Import
// team keys…" carry the audit key and the credentials between a team's desks (TeamKeys, through
// TeamKeysDialog).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    struct Context
    {
        const Database *database = nullptr;
        const AuditLog *audit = nullptr;
        PaymentService *service = nullptr;
        ApprovalService *approvals = nullptr;
        const ProfileService *profiles = nullptr; // saves the profile (permission, validation, audit)
        QString profileName = QStringLiteral("default");
        QString userName;
        const Authorizer *authorizer = nullptr; // who may export or import team keys; null: no users yet
    };

    SettingsDialog(Context context, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The profile as the fields say now (not validated).
    MerchantProfile profile() const;
    // The credential set as typed; empty fields when nothing was typed (the keychain keeps what it has).
    ApsCredentials credentials(CredentialSet set) const;
    // Thresholds per currency code, minor units; nullopt: every refund needs approval. Only rows that parse.
    QHash<QString, std::optional<qint64>> thresholds(QString *problem = nullptr) const;

    // Validates and stores everything; false with the reason shown in errorLabel().
    bool save();
    // Starts a status check of one cached transaction; connectionTested() reports the explanation.
    void testConnection();

    // Export or import the team keys (TeamKeys) as `userName`, and show the outcome in teamKeysLabel().
    void exportTeamKeys(const QString &path, const QString &passphrase);
    void importTeamKeys(const QString &path, const QString &passphrase);

    QLabel *errorLabel() const { return m_error; }
    QLabel *teamKeysLabel() const { return m_teamKeysResult; }
    QLabel *testLabel() const { return m_testResult; }
    // The field the last refused save named, if any.
    QWidget *invalidField() const { return m_invalidField; }

    // A status answer in words for the person configuring the profile (the core's ConnectionCheck verdict).
    static QString explain(const PaymentService::StatusAnswer &answer);
    static QString explain(const ConnectionCheck &check);

signals:
    void saved();
    void connectionTested(const QString &explanation);

private:
    void load();
    void showError(const QString &text);
    // The export and import buttons of the team keys.
    QLayout *teamKeysButtons(QWidget *parent);
    void askForTeamKeys(bool exporting);

    Context m_context;
    MerchantProfile m_loaded;
    QLabel *m_environment;
    QLabel *m_merchant;
    QLineEdit *m_endpoint;
    QComboBox *m_shaType;
    QComboBox *m_language;
    QSpinBox *m_timeout;
    QSpinBox *m_captureWindow;
    QSpinBox *m_warning;
    QSpinBox *m_settleQuiet;
    QSpinBox *m_manualReview;
    QComboBox *m_timeZone;
    QTableWidget *m_thresholds;
    QLineEdit *m_accessCode;
    QLineEdit *m_requestPhrase;
    QLineEdit *m_responsePhrase;
    QLineEdit *m_appleAccessCode;
    QLineEdit *m_appleRequestPhrase;
    QLineEdit *m_appleResponsePhrase;
    QLabel *m_error;
    QLabel *m_testResult;
    QLabel *m_teamKeysResult;
    QPushButton *m_testButton;
    QWidget *m_invalidField = nullptr;
};
