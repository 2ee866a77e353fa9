#include "simulatorsettings.h"

SimulatorSettings SimulatorSettings::demo()
{
    SimulatorSettings settings;
    settings.merchantIdentifier = QString::fromUtf16(demoMerchantIdentifier);
    settings.accessCode = QString::fromUtf16(demoAccessCode);
    settings.requestPhrase = QString::fromUtf16(demoRequestPhrase);
    settings.responsePhrase = QString::fromUtf16(demoResponsePhrase);
    return settings;
}
