#pragma once

#include "apsmessage.h"

#include <QString>
#include <QStringView>

#include <optional>

// The hash APS is configured with for a merchant account (shared/aps/README.md section 4).
enum class ShaType { Sha256, Sha512, Hmac256, Hmac512 };

// Accepts "SHA-256", "sha256", "SHA256", "HMAC-256", "hmac256", ... (case-insensitive, '-' optional).
std::optional<ShaType> shaTypeFromString(QStringView text);
QString shaTypeName(ShaType type); // "SHA-256", "SHA-512", "HMAC-256", "HMAC-512"

namespace ApsSignature {

// The string that is hashed: phrase + name=value of every field except "signature", sorted by name in
// ordinal (byte) order, joined without separator + phrase.
QString canonicalString(const ApsMessage &message, QStringView phrase);
// Lower-case hex signature of the message under the phrase.
QString sign(const ApsMessage &message, QStringView phrase, ShaType type);
// True when the message carries a "signature" equal (case-insensitively, in constant time) to the one
// computed over its other fields.
bool verify(const ApsMessage &message, QStringView phrase, ShaType type);
// Constant-time, case-insensitive comparison of two hex strings.
bool hexEqualConstantTime(QStringView a, QStringView b);

} // namespace ApsSignature
