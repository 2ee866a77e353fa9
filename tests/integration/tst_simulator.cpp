#include "aps/apsclient.h"
#include "aps/apsmessage.h"
#include "aps/signature.h"
#include "apssimulator.h"
#include "demoseed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <memory>
#include <optional>

namespace {

using Fields = QList<std::pair<QString, QString>>;

struct HttpAnswer
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
};

// A body Qt cannot rewind. Qt re-sends a POST whose connection dropped before the answer whenever it can
// rewind the body, and it always can with a QBuffer (it reads the buffer's bytes directly), even with
// DoNotBufferUploadDataAttribute.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min(maxSize, m_data.size() - m_position);
        std::memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QJsonArray operationsOf(const QJsonObject &order)
{
    return order.value(text("operations")).toArray();
}

} // namespace

// Drives the simulator over real HTTP on loopback with signed requests, as PayDesk and the APS SDKs do, and
// checks every answer (including its response signature) against the simulator's ground truth.
class tst_Simulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void publishedVector_data();
    void publishedVector();
    void originCommands_data();
    void originCommands();
    void duplicateOriginReference();
    void capturePartialAndRepeated();
    void captureOnPurchase();
    void voidBeforeCaptureOnly();
    void refundUpToCaptured();
    void refundOfPurchaseAndCurrencyMismatch();
    void maintenanceReference();
    void maintenanceReferenceReuseApplies();
    void checkStatus();
    void orderNotFound_data();
    void orderNotFound();
    void expiry();
    void validation_data();
    void validation();
    void amountAsJsonNumberAndEcho();
    void arabicMessages();
    void inFlightDuringDelay();
    void faults_data();
    void faults();
    void faultCountAndMatch();
    void faultClientGivesUpDuringDelay();
    void controlApiErrors();
    void exportCsv();
    void persistsAcrossRestarts();
    void demoSeed();
    void merchantReferenceRequired_data();
    void merchantReferenceRequired();
    void fieldsTheCommandDoesNotTake_data();
    void fieldsTheCommandDoesNotTake();
    void answeredCodeOfAnUncertainFault();
    void reportListsDeclinedAndUncertain();
    void checkStatusLanguage();
    void thirdPartyResponseCodes_data();
    void thirdPartyResponseCodes();
    void thirdPartyCodesVerifiedByPayDeskClient();
    void configUnknownKeyChangesNothing();
    void configShaType();
    void loadsStateWithoutAnsweredCode();

private:
    HttpAnswer exchange(const QString &method, const QString &path, const QByteArray &body = {},
                        int timeoutMs = 10000);
    QByteArray signedBody(Fields fields, const QString &phrase = {}) const;
    // Sends a request with the account's credentials and language added, signed with the request phrase.
    HttpAnswer send(const Fields &fields)
    {
        return exchange(text("POST"), text("/FortAPI/paymentApi"), signedBody(fields));
    }
    QJsonObject groundTruth(const QString &reference);
    QJsonObject lastOperation(const QString &reference)
    {
        return operationsOf(groundTruth(reference)).last().toObject();
    }
    // The export's lines for one order, header left out.
    QStringList reportLines(const QString &reference);
    void createOrder(const QString &reference, const QString &origin, qint64 amount, const QString &currency,
                     const QString &authorizedAt = {});
    void addFault(const QJsonObject &fault);

    SimulatorSettings m_settings;
    std::unique_ptr<ApsSimulator> m_simulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QUrl m_base;
};

// Parses and verifies an answer; fails the test when it does not verify.
#define VERIFIED(answer, name)                                                                               \
    const HttpAnswer answer_##name = (answer);                                                               \
    const auto parsed_##name = ApsMessage::parse(answer_##name.body);                                        \
    QVERIFY2(parsed_##name.ok(), answer_##name.body.constData());                                            \
    const ApsMessage name = *parsed_##name.message;                                                          \
    QVERIFY2(ApsSignature::verify(name, m_settings.responsePhrase, m_settings.shaType),                      \
             answer_##name.body.constData())

void tst_Simulator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Simulator::init()
{
    m_settings = SimulatorSettings::demo();
    m_simulator = std::make_unique<ApsSimulator>(m_settings);
    const quint16 port = m_simulator->listen(0);
    QVERIFY(port != 0);
    m_base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    m_network = std::make_unique<QNetworkAccessManager>();
}

void tst_Simulator::cleanup()
{
    m_network.reset();
    m_simulator.reset();
}

HttpAnswer tst_Simulator::exchange(const QString &method, const QString &path, const QByteArray &body,
                                   int timeoutMs)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    // A one-shot body Qt has not buffered: a dropped connection is then an error (ContentReSendError)
    // instead of a silent second request.
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *upload = new OneShotBody(body);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method.toLatin1(), upload);
    upload->setParent(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 2000);
    HttpAnswer answer;
    answer.error = reply->error();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

QByteArray tst_Simulator::signedBody(Fields fields, const QString &phrase) const
{
    const auto has = [&fields](const char *name) {
        return std::any_of(fields.cbegin(), fields.cend(),
                           [name](const auto &f) { return f.first == text(name); });
    };
    if (!has("access_code"))
        fields.prepend({text("access_code"), m_settings.accessCode});
    if (!has("merchant_identifier"))
        fields.prepend({text("merchant_identifier"), m_settings.merchantIdentifier});
    if (!has("language"))
        fields.append({text("language"), text("en")});
    ApsMessage message;
    for (const auto &[name, value] : fields) {
        if (!value.isNull())
            message.set(name, value);
    }
    if (!has("signature"))
        message.set(text("signature"),
                    ApsSignature::sign(message, phrase.isEmpty() ? m_settings.requestPhrase : phrase,
                                       m_settings.shaType));
    return message.toJson();
}

QJsonObject tst_Simulator::groundTruth(const QString &reference)
{
    const HttpAnswer answer = exchange(text("GET"), QStringLiteral("/__sim/orders/") + reference);
    if (answer.status != 200)
        return {};
    return QJsonDocument::fromJson(answer.body).object();
}

void tst_Simulator::createOrder(const QString &reference, const QString &origin, qint64 amount,
                                const QString &currency, const QString &authorizedAt)
{
    QJsonObject order{{text("merchant_reference"), reference},
                      {text("origin"), origin},
                      {text("amount"), amount},
                      {text("currency"), currency},
                      {text("customer_name"), text("Layla Nasser")},
                      {text("card_number"), text("4111111111111111")}};
    if (!authorizedAt.isEmpty())
        order.insert(text("authorized_at"), authorizedAt);
    const HttpAnswer answer =
        exchange(text("POST"), text("/__sim/orders"), QJsonDocument(order).toJson(QJsonDocument::Compact));
    QCOMPARE(answer.status, 201);
    QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(text("card_number")).toString(),
             text("411111******1111"));
}

void tst_Simulator::addFault(const QJsonObject &fault)
{
    const HttpAnswer answer =
        exchange(text("POST"), text("/__sim/faults"), QJsonDocument(fault).toJson(QJsonDocument::Compact));
    QCOMPARE(answer.status, 200);
}

static Fields capture(const QString &reference, const QString &amount, const QString &currency = text("AED"))
{
    return {{text("command"), text("CAPTURE")},
            {text("merchant_reference"), reference},
            {text("amount"), amount},
            {text("currency"), currency}};
}

static Fields refund(const QString &reference, const QString &amount, const QString &currency = text("AED"),
                     const QString &maintenanceReference = {})
{
    Fields fields{{text("command"), text("REFUND")},
                  {text("merchant_reference"), reference},
                  {text("amount"), amount},
                  {text("currency"), currency}};
    if (!maintenanceReference.isEmpty())
        fields.append({text("maintenance_reference"), maintenanceReference});
    return fields;
}

static Fields voidAuthorization(const QString &reference)
{
    return {{text("command"), text("VOID_AUTHORIZATION")}, {text("merchant_reference"), reference}};
}

static Fields checkStatusOf(const QString &name, const QString &value)
{
    return {{text("query_command"), text("CHECK_STATUS")}, {name, value}};
}

void tst_Simulator::publishedVector_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("responseCode");
    QTest::addColumn<bool>("created");

    const QByteArray head = "{\"command\":\"PURCHASE\",\"merchant_reference\":\"Test010\",";
    const QByteArray tail =
        ",\"access_code\":\"SILgpo7pWbmzuURp2qri\",\"merchant_identifier\":\"MxvOupuG\","
        "\"currency\":\"USD\",\"language\":\"en\",\"customer_email\":\"test@gmail.com\","
        "\"signature\":\"94c38afc7bdae0114fc8c740edf12416f22998241ce4b4ea70d5521233a2c882\"}";
    QTest::newRow("amount as a string") << head + "\"amount\":\"1000\"" + tail << text("14000") << true;
    QTest::newRow("amount as a JSON number, like the PHP SDK")
        << head + "\"amount\":1000" + tail << text("14000") << true;
    QByteArray changed = head + "\"amount\":\"1000\"" + tail;
    changed.replace("test@gmail.com", "test@gmail.con");
    QTest::newRow("one changed byte") << changed << text("00008") << false;
}

void tst_Simulator::publishedVector()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, responseCode);
    QFETCH(bool, created);

    m_settings.merchantIdentifier = text("MxvOupuG");
    m_settings.accessCode = text("SILgpo7pWbmzuURp2qri");
    m_settings.requestPhrase = text("PASS");
    m_simulator = std::make_unique<ApsSimulator>(m_settings);
    m_base.setPort(m_simulator->listen(0));

    const HttpAnswer answer = exchange(text("POST"), text("/FortAPI/paymentApi"), body);
    QCOMPARE(answer.status, 200);
    VERIFIED(answer, response);
    QCOMPARE(response.value(u"response_code"), responseCode);
    QCOMPARE(response.value(u"customer_email"), ApsMessage::parse(body).message->value(u"customer_email"));
    const QJsonObject order = groundTruth(text("Test010"));
    QCOMPARE(!order.isEmpty(), created);
    if (created) {
        QCOMPARE(order.value(text("origin")).toString(), text("purchase"));
        QCOMPARE(order.value(text("currency")).toString(), text("USD"));
        QCOMPARE(order.value(text("authorized")).toInteger(), 1000);
        QCOMPARE(order.value(text("captured")).toInteger(), 1000);
        QCOMPARE(order.value(text("fort_id")).toString(), response.value(u"fort_id"));
    }
}

void tst_Simulator::originCommands_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("responseCode");
    QTest::addColumn<bool>("created");
    QTest::addColumn<qint64>("authorized");
    QTest::addColumn<qint64>("captured");

    QTest::newRow("authorization approved") << text("AUTHORIZATION") << text("tok_approve") << text("02000")
                                            << true << qint64(12550) << qint64(0);
    QTest::newRow("authorization declined")
        << text("AUTHORIZATION") << text("tok_decline") << text("03666") << true << qint64(0) << qint64(0);
    QTest::newRow("authorization uncertain")
        << text("AUTHORIZATION") << text("tok_uncertain") << text("15777") << false << qint64(0) << qint64(0);
    QTest::newRow("purchase approved")
        << text("PURCHASE") << text("tok_approve") << text("14000") << true << qint64(12550) << qint64(12550);
    QTest::newRow("purchase declined")
        << text("PURCHASE") << text("tok_decline") << text("13666") << true << qint64(0) << qint64(0);
    QTest::newRow("purchase uncertain")
        << text("PURCHASE") << text("tok_uncertain") << text("15777") << false << qint64(0) << qint64(0);
}

void tst_Simulator::originCommands()
{
    QFETCH(QString, command);
    QFETCH(QString, token);
    QFETCH(QString, responseCode);
    QFETCH(bool, created);
    QFETCH(qint64, authorized);
    QFETCH(qint64, captured);

    const HttpAnswer answer = send({{text("command"), command},
                                    {text("merchant_reference"), text("ORD-1")},
                                    {text("amount"), text("12550")},
                                    {text("currency"), text("AED")},
                                    {text("customer_email"), text("omar@example.com")},
                                    {text("token_name"), token}});
    QCOMPARE(answer.status, 200);
    VERIFIED(answer, response);
    QCOMPARE(response.value(u"response_code"), responseCode);
    QCOMPARE(response.value(u"status"), responseCode.left(2));
    QCOMPARE(response.value(u"token_name"), token);
    const QJsonObject order = groundTruth(text("ORD-1"));
    QCOMPARE(!order.isEmpty(), created);
    if (!created)
        return;
    QCOMPARE(order.value(text("authorized")).toInteger(), authorized);
    QCOMPARE(order.value(text("captured")).toInteger(), captured);
    QCOMPARE(order.value(text("fort_id")).toString(), response.value(u"fort_id"));
    QCOMPARE(operationsOf(order).at(0).toObject().value(text("response_code")).toString(), responseCode);
}

void tst_Simulator::duplicateOriginReference()
{
    createOrder(text("ORD-1"), text("authorization"), 1000, text("AED"));
    const HttpAnswer answer = send({{text("command"), text("AUTHORIZATION")},
                                    {text("merchant_reference"), text("ORD-1")},
                                    {text("amount"), text("500")},
                                    {text("currency"), text("AED")},
                                    {text("customer_email"), text("omar@example.com")},
                                    {text("token_name"), text("tok_approve")}});
    VERIFIED(answer, response);
    QCOMPARE(response.value(u"response_code"), text("03066"));
    QCOMPARE(groundTruth(text("ORD-1")).value(text("authorized")).toInteger(), 1000);
}

void tst_Simulator::capturePartialAndRepeated()
{
    createOrder(text("ORD-1"), text("authorization"), 10000, text("AED"));
    const struct
    {
        const char *amount;
        const char *code;
        qint64 captured;
    } steps[] = {
        {"4000", "04000", 4000}, {"6001", "05042", 4000}, {"6000", "04000", 10000}, {"1", "05042", 10000}};
    for (const auto &step : steps) {
        const HttpAnswer answer = send(capture(text("ORD-1"), text(step.amount)));
        QCOMPARE(answer.status, 200);
        VERIFIED(answer, response);
        QCOMPARE(response.value(u"response_code"), text(step.code));
        QCOMPARE(response.value(u"amount"), text(step.amount));
        QVERIFY(!response.value(u"fort_id").isEmpty());
        QCOMPARE(groundTruth(text("ORD-1")).value(text("captured")).toInteger(), step.captured);
    }
    const QJsonArray operations = operationsOf(groundTruth(text("ORD-1")));
    QCOMPARE(operations.size(), 5);
    QCOMPARE(operations.at(1).toObject().value(text("applied")).toBool(), true);
    QCOMPARE(operations.at(2).toObject().value(text("applied")).toBool(), false);
    QCOMPARE(operations.at(2).toObject().value(text("response_code")).toString(), text("05042"));
    QCOMPARE(operations.at(2).toObject().value(text("amount")).toInteger(), 6001);
    QCOMPARE(m_simulator->paymentRequestCount(), 4);

    VERIFIED(send(voidAuthorization(text("ORD-1"))), voided);
    QCOMPARE(voided.value(u"response_code"), text("09034"));
    QCOMPARE(groundTruth(text("ORD-1")).value(text("voided")).toBool(), false);
}

void tst_Simulator::captureOnPurchase()
{
    createOrder(text("ORD-P"), text("purchase"), 5000, text("SAR"));
    VERIFIED(send(capture(text("ORD-P"), text("100"), text("SAR"))), response);
    QCOMPARE(response.value(u"response_code"), text("05034"));
    VERIFIED(send(voidAuthorization(text("ORD-P"))), voided);
    QCOMPARE(voided.value(u"response_code"), text("09034"));
    const QJsonObject order = groundTruth(text("ORD-P"));
    QCOMPARE(order.value(text("captured")).toInteger(), 5000);
    QCOMPARE(order.value(text("voided")).toBool(), false);
}

void tst_Simulator::voidBeforeCaptureOnly()
{
    createOrder(text("ORD-V"), text("authorization"), 7000, text("AED"));
    VERIFIED(send(voidAuthorization(text("ORD-V"))), first);
    QCOMPARE(first.value(u"response_code"), text("08000"));
    QCOMPARE(first.value(u"status"), text("08"));
    QCOMPARE(groundTruth(text("ORD-V")).value(text("voided")).toBool(), true);

    VERIFIED(send(voidAuthorization(text("ORD-V"))), again);
    QCOMPARE(again.value(u"response_code"), text("09773"));
    VERIFIED(send(capture(text("ORD-V"), text("100"))), captured);
    QCOMPARE(captured.value(u"response_code"), text("05773"));
    VERIFIED(send(refund(text("ORD-V"), text("100"))), refunded);
    QCOMPARE(refunded.value(u"response_code"), text("07773"));
    const QJsonObject order = groundTruth(text("ORD-V"));
    QCOMPARE(order.value(text("captured")).toInteger(), 0);
    QCOMPARE(order.value(text("refunded")).toInteger(), 0);
}

void tst_Simulator::refundUpToCaptured()
{
    createOrder(text("ORD-R"), text("authorization"), 10000, text("KWD"));
    VERIFIED(send(refund(text("ORD-R"), text("100"), text("KWD"))), early);
    QCOMPARE(early.value(u"response_code"), text("07048"));
    VERIFIED(send(capture(text("ORD-R"), text("10000"), text("KWD"))), captured);
    QCOMPARE(captured.value(u"response_code"), text("04000"));
    const struct
    {
        const char *amount;
        const char *code;
        qint64 refunded;
    } steps[] = {
        {"3000", "06000", 3000}, {"7001", "07048", 3000}, {"7000", "06000", 10000}, {"1", "07048", 10000}};
    for (const auto &step : steps) {
        VERIFIED(send(refund(text("ORD-R"), text(step.amount), text("KWD"))), response);
        QCOMPARE(response.value(u"response_code"), text(step.code));
        QCOMPARE(groundTruth(text("ORD-R")).value(text("refunded")).toInteger(), step.refunded);
    }
}

void tst_Simulator::refundOfPurchaseAndCurrencyMismatch()
{
    createOrder(text("ORD-P"), text("purchase"), 5000, text("BHD"));
    VERIFIED(send(refund(text("ORD-P"), text("1000"), text("KWD"))), mismatch);
    QCOMPARE(mismatch.value(u"response_code"), text("07013"));
    VERIFIED(send(refund(text("ORD-P"), text("1000"), text("BHD"))), refunded);
    QCOMPARE(refunded.value(u"response_code"), text("06000"));
    QCOMPARE(groundTruth(text("ORD-P")).value(text("refunded")).toInteger(), 1000);
}

void tst_Simulator::maintenanceReference()
{
    createOrder(text("ORD-M"), text("purchase"), 5000, text("AED"));
    VERIFIED(send(refund(text("ORD-M"), text("1000"), text("AED"), text("RF-1"))), first);
    QCOMPARE(first.value(u"response_code"), text("06000"));
    QCOMPARE(first.value(u"maintenance_reference"), text("RF-1"));
    VERIFIED(send(refund(text("ORD-M"), text("1000"), text("AED"), text("RF-1"))), reused);
    QCOMPARE(reused.value(u"response_code"), text("07047"));
    QCOMPARE(groundTruth(text("ORD-M")).value(text("refunded")).toInteger(), 1000);

    VERIFIED(send(refund(text("ORD-M"), text("9000"), text("AED"), text("RF-2"))), declined);
    QCOMPARE(declined.value(u"response_code"), text("07048"));
    VERIFIED(send(refund(text("ORD-M"), text("2000"), text("AED"), text("RF-2"))), retried);
    QCOMPARE(retried.value(u"response_code"), text("06000"));
    QCOMPARE(groundTruth(text("ORD-M")).value(text("refunded")).toInteger(), 3000);

    Fields byReference = checkStatusOf(text("merchant_reference"), text("ORD-M"));
    byReference.append({text("maintenance_reference"), text("RF-2")});
    VERIFIED(send(byReference), status);
    QCOMPARE(status.value(u"response_code"), text("12000"));
    QCOMPARE(status.value(u"transaction_code"), text("06000"));
    QCOMPARE(status.value(u"refunded_amount"), text("3000"));
    // The refund's own reference does not replace the order's.
    VERIFIED(send(checkStatusOf(text("maintenance_reference"), text("RF-2"))), alone);
    QCOMPARE(alone.value(u"response_code"), text("00001"));
    QVERIFY(alone.value(u"response_message").contains(u"merchant_reference"));
}

void tst_Simulator::maintenanceReferenceReuseApplies()
{
    const HttpAnswer config = exchange(text("POST"), text("/__sim/config"),
                                       QByteArrayLiteral("{\"refund_reference_reuse\":\"apply\"}"));
    QCOMPARE(config.status, 200);
    createOrder(text("ORD-M"), text("purchase"), 5000, text("AED"));
    for (int attempt = 1; attempt <= 2; ++attempt) {
        VERIFIED(send(refund(text("ORD-M"), text("1000"), text("AED"), text("RF-1"))), response);
        QCOMPARE(response.value(u"response_code"), text("06000"));
        QCOMPARE(groundTruth(text("ORD-M")).value(text("refunded")).toInteger(), 1000 * attempt);
    }
}

void tst_Simulator::checkStatus()
{
    createOrder(text("ORD-S"), text("authorization"), 8000, text("EGP"));
    VERIFIED(send(capture(text("ORD-S"), text("3000"), text("EGP"))), captured);
    VERIFIED(send(refund(text("ORD-S"), text("500"), text("EGP"), text("RF-S1"))), refunded);
    VERIFIED(send(capture(text("ORD-S"), text("9000"), text("EGP"))), declined);
    QCOMPARE(declined.value(u"response_code"), text("05042"));
    const QString fortId = groundTruth(text("ORD-S")).value(text("fort_id")).toString();

    Fields withFortId = checkStatusOf(text("merchant_reference"), text("ORD-S"));
    withFortId.append({text("fort_id"), fortId});
    const QList<Fields> queries{checkStatusOf(text("merchant_reference"), text("ORD-S")), withFortId};
    for (const Fields &query : queries) {
        VERIFIED(send(query), status);
        QCOMPARE(status.value(u"response_code"), text("12000"));
        QCOMPARE(status.value(u"status"), text("12"));
        QCOMPARE(status.value(u"fort_id"), fortId);
        QCOMPARE(status.value(u"transaction_status"), text("05"));
        QCOMPARE(status.value(u"transaction_code"), text("05042"));
        QCOMPARE(status.value(u"authorized_amount"), text("8000"));
        QCOMPARE(status.value(u"captured_amount"), text("3000"));
        QCOMPARE(status.value(u"refunded_amount"), text("500"));
    }
    Fields byRefund = checkStatusOf(text("merchant_reference"), text("ORD-S"));
    byRefund.append({text("maintenance_reference"), text("RF-S1")});
    VERIFIED(send(byRefund), refundStatus);
    QCOMPARE(refundStatus.value(u"transaction_status"), text("06"));
    QCOMPARE(refundStatus.value(u"transaction_code"), text("06000"));

    byRefund.last().second = text("RF-UNKNOWN");
    VERIFIED(send(byRefund), unknownRefund);
    QCOMPARE(unknownRefund.value(u"response_code"), text("12036"));
    VERIFIED(send(checkStatusOf(text("merchant_reference"), text("NOPE"))), missing);
    QCOMPARE(missing.value(u"response_code"), text("12036"));

    Fields contradicting = checkStatusOf(text("merchant_reference"), text("ORD-S"));
    createOrder(text("ORD-T"), text("authorization"), 100, text("EGP"));
    contradicting.append({text("fort_id"), groundTruth(text("ORD-T")).value(text("fort_id")).toString()});
    VERIFIED(send(contradicting), contradicted);
    QCOMPARE(contradicted.value(u"response_code"), text("00110"));
}

void tst_Simulator::orderNotFound_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("responseCode");
    QTest::newRow("capture") << text("CAPTURE") << text("05036");
    QTest::newRow("refund") << text("REFUND") << text("07036");
    QTest::newRow("void") << text("VOID_AUTHORIZATION") << text("09036");
}

void tst_Simulator::orderNotFound()
{
    QFETCH(QString, command);
    QFETCH(QString, responseCode);
    Fields fields{{text("command"), command}, {text("merchant_reference"), text("NOPE")}};
    if (command != u"VOID_AUTHORIZATION")
        fields << std::pair{text("amount"), text("100")} << std::pair{text("currency"), text("AED")};
    VERIFIED(send(fields), response);
    QCOMPARE(response.value(u"response_code"), responseCode);
    QVERIFY(groundTruth(text("NOPE")).isEmpty());
}

void tst_Simulator::expiry()
{
    const QString sixDaysAgo = QDateTime::currentDateTimeUtc().addDays(-6).toString(Qt::ISODate);
    createOrder(text("ORD-E"), text("authorization"), 5000, text("USD"), sixDaysAgo);
    createOrder(text("ORD-C"), text("authorization"), 5000, text("USD"), sixDaysAgo);
    VERIFIED(send(capture(text("ORD-C"), text("1000"), text("USD"))), partial);
    QCOMPARE(partial.value(u"response_code"), text("04000"));
    QCOMPARE(groundTruth(text("ORD-E")).value(text("expired")).toBool(), false);

    const HttpAnswer clock =
        exchange(text("POST"), text("/__sim/clock"), QByteArrayLiteral("{\"offset_seconds\":172800}"));
    QCOMPARE(clock.status, 200);
    QCOMPARE(QJsonDocument::fromJson(clock.body).object().value(text("offset_seconds")).toInteger(), 172800);

    const QJsonObject order = groundTruth(text("ORD-E"));
    QCOMPARE(order.value(text("expired")).toBool(), true);
    QCOMPARE(order.value(text("authorized")).toInteger(), 5000);
    VERIFIED(send(checkStatusOf(text("merchant_reference"), text("ORD-E"))), status);
    QCOMPARE(status.value(u"response_code"), text("12000"));
    QCOMPARE(status.value(u"transaction_status"), text("08"));
    QCOMPARE(status.value(u"authorized_amount"), text("5000"));
    QCOMPARE(status.value(u"captured_amount"), text("0"));
    VERIFIED(send(capture(text("ORD-E"), text("100"), text("USD"))), captured);
    QCOMPARE(captured.value(u"response_code"), text("05773"));
    VERIFIED(send(voidAuthorization(text("ORD-E"))), voided);
    QCOMPARE(voided.value(u"response_code"), text("09773"));
    VERIFIED(send(refund(text("ORD-E"), text("100"), text("USD"))), refunded);
    QCOMPARE(refunded.value(u"response_code"), text("07773"));

    // A partly captured authorization is not voided, but its capture window is closed.
    QCOMPARE(groundTruth(text("ORD-C")).value(text("expired")).toBool(), false);
    VERIFIED(send(capture(text("ORD-C"), text("100"), text("USD"))), late);
    QCOMPARE(late.value(u"response_code"), text("05773"));
    VERIFIED(send(refund(text("ORD-C"), text("100"), text("USD"))), refundLate);
    QCOMPARE(refundLate.value(u"response_code"), text("06000"));
}

void tst_Simulator::validation_data()
{
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<QString>("responseCode");
    QTest::addColumn<bool>("recorded");

    const QString ref = text("ORD-1");
    auto with = [&](const char *name, const QString &value) {
        Fields fields = capture(ref, text("1000"));
        bool replaced = false;
        for (auto &field : fields) {
            if (field.first == text(name)) {
                field.second = value;
                replaced = true;
            }
        }
        if (!replaced)
            fields.append({text(name), value});
        return fields;
    };
    QTest::newRow("missing amount") << with("amount", QString()) << text("00001") << true;
    QTest::newRow("missing currency") << with("currency", QString()) << text("00001") << true;
    QTest::newRow("empty value") << with("order_description", text("")) << text("00001") << true;
    QTest::newRow("decimal amount") << with("amount", text("12.50")) << text("00002") << true;
    QTest::newRow("negative amount") << with("amount", text("-100")) << text("00002") << true;
    QTest::newRow("11-digit amount") << with("amount", text("12345678901")) << text("00032") << true;
    QTest::newRow("zero amount") << with("amount", text("0")) << text("00005") << true;
    QTest::newRow("unknown currency") << with("currency", text("XYZ")) << text("00013") << true;
    QTest::newRow("unknown command") << with("command", text("SETTLE")) << text("00004") << true;
    QTest::newRow("long description")
        << with("order_description", QString(151, u'x')) << text("00032") << true;
    QTest::newRow("language") << with("language", text("fr")) << text("00033") << true;
    QTest::newRow("both selectors") << with("query_command", text("CHECK_STATUS")) << text("00110") << true;
    QTest::newRow("long reference") << with("merchant_reference", QString(41, u'a')) << text("00032")
                                    << false;
    QTest::newRow("bad reference") << with("merchant_reference", text("a b")) << text("00002") << false;
    QTest::newRow("bad fort_id") << with("fort_id", text("12x")) << text("00002") << true;
    QTest::newRow("unknown merchant")
        << with("merchant_identifier", text("SOMEONE")) << text("00009") << false;
    QTest::newRow("wrong access code") << with("access_code", text("wrong")) << text("00010") << false;
    QTest::newRow("missing access code") << with("access_code", QString()) << text("00001") << false;
    QTest::newRow("bad signature") << with("signature", QString(64, u'0')) << text("00008") << false;
    QTest::newRow("no signature") << with("signature", QString()) << text("00001") << false;
    QTest::newRow("wrong query") << Fields{{text("query_command"), text("STATUS")},
                                           {text("merchant_reference"), ref}}
                                 << text("00004") << true;
    QTest::newRow("no selector") << Fields{{text("merchant_reference"), ref}} << text("00001") << true;
}

void tst_Simulator::validation()
{
    QFETCH(Fields, fields);
    QFETCH(QString, responseCode);
    QFETCH(bool, recorded);

    createOrder(text("ORD-1"), text("authorization"), 5000, text("AED"));
    // A field given as null is left out; "signature" given is sent instead of the computed one.
    Fields sent;
    for (const auto &field : fields) {
        if (!(field.first == u"signature" && field.second.isNull()))
            sent.append(field);
    }
    QByteArray body = signedBody(sent);
    if (fields.contains(std::pair{text("signature"), QString()}))
        body.replace(QByteArrayLiteral(",\"signature\":\""), QByteArrayLiteral(",\"unsigned\":\""));
    const HttpAnswer answer = exchange(text("POST"), text("/FortAPI/paymentApi"), body);
    QCOMPARE(answer.status, 200);
    VERIFIED(answer, response);
    QCOMPARE(response.value(u"response_code"), responseCode);
    QCOMPARE(response.value(u"status"), text("00"));
    QVERIFY(!response.value(u"response_message").isEmpty());
    const QJsonObject order = groundTruth(text("ORD-1"));
    QCOMPARE(order.value(text("captured")).toInteger(), 0);
    const QJsonArray operations = operationsOf(order);
    QCOMPARE(operations.size(), recorded ? 2 : 1);
    if (recorded) {
        QCOMPARE(operations.at(1).toObject().value(text("response_code")).toString(), responseCode);
        QCOMPARE(operations.at(1).toObject().value(text("applied")).toBool(), false);
    }
}

void tst_Simulator::amountAsJsonNumberAndEcho()
{
    createOrder(text("ORD-1"), text("authorization"), 5000, text("AED"));
    QByteArray body = signedBody(capture(text("ORD-1"), text("2500")) +
                                 Fields{{text("order_description"), text("Two / three \"items\" ü")}});
    body.replace(QByteArrayLiteral("\"amount\":\"2500\""), QByteArrayLiteral("\"amount\":2500"));
    QVERIFY(body.contains("\"amount\":2500"));
    const HttpAnswer answer = exchange(text("POST"), text("/FortAPI/paymentApi"), body);
    VERIFIED(answer, response);
    QCOMPARE(response.value(u"response_code"), text("04000"));
    const ApsMessage request = *ApsMessage::parse(body).message;
    for (const ApsMessage::Field &field : request.fields()) {
        if (field.name != u"signature")
            QCOMPARE(response.value(field.name), field.value);
    }
    for (const QStringView name :
         {u"response_code", u"response_message", u"status", u"fort_id", u"signature"})
        QVERIFY2(response.contains(name), qPrintable(name.toString()));
    QCOMPARE(groundTruth(text("ORD-1")).value(text("captured")).toInteger(), 2500);
}

void tst_Simulator::arabicMessages()
{
    Fields fields = capture(text("NOPE"), text("100"));
    fields.append({text("language"), text("ar")});
    VERIFIED(send(fields), response);
    QCOMPARE(response.value(u"response_code"), text("05036"));
    QVERIFY(response.value(u"response_message").contains(QStringLiteral("الطلب")));
}

void tst_Simulator::inFlightDuringDelay()
{
    createOrder(text("ORD-1"), text("authorization"), 5000, text("AED"));
    addFault(QJsonObject{{text("mode"), text("delay")},
                         {text("delay_ms"), 600},
                         {text("match"), QJsonObject{{text("command"), text("CAPTURE")}}}});
    QNetworkRequest request(m_base.resolved(QUrl(text("/FortAPI/paymentApi"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *slow = m_network->post(request, signedBody(capture(text("ORD-1"), text("1000"))));
    QTRY_COMPARE(groundTruth(text("ORD-1")).value(text("in_flight")).toBool(), true);

    VERIFIED(send(capture(text("ORD-1"), text("2000"))), second);
    QCOMPARE(second.value(u"response_code"), text("05784"));
    VERIFIED(send(refund(text("ORD-1"), text("2000"))), third);
    QCOMPARE(third.value(u"response_code"), text("07784"));
    VERIFIED(send(checkStatusOf(text("merchant_reference"), text("ORD-1"))), status);
    QCOMPARE(status.value(u"response_code"), text("12000"));
    QCOMPARE(status.value(u"captured_amount"), text("0"));
    QCOMPARE(groundTruth(text("ORD-1")).value(text("captured")).toInteger(), 0);

    QSignalSpy finished(slow, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    const HttpAnswer first{slow->error(), slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                           slow->readAll()};
    slow->deleteLater();
    VERIFIED(first, firstResponse);
    QCOMPARE(firstResponse.value(u"response_code"), text("04000"));
    const QJsonObject order = groundTruth(text("ORD-1"));
    QCOMPARE(order.value(text("captured")).toInteger(), 1000);
    QCOMPARE(order.value(text("in_flight")).toBool(), false);
    QStringList codes;
    for (const QJsonValue &operation : operationsOf(order))
        codes << operation.toObject().value(text("response_code")).toString();
    QCOMPARE(codes, QStringList({text("02000"), text("05784"), text("07784"), text("12000"), text("04000")}));
}

void tst_Simulator::faults_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<bool>("transportError");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("parsable");
    QTest::addColumn<bool>("signatureValid");
    QTest::addColumn<QString>("responseCode");
    QTest::addColumn<qint64>("captured");

    const auto fault = [](const char *mode) {
        return QJsonObject{{text("mode"), text(mode)}};
    };
    QTest::newRow("delay") << QJsonObject{{text("mode"), text("delay")}, {text("delay_ms"), 200}} << false
                           << 200 << true << true << text("04000") << qint64(1000);
    QTest::newRow("drop before apply")
        << fault("drop_before_apply") << true << 0 << false << false << QString() << qint64(0);
    QTest::newRow("drop after apply")
        << fault("drop_after_apply") << true << 0 << false << false << QString() << qint64(1000);
    QTest::newRow("http 500") << fault("http_500") << false << 500 << true << true << text("00006")
                              << qint64(0);
    QTest::newRow("http 500 applied") << QJsonObject{{text("mode"), text("http_500")}, {text("apply"), true}}
                                      << false << 500 << true << true << text("04000") << qint64(1000);
    QTest::newRow("malformed json") << fault("malformed_json") << false << 200 << false << false << QString()
                                    << qint64(1000);
    QTest::newRow("bad signature") << fault("bad_signature") << false << 200 << true << false << text("04000")
                                   << qint64(1000);
    QTest::newRow("uncertain") << fault("uncertain") << false << 200 << true << true << text("15777")
                               << qint64(0);
    QTest::newRow("uncertain applied") << QJsonObject{{text("mode"), text("uncertain")},
                                                      {text("apply"), true},
                                                      {text("response_code"), text("05051")}}
                                       << false << 200 << true << true << text("05051") << qint64(1000);
    QTest::newRow("delayed drop after apply")
        << QJsonObject{{text("mode"), text("drop_after_apply")}, {text("delay_ms"), 100}} << true << 0
        << false << false << QString() << qint64(1000);
}

void tst_Simulator::faults()
{
    QFETCH(QJsonObject, fault);
    QFETCH(bool, transportError);
    QFETCH(int, httpStatus);
    QFETCH(bool, parsable);
    QFETCH(bool, signatureValid);
    QFETCH(QString, responseCode);
    QFETCH(qint64, captured);

    createOrder(text("ORD-F"), text("authorization"), 5000, text("AED"));
    addFault(fault);
    const HttpAnswer answer = send(capture(text("ORD-F"), text("1000")));
    QCOMPARE(answer.error != QNetworkReply::NoError && answer.status == 0, transportError);
    QCOMPARE(answer.status, httpStatus);
    const auto parsed = ApsMessage::parse(answer.body);
    QCOMPARE(parsed.ok(), parsable);
    if (parsable) {
        QCOMPARE(ApsSignature::verify(*parsed.message, m_settings.responsePhrase, m_settings.shaType),
                 signatureValid);
        QCOMPARE(parsed.message->value(u"response_code"), responseCode);
    }
    // Exactly one request reached the simulator: nothing was re-sent behind the client's back.
    QCOMPARE(m_simulator->paymentRequestCount(), 1);
    QCOMPARE(groundTruth(text("ORD-F")).value(text("captured")).toInteger(), captured);

    // The fault fired once; the next request is answered normally.
    VERIFIED(send(capture(text("ORD-F"), text("1000"))), next);
    QCOMPARE(next.value(u"response_code"), text("04000"));
    QCOMPARE(groundTruth(text("ORD-F")).value(text("captured")).toInteger(), captured + 1000);
}

void tst_Simulator::faultCountAndMatch()
{
    createOrder(text("ORD-A"), text("authorization"), 5000, text("AED"));
    createOrder(text("ORD-B"), text("authorization"), 5000, text("AED"));
    addFault(QJsonObject{{text("mode"), text("uncertain")},
                         {text("count"), 2},
                         {text("match"), QJsonObject{{text("merchant_reference"), text("ORD-B")},
                                                     {text("command"), text("CAPTURE")}}}});
    VERIFIED(send(capture(text("ORD-A"), text("100"))), other);
    QCOMPARE(other.value(u"response_code"), text("04000"));
    VERIFIED(send(voidAuthorization(text("ORD-B"))), otherCommand);
    QCOMPARE(otherCommand.value(u"response_code"), text("08000"));
    for (int i = 0; i < 2; ++i) {
        VERIFIED(send(capture(text("ORD-B"), text("100"))), hit);
        QCOMPARE(hit.value(u"response_code"), text("15777"));
    }
    VERIFIED(send(capture(text("ORD-B"), text("100"))), spent);
    QCOMPARE(spent.value(u"response_code"), text("05773"));

    addFault(QJsonObject{{text("mode"), text("http_500")}, {text("count"), -1}});
    QCOMPARE(send(capture(text("ORD-A"), text("100"))).status, 500);
    QCOMPARE(send(capture(text("ORD-A"), text("100"))).status, 500);
    const HttpAnswer cleared = exchange(text("DELETE"), text("/__sim/faults"));
    QCOMPARE(cleared.status, 200);
    QCOMPARE(QJsonDocument::fromJson(cleared.body).object().value(text("faults")).toArray().size(), 0);
    VERIFIED(send(capture(text("ORD-A"), text("100"))), normal);
    QCOMPARE(normal.value(u"response_code"), text("04000"));
    QCOMPARE(groundTruth(text("ORD-A")).value(text("captured")).toInteger(), 200);

    const HttpAnswer bad =
        exchange(text("POST"), text("/__sim/faults"), QByteArrayLiteral("{\"mode\":\"explode\"}"));
    QCOMPARE(bad.status, 400);
}

void tst_Simulator::faultClientGivesUpDuringDelay()
{
    createOrder(text("ORD-1"), text("authorization"), 5000, text("AED"));
    addFault(QJsonObject{{text("mode"), text("delay")}, {text("delay_ms"), 1500}});
    const HttpAnswer answer = exchange(text("POST"), text("/FortAPI/paymentApi"),
                                       signedBody(capture(text("ORD-1"), text("1000"))), 300);
    QCOMPARE(answer.error, QNetworkReply::OperationCanceledError);
    QCOMPARE(groundTruth(text("ORD-1")).value(text("captured")).toInteger(), 0);
    // Processed all the same when the delay is over, as a real server would.
    QTRY_COMPARE_WITH_TIMEOUT(groundTruth(text("ORD-1")).value(text("captured")).toInteger(), 1000, 5000);
}

void tst_Simulator::controlApiErrors()
{
    QCOMPARE(exchange(text("GET"), text("/__sim/orders/NOPE")).status, 404);
    QCOMPARE(exchange(text("POST"), text("/__sim/orders"),
                      QByteArrayLiteral("{\"merchant_reference\":\"X\","
                                        "\"amount\":100,\"currency\":\"ZZZ\"}"))
                 .status,
             400);
    QCOMPARE(exchange(text("POST"), text("/__sim/orders"),
                      QByteArrayLiteral("{\"merchant_reference\":\"X\","
                                        "\"amount\":0,\"currency\":\"AED\"}"))
                 .status,
             400);
    createOrder(text("X"), text("authorization"), 100, text("AED"));
    QCOMPARE(exchange(text("POST"), text("/__sim/orders"),
                      QByteArrayLiteral("{\"merchant_reference\":\"X\","
                                        "\"amount\":100,\"currency\":\"AED\"}"))
                 .status,
             409);
    QCOMPARE(exchange(text("POST"), text("/__sim/clock"), QByteArrayLiteral("{}")).status, 400);
    QCOMPARE(
        exchange(text("POST"), text("/__sim/config"), QByteArrayLiteral("{\"refund_reference_reuse\":\"x\"}"))
            .status,
        400);
    QCOMPARE(exchange(text("GET"), text("/FortAPI/paymentApi")).status, 405);
}

void tst_Simulator::exportCsv()
{
    createOrder(text("ORD-A"), text("authorization"), 10000, text("AED"), text("2024-05-01T10:00:00Z"));
    createOrder(text("ORD-K"), text("purchase"), 1250500, text("KWD"), text("2024-05-02T10:00:00Z"));
    m_simulator->book().setExpiryDays(100000);
    VERIFIED(send(capture(text("ORD-A"), text("4000"))), captured);
    VERIFIED(send(capture(text("ORD-A"), text("99999"))), declined);
    VERIFIED(send(refund(text("ORD-K"), text("500"), text("KWD"))), refunded);
    QCOMPARE(refunded.value(u"response_code"), text("06000"));

    const HttpAnswer answer = exchange(text("GET"), text("/__sim/export.csv"));
    QCOMPARE(answer.status, 200);
    const QStringList lines = QString::fromUtf8(answer.body).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(
        lines.at(0),
        text("fort_id,merchant_reference,authorization_code,customer_name,customer_email,payment_option,"
             "channel,transaction_date,card_number,expiry_date,card_holder_name,amount,currency,card_bin,eci,"
             "operation,status,response_code,response_message,order_description,digital_wallet"));
    const auto column = [&](int line, int index) {
        return lines.at(line).split(u',').at(index);
    };
    QCOMPARE(column(1, 1), text("ORD-A"));
    QCOMPARE(column(1, 15), text("authorization"));
    QCOMPARE(column(1, 11), text("100.00"));
    QCOMPARE(column(1, 7), text("2024-05-01T10:00:00Z"));
    QCOMPARE(column(1, 8), text("411111******1111"));
    QCOMPARE(column(1, 13), text("411111"));
    QCOMPARE(column(2, 15), text("capture"));
    QCOMPARE(column(2, 11), text("40.00"));
    QCOMPARE(column(2, 17), text("04000"));
    // The declined capture is listed too, with its requested amount.
    QCOMPARE(column(3, 15), text("capture"));
    QCOMPARE(column(3, 11), text("999.99"));
    QCOMPARE(column(3, 16), text("05"));
    QCOMPARE(column(3, 17), text("05042"));
    QCOMPARE(column(3, 18), text("Operation amount exceeds the authorized amount"));
    QCOMPARE(column(4, 15), text("purchase"));
    QCOMPARE(column(4, 11), text("1250.500"));
    QCOMPARE(column(4, 12), text("KWD"));
    QCOMPARE(column(5, 15), text("refund"));
    QCOMPARE(column(5, 11), text("0.500"));
    QCOMPARE(column(5, 16), text("06"));
    QVERIFY(!answer.body.contains("4111111111111111"));
}

void tst_Simulator::persistsAcrossRestarts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(text("sim.db"));
    QString error;
    m_simulator = std::make_unique<ApsSimulator>(m_settings);
    QVERIFY2(m_simulator->openState(path, &error), qPrintable(error));
    m_base.setPort(m_simulator->listen(0));
    createOrder(text("ORD-1"), text("authorization"), 5000, text("SAR"));
    VERIFIED(send(capture(text("ORD-1"), text("1500"), text("SAR"))), captured);
    QCOMPARE(
        exchange(text("POST"), text("/__sim/clock"), QByteArrayLiteral("{\"offset_seconds\":3600}")).status,
        200);
    QJsonObject before = groundTruth(text("ORD-1"));
    QCOMPARE(before.value(text("captured")).toInteger(), 1500);

    m_simulator = std::make_unique<ApsSimulator>(m_settings);
    QVERIFY2(m_simulator->openState(path, &error), qPrintable(error));
    m_base.setPort(m_simulator->listen(0));
    QJsonObject after = groundTruth(text("ORD-1"));
    before.remove(text("expired"));
    after.remove(text("expired"));
    QCOMPARE(after, before);
    QCOMPARE(m_simulator->book().clockOffsetSeconds(), 3600);
    VERIFIED(send(capture(text("ORD-1"), text("1500"), text("SAR"))), again);
    QCOMPARE(again.value(u"response_code"), text("04000"));
    QCOMPARE(groundTruth(text("ORD-1")).value(text("captured")).toInteger(), 3000);
    VERIFIED(send(capture(text("ORD-1"), text("2001"), text("SAR"))), over);
    QCOMPARE(over.value(u"response_code"), text("05042"));
}

void tst_Simulator::demoSeed()
{
    const QDateTime now = QDateTime::fromString(text("2024-06-01T12:00:00Z"), Qt::ISODate);
    const QList<SimulatorOrder> orders = DemoSeed::generate(now, 7);
    const QList<SimulatorOrder> again = DemoSeed::generate(now, 7);
    QVERIFY(orders.size() >= 2000);
    QCOMPARE(again.size(), orders.size());

    QSet<QString> currencies;
    int arabic = 0, applePay = 0, expired = 0, expiringSoon = 0, fresh = 0, partialCapture = 0, purchases = 0,
        partialRefund = 0, fullRefund = 0, voids = 0, declines = 0;
    const QRegularExpression masked(text("^\\d{6}\\*{6}\\d{4}$"));
    for (qsizetype i = 0; i < orders.size(); ++i) {
        const SimulatorOrder &order = orders.at(i);
        QCOMPARE(order.merchantReference, again.at(i).merchantReference);
        QCOMPARE(order.authorized, again.at(i).authorized);
        QCOMPARE(order.customerName, again.at(i).customerName);
        QVERIFY(order.authorizedAt <= now && order.authorizedAt > now.addDays(-36));
        QVERIFY2(masked.match(order.cardNumber).hasMatch(), qPrintable(order.cardNumber));
        QVERIFY(order.captured <= order.authorized && order.refunded <= order.captured);
        currencies.insert(order.currency.code());
        arabic += order.customerName.contains(QRegularExpression(text("[\\x{0600}-\\x{06FF}]"))) ? 1 : 0;
        applePay += order.digitalWallet == u"APPLE_PAY" ? 1 : 0;
        declines += order.approved ? 0 : 1;
        purchases += order.origin == SimulatorOrder::Origin::Purchase && order.approved ? 1 : 0;
        voids += order.voided ? 1 : 0;
        partialCapture += order.captured > 0 && order.captured < order.authorized ? 1 : 0;
        partialRefund += order.refunded > 0 && order.refunded < order.captured ? 1 : 0;
        fullRefund += order.refunded > 0 && order.refunded == order.captured ? 1 : 0;
        if (order.approved && order.origin == SimulatorOrder::Origin::Authorization && order.captured == 0 &&
            !order.voided) {
            if (order.isExpired(now, 7))
                ++expired;
            else if (order.expiresAt(7) < now.addDays(1))
                ++expiringSoon;
            else
                ++fresh;
        }
        for (const SimulatorOperation &operation : order.operations)
            QVERIFY(operation.at >= order.authorizedAt && operation.at <= now);
    }
    QCOMPARE(currencies,
             QSet<QString>({text("AED"), text("SAR"), text("KWD"), text("BHD"), text("EGP"), text("USD")}));
    for (const int count : {arabic, applePay, expired, expiringSoon, fresh, partialCapture, purchases,
                            partialRefund, fullRefund, voids, declines})
        QVERIFY(count >= 10);

    // Declined maintenance attempts and a handful of answers that were uncertain, applied or not.
    QHash<QString, int> declined;
    int uncertainApplied = 0, uncertainLost = 0;
    for (const SimulatorOrder &order : orders) {
        for (const SimulatorOperation &operation : order.operations) {
            if (operation.responseCode.endsWith(u"042") || operation.responseCode.endsWith(u"034") ||
                operation.responseCode.endsWith(u"048"))
                ++declined[operation.responseCode];
            if (operation.answeredCode == u"15777") {
                QVERIFY(operation.applied);
                QVERIFY(operation.responseCode == u"04000" || operation.responseCode == u"06000");
                QCOMPARE(&operation, &order.operations.last());
                ++uncertainApplied;
            }
            if (operation.responseCode == u"15777") {
                QVERIFY(!operation.applied);
                QCOMPARE(&operation, &order.operations.last());
                ++uncertainLost;
            }
        }
    }
    for (const char *code : {"05042", "09034", "07048"})
        QVERIFY2(declined.value(text(code)) >= 10, code);
    QVERIFY(uncertainApplied >= 2 && uncertainLost >= 1 && uncertainApplied + uncertainLost <= 6);
    QCOMPARE(orders.size(), 3000);

    m_simulator->book().clear();
    QCOMPARE(m_simulator->seedDemo(), int(orders.size()));
    QCOMPARE(m_simulator->seedDemo(), 0);
    const QJsonObject first = groundTruth(text("PD-100001"));
    QVERIFY(!first.isEmpty());
    const QByteArray report = exchange(text("GET"), text("/__sim/export.csv")).body;
    QCOMPARE(report.count(",capture,15,15777,"), 3);
    QCOMPARE(report.count(",refund,15,15777,"), 2);
}

QStringList tst_Simulator::reportLines(const QString &reference)
{
    const HttpAnswer answer = exchange(text("GET"), text("/__sim/export.csv"));
    QStringList lines;
    for (const QString &line : QString::fromUtf8(answer.body).split(u'\n', Qt::SkipEmptyParts)) {
        if (line.split(u',').value(1) == reference)
            lines.append(line);
    }
    return lines;
}

void tst_Simulator::merchantReferenceRequired_data()
{
    QTest::addColumn<Fields>("fields");
    QTest::newRow("capture by fort_id") << Fields{
        {text("command"), text("CAPTURE")}, {text("amount"), text("1000")}, {text("currency"), text("AED")}};
    QTest::newRow("void by fort_id") << Fields{{text("command"), text("VOID_AUTHORIZATION")}};
    QTest::newRow("refund by fort_id") << Fields{{text("command"), text("REFUND")},
                                                 {text("amount"), text("1000")},
                                                 {text("currency"), text("AED")},
                                                 {text("maintenance_reference"), text("RF-9")}};
    QTest::newRow("check status by fort_id") << Fields{{text("query_command"), text("CHECK_STATUS")}};
}

void tst_Simulator::merchantReferenceRequired()
{
    QFETCH(Fields, fields);
    createOrder(text("ORD-1"), text("purchase"), 5000, text("AED"));
    createOrder(text("ORD-2"), text("authorization"), 5000, text("AED"));
    for (const QString &reference : {text("ORD-1"), text("ORD-2")}) {
        Fields sent = fields;
        sent.append({text("fort_id"), groundTruth(reference).value(text("fort_id")).toString()});
        VERIFIED(send(sent), response);
        QCOMPARE(response.value(u"response_code"), text("00001"));
        QCOMPARE(response.value(u"response_message"), text("Missing parameter: merchant_reference"));
        const QJsonObject order = groundTruth(reference);
        QCOMPARE(order.value(text("captured")).toInteger(), reference == u"ORD-1" ? 5000 : 0);
        QCOMPARE(order.value(text("refunded")).toInteger(), 0);
        QCOMPARE(order.value(text("voided")).toBool(), false);
        QCOMPARE(reportLines(reference).size(), 1);
    }
    // With merchant_reference, fort_id must still name the same order.
    Fields both = fields;
    both.append({text("merchant_reference"), text("ORD-2")});
    both.append({text("fort_id"), groundTruth(text("ORD-1")).value(text("fort_id")).toString()});
    VERIFIED(send(both), contradicting);
    QCOMPARE(contradicting.value(u"response_code"), text("00110"));
}

void tst_Simulator::fieldsTheCommandDoesNotTake_data()
{
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<QString>("field");
    const Fields voids = voidAuthorization(text("ORD-1"));
    QTest::newRow("void with amount") << voids + Fields{{text("amount"), text("1000")}} << text("amount");
    QTest::newRow("void with currency")
        << voids + Fields{{text("currency"), text("AED")}} << text("currency");
    QTest::newRow("void with amount and currency")
        << voids + Fields{{text("amount"), text("1000")}, {text("currency"), text("AED")}} << text("amount");
    QTest::newRow("void with maintenance_reference")
        << voids + Fields{{text("maintenance_reference"), text("RF-1")}} << text("maintenance_reference");
    QTest::newRow("capture with maintenance_reference")
        << capture(text("ORD-1"), text("1000")) + Fields{{text("maintenance_reference"), text("RF-1")}}
        << text("maintenance_reference");
}

void tst_Simulator::fieldsTheCommandDoesNotTake()
{
    QFETCH(Fields, fields);
    QFETCH(QString, field);
    createOrder(text("ORD-1"), text("authorization"), 5000, text("AED"));
    VERIFIED(send(fields), response);
    QCOMPARE(response.value(u"response_code"), text("00002"));
    QCOMPARE(response.value(u"status"), text("00"));
    QCOMPARE(response.value(u"response_message"), text("Invalid parameter format: ") + field);
    const QJsonObject order = groundTruth(text("ORD-1"));
    QCOMPARE(order.value(text("voided")).toBool(), false);
    QCOMPARE(order.value(text("captured")).toInteger(), 0);
    // Recorded like any refused request, and not a transaction the report lists.
    QCOMPARE(lastOperation(text("ORD-1")).value(text("response_code")).toString(), text("00002"));
    QCOMPARE(reportLines(text("ORD-1")).size(), 1);
    // The same command without the field goes through.
    VERIFIED(send(fields.first().second == u"CAPTURE" ? capture(text("ORD-1"), text("1000"))
                                                      : voidAuthorization(text("ORD-1"))),
             plain);
    QVERIFY(plain.value(u"response_code") == u"04000" || plain.value(u"response_code") == u"08000");
}

void tst_Simulator::answeredCodeOfAnUncertainFault()
{
    createOrder(text("ORD-U"), text("authorization"), 5000, text("AED"));
    addFault(QJsonObject{{text("mode"), text("uncertain")}, {text("apply"), true}});
    VERIFIED(send(capture(text("ORD-U"), text("1000"))), applied);
    QCOMPARE(applied.value(u"response_code"), text("15777"));
    QJsonObject operation = lastOperation(text("ORD-U"));
    QCOMPARE(operation.value(text("response_code")).toString(), text("04000"));
    QCOMPARE(operation.value(text("answered_code")).toString(), text("15777"));
    QCOMPARE(operation.value(text("applied")).toBool(), true);
    QCOMPARE(groundTruth(text("ORD-U")).value(text("captured")).toInteger(), 1000);
    // CHECK_STATUS tells what happened, not what was answered.
    VERIFIED(send(checkStatusOf(text("merchant_reference"), text("ORD-U"))), status);
    QCOMPARE(status.value(u"transaction_code"), text("04000"));
    QCOMPARE(status.value(u"captured_amount"), text("1000"));

    addFault(QJsonObject{{text("mode"), text("uncertain")}});
    VERIFIED(send(capture(text("ORD-U"), text("500"))), lost);
    QCOMPARE(lost.value(u"response_code"), text("15777"));
    operation = lastOperation(text("ORD-U"));
    QCOMPARE(operation.value(text("response_code")).toString(), text("15777"));
    QCOMPARE(operation.value(text("answered_code")).toString(), text("15777"));
    QCOMPARE(operation.value(text("applied")).toBool(), false);
    QCOMPARE(groundTruth(text("ORD-U")).value(text("captured")).toInteger(), 1000);

    // No fault: answered_code is the response_code.
    VERIFIED(send(capture(text("ORD-U"), text("250"))), normal);
    operation = lastOperation(text("ORD-U"));
    QCOMPARE(operation.value(text("answered_code")).toString(), text("04000"));
    const QStringList ops = [&] {
        QStringList codes;
        for (const QJsonValue &value : operationsOf(groundTruth(text("ORD-U"))))
            codes << value.toObject().value(text("answered_code")).toString();
        return codes;
    }();
    QCOMPARE(ops, QStringList({text("02000"), text("15777"), text("12000"), text("15777"), text("04000")}));
}

void tst_Simulator::reportListsDeclinedAndUncertain()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    m_simulator = std::make_unique<ApsSimulator>(m_settings);
    QVERIFY2(m_simulator->openState(dir.filePath(text("sim.db")), &error), qPrintable(error));
    m_base.setPort(m_simulator->listen(0));
    createOrder(text("ORD-R"), text("authorization"), 10000, text("AED"), text("2024-05-01T10:00:00Z"));
    m_simulator->book().setExpiryDays(100000);
    send(capture(text("ORD-R"), text("20000"))); // 05042, listed
    send(capture(text("ORD-R"), text("1.5")));   // 00002, not listed
    addFault(QJsonObject{{text("mode"), text("uncertain")}, {text("apply"), true}});
    send(capture(text("ORD-R"), text("4000"))); // applied, answered 15777
    send(voidAuthorization(text("ORD-R")));     // 09034, listed
    send(refund(text("ORD-R"), text("5000")));  // 07048, listed
    addFault(QJsonObject{{text("mode"), text("uncertain")}});
    send(refund(text("ORD-R"), text("1000")));                      // not applied, 15777
    send(checkStatusOf(text("merchant_reference"), text("ORD-R"))); // not listed
    addFault(QJsonObject{{text("mode"), text("http_500")}});
    send(refund(text("ORD-R"), text("1000"))); // 00006, not listed

    const auto rows = [this] {
        QStringList result;
        for (const QString &line : reportLines(text("ORD-R"))) {
            // The message may be quoted (a comma); the order has no description and no wallet.
            const QStringList fields = line.split(u',');
            QString message = fields.mid(18, fields.size() - 20).join(u',');
            if (message.startsWith(u'"'))
                message = message.mid(1, message.size() - 2);
            result << QStringList{fields.at(15), fields.at(11), fields.at(16), fields.at(17), message}.join(
                u'|');
        }
        return result;
    };
    const QStringList expected{
        text("authorization|100.00|02|02000|Success"),
        text("capture|200.00|05|05042|Operation amount exceeds the authorized amount"),
        text("capture|40.00|15|15777|The transaction has been processed, but failed to receive confirmation"),
        text("void authorization|100.00|09|09034|Operation not allowed"),
        text("refund|50.00|07|07048|Operation amount exceeds captured amount"),
        text("refund|10.00|15|15777|The transaction has been processed, but failed to receive confirmation"),
    };
    QCOMPARE(rows(), expected);
    QCOMPARE(groundTruth(text("ORD-R")).value(text("captured")).toInteger(), 4000);

    // What the client was answered survives a restart.
    m_simulator = std::make_unique<ApsSimulator>(m_settings);
    QVERIFY2(m_simulator->openState(dir.filePath(text("sim.db")), &error), qPrintable(error));
    m_base.setPort(m_simulator->listen(0));
    m_simulator->book().setExpiryDays(100000);
    QCOMPARE(rows(), expected);
    const QJsonObject applied = operationsOf(groundTruth(text("ORD-R"))).at(3).toObject();
    QCOMPARE(applied.value(text("response_code")).toString(), text("04000"));
    QCOMPARE(applied.value(text("answered_code")).toString(), text("15777"));
}

void tst_Simulator::checkStatusLanguage()
{
    createOrder(text("ORD-L"), text("authorization"), 5000, text("AED"));
    send(capture(text("ORD-L"), text("9000")));
    Fields query = checkStatusOf(text("merchant_reference"), text("ORD-L"));
    VERIFIED(send(query), english);
    QCOMPARE(english.value(u"transaction_code"), text("05042"));
    QCOMPARE(english.value(u"transaction_message"), text("Operation amount exceeds the authorized amount"));
    query.append({text("language"), text("ar")});
    VERIFIED(send(query), arabic);
    QCOMPARE(arabic.value(u"transaction_code"), text("05042"));
    QCOMPARE(arabic.value(u"transaction_message"), QStringLiteral("مبلغ العملية يتجاوز المبلغ المفوض"));
    QCOMPARE(arabic.value(u"response_message"), QStringLiteral("تمت العملية بنجاح"));
}

void tst_Simulator::thirdPartyResponseCodes_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("lastAmount"); // a capture before the query; empty: none
    QTest::addColumn<QString>("expected");   // processor|acquirer|message; empty: no fields
    QTest::newRow("approved capture") << text("YES") << text("1000") << text("00|00|Approved");
    QTest::newRow("declined capture") << text("YES") << text("9000") << text("05|05|Do not honour");
    QTest::newRow("authorization only") << text("YES") << QString() << text("00|00|Approved");
    QTest::newRow("NO") << text("NO") << text("1000") << QString();
    QTest::newRow("absent") << QString() << text("1000") << QString();
}

void tst_Simulator::thirdPartyResponseCodes()
{
    QFETCH(QString, flag);
    QFETCH(QString, lastAmount);
    QFETCH(QString, expected);
    createOrder(text("ORD-3"), text("authorization"), 5000, text("AED"));
    if (!lastAmount.isEmpty())
        send(capture(text("ORD-3"), lastAmount));
    Fields query = checkStatusOf(text("merchant_reference"), text("ORD-3"));
    if (!flag.isEmpty())
        query.append({text("return_third_party_response_codes"), flag});
    VERIFIED(send(query), status);
    QCOMPARE(status.value(u"response_code"), text("12000"));
    const QStringList names{text("processor_response_code"), text("acquirer_response_code"),
                            text("acquirer_response_message")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        QCOMPARE(status.contains(names.at(i)), !expected.isEmpty());
        if (!expected.isEmpty())
            QCOMPARE(status.value(names.at(i)), expected.split(u'|').at(i));
    }
}

void tst_Simulator::thirdPartyCodesVerifiedByPayDeskClient()
{
    createOrder(text("ORD-C"), text("authorization"), 5000, text("AED"));
    addFault(QJsonObject{{text("mode"), text("uncertain")}});
    send(capture(text("ORD-C"), text("1000")));
    Fields query = checkStatusOf(text("merchant_reference"), text("ORD-C"));
    query.append({text("return_third_party_response_codes"), text("YES")});
    const ApsMessage request = *ApsMessage::parse(signedBody(query)).message;

    ApsClient client(m_network.get());
    ApsCall *call = client.post(m_base.resolved(QUrl(text("/FortAPI/paymentApi"))), request,
                                m_settings.responsePhrase, m_settings.shaType, std::chrono::seconds(10));
    std::optional<ApsReply> answered;
    connect(call, &ApsCall::finished, this, [&answered](const ApsReply &reply) { answered = reply; });
    QTRY_VERIFY_WITH_TIMEOUT(answered.has_value(), 15000);
    const ApsReply reply = *answered;
    QVERIFY2(reply.ok(), qPrintable(reply.detail));
    QCOMPARE(reply.response.value(u"transaction_code"), text("15777"));
    QCOMPARE(reply.response.value(u"processor_response_code"), text("91"));
    QCOMPARE(reply.response.value(u"acquirer_response_code"), text("91"));
    QCOMPARE(reply.response.value(u"acquirer_response_message"), text("Issuer or switch inoperative"));
}

void tst_Simulator::configUnknownKeyChangesNothing()
{
    const HttpAnswer refused =
        exchange(text("POST"), text("/__sim/config"),
                 QByteArrayLiteral("{\"expiry_days\":3,\"sha_type\":\"SHA-512\",\"expiry\":3}"));
    QCOMPARE(refused.status, 400);
    QCOMPARE(QJsonDocument::fromJson(refused.body).object(),
             QJsonObject({{text("error"), text("unknown key \"expiry\"; accepted: refund_reference_reuse, "
                                               "sha_type, expiry_days")}}));
    const HttpAnswer badValue = exchange(text("POST"), text("/__sim/config"),
                                         QByteArrayLiteral("{\"expiry_days\":3,\"sha_type\":\"MD5\"}"));
    QCOMPARE(badValue.status, 400);
    const QJsonObject config =
        QJsonDocument::fromJson(exchange(text("GET"), text("/__sim/config")).body).object();
    QCOMPARE(config, QJsonObject({{text("refund_reference_reuse"), text("reject")},
                                  {text("sha_type"), text("SHA-256")},
                                  {text("expiry_days"), 7}}));
}

void tst_Simulator::configShaType()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    m_simulator = std::make_unique<ApsSimulator>(m_settings);
    QVERIFY2(m_simulator->openState(dir.filePath(text("sim.db")), &error), qPrintable(error));
    m_base.setPort(m_simulator->listen(0));
    createOrder(text("ORD-H"), text("authorization"), 5000, text("AED"));

    const HttpAnswer switched =
        exchange(text("POST"), text("/__sim/config"), QByteArrayLiteral("{\"sha_type\":\"sha512\"}"));
    QCOMPARE(switched.status, 200);
    QCOMPARE(QJsonDocument::fromJson(switched.body).object().value(text("sha_type")).toString(),
             text("SHA-512"));
    // Signed with SHA-256 as before: refused, and that answer is signed with SHA-512.
    const auto old = ApsMessage::parse(send(capture(text("ORD-H"), text("1000"))).body);
    QVERIFY(old.ok());
    QCOMPARE(old.message->value(u"response_code"), text("00008"));
    QVERIFY(ApsSignature::verify(*old.message, m_settings.responsePhrase, ShaType::Sha512));
    QVERIFY(!ApsSignature::verify(*old.message, m_settings.responsePhrase, ShaType::Sha256));
    QCOMPARE(groundTruth(text("ORD-H")).value(text("captured")).toInteger(), 0);

    m_settings.shaType = ShaType::Sha512; // requests are signed, answers verified with SHA-512 from here
    VERIFIED(send(capture(text("ORD-H"), text("1000"))), captured);
    QCOMPARE(captured.value(u"response_code"), text("04000"));
    QCOMPARE(groundTruth(text("ORD-H")).value(text("captured")).toInteger(), 1000);

    // Kept in the state file, like the other settings.
    m_simulator = std::make_unique<ApsSimulator>(SimulatorSettings::demo());
    QVERIFY2(m_simulator->openState(dir.filePath(text("sim.db")), &error), qPrintable(error));
    m_base.setPort(m_simulator->listen(0));
    const QJsonObject config =
        QJsonDocument::fromJson(exchange(text("GET"), text("/__sim/config")).body).object();
    QCOMPARE(config.value(text("sha_type")).toString(), text("SHA-512"));
    VERIFIED(send(capture(text("ORD-H"), text("500"))), again);
    QCOMPARE(again.value(u"response_code"), text("04000"));
}

void tst_Simulator::loadsStateWithoutAnsweredCode()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(text("old.db"));
    QString error;
    m_simulator = std::make_unique<ApsSimulator>(m_settings);
    QVERIFY2(m_simulator->openState(path, &error), qPrintable(error));
    m_base.setPort(m_simulator->listen(0));
    createOrder(text("ORD-O"), text("authorization"), 5000, text("AED"));
    m_simulator.reset();
    {
        // The state file as the simulator wrote it before operations had an answered_code.
        QSqlDatabase db = QSqlDatabase::addDatabase(text("QSQLITE"), text("old-state"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(text("ALTER TABLE operations DROP COLUMN answered_code")),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.exec(text("INSERT INTO operations (merchant_reference, seq, command, amount, currency,"
                                " maintenance_reference, response_code, response_message, applied, at) VALUES"
                                " ('ORD-O', 1, 'CAPTURE', 1000, 'AED', '', '04000', 'Success', 1,"
                                " '2030-01-01T00:00:00.000Z')")));
        QVERIFY(query.exec(text("UPDATE orders SET captured = 1000")));
        db.close();
    }
    QSqlDatabase::removeDatabase(text("old-state"));

    m_simulator = std::make_unique<ApsSimulator>(m_settings);
    QVERIFY2(m_simulator->openState(path, &error), qPrintable(error));
    m_base.setPort(m_simulator->listen(0));
    QCOMPARE(groundTruth(text("ORD-O")).value(text("captured")).toInteger(), 1000);
    QCOMPARE(lastOperation(text("ORD-O")).value(text("answered_code")).toString(), text("04000"));
    addFault(QJsonObject{{text("mode"), text("uncertain")}, {text("apply"), true}});
    VERIFIED(send(capture(text("ORD-O"), text("1000"))), uncertain);
    QCOMPARE(uncertain.value(u"response_code"), text("15777"));

    m_simulator = std::make_unique<ApsSimulator>(m_settings);
    QVERIFY2(m_simulator->openState(path, &error), qPrintable(error));
    m_base.setPort(m_simulator->listen(0));
    const QJsonArray operations = operationsOf(groundTruth(text("ORD-O")));
    QCOMPARE(operations.size(), 3);
    QCOMPARE(operations.at(2).toObject().value(text("response_code")).toString(), text("04000"));
    QCOMPARE(operations.at(2).toObject().value(text("answered_code")).toString(), text("15777"));
    QCOMPARE(groundTruth(text("ORD-O")).value(text("captured")).toInteger(), 2000);
}

QTEST_GUILESS_MAIN(tst_Simulator)
#include "tst_simulator.moc"
