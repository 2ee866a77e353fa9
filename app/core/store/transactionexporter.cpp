#include "transactionexporter.h"

#include "money/money.h"
#include "store/csvwriter.h"
#include "store/database.h"
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

} // namespace

QStringList TransactionExporter::header()
{
    return {QStringLiteral("merchant_reference"),
            QStringLiteral("fort_id"),
            QStringLiteral("origin"),
            QStringLiteral("state"),
            QStringLiteral("unresolved"),
            QStringLiteral("currency"),
            QStringLiteral("authorized"),
            QStringLiteral("captured"),
            QStringLiteral("refunded"),
            QStringLiteral("refund_reserved"),
            QStringLiteral("authorized_minor"),
            QStringLiteral("captured_minor"),
            QStringLiteral("refunded_minor"),
            QStringLiteral("refund_reserved_minor"),
            QStringLiteral("authorized_at"),
            QStringLiteral("capture_deadline"),
            QStringLiteral("customer_name"),
            QStringLiteral("customer_email"),
            QStringLiteral("card_masked"),
            QStringLiteral("payment_option"),
            QStringLiteral("digital_wallet"),
            QStringLiteral("order_description"),
            QStringLiteral("last_response_code"),
            QStringLiteral("last_response_message"),
            QStringLiteral("needs_status_check")};
}

StoreResult<qint64> TransactionExporter::exportCsv(const TransactionQuery &query, QIODevice *device) const
{
    CsvWriter writer(device);
    const auto ioFailure = [device]() {
        return StoreResult<qint64>::failure(StoreError::Io, QStringLiteral("writing the export failed: ") +
                                                                device->errorString());
    };
    if (!writer.writeRecord(header()))
        return ioFailure();
    qint64 written = 0;
    bool deviceFailed = false;
    const StoreStatus status = TransactionReader(m_database).forEach(query, [&](const TransactionRow &row) {
        const Transaction &tx = row.transaction;
        const QStringList fields{tx.merchantReference,
                                 tx.fortId,
                                 originToken(tx.origin),
                                 stateToken(row.state),
                                 QString::number(int(tx.unresolved)),
                                 tx.currency.code(),
                                 major(tx.authorized, tx.currency),
                                 major(tx.captured, tx.currency),
                                 major(tx.refunded, tx.currency),
                                 major(tx.refundReserved, tx.currency),
                                 QString::number(tx.authorized),
                                 QString::number(tx.captured),
                                 QString::number(tx.refunded),
                                 QString::number(tx.refundReserved),
                                 isoUtc(tx.authorizedAt),
                                 isoUtc(tx.captureDeadline),
                                 tx.customerName,
                                 tx.customerEmail,
                                 tx.cardMasked,
                                 tx.paymentOption,
                                 tx.digitalWallet,
                                 tx.orderDescription,
                                 tx.lastResponseCode,
                                 tx.lastResponseMessage,
                                 QString::number(int(row.needsStatusCheck))};
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

StoreResult<qint64> TransactionExporter::exportCsv(const TransactionQuery &query, const QString &path) const
{
    QSaveFile file(path);
    // QSaveFile gives a new file 0666 less the umask and keeps an existing file's mode; the rows are customer
    // data, so the file is owner-only either way (set on the temporary file, before anything is written).
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return StoreResult<qint64>::failure(
            StoreError::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    StoreResult<qint64> result = exportCsv(query, &file);
    if (result.ok() && !file.commit())
        return StoreResult<qint64>::failure(
            StoreError::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return result;
}
