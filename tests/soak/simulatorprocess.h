#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QUrl>

#include <optional>

// The real aps-simulator as a child process on a free loopback port, and its control API
// (INTERFACES.md: /__sim/...) over HTTP. The process is killed when this object goes, whatever happened.
class SimulatorProcess final
{
    Q_DISABLE_COPY_MOVE(SimulatorProcess)

public:
    SimulatorProcess() = default;
    ~SimulatorProcess();

    // Starts `program --port 0 --seed none --merchant-identifier ID` with `environment` (the APS_SIM_*
    // secrets) and waits (at most 15 s) for its first line, "listening on http://127.0.0.1:PORT". Its other
    // output goes to `logFile`. False with a reason in *error when it did not come up.
    bool start(const QString &program, const QString &merchantIdentifier,
               const QProcessEnvironment &environment, const QString &logFile, QString *error);
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    QUrl paymentEndpoint() const;

    struct Reply
    {
        int status = 0; // HTTP status; 0 when no answer came
        QByteArray body;
        QString error; // transport error, empty when an answer came

        bool ok() const { return error.isEmpty() && status >= 200 && status < 300; }
        QString describe() const;
    };
    // One control API request, waited for (at most 10 s). `method`: GET, POST or DELETE.
    Reply request(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    // GET /__sim/orders/{reference}: the ground truth; nullopt when it could not be read.
    std::optional<QJsonObject> order(const QString &reference);

private:
    QProcess m_process;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
};
