#pragma once

#include "apsmessage.h"
#include "signature.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// Why an exchange with APS did not produce a believable answer. Mapped in one place (ApsCall) from
// QNetworkReply::NetworkError, the HTTP status and the body.
enum class ApsTransportError {
    None,
    InsecureEndpoint,  // not https:// and not a loopback host: nothing was sent
    ConnectionRefused, // nothing was sent
    HostNotFound,      // nothing was sent
    Timeout,           // transfer timeout or overall deadline: the request may have arrived
    ConnectionLost,    // closed or reset mid-exchange (includes Qt's ContentReSendError): may have arrived
    TlsError,          // the handshake failed; errors are never ignored: nothing was sent
    HttpStatus,        // a non-2xx status: may have arrived
    MalformedBody,     // not a flat JSON object: may have arrived
    BadSignature,      // the answer's signature does not verify: nothing in it is believed
    Network,           // any other transport failure: may have arrived
};

// The result of one exchange. `response` is set only when error is None: a parsed answer whose signature
// verified with the response phrase.
struct ApsReply
{
    ApsTransportError error = ApsTransportError::None;
    int httpStatus = 0;
    ApsMessage response;
    QString detail; // technical detail for logs and support; never contains secrets

    bool ok() const { return error == ApsTransportError::None; }
};

QString transportErrorToken(ApsTransportError error); // "timeout", "bad_signature", ...

// One POST of one signed request. Emits finished() exactly once, then deletes itself later.
class ApsCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApsCall)

public:
    ~ApsCall() override;

signals:
    void finished(const ApsReply &reply);

private:
    friend class ApsClient;
    ApsCall(QObject *parent, QString responsePhrase, ShaType shaType);
    void start(QNetworkAccessManager *manager, const QUrl &endpoint, const QByteArray &body,
               std::chrono::milliseconds timeout);
    void onReplyFinished();
    void finish(ApsReply reply);

    QString m_responsePhrase;
    ShaType m_shaType;
    QPointer<QNetworkReply> m_reply;
    QIODevice *m_body = nullptr;
    QTimer *m_deadline = nullptr;
    bool m_finished = false;
};

// Sends signed requests to an APS endpoint (or the simulator) through the QNetworkAccessManager it is given.
// Money requests go out exactly once: a one-shot, unbuffered body with an explicit Content-Length (Qt cannot
// re-send it by itself after a dropped connection) and no redirects followed.
class ApsClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApsClient)

public:
    explicit ApsClient(QNetworkAccessManager *manager, QObject *parent = nullptr);

    // True for https:// URLs and for http:// to a loopback host (the local simulator).
    static bool isAcceptableEndpoint(const QUrl &endpoint);

    // Posts `signedRequest` (already carrying its signature) and verifies the answer with `responsePhrase`.
    // `timeout` bounds both the transfer inactivity and the whole exchange. The returned call is owned by the
    // client and emits finished() exactly once, also for errors detected before sending.
    ApsCall *post(const QUrl &endpoint, const ApsMessage &signedRequest, const QString &responsePhrase,
                  ShaType shaType, std::chrono::milliseconds timeout);

private:
    QNetworkAccessManager *m_manager;
};
