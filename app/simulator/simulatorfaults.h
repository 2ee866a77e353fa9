#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Faults injected into POST /FortAPI/paymentApi through POST /__sim/faults (shared/design/INTERFACES.md).
// Each fault fires for the next `count` requests that match it (default 1; a negative count never runs out),
// the oldest fault first. `delay_ms` may be given with any mode: the request waits that long before it is
// processed, and the order counts as having an operation in flight meanwhile.
class SimulatorFaults final
{
public:
    enum class Mode {
        Delay,           // answer normally after delay_ms
        DropBeforeApply, // close the connection without applying or answering
        DropAfterApply,  // apply, then close the connection without answering
        Http500,         // answer HTTP 500; applies only with "apply": true
        MalformedJson,   // apply (unless "apply": false), answer a truncated JSON body
        BadSignature,    // apply (unless "apply": false), answer with a signature that does not verify
        Uncertain,       // answer response_code (default 15777); applies only with "apply": true
    };

    struct Fault
    {
        Mode mode = Mode::Delay;
        int remaining = 1;
        QString matchCommand; // CAPTURE, VOID_AUTHORIZATION, REFUND, CHECK_STATUS, AUTHORIZATION, PURCHASE
        QString matchMerchantReference;
        int delayMs = 0;
        QString responseCode;
        bool apply = false;

        QJsonObject toJson() const;
    };

    // Parses the control API's JSON; nullopt with a reason in *error when it is not valid.
    static std::optional<Fault> fromJson(const QJsonObject &object, QString *error);
    static std::optional<Mode> modeFromName(QStringView name);
    static QString modeName(Mode mode);

    void add(const Fault &fault) { m_faults.append(fault); }
    void clear() { m_faults.clear(); }
    const QList<Fault> &faults() const { return m_faults; }
    // The first fault matching the request, consumed by one; nullopt when none matches.
    std::optional<Fault> take(const QString &command, const QString &merchantReference);

private:
    QList<Fault> m_faults;
};
