#pragma once

#include "apsmessage.h"
#include "domain/shatype.h"

#include <QString>
#include <QStringView>

// The signatures of APS messages: which hash a ShaType (the merchant profile's setting) means is decided
// here, in sign() and verify().
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
