#pragma once

#include "store/transactionreader.h"

#include <QByteArray>

class QIODevice;

// Writes rows as the JSON array of `paydeskctl list --json` (INTERFACES.md), one compact object per line,
// as the rows come: "[", then "\n" or ",\n" before each object, then "\n]\n" ("[]\n" when there were none).
// The objects are written by hand, not through QJsonObject and QJsonDocument, which cost most of the time of
// a large list: the bytes are the same as QJsonDocument::toJson(Compact) of the object (keys in its sorted
// order, strings escaped by its rules, integers as integers, booleans as true/false), so the output is the
// one it always was. Buffers up to 64 KiB before writing to the device.
//
// Fields: attempted, authorized, captured, refunded, refund_reserved (integers in minor units),
// authorized_at and capture_deadline (ISO 8601 UTC, "" when unset), card_masked, currency, customer_email,
// customer_name, digital_wallet, fort_id, last_response_code, last_response_message, merchant_reference,
// origin, payment_option, state (its token at the query's now), late_applied, needs_status_check,
// unresolved and voided (booleans).
class TransactionJsonWriter final
{
public:
    // The device must be open for writing and outlive the writer.
    explicit TransactionJsonWriter(QIODevice *device);
    Q_DISABLE_COPY_MOVE(TransactionJsonWriter)

    // Each returns false once the device refused a write.
    bool write(const TransactionRow &row);
    // Closes the array ("[]\n" when no row was written) and writes what is buffered.
    bool finish();

    // One row's object, compact, without a line end.
    static QByteArray object(const TransactionRow &row);
    static void appendObject(QByteArray &out, const TransactionRow &row);

private:
    bool flush();

    QIODevice *m_device;
    QByteArray m_buffer;
    bool m_first = true;
    bool m_ok = true;
};
