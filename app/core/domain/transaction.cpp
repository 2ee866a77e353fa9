#include "transaction.h"

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<TransactionState, const char *>, 8> stateTokens{{
    {TransactionState::Authorized, "authorized"},
    {TransactionState::PartiallyCaptured, "partially_captured"},
    {TransactionState::Captured, "captured"},
    {TransactionState::Voided, "voided"},
    {TransactionState::Expired, "expired"},
    {TransactionState::PartiallyRefunded, "partially_refunded"},
    {TransactionState::Refunded, "refunded"},
    {TransactionState::Failed, "failed"},
}};

} // namespace

QString originToken(Origin origin)
{
    return origin == Origin::Purchase ? QStringLiteral("purchase") : QStringLiteral("authorization");
}

std::optional<Origin> originFromToken(QStringView token)
{
    if (token == u"authorization")
        return Origin::Authorization;
    if (token == u"purchase")
        return Origin::Purchase;
    return std::nullopt;
}

QString stateToken(TransactionState state)
{
    for (const auto &[value, token] : stateTokens) {
        if (value == state)
            return QString::fromLatin1(token);
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<TransactionState> stateFromToken(QStringView token)
{
    for (const auto &[value, text] : stateTokens) {
        if (token == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}
