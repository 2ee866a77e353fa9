#include "apsclient.h"

#include "oneshotbody.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ApsTransportError mapNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return ApsTransportError::None;
    case QNetworkReply::ConnectionRefusedError:
        return ApsTransportError::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return ApsTransportError::HostNotFound;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // our own deadline aborts the reply
        return ApsTransportError::Timeout;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return ApsTransportError::ConnectionLost;
    case QNetworkReply::SslHandshakeFailedError:
        return ApsTransportError::TlsError;
    default:
        // Protocol and content errors for a status >= 400 are reported separately with the HTTP status.
        return ApsTransportError::Network;
    }
}

} // namespace

QString transportErrorToken(ApsTransportError error)
{
    switch (error) {
    case ApsTransportError::None:
        return QStringLiteral("none");
    case ApsTransportError::InsecureEndpoint:
        return QStringLiteral("insecure_endpoint");
    case ApsTransportError::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case ApsTransportError::HostNotFound:
        return QStringLiteral("host_not_found");
    case ApsTransportError::Timeout:
        return QStringLiteral("timeout");
    case ApsTransportError::ConnectionLost:
        return QStringLiteral("connection_lost");
    case ApsTransportError::TlsError:
        return QStringLiteral("tls_error");
    case ApsTransportError::HttpStatus:
        return QStringLiteral("http_status");
    case ApsTransportError::MalformedBody:
        return QStringLiteral("malformed_body");
    case ApsTransportError::BadSignature:
        return QStringLiteral("bad_signature");
    case ApsTransportError::Network:
        return QStringLiteral("network");
    }
    return QStringLiteral("network");
}

ApsCall::ApsCall(QObject *parent, QString responsePhrase, ShaType shaType)
    : QObject(parent)
    , m_responsePhrase(std::move(responsePhrase))
    , m_shaType(shaType)
{}

ApsCall::~ApsCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApsCall::start(QNetworkAccessManager *manager, const QUrl &endpoint, const QByteArray &body,
                    std::chrono::milliseconds timeout)
{
    QNetworkRequest request(endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    // An unbuffered one-shot body cannot be re-sent by Qt after a dropped connection: the request goes out at
    // most once and a lost answer surfaces as an error (ContentReSendError) instead of a second request.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(int(timeout.count()));

    m_body = new OneShotBody(body, this);

    m_reply = manager->post(request, m_body);
    connect(m_reply, &QNetworkReply::finished, this, &ApsCall::onReplyFinished);

    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        if (m_reply)
            m_reply->abort();
    });
    m_deadline->start(timeout);
}

void ApsCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    ApsReply result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QNetworkReply::NetworkError networkError = reply->error();
    reply->deleteLater();
    m_reply.clear();

    if (result.httpStatus != 0 && (result.httpStatus < 200 || result.httpStatus > 299)) {
        result.error = ApsTransportError::HttpStatus;
        result.detail = QStringLiteral("HTTP status %1").arg(result.httpStatus);
    } else if (networkError != QNetworkReply::NoError) {
        result.error = mapNetworkError(networkError);
        result.detail = reply->errorString();
    } else {
        ApsMessage::ParseResult parsed = ApsMessage::parse(body);
        if (!parsed.ok()) {
            result.error = ApsTransportError::MalformedBody;
            result.detail =
                QStringLiteral("%1 at byte %2").arg(describeParseError(parsed.error)).arg(parsed.offset);
        } else if (!ApsSignature::verify(*parsed.message, m_responsePhrase, m_shaType)) {
            result.error = ApsTransportError::BadSignature;
            result.detail = parsed.message->contains(u"signature")
                                ? QStringLiteral("the response signature does not match the response phrase")
                                : QStringLiteral("the response carries no signature");
        } else {
            result.response = std::move(*parsed.message);
        }
    }
    finish(std::move(result));
}

void ApsCall::finish(ApsReply reply)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_deadline)
        m_deadline->stop();
    emit finished(reply);
    deleteLater();
}

ApsClient::ApsClient(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    Q_ASSERT(manager);
}

bool ApsClient::isAcceptableEndpoint(const QUrl &endpoint)
{
    // Credentials in the URL would end up in logs and settings: refused.
    if (!endpoint.isValid() || endpoint.host().isEmpty() || !endpoint.userInfo().isEmpty())
        return false;
    if (endpoint.scheme() == QLatin1String("https"))
        return true;
    return endpoint.scheme() == QLatin1String("http") && isLoopbackHost(endpoint.host());
}

ApsCall *ApsClient::post(const QUrl &endpoint, const ApsMessage &signedRequest, const QString &responsePhrase,
                         ShaType shaType, std::chrono::milliseconds timeout)
{
    auto *call = new ApsCall(this, responsePhrase, shaType);
    if (!isAcceptableEndpoint(endpoint)) {
        ApsReply reply;
        reply.error = ApsTransportError::InsecureEndpoint;
        reply.detail =
            QStringLiteral("the endpoint must be https:// (plain http:// only for a loopback simulator)");
        // Queued so that the caller can connect to finished() first.
        QMetaObject::invokeMethod(
            call, [call, reply] { call->finish(reply); }, Qt::QueuedConnection);
        return call;
    }
    call->start(m_manager, endpoint, signedRequest.toJson(), timeout);
    return call;
}
