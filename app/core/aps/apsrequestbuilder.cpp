#include "apsrequestbuilder.h"

#include "asciidigits.h"

#include <QRandomGenerator>

#include <algorithm>

namespace {

qsizetype characterCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

bool hasControlCharacter(QStringView text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

bool isReferenceCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' ||
           u == u'_' || u == u'.';
}

// Collects the fields of one request and remembers the first problem, so a build reads as a list of fields.
class RequestWriter
{
public:
    bool failed() const { return m_result.error != ApsRequestError::None; }

    void fail(ApsRequestError error, const QString &field, const QString &reason)
    {
        if (failed())
            return;
        m_result.error = error;
        m_result.field = field;
        m_result.reason = reason;
    }

    // A field with a maximum length; empty optional fields are simply not sent.
    void text(const QString &field, const QString &value, qsizetype maxLength, bool required)
    {
        if (failed())
            return;
        if (value.isEmpty()) {
            if (required)
                fail(ApsRequestError::Missing, field, QStringLiteral("required"));
            return;
        }
        if (characterCount(value) > maxLength)
            return fail(ApsRequestError::TooLong, field,
                        QStringLiteral("longer than %1 characters").arg(maxLength));
        if (hasControlCharacter(value))
            return fail(ApsRequestError::InvalidCharacters, field,
                        QStringLiteral("contains a control character"));
        m_message.set(field, value);
    }

    void reference(const QString &field, const QString &value, bool required)
    {
        if (failed())
            return;
        if (!value.isEmpty() && !std::all_of(value.begin(), value.end(), isReferenceCharacter))
            return fail(ApsRequestError::InvalidCharacters, field,
                        QStringLiteral("only letters, digits and - _ . are allowed"));
        text(field, value, 40, required);
    }

    void fortId(const QString &value)
    {
        if (failed())
            return;
        if (!isAsciiDigits(value))
            return fail(ApsRequestError::InvalidCharacters, QStringLiteral("fort_id"),
                        QStringLiteral("only digits are allowed"));
        text(QStringLiteral("fort_id"), value, 20, false);
    }

    void amount(const Money &money)
    {
        if (failed())
            return;
        if (!money.isValid())
            return fail(ApsRequestError::InvalidAmount, QStringLiteral("currency"),
                        QStringLiteral("required"));
        if (money.minorUnits() <= 0)
            return fail(ApsRequestError::InvalidAmount, QStringLiteral("amount"),
                        QStringLiteral("must be greater than zero"));
        if (money.minorUnits() > Money::ApsMaxMinor)
            return fail(ApsRequestError::InvalidAmount, QStringLiteral("amount"),
                        QStringLiteral("more than 10 digits of minor units"));
        m_message.set(QStringLiteral("amount"), money.toWireString());
        m_message.set(QStringLiteral("currency"), money.currency().code());
    }

    void refuse(const QString &field, bool present)
    {
        if (present)
            fail(ApsRequestError::NotAllowed, field, QStringLiteral("not sent with this command"));
    }

    void set(const QString &field, const QString &value) { m_message.set(field, value); }

    ApsRequestResult finish(QStringView phrase, ShaType shaType)
    {
        if (!failed() && phrase.isEmpty())
            fail(ApsRequestError::Missing, QStringLiteral("signature"), QStringLiteral("no request phrase"));
        if (failed())
            return m_result;
        m_message.set(QStringLiteral("signature"), ApsSignature::sign(m_message, phrase, shaType));
        m_result.message = m_message;
        return m_result;
    }

private:
    ApsMessage m_message;
    ApsRequestResult m_result;
};

ApsRequest requestFor(ApsCommand command, const QString &merchantReference, const QString &fortId)
{
    ApsRequest request;
    request.command = command;
    request.merchantReference = merchantReference;
    request.fortId = fortId;
    return request;
}

} // namespace

ApsRequestBuilder::ApsRequestBuilder(QString merchantIdentifier, QString accessCode, QString requestPhrase,
                                     ShaType shaType, QString language)
    : m_merchantIdentifier(std::move(merchantIdentifier))
    , m_accessCode(std::move(accessCode))
    , m_requestPhrase(std::move(requestPhrase))
    , m_shaType(shaType)
    , m_language(std::move(language))
{}

ApsRequestResult ApsRequestBuilder::build(const ApsRequest &request) const
{
    RequestWriter writer;
    writer.set(apsSelectorField(request.command), apsCommandName(request.command));
    writer.text(QStringLiteral("access_code"), m_accessCode, 20, true);
    writer.text(QStringLiteral("merchant_identifier"), m_merchantIdentifier, 20, true);
    writer.reference(QStringLiteral("merchant_reference"), request.merchantReference, true);
    if (m_language != QLatin1String("en") && m_language != QLatin1String("ar"))
        writer.fail(ApsRequestError::InvalidValue, QStringLiteral("language"),
                    QStringLiteral("must be en or ar"));
    writer.set(QStringLiteral("language"), m_language);
    writer.fortId(request.fortId);

    const bool takesAmount = request.command == ApsCommand::Capture || request.command == ApsCommand::Refund;
    if (takesAmount)
        writer.amount(request.amount);
    else
        writer.refuse(QStringLiteral("amount"), request.amount.isValid());

    const bool takesMaintenanceReference =
        request.command == ApsCommand::Refund || request.command == ApsCommand::CheckStatus;
    if (takesMaintenanceReference)
        writer.reference(QStringLiteral("maintenance_reference"), request.maintenanceReference, false);
    else
        writer.refuse(QStringLiteral("maintenance_reference"), !request.maintenanceReference.isEmpty());

    if (takesAmount)
        writer.text(QStringLiteral("order_description"), request.orderDescription, 150, false);
    else
        writer.refuse(QStringLiteral("order_description"), !request.orderDescription.isEmpty());

    if (request.command == ApsCommand::CheckStatus) {
        if (request.returnThirdPartyResponseCodes)
            writer.set(QStringLiteral("return_third_party_response_codes"),
                       *request.returnThirdPartyResponseCodes ? QStringLiteral("YES") : QStringLiteral("NO"));
    } else {
        writer.refuse(QStringLiteral("return_third_party_response_codes"),
                      request.returnThirdPartyResponseCodes.has_value());
    }
    return writer.finish(m_requestPhrase, m_shaType);
}

ApsRequestResult ApsRequestBuilder::capture(const QString &merchantReference, const QString &fortId,
                                            const Money &amount, const QString &orderDescription) const
{
    ApsRequest request = requestFor(ApsCommand::Capture, merchantReference, fortId);
    request.amount = amount;
    request.orderDescription = orderDescription;
    return build(request);
}

ApsRequestResult ApsRequestBuilder::voidAuthorization(const QString &merchantReference,
                                                      const QString &fortId) const
{
    return build(requestFor(ApsCommand::VoidAuthorization, merchantReference, fortId));
}

ApsRequestResult ApsRequestBuilder::refund(const QString &merchantReference, const QString &fortId,
                                           const Money &amount, const QString &maintenanceReference,
                                           const QString &orderDescription) const
{
    ApsRequest request = requestFor(ApsCommand::Refund, merchantReference, fortId);
    request.amount = amount;
    request.maintenanceReference = maintenanceReference;
    request.orderDescription = orderDescription;
    return build(request);
}

ApsRequestResult ApsRequestBuilder::checkStatus(const QString &merchantReference, const QString &fortId,
                                                const QString &maintenanceReference,
                                                std::optional<bool> returnThirdPartyResponseCodes) const
{
    ApsRequest request = requestFor(ApsCommand::CheckStatus, merchantReference, fortId);
    request.maintenanceReference = maintenanceReference;
    request.returnThirdPartyResponseCodes = returnThirdPartyResponseCodes;
    return build(request);
}

QString ApsRequestBuilder::newMaintenanceReference(const QDateTime &nowUtc)
{
    const quint64 random = QRandomGenerator::system()->generate64();
    return QLatin1Char('R') + nowUtc.toUTC().toString(QStringLiteral("yyyyMMddHHmmsszzz")) +
           QStringLiteral("%1").arg(random, 16, 16, QLatin1Char('0'));
}

bool ApsRequestBuilder::isValidReference(QStringView text)
{
    return !text.isEmpty() && text.size() <= 40 &&
           std::all_of(text.begin(), text.end(), isReferenceCharacter);
}
