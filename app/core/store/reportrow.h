#pragma once

#include "store/csvreader.h"
#include "store/reportimporter.h"
#include "store/storeresult.h"

#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

enum class ReportOperation { Authorization, Purchase, Capture, Refund, Void };
enum class ReportOutcome { Success, Failed, Pending };

// One row of an APS transaction report after parsing and validation: what the importer stages and plans
// with. Amounts in minor units of `currency`, `at` in milliseconds UTC; text fields trimmed, empty when the
// report leaves them out.
struct ReportRow
{
    qint64 line = 0; // 1-based line of the file where the row starts
    QString reference;
    QString fortId;
    ReportOperation op = ReportOperation::Authorization;
    ReportOutcome outcome = ReportOutcome::Failed;
    qint64 amount = 0;
    QString currency;
    qint64 at = 0;
    QString customerName;
    QString customerEmail;
    QString cardMasked;
    QString paymentOption;
    QString digitalWallet;
    QString orderDescription;
    QString responseCode;
    QString responseMessage;
    QString baseKey;   // hash of the identifying fields; the row key adds the occurrence (see ReportImporter)
    QString key;       // filled in by the importer, per order
    bool seen = false; // the key is in imported_rows already
};

// Reads the header and then the rows of a report, one CsvReader record at a time, without a database: the
// format, the column limits and the bad-row reasons that ReportImporter (reportimporter.h) documents.
class ReportRowParser final
{
public:
    // What the CsvReader of a report keeps of one row: far above every column limit, far below what would
    // hurt. An APS report has about 21 columns.
    static constexpr CsvLimits ReaderLimits{4096, 100, 64 * 1024};

    // transaction_date values without an offset are in `timeZone`.
    explicit ReportRowParser(QTimeZone timeZone);

    // Takes the header record just read by `reader`. Invalid ("not an APS transaction report: ...") for a
    // header the reader cut short or without a required column.
    StoreStatus readHeader(const QStringList &fields, const CsvReader &reader);
    // The row just read by `reader`; nullopt with `bad` filled in (line, reference unless a card number is in
    // it, reason naming the column) when the row is bad.
    std::optional<ReportRow> parse(const QStringList &fields, const CsvReader &reader,
                                   ImportBadRow &bad) const;
    // The row's merchant_reference as in the file (trimmed), bad row or not.
    QString reference(const QStringList &fields) const;

    // The outcome of a row of operation `op` with these status and response_code values (trimmed), by the
    // APS README's decision table; `problem` says what is wrong when neither gives a known outcome or they
    // contradict each other.
    static ReportOutcome outcomeOf(ReportOperation op, const QString &status, const QString &responseCode,
                                   QString &problem);

    // The row key hash over `parts` (the first 128 bits of SHA-256, hex).
    static QString hashKey(const QStringList &parts);

private:
    enum Column {
        ColReference,
        ColFortId,
        ColOperation,
        ColStatus,
        ColResponseCode,
        ColAmount,
        ColCurrency,
        ColDate,
        ColCustomerName,
        ColCustomerEmail,
        ColCardNumber,
        ColPaymentOption,
        ColDigitalWallet,
        ColOrderDescription,
        ColResponseMessage,
        ColCardHolderName,
        ColCount
    };

    QString field(const QStringList &fields, Column column) const;
    QString columnLabel(qsizetype index) const;
    QString shapeProblem(const QStringList &fields, const CsvReader &reader) const;
    QString readFields(const QStringList &fields, ReportRow &row) const;
    QString readAmount(const QStringList &fields, ReportRow &row) const;

    QTimeZone m_timeZone;
    int m_index[ColCount] = {};
    int m_columnCount = 0;
    QStringList m_headerNames; // normalized, as in the file
};
