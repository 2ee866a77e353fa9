#pragma once

#include "apsrequest.h"
#include "signature.h"

#include <QDateTime>
#include <QString>

// Builds signed maintenance requests for one merchant account. It only ever produces valid requests: every
// field is checked against shared/aps/README.md section 2, no field is sent empty, the amount goes out as
// minor-unit digits (Money::toWireString()), and the signature is computed with the request phrase and added
// last. Anything wrong yields an ApsRequestResult naming the field and the reason instead.
class ApsRequestBuilder final
{
public:
    // `accessCode` <= 20 and `merchantIdentifier` <= 20 characters; `language` "en" or "ar" (the language of
    // APS's response_message). They are checked on every build().
    ApsRequestBuilder(QString merchantIdentifier, QString accessCode, QString requestPhrase, ShaType shaType,
                      QString language = QStringLiteral("en"));

    ApsRequestResult build(const ApsRequest &request) const;

    ApsRequestResult capture(const QString &merchantReference, const QString &fortId, const Money &amount,
                             const QString &orderDescription = {}) const;
    ApsRequestResult voidAuthorization(const QString &merchantReference, const QString &fortId) const;
    ApsRequestResult refund(const QString &merchantReference, const QString &fortId, const Money &amount,
                            const QString &maintenanceReference, const QString &orderDescription = {}) const;
    ApsRequestResult checkStatus(const QString &merchantReference, const QString &fortId = {},
                                 const QString &maintenanceReference = {},
                                 std::optional<bool> returnThirdPartyResponseCodes = std::nullopt) const;

    // A fresh refund maintenance_reference: "R" + the UTC time to the millisecond + 16 random hex digits from
    // the system's secure generator (34 characters of [A-Za-z0-9], unique across desks and restarts).
    static QString newMaintenanceReference(const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

    // True for a non-empty text of at most 40 characters from [A-Za-z0-9-_.] (merchant and maintenance
    // references).
    static bool isValidReference(QStringView text);

private:
    QString m_merchantIdentifier;
    QString m_accessCode;
    QString m_requestPhrase;
    ShaType m_shaType;
    QString m_language;
};
