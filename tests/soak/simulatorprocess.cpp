#include "simulatorprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

SimulatorProcess::~SimulatorProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SimulatorProcess::start(const QString &program, const QString &merchantIdentifier,
                             const QProcessEnvironment &environment, const QString &logFile, QString *error)
{
    m_process.setProcessEnvironment(environment);
    m_process.setStandardErrorFile(logFile);
    m_process.start(program,
                    {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                     QStringLiteral("none"), QStringLiteral("--merchant-identifier"), merchantIdentifier});
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(program, m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(15000);
    while (!m_process.canReadLine() && !deadline.hasExpired() && m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    static const QRegularExpression listening(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)$"));
    const QRegularExpressionMatch match = listening.match(line);
    if (!match.hasMatch()) {
        *error = QStringLiteral("aps-simulator did not say where it listens (first line: \"%1\")").arg(line);
        return false;
    }
    m_port = quint16(match.captured(1).toUInt());
    // Loopback only: no proxy may see the control API or the payment requests.
    m_network.setProxy(QNetworkProxy::NoProxy);
    return m_port != 0;
}

QUrl SimulatorProcess::paymentEndpoint() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/FortAPI/paymentApi").arg(m_port));
}

QString SimulatorProcess::Reply::describe() const
{
    if (!error.isEmpty())
        return error;
    return QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(body.left(300)));
}

SimulatorProcess::Reply SimulatorProcess::request(const QByteArray &method, const QString &path,
                                                  const QJsonObject &body)
{
    Reply result;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setTransferTimeout(10000);
    QByteArray payload;
    if (method == "POST") {
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // The transfer timeout ends the reply; this only guards against a reply that never finishes at all.
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        result.error = QStringLiteral("%1 %2: no answer").arg(QString::fromLatin1(method), path);
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        if (result.status == 0)
            result.error =
                QStringLiteral("%1 %2: %3").arg(QString::fromLatin1(method), path, reply->errorString());
    }
    delete reply;
    return result;
}

std::optional<QJsonObject> SimulatorProcess::order(const QString &reference)
{
    const Reply reply = request("GET", QStringLiteral("/__sim/orders/") + reference);
    if (!reply.ok())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}
