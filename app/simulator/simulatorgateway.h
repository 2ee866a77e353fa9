#pragma once

#include "aps/apsmessage.h"
#include "simulatorbook.h"
#include "simulatorsettings.h"

#include <QByteArray>
#include <QString>

#include <optional>

// POST /FortAPI/paymentApi without the HTTP: checks a request as APS does (credentials, signature, command,
// fields; shared/aps/README.md sections 2 and 8) and runs it against the book. Handling is split in two so
// that the HTTP layer can hold a request between its arrival and its processing (delay faults): prepare()
// answers everything that needs no order change, complete() applies the prepared request.
class SimulatorGateway final
{
public:
    struct Prepared
    {
        // Set when the request is answered without reaching the book's rules (unsigned answer).
        std::optional<ApsMessage> immediate;
        ApsMessage request;        // as received, signature included
        QString command;           // the command or query_command as sent
        QString merchantReference; // the order's own reference when the request names an existing order
        bool authenticated = false;
        bool originRequest = false; // server-to-server AUTHORIZATION or PURCHASE
        // Whether the request moves money on an existing order (it then counts as in flight while held).
        bool holdsOrder = false;
        SimulatorBook::MaintenanceRequest maintenance;
        qint64 amount = 0;
    };

    SimulatorGateway(const SimulatorSettings &settings, SimulatorBook &book);

    using Kind = SimulatorBook::MaintenanceRequest::Kind;

    Prepared prepare(const QByteArray &body);
    // Applies a request that prepare() did not answer; the answer is not signed yet. `answeredCode`: the
    // code the client will be answered instead of the outcome's (a fault), recorded with the operation.
    ApsMessage complete(const Prepared &prepared, const QString &answeredCode = {});
    // The answer a request gets when it is received but not processed (faults): response_code `code`.
    ApsMessage unprocessed(const Prepared &prepared, const QString &code) const;
    // Records, on the order the request names, a request that was answered or dropped before the rules.
    void recordUnprocessed(const Prepared &prepared, const QString &code);

    // Only letters, digits and "-_." (merchant_reference, shared/aps/README.md section 2).
    static bool isReferenceText(QStringView text);

    // Adds `signature` over every other field with the response phrase and the book's SHA type.
    void sign(ApsMessage &response) const;
    // A signature that does not verify (the bad_signature fault).
    void signWrongly(ApsMessage &response) const;

private:
    ApsMessage answer(const ApsMessage &request, const QString &code, const QString &parameter = {}) const;
    std::optional<ApsMessage> validateIdentity(const ApsMessage &request) const;
    std::optional<ApsMessage> validateFields(Prepared &prepared) const;
    std::optional<ApsMessage> refuseForeignFields(const ApsMessage &request, Kind kind) const;
    ApsMessage completeOrigin(const Prepared &prepared, const QString &answeredCode);
    void addStatusFields(ApsMessage &response, const SimulatorBook::Result &result) const;

    SimulatorSettings m_settings;
    SimulatorBook &m_book;
};
