#include "transactionexporter.h"

#include "money/money.h"
#include "store/csvwriter.h"
#include "store/database.h"
#include "store/transactioncolumns.h"
#include "store/transactionreader.h"

#include <QSaveFile>

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString major(qint64 minor, const Currency &currency)
{
    return currency.isValid() ? Money::fromMinor(minor, currency).toPlainString() : QString();
}

QString flag(bool value)
{
    return QString::number(int(value));
}

// One CSV column: its header and its cell of a row. Columns that show a stored column as it is carry its
// name.
struct ExportColumn
{
    QLatin1String name;
    QString (*cell)(const TransactionRow &row);
};

namespace C = TransactionColumn;

// The columns in order (the header documents them): one list, so that a header and its cells cannot part.
const ExportColumn exportColumns[] = {
    {C::MerchantReference,
     [](const TransactionRow &r) {
         return r.transaction.merchantReference;
     }},
    {C::FortId,
     [](const TransactionRow &r) {
         return r.transaction.fortId;
     }},
    {C::Origin,
     [](const TransactionRow &r) {
         return originToken(r.transaction.origin);
     }},
    {QLatin1String("state"),
     [](const TransactionRow &r) {
         return stateToken(r.state);
     }},
    {C::Unresolved,
     [](const TransactionRow &r) {
         return flag(r.transaction.unresolved);
     }},
    {C::Currency,
     [](const TransactionRow &r) {
         return r.transaction.currency.code();
     }},
    {C::Authorized,
     [](const TransactionRow &r) {
         return major(r.transaction.authorized, r.transaction.currency);
     }},
    {C::Captured,
     [](const TransactionRow &r) {
         return major(r.transaction.captured, r.transaction.currency);
     }},
    {C::Refunded,
     [](const TransactionRow &r) {
         return major(r.transaction.refunded, r.transaction.currency);
     }},
    {C::RefundReserved,
     [](const TransactionRow &r) {
         return major(r.transaction.refundReserved, r.transaction.currency);
     }},
    {QLatin1String("authorized_minor"),
     [](const TransactionRow &r) {
         return QString::number(r.transaction.authorized);
     }},
    {QLatin1String("captured_minor"),
     [](const TransactionRow &r) {
         return QString::number(r.transaction.captured);
     }},
    {QLatin1String("refunded_minor"),
     [](const TransactionRow &r) {
         return QString::number(r.transaction.refunded);
     }},
    {QLatin1String("refund_reserved_minor"),
     [](const TransactionRow &r) {
         return QString::number(r.transaction.refundReserved);
     }},
    {C::AuthorizedAt,
     [](const TransactionRow &r) {
         return isoUtc(r.transaction.authorizedAt);
     }},
    {C::CaptureDeadline,
     [](const TransactionRow &r) {
         return isoUtc(r.transaction.captureDeadline);
     }},
    {C::CustomerName,
     [](const TransactionRow &r) {
         return r.transaction.customerName;
     }},
    {C::CustomerEmail,
     [](const TransactionRow &r) {
         return r.transaction.customerEmail;
     }},
    {C::CardMasked,
     [](const TransactionRow &r) {
         return r.transaction.cardMasked;
     }},
    {C::PaymentOption,
     [](const TransactionRow &r) {
         return r.transaction.paymentOption;
     }},
    {C::DigitalWallet,
     [](const TransactionRow &r) {
         return r.transaction.digitalWallet;
     }},
    {C::OrderDescription,
     [](const TransactionRow &r) {
         return r.transaction.orderDescription;
     }},
    {C::LastResponseCode,
     [](const TransactionRow &r) {
         return r.transaction.lastResponseCode;
     }},
    {C::LastResponseMessage,
     [](const TransactionRow &r) {
         return r.transaction.lastResponseMessage;
     }},
    {C::NeedsStatusCheck,
     [](const TransactionRow &r) {
         return flag(r.needsStatusCheck);
     }},
};

} // namespace

QStringList TransactionExporter::header()
{
    QStringList names;
    for (const ExportColumn &column : exportColumns)
        names << column.name;
    return names;
}

StoreResult<qint64> TransactionExporter::exportCsv(const TransactionQuery &query, QIODevice *device) const
{
    return exportCsv(query, device, Options());
}

StoreResult<qint64> TransactionExporter::exportCsv(const TransactionQuery &query, const QString &path) const
{
    return exportCsv(query, path, Options());
}

StoreResult<qint64> TransactionExporter::exportCsv(const TransactionQuery &query, QIODevice *device,
                                                   const Options &options) const
{
    CsvWriter writer(device);
    const auto ioFailure = [device]() {
        return StoreResult<qint64>::failure(StoreError::Io, QStringLiteral("writing the export failed: ") +
                                                                device->errorString());
    };
    QList<Column> columns = options.columns;
    if (columns.isEmpty()) {
        for (const ExportColumn &column : exportColumns)
            columns.append({column.name, column.cell});
    }
    QStringList headings;
    for (const Column &column : std::as_const(columns))
        headings << column.heading;
    if ((options.byteOrderMark && !writer.writeByteOrderMark()) || !writer.writeRecord(headings))
        return ioFailure();
    qint64 written = 0;
    bool deviceFailed = false;
    const StoreStatus status = TransactionReader(m_database).forEach(query, [&](const TransactionRow &row) {
        QStringList fields;
        for (const Column &column : std::as_const(columns))
            fields << column.cell(row);
        if (!writer.writeRecord(fields)) {
            deviceFailed = true;
            return false;
        }
        ++written;
        return true;
    });
    if (deviceFailed)
        return ioFailure();
    if (!status.ok())
        return status;
    return written;
}

StoreResult<qint64> TransactionExporter::exportCsv(const TransactionQuery &query, const QString &path,
                                                   const Options &options) const
{
    QSaveFile file(path);
    // QSaveFile gives a new file 0666 less the umask and keeps an existing file's mode; the rows are customer
    // data, so the file is owner-only either way (set on the temporary file, before anything is written).
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return StoreResult<qint64>::failure(
            StoreError::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    StoreResult<qint64> result = exportCsv(query, &file, options);
    if (result.ok() && !file.commit())
        return StoreResult<qint64>::failure(
            StoreError::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return result;
}
