#include "transaction.h"

#include "tokentable.h"

namespace {

constexpr TokenTable<TransactionState, 8> stateTokens{{
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
    return tokenOf(stateTokens, state);
}

std::optional<TransactionState> stateFromToken(QStringView token)
{
    return valueOfToken(stateTokens, token);
}
