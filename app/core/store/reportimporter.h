#pragma once

#include "store/storeresult.h"

#include <QList>
#include <QString>
#include <QTimeZone>

#include <chrono>
#include <functional>

class Database;
class QIODevice;

// A row of the file that was not imported, and why ("unknown currency XYZ", "full card number in
// card_number", ...). Reasons never repeat a card number.
struct ImportBadRow
{
    qint64 line = 0; // 1-based line of the file where the row starts
    QString merchantReference;
    QString reason;
};

// What an import did (counts of rows of the file and of orders, i.e. transactions).
struct ImportReport
{
    qint64 rowsRead = 0;            // data rows in the file
    qint64 rowsAlreadyImported = 0; // recognised by their row key from an earlier import: changed nothing
    qint64 ordersCreated = 0;
    qint64 ordersUpdated = 0;    // totals raised or details filled in
    qint64 ordersUnchanged = 0;  // new rows that agreed with the cache
    qint64 ordersFlagged = 0;    // the report disagreed with the cache: needs_status_check set, totals kept
    qint64 ordersUncertain = 0;  // a new row's outcome is not final (status 15, ...): needs_status_check set
    qint64 ordersUnresolved = 0; // left untouched: an operation on them is unresolved (try again later)
    QList<ImportBadRow> badRows; // in line order
    bool written = false;        // false when bad rows refused the whole file (all-or-nothing)
};

struct ImportProgress
{
    enum class Phase { Reading, Checking, Merging };
    Phase phase = Phase::Reading;
    qint64 done = 0;  // Reading: bytes; Checking and Merging: rows
    qint64 total = 0; // 0 when unknown
};

struct ImportOptions
{
    // transaction_date values without an offset are in this zone (the profile's time zone).
    QTimeZone timeZone = QTimeZone::utc();
    // New transactions get capture_deadline = authorized_at + this (the profile's capture window).
    std::chrono::seconds captureWindow = std::chrono::hours(24 * 7);
    // false: all-or-nothing, nothing is written when any row is bad. true: the good orders are written.
    bool skipBadRows = false;
    // Orders merged per write transaction (BEGIN IMMEDIATE), so the journal never waits long.
    int ordersPerTransaction = 5000;
    std::function<void(const ImportProgress &)> progress;
};

// Imports an APS transaction-report CSV (shared/aps/README.md section 7) into the cache.
//
// File: UTF-8 with or without BOM, RFC 4180 (see CsvReader), header names matched case-insensitively in any
// order (spaces count as '_'). Required columns: merchant_reference, operation, amount, currency,
// transaction_date, and status or response_code; the others of the report are read when present.
// - operation: words or APS commands, any case: authorization, purchase, capture, refund, void authorization
//   (AUTHORIZATION, PURCHASE, CAPTURE, REFUND, VOID_AUTHORIZATION, "void").
// - status: words (success, failed, declined, pending, uncertain, ...) or the APS status code ("04"), or the
//   5-digit response code ("04000") in status or response_code; both may be given and must agree. Read by the
//   APS README's decision table (apsCodeMeaning): the operation's own success (02000 authorization, 14000
//   purchase, 04000 capture, 06000 refund, 08000 void) moves money; its refusal status (03, 13, 05, 07, 09)
//   or 00 moves nothing; a status that is not final (15, 19, 20, 40) or a message that leaves the outcome
//   open (006, 051, 054, 119, 777, 778, 784) is uncertain: the order is flagged for a status check. A code
//   that belongs to another operation (06000 on a capture) is a bad row.
// - amount: major units, parsed strictly by the currency's exponent (Money::parse); may be empty on voids.
// - transaction_date: ISO 8601 (with or without offset) or "YYYY-MM-DD HH:MM:SS"; without an offset it is in
//   ImportOptions::timeZone.
//
// Sizes, in bounded memory whatever the file: a header of more than 100 columns (or 64 KiB) refuses the file;
// a row is bad when it has more than 100 fields, more than 64 KiB, a field of more than 4096 bytes (the
// reader keeps no more of it and skips to the next row), or a value longer than its column allows:
// merchant_reference 40, fort_id 20, order_description and response_message 150 (APS's lengths),
// customer_email 254, customer_name and card_holder_name 100, payment_option and digital_wallet 50; the
// reasons name the column.
//
// Folding: the rows of one merchant_reference make one transaction. Origin, authorized amount, time, customer
// and card come from the authorization or purchase row; captured, refunded and voided add up successful
// operations only (a purchase counts as captured). A declined authorization or purchase authorizes nothing: the
// transaction is failed with authorized 0 and the amount it asked for as `attempted`. A row whose outcome is
// not final moves nothing and sets needs_status_check (ImportReport::ordersUncertain): the reconciler's next
// pass, or a status check, settles the order from APS's totals. What all imported rows of an order add up to is kept in
// report_totals, so a later file with more rows of the order continues from there.
//
// Row key (recognising a row seen before): the first 128 bits of SHA-256 over merchant_reference, fort_id,
// operation, outcome (success / failed / pending), amount in minor units, currency and transaction_date in
// milliseconds UTC, plus the row's occurrence among identical rows of the same order in the file (so two
// genuine identical captures stay two). Keys are stored in imported_rows; a row whose key is there changes
// nothing, so importing a file again changes nothing, while the same row with a changed status counts anew.
//
// Merging with the cache: totals are only ever raised, never lowered (the journal may know more than the
// report); when the report says less than the cache, the transaction gets needs_status_check instead. A
// transaction with unresolved=1 is not touched at all and its rows are not recorded, so a later import
// retries them.
//
// Bad rows, reported with line and reason: missing reference, unknown operation or status, unknown currency,
// bad amount or date, a full card number anywhere (card_number not masked to first 6 / last 4, or
// containsCardNumber() in any column, those the importer does not read included), and inconsistent orders
// (captures above authorized, refunds above captured, a capture or void on a purchase, a void after a
// capture, currencies that differ, no authorization or purchase row): every row of such an order is skipped.
// A card number is never stored or echoed: a row holding one is refused before any other check, its reference
// is not shown when the number is in it, and every reason passes through maskCardNumbers() (two quoted fields
// may spell one together).
//
// Order of work: every row is parsed and validated into a staging table (TEMP, on disk, so memory stays
// bounded), then checked order by order; only then, unless a bad row refuses the file, orders are merged in
// write transactions of ImportOptions::ordersPerTransaction orders. An import interrupted while merging is
// completed by importing the file again; when merging fails (a full disk), the transactions before it stay
// committed and the error says how many orders they wrote ("wrote N of M orders") and that a second run
// finishes the import.
class ReportImporter final
{
public:
    ReportImporter(const Database &database, ImportOptions options);

    // Errors (nothing written): Io (unreadable file), Invalid (not a report: a required column is missing,
    // with its name), Sql / Busy. Bad rows are not an error: see ImportReport::badRows and written.
    StoreResult<ImportReport> importFile(const QString &path) const;
    StoreResult<ImportReport> importDevice(QIODevice *device) const;

private:
    const Database &m_database;
    ImportOptions m_options;
};
