#include "reportimporter.h"

#include "domain/cardnumber.h"
#include "domain/transactionrules.h"
#include "store/csvreader.h"
#include "store/database.h"
#include "store/orderplan.h"
#include "store/reportedoperations.h"
#include "store/reportrow.h"
#include "store/sqlvalue.h"
#include "store/transactioncolumns.h"
#include "store/transactionrepository.h"

#include <QFile>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>

namespace {

constexpr int ImportCacheKiB = 32 * 1024;

using Row = ReportRow;
using Existing = ExistingOrder;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

const QLatin1String stagingColumns(
    "line, reference, fort_id, op, outcome, amount, currency, at, customer_name, customer_email, "
    "card_masked, "
    "payment_option, digital_wallet, order_description, response_code, response_message, base_key");

Row rowFromStaging(const QSqlQuery &q)
{
    Row row;
    row.line = q.value(0).toLongLong();
    row.reference = q.value(1).toString();
    row.fortId = q.value(2).toString();
    row.op = ReportOperation(q.value(3).toInt());
    row.outcome = ReportOutcome(q.value(4).toInt());
    row.amount = q.value(5).toLongLong();
    row.currency = q.value(6).toString();
    row.at = q.value(7).toLongLong();
    row.customerName = q.value(8).toString();
    row.customerEmail = q.value(9).toString();
    row.cardMasked = q.value(10).toString();
    row.paymentOption = q.value(11).toString();
    row.digitalWallet = q.value(12).toString();
    row.orderDescription = q.value(13).toString();
    row.responseCode = q.value(14).toString();
    row.responseMessage = q.value(15).toString();
    row.baseKey = q.value(16).toString();
    return row;
}

// One import run: the staging table, the prepared statements and the counters.
class ImportRun final
{
public:
    ImportRun(const Database &database, const ImportOptions &options)
        : m_database(database)
        , m_options(options)
        , m_repository(database, rules())
        , m_parser(options.timeZone)
    {}

    StoreResult<ImportReport> run(QIODevice *device);

private:
    TransactionRules rules() const
    {
        TransactionRules::Config config;
        config.captureWindow = m_options.captureWindow;
        return TransactionRules(config);
    }
    void progress(ImportProgress::Phase phase, qint64 done, qint64 total) const
    {
        if (m_options.progress)
            m_options.progress({phase, done, total});
    }
    StoreStatus sqlFailure(const QSqlQuery &q, const QString &what) const
    {
        return Database::sqlFailure(q, what);
    }

    StoreStatus exec(const QString &sql) const;
    StoreStatus stage(QIODevice *device);
    StoreStatus readHeader(CsvReader &reader);
    StoreStatus stageRows(CsvReader &reader, qint64 totalBytes);
    StoreStatus stageRow(QSqlQuery &insert, const Row &row);
    StoreStatus forEachOrder(const std::function<StoreStatus(QList<QList<Row>> &)> &visit);
    StoreResult<std::optional<Existing>> findExisting(const QString &reference) const;
    StoreStatus markSeen(QList<Row> &rows) const;
    void reportBad(const QList<Row> &rows, const OrderPlan &plan);
    StoreStatus checkAll();
    StoreStatus mergeAll();
    StoreStatus mergeOrder(QList<Row> &rows);
    StoreStatus mergePlanned(QList<Row> &rows);
    StoreStatus insertNew(const OrderPlan &plan, const Row &first, bool &inserted, qint64 &id);
    StoreStatus updateExisting(const OrderPlan &plan, const Existing &existing);
    StoreStatus writeUpdate(const Transaction &changed, const Transaction &before) const;
    StoreStatus recordRows(const OrderPlan &plan, qint64 transactionId) const;

    const Database &m_database;
    const ImportOptions &m_options;
    TransactionRepository m_repository;
    ReportRowParser m_parser;
    ImportReport m_report;
    QSet<QString> m_badReferences;
    QSet<qint64> m_badLines;
    bool m_transactionsEmpty = false;
    bool m_importedRowsEmpty = false;
    qint64 m_stagedRows = 0;
    qint64 m_ordersToMerge = 0; // orders that passed the check
    // Prepared once per import: preparing per order would cost more than the inserts themselves.
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QSqlQuery &statement(const QString &sql) const;
};

QSqlQuery &ImportRun::statement(const QString &sql) const
{
    std::unique_ptr<QSqlQuery> &query = m_statements[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_database.connection());
        query->setForwardOnly(true);
        query->prepare(sql);
    }
    return *query;
}

StoreStatus ImportRun::exec(const QString &sql) const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(sql))
        return sqlFailure(q, QStringLiteral("import staging"));
    return StoreStatus::success();
}

StoreStatus ImportRun::stage(QIODevice *device)
{
    CsvReader reader(device, ReportRowParser::ReaderLimits);
    if (StoreStatus s = readHeader(reader); !s.ok())
        return s;
    const qint64 totalBytes = device->isSequential() ? 0 : device->size();
    QSqlDatabase db = m_database.connection();
    // The staging table is TEMP: this transaction takes no lock on the database file.
    if (!db.transaction())
        return Database::sqlFailure(db.lastError(), QStringLiteral("import staging"));
    if (StoreStatus s = stageRows(reader, totalBytes); !s.ok()) {
        db.rollback();
        return s;
    }
    if (!reader.error().isEmpty()) {
        m_report.badRows << ImportBadRow{reader.recordLine(), QString(), reader.error()};
    }
    if (!db.commit())
        return Database::sqlFailure(db.lastError(), QStringLiteral("import staging"));
    progress(ImportProgress::Phase::Reading, reader.bytesRead(), totalBytes);
    return StoreStatus::success();
}

StoreStatus ImportRun::readHeader(CsvReader &reader)
{
    QStringList fields;
    if (!reader.readRecord(fields)) {
        return StoreStatus::failure(StoreError::Invalid, reader.error().isEmpty()
                                                             ? QStringLiteral("the file is empty")
                                                             : reader.error());
    }
    return m_parser.readHeader(fields, reader);
}

// Every row after the header: the good ones into the staging table, the bad ones into the report.
StoreStatus ImportRun::stageRows(CsvReader &reader, qint64 totalBytes)
{
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO import_staging (") + stagingColumns +
                   QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QStringList fields;
    while (reader.readRecord(fields)) {
        ++m_report.rowsRead;
        ImportBadRow bad;
        const std::optional<Row> row = m_parser.parse(fields, reader, bad);
        if (!row) {
            m_report.badRows << bad;
            m_badLines.insert(bad.line);
            // The reference as in the file (the report may leave it out): every row of the order is skipped.
            const QString reference = m_parser.reference(fields);
            if (!reference.isEmpty())
                m_badReferences.insert(reference);
            continue;
        }
        if (StoreStatus s = stageRow(insert, *row); !s.ok())
            return s;
        if (m_stagedRows % 10000 == 0)
            progress(ImportProgress::Phase::Reading, reader.bytesRead(), totalBytes);
    }
    return StoreStatus::success();
}

StoreStatus ImportRun::stageRow(QSqlQuery &insert, const Row &row)
{
    const QVariantList values{row.line,          row.reference,        row.fortId,       int(row.op),
                              int(row.outcome),  row.amount,           row.currency,     row.at,
                              row.customerName,  row.customerEmail,    row.cardMasked,   row.paymentOption,
                              row.digitalWallet, row.orderDescription, row.responseCode, row.responseMessage,
                              row.baseKey};
    for (int i = 0; i < values.size(); ++i)
        insert.bindValue(i, values.at(i).userType() == QMetaType::QString ? notNull(values.at(i).toString())
                                                                          : values.at(i));
    if (!insert.exec())
        return sqlFailure(insert, QStringLiteral("import staging"));
    ++m_stagedRows;
    return StoreStatus::success();
}

StoreStatus ImportRun::forEachOrder(const std::function<StoreStatus(QList<QList<Row>> &)> &visit)
{
    constexpr int ChunkRows = 20000;
    QString after;
    bool first = true;
    while (true) {
        QList<Row> rows;
        {
            QSqlQuery q(m_database.connection());
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT ") + stagingColumns + QStringLiteral(" FROM import_staging") +
                      (first ? QString() : QStringLiteral(" WHERE reference > ?")) +
                      QStringLiteral(" ORDER BY reference, line LIMIT ?"));
            if (!first)
                q.addBindValue(after);
            q.addBindValue(ChunkRows);
            if (!q.exec())
                return sqlFailure(q, QStringLiteral("reading the staged rows"));
            while (q.next())
                rows << rowFromStaging(q);
        }
        if (rows.isEmpty())
            return StoreStatus::success();
        const bool complete = rows.size() < ChunkRows;
        QList<QList<Row>> orders;
        for (Row &row : rows) {
            if (orders.isEmpty() || orders.last().first().reference != row.reference)
                orders.append(QList<Row>());
            orders.last().append(std::move(row));
        }
        if (!complete) {
            // The last order may continue beyond the chunk: read it again whole with the next chunk.
            if (orders.size() > 1) {
                orders.removeLast();
            } else {
                QSqlQuery q(m_database.connection());
                q.setForwardOnly(true);
                q.prepare(QStringLiteral("SELECT ") + stagingColumns +
                          QStringLiteral(" FROM import_staging WHERE reference = ? ORDER BY line"));
                q.addBindValue(orders.first().first().reference);
                if (!q.exec())
                    return sqlFailure(q, QStringLiteral("reading the staged rows"));
                orders.first().clear();
                while (q.next())
                    orders.first() << rowFromStaging(q);
            }
        }
        after = orders.last().first().reference;
        first = false;
        if (StoreStatus s = visit(orders); !s.ok())
            return s;
        if (complete)
            return StoreStatus::success();
    }
}

StoreResult<std::optional<Existing>> ImportRun::findExisting(const QString &reference) const
{
    static const QString sql =
        QStringLiteral("SELECT ") + TransactionRepository::columns(QStringLiteral("t.")) +
        QStringLiteral(", t.needs_status_check, r.transaction_id, r.origin_seen, r.authorized, r.captured, "
                       "r.refunded, r.voided, r.failed, r.last_row_at "
                       "FROM transactions t LEFT JOIN report_totals r ON r.transaction_id = t.id "
                       "WHERE t.merchant_identifier = ? AND t.merchant_reference = ?");
    QSqlQuery &q = statement(sql);
    q.bindValue(0, m_database.merchantIdentifier());
    q.bindValue(1, reference);
    if (!q.exec())
        return sqlFailure(q, QStringLiteral("reading transaction %1").arg(reference));
    if (!q.next()) {
        q.finish();
        return std::optional<Existing>();
    }
    Existing existing;
    existing.tx = TransactionRepository::fromQuery(q);
    const int c = int(transactionReadColumns().size());
    existing.needsStatusCheck = q.value(c).toInt() != 0;
    if (!q.value(c + 1).isNull()) {
        ReportTotals &r = existing.report;
        r.originSeen = q.value(c + 2).toInt() != 0;
        r.origin = existing.tx.origin;
        r.authorized = q.value(c + 3).toLongLong();
        r.captured = q.value(c + 4).toLongLong();
        r.refunded = q.value(c + 5).toLongLong();
        r.voided = q.value(c + 6).toInt() != 0;
        r.failed = q.value(c + 7).toInt() != 0;
        r.lastRowAt = q.value(c + 8).toLongLong();
    }
    q.finish();
    return std::optional<Existing>(existing);
}

StoreStatus ImportRun::markSeen(QList<Row> &rows) const
{
    QHash<QString, int> occurrences;
    for (Row &row : rows)
        row.key = ReportRowParser::hashKey({row.baseKey, QString::number(occurrences[row.baseKey]++)});
    if (m_importedRowsEmpty)
        return StoreStatus::success();
    QSqlQuery &q = statement(QStringLiteral("SELECT 1 FROM imported_rows WHERE row_key = ?"));
    for (Row &row : rows) {
        q.bindValue(0, row.key);
        if (!q.exec())
            return sqlFailure(q, QStringLiteral("reading imported row keys"));
        row.seen = q.next();
        q.finish();
    }
    return StoreStatus::success();
}

void ImportRun::reportBad(const QList<Row> &rows, const OrderPlan &plan)
{
    for (const Row &row : rows) {
        if (row.seen || m_badLines.contains(row.line))
            continue;
        m_badLines.insert(row.line);
        const QString reason =
            row.line == plan.badLine
                ? plan.badReason
                : QStringLiteral("order %1 skipped: line %2 is bad").arg(row.reference).arg(plan.badLine);
        m_report.badRows << ImportBadRow{row.line, row.reference, reason};
    }
}

StoreStatus ImportRun::checkAll()
{
    qint64 done = 0;
    return forEachOrder([&](QList<QList<Row>> &orders) -> StoreStatus {
        for (QList<Row> &rows : orders) {
            done += rows.size();
            const QString &reference = rows.first().reference;
            if (StoreStatus s = markSeen(rows); !s.ok())
                return s;
            if (m_badReferences.contains(reference)) {
                OrderPlan plan;
                for (const ImportBadRow &b : std::as_const(m_report.badRows)) {
                    if (b.merchantReference == reference) {
                        plan.badLine = b.line;
                        break;
                    }
                }
                plan.badReason = QStringLiteral("bad row");
                reportBad(rows, plan);
                continue;
            }
            std::optional<Existing> existing;
            if (!m_transactionsEmpty) {
                StoreResult<std::optional<Existing>> found = findExisting(reference);
                if (!found.ok())
                    return found.status();
                existing = *found;
            }
            const OrderPlan plan = planOrder(rows, existing);
            if (plan.isBad()) {
                m_badReferences.insert(reference);
                reportBad(rows, plan);
            } else {
                ++m_ordersToMerge;
            }
        }
        progress(ImportProgress::Phase::Checking, done, m_stagedRows);
        return StoreStatus::success();
    });
}

StoreStatus ImportRun::mergeAll()
{
    qint64 done = 0;
    qint64 ordersCommitted = 0;
    const StoreStatus status = forEachOrder([&](QList<QList<Row>> &orders) -> StoreStatus {
        for (qsizetype start = 0; start < orders.size(); start += m_options.ordersPerTransaction) {
            const qsizetype end = std::min<qsizetype>(orders.size(), start + m_options.ordersPerTransaction);
            qint64 ordersInTransaction = 0;
            const StoreStatus s = m_database.withWriteTransaction([&]() -> StoreStatus {
                for (qsizetype i = start; i < end; ++i) {
                    if (m_badReferences.contains(orders[i].first().reference))
                        continue;
                    if (StoreStatus merged = mergeOrder(orders[i]); !merged.ok())
                        return merged;
                    ++ordersInTransaction;
                }
                return StoreStatus::success();
            });
            if (!s.ok())
                return s;
            ordersCommitted += ordersInTransaction;
            for (qsizetype i = start; i < end; ++i)
                done += orders[i].size();
            progress(ImportProgress::Phase::Merging, done, m_stagedRows);
        }
        return StoreStatus::success();
    });
    if (status.ok())
        return status;
    // Earlier transactions are committed (one long transaction would hold the journal's lock for minutes):
    // say exactly what stays, and that the row keys make a second run finish the import.
    const QString stayed =
        ordersCommitted == 0
            ? QStringLiteral("Nothing was written")
            : QStringLiteral("The import wrote %1 of %2 orders before it stopped; the rest was not written")
                  .arg(ordersCommitted)
                  .arg(m_ordersToMerge);
    return StoreStatus::failure(
        status.error, status.message + QLatin1String(". ") + stayed +
                          QLatin1String("; import the same file again to finish (rows already imported are "
                                        "recognised and skipped)"));
}

StoreStatus ImportRun::mergeOrder(QList<Row> &rows)
{
    if (StoreStatus s = markSeen(rows); !s.ok())
        return s;
    const qint64 seen = std::count_if(rows.cbegin(), rows.cend(), [](const Row &row) { return row.seen; });
    m_report.rowsAlreadyImported += seen;
    if (seen == rows.size())
        return StoreStatus::success();
    if (m_transactionsEmpty) {
        // A fresh cache: try the insert straight away, and fall back to a merge if the row appeared
        // meanwhile.
        const OrderPlan plan = planOrder(rows, std::nullopt);
        if (!plan.isBad()) {
            bool inserted = false;
            qint64 id = 0;
            if (StoreStatus s = insertNew(plan, rows.first(), inserted, id); !s.ok())
                return s;
            if (inserted)
                return recordRows(plan, id);
        }
    }
    return mergePlanned(rows);
}

// Plans the order against what the cache holds now, then inserts, updates or leaves it.
StoreStatus ImportRun::mergePlanned(QList<Row> &rows)
{
    StoreResult<std::optional<Existing>> found = findExisting(rows.first().reference);
    if (!found.ok())
        return found.status();
    const std::optional<Existing> &existing = *found;
    const OrderPlan plan = planOrder(rows, existing);
    if (plan.isBad()) {
        // The cache changed since the check: this order now disagrees with it.
        reportBad(rows, plan);
        return StoreStatus::success();
    }
    if (!existing) {
        bool inserted = false;
        qint64 id = 0;
        if (StoreStatus s = insertNew(plan, rows.first(), inserted, id); !s.ok())
            return s;
        return recordRows(plan, id);
    }
    if (existing->tx.unresolved) {
        ++m_report.ordersUnresolved;
        return StoreStatus::success();
    }
    if (StoreStatus s = updateExisting(plan, *existing); !s.ok())
        return s;
    return recordRows(plan, existing->tx.id);
}

StoreStatus ImportRun::insertNew(const OrderPlan &plan, const Row &first, bool &inserted, qint64 &id)
{
    const Transaction tx =
        newTransaction(plan, first, m_database.merchantIdentifier(), m_options.captureWindow);
    QList<TransactionColumnValue> values = transactionInsertValues(tx, rules());
    values.append({TransactionColumn::NeedsStatusCheck, int(plan.needsStatusCheck())});
    // The bulk path of the importer: one prepared statement for a whole batch (the repository prepares per
    // call, which costs more than the insert itself at a million rows).
    static const QString sql = transactionInsertSql(
        values,
        QStringLiteral("ON CONFLICT (merchant_identifier, merchant_reference) DO NOTHING RETURNING id"));
    QSqlQuery &q = statement(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i).value);
    if (!q.exec())
        return sqlFailure(q, QStringLiteral("importing order %1").arg(first.reference));
    id = returnedId(q);
    inserted = id > 0;
    if (inserted) {
        ++m_report.ordersCreated;
        if (plan.needsStatusCheck())
            ++m_report.ordersUncertain;
    }
    return StoreStatus::success();
}

StoreStatus ImportRun::updateExisting(const OrderPlan &plan, const Existing &existing)
{
    const OrderUpdate update = updatedTransaction(plan, existing);
    if (update.changed) {
        if (StoreStatus s = writeUpdate(update.tx, existing.tx); !s.ok())
            return s;
    }
    if (update.lower || plan.needsStatusCheck()) {
        ++(update.lower ? m_report.ordersFlagged : m_report.ordersUncertain);
        if (!existing.needsStatusCheck) {
            if (StoreStatus s = m_repository.setNeedsStatusCheck(update.tx.id, true); !s.ok())
                return s;
        }
    } else if (update.changed) {
        ++m_report.ordersUpdated;
    } else {
        ++m_report.ordersUnchanged;
    }
    return StoreStatus::success();
}

StoreStatus ImportRun::writeUpdate(const Transaction &changed, const Transaction &before) const
{
    Transaction tx = changed;
    if (StoreStatus s = m_repository.update(tx); !s.ok())
        return s;
    if (tx.cardMasked != before.cardMasked) {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("UPDATE transactions SET card_last4 = ? WHERE id = ?"));
        q.addBindValue(cardLastFour(tx.cardMasked));
        q.addBindValue(tx.id);
        if (!q.exec())
            return sqlFailure(q, QStringLiteral("importing order %1").arg(tx.merchantReference));
    }
    return StoreStatus::success();
}

StoreStatus ImportRun::recordRows(const OrderPlan &plan, qint64 transactionId) const
{
    const ReportTotals &r = plan.report;
    QSqlQuery &totals = statement(QStringLiteral(
        "INSERT INTO report_totals (transaction_id, origin_seen, authorized, captured, refunded, voided, "
        "failed, "
        "last_row_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (transaction_id) DO UPDATE SET "
        "origin_seen = excluded.origin_seen, authorized = excluded.authorized, captured = excluded.captured, "
        "refunded = excluded.refunded, voided = excluded.voided, failed = excluded.failed, "
        "last_row_at = excluded.last_row_at"));
    const QVariantList values{transactionId, int(r.originSeen), r.authorized,  r.captured,
                              r.refunded,    int(r.voided),     int(r.failed), r.lastRowAt};
    for (int i = 0; i < values.size(); ++i)
        totals.bindValue(i, values.at(i));
    if (!totals.exec())
        return sqlFailure(totals, QStringLiteral("recording report totals"));

    // Each row keeps what it said, for the order's history (ReportedOperations).
    QSqlQuery &keys = statement(QStringLiteral(
        "INSERT INTO imported_rows (row_key, transaction_id, imported_at, operation, outcome, amount, "
        "currency, "
        "reported_at, fort_id, response_code, response_message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (row_key) DO NOTHING"));
    const qint64 now = nowMs();
    for (const Row *row : plan.newRows) {
        const QVariantList fields{row->key,
                                  transactionId,
                                  now,
                                  reportOperationToken(row->op),
                                  reportOutcomeToken(row->outcome),
                                  row->amount,
                                  row->currency,
                                  row->at,
                                  row->fortId,
                                  row->responseCode,
                                  row->responseMessage};
        for (int i = 0; i < fields.size(); ++i)
            keys.bindValue(i, fields.at(i));
        if (!keys.exec())
            return sqlFailure(keys, QStringLiteral("recording imported rows"));
    }
    return StoreStatus::success();
}

StoreResult<ImportReport> ImportRun::run(QIODevice *device)
{
    {
        QSqlQuery q(m_database.connection());
        if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM (SELECT 1 FROM transactions LIMIT 1) AS t), "
                                   "(SELECT count(*) FROM (SELECT 1 FROM imported_rows LIMIT 1) AS r)")) ||
            !q.next())
            return sqlFailure(q, QStringLiteral("reading the cache"));
        m_transactionsEmpty = q.value(0).toInt() == 0;
        m_importedRowsEmpty = q.value(1).toInt() == 0;
    }
    // SQLite: a million rows touch every page of eleven indexes in turn; a larger page cache for the import's
    // length saves re-reading them (restored below; this is the connection's only per-import setting).
    const bool sqlite = m_database.backend() == SqlDialect::Kind::Sqlite;
    int cacheSize = -2000;
    if (sqlite) {
        QSqlQuery q(m_database.connection());
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            cacheSize = q.value(0).toInt();
        exec(QStringLiteral("PRAGMA cache_size = -%1").arg(ImportCacheKiB));
    }
    const auto restoreCache = qScopeGuard([&] {
        if (sqlite)
            exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    });
    if (StoreStatus s = exec(QStringLiteral("DROP TABLE IF EXISTS import_staging")); !s.ok())
        return s;
    if (StoreStatus s = exec(QStringLiteral(
            "CREATE TEMP TABLE import_staging (line BIGINT NOT NULL, reference TEXT NOT NULL, fort_id TEXT "
            "NOT NULL, "
            "op BIGINT NOT NULL, outcome BIGINT NOT NULL, amount BIGINT NOT NULL, currency TEXT NOT NULL, "
            "at BIGINT NOT NULL, customer_name TEXT NOT NULL, customer_email TEXT NOT NULL, "
            "card_masked TEXT NOT NULL, payment_option TEXT NOT NULL, digital_wallet TEXT NOT NULL, "
            "order_description TEXT NOT NULL, response_code TEXT NOT NULL, response_message TEXT NOT NULL, "
            "base_key TEXT NOT NULL)"));
        !s.ok())
        return s;

    StoreStatus status = stage(device);
    if (status.ok())
        status =
            exec(QStringLiteral("CREATE INDEX import_staging_by_order ON import_staging (reference, line)"));
    if (status.ok())
        status = checkAll();
    std::sort(m_report.badRows.begin(), m_report.badRows.end(),
              [](const ImportBadRow &a, const ImportBadRow &b) { return a.line < b.line; });
    if (status.ok() && (m_report.badRows.isEmpty() || m_options.skipBadRows)) {
        status = mergeAll();
        m_report.written = status.ok();
    }
    exec(QStringLiteral("DROP TABLE IF EXISTS import_staging"));
    if (!status.ok())
        return status;
    return m_report;
}

} // namespace

ReportImporter::ReportImporter(const Database &database, ImportOptions options)
    : m_database(database)
    , m_options(std::move(options))
{}

StoreResult<ImportReport> ReportImporter::importFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StoreResult<ImportReport>::failure(
            StoreError::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return importDevice(&file);
}

StoreResult<ImportReport> ReportImporter::importDevice(QIODevice *device) const
{
    ImportRun run(m_database, m_options);
    return run.run(device);
}
