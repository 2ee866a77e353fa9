#include "moneyfixture.h"
#include "services/bulkcapture.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace {

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QJsonObject captureFault(const char *mode, int count = 1, const QString &reference = {}, int delayMs = 0)
{
    QJsonObject match{{text("command"), text("CAPTURE")}};
    if (!reference.isEmpty())
        match.insert(text("merchant_reference"), reference);
    QJsonObject fault{{text("mode"), text(mode)}, {text("count"), count}, {text("match"), match}};
    if (delayMs > 0)
        fault.insert(text("delay_ms"), delayMs);
    return fault;
}

} // namespace

// BulkCapture against the real simulator: the preflight, bounded concurrency, one row's failure never
// stopping the others, cancellation between operations, and the per-row report.
class tst_BulkCapture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void readCsv_data();
    void readCsv();
    void cutRowsRefused_data();
    void cutRowsRefused();
    void preflight();
    void capturesWithBoundedConcurrency_data();
    void capturesWithBoundedConcurrency();
    void oneFailureNeverStopsTheOthers();
    void cancelBetweenOperations();
    void commandLine();

private:
    BulkCaptureReport runAll(const BulkCapturePlan &plan, int concurrency, int *maxInFlight = nullptr);

    std::unique_ptr<MoneyFixture> m_fx;
    std::unique_ptr<BulkCapture> m_bulk;
};

void tst_BulkCapture::init()
{
    m_fx = std::make_unique<MoneyFixture>(1);
    QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
    m_bulk = std::make_unique<BulkCapture>(&m_fx->service(), &m_fx->database());
}

void tst_BulkCapture::cleanup()
{
    m_bulk.reset();
    m_fx.reset();
}

BulkCaptureReport tst_BulkCapture::runAll(const BulkCapturePlan &plan, int concurrency, int *maxInFlight)
{
    int inFlight = 0;
    int most = 0;
    QObject context;
    connect(&m_fx->service(), &PaymentService::operationStarted, &context,
            [&] { most = std::max(most, ++inFlight); });
    connect(&m_fx->service(), &PaymentService::operationSettled, &context, [&] { --inFlight; });
    QSignalSpy finished(m_bulk.get(), &BulkCapture::finished);
    m_bulk->run(plan, text("alice"), concurrency);
    if (!finished.wait(60000))
        return {};
    if (maxInFlight)
        *maxInFlight = most;
    return finished.at(0).at(0).value<BulkCaptureReport>();
}

void tst_BulkCapture::readCsv_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("lastLine");
    QTest::newRow("header and rows") << QByteArray("merchant_reference,amount\nA,10.00\r\nB,remaining\n")
                                     << true << 2 << 3;
    QTest::newRow("no header") << QByteArray("A,10.00\nB,5\n") << true << 2 << 2;
    QTest::newRow("quoted with bom") << QByteArray("\xEF\xBB\xBF\"A,1\",\"10.00\"\n") << true << 1 << 1;
    QTest::newRow("empty") << QByteArray() << true << 0 << 0;
    QTest::newRow("three fields") << QByteArray("A,10.00\nB,1,2\n") << false << 1 << 1;
    QTest::newRow("one field") << QByteArray("A\n") << false << 0 << 0;
    QTest::newRow("open quote") << QByteArray("A,\"10.00\n") << false << 0 << 0;
}

void tst_BulkCapture::readCsv()
{
    QFETCH(QByteArray, csv);
    QFETCH(bool, ok);
    QFETCH(int, rows);
    QFETCH(int, lastLine);
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QList<BulkCaptureRow> read;
    QString error;
    QCOMPARE(BulkCapture::readCsv(&buffer, &read, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (!ok)
        QVERIFY2(error.contains(u"line") || error.contains(u"quote"), qPrintable(error));
    QCOMPARE(read.size(), rows);
    if (rows > 0)
        QCOMPARE(read.last().line, lastLine);
}

void tst_BulkCapture::cutRowsRefused_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    const QByteArray head("merchant_reference,amount\nA,10.00\n");
    QTest::newRow("long reference") << head + QByteArray(5000, 'R') + ",1\nB,1\n"
                                    << text("line 3: merchant_reference is longer than 4096 bytes");
    QTest::newRow("long quoted amount, cut mid-line break")
        << head + "B,\"" + QByteArray(3000, '1') + "\n" + QByteArray(3000, '2') + "\"\nC,1\n"
        << text("line 3: amount is longer than 4096 bytes");
    // Beyond the reader's default field limit too: a file it would have cut to 64 KiB and passed on.
    QTest::newRow("70 KiB amount") << head + "B," + QByteArray(70 * 1024, '9') + "\n"
                                   << text("line 3: amount is longer than 4096 bytes");
    QByteArray many = head + "B";
    for (int i = 0; i < 40; ++i)
        many += ",1";
    QTest::newRow("many fields") << many + "\n" << text("line 3: more than 16 fields");
    QByteArray wide = head + QByteArray(4096, 'x');
    for (int i = 0; i < 15; ++i)
        wide += "," + QByteArray(4096, 'x');
    QTest::newRow("long row") << wide + "\n" << text("line 3: the row is longer than 65536 bytes");
}

// A row the reader could not keep whole is never taken for the row the file holds.
void tst_BulkCapture::cutRowsRefused()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QList<BulkCaptureRow> read;
    QString error;
    QVERIFY(!BulkCapture::readCsv(&buffer, &read, &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
    QVERIFY2(error.size() < 200, qPrintable(error.left(200)));
}

void tst_BulkCapture::preflight()
{
    m_fx->addOrder(text("A"), 5000);
    m_fx->addOrder(text("B"), 5000);
    m_fx->addOrder(text("K"), 1250500, text("KWD"));
    m_fx->addOrder(text("P"), 5000, text("AED"), Origin::Purchase);
    m_fx->addOrder(text("FULL"), 5000);
    Transaction full = m_fx->cached(text("FULL"));
    full.captured = 5000;
    QVERIFY(TransactionRepository(m_fx->database()).updateTotals(full).ok());

    const QList<BulkCaptureRow> rows{
        {2, text("A"), text("10.00")},        {3, text("B"), text("remaining")},
        {4, text("K"), text("1250.500")},     {5, text("A"), text("1.00")},
        {6, text("NOPE"), text("1.00")},      {7, text("P"), text("1.00")},
        {8, text("FULL"), text("remaining")}, {9, text("B"), text("12.505")},
        {10, text("K"), text("1.0000")},      {11, text("A"), text("60.00")},
        {12, QString(), text("1")},
    };
    const BulkCapturePlan plan = m_bulk->preflight(rows, QDateTime::currentDateTimeUtc());
    QCOMPARE(plan.items.size(), rows.size());
    QStringList verdicts;
    for (const BulkCapturePlanItem &item : plan.items) {
        verdicts << (item.willCapture ? text("capture") : bulkSkipReasonToken(item.skipReason));
        QCOMPARE(item.detail.isEmpty(), item.willCapture);
    }
    QCOMPARE(verdicts, QStringList({text("capture"), text("capture"), text("capture"), text("duplicate"),
                                    text("not_in_cache"), text("rule"), text("rule"), text("duplicate"),
                                    text("duplicate"), text("duplicate"), text("invalid_input")}));
    QCOMPARE(plan.items.at(5).decision.reason, DenialReason::PurchaseNothingToCapture);
    QCOMPARE(plan.items.at(6).decision.reason, DenialReason::NothingLeftToCapture);
    QCOMPARE(plan.captureCount, 3);
    QCOMPARE(plan.skipCount, 8);
    QCOMPARE(plan.totals.value(text("AED")), qint64(1000 + 5000));
    QCOMPARE(plan.totals.value(text("KWD")), qint64(1250500));
    QCOMPARE(plan.totals.size(), 2);

    // Amounts are parsed in the order's own currency; rules refuse an amount over what is left.
    const BulkCapturePlan amounts = m_bulk->preflight(
        {{1, text("B"), text("12.505")}, {2, text("K"), text("1.0000")}, {3, text("A"), text("60.00")}},
        QDateTime::currentDateTimeUtc());
    QCOMPARE(amounts.items.at(0).skipReason, BulkSkipReason::InvalidInput);
    QCOMPARE(amounts.items.at(1).skipReason, BulkSkipReason::InvalidInput);
    QCOMPARE(amounts.items.at(2).skipReason, BulkSkipReason::Rule);
    QCOMPARE(amounts.items.at(2).decision.reason, DenialReason::AmountOverMaximum);
    QCOMPARE(m_fx->simulator().paymentRequestCount(), 0); // a preflight sends nothing
}

void tst_BulkCapture::capturesWithBoundedConcurrency_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::newRow("default") << int(BulkCapture::DefaultConcurrency);
    QTest::newRow("one at a time") << 1;
    QTest::newRow("six") << 6;
}

void tst_BulkCapture::capturesWithBoundedConcurrency()
{
    QFETCH(int, concurrency);
    QList<BulkCaptureRow> rows;
    for (int i = 0; i < 12; ++i) {
        const QString ref = QStringLiteral("ORD-%1").arg(i);
        m_fx->addOrder(ref, 5000);
        rows.append({i + 1, ref, i % 2 ? text("remaining") : text("12.34")});
    }
    // Every capture is held a little, so that the operations overlap as much as the run allows.
    m_fx->addFault(captureFault("delay", -1, {}, 60));
    const BulkCapturePlan plan = m_bulk->preflight(rows, QDateTime::currentDateTimeUtc());
    QCOMPARE(plan.captureCount, 12);
    QSignalSpy progress(m_bulk.get(), &BulkCapture::progress);
    int most = 0;
    const BulkCaptureReport report = runAll(plan, concurrency, &most);
    QCOMPARE(report.rows.size(), 12);
    QCOMPARE(most, concurrency);
    QCOMPARE(progress.count(), 12);
    QCOMPARE(progress.last().at(0).toInt(), 12);
    QCOMPARE(report.captured.value(text("AED")), qint64(6 * 1234 + 6 * 5000));
    for (int i = 0; i < 12; ++i) {
        const BulkCaptureRowResult &row = report.rows.at(i);
        QCOMPARE(row.item.row.line, i + 1);
        QCOMPARE(row.status, BulkCaptureRowResult::Status::Captured);
        QCOMPARE(m_fx->simOrder(row.item.row.merchantReference).captured,
                 i % 2 ? qint64(5000) : qint64(1234));
        QCOMPARE(m_fx->received(row.item.row.merchantReference, text("CAPTURE")), 1);
    }
}

void tst_BulkCapture::oneFailureNeverStopsTheOthers()
{
    QList<BulkCaptureRow> rows;
    for (int i = 0; i < 6; ++i) {
        const QString ref = QStringLiteral("ORD-%1").arg(i);
        m_fx->addOrder(ref, 5000);
        rows.append({i + 1, ref, text("10.00")});
    }
    rows.append({7, text("MISSING"), text("10.00")});
    m_fx->addFault(captureFault("drop_before_apply", 1, text("ORD-1")));
    m_fx->addFault(QJsonObject{{text("mode"), text("uncertain")},
                               {text("response_code"), text("05017")},
                               {text("match"), QJsonObject{{text("command"), text("CAPTURE")},
                                                           {text("merchant_reference"), text("ORD-2")}}}});
    // ORD-3 moved at APS behind the cache's back: the fresh baseline refuses it.
    QCOMPARE(m_fx->behindTheCache(SimulatorBook::MaintenanceRequest::Kind::Capture, text("ORD-3"), 4500),
             text("04000"));
    const BulkCaptureReport report = runAll(m_bulk->preflight(rows, QDateTime::currentDateTimeUtc()), 4);
    QStringList statuses;
    for (const BulkCaptureRowResult &row : report.rows)
        statuses << bulkRowStatusToken(row.status);
    QCOMPARE(statuses, QStringList({text("captured"), text("unknown"), text("declined"), text("refused"),
                                    text("captured"), text("captured"), text("skipped")}));
    QCOMPARE(report.rows.at(3).payment->decision.reason, DenialReason::AmountOverMaximum);
    QCOMPARE(report.captured.value(text("AED")), qint64(3000));
    for (const QString &ref : {text("ORD-0"), text("ORD-4"), text("ORD-5")})
        QCOMPARE(m_fx->simOrder(ref).captured, qint64(1000));
    QCOMPARE(m_fx->received(text("ORD-1"), text("CAPTURE")), 1);
    QCOMPARE(m_fx->applied(text("ORD-1"), text("CAPTURE")), 0);
    QVERIFY(m_fx->cached(text("ORD-1")).unresolved);
}

void tst_BulkCapture::cancelBetweenOperations()
{
    QList<BulkCaptureRow> rows;
    for (int i = 0; i < 10; ++i) {
        const QString ref = QStringLiteral("ORD-%1").arg(i);
        m_fx->addOrder(ref, 5000);
        rows.append({i + 1, ref, text("remaining")});
    }
    m_fx->addFault(captureFault("delay", -1, {}, 100));
    connect(m_bulk.get(), &BulkCapture::rowFinished, m_bulk.get(), [this] { m_bulk->cancel(); });
    const BulkCaptureReport report = runAll(m_bulk->preflight(rows, QDateTime::currentDateTimeUtc()), 2);
    QVERIFY(report.cancelled);
    QCOMPARE(report.rows.size(), 10);
    int captured = 0;
    int cancelled = 0;
    for (const BulkCaptureRowResult &row : report.rows) {
        const bool sent = m_fx->received(row.item.row.merchantReference, text("CAPTURE")) == 1;
        if (row.status == BulkCaptureRowResult::Status::Captured) {
            ++captured;
            QVERIFY(sent);
        } else {
            QCOMPARE(row.status, BulkCaptureRowResult::Status::Cancelled);
            ++cancelled;
            QVERIFY(!sent);
        }
    }
    // The two in flight when the first row finished were let finish; nothing else was started.
    QCOMPARE(captured, 2);
    QCOMPARE(cancelled, 8);
    QVERIFY(!m_bulk->isRunning());
}

void tst_BulkCapture::commandLine()
{
    const QString binary = QStringLiteral(PAYDESK_BINARY_DIR "/app/paydeskctl/paydeskctl");
    if (!QFile::exists(binary))
        QSKIP("paydeskctl was not built");
    m_fx->addOrder(text("C-1"), 5000);
    m_fx->addOrder(text("C-2"), 5000);
    m_fx->addOrder(text("C-3"), 5000);
    const QString csvPath = m_fx->filePath(text("bulk.csv"));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("merchant_reference,amount\nC-1,10.00\nC-2,remaining\nC-3,12.505\nNOPE,1.00\n");
    csv.close();
    const auto run = [&](const QStringList &arguments, QString *output) {
        QProcess process;
        process.setProcessEnvironment(MoneyFixture::cliEnvironment());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(binary, QStringList{text("--db"), m_fx->databasePath(), text("bulk-capture"), csvPath} +
                                  arguments);
        // The simulator lives in this process: its event loop runs while paydeskctl talks to it.
        QSignalSpy finished(&process, &QProcess::finished);
        finished.wait(30000);
        *output = QString::fromUtf8(process.readAll());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };
    QString output;
    QCOMPARE(run({text("--dry-run")}, &output), 2); // the worst row: an amount AED cannot have
    QVERIFY2(output.contains(text("will capture 2 orders (60.00 AED), skip 2")), qPrintable(output));
    QCOMPARE(m_fx->simulator().paymentRequestCount(), 0);

    QCOMPARE(run({text("--concurrency"), text("2")}, &output), 2);
    QVERIFY2(output.contains(text("line 2 C-1: captured")), qPrintable(output));
    QVERIFY2(output.contains(text("captured 60.00 AED")), qPrintable(output));
    QCOMPARE(m_fx->simOrder(text("C-1")).captured, qint64(1000));
    QCOMPARE(m_fx->simOrder(text("C-2")).captured, qint64(5000));
    QCOMPARE(m_fx->received(text("C-3"), text("CAPTURE")), 0);

    QCOMPARE(run({text("--concurrency"), text("0")}, &output), 2);
}

QTEST_GUILESS_MAIN(tst_BulkCapture)
#include "tst_bulkcapture.moc"
