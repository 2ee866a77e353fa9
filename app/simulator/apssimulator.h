#pragma once

#include "simulatorbook.h"
#include "simulatorfaults.h"
#include "simulatorgateway.h"
#include "simulatorsettings.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class SimulatorStore;

// A local stand-in for the APS maintenance endpoint over HTTP on 127.0.0.1 (shared/design/INTERFACES.md):
// POST /FortAPI/paymentApi and the /__sim control API. Everything runs on the owner's event loop without
// blocking, so the demo window and the tests can run it in-process.
class ApsSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApsSimulator)

public:
    explicit ApsSimulator(const SimulatorSettings &settings, QObject *parent = nullptr);
    ~ApsSimulator() override;

    // Keeps the book in an SQLite file: loads what is there and writes every change through. Call before
    // listen(). False (with the reason in *error) when the file cannot be opened or read.
    bool openState(const QString &path, QString *error);
    // Adds the deterministic demo orders unless the book already has orders. Returns how many were added.
    int seedDemo();

    // Starts listening on 127.0.0.1 (port 0 picks a free one). Returns the port, or 0 on failure.
    quint16 listen(quint16 port = 0);
    quint16 port() const { return m_port; }

    SimulatorBook &book() { return m_book; }
    SimulatorFaults &faults() { return m_faults; }

    // How many requests POST /FortAPI/paymentApi has received.
    int paymentRequestCount() const { return m_paymentRequests; }

private:
    void setUpRoutes();
    void handlePayment(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void finishPayment(const SimulatorGateway::Prepared &prepared,
                       const std::optional<SimulatorFaults::Fault> &fault, QHttpServerResponder &responder);
    void saveMeta();
    QJsonObject configJson() const;
    // Applies POST /__sim/config's body; the reason it was refused (nothing applied), empty when applied.
    QString applyConfig(const QJsonObject &body);

    SimulatorSettings m_settings;
    SimulatorBook m_book;
    SimulatorGateway m_gateway;
    SimulatorFaults m_faults;
    std::unique_ptr<SimulatorStore> m_store;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    int m_paymentRequests = 0;
};
