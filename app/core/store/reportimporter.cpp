#include "reportimporter.h"

#include "domain/cardnumber.h"
#include "domain/transactionrules.h"
#include "money/money.h"
#include "store/csvreader.h"
#include "store/database.h"
#include "store/transactionrepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
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

enum class Op { Authorization, Purchase, Capture, Refund, Void };
enum class Outcome { Success, Failed, Pending };

// One report row after parsing and validation, as staged.
struct Row
{
    qint64 line = 0;
    QString reference;
    QString fortId;
    Op op = Op::Authorization;
    Outcome outcome = Outcome::Failed;
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
    QString baseKey; // hash of the identifying fields; the row key adds the occurrence
    QString key;
    bool seen = false;
};

// What the imported report rows of one order add up to (the report_totals row).
struct ReportTotals
{
    bool originSeen = false;
    Origin origin = Origin::Authorization;
    qint64 authorized = 0;
    qint64 captured = 0;
    qint64 refunded = 0;
    bool voided = false;
    bool failed = false;
    qint64 lastRowAt = 0;
};

struct Existing
{
    Transaction tx;
    bool needsStatusCheck = false;
    ReportTotals report;
};

// The outcome of checking one order's rows against what is known of it.
struct OrderPlan
{
    QString badReason;
    qint64 badLine = 0;
    QList<const Row *> newRows;
    ReportTotals report; // after the new rows
    const Row *originRow = nullptr;
    const Row *latestRow = nullptr;
    bool pendingOrigin = false; // the origin's outcome is not final yet

    bool isBad() const { return !badReason.isEmpty(); }
};

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

constexpr const char *columnNames[ColCount] = {
    "merchant_reference", "fort_id",
    "operation",          "status",
    "response_code",      "amount",
    "currency",           "transaction_date",
    "customer_name",      "customer_email",
    "card_number",        "payment_option",
    "digital_wallet",     "order_description",
    "response_message",   "card_holder_name",
};

// The longest value each column may have, in characters. APS documents merchant_reference 40, fort_id 20,
// order_description and response_message 150 (shared/aps/README.md); customer_email 254 is the longest
// address SMTP carries (RFC 5321), which APS documents too. Names: APS takes 40 in requests, but a report
// also holds orders from other channels, and refusing a whole order for a long name costs more than storing
// 100 characters. The rest are codes and words of a few characters: their limits only keep messages short.
constexpr int columnMaxLength[ColCount] = {
    40,  // merchant_reference
    20,  // fort_id
    40,  // operation
    40,  // status
    10,  // response_code
    30,  // amount
    10,  // currency
    40,  // transaction_date
    100, // customer_name
    254, // customer_email
    40,  // card_number
    50,  // payment_option
    50,  // digital_wallet
    150, // order_description
    150, // response_message
    100, // card_holder_name
};

// What the reader keeps of one row: far above every limit above, far below what would hurt. An APS report has
// about 21 columns.
constexpr CsvLimits readerLimits{4096, 100, 64 * 1024};

QString normalizedHeader(const QString &name)
{
    return name.trimmed().toLower().replace(u' ', u'_');
}

std::optional<Op> parseOperation(const QString &text)
{
    const QString word = text.trimmed().toLower().replace(u'_', u' ').simplified();
    if (word == u"authorization" || word == u"authorisation" || word == u"authorize")
        return Op::Authorization;
    if (word == u"purchase" || word == u"sale")
        return Op::Purchase;
    if (word == u"capture")
        return Op::Capture;
    if (word == u"refund")
        return Op::Refund;
    if (word == u"void authorization" || word == u"void authorisation" || word == u"void")
        return Op::Void;
    return std::nullopt;
}

std::optional<Outcome> outcomeOfStatusCode(QStringView code)
{
    static const QSet<QString> success{QStringLiteral("02"), QStringLiteral("04"), QStringLiteral("06"),
                                       QStringLiteral("08"), QStringLiteral("14")};
    static const QSet<QString> pending{QStringLiteral("15"), QStringLiteral("19"), QStringLiteral("20"),
                                       QStringLiteral("40")};
    if (code.size() != 2 && code.size() != 5)
        return std::nullopt;
    for (const QChar c : code) {
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    }
    const QString status = code.left(2).toString();
    if (success.contains(status))
        return Outcome::Success;
    if (pending.contains(status))
        return Outcome::Pending;
    return Outcome::Failed;
}

std::optional<Outcome> parseOutcome(const QString &status, const QString &responseCode)
{
    const QString word = status.trimmed().toLower();
    if (word.isEmpty())
        return outcomeOfStatusCode(responseCode.trimmed());
    if (word == u"success" || word == u"successful" || word == u"succeeded" || word == u"approved" ||
        word == u"accepted")
        return Outcome::Success;
    if (word == u"failed" || word == u"failure" || word == u"fail" || word == u"declined" ||
        word == u"rejected" || word == u"error")
        return Outcome::Failed;
    if (word == u"pending" || word == u"uncertain" || word == u"on hold" || word == u"in review" ||
        word == u"processing")
        return Outcome::Pending;
    return outcomeOfStatusCode(word);
}

std::optional<qint64> parseDate(const QString &text, const QTimeZone &zone)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)\s*(Z|[+-]\d{2}:?\d{2})?$)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    const QTime time = QTime::fromString(match.captured(2), Qt::ISODateWithMs);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString offset = match.captured(3);
    if (offset.isEmpty())
        return QDateTime(date, time, zone).toMSecsSinceEpoch();
    if (offset == u"Z")
        return QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    const QString digits = QString(offset).remove(u':');
    const int sign = digits.front() == u'-' ? -1 : 1;
    const int seconds = sign * (digits.mid(1, 2).toInt() * 3600 + digits.mid(3, 2).toInt() * 60);
    return QDateTime(date, time, QTimeZone(seconds)).toMSecsSinceEpoch();
}

QString hashKey(const QStringList &parts)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256)
            .left(16)
            .toHex());
}

QString amountText(qint64 minor, const QString &currency)
{
    const std::optional<Currency> c = Currency::fromCode(currency);
    return (c ? Money::fromMinor(minor, *c).toPlainString() : QString::number(minor)) + u' ' + currency;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
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
    row.op = Op(q.value(3).toInt());
    row.outcome = Outcome(q.value(4).toInt());
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
    std::optional<Row> parseRow(const QStringList &fields, const CsvReader &reader, ImportBadRow &bad) const;
    StoreStatus forEachOrder(const std::function<StoreStatus(QList<QList<Row>> &)> &visit);
    StoreResult<std::optional<Existing>> findExisting(const QString &reference) const;
    StoreStatus markSeen(QList<Row> &rows) const;
    OrderPlan plan(const QList<Row> &rows, const std::optional<Existing> &existing) const;
    void reportBad(const QList<Row> &rows, const OrderPlan &plan);
    StoreStatus checkAll();
    StoreStatus mergeAll();
    StoreStatus mergeOrder(QList<Row> &rows);
    StoreStatus insertNew(const OrderPlan &plan, const Row &first, bool &inserted, qint64 &id) const;
    StoreStatus updateExisting(const OrderPlan &plan, Existing existing);
    StoreStatus recordRows(const OrderPlan &plan, qint64 transactionId) const;

    const Database &m_database;
    const ImportOptions &m_options;
    TransactionRepository m_repository;
    ImportReport m_report;
    QSet<QString> m_badReferences;
    QSet<qint64> m_badLines;
    bool m_transactionsEmpty = false;
    bool m_importedRowsEmpty = false;
    qint64 m_stagedRows = 0;
    qint64 m_ordersToMerge = 0; // orders that passed the check
    int m_index[ColCount] = {};
    int m_columnCount = 0;
    QStringList m_headerNames; // normalized, as in the file
    QString columnLabel(qsizetype index) const;
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

// How messages name a column: by its header, which is outside input too (masked, and cut when long).
QString ImportRun::columnLabel(qsizetype index) const
{
    constexpr qsizetype MaxShown = 40;
    const QString name = maskCardNumbers(m_headerNames.value(index));
    if (name.isEmpty())
        return QStringLiteral("column %1").arg(index + 1);
    return name.size() > MaxShown ? name.left(MaxShown) + QChar(0x2026) : name;
}

StoreStatus ImportRun::exec(const QString &sql) const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(sql))
        return sqlFailure(q, QStringLiteral("import staging"));
    return StoreStatus::success();
}

std::optional<Row> ImportRun::parseRow(const QStringList &fields, const CsvReader &reader,
                                       ImportBadRow &bad) const
{
    const qint64 line = reader.recordLine();
    const auto field = [&](Column column) {
        const int index = m_index[column];
        return index >= 0 && index < fields.size() ? fields.at(index).trimmed() : QString();
    };
    // Two fields quoted in one message could together spell a card number that neither holds alone.
    const auto fail = [&](const QString &reason) {
        bad.reason = maskCardNumbers(reason);
        return std::nullopt;
    };
    Row row;
    row.line = line;
    row.reference = field(ColReference);
    bad.line = line;
    // Card numbers first, in every column (those PayDesk does not read too), so that no other message can
    // echo one; the row's reference is not shown when it is where the number is.
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (containsCardNumber(fields.at(i))) {
            if (!containsCardNumber(row.reference))
                bad.merchantReference = row.reference;
            return fail(QStringLiteral("full card number in %1").arg(columnLabel(i)));
        }
    }
    constexpr qsizetype MaxReferenceShown = 40;
    bad.merchantReference = row.reference.size() > MaxReferenceShown
                                ? row.reference.left(MaxReferenceShown) + QChar(0x2026)
                                : row.reference;
    // The reader kept only part of an oversized row: refuse it without looking further.
    switch (reader.overflow()) {
    case CsvReader::Overflow::None:
        break;
    case CsvReader::Overflow::FieldTooLong:
        return fail(QStringLiteral("%1 is longer than %2 bytes (not read further)")
                        .arg(columnLabel(reader.overflowField()))
                        .arg(reader.limits().maxFieldBytes));
    case CsvReader::Overflow::TooManyFields:
        return fail(QStringLiteral("more than %1 fields where the header has %2")
                        .arg(reader.limits().maxFields)
                        .arg(m_columnCount));
    case CsvReader::Overflow::RecordTooLong:
        return fail(QStringLiteral("the row is longer than %1 bytes (not read further from %2 on)")
                        .arg(reader.limits().maxRecordBytes)
                        .arg(columnLabel(reader.overflowField())));
    }
    if (fields.size() != m_columnCount)
        return fail(
            QStringLiteral("%1 fields where the header has %2").arg(fields.size()).arg(m_columnCount));

    for (int column = 0; column < ColCount; ++column) {
        const qsizetype length = field(Column(column)).size();
        if (length > columnMaxLength[column]) {
            return fail(QStringLiteral("%1 has %2 characters, more than the %3 allowed")
                            .arg(QLatin1String(columnNames[column]))
                            .arg(length)
                            .arg(columnMaxLength[column]));
        }
    }

    const QString card = field(ColCardNumber);
    if (!isMaskedCardNumber(card)) {
        const qsizetype digits =
            std::count_if(card.cbegin(), card.cend(), [](QChar c) { return c.isDigit(); });
        return fail(digits > 10 ? QStringLiteral("full card number in card_number")
                                : QStringLiteral("card_number is not a masked card number"));
    }

    if (row.reference.isEmpty())
        return fail(QStringLiteral("missing merchant_reference"));
    const std::optional<Op> op = parseOperation(field(ColOperation));
    if (!op)
        return fail(QStringLiteral("unknown operation \"%1\"").arg(field(ColOperation)));
    row.op = *op;
    const std::optional<Outcome> outcome = parseOutcome(field(ColStatus), field(ColResponseCode));
    if (!outcome) {
        return fail(
            field(ColStatus).isEmpty() && field(ColResponseCode).isEmpty()
                ? QStringLiteral("missing status")
                : QStringLiteral("unknown status \"%1\"").arg(field(ColStatus) + field(ColResponseCode)));
    }
    row.outcome = *outcome;
    row.currency = field(ColCurrency).toUpper();
    const std::optional<Currency> currency = Currency::fromCode(row.currency);
    if (!currency)
        return fail(QStringLiteral("unknown currency \"%1\"").arg(field(ColCurrency)));
    const QString amount = field(ColAmount);
    if (!(amount.isEmpty() && row.op == Op::Void)) {
        const MoneyParseResult parsed = Money::parse(amount, *currency);
        if (!parsed.ok()) {
            return fail(QStringLiteral("bad amount \"%1\": %2")
                            .arg(amount, describeMoneyError(parsed.error, *currency, parsed.position)));
        }
        row.amount = parsed.value->minorUnits();
    }
    const std::optional<qint64> at = parseDate(field(ColDate), m_options.timeZone);
    if (!at)
        return fail(QStringLiteral("bad transaction_date \"%1\"").arg(field(ColDate)));
    row.at = *at;

    row.fortId = field(ColFortId);
    row.customerName = field(ColCustomerName);
    row.customerEmail = field(ColCustomerEmail);
    row.cardMasked = card;
    row.paymentOption = field(ColPaymentOption);
    row.digitalWallet = field(ColDigitalWallet);
    row.orderDescription = field(ColOrderDescription);
    row.responseCode = field(ColResponseCode);
    row.responseMessage = field(ColResponseMessage);
    row.baseKey =
        hashKey({row.reference, row.fortId, QString::number(int(row.op)), QString::number(int(row.outcome)),
                 QString::number(row.amount), row.currency, QString::number(row.at)});
    return row;
}

StoreStatus ImportRun::stage(QIODevice *device)
{
    CsvReader reader(device, readerLimits);
    QStringList fields;
    if (!reader.readRecord(fields)) {
        return StoreStatus::failure(StoreError::Invalid, reader.error().isEmpty()
                                                             ? QStringLiteral("the file is empty")
                                                             : reader.error());
    }
    if (reader.overflow() != CsvReader::Overflow::None) {
        return StoreStatus::failure(
            StoreError::Invalid,
            QStringLiteral("not an APS transaction report: its header (line %1) has more than %2 columns, "
                           "a column name longer than %3 bytes or more than %4 bytes in all")
                .arg(reader.recordLine())
                .arg(readerLimits.maxFields)
                .arg(readerLimits.maxFieldBytes)
                .arg(readerLimits.maxRecordBytes));
    }
    std::fill(std::begin(m_index), std::end(m_index), -1);
    m_columnCount = int(fields.size());
    m_headerNames.clear();
    for (int i = 0; i < fields.size(); ++i) {
        const QString name = normalizedHeader(fields.at(i));
        m_headerNames << name;
        for (int c = 0; c < ColCount; ++c) {
            if (name == QLatin1String(columnNames[c]) && m_index[c] < 0)
                m_index[c] = i;
        }
    }
    for (const Column required : {ColReference, ColOperation, ColAmount, ColCurrency, ColDate}) {
        if (m_index[required] < 0) {
            return StoreStatus::failure(StoreError::Invalid,
                                        QStringLiteral("not an APS transaction report: no %1 column")
                                            .arg(QLatin1String(columnNames[required])));
        }
    }
    if (m_index[ColStatus] < 0 && m_index[ColResponseCode] < 0) {
        return StoreStatus::failure(
            StoreError::Invalid,
            QStringLiteral("not an APS transaction report: no status or response_code column"));
    }

    const qint64 totalBytes = device->isSequential() ? 0 : device->size();
    QSqlDatabase db = m_database.connection();
    // The staging table is TEMP: this transaction takes no lock on the database file.
    if (!db.transaction())
        return Database::sqlFailure(db.lastError(), QStringLiteral("import staging"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO temp.import_staging (") + stagingColumns +
                   QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    while (reader.readRecord(fields)) {
        ++m_report.rowsRead;
        ImportBadRow bad;
        const std::optional<Row> row = parseRow(fields, reader, bad);
        if (!row) {
            m_report.badRows << bad;
            m_badLines.insert(bad.line);
            // The reference as in the file (the report may leave it out): every row of the order is skipped.
            const QString reference = fields.value(m_index[ColReference]).trimmed();
            if (!reference.isEmpty())
                m_badReferences.insert(reference);
            continue;
        }
        const QVariantList values{
            row->line,          row->reference,        row->fortId,       int(row->op),
            int(row->outcome),  row->amount,           row->currency,     row->at,
            row->customerName,  row->customerEmail,    row->cardMasked,   row->paymentOption,
            row->digitalWallet, row->orderDescription, row->responseCode, row->responseMessage,
            row->baseKey};
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i).userType() == QMetaType::QString
                                    ? notNull(values.at(i).toString())
                                    : values.at(i));
        if (!insert.exec()) {
            const StoreStatus failure = sqlFailure(insert, QStringLiteral("import staging"));
            db.rollback();
            return failure;
        }
        ++m_stagedRows;
        if (m_stagedRows % 10000 == 0)
            progress(ImportProgress::Phase::Reading, reader.bytesRead(), totalBytes);
    }
    if (!reader.error().isEmpty()) {
        m_report.badRows << ImportBadRow{reader.recordLine(), QString(), reader.error()};
    }
    if (!db.commit())
        return Database::sqlFailure(db.lastError(), QStringLiteral("import staging"));
    progress(ImportProgress::Phase::Reading, reader.bytesRead(), totalBytes);
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
            q.prepare(QStringLiteral("SELECT ") + stagingColumns +
                      QStringLiteral(" FROM temp.import_staging") +
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
                          QStringLiteral(" FROM temp.import_staging WHERE reference = ? ORDER BY line"));
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
    const int c = int(TransactionRepository::columns().count(u',')) + 1;
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
        row.key = hashKey({row.baseKey, QString::number(occurrences[row.baseKey]++)});
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

OrderPlan ImportRun::plan(const QList<Row> &rows, const std::optional<Existing> &existing) const
{
    OrderPlan plan;
    if (existing)
        plan.report = existing->report;
    const QString currency = existing ? existing->tx.currency.code() : rows.first().currency;
    const auto bad = [&plan](qint64 line, const QString &reason) {
        if (!plan.isBad()) {
            plan.badLine = line;
            plan.badReason = reason;
        }
    };
    qint64 lastCaptureLine = 0;
    qint64 lastRefundLine = 0;
    qint64 lastVoidLine = 0;
    ReportTotals &r = plan.report;
    for (const Row &row : rows) {
        if (row.seen)
            continue;
        plan.newRows << &row;
        if (row.currency != currency) {
            bad(row.line,
                QStringLiteral("currency %1 differs from the order's %2").arg(row.currency, currency));
            continue;
        }
        if (!plan.latestRow || row.at >= plan.latestRow->at)
            plan.latestRow = &row;
        r.lastRowAt = std::max(r.lastRowAt, row.at);
        switch (row.op) {
        case Op::Authorization:
        case Op::Purchase: {
            const Origin origin = row.op == Op::Purchase ? Origin::Purchase : Origin::Authorization;
            if (r.originSeen && r.origin != origin) {
                bad(row.line, QStringLiteral("the order has both an authorization and a purchase"));
                continue;
            }
            r.originSeen = true;
            r.origin = origin;
            if (!plan.originRow || row.outcome == Outcome::Success)
                plan.originRow = &row;
            if (row.outcome == Outcome::Success) {
                r.authorized = std::max(r.authorized, row.amount);
                r.failed = false;
                if (origin == Origin::Purchase)
                    r.captured = std::max(r.captured, row.amount);
            } else if (row.outcome == Outcome::Failed && r.authorized == 0) {
                r.failed = true;
                r.authorized = std::max(r.authorized, row.amount);
            }
            plan.pendingOrigin = row.outcome == Outcome::Pending && r.authorized == 0;
            break;
        }
        case Op::Capture:
            if (row.outcome == Outcome::Success) {
                r.captured += row.amount;
                lastCaptureLine = row.line;
            }
            break;
        case Op::Refund:
            if (row.outcome == Outcome::Success) {
                r.refunded += row.amount;
                lastRefundLine = row.line;
            }
            break;
        case Op::Void:
            if (row.outcome == Outcome::Success) {
                r.voided = true;
                lastVoidLine = row.line;
            }
            break;
        }
    }
    if (plan.isBad() || plan.newRows.isEmpty())
        return plan;

    const qint64 firstLine = plan.newRows.first()->line;
    if (!r.originSeen && !existing) {
        bad(firstLine,
            QStringLiteral("no authorization or purchase row for order %1").arg(rows.first().reference));
        return plan;
    }
    const Origin origin = r.originSeen ? r.origin : existing->tx.origin;
    if (existing && r.originSeen && existing->tx.origin != r.origin) {
        bad(plan.originRow ? plan.originRow->line : firstLine,
            QStringLiteral("the report has a %1, the cache a %2")
                .arg(originToken(r.origin), originToken(existing->tx.origin)));
        return plan;
    }
    const qint64 authorized = std::max(r.authorized, existing ? existing->tx.authorized : 0);
    const qint64 captured = std::max(r.captured, existing ? existing->tx.captured : 0);
    const qint64 refunded = std::max(r.refunded, existing ? existing->tx.refunded : 0);
    const bool voided = r.voided || (existing && existing->tx.voided);
    if (origin == Origin::Purchase && lastCaptureLine)
        bad(lastCaptureLine, QStringLiteral("capture of a purchase (a purchase is captured when paid)"));
    else if (origin == Origin::Purchase && lastVoidLine)
        bad(lastVoidLine, QStringLiteral("void of a purchase (a purchase can only be refunded)"));
    else if (captured > authorized)
        bad(lastCaptureLine ? lastCaptureLine : firstLine,
            QStringLiteral("captures (%1) above authorized (%2)")
                .arg(amountText(captured, currency), amountText(authorized, currency)));
    else if (refunded > captured)
        bad(lastRefundLine ? lastRefundLine : firstLine,
            QStringLiteral("refunds (%1) above captured (%2)")
                .arg(amountText(refunded, currency), amountText(captured, currency)));
    else if (voided && captured > 0)
        bad(lastVoidLine ? lastVoidLine : lastCaptureLine, QStringLiteral("void after a capture"));
    return plan;
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
            const OrderPlan plan = this->plan(rows, existing);
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
    if (std::all_of(rows.cbegin(), rows.cend(), [](const Row &row) { return row.seen; })) {
        m_report.rowsAlreadyImported += rows.size();
        return StoreStatus::success();
    }
    m_report.rowsAlreadyImported +=
        std::count_if(rows.cbegin(), rows.cend(), [](const Row &row) { return row.seen; });

    std::optional<Existing> existing;
    if (m_transactionsEmpty) {
        // A fresh cache: try the insert straight away, and fall back to a merge if the row appeared
        // meanwhile.
        const OrderPlan plan = this->plan(rows, std::nullopt);
        if (!plan.isBad()) {
            bool inserted = false;
            qint64 id = 0;
            if (StoreStatus s = insertNew(plan, rows.first(), inserted, id); !s.ok())
                return s;
            if (inserted)
                return recordRows(plan, id);
        }
    }
    StoreResult<std::optional<Existing>> found = findExisting(rows.first().reference);
    if (!found.ok())
        return found.status();
    existing = *found;
    const OrderPlan plan = this->plan(rows, existing);
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

StoreStatus ImportRun::insertNew(const OrderPlan &plan, const Row &first, bool &inserted, qint64 &id) const
{
    const Row &origin = plan.originRow ? *plan.originRow : first;
    const ReportTotals &r = plan.report;
    Transaction tx;
    tx.merchantIdentifier = m_database.merchantIdentifier();
    tx.merchantReference = first.reference;
    tx.origin = r.origin;
    tx.currency = Currency::fromCode(origin.currency).value_or(Currency());
    tx.authorized = r.authorized;
    tx.captured = r.captured;
    tx.refunded = r.refunded;
    tx.voided = r.voided;
    tx.failed = r.failed;
    const TransactionRules rules = this->rules();
    const QString baseState = stateToken(rules.baseState(tx));
    const qint64 authorizedAt = origin.at;
    const qint64 deadline = authorizedAt + qint64(m_options.captureWindow.count()) * 1000;
    const Row &latest = plan.latestRow ? *plan.latestRow : origin;
    // The bulk path of the importer: one prepared statement for a whole batch (the repository prepares per
    // call, which costs more than the insert itself at a million rows). Columns as TransactionRepository
    // writes them.
    static const QString sql = QStringLiteral(
        "INSERT INTO transactions (merchant_identifier, merchant_reference, fort_id, origin, currency, "
        "authorized, "
        "captured, refunded, voided, failed, base_state, authorized_at, capture_deadline, customer_name, "
        "customer_email, card_masked, card_last4, payment_option, digital_wallet, order_description, "
        "last_response_code, last_response_message, needs_status_check, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (merchant_identifier, merchant_reference) DO NOTHING");
    QSqlQuery &q = statement(sql);
    const auto firstNonEmpty = [&](QString Row::*member) {
        if (!(origin.*member).isEmpty())
            return origin.*member;
        for (const Row *row : plan.newRows) {
            if (!(row->*member).isEmpty())
                return row->*member;
        }
        return QString();
    };
    const QString cardMasked = firstNonEmpty(&Row::cardMasked);
    const QVariantList values{tx.merchantIdentifier,
                              tx.merchantReference,
                              nullIfEmpty(firstNonEmpty(&Row::fortId)),
                              originToken(tx.origin),
                              origin.currency,
                              tx.authorized,
                              tx.captured,
                              tx.refunded,
                              int(tx.voided),
                              int(tx.failed),
                              baseState,
                              authorizedAt,
                              deadline,
                              firstNonEmpty(&Row::customerName),
                              firstNonEmpty(&Row::customerEmail),
                              cardMasked,
                              cardLastFour(cardMasked),
                              firstNonEmpty(&Row::paymentOption),
                              firstNonEmpty(&Row::digitalWallet),
                              firstNonEmpty(&Row::orderDescription),
                              latest.responseCode,
                              latest.responseMessage,
                              int(plan.pendingOrigin),
                              nowMs()};
    for (int i = 0; i < values.size(); ++i) {
        const bool text = i != 2 && values.at(i).userType() == QMetaType::QString;
        q.bindValue(i, text ? notNull(values.at(i).toString()) : values.at(i));
    }
    if (!q.exec())
        return sqlFailure(q, QStringLiteral("importing order %1").arg(first.reference));
    inserted = q.numRowsAffected() > 0;
    if (inserted) {
        id = q.lastInsertId().toLongLong();
        const_cast<ImportRun *>(this)->m_report.ordersCreated++;
    }
    return StoreStatus::success();
}

StoreStatus ImportRun::updateExisting(const OrderPlan &plan, Existing existing)
{
    const ReportTotals &r = plan.report;
    Transaction tx = existing.tx;
    const Transaction before = tx;
    if (r.originSeen) {
        tx.authorized = std::max(tx.authorized, r.authorized);
        if (tx.failed && !r.failed && r.authorized > 0)
            tx.failed = false;
    }
    tx.captured = std::max(tx.captured, r.captured);
    tx.refunded = std::max(tx.refunded, r.refunded);
    tx.voided = tx.voided || r.voided;
    const bool lower = (r.originSeen && r.authorized < before.authorized) || r.captured < before.captured ||
                       r.refunded < before.refunded || (before.voided && !r.voided);
    const auto fill = [&plan](QString &target, QString Row::*member) {
        if (!target.isEmpty())
            return;
        for (const Row *row : plan.newRows) {
            if (!(row->*member).isEmpty()) {
                target = row->*member;
                return;
            }
        }
    };
    fill(tx.fortId, &Row::fortId);
    fill(tx.customerName, &Row::customerName);
    fill(tx.customerEmail, &Row::customerEmail);
    fill(tx.cardMasked, &Row::cardMasked);
    fill(tx.paymentOption, &Row::paymentOption);
    fill(tx.digitalWallet, &Row::digitalWallet);
    fill(tx.orderDescription, &Row::orderDescription);
    const bool raised = tx.authorized != before.authorized || tx.captured != before.captured ||
                        tx.refunded != before.refunded || tx.voided != before.voided ||
                        tx.failed != before.failed;
    if (raised && plan.latestRow && plan.latestRow->at >= existing.report.lastRowAt) {
        tx.lastResponseCode = plan.latestRow->responseCode;
        tx.lastResponseMessage = plan.latestRow->responseMessage;
    }
    const bool changed = raised || tx.fortId != before.fortId || tx.customerName != before.customerName ||
                         tx.customerEmail != before.customerEmail || tx.cardMasked != before.cardMasked ||
                         tx.paymentOption != before.paymentOption ||
                         tx.digitalWallet != before.digitalWallet ||
                         tx.orderDescription != before.orderDescription;
    if (changed) {
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
    }
    if (lower) {
        ++m_report.ordersFlagged;
        if (!existing.needsStatusCheck) {
            if (StoreStatus s = m_repository.setNeedsStatusCheck(tx.id, true); !s.ok())
                return s;
        }
    } else if (changed) {
        ++m_report.ordersUpdated;
    } else {
        ++m_report.ordersUnchanged;
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

    QSqlQuery &keys =
        statement(QStringLiteral("INSERT INTO imported_rows (row_key, transaction_id, imported_at) "
                                 "VALUES (?, ?, ?) ON CONFLICT (row_key) DO NOTHING"));
    const qint64 now = nowMs();
    for (const Row *row : plan.newRows) {
        keys.bindValue(0, row->key);
        keys.bindValue(1, transactionId);
        keys.bindValue(2, now);
        if (!keys.exec())
            return sqlFailure(keys, QStringLiteral("recording imported rows"));
    }
    return StoreStatus::success();
}

StoreResult<ImportReport> ImportRun::run(QIODevice *device)
{
    {
        QSqlQuery q(m_database.connection());
        if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM (SELECT 1 FROM transactions LIMIT 1)), "
                                   "(SELECT count(*) FROM (SELECT 1 FROM imported_rows LIMIT 1))")) ||
            !q.next())
            return sqlFailure(q, QStringLiteral("reading the cache"));
        m_transactionsEmpty = q.value(0).toInt() == 0;
        m_importedRowsEmpty = q.value(1).toInt() == 0;
    }
    // A million rows touch every page of eleven indexes in turn: a larger page cache for the import's length
    // saves re-reading them (restored below; this is the connection's only per-import setting).
    int cacheSize = -2000;
    {
        QSqlQuery q(m_database.connection());
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            cacheSize = q.value(0).toInt();
    }
    exec(QStringLiteral("PRAGMA cache_size = -%1").arg(ImportCacheKiB));
    const auto restoreCache =
        qScopeGuard([&] { exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize)); });
    if (StoreStatus s = exec(QStringLiteral("DROP TABLE IF EXISTS temp.import_staging")); !s.ok())
        return s;
    if (StoreStatus s = exec(QStringLiteral(
            "CREATE TEMP TABLE import_staging (line INTEGER NOT NULL, reference TEXT NOT NULL, fort_id TEXT "
            "NOT NULL, "
            "op INTEGER NOT NULL, outcome INTEGER NOT NULL, amount INTEGER NOT NULL, currency TEXT NOT NULL, "
            "at INTEGER NOT NULL, customer_name TEXT NOT NULL, customer_email TEXT NOT NULL, "
            "card_masked TEXT NOT NULL, payment_option TEXT NOT NULL, digital_wallet TEXT NOT NULL, "
            "order_description TEXT NOT NULL, response_code TEXT NOT NULL, response_message TEXT NOT NULL, "
            "base_key TEXT NOT NULL)"));
        !s.ok())
        return s;

    StoreStatus status = stage(device);
    if (status.ok())
        status = exec(
            QStringLiteral("CREATE INDEX temp.import_staging_by_order ON import_staging (reference, line)"));
    if (status.ok())
        status = checkAll();
    std::sort(m_report.badRows.begin(), m_report.badRows.end(),
              [](const ImportBadRow &a, const ImportBadRow &b) { return a.line < b.line; });
    if (status.ok() && (m_report.badRows.isEmpty() || m_options.skipBadRows)) {
        status = mergeAll();
        m_report.written = status.ok();
    }
    exec(QStringLiteral("DROP TABLE IF EXISTS temp.import_staging"));
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
