#include "domain/shatype.h"

std::optional<ShaType> shaTypeFromString(QStringView text)
{
    QString key = text.toString().toLower();
    key.remove(QLatin1Char('-'));
    if (key == QLatin1String("sha256"))
        return ShaType::Sha256;
    if (key == QLatin1String("sha512"))
        return ShaType::Sha512;
    if (key == QLatin1String("hmac256"))
        return ShaType::Hmac256;
    if (key == QLatin1String("hmac512"))
        return ShaType::Hmac512;
    return std::nullopt;
}

QString shaTypeName(ShaType type)
{
    switch (type) {
    case ShaType::Sha256:
        return QStringLiteral("SHA-256");
    case ShaType::Sha512:
        return QStringLiteral("SHA-512");
    case ShaType::Hmac256:
        return QStringLiteral("HMAC-256");
    case ShaType::Hmac512:
        return QStringLiteral("HMAC-512");
    }
    return {};
}
