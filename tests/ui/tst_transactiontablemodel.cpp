#include "transactiontablemodel.h"

#include "store/database.h"
#include "store/transactionrepository.h"
#include "transactionbuilder.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString Merchant = QStringLiteral("MODELTEST");
const QDateTime Epoch = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
const QDateTime Now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

// Row i: authorized i minutes after Epoch, reference R-<i padded>, in AED or KWD.
Transaction makeTransaction(int i)
{
    const qint64 authorized = 10000 + i;
    // The builder's capture window is seven days from the authorization.
    return TransactionBuilder(QStringLiteral("R-%1").arg(i, 6, 10, QLatin1Char('0')))
        .merchant(Merchant)
        .fortId(QString::number(100000000 + i))
        .currency(i % 3 == 0 ? u"KWD" : u"AED")
        .authorized(authorized)
        .captured(i % 4 == 0 ? authorized : 0)
        .authorizedAt(Epoch.addSecs(60LL * i))
        .customer(QStringLiteral("Customer %1").arg(i), QStringLiteral("c%1@example.com").arg(i));
}

} // namespace

class tst_TransactionTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void passesModelTester();
    void pagesAgreeWithTheOrder_data();
    void pagesAgreeWithTheOrder();
    void jumpsToTheEndAndBack();
    void sortAsksTheQuery();
    void rawValuesAreNotDisplayText();
    void refreshKeepsPersistentIndexOnTransaction();
    void filtersCount();
    void deadlineUrgency();
    void captureColumnsAskTheRules_data();
    void captureColumnsAskTheRules();

    void newerSearchOvertakesOlder();

private:
    // A new query shows its first page at once and counts in the background: wait for the exact count.
    void setQuery(const TransactionQuery &query)
    {
        m_model->setQuery(query);
        QTRY_VERIFY(m_model->countIsExact());
    }
    void sortBy(int column, Qt::SortOrder order)
    {
        m_model->sort(column, order);
        QTRY_VERIFY(m_model->countIsExact());
    }
    void fill(int rows);
    QString expectedReference(int row, int rows, bool descending) const
    {
        const int i = descending ? rows - 1 - row : row;
        return makeTransaction(i).merchantReference;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TransactionTableModel> m_model;
};

void tst_TransactionTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    StoreResult<std::unique_ptr<Database>> db =
        Database::create(m_dir->filePath(QStringLiteral("test.db")), Merchant, QStringLiteral("simulator"));
    QVERIFY2(db.ok(), qPrintable(db.message));
    m_database = std::move(*db);
    m_model = std::make_unique<TransactionTableModel>(*m_database);
    m_model->setClock([] { return Now; });
}

void tst_TransactionTableModel::cleanup()
{
    m_model.reset();
    m_database.reset();
    m_dir.reset();
}

void tst_TransactionTableModel::fill(int rows)
{
    const TransactionRepository repository(*m_database);
    const StoreStatus status = m_database->withWriteTransaction([&] {
        for (int i = 0; i < rows; ++i) {
            Transaction tx = makeTransaction(i);
            const StoreStatus inserted = repository.insert(tx);
            if (!inserted.ok())
                return inserted;
        }
        return StoreStatus::success();
    });
    QVERIFY2(status.ok(), qPrintable(status.message));
}

void tst_TransactionTableModel::passesModelTester()
{
    fill(700);
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    setQuery(TransactionQuery());
    QCOMPARE(m_model->rowCount(), 700);
    for (int row = 0; row < m_model->rowCount(); row += 7)
        QVERIFY(m_model->index(row, TransactionTableModel::AmountColumn).data().isValid());
    sortBy(TransactionTableModel::ReferenceColumn, Qt::AscendingOrder);
    m_model->refresh();
    TransactionQuery query = m_model->query();
    query.currency = QStringLiteral("KWD");
    setQuery(query);
    QCOMPARE(m_model->rowCount(), 234);
}

void tst_TransactionTableModel::pagesAgreeWithTheOrder_data()
{
    QTest::addColumn<int>("rows");
    QTest::newRow("one page") << 40;
    QTest::newRow("20k") << 20000;
}

void tst_TransactionTableModel::pagesAgreeWithTheOrder()
{
    QFETCH(int, rows);
    fill(rows);
    setQuery(TransactionQuery()); // date, newest first
    QCOMPARE(m_model->rowCount(), rows);

    // Scrolling down row by row and back up.
    for (int row = 0; row < rows; row += (rows > 1000 ? 13 : 1)) {
        QCOMPARE(m_model->index(row, TransactionTableModel::ReferenceColumn).data().toString(),
                 expectedReference(row, rows, true));
        QVERIFY(m_model->windowSize() <= TransactionTableModel::MaxWindowRows);
    }
    for (int row = rows - 1; row >= 0; row -= (rows > 1000 ? 11 : 1))
        QCOMPARE(m_model->index(row, TransactionTableModel::ReferenceColumn).data().toString(),
                 expectedReference(row, rows, true));

    // Random jumps.
    QRandomGenerator random(42);
    for (int i = 0; i < 200; ++i) {
        const int row = random.bounded(rows);
        QCOMPARE(m_model->index(row, TransactionTableModel::ReferenceColumn).data().toString(),
                 expectedReference(row, rows, true));
        QVERIFY(m_model->windowSize() <= TransactionTableModel::MaxWindowRows);
    }
}

void tst_TransactionTableModel::jumpsToTheEndAndBack()
{
    fill(5000);
    setQuery(TransactionQuery());
    QCOMPARE(m_model->index(4999, 1).data().toString(), expectedReference(4999, 5000, true));
    QCOMPARE(m_model->index(0, 1).data().toString(), expectedReference(0, 5000, true));
    QCOMPARE(m_model->index(2500, 1).data().toString(), expectedReference(2500, 5000, true));
    QCOMPARE(m_model->index(2499, 1).data().toString(), expectedReference(2499, 5000, true));
}

void tst_TransactionTableModel::sortAsksTheQuery()
{
    fill(1000);
    setQuery(TransactionQuery());
    sortBy(TransactionTableModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(m_model->query().sort, TransactionSort::Date);
    QCOMPARE(m_model->query().order, Qt::AscendingOrder);
    for (int row : {0, 1, 500, 998, 999})
        QCOMPARE(m_model->index(row, 1).data().toString(), expectedReference(row, 1000, false));

    // Amount sorts group by currency first (KWD, then AED, descending): amounts of different currencies are
    // never ranked as one number.
    const auto checkGrouped = [this](int column, TransactionSort sort) {
        sortBy(column, Qt::DescendingOrder);
        QCOMPARE(m_model->query().sort, sort);
        QStringList currencies;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < 1000; ++row) {
            const QString currency = m_model->rowAt(row)->transaction.currency.code();
            if (currencies.isEmpty() || currencies.last() != currency) {
                QVERIFY2(!currencies.contains(currency), qPrintable(currency));
                currencies << currency;
                previous = std::numeric_limits<qint64>::max();
            }
            const qint64 amount =
                m_model->index(row, column).data(TransactionTableModel::RawValueRole).toLongLong();
            QVERIFY(amount <= previous);
            previous = amount;
        }
        QCOMPARE(currencies, (QStringList{QStringLiteral("KWD"), QStringLiteral("AED")}));
    };
    checkGrouped(TransactionTableModel::AmountColumn, TransactionSort::Amount);
    checkGrouped(TransactionTableModel::CapturedColumn, TransactionSort::Captured);
    checkGrouped(TransactionTableModel::RefundedColumn, TransactionSort::Refunded);
    checkGrouped(TransactionTableModel::RemainingColumn, TransactionSort::ToCapture);
    QVERIFY(m_model->headerData(TransactionTableModel::RemainingColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(TransactionTableModel::currencyFirstHint()));

    // With a currency chosen, the sort is that currency's amounts alone.
    TransactionQuery aed = m_model->query();
    aed.currency = QStringLiteral("AED");
    setQuery(aed);
    QVERIFY(!m_model->headerData(TransactionTableModel::RemainingColumn, Qt::Horizontal, Qt::ToolTipRole)
                 .toString()
                 .contains(TransactionTableModel::currencyFirstHint()));
}

void tst_TransactionTableModel::rawValuesAreNotDisplayText()
{
    fill(3);
    setQuery(TransactionQuery());
    const QModelIndex amount = m_model->index(0, TransactionTableModel::AmountColumn);
    // Row 0 is the newest: i = 2, AED.
    QCOMPARE(amount.data(TransactionTableModel::RawValueRole).toLongLong(), 10002);
    QCOMPARE(amount.data().toString(),
             Money::fromMinor(10002, *Currency::fromCode(u"AED")).toDisplayString(QLocale()));
    QCOMPARE(amount.data(Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignTrailing | Qt::AlignVCenter);
    const QModelIndex date = m_model->index(0, TransactionTableModel::DateColumn);
    QCOMPARE(date.data(TransactionTableModel::RawValueRole).toDateTime(), Epoch.addSecs(120));
    const QModelIndex state = m_model->index(0, TransactionTableModel::StateColumn);
    QCOMPARE(state.data(TransactionTableModel::RawValueRole).toInt(),
             static_cast<int>(TransactionState::Expired));
}

void tst_TransactionTableModel::refreshKeepsPersistentIndexOnTransaction()
{
    fill(300);
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    setQuery(TransactionQuery());
    const QPersistentModelIndex selected = m_model->index(10, 0);
    const qint64 id = selected.data(TransactionTableModel::TransactionIdRole).toLongLong();

    // An older transaction becomes the newest (its date corrected): it moves to the top and the rows above
    // the selected one move down by one. The count is unchanged: the persistent index follows.
    const TransactionRepository repository(*m_database);
    const QString movedReference = expectedReference(200, 300, true);
    Transaction moved = *repository.findByReference(Merchant, movedReference);
    moved.authorizedAt = Epoch.addDays(30);
    moved.captureDeadline = moved.authorizedAt.addDays(7);
    QVERIFY(repository.update(moved).ok());
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), 300);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 11);
    QCOMPARE(selected.data(TransactionTableModel::TransactionIdRole).toLongLong(), id);
    QCOMPARE(m_model->index(0, 1).data().toString(), movedReference);

    // A new transaction arrives: the model resets around the same place and the transaction is found again.
    Transaction newest = makeTransaction(100000);
    QVERIFY(repository.insert(newest).ok());
    QSignalSpy counted(m_model.get(), &TransactionTableModel::countChanged);
    m_model->refresh();
    QCOMPARE(counted.count(), 1);
    QCOMPARE(m_model->rowCount(), 301);
    QCOMPARE(m_model->rowOfTransaction(id), 12);
    QCOMPARE(m_model->index(0, 1).data().toString(), newest.merchantReference);
}

void tst_TransactionTableModel::filtersCount()
{
    fill(400);
    TransactionQuery query;
    query.states = {TransactionState::Captured};
    setQuery(query);
    QCOMPARE(m_model->rowCount(), 100);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->index(row, 0).data(TransactionTableModel::StateRole).toInt(),
                 static_cast<int>(TransactionState::Captured));
    query = TransactionQuery();
    query.text = QStringLiteral("R-000123");
    setQuery(query);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, 1).data().toString(), QStringLiteral("R-000123"));
}

void tst_TransactionTableModel::deadlineUrgency()
{
    const TransactionRepository repository(*m_database);
    const auto add = [&](int i, const QDateTime &deadline) {
        Transaction tx = makeTransaction(i);
        tx.captured = 0;
        tx.authorizedAt = deadline.addDays(-7);
        tx.captureDeadline = deadline;
        return repository.insert(tx).ok();
    };
    QVERIFY(add(1, Now.addDays(3)));
    QVERIFY(add(2, Now.addSecs(3600)));
    QVERIFY(add(3, Now.addSecs(-3600)));
    TransactionQuery query;
    query.sort = TransactionSort::Reference;
    query.order = Qt::AscendingOrder;
    setQuery(query);
    QCOMPARE(m_model->rowCount(), 3);
    const auto urgency = [&](int row) {
        return static_cast<TransactionTableModel::Urgency>(
            m_model->index(row, TransactionTableModel::DeadlineColumn)
                .data(TransactionTableModel::DeadlineUrgencyRole)
                .toInt());
    };
    QCOMPARE(m_model->index(0, 1).data().toString(), makeTransaction(1).merchantReference);
    QCOMPARE(urgency(0), TransactionTableModel::Urgency::None);
    QCOMPARE(urgency(1), TransactionTableModel::Urgency::Warning);
    QCOMPARE(urgency(2), TransactionTableModel::Urgency::Passed);
    QVERIFY(m_model->index(1, TransactionTableModel::DeadlineColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(m_model->index(2, TransactionTableModel::DeadlineColumn).data().toString().contains(u"1 h"));
}

// "To capture", "Expires in" and its colour come from TransactionRules, whatever the state is called: an
// AED authorization of 100.00 with 50.00 captured and 10.00 refunded, 4 h before its deadline, has 50.00 to
// capture; past its deadline nothing is left to capture and the lost money shows as passed.
void tst_TransactionTableModel::captureColumnsAskTheRules_data()
{
    QTest::addColumn<qint64>("captured");
    QTest::addColumn<qint64>("refunded");
    QTest::addColumn<bool>("voided");
    QTest::addColumn<int>("secondsToDeadline");
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<int>("urgency");
    QTest::addColumn<bool>("expiresInShown");
    using U = TransactionTableModel::Urgency;
    QTest::newRow("partial capture partly refunded, 4 h left")
        << qint64(5000) << qint64(1000) << false << 4 * 3600 << qint64(5000) << int(U::Warning) << true;
    QTest::newRow("partial capture fully refunded, 3 days left")
        << qint64(5000) << qint64(5000) << false << 3 * 86400 << qint64(5000) << int(U::None) << true;
    QTest::newRow("partial capture partly refunded, past deadline")
        << qint64(5000) << qint64(1000) << false << -3600 << qint64(0) << int(U::Passed) << true;
    QTest::newRow("partial capture, past deadline")
        << qint64(2000) << qint64(0) << false << -86400 << qint64(0) << int(U::Passed) << true;
    QTest::newRow("nothing captured, past deadline")
        << qint64(0) << qint64(0) << false << -60 << qint64(0) << int(U::Passed) << true;
    QTest::newRow("fully captured, 4 h left")
        << qint64(10000) << qint64(0) << false << 4 * 3600 << qint64(0) << int(U::None) << false;
    QTest::newRow("fully captured, past deadline")
        << qint64(10000) << qint64(0) << false << -3600 << qint64(0) << int(U::None) << false;
    QTest::newRow("voided, 4 h left")
        << qint64(0) << qint64(0) << true << 4 * 3600 << qint64(0) << int(U::None) << false;
}

void tst_TransactionTableModel::captureColumnsAskTheRules()
{
    QFETCH(qint64, captured);
    QFETCH(qint64, refunded);
    QFETCH(bool, voided);
    QFETCH(int, secondsToDeadline);
    QFETCH(qint64, remaining);
    QFETCH(int, urgency);
    QFETCH(bool, expiresInShown);
    Transaction tx = makeTransaction(1);
    tx.currency = *Currency::fromCode(u"AED");
    tx.authorized = 10000;
    tx.captured = captured;
    tx.refunded = refunded;
    tx.voided = voided;
    tx.captureDeadline = Now.addSecs(secondsToDeadline);
    tx.authorizedAt = tx.captureDeadline.addDays(-7);
    QVERIFY(TransactionRepository(*m_database).insert(tx).ok());
    setQuery(TransactionQuery());
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex left = m_model->index(0, TransactionTableModel::RemainingColumn);
    QCOMPARE(left.data(TransactionTableModel::RawValueRole).toLongLong(), remaining);
    QVERIFY(left.data().toString().contains(remaining == 5000 ? u"50.00" : u"0.00"));
    const QModelIndex deadline = m_model->index(0, TransactionTableModel::DeadlineColumn);
    QCOMPARE(deadline.data(TransactionTableModel::DeadlineUrgencyRole).toInt(), urgency);
    QCOMPARE(!deadline.data().toString().isEmpty(), expiresInShown);
    QCOMPARE(left.data(Qt::ToolTipRole).toString().contains(u"released"),
             urgency == int(TransactionTableModel::Urgency::Passed));
}

// Typing a term and then another before the first one's count is in: the window shows the first page of
// each at once, never waits for a count, and only the second one's count is ever applied.
void tst_TransactionTableModel::newerSearchOvertakesOlder()
{
    fill(20000);
    QSignalSpy counts(m_model.get(), &TransactionTableModel::countChanged);
    TransactionQuery first;
    first.text = QStringLiteral("R-01"); // 10,000 matches
    m_model->setQuery(first);
    QCOMPARE(m_model->rowCount(), TransactionTableModel::PageRows);
    QVERIFY(!m_model->countIsExact());
    TransactionQuery second;
    second.text = QStringLiteral("R-000"); // 1,000 matches
    m_model->setQuery(second);
    QCOMPARE(m_model->rowCount(), TransactionTableModel::PageRows);
    QTRY_VERIFY(m_model->countIsExact());
    QCOMPARE(m_model->rowCount(), 1000);
    QTest::qWait(100); // nothing of the first search arrives later
    QCOMPARE(m_model->rowCount(), 1000);
    QList<qint64> seen;
    for (const QList<QVariant> &signal : std::as_const(counts))
        seen << signal.at(0).toLongLong();
    QCOMPARE(seen, (QList<qint64>{TransactionTableModel::PageRows, TransactionTableModel::PageRows, 1000}));
    for (int row = 0; row < m_model->rowCount(); row += 37)
        QVERIFY(m_model->index(row, TransactionTableModel::ReferenceColumn)
                    .data()
                    .toString()
                    .startsWith(u"R-000"));
}

QTEST_MAIN(tst_TransactionTableModel)
#include "tst_transactiontablemodel.moc"
