#include "apssimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

QString secretOrDemo(const char *variable, const char16_t *demoValue, bool *usedDemo)
{
    const QString value = qEnvironmentVariable(variable);
    if (!value.isEmpty())
        return value;
    *usedDemo = true;
    return QString::fromUtf16(demoValue);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("PayDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("PayDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "A local stand-in for the Amazon Payment Services maintenance API, on 127.0.0.1 only.\n\n"
            "Secrets come from APS_SIM_ACCESS_CODE, APS_SIM_REQUEST_PHRASE and APS_SIM_RESPONSE_PHRASE;\n"
            "unset ones take the public demo values: access code %1, request phrase %2,\n"
            "response phrase %3 (merchant identifier %4).")
            .arg(QString::fromUtf16(SimulatorSettings::demoAccessCode),
                 QString::fromUtf16(SimulatorSettings::demoRequestPhrase),
                 QString::fromUtf16(SimulatorSettings::demoResponsePhrase),
                 QString::fromUtf16(SimulatorSettings::demoMerchantIdentifier)));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (0: any free one)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Initial orders: demo or none."),
                                        QStringLiteral("demo|none"), QStringLiteral("none"));
    const QCommandLineOption stateOption(
        QStringLiteral("state"), QStringLiteral("Keep the order book in this SQLite file across restarts."),
        QStringLiteral("FILE"));
    const QCommandLineOption merchantOption(
        QStringLiteral("merchant-identifier"), QStringLiteral("The merchant identifier to accept."),
        QStringLiteral("ID"), QString::fromUtf16(SimulatorSettings::demoMerchantIdentifier));
    const QCommandLineOption shaOption(QStringLiteral("sha-type"),
                                       QStringLiteral("SHA-256, SHA-512, HMAC-256 or HMAC-512."),
                                       QStringLiteral("T"), QStringLiteral("SHA-256"));
    const QCommandLineOption expiryOption(
        QStringLiteral("expiry-days"),
        QStringLiteral("Days after which an uncaptured authorization is voided."), QStringLiteral("D"),
        QStringLiteral("7"));
    parser.addOptions({portOption, seedOption, stateOption, merchantOption, shaOption, expiryOption});
    parser.process(app);

    QTextStream err(stderr);
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    const auto shaType = shaTypeFromString(parser.value(shaOption));
    bool expiryOk = false;
    const int expiryDays = parser.value(expiryOption).toInt(&expiryOk);
    const QString seed = parser.value(seedOption);
    if (!portOk || port > 65535 || !shaType || !expiryOk || expiryDays <= 0 ||
        (seed != u"demo" && seed != u"none")) {
        err << "aps-simulator: invalid --port, --sha-type, --expiry-days or --seed; see --help\n";
        return 2;
    }

    SimulatorSettings settings;
    bool usedDemo = false;
    settings.merchantIdentifier = parser.value(merchantOption);
    settings.accessCode = secretOrDemo("APS_SIM_ACCESS_CODE", SimulatorSettings::demoAccessCode, &usedDemo);
    settings.requestPhrase =
        secretOrDemo("APS_SIM_REQUEST_PHRASE", SimulatorSettings::demoRequestPhrase, &usedDemo);
    settings.responsePhrase =
        secretOrDemo("APS_SIM_RESPONSE_PHRASE", SimulatorSettings::demoResponsePhrase, &usedDemo);
    settings.shaType = *shaType;
    settings.expiryDays = expiryDays;

    ApsSimulator simulator(settings);
    if (parser.isSet(stateOption)) {
        QString error;
        if (!simulator.openState(parser.value(stateOption), &error)) {
            err << "aps-simulator: cannot open the state file: " << error << '\n';
            return 5;
        }
    }
    const int seeded = seed == u"demo" ? simulator.seedDemo() : 0;
    const quint16 listening = simulator.listen(quint16(port));
    if (listening == 0) {
        err << "aps-simulator: cannot listen on 127.0.0.1:" << port << '\n';
        return 5;
    }
    std::printf("listening on http://127.0.0.1:%u\n", unsigned(listening));
    std::fflush(stdout);

    err << "merchant identifier " << settings.merchantIdentifier << ", " << shaTypeName(settings.shaType)
        << ", " << simulator.book().orderCount() << " orders";
    if (seeded > 0)
        err << " (" << seeded << " from the demo seed)";
    err << '\n';
    if (usedDemo)
        err << "using the demo credentials (see --help)\n";
    err.flush();
    return app.exec();
}
