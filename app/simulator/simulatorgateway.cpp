#include "simulatorgateway.h"

#include "simulatormessages.h"

#include <QCryptographicHash>

#include <algorithm>

namespace {

using Kind = SimulatorGateway::Kind;

struct Limit
{
    QStringView name;
    int maxLength;
};

// Documented lengths (shared/aps/README.md section 2); maintenance_reference takes the refund page's 200.
constexpr Limit lengthLimits[] = {
    {u"merchant_reference", 40},
    {u"fort_id", 20},
    {u"order_description", 150},
    {u"maintenance_reference", 200},
    {u"amount", 10},
    {u"currency", 3},
    {u"language", 2},
    {u"customer_email", 254},
    {u"customer_name", 100},
    {u"token_name", 100},
    {u"digital_wallet", 20},
};

bool allDigits(QStringView text)
{
    return !text.isEmpty() &&
           std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

std::optional<Kind> maintenanceKind(const QString &command)
{
    if (command == u"CAPTURE")
        return Kind::Capture;
    if (command == u"VOID_AUTHORIZATION")
        return Kind::Void;
    if (command == u"REFUND")
        return Kind::Refund;
    return std::nullopt;
}

struct ThirdPartyCodes
{
    const char16_t *processor;
    const char16_t *acquirer;
    const char16_t *message;
};

// What the acquirer answered for the operation CHECK_STATUS reports (return_third_party_response_codes):
// ISO 8583 codes, worded as acquirers word them, in English whatever the request's language.
ThirdPartyCodes thirdPartyCodes(QStringView responseCode)
{
    const QStringView status = responseCode.left(2);
    const QStringView message = responseCode.right(3);
    if (message == u"000")
        return {u"00", u"00", u"Approved"};
    const bool unknown = status == u"15" || status == u"19" || status == u"20" || status == u"40" ||
                         message == u"006" || message == u"051" || message == u"054" || message == u"119" ||
                         message == u"777" || message == u"778";
    if (unknown)
        return {u"91", u"91", u"Issuer or switch inoperative"};
    return {u"05", u"05", u"Do not honour"};
}

QString originStatus(bool purchase, bool approved)
{
    if (purchase)
        return approved ? QStringLiteral("14") : QStringLiteral("13");
    return approved ? QStringLiteral("02") : QStringLiteral("03");
}

} // namespace

bool SimulatorGateway::isReferenceText(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'-' || c == u'_' || c == u'.';
    });
}

SimulatorGateway::SimulatorGateway(const SimulatorSettings &settings, SimulatorBook &book)
    : m_settings(settings)
    , m_book(book)
{}

ApsMessage SimulatorGateway::answer(const ApsMessage &request, const QString &code,
                                    const QString &parameter) const
{
    ApsMessage response;
    for (const ApsMessage::Field &field : request.fields()) {
        if (field.name != u"signature")
            response.set(field.name, field.value);
    }
    const QString language =
        request.value(u"language") == u"ar" ? QStringLiteral("ar") : QStringLiteral("en");
    response.set(QStringLiteral("response_code"), code);
    response.set(QStringLiteral("response_message"), SimulatorMessages::text(code, language, parameter));
    response.set(QStringLiteral("status"), code.left(2));
    return response;
}

void SimulatorGateway::sign(ApsMessage &response) const
{
    response.remove(u"signature");
    response.set(QStringLiteral("signature"),
                 ApsSignature::sign(response, m_settings.responsePhrase, m_book.shaType()));
}

void SimulatorGateway::signWrongly(ApsMessage &response) const
{
    response.remove(u"signature");
    const QString wrongPhrase = m_settings.responsePhrase + QStringLiteral("-not");
    response.set(QStringLiteral("signature"), ApsSignature::sign(response, wrongPhrase, m_book.shaType()));
}

std::optional<ApsMessage> SimulatorGateway::validateIdentity(const ApsMessage &request) const
{
    const auto constantTimeEqual = [](const QString &a, const QString &b) {
        // Compare digests so the time does not depend on where the texts differ.
        return QCryptographicHash::hash(a.toUtf8(), QCryptographicHash::Sha256) ==
               QCryptographicHash::hash(b.toUtf8(), QCryptographicHash::Sha256);
    };
    for (const QStringView name : {u"merchant_identifier", u"access_code", u"signature"}) {
        if (request.value(name).isEmpty())
            return answer(request, QStringLiteral("00001"), name.toString());
    }
    if (request.value(u"merchant_identifier") != m_settings.merchantIdentifier)
        return answer(request, QStringLiteral("00009"));
    if (!constantTimeEqual(request.value(u"access_code"), m_settings.accessCode))
        return answer(request, QStringLiteral("00010"));
    if (!ApsSignature::verify(request, m_settings.requestPhrase, m_book.shaType()))
        return answer(request, QStringLiteral("00008"));
    return std::nullopt;
}

SimulatorGateway::Prepared SimulatorGateway::prepare(const QByteArray &body)
{
    Prepared prepared;
    const ApsMessage::ParseResult parsed = ApsMessage::parse(body);
    if (!parsed.ok()) {
        prepared.immediate = answer(ApsMessage(), QStringLiteral("00073"));
        return prepared;
    }
    prepared.request = *parsed.message;
    const ApsMessage &request = prepared.request;
    const bool hasCommand = request.contains(u"command");
    const bool hasQuery = request.contains(u"query_command");
    prepared.command = hasQuery ? request.value(u"query_command") : request.value(u"command");
    prepared.merchantReference = request.value(u"merchant_reference");
    if (const SimulatorOrder *order = m_book.resolve(prepared.merchantReference, request.value(u"fort_id")))
        prepared.merchantReference = order->merchantReference;

    if (auto refused = validateIdentity(request)) {
        prepared.immediate = refused;
        return prepared;
    }
    prepared.authenticated = true;
    if (hasCommand && hasQuery) {
        prepared.immediate = answer(request, QStringLiteral("00110"));
    } else if (prepared.command.isEmpty()) {
        prepared.immediate = answer(request, QStringLiteral("00001"), QStringLiteral("command"));
    } else if (auto refused = validateFields(prepared)) {
        prepared.immediate = refused;
    }
    if (prepared.immediate) {
        recordUnprocessed(prepared, prepared.immediate->value(u"response_code"));
        return prepared;
    }
    if (prepared.holdsOrder && m_book.isInFlight(prepared.merchantReference)) {
        const QString code = (prepared.maintenance.kind == Kind::Capture  ? QStringLiteral("05")
                              : prepared.maintenance.kind == Kind::Refund ? QStringLiteral("07")
                                                                          : QStringLiteral("09")) +
                             u"784";
        prepared.immediate = answer(request, code);
        recordUnprocessed(prepared, code);
    }
    return prepared;
}

std::optional<ApsMessage> SimulatorGateway::validateFields(Prepared &prepared) const
{
    const ApsMessage &request = prepared.request;
    const QString &command = prepared.command;
    const bool query = request.contains(u"query_command");
    const auto kind = maintenanceKind(command);
    prepared.originRequest = !query && (command == u"AUTHORIZATION" || command == u"PURCHASE");
    if (query ? command != u"CHECK_STATUS" : !kind && !prepared.originRequest)
        return answer(request, QStringLiteral("00004"));
    const Kind maintenance = query ? Kind::CheckStatus : kind.value_or(Kind::CheckStatus);

    // merchant_reference is a common field (shared/aps/README.md section 2): fort_id does not replace it.
    QList<QStringView> required{u"language", u"merchant_reference"};
    if (prepared.originRequest)
        required << u"amount" << u"currency" << u"customer_email";
    if (maintenance == Kind::Capture || maintenance == Kind::Refund)
        required << u"amount" << u"currency";
    for (const QStringView name : required) {
        if (request.value(name).isEmpty())
            return answer(request, QStringLiteral("00001"), name.toString());
    }
    if (!prepared.originRequest) {
        if (auto refused = refuseForeignFields(request, maintenance))
            return refused;
    }
    for (const ApsMessage::Field &field : request.fields()) {
        if (field.value.isEmpty())
            return answer(request, QStringLiteral("00001"), field.name);
    }
    for (const Limit &limit : lengthLimits) {
        if (request.value(limit.name).size() > limit.maxLength)
            return answer(request, QStringLiteral("00032"), limit.name.toString());
    }
    if (!isReferenceText(request.value(u"merchant_reference")))
        return answer(request, QStringLiteral("00002"), QStringLiteral("merchant_reference"));
    if (request.contains(u"fort_id") && !allDigits(request.value(u"fort_id")))
        return answer(request, QStringLiteral("00002"), QStringLiteral("fort_id"));
    if (request.contains(u"amount") && !allDigits(request.value(u"amount")))
        return answer(request, QStringLiteral("00002"), QStringLiteral("amount"));
    if (request.contains(u"customer_email") && !request.value(u"customer_email").contains(u'@'))
        return answer(request, QStringLiteral("00002"), QStringLiteral("customer_email"));
    const QString language = request.value(u"language");
    if (language != u"en" && language != u"ar")
        return answer(request, QStringLiteral("00033"), QStringLiteral("language"));
    if (request.contains(u"return_third_party_response_codes")) {
        const QString value = request.value(u"return_third_party_response_codes");
        if (value != u"YES" && value != u"NO")
            return answer(request, QStringLiteral("00033"),
                          QStringLiteral("return_third_party_response_codes"));
    }

    std::optional<Currency> currency;
    if (request.contains(u"currency")) {
        currency = Currency::fromCode(request.value(u"currency"));
        if (!currency)
            return answer(request, QStringLiteral("00013"));
    }
    if (request.contains(u"amount")) {
        prepared.amount = request.value(u"amount").toLongLong();
        if (prepared.amount == 0)
            return answer(request, QStringLiteral("00005"));
    }

    if (prepared.originRequest) {
        if (m_book.order(request.value(u"merchant_reference")))
            return answer(request, originStatus(command == u"PURCHASE", false) + u"066");
        return std::nullopt;
    }
    SimulatorBook::MaintenanceRequest &operation = prepared.maintenance;
    operation.kind = maintenance;
    operation.merchantReference = request.value(u"merchant_reference");
    operation.fortId = request.value(u"fort_id");
    operation.maintenanceReference = request.value(u"maintenance_reference");
    operation.amount = prepared.amount;
    if (currency)
        operation.currency = *currency;
    bool contradicting = false;
    const SimulatorOrder *order =
        m_book.resolve(operation.merchantReference, operation.fortId, &contradicting);
    if (contradicting)
        return answer(request, QStringLiteral("00110"));
    prepared.holdsOrder = order && maintenance != Kind::CheckStatus;
    return std::nullopt;
}

// APS documents which fields each command takes, not what it answers for others. The simulator refuses a
// field the command does not take (00002 naming it) rather than ignoring it: a VOID_AUTHORIZATION carrying
// an amount is never taken for a "partial void" reported as a success.
std::optional<ApsMessage> SimulatorGateway::refuseForeignFields(const ApsMessage &request, Kind kind) const
{
    QList<QStringView> foreign;
    if (kind == Kind::Void)
        foreign << u"amount" << u"currency" << u"maintenance_reference";
    else if (kind == Kind::Capture)
        foreign << u"maintenance_reference";
    for (const QStringView name : foreign) {
        if (request.contains(name))
            return answer(request, QStringLiteral("00002"), name.toString());
    }
    return std::nullopt;
}

ApsMessage SimulatorGateway::complete(const Prepared &prepared, const QString &answeredCode)
{
    if (prepared.immediate)
        return *prepared.immediate;
    if (prepared.originRequest)
        return completeOrigin(prepared, answeredCode);
    SimulatorBook::MaintenanceRequest maintenance = prepared.maintenance;
    maintenance.answeredCode = answeredCode;
    const SimulatorBook::Result result = m_book.execute(maintenance);
    ApsMessage response = answer(prepared.request, result.responseCode);
    if (!result.fortId.isEmpty())
        response.set(QStringLiteral("fort_id"), result.fortId);
    if (result.responseCode == u"12000")
        addStatusFields(response, result);
    return response;
}

void SimulatorGateway::addStatusFields(ApsMessage &response, const SimulatorBook::Result &result) const
{
    if (!result.transactionStatus.isEmpty()) {
        response.set(QStringLiteral("transaction_status"), result.transactionStatus);
        response.set(QStringLiteral("transaction_code"), result.transactionCode);
        response.set(QStringLiteral("transaction_message"),
                     SimulatorMessages::text(result.transactionCode, response.value(u"language")));
    }
    response.set(QStringLiteral("authorized_amount"), QString::number(result.authorized));
    response.set(QStringLiteral("captured_amount"), QString::number(result.captured));
    response.set(QStringLiteral("refunded_amount"), QString::number(result.refunded));
    if (response.value(u"return_third_party_response_codes") != u"YES")
        return;
    // The order's origin is always a financial outcome, so there is a last operation to speak of; an order
    // with nothing else reports its authorization's (or purchase's) acquirer answer.
    const ThirdPartyCodes codes = thirdPartyCodes(result.transactionCode);
    response.set(QStringLiteral("processor_response_code"), QString::fromUtf16(codes.processor));
    response.set(QStringLiteral("acquirer_response_code"), QString::fromUtf16(codes.acquirer));
    response.set(QStringLiteral("acquirer_response_message"), QString::fromUtf16(codes.message));
}

ApsMessage SimulatorGateway::completeOrigin(const Prepared &prepared, const QString &answeredCode)
{
    const ApsMessage &request = prepared.request;
    const bool purchase = prepared.command == u"PURCHASE";
    const QString token = request.value(u"token_name");
    if (token == u"tok_uncertain")
        return answer(request, QStringLiteral("15777"));
    // The docs' example request carries no token: it stands for a card entered on APS's page, approved.
    const bool approved = token.isEmpty() || token == u"tok_approve";

    SimulatorOrder order;
    order.merchantReference = request.value(u"merchant_reference");
    order.origin = purchase ? SimulatorOrder::Origin::Purchase : SimulatorOrder::Origin::Authorization;
    order.approved = approved;
    order.currency = *Currency::fromCode(request.value(u"currency"));
    order.authorized = approved ? prepared.amount : 0;
    order.captured = approved && purchase ? prepared.amount : 0;
    order.authorizedAt = m_book.now();
    order.customerName = request.value(u"customer_name");
    order.customerEmail = request.value(u"customer_email");
    order.orderDescription = request.value(u"order_description");
    order.digitalWallet = request.value(u"digital_wallet");
    order.cardNumber = QStringLiteral("400555******0001");
    order.cardHolderName = order.customerName;
    order.expiryDate = QStringLiteral("2905");
    order.paymentOption = QStringLiteral("VISA");
    order.channel = QStringLiteral("Server-to-Server");
    order.eci = QStringLiteral("ECOMMERCE");
    order.fortId = m_book.nextFortId();
    order.authorizationCode = approved ? order.fortId.right(6) : QString();

    SimulatorOperation origin;
    origin.command = prepared.command;
    origin.amount = prepared.amount;
    origin.currency = order.currency.code();
    origin.responseCode = originStatus(purchase, approved) + (approved ? u"000" : u"666");
    origin.responseMessage = SimulatorMessages::text(origin.responseCode);
    origin.applied = approved;
    origin.at = order.authorizedAt;
    if (answeredCode != origin.responseCode)
        origin.answeredCode = answeredCode;
    order.operations.append(origin);

    ApsMessage response = answer(request, origin.responseCode);
    response.set(QStringLiteral("fort_id"), order.fortId);
    response.set(QStringLiteral("payment_option"), order.paymentOption);
    response.set(QStringLiteral("card_number"), order.cardNumber);
    response.set(QStringLiteral("expiry_date"), order.expiryDate);
    response.set(QStringLiteral("eci"), order.eci);
    if (approved)
        response.set(QStringLiteral("authorization_code"), order.authorizationCode);
    m_book.insert(std::move(order));
    return response;
}

ApsMessage SimulatorGateway::unprocessed(const Prepared &prepared, const QString &code) const
{
    if (prepared.immediate)
        return *prepared.immediate;
    ApsMessage response = answer(prepared.request, code);
    if (const SimulatorOrder *order = m_book.order(prepared.merchantReference))
        response.set(QStringLiteral("fort_id"), order->fortId);
    return response;
}

void SimulatorGateway::recordUnprocessed(const Prepared &prepared, const QString &code)
{
    if (!prepared.authenticated || prepared.originRequest)
        return;
    m_book.recordRefused(prepared.merchantReference, prepared.command, prepared.amount,
                         prepared.request.value(u"maintenance_reference"), code);
}
