#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

// The aps-simulator executable as scripts and the demo start it: the first line it prints, flushed at
// once, names the port it listens on, and it never prints the SHA phrases.
class tst_SimulatorProcess : public QObject
{
    Q_OBJECT

private slots:
    void firstLineNamesThePort_data();
    void firstLineNamesThePort();
    void refusesBadArguments();
    void configReportsAndSwitchesShaType();

private:
    static QString executable()
    {
        return QString::fromUtf8(PAYDESK_BINARY_DIR) + QStringLiteral("/app/aps-simulator/aps-simulator");
    }
};

void tst_SimulatorProcess::firstLineNamesThePort_data()
{
    QTest::addColumn<bool>("demoCredentials");
    QTest::newRow("demo credentials") << true;
    QTest::newRow("credentials from the environment") << false;
}

void tst_SimulatorProcess::firstLineNamesThePort()
{
    QFETCH(bool, demoCredentials);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("APS_SIM_ACCESS_CODE"));
    environment.remove(QStringLiteral("APS_SIM_REQUEST_PHRASE"));
    environment.remove(QStringLiteral("APS_SIM_RESPONSE_PHRASE"));
    const QString requestPhrase = QStringLiteral("env-request-phrase-7731");
    const QString responsePhrase = QStringLiteral("env-response-phrase-7732");
    if (!demoCredentials) {
        environment.insert(QStringLiteral("APS_SIM_ACCESS_CODE"), QStringLiteral("EnvAccess01"));
        environment.insert(QStringLiteral("APS_SIM_REQUEST_PHRASE"), requestPhrase);
        environment.insert(QStringLiteral("APS_SIM_RESPONSE_PHRASE"), responsePhrase);
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(executable(), {QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString firstLine = QString::fromUtf8(process.readLine()).trimmed();
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)$")).match(firstLine);
    QVERIFY2(match.hasMatch(), qPrintable(firstLine));
    const int port = match.captured(1).toInt();
    QVERIFY(port > 0 && port < 65536);

    QNetworkAccessManager network;
    QNetworkReply *reply =
        network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/__sim/orders/NOPE").arg(port))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    delete reply;

    QByteArray errors;
    QTRY_VERIFY_WITH_TIMEOUT((errors += process.readAllStandardError()).contains("orders\n"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT((errors += process.readAllStandardError()).endsWith('\n'), 5000);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    errors += process.readAllStandardError();
    QCOMPARE(errors.contains("using the demo credentials"), demoCredentials);
    const QByteArray output = process.readAllStandardOutput() + errors;
    QVERIFY(!output.contains(requestPhrase.toUtf8()));
    QVERIFY(!output.contains(responsePhrase.toUtf8()));
    QVERIFY(!output.contains("sim-demo-request-phrase"));
}

void tst_SimulatorProcess::refusesBadArguments()
{
    QProcess process;
    process.start(executable(), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--sha-type"),
                                 QStringLiteral("MD5")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void tst_SimulatorProcess::configReportsAndSwitchesShaType()
{
    QProcess process;
    process.start(executable(), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--sha-type"),
                                 QStringLiteral("SHA-512")});
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString firstLine = QString::fromUtf8(process.readLine()).trimmed();
    const QUrl config(firstLine.section(u' ', -1) + QStringLiteral("/__sim/config"));
    QNetworkAccessManager network;
    const auto exchange = [&](const QByteArray &body) {
        QNetworkRequest request(config);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = body.isEmpty() ? network.get(request) : network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        const auto answer = std::pair{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                      QJsonDocument::fromJson(reply->readAll()).object()};
        delete reply;
        return answer;
    };
    const auto started = exchange({});
    QCOMPARE(started.first, 200);
    QCOMPARE(started.second.value(QStringLiteral("sha_type")).toString(), QStringLiteral("SHA-512"));
    const auto unknown = exchange(QByteArrayLiteral("{\"sha_type\":\"HMAC-256\",\"sha\":1}"));
    QCOMPARE(unknown.first, 400);
    QCOMPARE(unknown.second.value(QStringLiteral("error")).toString(),
             QStringLiteral("unknown key \"sha\"; accepted: refund_reference_reuse, sha_type, expiry_days"));
    QCOMPARE(exchange({}).second.value(QStringLiteral("sha_type")).toString(), QStringLiteral("SHA-512"));
    const auto switched = exchange(QByteArrayLiteral("{\"sha_type\":\"HMAC-256\"}"));
    QCOMPARE(switched.first, 200);
    QCOMPARE(switched.second.value(QStringLiteral("sha_type")).toString(), QStringLiteral("HMAC-256"));
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(tst_SimulatorProcess)
#include "tst_simulatorprocess.moc"
