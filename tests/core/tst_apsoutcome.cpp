#include "aps/apsoutcome.h"
#include "aps/apsstatusreport.h"

#include <QTest>

namespace {

ApsMessage response(const QString &code, const QString &status = QString())
{
    ApsMessage message;
    message.set(QStringLiteral("response_code"), code);
    message.set(QStringLiteral("status"), status.isNull() ? code.left(2) : status);
    message.set(QStringLiteral("response_message"), QStringLiteral("text from APS"));
    return message;
}

ApsMessage statusAnswer(const char *authorized, const char *captured, const char *refunded)
{
    ApsMessage message = response(QStringLiteral("12000"));
    message.set(QStringLiteral("query_command"), QStringLiteral("CHECK_STATUS"));
    message.set(QStringLiteral("transaction_status"), QStringLiteral("04"));
    message.set(QStringLiteral("transaction_code"), QStringLiteral("04000"));
    message.set(QStringLiteral("transaction_message"), QStringLiteral("Success"));
    const std::pair<const char *, const char *> amounts[] = {
        {"authorized_amount", authorized}, {"captured_amount", captured}, {"refunded_amount", refunded}};
    for (const auto &[name, value] : amounts) {
        if (value)
            message.set(QString::fromLatin1(name), QString::fromUtf8(value));
    }
    return message;
}

} // namespace

class tst_ApsOutcome final : public QObject
{
    Q_OBJECT

private slots:
    void classifies_data()
    {
        QTest::addColumn<ApsCommand>("command");
        QTest::addColumn<QString>("code");
        QTest::addColumn<ApsOutcome::Kind>("kind");
        using K = ApsOutcome::Kind;
        const auto row = [](const char *name, ApsCommand command, const char *code, K kind) {
            QTest::newRow(name) << command << QString::fromLatin1(code) << kind;
        };
        // Success only for the matching operation.
        row("capture 04000", ApsCommand::Capture, "04000", K::Success);
        row("void 08000", ApsCommand::VoidAuthorization, "08000", K::Success);
        row("refund 06000", ApsCommand::Refund, "06000", K::Success);
        row("status 12000", ApsCommand::CheckStatus, "12000", K::Success);
        row("capture answered 06000", ApsCommand::Capture, "06000", K::Unknown);
        row("refund answered 04000", ApsCommand::Refund, "04000", K::Unknown);
        row("void answered 12000", ApsCommand::VoidAuthorization, "12000", K::Unknown);
        row("capture answered 12000", ApsCommand::Capture, "12000", K::Unknown);
        row("capture 04001", ApsCommand::Capture, "04001", K::Unknown);
        // Declines: the operation's failure status, or 00.
        row("capture over remainder", ApsCommand::Capture, "05042", K::Declined);
        row("capture on purchase", ApsCommand::Capture, "05034", K::Declined);
        row("refund over captured", ApsCommand::Refund, "07048", K::Declined);
        row("refund currency", ApsCommand::Refund, "07013", K::Declined);
        row("refund reused reference", ApsCommand::Refund, "07047", K::Declined);
        row("void after capture", ApsCommand::VoidAuthorization, "09034", K::Declined);
        row("void on expired", ApsCommand::VoidAuthorization, "09773", K::Declined);
        row("status failed", ApsCommand::CheckStatus, "11036", K::Declined);
        row("status not found", ApsCommand::CheckStatus, "12036", K::Declined);
        row("invalid request", ApsCommand::Capture, "00002", K::Declined);
        row("signature mismatch", ApsCommand::Refund, "00008", K::Declined);
        row("missing parameter", ApsCommand::CheckStatus, "00001", K::Declined);
        row("capture answered 07", ApsCommand::Capture, "07048", K::Unknown);
        row("refund answered 11", ApsCommand::Refund, "11036", K::Unknown);
        row("capture answered 03", ApsCommand::Capture, "03666", K::Unknown);
        // Not final statuses and uncertain messages, whatever the operation.
        row("status 15", ApsCommand::Capture, "15777", K::Unknown);
        row("status 19", ApsCommand::Refund, "19000", K::Unknown);
        row("status 20", ApsCommand::VoidAuthorization, "20000", K::Unknown);
        row("status 40", ApsCommand::Capture, "40000", K::Unknown);
        row("status 15 on query", ApsCommand::CheckStatus, "15000", K::Unknown);
        row("006 technical", ApsCommand::Capture, "05006", K::Unknown);
        row("051 technical", ApsCommand::Refund, "07051", K::Unknown);
        row("054 not now", ApsCommand::VoidAuthorization, "09054", K::Unknown);
        row("119 dropped", ApsCommand::Capture, "05119", K::Unknown);
        row("777 no confirmation", ApsCommand::Refund, "07777", K::Unknown);
        row("778 session timeout", ApsCommand::Capture, "00778", K::Unknown);
        row("784 in progress", ApsCommand::Capture, "05784", K::Unknown);
        row("784 on query", ApsCommand::CheckStatus, "11784", K::Unknown);
        // Malformed codes.
        row("4 digits", ApsCommand::Capture, "4000", K::Unknown);
        row("letters", ApsCommand::Capture, "04OOO", K::Unknown);
        row("empty", ApsCommand::Capture, "", K::Unknown);
    }
    void classifies()
    {
        QFETCH(ApsCommand, command);
        QFETCH(QString, code);
        QFETCH(ApsOutcome::Kind, kind);
        const ApsOutcome outcome = classifyResponse(command, response(code));
        QCOMPARE(outcome.kind, kind);
        QCOMPARE(outcome.responseCode, code);
        QCOMPARE(outcome.responseMessage, QStringLiteral("text from APS"));
        if (kind != ApsOutcome::Kind::Success)
            QVERIFY(!outcome.reason.isEmpty());
        if (code.size() == 5 && kind != ApsOutcome::Kind::Unknown) {
            QCOMPARE(outcome.status, code.left(2));
            QCOMPARE(outcome.messageCode, code.mid(2));
        }
    }

    void credentialFailures_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("credential");
        QTest::newRow("signature") << QStringLiteral("00008") << true;
        QTest::newRow("merchant identifier") << QStringLiteral("00009") << true;
        QTest::newRow("access code") << QStringLiteral("00010") << true;
        QTest::newRow("missing parameter") << QStringLiteral("00001") << false;
        QTest::newRow("declined") << QStringLiteral("05042") << false;
        QTest::newRow("success") << QStringLiteral("04000") << false;
    }
    void credentialFailures()
    {
        QFETCH(QString, code);
        QFETCH(bool, credential);
        QCOMPARE(classifyResponse(ApsCommand::Capture, response(code)).credentialFailure, credential);
    }

    void statusMustAgreeWithCode()
    {
        const ApsOutcome outcome =
            classifyResponse(ApsCommand::Capture, response(QStringLiteral("04000"), QStringLiteral("05")));
        QCOMPARE(outcome.kind, ApsOutcome::Kind::Unknown);
        ApsMessage noStatus = response(QStringLiteral("04000"));
        noStatus.remove(u"status");
        QCOMPARE(classifyResponse(ApsCommand::Capture, noStatus).kind, ApsOutcome::Kind::Success);
    }

    void echoedCommandMustMatch()
    {
        ApsMessage answer = response(QStringLiteral("04000"));
        answer.set(QStringLiteral("command"), QStringLiteral("CAPTURE"));
        QCOMPARE(classifyResponse(ApsCommand::Capture, answer).kind, ApsOutcome::Kind::Success);
        answer.set(QStringLiteral("command"), QStringLiteral("REFUND"));
        QCOMPARE(classifyResponse(ApsCommand::Capture, answer).kind, ApsOutcome::Kind::Unknown);
    }

    void notFoundIsFlagged()
    {
        QVERIFY(classifyResponse(ApsCommand::CheckStatus, response(QStringLiteral("12036"))).orderNotFound);
        QVERIFY(!classifyResponse(ApsCommand::CheckStatus, response(QStringLiteral("12000"))).orderNotFound);
    }

    void readsStatusReport()
    {
        const auto result = readStatusReport(statusAnswer("125050", "100000", "0"));
        QVERIFY2(result.ok(), qPrintable(result.describe()));
        QCOMPARE(result.report->transactionStatus, QStringLiteral("04"));
        QCOMPARE(result.report->transactionCode, QStringLiteral("04000"));
        QCOMPARE(result.report->transactionMessage, QStringLiteral("Success"));
        QCOMPARE(result.report->totals.authorized, 125050);
        QCOMPARE(result.report->totals.captured, 100000);
        QCOMPARE(result.report->totals.refunded, 0);
        const auto max = readStatusReport(statusAnswer("9999999999", "0", "0"));
        QVERIFY(max.ok());
        QCOMPARE(max.report->totals.authorized, Money::ApsMaxMinor);
    }

    void refusesBadAmounts_data()
    {
        QTest::addColumn<ApsMessage>("answer");
        QTest::addColumn<QString>("field");
        QTest::newRow("decimal") << statusAnswer("1250.50", "0", "0") << QStringLiteral("authorized_amount");
        QTest::newRow("negative") << statusAnswer("100", "-1", "0") << QStringLiteral("captured_amount");
        QTest::newRow("plus") << statusAnswer("100", "+1", "0") << QStringLiteral("captured_amount");
        QTest::newRow("exponent") << statusAnswer("1e3", "0", "0") << QStringLiteral("authorized_amount");
        QTest::newRow("space") << statusAnswer("100", "0", " 5") << QStringLiteral("refunded_amount");
        QTest::newRow("empty") << statusAnswer("100", "", "0") << QStringLiteral("captured_amount");
        QTest::newRow("11 digits") << statusAnswer("10000000000", "0", "0")
                                   << QStringLiteral("authorized_amount");
        QTest::newRow("arabic digits")
            << statusAnswer("١٠٠", "0", "0") << QStringLiteral("authorized_amount");
        QTest::newRow("missing") << statusAnswer("100", "0", nullptr) << QStringLiteral("refunded_amount");
        ApsMessage badStatus = statusAnswer("1", "0", "0");
        badStatus.set(QStringLiteral("transaction_status"), QStringLiteral("4"));
        QTest::newRow("status 1 digit") << badStatus << QStringLiteral("transaction_status");
        ApsMessage noStatus = statusAnswer("1", "0", "0");
        noStatus.remove(u"transaction_status");
        QTest::newRow("status missing") << noStatus << QStringLiteral("transaction_status");
        ApsMessage badCode = statusAnswer("1", "0", "0");
        badCode.set(QStringLiteral("transaction_code"), QStringLiteral("06000"));
        QTest::newRow("code contradicts") << badCode << QStringLiteral("transaction_code");
    }
    void refusesBadAmounts()
    {
        QFETCH(ApsMessage, answer);
        QFETCH(QString, field);
        const auto result = readStatusReport(answer);
        QVERIFY(!result.ok());
        QCOMPARE(result.field, field);
        QVERIFY(!result.reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ApsOutcome)
#include "tst_apsoutcome.moc"
