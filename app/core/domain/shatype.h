#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// The hash APS is configured with for a merchant account (shared/aps/README.md section 4): a setting of the
// merchant profile. aps/signature maps it to the algorithm.
enum class ShaType { Sha256, Sha512, Hmac256, Hmac512 };

// Accepts "SHA-256", "sha256", "SHA256", "HMAC-256", "hmac256", ... (case-insensitive, '-' optional).
std::optional<ShaType> shaTypeFromString(QStringView text);
QString shaTypeName(ShaType type); // "SHA-256", "SHA-512", "HMAC-256", "HMAC-512"
