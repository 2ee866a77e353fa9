#pragma once

#include "domain/transaction.h"
#include "domain/transactionrules.h"

#include <QLatin1String>
#include <QList>
#include <QStringList>
#include <QVariant>

// The columns of the `transactions` table, once for the store: TransactionRepository reads and writes them,
// ReportImporter inserts through them in bulk, TransactionExporter names the CSV columns that show a
// stored column after them (INTERFACES.md: renaming one here renames it there).
namespace TransactionColumn {
inline constexpr QLatin1String Id("id");
inline constexpr QLatin1String MerchantIdentifier("merchant_identifier");
inline constexpr QLatin1String MerchantReference("merchant_reference");
inline constexpr QLatin1String FortId("fort_id");
inline constexpr QLatin1String Origin("origin");
inline constexpr QLatin1String Currency("currency");
inline constexpr QLatin1String Authorized("authorized");
inline constexpr QLatin1String Captured("captured");
inline constexpr QLatin1String Refunded("refunded");
inline constexpr QLatin1String RefundReserved("refund_reserved");
inline constexpr QLatin1String Voided("voided");
inline constexpr QLatin1String Failed("failed");
inline constexpr QLatin1String Attempted("attempted");
inline constexpr QLatin1String BaseState("base_state");
inline constexpr QLatin1String AuthorizedAt("authorized_at");
inline constexpr QLatin1String CaptureDeadline("capture_deadline");
inline constexpr QLatin1String CustomerName("customer_name");
inline constexpr QLatin1String CustomerEmail("customer_email");
inline constexpr QLatin1String CardMasked("card_masked");
inline constexpr QLatin1String CardLast4("card_last4");
inline constexpr QLatin1String PaymentOption("payment_option");
inline constexpr QLatin1String DigitalWallet("digital_wallet");
inline constexpr QLatin1String OrderDescription("order_description");
inline constexpr QLatin1String LastResponseCode("last_response_code");
inline constexpr QLatin1String LastResponseMessage("last_response_message");
inline constexpr QLatin1String RowVersion("row_version");
inline constexpr QLatin1String Unresolved("unresolved");
inline constexpr QLatin1String NeedsStatusCheck("needs_status_check");
inline constexpr QLatin1String UpdatedAt("updated_at");
} // namespace TransactionColumn

// The columns that make a Transaction, in the order TransactionRepository::fromQuery() reads them.
const QStringList &transactionReadColumns();

// One column of a row to insert, and its value as bound.
struct TransactionColumnValue
{
    QLatin1String column;
    QVariant value;
};

// A new transaction as the values of every column an insert writes: base_state from `rules`, the capture
// deadline from rules.deadlineOf() (authorizedAt when there is none), card_last4 from the masked number, a
// fresh row_version and updated_at = now. Text columns bind '' for none, fort_id NULL.
QList<TransactionColumnValue> transactionInsertValues(const Transaction &tx, const TransactionRules &rules);
// "INSERT INTO transactions (<the columns of values>) VALUES (?, ...)" followed by `suffix`.
QString transactionInsertSql(const QList<TransactionColumnValue> &values, const QString &suffix = QString());
