#pragma once

#include "domain/shatype.h"
#include "domain/transactionrules.h"

#include <QString>
#include <QUrl>

#include <chrono>

// The non-secret settings of one merchant profile (the `profiles` table). Secrets (access code, SHA
// phrases) are never here: they live in the keychain or the PAYDESK_* environment variables.
// The merchant identifier and environment are those the database recorded at init.
struct MerchantProfile
{
    QString name = QStringLiteral("default");
    QString environment;        // simulator | sandbox | production | custom
    QString merchantIdentifier; // APS merchant_identifier (at most 20 characters)
    QUrl endpoint;              // https://, or http:// on a loopback host only (the simulator)
    ShaType shaType = ShaType::Sha256;
    QString language = QStringLiteral("en");  // en | ar: the language of APS's response_message
    int timeoutSeconds = 60;                  // per request, > 0
    int captureWindowDays = 7;                // authorization -> capture deadline, > 0
    int warningHours = 24;                    // "expiring soon" this long before the deadline, >= 0
    QString timeZone = QStringLiteral("UTC"); // IANA id, for report times without an offset
    // An operation whose answer was lost counts as not applied only after APS's totals stayed at the
    // baseline for this long (checked several times, from the end of its lease): late deliveries happen.
    int settleQuietMinutes = 15; // >= 1
    // An operation still undecided this long after it was sent goes to manual review (a person decides).
    int manualReviewMinutes = 20; // >= 1
    // Set after a signature or credential failure; money operations stay stopped until the settings change.
    QString moneyBlockedReason;

    bool isMoneyBlocked() const { return !moneyBlockedReason.isEmpty(); }

    // The rules configured with this profile's capture window and warning period.
    TransactionRules::Config rulesConfig() const
    {
        TransactionRules::Config config;
        config.captureWindow = std::chrono::hours(24 * captureWindowDays);
        config.warningPeriod = std::chrono::hours(warningHours);
        return config;
    }
};
