#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

// Stable text tokens for enums (INTERFACES.md): one table per enum, looked up both ways.
template<typename Enum, std::size_t N>
using TokenTable = std::array<std::pair<Enum, const char *>, N>;

template<typename Enum, std::size_t N>
QString tokenOf(const TokenTable<Enum, N> &table, Enum value)
{
    for (const auto &[candidate, token] : table) {
        if (candidate == value)
            return QString::fromLatin1(token);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOfToken(const TokenTable<Enum, N> &table, QStringView token)
{
    for (const auto &[value, text] : table) {
        if (token == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}
