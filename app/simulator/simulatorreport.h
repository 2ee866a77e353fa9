#pragma once

#include <QByteArray>
#include <QStringList>

class SimulatorBook;

// The book in the shape of an APS back-office transaction report (shared/aps/README.md section 7): UTF-8
// CSV with a header row, one row per operation APS would list: the authorization or purchase (declined ones
// included), then every capture, void and refund with a financial outcome (SimulatorOperation::
// isFinancialOutcome: applied, declined or uncertain; not requests refused as invalid or while another
// operation was in flight). A maintenance row's status, response_code and response_message are those the
// merchant was answered (reportedCode()); its amount is the one requested, a void's the authorized amount.
// Amounts in major units with the currency's number of decimals, times ISO 8601 UTC, card numbers masked.
namespace SimulatorReport {

QStringList columns();
QByteArray transactionCsv(const SimulatorBook &book);

} // namespace SimulatorReport
