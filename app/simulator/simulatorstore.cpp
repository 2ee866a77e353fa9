#include "simulatorstore.h"

#include "simulatorbook.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

int connectionSerial = 0;

const char16_t *const schema[] = {
    u"CREATE TABLE IF NOT EXISTS orders ("
    u" merchant_reference TEXT PRIMARY KEY, fort_id TEXT NOT NULL UNIQUE, origin TEXT NOT NULL,"
    u" approved INTEGER NOT NULL, currency TEXT NOT NULL, authorized INTEGER NOT NULL,"
    u" captured INTEGER NOT NULL, refunded INTEGER NOT NULL, voided INTEGER NOT NULL,"
    u" authorized_at TEXT NOT NULL, customer_name TEXT, customer_email TEXT, card_number TEXT,"
    u" card_holder_name TEXT, expiry_date TEXT, payment_option TEXT, digital_wallet TEXT,"
    u" order_description TEXT, authorization_code TEXT, channel TEXT, eci TEXT)",
    u"CREATE TABLE IF NOT EXISTS operations ("
    u" merchant_reference TEXT NOT NULL, seq INTEGER NOT NULL, command TEXT NOT NULL,"
    u" amount INTEGER NOT NULL, currency TEXT, maintenance_reference TEXT, response_code TEXT NOT NULL,"
    u" response_message TEXT, applied INTEGER NOT NULL, at TEXT NOT NULL, answered_code TEXT,"
    u" PRIMARY KEY (merchant_reference, seq))",
    u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
};

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromText(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

// Runs `sql` on `query`; false with the SQL error in *error when it fails.
bool run(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

// State files written before operations recorded the code a fault answered lack answered_code; their
// operations were answered what they record (NULL reads as empty).
bool upgrade(QSqlQuery &query, QString *error)
{
    if (!run(query, QStringLiteral("PRAGMA table_info(operations)"), error))
        return false;
    while (query.next()) {
        if (query.value(1).toString() == u"answered_code")
            return true;
    }
    return run(query, QStringLiteral("ALTER TABLE operations ADD COLUMN answered_code TEXT"), error);
}

SimulatorOperation operationFrom(const QSqlQuery &ops)
{
    SimulatorOperation operation;
    operation.command = ops.value(1).toString();
    operation.amount = ops.value(2).toLongLong();
    operation.currency = ops.value(3).toString();
    operation.maintenanceReference = ops.value(4).toString();
    operation.responseCode = ops.value(5).toString();
    operation.responseMessage = ops.value(6).toString();
    operation.applied = ops.value(7).toBool();
    operation.at = timeFromText(ops.value(8).toString());
    operation.answeredCode = ops.value(9).toString();
    return operation;
}

SimulatorOrder orderFrom(const QSqlQuery &orders)
{
    SimulatorOrder order;
    order.merchantReference = orders.value(0).toString();
    order.fortId = orders.value(1).toString();
    order.origin = SimulatorOrder::originFromToken(orders.value(2).toString())
                       .value_or(SimulatorOrder::Origin::Authorization);
    order.approved = orders.value(3).toBool();
    order.currency = Currency::fromCode(orders.value(4).toString()).value_or(Currency());
    order.authorized = orders.value(5).toLongLong();
    order.captured = orders.value(6).toLongLong();
    order.refunded = orders.value(7).toLongLong();
    order.voided = orders.value(8).toBool();
    order.authorizedAt = timeFromText(orders.value(9).toString());
    order.customerName = orders.value(10).toString();
    order.customerEmail = orders.value(11).toString();
    order.cardNumber = orders.value(12).toString();
    order.cardHolderName = orders.value(13).toString();
    order.expiryDate = orders.value(14).toString();
    order.paymentOption = orders.value(15).toString();
    order.digitalWallet = orders.value(16).toString();
    order.orderDescription = orders.value(17).toString();
    order.authorizationCode = orders.value(18).toString();
    order.channel = orders.value(19).toString();
    order.eci = orders.value(20).toString();
    return order;
}

} // namespace

SimulatorStore::SimulatorStore()
    : m_connectionName(QStringLiteral("aps-simulator-%1").arg(++connectionSerial))
{}

SimulatorStore::~SimulatorStore()
{
    {
        QSqlDatabase db = database();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SimulatorStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool SimulatorStore::open(const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    for (const QString &statement :
         {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL")})
        query.exec(statement);
    for (const char16_t *statement : schema) {
        if (!run(query, QString::fromUtf16(statement), error))
            return false;
    }
    return upgrade(query, error);
}

bool SimulatorStore::load(SimulatorBook &book, QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery meta(db);
    if (!run(meta, QStringLiteral("SELECT key, value FROM meta"), error))
        return false;
    while (meta.next()) {
        const QString key = meta.value(0).toString();
        const QString value = meta.value(1).toString();
        if (key == u"clock_offset_seconds")
            book.setClockOffsetSeconds(value.toLongLong());
        else if (key == u"expiry_days")
            book.setExpiryDays(value.toInt());
        else if (key == u"sha_type" && shaTypeFromString(value))
            book.setShaType(*shaTypeFromString(value));
        else if (key == u"refund_reference_reuse")
            book.setRefundReferenceReuse(value == u"apply" ? SimulatorBook::RefundReferenceReuse::Apply
                                                           : SimulatorBook::RefundReferenceReuse::Reject);
    }

    QHash<QString, QList<SimulatorOperation>> operations;
    QSqlQuery ops(db);
    if (!run(ops,
             QStringLiteral("SELECT merchant_reference, command, amount, currency, maintenance_reference,"
                            " response_code, response_message, applied, at, answered_code FROM operations"
                            " ORDER BY merchant_reference, seq"),
             error))
        return false;
    while (ops.next())
        operations[ops.value(0).toString()].append(operationFrom(ops));

    QSqlQuery orders(db);
    if (!run(orders,
             QStringLiteral("SELECT merchant_reference, fort_id, origin, approved, currency, authorized,"
                            " captured, refunded, voided, authorized_at, customer_name, customer_email,"
                            " card_number, card_holder_name, expiry_date, payment_option, digital_wallet,"
                            " order_description, authorization_code, channel, eci FROM orders"),
             error))
        return false;
    while (orders.next()) {
        SimulatorOrder order = orderFrom(orders);
        order.operations = operations.value(order.merchantReference);
        m_savedOperations.insert(order.merchantReference, int(order.operations.size()));
        book.insert(std::move(order));
    }
    return true;
}

void SimulatorStore::save(const SimulatorOrder &order)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO orders (merchant_reference, fort_id, origin, approved, currency, authorized, captured,"
        " refunded, voided, authorized_at, customer_name, customer_email, card_number, card_holder_name,"
        " expiry_date, payment_option, digital_wallet, order_description, authorization_code, channel, eci)"
        " VALUES (:ref, :fort, :origin, :approved, :currency, :authorized, :captured, :refunded, :voided,"
        " :at, :name, :email, :card, :holder, :expiry, :option, :wallet, :description, :code, :channel, :eci)"
        " ON CONFLICT(merchant_reference) DO UPDATE SET captured = excluded.captured,"
        " refunded = excluded.refunded, voided = excluded.voided"));
    query.bindValue(QStringLiteral(":ref"), order.merchantReference);
    query.bindValue(QStringLiteral(":fort"), order.fortId);
    query.bindValue(QStringLiteral(":origin"), SimulatorOrder::originToken(order.origin));
    query.bindValue(QStringLiteral(":approved"), order.approved);
    query.bindValue(QStringLiteral(":currency"), order.currency.code());
    query.bindValue(QStringLiteral(":authorized"), order.authorized);
    query.bindValue(QStringLiteral(":captured"), order.captured);
    query.bindValue(QStringLiteral(":refunded"), order.refunded);
    query.bindValue(QStringLiteral(":voided"), order.voided);
    query.bindValue(QStringLiteral(":at"), timeText(order.authorizedAt));
    query.bindValue(QStringLiteral(":name"), order.customerName);
    query.bindValue(QStringLiteral(":email"), order.customerEmail);
    query.bindValue(QStringLiteral(":card"), order.cardNumber);
    query.bindValue(QStringLiteral(":holder"), order.cardHolderName);
    query.bindValue(QStringLiteral(":expiry"), order.expiryDate);
    query.bindValue(QStringLiteral(":option"), order.paymentOption);
    query.bindValue(QStringLiteral(":wallet"), order.digitalWallet);
    query.bindValue(QStringLiteral(":description"), order.orderDescription);
    query.bindValue(QStringLiteral(":code"), order.authorizationCode);
    query.bindValue(QStringLiteral(":channel"), order.channel);
    query.bindValue(QStringLiteral(":eci"), order.eci);
    if (!query.exec())
        qWarning("aps-simulator: cannot save an order: %s", qPrintable(query.lastError().text()));

    int &saved = m_savedOperations[order.merchantReference];
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO operations (merchant_reference, seq, command, amount, currency,"
        " maintenance_reference, response_code, response_message, applied, at, answered_code)"
        " VALUES (:ref, :seq, :command, :amount, :currency, :mref, :code, :message, :applied, :at,"
        " :answered)"));
    for (int seq = saved; seq < order.operations.size(); ++seq) {
        const SimulatorOperation &operation = order.operations.at(seq);
        insert.bindValue(QStringLiteral(":ref"), order.merchantReference);
        insert.bindValue(QStringLiteral(":seq"), seq);
        insert.bindValue(QStringLiteral(":command"), operation.command);
        insert.bindValue(QStringLiteral(":amount"), operation.amount);
        insert.bindValue(QStringLiteral(":currency"), operation.currency);
        insert.bindValue(QStringLiteral(":mref"), operation.maintenanceReference);
        insert.bindValue(QStringLiteral(":code"), operation.responseCode);
        insert.bindValue(QStringLiteral(":message"), operation.responseMessage);
        insert.bindValue(QStringLiteral(":applied"), operation.applied);
        insert.bindValue(QStringLiteral(":at"), timeText(operation.at));
        insert.bindValue(QStringLiteral(":answered"),
                         operation.answeredCode.isEmpty() ? QVariant() : QVariant(operation.answeredCode));
        if (!insert.exec())
            qWarning("aps-simulator: cannot save an operation: %s", qPrintable(insert.lastError().text()));
    }
    saved = int(order.operations.size());
}

void SimulatorStore::saveMeta(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (:key, :value)"));
    query.bindValue(QStringLiteral(":key"), key);
    query.bindValue(QStringLiteral(":value"), value);
    query.exec();
}

void SimulatorStore::beginBatch()
{
    database().transaction();
}

void SimulatorStore::commitBatch()
{
    database().commit();
}
