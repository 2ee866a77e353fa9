#include "apssimulator.h"

#include "demoseed.h"
#include "simulatorreport.h"
#include "simulatorstore.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {

using Mode = SimulatorFaults::Mode;
using StatusCode = QHttpServerResponder::StatusCode;

QHttpServerResponse jsonResponse(const QJsonObject &object, StatusCode status = StatusCode::Ok)
{
    return QHttpServerResponse(object, status);
}

QHttpServerResponse errorResponse(const QString &message, StatusCode status = StatusCode::BadRequest)
{
    return jsonResponse(QJsonObject{{QStringLiteral("error"), message}}, status);
}

std::optional<QJsonObject> jsonBody(const QHttpServerRequest &request)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// Keeps at most the first 6 and last 4 digits of whatever card number the control API is given.
QString maskCard(const QString &card)
{
    if (card.size() < 10 || card.contains(u'*'))
        return card;
    return card.left(6) + QString(card.size() - 10, u'*') + card.right(4);
}

} // namespace

ApsSimulator::ApsSimulator(const SimulatorSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_gateway(settings, m_book)
    , m_server(std::make_unique<QHttpServer>())
{
    m_book.setExpiryDays(settings.expiryDays);
    m_book.setShaType(settings.shaType);
    setUpRoutes();
}

ApsSimulator::~ApsSimulator() = default;

bool ApsSimulator::openState(const QString &path, QString *error)
{
    auto store = std::make_unique<SimulatorStore>();
    if (!store->open(path, error) || !store->load(m_book, error))
        return false;
    m_store = std::move(store);
    m_book.setChangeObserver([store = m_store.get()](const SimulatorOrder &order) { store->save(order); });
    return true;
}

int ApsSimulator::seedDemo()
{
    if (m_book.orderCount() > 0)
        return 0;
    const QList<SimulatorOrder> orders = DemoSeed::generate(m_book.now(), m_book.expiryDays());
    if (m_store)
        m_store->beginBatch();
    for (const SimulatorOrder &order : orders)
        m_book.insert(order);
    if (m_store)
        m_store->commitBatch();
    return int(orders.size());
}

quint16 ApsSimulator::listen(quint16 port)
{
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    return m_port;
}

void ApsSimulator::saveMeta()
{
    if (!m_store)
        return;
    m_store->saveMeta(QStringLiteral("clock_offset_seconds"), QString::number(m_book.clockOffsetSeconds()));
    m_store->saveMeta(QStringLiteral("refund_reference_reuse"),
                      m_book.refundReferenceReuse() == SimulatorBook::RefundReferenceReuse::Apply
                          ? QStringLiteral("apply")
                          : QStringLiteral("reject"));
    m_store->saveMeta(QStringLiteral("expiry_days"), QString::number(m_book.expiryDays()));
    m_store->saveMeta(QStringLiteral("sha_type"), shaTypeName(m_book.shaType()));
}

void ApsSimulator::setUpRoutes()
{
    m_server->route(QStringLiteral("/FortAPI/paymentApi"),
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        handlePayment(request, std::move(responder));
                    });
    m_server->route(QStringLiteral("/__sim/orders/<arg>"),
                    [this](const QString &reference, const QHttpServerRequest &request) {
                        if (request.method() != QHttpServerRequest::Method::Get)
                            return errorResponse(QStringLiteral("use GET"), StatusCode::MethodNotAllowed);
                        const SimulatorOrder *order = m_book.order(reference);
                        if (!order)
                            return errorResponse(QStringLiteral("order not found"), StatusCode::NotFound);
                        QJsonObject object = order->toJson(m_book.now(), m_book.expiryDays());
                        object.insert(QStringLiteral("in_flight"), m_book.isInFlight(reference));
                        return jsonResponse(object);
                    });
    m_server->route(QStringLiteral("/__sim/orders"), [this](const QHttpServerRequest &request) {
        if (request.method() != QHttpServerRequest::Method::Post)
            return errorResponse(QStringLiteral("use POST"), StatusCode::MethodNotAllowed);
        const auto body = jsonBody(request);
        if (!body)
            return errorResponse(QStringLiteral("a JSON object is expected"));
        SimulatorOrder order;
        order.merchantReference = body->value(QLatin1String("merchant_reference")).toString();
        if (order.merchantReference.isEmpty() || order.merchantReference.size() > 40 ||
            !SimulatorGateway::isReferenceText(order.merchantReference))
            return errorResponse(QStringLiteral("merchant_reference: 1 to 40 of A-Z a-z 0-9 - _ ."));
        const auto origin = SimulatorOrder::originFromToken(
            body->value(QLatin1String("origin")).toString(QStringLiteral("authorization")));
        if (!origin)
            return errorResponse(QStringLiteral("origin: authorization or purchase"));
        order.origin = *origin;
        const auto currency = Currency::fromCode(body->value(QLatin1String("currency")).toString());
        if (!currency)
            return errorResponse(QStringLiteral("currency: an ISO 4217 code"));
        order.currency = *currency;
        const QJsonValue amount = body->value(QLatin1String("amount"));
        order.authorized = amount.toInteger();
        if (!amount.isDouble() || order.authorized <= 0 || order.authorized > 9'999'999'999LL)
            return errorResponse(QStringLiteral("amount: a positive integer of minor units"));
        if (order.origin == SimulatorOrder::Origin::Purchase)
            order.captured = order.authorized;
        order.approved = body->value(QLatin1String("approved")).toBool(true);
        if (!order.approved) {
            order.authorized = 0;
            order.captured = 0;
        }
        if (body->contains(QLatin1String("authorized_at"))) {
            order.authorizedAt =
                QDateTime::fromString(body->value(QLatin1String("authorized_at")).toString(), Qt::ISODate);
            if (!order.authorizedAt.isValid())
                return errorResponse(QStringLiteral("authorized_at: ISO 8601"));
            order.authorizedAt = order.authorizedAt.toUTC();
        }
        order.fortId = body->value(QLatin1String("fort_id")).toString();
        order.customerName = body->value(QLatin1String("customer_name")).toString();
        order.customerEmail = body->value(QLatin1String("customer_email")).toString();
        order.cardNumber = maskCard(body->value(QLatin1String("card_number")).toString());
        order.cardHolderName = body->value(QLatin1String("card_holder_name")).toString(order.customerName);
        order.expiryDate = body->value(QLatin1String("expiry_date")).toString();
        order.paymentOption = body->value(QLatin1String("payment_option")).toString();
        order.digitalWallet = body->value(QLatin1String("digital_wallet")).toString();
        order.orderDescription = body->value(QLatin1String("order_description")).toString();
        order.channel = QStringLiteral("Merchant Page");
        order.eci = QStringLiteral("ECOMMERCE");
        if (m_book.orderByFortId(order.fortId))
            return errorResponse(QStringLiteral("fort_id exists already"), StatusCode::Conflict);
        const QString reference = order.merchantReference;
        if (!m_book.insert(std::move(order)))
            return errorResponse(QStringLiteral("merchant_reference exists already"), StatusCode::Conflict);
        return jsonResponse(m_book.order(reference)->toJson(m_book.now(), m_book.expiryDays()),
                            StatusCode::Created);
    });
    m_server->route(QStringLiteral("/__sim/faults"), [this](const QHttpServerRequest &request) {
        if (request.method() == QHttpServerRequest::Method::Delete) {
            m_faults.clear();
        } else if (request.method() == QHttpServerRequest::Method::Post) {
            const auto body = jsonBody(request);
            if (!body)
                return errorResponse(QStringLiteral("a JSON object is expected"));
            QString error;
            const auto fault = SimulatorFaults::fromJson(*body, &error);
            if (!fault)
                return errorResponse(error);
            m_faults.add(*fault);
        } else if (request.method() != QHttpServerRequest::Method::Get) {
            return errorResponse(QStringLiteral("use GET, POST or DELETE"), StatusCode::MethodNotAllowed);
        }
        QJsonArray faults;
        for (const SimulatorFaults::Fault &fault : m_faults.faults())
            faults.append(fault.toJson());
        return jsonResponse(QJsonObject{{QStringLiteral("faults"), faults}});
    });
    m_server->route(QStringLiteral("/__sim/clock"), [this](const QHttpServerRequest &request) {
        if (request.method() == QHttpServerRequest::Method::Post) {
            const auto body = jsonBody(request);
            const QJsonValue offset = body ? body->value(QLatin1String("offset_seconds")) : QJsonValue();
            if (!offset.isDouble())
                return errorResponse(QStringLiteral("offset_seconds: an integer"));
            m_book.setClockOffsetSeconds(offset.toInteger());
            saveMeta();
        }
        return jsonResponse(QJsonObject{
            {QStringLiteral("offset_seconds"), m_book.clockOffsetSeconds()},
            {QStringLiteral("now"), m_book.now().toString(Qt::ISODate)},
        });
    });
    m_server->route(QStringLiteral("/__sim/config"), [this](const QHttpServerRequest &request) {
        if (request.method() == QHttpServerRequest::Method::Post) {
            const auto body = jsonBody(request);
            if (!body)
                return errorResponse(QStringLiteral("a JSON object is expected"));
            if (const QString error = applyConfig(*body); !error.isEmpty())
                return errorResponse(error);
            saveMeta();
        }
        return jsonResponse(configJson());
    });
    m_server->route(QStringLiteral("/__sim/export.csv"), [this](const QHttpServerRequest &request) {
        if (request.method() != QHttpServerRequest::Method::Get)
            return errorResponse(QStringLiteral("use GET"), StatusCode::MethodNotAllowed);
        return QHttpServerResponse(QByteArrayLiteral("text/csv; charset=utf-8"),
                                   SimulatorReport::transactionCsv(m_book));
    });
}

QJsonObject ApsSimulator::configJson() const
{
    return QJsonObject{
        {QStringLiteral("refund_reference_reuse"),
         m_book.refundReferenceReuse() == SimulatorBook::RefundReferenceReuse::Apply
             ? QStringLiteral("apply")
             : QStringLiteral("reject")},
        {QStringLiteral("sha_type"), shaTypeName(m_book.shaType())},
        {QStringLiteral("expiry_days"), m_book.expiryDays()},
    };
}

QString ApsSimulator::applyConfig(const QJsonObject &body)
{
    // Every key and value is checked before any is applied: a refused request changes nothing.
    const QStringList accepted{QStringLiteral("refund_reference_reuse"), QStringLiteral("sha_type"),
                               QStringLiteral("expiry_days")};
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!accepted.contains(it.key()))
            return QStringLiteral("unknown key \"%1\"; accepted: %2").arg(it.key(), accepted.join(u", "));
    }
    const QString reuse = body.value(QLatin1String("refund_reference_reuse")).toString();
    if (body.contains(QLatin1String("refund_reference_reuse")) && reuse != u"reject" && reuse != u"apply")
        return QStringLiteral("refund_reference_reuse: reject or apply");
    const auto shaType = shaTypeFromString(body.value(QLatin1String("sha_type")).toString());
    if (body.contains(QLatin1String("sha_type")) && !shaType)
        return QStringLiteral("sha_type: SHA-256, SHA-512, HMAC-256 or HMAC-512");
    const int days = body.value(QLatin1String("expiry_days")).toInt();
    if (body.contains(QLatin1String("expiry_days")) && days <= 0)
        return QStringLiteral("expiry_days: a positive integer");

    if (body.contains(QLatin1String("refund_reference_reuse")))
        m_book.setRefundReferenceReuse(reuse == u"apply" ? SimulatorBook::RefundReferenceReuse::Apply
                                                         : SimulatorBook::RefundReferenceReuse::Reject);
    if (shaType)
        m_book.setShaType(*shaType);
    if (body.contains(QLatin1String("expiry_days")))
        m_book.setExpiryDays(days);
    return {};
}

void ApsSimulator::handlePayment(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (request.method() != QHttpServerRequest::Method::Post) {
        responder.write(StatusCode::MethodNotAllowed);
        return;
    }
    ++m_paymentRequests;
    const SimulatorGateway::Prepared prepared = m_gateway.prepare(request.body());
    const auto fault = m_faults.take(prepared.command, prepared.merchantReference);
    if (!fault || fault->delayMs <= 0) {
        finishPayment(prepared, fault, responder);
        return;
    }
    const bool holds = prepared.holdsOrder && !prepared.immediate;
    if (holds)
        m_book.setInFlight(prepared.merchantReference, true);
    // The responder is move-only and the socket goes away when the client gives up: the timer keeps the
    // responder and writes only while the socket is alive, but the request is processed either way.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = held->socket();
    QTimer::singleShot(fault->delayMs, this, [this, prepared, fault, held, holds, socket]() {
        if (holds)
            m_book.setInFlight(prepared.merchantReference, false);
        if (socket) {
            finishPayment(prepared, fault, *held);
        } else {
            m_gateway.complete(prepared);
        }
    });
}

void ApsSimulator::finishPayment(const SimulatorGateway::Prepared &prepared,
                                 const std::optional<SimulatorFaults::Fault> &fault,
                                 QHttpServerResponder &responder)
{
    if (fault && fault->mode == Mode::DropBeforeApply) {
        if (!prepared.immediate)
            m_gateway.recordUnprocessed(prepared, QStringLiteral("00119"));
        responder.socket()->abort();
        return;
    }
    // A fault's response_code replaces the answer of a request it let through; the operation records both
    // what happened and what the client was told (unless the connection is dropped: nothing was told).
    const bool replaced = fault && !fault->responseCode.isEmpty() && !prepared.immediate;
    const QString answeredCode =
        replaced && fault->mode != Mode::DropAfterApply ? fault->responseCode : QString();
    ApsMessage response;
    if (!fault || fault->apply) {
        response = m_gateway.complete(prepared, answeredCode);
    } else {
        const QString code = fault->responseCode.isEmpty() ? QStringLiteral("00006") : fault->responseCode;
        if (!prepared.immediate)
            m_gateway.recordUnprocessed(prepared, code);
        response = m_gateway.unprocessed(prepared, code);
    }
    if (replaced) {
        ApsMessage answer = m_gateway.unprocessed(prepared, fault->responseCode);
        if (response.contains(u"fort_id"))
            answer.set(QStringLiteral("fort_id"), response.value(u"fort_id"));
        response = answer;
    }
    if (fault && fault->mode == Mode::BadSignature)
        m_gateway.signWrongly(response);
    else
        m_gateway.sign(response);

    if (fault && fault->mode == Mode::DropAfterApply) {
        responder.socket()->abort();
        return;
    }
    QByteArray body = response.toJson();
    StatusCode status = StatusCode::Ok;
    if (fault && fault->mode == Mode::Http500)
        status = StatusCode::InternalServerError;
    if (fault && fault->mode == Mode::MalformedJson)
        body = body.left(body.size() / 2);
    responder.write(body, QByteArrayLiteral("application/json"), status);
}
