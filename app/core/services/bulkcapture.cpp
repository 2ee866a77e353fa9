#include "bulkcapture.h"

#include "domain/tokentable.h"
#include "store/csvreader.h"
#include "store/database.h"
#include "store/transactionrepository.h"

#include <QSet>

#include <algorithm>

namespace {

constexpr TokenTable<BulkSkipReason, 5> skipTokens{{
    {BulkSkipReason::None, "none"},
    {BulkSkipReason::Duplicate, "duplicate"},
    {BulkSkipReason::NotInCache, "not_in_cache"},
    {BulkSkipReason::InvalidInput, "invalid_input"},
    {BulkSkipReason::Rule, "rule"},
}};

using Status = BulkCaptureRowResult::Status;

constexpr TokenTable<Status, 7> statusTokens{{
    {Status::Captured, "captured"},
    {Status::Skipped, "skipped"},
    {Status::Declined, "declined"},
    {Status::Unknown, "unknown"},
    {Status::Refused, "refused"},
    {Status::Failed, "failed"},
    {Status::Cancelled, "cancelled"},
}};

const QString remainingWord = QStringLiteral("remaining");

// A row holds a reference and an amount, tens of bytes: far more than that is not such a file, and what the
// reader keeps of any row stays small.
constexpr CsvLimits csvLimits{4 * 1024, 16, 64 * 1024};

QString csvFieldName(qsizetype index)
{
    switch (index) {
    case 0:
        return QStringLiteral("merchant_reference");
    case 1:
        return QStringLiteral("amount");
    default:
        return QStringLiteral("field %1").arg(index + 1);
    }
}

// Why the reader could not keep all of the last record; empty when it kept it whole.
QString csvOverflow(const CsvReader &reader)
{
    switch (reader.overflow()) {
    case CsvReader::Overflow::None:
        break;
    case CsvReader::Overflow::FieldTooLong:
        return QStringLiteral("%1 is longer than %2 bytes (not read further)")
            .arg(csvFieldName(reader.overflowField()))
            .arg(reader.limits().maxFieldBytes);
    case CsvReader::Overflow::TooManyFields:
        return QStringLiteral("more than %1 fields (expected 2: merchant_reference,amount)")
            .arg(reader.limits().maxFields);
    case CsvReader::Overflow::RecordTooLong:
        return QStringLiteral("the row is longer than %1 bytes (not read further from %2 on)")
            .arg(reader.limits().maxRecordBytes)
            .arg(csvFieldName(reader.overflowField()));
    }
    return QString();
}

Status statusFor(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Succeeded:
        return Status::Captured;
    case PaymentStatus::Declined:
        return Status::Declined;
    case PaymentStatus::Unknown:
        return Status::Unknown;
    case PaymentStatus::Refused:
    case PaymentStatus::AwaitingApproval:
        return Status::Refused;
    case PaymentStatus::Environment:
        return Status::Failed;
    }
    return Status::Failed;
}

} // namespace

QString bulkSkipReasonToken(BulkSkipReason reason)
{
    return tokenOf(skipTokens, reason);
}

QString bulkRowStatusToken(BulkCaptureRowResult::Status status)
{
    return tokenOf(statusTokens, status);
}

BulkCapture::BulkCapture(PaymentService *service, const Database *database, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_database(database)
{
    Q_ASSERT(service && database);
}

BulkCapture::~BulkCapture() = default;

bool BulkCapture::readCsv(QIODevice *device, QList<BulkCaptureRow> *rows, QString *error)
{
    CsvReader reader(device, csvLimits);
    QStringList fields;
    bool first = true;
    while (reader.readRecord(fields)) {
        const int line = int(reader.recordLine());
        // A cut record is not the row the file holds: refused before its fields are looked at.
        if (const QString cut = csvOverflow(reader); !cut.isEmpty()) {
            *error = QStringLiteral("line %1: %2").arg(line).arg(cut);
            return false;
        }
        if (first && fields.size() >= 1 && fields.at(0).trimmed() == u"merchant_reference") {
            first = false;
            continue;
        }
        first = false;
        if (fields.size() != 2) {
            *error = QStringLiteral("line %1: expected 2 fields (merchant_reference,amount), found %2")
                         .arg(line)
                         .arg(fields.size());
            return false;
        }
        rows->append(BulkCaptureRow{line, fields.at(0).trimmed(), fields.at(1).trimmed()});
    }
    if (!reader.error().isEmpty()) {
        *error = reader.error();
        return false;
    }
    return true;
}

BulkCapturePlan BulkCapture::preflight(const QList<BulkCaptureRow> &rows, const QDateTime &now) const
{
    BulkCapturePlan plan;
    const TransactionRules rules = m_service->rules();
    const TransactionRepository transactions(*m_database, rules);
    QSet<QString> seen;
    for (const BulkCaptureRow &row : rows) {
        BulkCapturePlanItem item;
        item.row = row;
        item.remaining = row.amount.compare(remainingWord, Qt::CaseInsensitive) == 0;
        const auto skip = [&item](BulkSkipReason reason, const QString &detail) {
            item.skipReason = reason;
            item.detail = detail;
        };
        if (row.merchantReference.isEmpty()) {
            skip(BulkSkipReason::InvalidInput, QStringLiteral("no merchant_reference"));
        } else if (seen.contains(row.merchantReference)) {
            skip(BulkSkipReason::Duplicate,
                 QStringLiteral("%1 appears on an earlier row").arg(row.merchantReference));
        } else if (const auto tx =
                       transactions.findByReference(m_database->merchantIdentifier(), row.merchantReference);
                   !tx.ok()) {
            skip(tx.error == StoreError::NotFound ? BulkSkipReason::NotInCache : BulkSkipReason::InvalidInput,
                 tx.error == StoreError::NotFound
                     ? QStringLiteral("order %1 is not in the cache").arg(row.merchantReference)
                     : tx.message);
        } else {
            item.transaction = *tx;
            std::optional<Money> amount;
            if (item.remaining) {
                amount = rules.remainingToCapture(*tx, now);
            } else if (const MoneyParseResult parsed = Money::parse(row.amount, tx->currency); parsed.ok()) {
                amount = *parsed.value;
            } else {
                skip(BulkSkipReason::InvalidInput,
                     QStringLiteral("amount \"%1\": %2")
                         .arg(row.amount, describeMoneyError(parsed, tx->currency)));
            }
            if (amount) {
                item.amount = *amount;
                item.decision = item.remaining
                                    ? rules.check(TransactionRules::Action::Capture, *tx, now)
                                    : rules.checkAmount(TransactionRules::Action::Capture, *tx, *amount, now);
                if (item.decision.allowed)
                    item.willCapture = true;
                else
                    skip(BulkSkipReason::Rule, TransactionRules::describe(item.decision, *tx));
            }
        }
        seen.insert(row.merchantReference);
        if (item.willCapture) {
            ++plan.captureCount;
            plan.totals[item.amount.currency().code()] += item.amount.minorUnits();
        } else {
            ++plan.skipCount;
        }
        plan.items.append(item);
    }
    return plan;
}

void BulkCapture::run(const BulkCapturePlan &plan, const QString &userName, int concurrency)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_userName = userName;
    m_concurrency = std::max(1, concurrency);
    m_items = plan.items;
    m_results = QList<std::optional<BulkCaptureRowResult>>(m_items.size());
    m_next = 0;
    m_inFlight = 0;
    m_done = 0;
    // Queued, so that the caller connects to the signals before the first row is reported.
    QMetaObject::invokeMethod(this, &BulkCapture::startMore, Qt::QueuedConnection);
}

void BulkCapture::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    QMetaObject::invokeMethod(this, &BulkCapture::startMore, Qt::QueuedConnection);
}

void BulkCapture::startMore()
{
    if (!m_running)
        return;
    while (m_next < m_items.size() && (m_cancelled || m_inFlight < m_concurrency)) {
        const int index = m_next++;
        const BulkCapturePlanItem &item = m_items.at(index);
        BulkCaptureRowResult result;
        result.item = item;
        if (!item.willCapture) {
            result.status = Status::Skipped;
            result.detail = item.detail;
            record(index, result);
            continue;
        }
        if (m_cancelled) {
            result.status = Status::Cancelled;
            result.detail = QStringLiteral("not started: the run was cancelled");
            record(index, result);
            continue;
        }
        PaymentJob *job = item.remaining
                              ? m_service->captureRemaining(item.row.merchantReference, m_userName)
                              : m_service->capture(item.row.merchantReference, item.amount, m_userName);
        ++m_inFlight;
        connect(job, &PaymentJob::finished, this, [this, index](const PaymentResult &payment) {
            --m_inFlight;
            BulkCaptureRowResult done;
            done.item = m_items.at(index);
            done.status = statusFor(payment.status);
            done.payment = payment;
            done.detail = payment.detail;
            record(index, done);
            startMore();
        });
    }
    maybeFinish();
}

void BulkCapture::record(int index, BulkCaptureRowResult result)
{
    m_results[index] = result;
    ++m_done;
    emit rowFinished(result);
    emit progress(m_done, int(m_items.size()));
}

void BulkCapture::maybeFinish()
{
    if (!m_running || m_inFlight > 0 || m_next < m_items.size())
        return;
    m_running = false;
    BulkCaptureReport report;
    report.cancelled = m_cancelled;
    for (const auto &result : std::as_const(m_results)) {
        report.rows.append(*result);
        if (result->status == Status::Captured && result->payment)
            report.captured[result->item.amount.currency().code()] += result->payment->amount.minorUnits();
    }
    emit finished(report);
}
