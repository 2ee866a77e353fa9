#include "store/transactionjson.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

// The object `paydeskctl list --json` built before it wrote by hand: the reference for the bytes.
QJsonObject reference(const TransactionRow &row)
{
    const Transaction &tx = row.transaction;
    return QJsonObject{
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
}

TransactionRow row(const QString &name, qint64 atMs)
{
    TransactionRow row;
    Transaction &tx = row.transaction;
    tx.merchantReference = QStringLiteral("ORD-") + QString::number(atMs);
    tx.fortId = QStringLiteral("170000000000000001");
    tx.currency = *Currency::fromCode(u"KWD");
    tx.authorized = 1'250'500;
    tx.captured = 9'007'199'254'740'993; // above 2^53: an integer, not a double
    tx.refunded = 0;
    tx.refundReserved = -1;
    tx.attempted = 42;
    tx.authorizedAt = QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::utc());
    tx.captureDeadline = QDateTime::fromMSecsSinceEpoch(atMs + 7 * 86'400'000LL + 999, QTimeZone(3 * 3600));
    tx.customerName = name;
    tx.customerEmail = QStringLiteral("a@example.org");
    tx.cardMasked = QStringLiteral("411111******1111");
    tx.paymentOption = QStringLiteral("VISA");
    tx.lastResponseMessage = QStringLiteral("Success, as expected");
    tx.unresolved = true;
    row.state = TransactionState::PartiallyCaptured;
    row.lateApplied = true;
    return row;
}

} // namespace

class tst_TransactionJson final : public QObject
{
    Q_OBJECT

private slots:
    void sameBytesAsQJsonDocument_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("atMs");
        const qint64 june =
            QDateTime(QDate(2026, 6, 1), QTime(10, 0, 5, 123), QTimeZone::utc()).toMSecsSinceEpoch();
        QTest::newRow("plain") << QStringLiteral("Amal Haddad") << june;
        QTest::newRow("empty") << QString() << june;
        QTest::newRow("quotes and backslashes") << QStringLiteral("Zo\"e\\ O'Brien /") << june;
        QTest::newRow("controls") << QStringLiteral("a\tb\nc\rd\be\ff\x01g\x1fh\x7fi") << june;
        QTest::newRow("non-ASCII") << QStringLiteral("Zoë محمد 山田 \u2028 \U0001F600") << june;
        QTest::newRow("lone surrogates")
            << (QStringLiteral("x") + QChar(0xd800) + u'y' + QChar(0xdc00)) << june;
        QTest::newRow("before 1970") << QStringLiteral("Old") << qint64(-86'400'000LL * 400 - 1);
        QTest::newRow("year 1")
            << QStringLiteral("Older")
            << QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    }
    void sameBytesAsQJsonDocument()
    {
        QFETCH(QString, name);
        QFETCH(qint64, atMs);
        const TransactionRow r = row(name, atMs);
        QCOMPARE(TransactionJsonWriter::object(r),
                 QJsonDocument(reference(r)).toJson(QJsonDocument::Compact));
        TransactionRow unset = r;
        unset.transaction.authorizedAt = QDateTime();
        unset.transaction.captureDeadline = QDateTime();
        unset.transaction.currency = Currency();
        QCOMPARE(TransactionJsonWriter::object(unset),
                 QJsonDocument(reference(unset)).toJson(QJsonDocument::Compact));
    }

    // The array as the list always printed it, across the writer's buffer: one object per line.
    void writesOneArray()
    {
        for (const int count : {0, 1, 3000}) {
            QBuffer buffer;
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            TransactionJsonWriter writer(&buffer);
            QByteArray expected = "[";
            for (int i = 0; i < count; ++i) {
                const TransactionRow r = row(QStringLiteral("Name %1").arg(i), 1'780'000'000'000 + i);
                QVERIFY(writer.write(r));
                expected += (i ? ",\n" : "\n") + QJsonDocument(reference(r)).toJson(QJsonDocument::Compact);
            }
            QVERIFY(writer.finish());
            expected += count ? "\n]\n" : "]\n";
            QCOMPARE(buffer.data(), expected);
            QJsonParseError error;
            const QJsonDocument parsed = QJsonDocument::fromJson(buffer.data(), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(parsed.array().size(), count);
        }
    }

    void refusedWriteIsReported()
    {
        QBuffer closed; // never opened: every write fails
        TransactionJsonWriter writer(&closed);
        QVERIFY(!writer.finish());
    }
};

QTEST_GUILESS_MAIN(tst_TransactionJson)
#include "tst_transactionjson.moc"
