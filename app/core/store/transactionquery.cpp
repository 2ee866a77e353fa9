#include "transactionquery.h"

#include "domain/tokentable.h"

#include <QRegularExpression>

namespace {

constexpr TokenTable<TransactionSort, 6> sortTokens{{
    {TransactionSort::Date, "date"},
    {TransactionSort::Amount, "amount"},
    {TransactionSort::State, "state"},
    {TransactionSort::Reference, "reference"},
    {TransactionSort::Customer, "customer"},
    {TransactionSort::Deadline, "deadline"},
}};

} // namespace

QString transactionSortToken(TransactionSort sort)
{
    return tokenOf(sortTokens, sort);
}

std::optional<TransactionSort> transactionSortFromToken(QStringView token)
{
    return valueOfToken(sortTokens, token);
}

QStringList TransactionQuery::searchTerms() const
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    return text.split(whitespace, Qt::SkipEmptyParts);
}
