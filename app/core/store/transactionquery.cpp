#include "transactionquery.h"

#include "domain/tokentable.h"

#include <QRegularExpression>

namespace {

constexpr TokenTable<TransactionSort, 9> sortTokens{{
    {TransactionSort::Date, "date"},
    {TransactionSort::Amount, "amount"},
    {TransactionSort::State, "state"},
    {TransactionSort::Reference, "reference"},
    {TransactionSort::Customer, "customer"},
    {TransactionSort::Deadline, "deadline"},
    {TransactionSort::Captured, "captured"},
    {TransactionSort::Refunded, "refunded"},
    {TransactionSort::ToCapture, "to_capture"},
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

bool isAmountSort(TransactionSort sort)
{
    switch (sort) {
    case TransactionSort::Amount:
    case TransactionSort::Captured:
    case TransactionSort::Refunded:
    case TransactionSort::ToCapture:
        return true;
    case TransactionSort::Date:
    case TransactionSort::State:
    case TransactionSort::Reference:
    case TransactionSort::Customer:
    case TransactionSort::Deadline:
        break;
    }
    return false;
}

QStringList TransactionQuery::searchTerms() const
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    return text.split(whitespace, Qt::SkipEmptyParts);
}
