#pragma once

#include "domain/transactionrules.h"
#include "money/money.h"
#include "services/paymentservice.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

class Database;
class QIODevice;

// One row to capture: from the window's selection or a line of a `merchant_reference,amount` CSV file.
struct BulkCaptureRow
{
    int line = 0; // the CSV line (or the selection's row number), for reports
    QString merchantReference;
    // Major units with '.' as the only separator ("1250.500" for KWD), parsed with the transaction's own
    // currency; or "remaining" for whatever APS says is left to capture.
    QString amount;
};

// Why the preflight leaves a row out.
enum class BulkSkipReason {
    None,
    Duplicate,    // the reference appears on an earlier row: captured once at most
    NotInCache,   // no such order in the cache
    InvalidInput, // an empty reference or an amount that does not parse in the order's currency
    Rule,         // TransactionRules refuses (see BulkCapturePlanItem::decision)
};

QString bulkSkipReasonToken(BulkSkipReason reason); // "none", "duplicate", "not_in_cache", ...

// What the preflight says about one row.
struct BulkCapturePlanItem
{
    BulkCaptureRow row;
    bool willCapture = false;
    bool remaining = false;
    Money
        amount; // what the cache says will be captured (minor units); for `remaining` APS's baseline decides
    BulkSkipReason skipReason = BulkSkipReason::None;
    TransactionRules::Decision decision;
    QString detail; // English: why it is skipped ("Nothing left to capture: ...")
    // The cached row the preflight judged (empty when the order is not in the cache), so the window can
    // word the decision and an amount error in the order's currency.
    std::optional<Transaction> transaction;
};

// The preflight: every row, in input order, with totals per currency of what will be captured.
struct BulkCapturePlan
{
    QList<BulkCapturePlanItem> items;
    QMap<QString, qint64> totals; // currency code -> minor units to capture
    int captureCount = 0;
    int skipCount = 0;
};

// What became of one row after run().
struct BulkCaptureRowResult
{
    enum class Status {
        Captured,  // APS applied it
        Skipped,   // left out by the preflight; nothing sent
        Declined,  // APS refused it
        Unknown,   // journalled, left for the reconciler
        Refused,   // PaymentService refused it (a rule on APS's fresh totals, an operation in progress, ...)
        Failed,    // environment: nothing was sent (database, credentials, blocked profile, network)
        Cancelled, // not started because the run was cancelled
    };

    BulkCapturePlanItem item;
    Status status = Status::Skipped;
    std::optional<PaymentResult> payment; // when PaymentService was asked
    QString detail;
};

QString bulkRowStatusToken(BulkCaptureRowResult::Status status); // "captured", "skipped", ...

struct BulkCaptureReport
{
    QList<BulkCaptureRowResult> rows; // input order
    QMap<QString, qint64> captured;   // currency code -> minor units APS applied
    bool cancelled = false;
};

// Captures many orders through PaymentService, at most `concurrency` at a time, each row on its own: one
// row's failure never stops the others. Rows are started in input order; cancel() lets the operations in
// flight finish and starts no more. Not thread-safe: use it from the thread of the PaymentService.
class BulkCapture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkCapture)

public:
    static constexpr int DefaultConcurrency = 4;

    BulkCapture(PaymentService *service, const Database *database, QObject *parent = nullptr);
    ~BulkCapture() override;

    // Reads `merchant_reference,amount` rows (UTF-8; a first line naming those two columns is a header and
    // skipped). False with a message naming the line when the file is not such a CSV, a row included that
    // the reader could not keep whole (a field over 4 KiB, more than 16 fields, a row over 64 KiB).
    static bool readCsv(QIODevice *device, QList<BulkCaptureRow> *rows, QString *error);

    // What would be captured and skipped, and why, checked against the cache and TransactionRules at `now`
    // (UTC). Nothing is sent. PaymentService checks each row again against APS's fresh totals before sending.
    BulkCapturePlan preflight(const QList<BulkCaptureRow> &rows, const QDateTime &now) const;

    // Captures the plan's rows. Emits rowFinished() per row (skipped rows at once), progress() after each,
    // and finished() once at the end. Ignored while running.
    void run(const BulkCapturePlan &plan, const QString &userName, int concurrency = DefaultConcurrency);
    // Starts no further operations; those in flight finish and are reported.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void rowFinished(const BulkCaptureRowResult &result);
    void progress(int done, int total);
    void finished(const BulkCaptureReport &report);

private:
    void startMore();
    void record(int index, BulkCaptureRowResult result);
    void maybeFinish();

    PaymentService *m_service;
    const Database *m_database;
    QString m_userName;
    int m_concurrency = DefaultConcurrency;
    QList<BulkCapturePlanItem> m_items;
    QList<std::optional<BulkCaptureRowResult>> m_results;
    int m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
};
