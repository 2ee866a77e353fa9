#pragma once

// A PayDesk cache and the real APS simulator in one process, over loopback HTTP: what the money integration
// tests (payment, reconcile, crash, bulk capture) share.

#include "aps/apsclient.h"
#include "apssimulator.h"
#include "services/paymentservice.h"
#include "services/reconciler.h"
#include "services/secretsource.h"
#include "store/auditkeyprovider.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/operationjournal.h"
#include "store/profilerepository.h"
#include "store/transactionrepository.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <vector>

class MoneyFixture final
{
public:
    // The account the simulator plays and the cache belongs to.
    static QString merchant();
    static ApsCredentials credentials();

    // What paydeskctl needs to talk to the simulator: its secrets in the PAYDESK_* variables, and data and
    // settings folders of its own (what a desk remembers, e.g. audit heads, stays out of the real HOME).
    static QProcessEnvironment cliEnvironment();

    // Starts the simulator on a free port and creates a database whose default profile points at it, with a
    // request timeout of `timeoutSeconds`. Check ok() afterwards.
    explicit MoneyFixture(int timeoutSeconds = 2);
    ~MoneyFixture();
    Q_DISABLE_COPY_MOVE(MoneyFixture)

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    // The store's file, or its PostgreSQL URI in a test's ":pg" twin (TestStore).
    QString databasePath() const { return m_location; }
    // A path for a file of the test in the fixture's temporary folder.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QUrl endpoint() const;
    ApsSimulator &simulator() { return *m_simulator; }
    const Database &database() const { return *m_database; }
    AuditLog &audit() { return *m_audit; }
    PaymentService &service() { return *m_service; }
    ApsClient &client() { return *m_client; }

    // A PaymentService on `database` (possibly another Database object on the same file), sharing the
    // fixture's clock, so that advancing time moves every desk past its lease.
    std::unique_ptr<PaymentService> makeService(const Database &database, const QString &owner);

    // Moves PayDesk's clock (not the simulator's) forward, e.g. past an operation's lease.
    void advanceClock(qint64 seconds) { m_clockOffsetSeconds += seconds; }

    // Creates the order at the simulator and the same row in the cache. Returns the cache's row.
    Transaction addOrder(const QString &reference, qint64 amount,
                         const QString &currency = QStringLiteral("AED"),
                         Origin origin = Origin::Authorization);

    // Moves money at the simulator directly, behind the cache's back (another desk, the APS back office).
    QString behindTheCache(SimulatorBook::MaintenanceRequest::Kind kind, const QString &reference,
                           qint64 amount);

    // Adds a simulator fault; a test failure when the JSON does not describe one.
    void addFault(const QJsonObject &json);

    const SimulatorOrder &simOrder(const QString &reference) const;

    // Ground truth: how many requests of `command` reached the order, and how many of them moved money.
    int received(const QString &reference, const QString &command) const;
    int applied(const QString &reference, const QString &command) const;

    Transaction cached(const QString &reference) const;
    QList<Operation> operations(const QString &reference) const;
    MerchantProfile profile() const;

    static QString paydeskctl();

    // Starts paydeskctl on this fixture's database. The simulator lives in this process: keep its event loop
    // running until the process ends (finishCli).
    QProcess *startCli(const QStringList &arguments, const QProcessEnvironment &environment, QObject *parent);

    // Waits for `process` to end, answering its requests meanwhile, and deletes it later. Its exit code, or
    // -1 when it crashed or never ended.
    static int finishCli(QProcess *process, QString *output = nullptr);

    int runCli(const QStringList &arguments, QString *output = nullptr);

    // Runs a job to its end; the result is empty when it never finished.
    static std::optional<PaymentResult> wait(PaymentJob *job, int timeoutMs = 15000);

    // One reconciliation pass with `config`; the decisions it reports.
    QList<ReconcileDecision> reconcile(Reconciler::Config config = quickConfig());

    // Moves past the lease and reconciles, round after round (each a minute later, past the back-off), until
    // the single open operation is decided or the rounds run out. The last verdict; Waiting when no round
    // decided anything.
    ReconcileDecision::Verdict reconcileUntilDecided();

    // Minutes of the profile's schedule compressed for tests that move the clock a minute a round: "not
    // applied" after three quiet checks over 90 s, manual review 150 s after sending.
    static Reconciler::Config quickConfig();

private:
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<ApsSimulator> m_simulator;
    quint16 m_port = 0;
    FixedSecretSource m_secrets;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<FileAuditKeyProvider> m_keys;
    std::unique_ptr<AuditLog> m_audit;
    std::vector<std::unique_ptr<AuditLog>> m_otherAudits;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApsClient> m_client;
    std::unique_ptr<PaymentService> m_service;
    qint64 m_clockOffsetSeconds = 0;
    QString m_error;
};

Q_DECLARE_METATYPE(PaymentResult)
Q_DECLARE_METATYPE(ReconcileDecision)
