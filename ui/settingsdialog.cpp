#include "settingsdialog.h"

#include "palette.h"
#include "teamkeysdialog.h"
#include "wording.h"

#include "money/currency.h"
#include "money/money.h"
#include "platform/keychain.h"
#include "services/approvalservice.h"
#include "services/connectioncheck.h"
#include "services/keychainsecretsource.h"
#include "services/profileservice.h"
#include "services/teamkeys.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/profilerepository.h"
#include "store/transactionreader.h"
#include "store/transactionrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

QLineEdit *secretField(const QString &objectName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setEchoMode(QLineEdit::Password);
    field->setPlaceholderText(SettingsDialog::tr("unchanged"));
    return field;
}

QSpinBox *numberField(const QString &objectName, int minimum, int maximum, const QString &suffix,
                      QWidget *parent)
{
    auto *field = new QSpinBox(parent);
    field->setObjectName(objectName);
    field->setRange(minimum, maximum);
    field->setSuffix(suffix);
    return field;
}

// The amount as typed in the user's locale, without grouping, so parseLocalized reads it back unchanged.
QString editableAmount(qint64 minorUnits, const Currency &currency)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    const qint64 factor = currency.minorPerMajor();
    QString text = locale.toString(minorUnits / factor);
    if (currency.exponent() > 0) {
        text += locale.decimalPoint() + locale.toString(minorUnits % factor)
                                            .rightJustified(currency.exponent(), locale.zeroDigit().at(0));
    }
    return text;
}

// The currencies of the cached orders first (the ones a clerk refunds in), then every other ISO code.
QList<Currency> thresholdCurrencies(const Database &database)
{
    QList<Currency> first;
    QList<Currency> rest;
    const auto used = TransactionRepository(database, TransactionRules()).currenciesInUse();
    for (const Currency &currency : Currency::all()) {
        if (used.ok() && used->contains(currency.code()))
            first << currency;
        else
            rest << currency;
    }
    return first + rest;
}

} // namespace

SettingsDialog::SettingsDialog(Context context, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_environment(new QLabel(this))
    , m_merchant(new QLabel(this))
    , m_endpoint(new QLineEdit(this))
    , m_shaType(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_timeout(numberField(QStringLiteral("timeout"), 1, 600, tr(" s"), this))
    , m_captureWindow(numberField(QStringLiteral("captureWindow"), 1, 365, tr(" days"), this))
    , m_warning(numberField(QStringLiteral("warningPeriod"), 0, 24 * 365, tr(" hours"), this))
    , m_settleQuiet(numberField(QStringLiteral("settleQuiet"), 1, 24 * 60, tr(" min"), this))
    , m_manualReview(numberField(QStringLiteral("manualReview"), 1, 7 * 24 * 60, tr(" min"), this))
    , m_timeZone(new QComboBox(this))
    , m_thresholds(new QTableWidget(this))
    , m_accessCode(secretField(QStringLiteral("accessCode"), this))
    , m_requestPhrase(secretField(QStringLiteral("requestPhrase"), this))
    , m_responsePhrase(secretField(QStringLiteral("responsePhrase"), this))
    , m_appleAccessCode(secretField(QStringLiteral("applePayAccessCode"), this))
    , m_appleRequestPhrase(secretField(QStringLiteral("applePayRequestPhrase"), this))
    , m_appleResponsePhrase(secretField(QStringLiteral("applePayResponsePhrase"), this))
    , m_error(new QLabel(this))
    , m_testResult(new QLabel(this))
    , m_teamKeysResult(new QLabel(this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Merchant profile settings"));
    m_environment->setObjectName(QStringLiteral("environment"));
    m_merchant->setObjectName(QStringLiteral("merchantIdentifier"));
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    m_shaType->setObjectName(QStringLiteral("shaType"));
    for (ShaType type : {ShaType::Sha256, ShaType::Sha512, ShaType::Hmac256, ShaType::Hmac512})
        m_shaType->addItem(shaTypeName(type), QVariant::fromValue(int(type)));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Arabic"), QStringLiteral("ar"));
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));

    m_thresholds->setObjectName(QStringLiteral("thresholds"));
    m_thresholds->setColumnCount(2);
    m_thresholds->setHorizontalHeaderLabels({tr("Currency"), tr("Approval from")});
    m_thresholds->setToolTip(tr("Refunds at or above this amount wait for an approver. Empty: every refund "
                                "waits."));
    m_thresholds->verticalHeader()->hide();
    m_thresholds->horizontalHeader()->setStretchLastSection(true);
    const QList<Currency> currencies = thresholdCurrencies(*m_context.database);
    m_thresholds->setRowCount(int(currencies.size()));
    for (int row = 0; row < currencies.size(); ++row) {
        auto *code = new QTableWidgetItem(currencies.at(row).code());
        code->setFlags(Qt::ItemIsEnabled);
        m_thresholds->setItem(row, 0, code);
        auto *amount = new QTableWidgetItem();
        amount->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        m_thresholds->setItem(row, 1, amount);
    }

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Palette::errorText().name()));
    m_error->setWordWrap(true);
    m_error->hide();
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));

    auto *profileBox = new QGroupBox(tr("Profile"), this);
    auto *form = new QFormLayout(profileBox);
    form->addRow(tr("Environment:"), m_environment);
    form->addRow(tr("Merchant identifier:"), m_merchant);
    form->addRow(tr("&Endpoint:"), m_endpoint);
    form->addRow(tr("&SHA type:"), m_shaType);
    form->addRow(tr("&Language of APS answers:"), m_language);
    form->addRow(tr("&Request timeout:"), m_timeout);
    form->addRow(tr("&Capture window:"), m_captureWindow);
    form->addRow(tr("&Warn before the deadline:"), m_warning);
    m_timeZone->setToolTip(tr("The merchant's time zone: the end-of-day report's day, and report times "
                              "without an offset. This desk is in %1.")
                               .arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    form->addRow(tr("Time &zone:"), m_timeZone);
    m_settleQuiet->setToolTip(
        tr("When APS's answer to a capture, void or refund is lost, PayDesk counts it as not "
           "done only after APS has shown no change for this long."));
    m_manualReview->setToolTip(tr("An operation whose outcome is still not known this long after it was sent "
                                  "goes to manual review, where two people settle it."));
    form->addRow(tr("Lost answer counts as &not done after:"), m_settleQuiet);
    form->addRow(tr("&Manual review after:"), m_manualReview);

    auto *secretsBox = new QGroupBox(tr("Credentials (kept in the keychain)"), this);
    auto *secrets = new QFormLayout(secretsBox);
    secrets->addRow(tr("&Access code:"), m_accessCode);
    secrets->addRow(tr("SHA re&quest phrase:"), m_requestPhrase);
    secrets->addRow(tr("SHA res&ponse phrase:"), m_responsePhrase);
    secrets->addRow(tr("Apple Pay access code:"), m_appleAccessCode);
    secrets->addRow(tr("Apple Pay request phrase:"), m_appleRequestPhrase);
    secrets->addRow(tr("Apple Pay response phrase:"), m_appleResponsePhrase);
    secrets->addRow(teamKeysButtons(secretsBox));
    secrets->addRow(m_teamKeysResult);

    auto *thresholdBox = new QGroupBox(tr("Refund approval thresholds"), this);
    auto *thresholdLayout = new QVBoxLayout(thresholdBox);
    thresholdLayout->addWidget(m_thresholds);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(profileBox);
    left->addWidget(secretsBox);
    columns->addLayout(left);
    columns->addWidget(thresholdBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_error);
    layout->addWidget(m_testResult);
    layout->addWidget(buttons);

    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    const auto stored = ProfileRepository(*m_context.database).loadOrDefault(m_context.profileName);
    if (!stored.ok()) {
        showError(tr("The profile could not be read: %1").arg(stored.message));
        m_loaded = ProfileRepository(*m_context.database).defaults(m_context.profileName);
    } else {
        m_loaded = *stored;
    }
    m_environment->setText(m_loaded.environment);
    m_merchant->setText(m_loaded.merchantIdentifier);
    m_endpoint->setText(m_loaded.endpoint.toString());
    m_shaType->setCurrentIndex(m_shaType->findData(QVariant::fromValue(int(m_loaded.shaType))));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_loaded.language)));
    m_timeout->setValue(m_loaded.timeoutSeconds);
    m_captureWindow->setValue(m_loaded.captureWindowDays);
    m_warning->setValue(m_loaded.warningHours);
    m_settleQuiet->setValue(m_loaded.settleQuietMinutes);
    m_manualReview->setValue(m_loaded.manualReviewMinutes);
    m_timeZone->setCurrentText(m_loaded.timeZone);
    if (!m_context.approvals)
        return;
    for (int row = 0; row < m_thresholds->rowCount(); ++row) {
        const auto currency = Currency::fromCode(m_thresholds->item(row, 0)->text());
        const auto threshold = m_context.approvals->threshold(currency->code());
        if (threshold.ok() && threshold->has_value()) {
            m_thresholds->item(row, 1)->setText(editableAmount(**threshold, *currency));
        }
    }
}

MerchantProfile SettingsDialog::profile() const
{
    MerchantProfile profile = m_loaded;
    profile.endpoint = QUrl(m_endpoint->text().trimmed(), QUrl::StrictMode);
    profile.shaType = ShaType(m_shaType->currentData().toInt());
    profile.language = m_language->currentData().toString();
    profile.timeoutSeconds = m_timeout->value();
    profile.captureWindowDays = m_captureWindow->value();
    profile.warningHours = m_warning->value();
    profile.settleQuietMinutes = m_settleQuiet->value();
    profile.manualReviewMinutes = m_manualReview->value();
    profile.timeZone = m_timeZone->currentText().trimmed();
    return profile;
}

ApsCredentials SettingsDialog::credentials(CredentialSet set) const
{
    if (set == CredentialSet::ApplePay) {
        return ApsCredentials{m_appleAccessCode->text(), m_appleRequestPhrase->text(),
                              m_appleResponsePhrase->text()};
    }
    return ApsCredentials{m_accessCode->text(), m_requestPhrase->text(), m_responsePhrase->text()};
}

QHash<QString, std::optional<qint64>> SettingsDialog::thresholds(QString *problem) const
{
    QHash<QString, std::optional<qint64>> result;
    for (int row = 0; row < m_thresholds->rowCount(); ++row) {
        const auto currency = Currency::fromCode(m_thresholds->item(row, 0)->text());
        const QString text = m_thresholds->item(row, 1)->text().trimmed();
        if (text.isEmpty()) {
            result.insert(currency->code(), std::nullopt);
            continue;
        }
        const MoneyParseResult parsed = Money::parseLocalized(text, *currency, QLocale());
        if (parsed.ok()) {
            result.insert(currency->code(), parsed.value->minorUnits());
        } else if (parsed.error == MoneyError::Zero) {
            result.insert(currency->code(), qint64(0));
        } else if (problem && problem->isEmpty()) {
            *problem = tr("Approval threshold %1: %2")
                           .arg(currency->code(), Wording::moneyError(parsed.error, *currency));
        }
    }
    return result;
}

void SettingsDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool SettingsDialog::save()
{
    showError(QString());
    m_invalidField = nullptr;
    MerchantProfile changed = profile();
    if (const ProfileStatus valid = ProfileService::validate(changed); !valid.ok()) {
        showError(tr("Not saved. %1").arg(valid.message));
        // The core names the field: point at it.
        const QHash<QString, QWidget *> fields{
            {QStringLiteral("endpoint"), m_endpoint},
            {QStringLiteral("language"), m_language},
            {QStringLiteral("timeout-s"), m_timeout},
            {QStringLiteral("capture-window-days"), m_captureWindow},
            {QStringLiteral("warning-hours"), m_warning},
            {QStringLiteral("settle-quiet-minutes"), m_settleQuiet},
            {QStringLiteral("manual-review-minutes"), m_manualReview},
            {QStringLiteral("time-zone"), m_timeZone},
        };
        m_invalidField = fields.value(valid.field);
        if (m_invalidField)
            m_invalidField->setFocus();
        return false;
    }
    QString thresholdProblem;
    const QHash<QString, std::optional<qint64>> wanted = thresholds(&thresholdProblem);
    if (!thresholdProblem.isEmpty()) {
        showError(tr("Not saved. %1").arg(thresholdProblem));
        return false;
    }
    QList<CredentialSet> typed;
    for (CredentialSet set : {CredentialSet::Standard, CredentialSet::ApplePay}) {
        const ApsCredentials secrets = credentials(set);
        const bool any = !secrets.accessCode.isEmpty() || !secrets.requestPhrase.isEmpty() ||
                         !secrets.responsePhrase.isEmpty();
        if (any && !secrets.isComplete()) {
            showError(set == CredentialSet::Standard
                          ? tr("Not saved. Enter the access code and both SHA phrases together.")
                          : tr("Not saved. Enter the Apple Pay access code and both phrases together."));
            return false;
        }
        if (any)
            typed.append(set);
    }

    const ProfileStatus status = m_context.profiles->save(
        m_context.userName, changed, QStringLiteral("profile %1 from the settings dialog").arg(changed.name));
    if (!status.ok()) {
        showError(tr("Not saved: %1").arg(status.message));
        return false;
    }
    // The save cleared the money block: changed settings are what it waits for.
    changed.moneyBlockedReason.clear();
    m_loaded = changed;

    if (m_context.approvals) {
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            const auto current = m_context.approvals->threshold(it.key());
            if (current.ok() && *current == it.value())
                continue;
            const ApprovalStatus set =
                m_context.approvals->setThreshold(m_context.userName, it.key(), it.value());
            if (!set.ok()) {
                showError(tr("The profile was saved, the approval threshold for %1 was not: %2")
                              .arg(it.key(), set.message));
                return false;
            }
        }
    }

    for (CredentialSet set : std::as_const(typed)) {
        const KeychainResult stored =
            KeychainSecretSource::store(m_context.profileName, set, credentials(set));
        if (stored.status == KeychainResult::Status::Unavailable) {
            showError(tr("The settings were saved; the credentials were not, because no keychain is "
                         "available. %1")
                          .arg(Keychain::unavailableHelp()));
            return false;
        }
        if (!stored.ok()) {
            showError(tr("The settings were saved; the credentials were not: %1").arg(stored.message));
            return false;
        }
    }
    for (QLineEdit *field : {m_accessCode, m_requestPhrase, m_responsePhrase, m_appleAccessCode,
                             m_appleRequestPhrase, m_appleResponsePhrase})
        field->clear();
    emit saved();
    return true;
}

QLayout *SettingsDialog::teamKeysButtons(QWidget *parent)
{
    // A team's desks share one audit key and one set of credentials: they travel in a file, never in the
    // database.
    auto *exportKeys = new QPushButton(tr("E&xport team keys…"), parent);
    auto *importKeys = new QPushButton(tr("&Import team keys…"), parent);
    exportKeys->setObjectName(QStringLiteral("exportTeamKeysButton"));
    importKeys->setObjectName(QStringLiteral("importTeamKeysButton"));
    connect(exportKeys, &QPushButton::clicked, this, [this] { askForTeamKeys(true); });
    connect(importKeys, &QPushButton::clicked, this, [this] { askForTeamKeys(false); });
    m_teamKeysResult->setObjectName(QStringLiteral("teamKeysResult"));
    m_teamKeysResult->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(exportKeys);
    row->addWidget(importKeys);
    return row;
}

void SettingsDialog::askForTeamKeys(bool exporting)
{
    auto *dialog =
        new TeamKeysDialog(exporting ? TeamKeysDialog::Mode::Export : TeamKeysDialog::Mode::Import, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, exporting] {
        if (exporting)
            exportTeamKeys(dialog->path(), dialog->passphrase());
        else
            importTeamKeys(dialog->path(), dialog->passphrase());
    });
    dialog->open();
}

void SettingsDialog::exportTeamKeys(const QString &path, const QString &passphrase)
{
    // scrypt takes most of a second on purpose.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const TeamKeys keys({m_context.database, m_context.audit, m_context.authorizer});
    const TeamKeysStatus status = keys.exportTo(m_context.userName, path, passphrase);
    QGuiApplication::restoreOverrideCursor();
    m_teamKeysResult->setText(TeamKeysDialog::explain(status, TeamKeysDialog::Mode::Export, path));
}

void SettingsDialog::importTeamKeys(const QString &path, const QString &passphrase)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    TeamKeysStatus status;
    if (const auto import = TeamKeys::open(*m_context.database, path, passphrase, &status))
        status = import->install(m_context.userName, m_context.authorizer);
    QGuiApplication::restoreOverrideCursor();
    m_teamKeysResult->setText(TeamKeysDialog::explain(status, TeamKeysDialog::Mode::Import, path));
}

void SettingsDialog::testConnection()
{
    auto report = [this](const QString &text) {
        m_testResult->setText(text);
        m_testButton->setEnabled(true);
        emit connectionTested(text);
    };
    if (!m_context.service)
        return report(tr("No connection to test: this window has no payment service."));
    TransactionQuery query;
    const auto page = TransactionReader(*m_context.database).firstPage(query, 1);
    if (!page.ok() || page->rows.isEmpty())
        return report(tr("No order in the cache to check yet: import a report first."));
    m_testButton->setEnabled(false);
    m_testResult->setText(
        tr("Asking APS for the status of %1…").arg(page->rows.first().transaction.merchantReference));
    QPointer<SettingsDialog> self(this);
    m_context.service->queryStatus(page->rows.first().transaction, QString(),
                                   [self, report](const PaymentService::StatusAnswer &answer) {
                                       if (self)
                                           report(explain(answer));
                                   });
}

QString SettingsDialog::explain(const PaymentService::StatusAnswer &answer)
{
    return explain(ConnectionCheck::of(answer));
}

QString SettingsDialog::explain(const ConnectionCheck &check)
{
    switch (check.verdict) {
    case ConnectionCheck::Verdict::BadResponseSignature:
        return tr("The answer's signature does not verify: check the SHA response phrase and the SHA type.");
    case ConnectionCheck::Verdict::Unreachable:
        return tr("Could not reach the endpoint: %1")
            .arg(check.detail.isEmpty() ? Wording::transportError(check.transport) : check.detail);
    case ConnectionCheck::Verdict::NothingSent:
        return tr("Nothing was sent: %1").arg(check.detail);
    case ConnectionCheck::Verdict::Connected:
        return tr("Connected: APS answered the status check.");
    case ConnectionCheck::Verdict::SignatureMismatch:
        return tr("Signature mismatch: check the SHA request phrase and the SHA type.");
    case ConnectionCheck::Verdict::UnknownMerchant:
        return tr("APS does not know this merchant identifier: check the account the cache belongs to.");
    case ConnectionCheck::Verdict::AccessCodeRefused:
        return tr("APS refused the access code: check the access code.");
    case ConnectionCheck::Verdict::OtherAnswer:
        break;
    }
    return tr("APS answered the status check: %1")
        .arg(Wording::apsAnswer(check.responseCode, check.responseMessage));
}
