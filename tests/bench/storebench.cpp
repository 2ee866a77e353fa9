#include "benchsection.h"

#include "money/money.h"
#include "store/database.h"
#include "store/reportimporter.h"
#include "store/sqldialect.h"
#include "store/transactionexporter.h"
#include "store/transactionjson.h"
#include "store/transactionreader.h"
#include "store/transactionrepository.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimeZone>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <functional>
#include <memory>

namespace {

constexpr qint64 DefaultRows = 1'000'000;
constexpr int PageSize = 50;
constexpr int Repeats = 15;
constexpr qint64 CountCap = 10'000;
const QString Merchant = QStringLiteral("BENCHMERCHANT");
const qint64 BaseMs = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
constexpr qint64 DayMs = 86'400'000;

struct GenRow
{
    const char *operation;
    const char *status;
    qint64 amount;
    qint64 at;
};

// One order of the generated report and what importing it must produce.
struct GenOrder
{
    QString reference;
    QString fortId;
    const char *origin = "authorization";
    Currency currency;
    qint64 authorized = 0;
    qint64 captured = 0;
    qint64 refunded = 0;
    bool voided = false;
    bool failed = false;
    const char *baseState = "authorized";
    qint64 at = 0;
    QString name;
    QString email;
    QString card;
    const char *option = "VISA";
    QList<GenRow> rows;
};

// A small deterministic generator (64-bit LCG), so every run sees the same file.
struct Lcg
{
    quint64 state = 0x9E3779B97F4A7C15ULL;
    quint32 next(quint32 bound)
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32((state >> 33) % bound);
    }
};

// Calls `visit` for orders until `rows` report rows were produced. "Zubayr" is a rare customer name
// (1 in 50,000 orders); "Mohammed" a common one (1 in 8).
void generate(qint64 rows, const std::function<void(const GenOrder &)> &visit)
{
    static const char *firstNames[] = {"Mohammed", "Aisha", "Omar",  "Fatima",
                                       "Ahmed",    "Layla", "Yusuf", "Mariam"};
    static const char *lastNames[] = {"Haddad", "Khalil", "Nasser", "Saleh", "Mansour",
                                      "Farouk", "Aziz",   "Hamdan", "Qasim", "Rahman"};
    const Currency aed = *Currency::fromCode(u"AED");
    const Currency sar = *Currency::fromCode(u"SAR");
    const Currency kwd = *Currency::fromCode(u"KWD");
    const Currency usd = *Currency::fromCode(u"USD");
    Lcg random;
    qint64 produced = 0;
    for (qint64 i = 0; produced < rows; ++i) {
        GenOrder order;
        order.reference = QStringLiteral("ORD-%1").arg(i, 8, 10, QLatin1Char('0'));
        order.fortId = QString::number(170000000000000000LL + i * 7919);
        const quint32 c = random.next(10);
        order.currency = c < 6 ? aed : c < 8 ? sar : c < 9 ? kwd : usd;
        order.at = BaseMs + i * 7000;
        const QString first =
            i % 50000 == 4242 ? QStringLiteral("Zubayr") : QString::fromLatin1(firstNames[random.next(8)]);
        order.name = first + u' ' + QString::fromLatin1(lastNames[random.next(10)]);
        order.email = first.toLower() + u'.' + QString::number(i) + QStringLiteral("@mail.example");
        const quint32 last4 = random.next(10000);
        order.card = QStringLiteral("411111******%1").arg(last4, 4, 10, QLatin1Char('0'));
        const qint64 amount = (qint64(random.next(100000)) + 100) * (order.currency == kwd ? 10 : 1);
        const quint32 kind = random.next(20);
        const qint64 later = order.at + DayMs;
        if (kind < 8) { // authorization, captured in full or in part
            order.authorized = amount;
            order.captured = kind < 5 ? amount : amount / 2;
            order.baseState = kind < 5 ? "captured" : "partially_captured";
            order.rows = {{"authorization", "success", amount, order.at},
                          {"capture", "04", order.captured, later}};
        } else if (kind < 12) { // authorization only
            order.authorized = amount;
            order.rows = {{"authorization", "02", amount, order.at}};
        } else if (kind < 17) { // purchase, sometimes refunded in part
            order.origin = "purchase";
            order.option = "MASTERCARD";
            order.authorized = order.captured = amount;
            order.baseState = "captured";
            order.rows = {{"PURCHASE", "14", amount, order.at}};
            if (kind == 16) {
                order.refunded = amount / 4;
                order.baseState = "partially_refunded";
                order.rows.append({"refund", "success", order.refunded, later});
            }
        } else if (kind < 19) { // voided
            order.authorized = amount;
            order.voided = true;
            order.baseState = "voided";
            order.rows = {{"authorization", "success", amount, order.at},
                          {"void authorization", "08", 0, later}};
        } else { // declined
            order.authorized = amount;
            order.failed = true;
            order.baseState = "failed";
            order.rows = {{"authorization", "failed", amount, order.at}};
        }
        produced += order.rows.size();
        visit(order);
    }
}

QString dateText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

bool writeReport(const QString &path, qint64 rows, qint64 &orders)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("fort_id,merchant_reference,customer_name,customer_email,payment_option,transaction_date,"
               "card_number,amount,currency,operation,status,response_message\r\n");
    QByteArray buffer;
    orders = 0;
    generate(rows, [&](const GenOrder &order) {
        ++orders;
        for (const GenRow &row : order.rows) {
            const QString amount = row.amount || qstrcmp(row.operation, "void authorization") != 0
                                       ? Money::fromMinor(row.amount, order.currency).toPlainString()
                                       : QString();
            buffer += (order.fortId + u',' + order.reference + u',' + order.name + u',' + order.email + u',' +
                       QLatin1String(order.option) + u',' + dateText(row.at) + u',' + order.card + u',' +
                       amount + u',' + order.currency.code() + u',' + QLatin1String(row.operation) + u',' +
                       QLatin1String(row.status) + QStringLiteral(",\"Success, as expected\"\r\n"))
                          .toUtf8();
        }
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    });
    file.write(buffer);
    return true;
}

// The same final rows written with the sqlite3 C API: one prepared statement per table, the same batches
// and the same connection settings as the store. This is the floor an import can approach.
bool baselineInsert(const QString &path, qint64 rows, QString &error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return false;
    }
    // The store's connection settings, and the page cache the importer uses.
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; "
                 "PRAGMA cache_size=-32768;",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *tx = nullptr;
    sqlite3_stmt *totals = nullptr;
    sqlite3_stmt *keys = nullptr;
    sqlite3_prepare_v2(
        db,
        "INSERT INTO transactions (merchant_identifier, merchant_reference, fort_id, origin, currency, "
        "authorized, "
        "captured, refunded, voided, failed, base_state, authorized_at, capture_deadline, customer_name, "
        "customer_email, card_masked, card_last4, payment_option, digital_wallet, order_description, "
        "last_response_code, last_response_message, needs_status_check, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', ?, ?, 0, ?)",
        -1, &tx, nullptr);
    sqlite3_prepare_v2(
        db,
        "INSERT INTO report_totals (transaction_id, origin_seen, authorized, captured, refunded, "
        "voided, failed, last_row_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?)",
        -1, &totals, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO imported_rows (row_key, transaction_id, imported_at) VALUES (?, ?, ?)",
                       -1, &keys, nullptr);
    bool ok = tx && totals && keys;
    qint64 inBatch = 0;
    const auto text = [](sqlite3_stmt *s, int i, const QByteArray &value) {
        sqlite3_bind_text(s, i, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    };
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    generate(rows, [&](const GenOrder &order) {
        if (!ok)
            return;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        text(tx, 1, Merchant.toUtf8());
        text(tx, 2, order.reference.toUtf8());
        text(tx, 3, order.fortId.toUtf8());
        text(tx, 4, order.origin);
        text(tx, 5, order.currency.code().toUtf8());
        sqlite3_bind_int64(tx, 6, order.authorized);
        sqlite3_bind_int64(tx, 7, order.captured);
        sqlite3_bind_int64(tx, 8, order.refunded);
        sqlite3_bind_int(tx, 9, order.voided);
        sqlite3_bind_int(tx, 10, order.failed);
        text(tx, 11, order.baseState);
        sqlite3_bind_int64(tx, 12, order.at);
        sqlite3_bind_int64(tx, 13, order.at + 7 * DayMs);
        text(tx, 14, order.name.toUtf8());
        text(tx, 15, order.email.toUtf8());
        text(tx, 16, order.card.toUtf8());
        text(tx, 17, order.card.right(4).toUtf8());
        text(tx, 18, order.option);
        text(tx, 19, order.rows.last().status);
        text(tx, 20, "Success, as expected");
        sqlite3_bind_int64(tx, 21, now);
        ok = sqlite3_step(tx) == SQLITE_DONE;
        sqlite3_reset(tx);
        const sqlite3_int64 id = sqlite3_last_insert_rowid(db);
        sqlite3_bind_int64(totals, 1, id);
        sqlite3_bind_int64(totals, 2, order.authorized);
        sqlite3_bind_int64(totals, 3, order.captured);
        sqlite3_bind_int64(totals, 4, order.refunded);
        sqlite3_bind_int(totals, 5, order.voided);
        sqlite3_bind_int(totals, 6, order.failed);
        sqlite3_bind_int64(totals, 7, order.rows.last().at);
        ok = ok && sqlite3_step(totals) == SQLITE_DONE;
        sqlite3_reset(totals);
        for (int r = 0; r < order.rows.size(); ++r) {
            const QByteArray key = QCryptographicHash::hash((order.reference + QString::number(r)).toUtf8(),
                                                            QCryptographicHash::Sha256)
                                       .left(16)
                                       .toHex();
            text(keys, 1, key);
            sqlite3_bind_int64(keys, 2, id);
            sqlite3_bind_int64(keys, 3, now);
            ok = ok && sqlite3_step(keys) == SQLITE_DONE;
            sqlite3_reset(keys);
        }
        if (++inBatch == 5000) {
            sqlite3_exec(db, "COMMIT; BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
            inBatch = 0;
        }
    });
    if (!ok)
        error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_finalize(tx);
    sqlite3_finalize(totals);
    sqlite3_finalize(keys);
    sqlite3_close(db);
    return ok;
}

// The PostgreSQL floor: the same final rows COPYed (libpq PQputCopyData, text format) into plain tables with
// the same columns (no indexes, keys or triggers) in a schema of their own, one connection and one COPY per
// table fed side by side. Nothing can write these rows faster; the importer also checks, merges and indexes.
class CopyBaseline final
{
public:
    explicit CopyBaseline(const QString &uri)
    {
        for (PGconn *&connection : m_connections) {
            connection = PQconnectdb(uri.toUtf8().constData());
            m_ok = m_ok && PQstatus(connection) == CONNECTION_OK;
        }
    }
    ~CopyBaseline()
    {
        for (PGconn *connection : m_connections)
            PQfinish(connection);
    }
    Q_DISABLE_COPY_MOVE(CopyBaseline)

    bool run(qint64 rows, QString &error)
    {
        m_ok = m_ok && exec(m_connections[0], "DROP SCHEMA IF EXISTS bench_baseline CASCADE; "
                                              "CREATE SCHEMA bench_baseline");
        for (int t = 0; t < 3 && m_ok; ++t) {
            m_ok = exec(m_connections[0], QByteArray("CREATE TABLE bench_baseline.") + Tables[t] +
                                              " (LIKE public." + Tables[t] + " INCLUDING DEFAULTS)");
        }
        for (int t = 0; t < 3 && m_ok; ++t)
            m_ok = startCopy(m_connections[t], "bench_baseline", t);
        if (m_ok)
            feed(rows, -1);
        for (int t = 0; t < 3; ++t)
            m_ok = endCopy(m_connections[t]) && m_ok;
        return finish(error);
    }

    // Drops the baseline's tables; the store's database is left as PayDesk made it.
    void drop() { exec(m_connections[0], "DROP SCHEMA IF EXISTS bench_baseline CASCADE"); }

    // --fill copy: the same rows COPYed into the store's own tables (its indexes, keys and triggers), one
    // table after the other for the foreign keys, then ANALYZE as autovacuum would. For the queries at a
    // size PayDesk's import takes too long to reach; not a measure of the import.
    bool fillStore(qint64 rows, QString &error)
    {
        for (int t = 0; t < 3 && m_ok; ++t) {
            m_ok = startCopy(m_connections[t], "public", t);
            if (m_ok)
                feed(rows, t);
            m_ok = endCopy(m_connections[t]) && m_ok;
        }
        m_ok = m_ok && exec(m_connections[0], "ANALYZE");
        return finish(error);
    }

private:
    static constexpr const char *Tables[] = {"transactions", "report_totals", "imported_rows"};
    static constexpr const char *Columns[] = {
        "id, merchant_identifier, merchant_reference, fort_id, origin, currency, authorized, captured, "
        "refunded, voided, failed, base_state, authorized_at, capture_deadline, customer_name, "
        "customer_email, card_masked, card_last4, payment_option, digital_wallet, order_description, "
        "last_response_code, last_response_message, needs_status_check, updated_at",
        "transaction_id, origin_seen, authorized, captured, refunded, voided, failed, last_row_at",
        "row_key, transaction_id, imported_at"};

    bool startCopy(PGconn *connection, const char *schema, int table)
    {
        const QByteArray sql =
            QByteArray("COPY ") + schema + '.' + Tables[table] + " (" + Columns[table] + ") FROM STDIN";
        bool ok = exec(connection, "BEGIN");
        PGresult *copy = PQexec(connection, sql.constData());
        ok = ok && PQresultStatus(copy) == PGRES_COPY_IN;
        if (!ok && m_error.isEmpty())
            m_error = QString::fromUtf8(PQresultErrorMessage(copy));
        PQclear(copy);
        return ok;
    }

    bool endCopy(PGconn *connection)
    {
        bool ok = PQputCopyEnd(connection, nullptr) == 1;
        PGresult *end = PQgetResult(connection);
        ok = ok && PQresultStatus(end) == PGRES_COMMAND_OK;
        if (!ok && m_error.isEmpty())
            m_error = QString::fromUtf8(PQresultErrorMessage(end));
        PQclear(end);
        while (PGresult *rest = PQgetResult(connection))
            PQclear(rest);
        return exec(connection, "COMMIT") && ok;
    }

    bool finish(QString &error)
    {
        if (!m_ok)
            error = m_error.isEmpty() ? QString::fromUtf8(PQerrorMessage(m_connections[0])) : m_error;
        return m_ok;
    }

    bool exec(PGconn *connection, const QByteArray &sql)
    {
        PGresult *result = PQexec(connection, sql.constData());
        const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
        if (!ok && m_error.isEmpty())
            m_error = QString::fromUtf8(PQresultErrorMessage(result));
        PQclear(result);
        return ok;
    }

    // Feeds the COPY of table `only` (-1: all three) with the generated rows.
    void feed(qint64 rows, int only)
    {
        QByteArray buffers[3];
        qint64 id = 0;
        const auto flush = [&](bool always) {
            for (int t = 0; t < 3; ++t) {
                if (only >= 0 && t != only) {
                    buffers[t].clear();
                    continue;
                }
                if (always || buffers[t].size() > (1 << 18)) {
                    m_ok = m_ok && PQputCopyData(m_connections[t], buffers[t].constData(),
                                                 int(buffers[t].size())) == 1;
                    buffers[t].clear();
                }
            }
        };
        generate(rows, [&](const GenOrder &order) {
            const QByteArray now = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
            const QByteArray tid = QByteArray::number(++id);
            const auto n = [](qint64 v) {
                return QByteArray::number(v);
            };
            buffers[0] +=
                tid + '\t' + Merchant.toUtf8() + '\t' + order.reference.toUtf8() + '\t' +
                order.fortId.toUtf8() + '\t' + order.origin + '\t' + order.currency.code().toUtf8() + '\t' +
                n(order.authorized) + '\t' + n(order.captured) + '\t' + n(order.refunded) + '\t' +
                n(order.voided) + '\t' + n(order.failed) + '\t' + order.baseState + '\t' + n(order.at) +
                '\t' + n(order.at + 7 * DayMs) + '\t' + order.name.toUtf8() + '\t' + order.email.toUtf8() +
                '\t' + order.card.toUtf8() + '\t' + order.card.right(4).toUtf8() + '\t' + order.option +
                "\t\t\t" + order.rows.last().status + "\tSuccess, as expected\t0\t" + now + '\n';
            buffers[1] += tid + "\t1\t" + n(order.authorized) + '\t' + n(order.captured) + '\t' +
                          n(order.refunded) + '\t' + n(order.voided) + '\t' + n(order.failed) + '\t' +
                          n(order.rows.last().at) + '\n';
            for (int r = 0; r < order.rows.size(); ++r) {
                buffers[2] += QCryptographicHash::hash((order.reference + QString::number(r)).toUtf8(),
                                                       QCryptographicHash::Sha256)
                                  .left(16)
                                  .toHex() +
                              '\t' + tid + '\t' + now + '\n';
            }
            flush(false);
        });
        flush(true);
    }

    PGconn *m_connections[3] = {};
    bool m_ok = true;
    QString m_error;
};

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Median of Repeats runs of `work`, in milliseconds.
double measure(const std::function<void()> &work)
{
    QList<double> samples;
    for (int i = 0; i < Repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples << elapsedMs(timer);
    }
    return medianMs(samples);
}

QJsonObject storeBench(BenchContext &context)
{
    QTextStream &out = context.out;
    const qint64 rows = context.rows > 0 ? context.rows : DefaultRows;
    QJsonObject result;
    QJsonArray lines;
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("report.csv"));
    const QString basePath = dir.filePath(QStringLiteral("baseline.db"));

    const auto row = [&](const QString &what, double ms, double goalMs, const QString &note = QString()) {
        const bool met = goalMs <= 0 || ms <= goalMs;
        out << what.leftJustified(44) << QString::number(ms, 'f', 2).rightJustified(12) << " ms  "
            << (goalMs > 0 ? (met ? QStringLiteral("ok ") : QStringLiteral("OVER")) : QStringLiteral("   "))
            << "  " << note << '\n';
        out.flush();
        lines.append(QJsonObject{{QStringLiteral("what"), what},
                                 {QStringLiteral("ms"), ms},
                                 {QStringLiteral("goal_ms"), goalMs},
                                 {QStringLiteral("met"), met}});
    };

    QElapsedTimer timer;
    timer.start();
    qint64 orders = 0;
    if (!writeReport(csvPath, rows, orders)) {
        out << "cannot write " << csvPath << '\n';
        return result;
    }
    out << rows << " report rows, " << orders << " orders, " << QFile(csvPath).size() / (1024 * 1024)
        << " MiB of CSV generated in " << QString::number(elapsedMs(timer) / 1000, 'f', 1) << " s\n";
    result.insert(QStringLiteral("rows"), rows);
    result.insert(QStringLiteral("orders"), orders);

    // Baseline first, on its own database with the same schema (SQLite), or beside the store's empty tables
    // in a schema of its own that is dropped before the import (PostgreSQL).
    const bool onServer = Database::isServerUri(context.database);
    const QString dbPath = onServer ? context.database : dir.filePath(QStringLiteral("import.db"));
    std::unique_ptr<Database> store;
    double baselineMs = 0;
    {
        auto created = Database::create(onServer ? dbPath : basePath, Merchant, QStringLiteral("simulator"));
        if (!created.ok()) {
            out << created.message << '\n';
            return result;
        }
        if (onServer)
            store = std::move(*created);
    }
    timer.restart();
    QString error;
    if (onServer) {
        CopyBaseline baseline(dbPath);
        if (!baseline.run(rows, error))
            out << "baseline failed: " << error << '\n';
        baselineMs = elapsedMs(timer);
        baseline.drop();
    } else {
        if (!baselineInsert(basePath, rows, error))
            out << "baseline failed: " << error << '\n';
        baselineMs = elapsedMs(timer);
    }

    double importMs = 0;
    const bool fill = onServer && context.fill == u"copy";
    if (fill) {
        timer.restart();
        if (!CopyBaseline(dbPath).fillStore(rows, error))
            out << "fill failed: " << error << '\n';
        row(QStringLiteral("baseline: libpq COPY into plain tables"), baselineMs, 0);
        row(QStringLiteral("fill: COPY into the store's tables + ANALYZE"), elapsedMs(timer), 0,
            QStringLiteral("--fill copy: PayDesk's import was not run"));
        store.reset();
    } else {
        {
            if (!onServer) {
                auto created = Database::create(dbPath, Merchant, QStringLiteral("simulator"));
                if (!created.ok()) {
                    out << created.message << '\n';
                    return result;
                }
                store = std::move(*created);
            }
            ImportOptions options;
            timer.restart();
            const StoreResult<ImportReport> report = ReportImporter(*store, options).importFile(csvPath);
            importMs = elapsedMs(timer);
            if (!report.ok() || !report->written || report->ordersCreated != orders) {
                out << "import failed: "
                    << (report.ok() ? QString::number(report->badRows.size()) + u" bad rows" : report.message)
                    << '\n';
            }
            store.reset();
        }
        const double ratio = importMs / baselineMs;
        row(onServer ? QStringLiteral("baseline: libpq COPY into plain tables")
                     : QStringLiteral("baseline: sqlite3 C API prepared inserts"),
            baselineMs, 0);
        row(QStringLiteral("import (parse, stage, check, merge)"), importMs, 2 * baselineMs,
            QStringLiteral("%1x baseline (goal <= 2x)").arg(ratio, 0, 'f', 2));
        result.insert(QStringLiteral("import_ms"), importMs);
        result.insert(QStringLiteral("baseline_ms"), baselineMs);
        result.insert(QStringLiteral("import_baseline_ratio"), ratio);
    }
    const double importRss = peakRssMiB();

    timer.restart();
    auto opened = Database::open(dbPath, Merchant);
    if (!opened.ok()) {
        out << opened.message << '\n';
        return result;
    }
    const Database &db = **opened;
    TransactionReader reader(db);
    TransactionQuery all;
    all.now = QDateTime::fromMSecsSinceEpoch(BaseMs + 70 * DayMs, QTimeZone::utc());
    const qint64 count = *reader.count(all);
    row(QStringLiteral("open + exact count (%1 rows)").arg(count), elapsedMs(timer), 20);
    row(QStringLiteral("exact count"), measure([&] { reader.count(all); }), 20);

    for (const TransactionSort sort :
         {TransactionSort::Date, TransactionSort::Amount, TransactionSort::State, TransactionSort::Reference,
          TransactionSort::Customer, TransactionSort::Deadline}) {
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            TransactionQuery query = all;
            query.sort = sort;
            query.order = order;
            row(QStringLiteral("first page, by %1 %2")
                    .arg(transactionSortToken(sort),
                         order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc")),
                measure([&] { reader.firstPage(query, PageSize); }), 20);
        }
    }
    TransactionQuery byDate = all;
    const TransactionPage middle = *reader.pageAt(byDate, count / 2, PageSize);
    row(QStringLiteral("next page (keyset, mid-table)"),
        measure([&] { reader.pageAfter(byDate, middle.lastKey(), PageSize); }), 20);
    row(QStringLiteral("previous page (keyset, mid-table)"),
        measure([&] { reader.pageBefore(byDate, middle.firstKey(), PageSize); }), 20);
    row(QStringLiteral("last page"), measure([&] { reader.lastPage(byDate, PageSize); }), 20);
    row(QStringLiteral("page at row %1 (scrollbar jump)").arg(count / 2),
        measure([&] { reader.pageAt(byDate, count / 2, PageSize); }), 20);
    TransactionQuery byCustomer = all;
    byCustomer.sort = TransactionSort::Customer;
    row(QStringLiteral("page at row %1, by customer").arg(count / 2),
        measure([&] { reader.pageAt(byCustomer, count / 2, PageSize); }), 20);

    TransactionQuery filtered = all;
    filtered.states = {TransactionState::Captured};
    filtered.currency = QStringLiteral("AED");
    filtered.from = QDateTime::fromMSecsSinceEpoch(BaseMs + 10 * DayMs, QTimeZone::utc());
    filtered.to = QDateTime::fromMSecsSinceEpoch(BaseMs + 40 * DayMs, QTimeZone::utc());
    const qint64 filteredCount = *reader.count(filtered);
    row(QStringLiteral("filtered count (state+currency+dates: %1)").arg(filteredCount),
        measure([&] { reader.count(filtered); }), 20);
    row(QStringLiteral("filtered first page"), measure([&] { reader.firstPage(filtered, PageSize); }), 20);

    // TransactionRules' capture facts in SQL (TransactionQuery::Capture): the "Needs capture", "Expiring
    // soon" and "Lapsed" filters and Refresh all open.
    const std::pair<QString, TransactionQuery::Capture> presets[] = {
        {QStringLiteral("open for capture"), TransactionQuery::Capture::Open},
        {QStringLiteral("expiring soon"), TransactionQuery::Capture::ExpiringSoon},
        {QStringLiteral("lapsed"), TransactionQuery::Capture::Lapsed},
    };
    for (const auto &[name, capture] : presets) {
        TransactionQuery preset = all;
        preset.capture = capture;
        const qint64 matches = *reader.count(preset);
        row(QStringLiteral("%1 count (%2)").arg(name).arg(matches), measure([&] { reader.count(preset); }),
            20);
        row(QStringLiteral("%1 first page").arg(name), measure([&] { reader.firstPage(preset, PageSize); }),
            20);
    }

    // A whole reference and a reference prefix (B-tree lookups, SearchTerm), a common and a rare name (the
    // trigram index) and two letters (prefixes): the first page, the exact count and the count a list shows
    // as "10,000+" (countUpTo).
    for (const QString &term : {QStringLiteral("ORD-00040000"), QStringLiteral("ORD-0004"),
                                QStringLiteral("mohammed"), QStringLiteral("Om"), QStringLiteral("zubayr")}) {
        TransactionQuery search = all;
        search.text = term;
        const qint64 matches = *reader.count(search);
        row(QStringLiteral("search \"%1\" first page (%2 matches)").arg(term).arg(matches),
            measure([&] { reader.firstPage(search, PageSize); }), 20);
        row(QStringLiteral("search \"%1\" exact count").arg(term), measure([&] { reader.count(search); }),
            20);
        row(QStringLiteral("search \"%1\" count up to %2").arg(term).arg(CountCap),
            measure([&] { reader.countUpTo(search, CountCap); }), 20);
    }

    const double rss = peakRssMiB();
    out << "peak RSS " << QString::number(rss, 'f', 1)
        << (onServer ? " MiB of this process, the server's apart" : " MiB") << " (after import "
        << QString::number(importRss, 'f', 1) << " MiB), goal <= 150 MiB: " << (rss <= 150 ? "ok" : "OVER")
        << '\n';
    result.insert(QStringLiteral("peak_rss_mib"), rss);
    result.insert(QStringLiteral("measurements"), lines);
    return result;
}

// The database of the stream section: --db as it is when it holds transactions, else created (a SQLite file
// at
// --db or in `dir`; an empty PostgreSQL database of --db) and filled with the generated orders' final rows
// the baseline's way (prepared inserts / COPY), which is minutes faster than importing them.
std::unique_ptr<Database> streamDatabase(BenchContext &context, const QTemporaryDir &dir, qint64 rows)
{
    QTextStream &out = context.out;
    const bool onServer = Database::isServerUri(context.database);
    const QString location =
        context.database.isEmpty() ? dir.filePath(QStringLiteral("stream.db")) : context.database;
    // A server database PayDesk has not made yet is created below, like a missing file.
    auto existing = onServer || QFile::exists(location) ? Database::open(location, Merchant)
                                                        : StoreResult<std::unique_ptr<Database>>(nullptr);
    if (existing.ok() && *existing) {
        if (*TransactionReader(**existing).count(TransactionQuery()) > 0) {
            out << "reusing " << location << '\n';
            return std::move(*existing);
        }
    } else if (!onServer && QFile::exists(location)) {
        out << existing.message << '\n';
        return nullptr;
    } else {
        auto created = Database::create(location, Merchant, QStringLiteral("simulator"));
        if (!created.ok()) {
            out << created.message << '\n';
            return nullptr;
        }
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    const bool filled =
        onServer ? CopyBaseline(location).fillStore(rows, error) : baselineInsert(location, rows, error);
    if (!filled) {
        out << "filling " << location << " failed: " << error << '\n';
        return nullptr;
    }
    out << "filled " << location << " with " << rows << " report rows' orders in "
        << QString::number(elapsedMs(timer) / 1000, 'f', 1) << " s\n";
    auto opened = Database::open(location, Merchant);
    if (!opened.ok()) {
        out << opened.message << '\n';
        return nullptr;
    }
    return std::move(*opened);
}

// What `paydeskctl list --json` did before it streamed: keyset pages of 1,000, each row a QJsonObject
// through QJsonDocument. Measured for comparison.
qint64 pagedJsonList(const TransactionReader &reader, const TransactionQuery &query, QIODevice *device)
{
    const auto isoUtc = [](const QDateTime &time) {
        return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
    };
    qint64 rows = 0;
    device->write("[");
    StoreResult<TransactionPage> batch = reader.firstPage(query, 1000);
    while (batch.ok() && !batch->rows.isEmpty()) {
        for (const TransactionRow &row : std::as_const(batch->rows)) {
            const Transaction &tx = row.transaction;
            const QJsonObject object{
                {QStringLiteral("merchant_reference"), tx.merchantReference},
                {QStringLiteral("fort_id"), tx.fortId},
                {QStringLiteral("origin"), originToken(tx.origin)},
                {QStringLiteral("state"), stateToken(row.state)},
                {QStringLiteral("unresolved"), tx.unresolved},
                {QStringLiteral("needs_status_check"), row.needsStatusCheck},
                {QStringLiteral("late_applied"), row.lateApplied},
                {QStringLiteral("currency"), tx.currency.code()},
                {QStringLiteral("authorized"), tx.authorized},
                {QStringLiteral("captured"), tx.captured},
                {QStringLiteral("refunded"), tx.refunded},
                {QStringLiteral("refund_reserved"), tx.refundReserved},
                {QStringLiteral("attempted"), tx.attempted},
                {QStringLiteral("voided"), tx.voided},
                {QStringLiteral("authorized_at"), isoUtc(tx.authorizedAt)},
                {QStringLiteral("capture_deadline"), isoUtc(tx.captureDeadline)},
                {QStringLiteral("customer_name"), tx.customerName},
                {QStringLiteral("customer_email"), tx.customerEmail},
                {QStringLiteral("card_masked"), tx.cardMasked},
                {QStringLiteral("payment_option"), tx.paymentOption},
                {QStringLiteral("digital_wallet"), tx.digitalWallet},
                {QStringLiteral("last_response_code"), tx.lastResponseCode},
                {QStringLiteral("last_response_message"), tx.lastResponseMessage},
            };
            device->write(rows++ ? ",\n" : "\n");
            device->write(QJsonDocument(object).toJson(QJsonDocument::Compact));
        }
        if (batch->rows.size() < 1000)
            break;
        batch = reader.pageAfter(query, batch->lastKey(), 1000);
    }
    device->write(rows ? "\n]\n" : "]\n");
    return rows;
}

// The floor: the same columns in the same order through a bare forward-only QSqlQuery, each value as text,
// tab-separated lines. No row type, no state, no escaping.
qint64 plainDump(const Database &db, const TransactionQuery &query, QIODevice *device)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT ") + TransactionRepository::columns(QStringLiteral("t.")) +
                  QStringLiteral(", t.base_state, t.needs_status_check, t.late_applied FROM transactions t");
    if (query.hasTextSearch()) {
        // The same matches as the reader's, found the same way (the dialect's trigram condition).
        const SqlFragment search = SqlDialect::of(db.connection()).textSearch(query.searchTerms());
        sql += QStringLiteral(" WHERE ") + search.sql;
        // Sorting the matches, as the reader does, rather than walking the date index to find them.
        const SqlDialect dialect = SqlDialect::of(db.connection());
        q.prepare(sql + QStringLiteral(" ORDER BY ") +
                  dialect.withoutIndex(QStringLiteral("t.authorized_at")) + QStringLiteral(" DESC, ") +
                  dialect.withoutIndex(QStringLiteral("t.id")) + QStringLiteral(" DESC"));
        for (const QVariant &value : search.values)
            q.addBindValue(value);
    } else {
        q.prepare(sql + QStringLiteral(" ORDER BY t.authorized_at DESC, t.id DESC"));
    }
    q.exec();
    qint64 rows = 0;
    QByteArray buffer;
    const int columns = q.record().count();
    while (q.next()) {
        for (int c = 0; c < columns; ++c) {
            buffer += q.value(c).toString().toUtf8();
            buffer += c + 1 < columns ? '\t' : '\n';
        }
        ++rows;
        if (buffer.size() > 65536) {
            device->write(buffer);
            buffer.resize(0);
        }
    }
    device->write(buffer);
    return rows;
}

// `paydesk-bench stream`: list --json, CSV export and a plain dump of every order and of a common search.
QJsonObject streamBench(BenchContext &context)
{
    QTextStream &out = context.out;
    const qint64 reportRows = context.rows > 0 ? context.rows : DefaultRows;
    QTemporaryDir dir;
    const std::unique_ptr<Database> store = streamDatabase(context, dir, reportRows);
    if (!store)
        return {};
    QJsonArray lines;
    const auto row = [&](const QString &what, qint64 rows, double ms, const QString &note = QString()) {
        out << what.leftJustified(52) << QString::number(rows).rightJustified(8) << " rows "
            << QString::number(ms, 'f', 0).rightJustified(8) << " ms  peak RSS "
            << QString::number(peakRssMiB(), 'f', 1) << " MiB  " << note << '\n';
        out.flush();
        lines.append(QJsonObject{{QStringLiteral("what"), what},
                                 {QStringLiteral("rows"), rows},
                                 {QStringLiteral("ms"), ms},
                                 {QStringLiteral("peak_rss_mib"), peakRssMiB()}});
    };
    const auto timed = [](const std::function<qint64(QIODevice *)> &work, qint64 &rows) {
        QFile sink(QStringLiteral("/dev/null"));
        sink.open(QIODevice::WriteOnly);
        QElapsedTimer timer;
        timer.start();
        rows = work(&sink);
        return elapsedMs(timer);
    };
    const TransactionReader reader(*store);
    TransactionQuery all;
    all.now = QDateTime::fromMSecsSinceEpoch(BaseMs + 70 * DayMs, QTimeZone::utc());
    TransactionQuery search = all;
    search.text = QStringLiteral("mohammed");
    QJsonObject result;
    for (const auto &[name, query] :
         {std::pair{QStringLiteral("all"), all}, std::pair{QStringLiteral("search"), search}}) {
        const QString label =
            name == u"all" ? QStringLiteral("every order") : QStringLiteral("--search mohammed");
        qint64 rows = 0;
        const double dumpMs = timed([&](QIODevice *d) { return plainDump(*store, query, d); }, rows);
        row(QStringLiteral("plain dump (bare QSqlQuery), %1").arg(label), rows, dumpMs);
        const double jsonMs = timed(
            [&](QIODevice *d) {
                TransactionJsonWriter writer(d);
                qint64 n = 0;
                reader.forEach(query, [&](const TransactionRow &r) {
                    ++n;
                    return writer.write(r);
                });
                writer.finish();
                return n;
            },
            rows);
        row(QStringLiteral("list --json (one statement), %1").arg(label), rows, jsonMs,
            QStringLiteral("%1x the dump (goal <= 2x)").arg(jsonMs / dumpMs, 0, 'f', 2));
        const double csvMs =
            timed([&](QIODevice *d) { return *TransactionExporter(*store).exportCsv(query, d); }, rows);
        row(QStringLiteral("export CSV (one statement), %1").arg(label), rows, csvMs,
            QStringLiteral("%1x the dump").arg(csvMs / dumpMs, 0, 'f', 2));
        const double pagedMs = timed([&](QIODevice *d) { return pagedJsonList(reader, query, d); }, rows);
        row(QStringLiteral("before: list --json in keyset pages + QJsonDocument, %1").arg(label), rows,
            pagedMs);
        result.insert(name + QStringLiteral("_list_json_ms"), jsonMs);
        result.insert(name + QStringLiteral("_dump_ms"), dumpMs);
        result.insert(name + QStringLiteral("_export_csv_ms"), csvMs);
        result.insert(name + QStringLiteral("_paged_json_ms"), pagedMs);
    }
    result.insert(QStringLiteral("measurements"), lines);
    return result;
}

const BenchRegistration storeRegistration("store",
                                          "import vs raw sqlite3 inserts (or COPY on PostgreSQL), counts, "
                                          "pages, search, peak RSS (--rows N, default 1,000,000; --db "
                                          "postgresql://USER@HOST:PORT/EMPTY_DB for the team store)",
                                          storeBench);

} // namespace

namespace {
const BenchRegistration streamRegistration(
    "stream",
    "list --json, CSV export and a plain dump of every order and of a common search (--rows N, default "
    "1,000,000; --db FILE or postgresql://...: reused when it holds orders, else created and filled)",
    streamBench);
} // namespace
