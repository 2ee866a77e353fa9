#include "auditview.h"

#include "store/auditkeyprovider.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/operationjournal.h"
#include "store/transactionrepository.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

#include <sys/stat.h>

class tst_AuditView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void filters_data();
    void filters();
    void exportsTheRowsShown();
    void exportIsPrivate();
    void verifiesTheChain();
    void actionsInWordsWithAmounts();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<FileAuditKeyProvider> m_keys;
    std::unique_ptr<AuditLog> m_audit;
};

void tst_AuditView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_AuditView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto created = Database::create(m_dir->filePath(QStringLiteral("a.db")), QStringLiteral("AUDITTEST"),
                                    QStringLiteral("simulator"));
    QVERIFY2(created.ok(), qPrintable(created.message));
    m_database = std::move(*created);
    const QString keyPath = FileAuditKeyProvider::keyPathFor(m_database->path());
    QVERIFY(FileAuditKeyProvider::createKeyFile(keyPath).ok());
    m_keys = std::make_unique<FileAuditKeyProvider>(keyPath);
    m_audit = std::make_unique<AuditLog>(*m_database, *m_keys);
    const auto add = [this](const char *user, const char *action, const char *reference) {
        QVERIFY(m_audit
                    ->append(QString::fromLatin1(user), QString::fromLatin1(action), QStringLiteral("done"),
                             QString::fromLatin1(reference), QStringLiteral("details, with a comma"))
                    .ok());
    };
    add("olivia", "capture", "ORD-1");
    add("olivia", "refund_request", "ORD-2");
    add("adam", "refund_approve", "ORD-2");
    add("adam", "sign_in", "");
    add("admin", "sign_in", "");
}

void tst_AuditView::cleanup()
{
    m_audit.reset();
    m_keys.reset();
    m_database.reset();
    m_dir.reset();
}

void tst_AuditView::filters_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("rows");
    QTest::newRow("everything") << QString() << QString() << QString() << 5;
    QTest::newRow("one user") << QStringLiteral("olivia") << QString() << QString() << 2;
    QTest::newRow("one action") << QString() << QStringLiteral("sign_in") << QString() << 2;
    QTest::newRow("one order") << QString() << QString() << QStringLiteral("ORD-2") << 2;
    QTest::newRow("user and order") << QStringLiteral("adam") << QString() << QStringLiteral("ORD-2") << 1;
    QTest::newRow("nothing matches") << QStringLiteral("admin") << QStringLiteral("capture") << QString()
                                     << 0;
}

void tst_AuditView::filters()
{
    QFETCH(QString, user);
    QFETCH(QString, action);
    QFETCH(QString, reference);
    QFETCH(int, rows);
    AuditView view(*m_database, *m_audit);
    view.setUser(user);
    view.setAction(action);
    view.setReference(reference);
    QCOMPARE(view.table()->rowCount(), rows);
    QCOMPARE(view.entries().size(), rows);
    for (const AuditEntry &entry : view.entries()) {
        if (!user.isEmpty())
            QCOMPARE(entry.userName, user);
        if (!reference.isEmpty())
            QCOMPARE(entry.merchantReference, reference);
    }
    // Newest first.
    if (rows > 1)
        QVERIFY(view.entries().at(0).id > view.entries().at(1).id);

    // A date range before today shows nothing.
    view.setDates(QDate::currentDate().addDays(-10), QDate::currentDate().addDays(-1));
    QCOMPARE(view.table()->rowCount(), 0);
}

void tst_AuditView::exportsTheRowsShown()
{
    AuditView view(*m_database, *m_audit);
    view.setUser(QStringLiteral("olivia"));
    const QString path = m_dir->filePath(QStringLiteral("audit.csv"));
    QVERIFY(view.exportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith("id,at,user,action,outcome,merchant_reference,details,hash"));
    QVERIFY(lines.at(1).contains(",olivia,refund_request,done,ORD-2,\"details, with a comma\","));
    QVERIFY(lines.at(2).contains(",olivia,capture,"));
}

// The export names people and orders: owner-only under the usual umask, and an existing file that others
// could read is replaced by one they cannot.
void tst_AuditView::exportIsPrivate()
{
    const mode_t saved = ::umask(022);
    const auto modeOf = [](const QString &path) {
        struct stat status;
        return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 07777) : -1;
    };
    AuditView view(*m_database, *m_audit);
    const QString fresh = m_dir->filePath(QStringLiteral("new.csv"));
    const bool wroteFresh = view.exportTo(fresh);
    const QString existing = m_dir->filePath(QStringLiteral("existing.csv"));
    QFile earlier(existing);
    const bool created = earlier.open(QIODevice::WriteOnly) && earlier.write("old\n") == 4;
    earlier.close();
    const bool opened = ::chmod(QFile::encodeName(existing).constData(), 0644) == 0;
    const bool wroteExisting = view.exportTo(existing);
    ::umask(saved);
    QVERIFY(wroteFresh && created && opened && wroteExisting);
    QCOMPARE(QByteArray::number(modeOf(fresh), 8), QByteArray("600"));
    QCOMPARE(QByteArray::number(modeOf(existing), 8), QByteArray("600"));
}

void tst_AuditView::verifiesTheChain()
{
    AuditView view(*m_database, *m_audit);
    view.verify();
    QVERIFY2(view.verifyLabel()->text().contains(QStringLiteral("is intact: 5 row")),
             qPrintable(view.verifyLabel()->text()));

    // Someone edits a row behind the log's back (the trigger is dropped first, as an attacker would).
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    QVERIFY(query.exec(QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE id = 2")));
    view.verify();
    QVERIFY2(view.verifyLabel()->text().contains(QStringLiteral("NOT intact: row 2 was edited")),
             qPrintable(view.verifyLabel()->text()));
}

// Actions read as sentences with the amount in the user's locale; the journalled operation an entry names
// gives the amount when the details do not; times are the user's, and the heading says in which zone.
void tst_AuditView::actionsInWordsWithAmounts()
{
    Transaction tx;
    tx.merchantIdentifier = QStringLiteral("AUDITTEST");
    tx.merchantReference = QStringLiteral("ORD-9");
    tx.origin = Origin::Authorization;
    tx.currency = *Currency::fromCode(u"AED");
    tx.authorized = 80000;
    tx.authorizedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    QVERIFY(TransactionRepository(*m_database).insert(tx).ok());
    Operation op;
    op.transactionId = tx.id;
    op.kind = OperationKind::Capture;
    op.amount = 50000;
    op.currency = tx.currency;
    op.userName = QStringLiteral("olivia");
    op.owner = QStringLiteral("desk");
    op.baseline = {80000, 0, 0};
    op.createdAt = QDateTime::currentDateTimeUtc();
    op.leaseUntil = op.createdAt.addSecs(60);
    QVERIFY(OperationJournal(*m_database).begin(op).ok());
    const auto add = [this](const QString &action, const QString &outcome, const QString &details) {
        QVERIFY(m_audit->append(QStringLiteral("olivia"), action, outcome, QStringLiteral("ORD-9"), details)
                    .ok());
    };
    add(QStringLiteral("capture"), QStringLiteral("sent"),
        QStringLiteral("capture 1250.500 KWD, maintenance_reference M-1"));
    add(QStringLiteral("capture"), QStringLiteral("succeeded"),
        QStringLiteral("operation %1: APS answered 04000 Success").arg(op.id));
    add(QStringLiteral("refund_approve"), QStringLiteral("approved"), QStringLiteral("request 3"));
    add(QStringLiteral("keys_rotate"), QStringLiteral("done"), QString());

    AuditView view(*m_database, *m_audit);
    view.setReference(QStringLiteral("ORD-9"));
    QCOMPARE(view.table()->rowCount(), 4);
    const auto action = [&view](int row) {
        return view.table()->item(row, AuditView::ActionColumn)->text();
    };
    QCOMPARE(action(3), QStringLiteral("Capture of 1,250.500 KWD sent to APS"));
    QCOMPARE(action(2), QStringLiteral("Captured 500.00 AED"));
    QCOMPARE(action(1), QStringLiteral("Refund request approved"));
    QCOMPARE(action(0), QStringLiteral("Keys rotate — done"));
    QCOMPARE(view.table()->item(2, AuditView::OutcomeColumn)->text(), QStringLiteral("Succeeded"));

    // On an Arabic desk the amount is the desk's: its locale's digits, isolated as one right-to-left unit.
    const QLocale arabic(QLocale::Arabic, QLocale::UnitedArabEmirates);
    QCOMPARE(AuditView::describe(view.entries().at(2), Money::fromMinor(50000, tx.currency), arabic),
             AuditView::tr("Captured %1")
                 .arg(QChar(0x2067) + Money::fromMinor(50000, tx.currency).toDisplayString(arabic) +
                      QChar(0x2069)));

    const QString zone = QTimeZone::systemTimeZone().displayName(QDateTime::currentDateTime(),
                                                                 QTimeZone::ShortName, QLocale());
    QCOMPARE(view.table()->horizontalHeaderItem(AuditView::TimeColumn)->text(),
             QStringLiteral("Time (%1)").arg(zone));
    const AuditEntry &first = view.entries().first();
    QCOMPARE(view.table()->item(0, AuditView::TimeColumn)->toolTip(),
             QLocale().toString(first.at.toLocalTime(), QLocale::LongFormat));
}

QTEST_MAIN(tst_AuditView)
#include "tst_auditview.moc"
