#include "signature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace ApsSignature {

QString canonicalString(const ApsMessage &message, QStringView phrase)
{
    struct Entry
    {
        QByteArray name;
        const ApsMessage::Field *field;
    };
    QList<Entry> entries;
    entries.reserve(message.fields().size());
    for (const ApsMessage::Field &field : message.fields()) {
        if (field.name != QLatin1String("signature"))
            entries.append({field.name.toUtf8(), &field});
    }
    // QString's operator< compares UTF-16 code units, which orders U+E000..U+FFFF before supplementary
    // characters; APS sorts the UTF-8 bytes.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.name < b.name; });
    QString joined;
    joined += phrase;
    for (const Entry &entry : std::as_const(entries))
        joined += entry.field->name + QLatin1Char('=') + entry.field->value;
    joined += phrase;
    return joined;
}

QString sign(const ApsMessage &message, QStringView phrase, ShaType type)
{
    const QByteArray data = canonicalString(message, phrase).toUtf8();
    QByteArray digest;
    switch (type) {
    case ShaType::Sha256:
        digest = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        break;
    case ShaType::Sha512:
        digest = QCryptographicHash::hash(data, QCryptographicHash::Sha512);
        break;
    case ShaType::Hmac256:
        digest = QMessageAuthenticationCode::hash(data, phrase.toUtf8(), QCryptographicHash::Sha256);
        break;
    case ShaType::Hmac512:
        digest = QMessageAuthenticationCode::hash(data, phrase.toUtf8(), QCryptographicHash::Sha512);
        break;
    }
    return QString::fromLatin1(digest.toHex());
}

bool verify(const ApsMessage &message, QStringView phrase, ShaType type)
{
    if (!message.contains(u"signature"))
        return false;
    return hexEqualConstantTime(sign(message, phrase, type), message.value(u"signature"));
}

bool hexEqualConstantTime(QStringView a, QStringView b)
{
    // The length of a hex digest is public (it follows from the SHA type), so only the contents need a
    // comparison whose time does not depend on where the first difference is.
    if (a.size() != b.size())
        return false;
    char16_t difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        char16_t x = a[i].unicode();
        char16_t y = b[i].unicode();
        x |= char16_t((x >= u'A' && x <= u'Z') ? 0x20 : 0);
        y |= char16_t((y >= u'A' && y <= u'Z') ? 0x20 : 0);
        difference |= char16_t(x ^ y);
    }
    return difference == 0;
}

} // namespace ApsSignature
