#pragma once

#include "store/storeresult.h"
#include "store/transactionquery.h"
#include "store/transactionreader.h"

#include <QList>
#include <QStringList>

#include <functional>

class Database;
class QIODevice;

// Writes the rows of any TransactionQuery as CSV (CsvWriter: RFC 4180, UTF-8, CRLF, cells neutralised against
// spreadsheet formulas), in the query's order, from one statement read as it is written
// (TransactionReader::forEach), so memory stays bounded.
//
// Columns (header()): merchant_reference, fort_id, origin, state (token at the query's now), unresolved
// (0/1), currency, then authorized, captured, refunded, refund_reserved in major units ("1250.500" KWD), the
// same four as *_minor in minor units (integers), authorized_at and capture_deadline (ISO 8601 UTC),
// customer_name, customer_email, card_masked, payment_option, digital_wallet, order_description,
// last_response_code, last_response_message, needs_status_check (0/1).
class TransactionExporter final
{
public:
    // A column other than the machine ones: a heading and the text of a row's cell (called on the exporting
    // thread, so it must hold its own copies of what it reads).
    struct Column
    {
        QString heading;
        std::function<QString(const TransactionRow &row)> cell;
    };
    struct Options
    {
        // Empty: the machine columns of header() (the format of `paydeskctl export`).
        QList<Column> columns;
        // A UTF-8 byte order mark first, so that Excel reads non-Latin names right.
        bool byteOrderMark = false;
    };

    explicit TransactionExporter(const Database &database)
        : m_database(database)
    {}

    static QStringList header();

    // The number of rows written (the header not counted). Io when the device refuses a write.
    StoreResult<qint64> exportCsv(const TransactionQuery &query, QIODevice *device) const;
    StoreResult<qint64> exportCsv(const TransactionQuery &query, QIODevice *device,
                                  const Options &options) const;
    // Opens `path` for writing (replacing it, atomically) and exports to it. The file is 0600 whatever the
    // umask or the mode of the file it replaces.
    StoreResult<qint64> exportCsv(const TransactionQuery &query, const QString &path) const;
    StoreResult<qint64> exportCsv(const TransactionQuery &query, const QString &path,
                                  const Options &options) const;

private:
    const Database &m_database;
};
