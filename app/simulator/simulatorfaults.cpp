#include "simulatorfaults.h"

#include <QJsonValue>

#include <algorithm>

namespace {

struct ModeName
{
    SimulatorFaults::Mode mode;
    QStringView name;
};

constexpr ModeName modeNames[] = {
    {SimulatorFaults::Mode::Delay, u"delay"},
    {SimulatorFaults::Mode::DropBeforeApply, u"drop_before_apply"},
    {SimulatorFaults::Mode::DropAfterApply, u"drop_after_apply"},
    {SimulatorFaults::Mode::Http500, u"http_500"},
    {SimulatorFaults::Mode::MalformedJson, u"malformed_json"},
    {SimulatorFaults::Mode::BadSignature, u"bad_signature"},
    {SimulatorFaults::Mode::Uncertain, u"uncertain"},
};

bool isFiveDigits(const QString &code)
{
    if (code.size() != 5)
        return false;
    return std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

std::optional<SimulatorFaults::Mode> SimulatorFaults::modeFromName(QStringView name)
{
    for (const ModeName &entry : modeNames) {
        if (entry.name == name)
            return entry.mode;
    }
    return std::nullopt;
}

QString SimulatorFaults::modeName(Mode mode)
{
    for (const ModeName &entry : modeNames) {
        if (entry.mode == mode)
            return entry.name.toString();
    }
    return {};
}

std::optional<SimulatorFaults::Fault> SimulatorFaults::fromJson(const QJsonObject &object, QString *error)
{
    Fault fault;
    const auto mode = modeFromName(object.value(QLatin1String("mode")).toString());
    if (!mode) {
        *error = QStringLiteral("mode must be one of delay, drop_before_apply, drop_after_apply, http_500, "
                                "malformed_json, bad_signature, uncertain");
        return std::nullopt;
    }
    fault.mode = *mode;
    const QJsonValue count = object.value(QLatin1String("count"));
    if (!count.isUndefined()) {
        if (!count.isDouble() || count.toInt() == 0) {
            *error = QStringLiteral("count must be a non-zero integer");
            return std::nullopt;
        }
        fault.remaining = count.toInt();
    }
    const QJsonObject match = object.value(QLatin1String("match")).toObject();
    fault.matchCommand = match.value(QLatin1String("command")).toString();
    fault.matchMerchantReference = match.value(QLatin1String("merchant_reference")).toString();
    const QJsonValue delay = object.value(QLatin1String("delay_ms"));
    if (!delay.isUndefined() && (!delay.isDouble() || delay.toInt() < 0)) {
        *error = QStringLiteral("delay_ms must be a positive integer");
        return std::nullopt;
    }
    fault.delayMs = delay.toInt();
    fault.responseCode = object.value(QLatin1String("response_code")).toString();
    if (fault.responseCode.isEmpty() && fault.mode == Mode::Uncertain)
        fault.responseCode = QStringLiteral("15777");
    if (!fault.responseCode.isEmpty() && !isFiveDigits(fault.responseCode)) {
        *error = QStringLiteral("response_code must be 5 digits");
        return std::nullopt;
    }
    const bool appliesByDefault = fault.mode == Mode::Delay || fault.mode == Mode::DropAfterApply ||
                                  fault.mode == Mode::MalformedJson || fault.mode == Mode::BadSignature;
    fault.apply = object.value(QLatin1String("apply")).toBool(appliesByDefault);
    if (fault.mode == Mode::DropBeforeApply)
        fault.apply = false;
    if (fault.mode == Mode::DropAfterApply || fault.mode == Mode::Delay)
        fault.apply = true;
    return fault;
}

QJsonObject SimulatorFaults::Fault::toJson() const
{
    QJsonObject object{
        {QStringLiteral("mode"), modeName(mode)},
        {QStringLiteral("count"), remaining},
        {QStringLiteral("delay_ms"), delayMs},
        {QStringLiteral("apply"), apply},
    };
    QJsonObject match;
    if (!matchCommand.isEmpty())
        match.insert(QStringLiteral("command"), matchCommand);
    if (!matchMerchantReference.isEmpty())
        match.insert(QStringLiteral("merchant_reference"), matchMerchantReference);
    object.insert(QStringLiteral("match"), match);
    if (!responseCode.isEmpty())
        object.insert(QStringLiteral("response_code"), responseCode);
    return object;
}

std::optional<SimulatorFaults::Fault> SimulatorFaults::take(const QString &command,
                                                            const QString &merchantReference)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!it->matchCommand.isEmpty() && it->matchCommand != command)
            continue;
        if (!it->matchMerchantReference.isEmpty() && it->matchMerchantReference != merchantReference)
            continue;
        const Fault fault = *it;
        if (it->remaining > 0 && --it->remaining == 0)
            m_faults.erase(it);
        return fault;
    }
    return std::nullopt;
}
