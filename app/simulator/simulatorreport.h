#pragma once

#include <QByteArray>
#include <QStringList>

class SimulatorBook;

// The book in the shape of an APS back-office transaction report (shared/aps/README.md section 7): UTF-8
// CSV with a header row, one row per operation that took place (the authorization or purchase, declined ones
// included, then every applied capture, void and refund), amounts in major units with the currency's
// number of decimals, times ISO 8601 UTC, card numbers masked.
namespace SimulatorReport {

QStringList columns();
QByteArray transactionCsv(const SimulatorBook &book);

} // namespace SimulatorReport
