#pragma once

#include "apsmessage.h"
#include "domain/operation.h"

#include <QString>

#include <optional>

// What a successful CHECK_STATUS answer (response_code 12000) says about an order: its last operation and
// APS's running totals. Nothing is guessed: a total that is missing or not plain digits is an error.
struct ApsStatusReport
{
    QString transactionStatus;  // 2 digits: the status of the LAST operation on the order ("04")
    QString transactionCode;    // 5 digits: that operation's response code ("04000"); may be empty
    QString transactionMessage; // APS's text for it
    ApsTotals totals;           // authorized_amount, captured_amount, refunded_amount in minor units
};

struct ApsStatusReportResult
{
    std::optional<ApsStatusReport> report;
    QString field;  // the field at fault, e.g. "captured_amount"
    QString reason; // English: "missing", "not minor-unit digits: 10.00"

    bool ok() const { return report.has_value(); }
    QString describe() const { return field + QLatin1String(": ") + reason; }
};

// Reads the report from a verified CHECK_STATUS answer. Amounts must be 1 to 10 ASCII digits (minor units,
// no sign, no decimal point: "12.50" is refused, never rounded).
ApsStatusReportResult readStatusReport(const ApsMessage &response);
