#pragma once

#include "aps/signature.h"

#include <QString>

// The merchant account the simulator plays APS for. The demo values are public (they are in the
// aps-simulator --help text and the README) and meant for the demo and training only.
struct SimulatorSettings
{
    QString merchantIdentifier;
    QString accessCode;
    QString requestPhrase;
    QString responsePhrase;
    ShaType shaType = ShaType::Sha256;
    int expiryDays = 7; // an uncaptured authorization is voided automatically after this many days

    static constexpr const char16_t *demoMerchantIdentifier = u"PAYDESKSIM";
    static constexpr const char16_t *demoAccessCode = u"SimDemoAccess0001";
    static constexpr const char16_t *demoRequestPhrase = u"sim-demo-request-phrase";
    static constexpr const char16_t *demoResponsePhrase = u"sim-demo-response-phrase";

    static SimulatorSettings demo();
};
