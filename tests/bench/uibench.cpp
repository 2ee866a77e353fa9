#include "benchsection.h"

#include "todayview.h"
#include "transactiontablemodel.h"

#include "store/database.h"
#include "store/transactionrepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QProcess>
#include <QScrollBar>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>

#include <functional>

// The `ui` section: the windowed TransactionTableModel beside QSqlQueryModel, each in a QTableView of its own
// child process (so their peak memory figures stay apart): process start to first rows painted, scrolling top
// to bottom, sort, search and jump to the end, each until repainted, and peak RSS. It needs a QApplication:
// paydesk-bench must create one (platform offscreen when there is no display) for this section.

namespace {

const char *const ChildVariable = "PAYDESK_UI_BENCH_CHILD"; // "windowed" | "sqlquerymodel"
const char *const DatabaseVariable = "PAYDESK_UI_BENCH_DB";
const QString Merchant = QStringLiteral("BENCHUI");
constexpr int ScrollSteps = 200;

double elapsed(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// How long `change` plus the repaint it causes take.
double untilRepainted(QTableView &view, const std::function<void()> &change)
{
    QElapsedTimer timer;
    timer.start();
    change();
    QCoreApplication::processEvents();
    view.viewport()->repaint();
    return elapsed(timer);
}

QString referenceOf(qint64 i)
{
    return QStringLiteral("BENCH-%1").arg(i, 8, 10, QLatin1Char('0'));
}

bool generate(const QString &path, qint64 rows, QTextStream &out)
{
    StoreResult<std::unique_ptr<Database>> created =
        Database::create(path, Merchant, QStringLiteral("simulator"));
    if (!created.ok()) {
        out << "cannot create " << path << ": " << created.message << '\n';
        return false;
    }
    const Database &database = **created;
    const TransactionRepository repository(database);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-60);
    const QString currencies[] = {QStringLiteral("AED"), QStringLiteral("SAR"), QStringLiteral("KWD")};
    const QString names[] = {QStringLiteral("Omar Haddad"), QStringLiteral("Aisha Rahman"),
                             QStringLiteral("Layla Nasser"), QStringLiteral("Yusuf Saleh")};
    QElapsedTimer timer;
    timer.start();
    constexpr qint64 Batch = 20000;
    for (qint64 first = 0; first < rows; first += Batch) {
        const StoreStatus status = database.withWriteTransaction([&] {
            for (qint64 i = first; i < qMin(rows, first + Batch); ++i) {
                Transaction tx;
                tx.merchantIdentifier = Merchant;
                tx.merchantReference = referenceOf(i);
                tx.fortId = QString::number(170000000000000000LL + i);
                tx.currency = *Currency::fromCode(currencies[i % 3]);
                tx.authorized = 1000 + (i * 7919) % 500000;
                tx.captured = i % 3 == 0 ? tx.authorized : 0;
                tx.authorizedAt = start.addSecs(i * 5);
                tx.customerName = names[i % 4];
                tx.customerEmail = QStringLiteral("c%1@example.com").arg(i);
                tx.cardMasked = QStringLiteral("411111******1111");
                const StoreStatus inserted = repository.insert(tx);
                if (!inserted.ok())
                    return inserted;
            }
            return StoreStatus::success();
        });
        if (!status.ok()) {
            out << "cannot fill " << path << ": " << status.message << '\n';
            return false;
        }
    }
    out << rows << " rows generated in " << QString::number(elapsed(timer) / 1000, 'f', 1) << " s\n";
    return true;
}

// The search terms of the store's benchmark data (tests/bench/storebench.cpp; `--db` a store it filled):
// a whole order reference, a reference prefix, a common first name, two letters, a rare name. For each, the
// median of three runs of typing it (from an empty search box) to the repaint of its first rows, and to its
// exact count arriving from the background.
QJsonObject measureSearchTerms(QTableView &view, TransactionTableModel &model)
{
    QJsonObject terms;
    for (const QString &term : {QStringLiteral("ORD-00040000"), QStringLiteral("ORD-0004"),
                                QStringLiteral("mohammed"), QStringLiteral("Om"), QStringLiteral("zubayr")}) {
        QList<double> repaint;
        QList<double> counted;
        qint64 matches = 0;
        for (int run = 0; run < 3; ++run) {
            TransactionQuery query = model.query();
            query.text.clear();
            model.setQuery(query);
            QElapsedTimer cleared;
            cleared.start();
            while (!model.countIsExact() && cleared.elapsed() < 60000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            QElapsedTimer timer;
            timer.start();
            repaint << untilRepainted(view, [&] {
                query.text = term;
                model.setQuery(query);
            });
            while (!model.countIsExact() && timer.elapsed() < 60000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            counted << elapsed(timer);
            matches = model.rowCount();
        }
        terms.insert(term, QJsonObject{{QStringLiteral("matches"), matches},
                                       {QStringLiteral("repaint_ms"), medianMs(repaint)},
                                       {QStringLiteral("count_ms"), medianMs(counted)}});
    }
    return terms;
}

// The amount sorts (grouped by currency, schema 9's indexes) under All and under "Needs capture", descending:
// the sort to its repaint, a scroll of a few pages on, and the jump to the end, each until repainted, and the
// exact count arriving in the background. "Now" is a day after the newest authorization, so the last week's
// authorizations are open, as on a desk in use.
QJsonObject measureAmountSorts(const Database &database, QTableView &view, TransactionTableModel &model)
{
    QSqlQuery newest(database.connection());
    if (!newest.exec(QStringLiteral("SELECT max(authorized_at) FROM transactions")) || !newest.next())
        return {};
    const QDateTime now =
        QDateTime::fromMSecsSinceEpoch(newest.value(0).toLongLong(), QTimeZone::utc()).addDays(1);
    model.setClock([now] { return now; });
    QJsonObject sorts;
    const std::pair<const char *, TransactionQuery::Capture> views[] = {
        {"all", TransactionQuery::Capture::Any}, {"needs_capture", TransactionQuery::Capture::Open}};
    const std::pair<const char *, int> columns[] = {{"amount", TransactionTableModel::AmountColumn},
                                                    {"captured", TransactionTableModel::CapturedColumn},
                                                    {"refunded", TransactionTableModel::RefundedColumn},
                                                    {"to_capture", TransactionTableModel::RemainingColumn}};
    for (const auto &[viewName, capture] : views) {
        for (const auto &[columnName, column] : columns) {
            TransactionQuery query;
            query.capture = capture;
            model.setQuery(query);
            QElapsedTimer settle;
            settle.start();
            while (!model.countIsExact() && settle.elapsed() < 60000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
            view.scrollToTop();
            QJsonObject measured;
            QElapsedTimer counted;
            counted.start();
            measured.insert(QStringLiteral("sort_ms"),
                            untilRepainted(view, [&] { model.sort(column, Qt::DescendingOrder); }));
            while (!model.countIsExact() && counted.elapsed() < 60000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            measured.insert(QStringLiteral("count_ms"), elapsed(counted));
            measured.insert(QStringLiteral("rows"), model.rowCount());
            QList<double> pages;
            for (int page = 1; page <= 5; ++page) {
                pages << untilRepainted(view, [&] {
                    view.scrollTo(
                        model.index(qMin(model.rowCount() - 1, page * TransactionTableModel::PageRows), 0));
                });
            }
            measured.insert(QStringLiteral("page_on_median_ms"), medianMs(pages));
            measured.insert(QStringLiteral("jump_to_end_ms"),
                            untilRepainted(view, [&] { view.scrollToBottom(); }));
            sorts.insert(QStringLiteral("%1/%2").arg(QLatin1String(viewName), QLatin1String(columnName)),
                         measured);
        }
    }
    return sorts;
}

// The Today view in a 1280×720 window, laid out in `direction`: from its creation to its figures read (on its
// worker thread) and painted.
double measureToday(const Database &database, Qt::LayoutDirection direction)
{
    QGuiApplication::setLayoutDirection(direction);
    QElapsedTimer timer;
    timer.start();
    TodayView::Context context;
    context.database = &database;
    context.userName = QStringLiteral("bench");
    context.mayApprove = true;
    TodayView today(context);
    today.resize(1280, 720);
    today.show();
    QEventLoop loop;
    QObject::connect(&today, &TodayView::figuresRead, &loop, &QEventLoop::quit);
    today.refresh();
    if (!today.figures())
        loop.exec();
    today.repaint();
    const double ms = elapsed(timer);
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    return ms;
}

// One measured run inside a child process; prints "painted" at the first paint and "result {json}" at the
// end.
QJsonObject runChild(const QString &mode, const QString &path, qint64 rows)
{
    QTextStream out(stdout);
    StoreResult<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened.ok())
        return {{QStringLiteral("error"), opened.message}};
    const Database &database = **opened;
    const bool windowed = mode == u"windowed";
    const QString searchTerm = referenceOf(rows / 2);

    QTableView view;
    view.resize(1200, 800);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(28);
    TransactionTableModel windowedModel(database);
    QSqlQueryModel sqlModel;
    const auto sqlQuery = [&](const QString &where, const QString &order) {
        QSqlQuery query(database.connection());
        query.prepare(
            QStringLiteral("SELECT authorized_at, merchant_reference, customer_name, authorized, captured, "
                           "refunded, base_state, capture_deadline FROM transactions ") +
            where + QStringLiteral(" ORDER BY ") + order);
        if (!where.isEmpty())
            query.addBindValue(QString(QLatin1Char('%') + searchTerm + QLatin1Char('%')));
        query.exec();
        sqlModel.setQuery(std::move(query));
    };
    if (windowed) {
        windowedModel.setQuery(TransactionQuery());
        view.setModel(&windowedModel);
    } else {
        sqlQuery(QString(), QStringLiteral("authorized_at DESC, id DESC"));
        view.setModel(&sqlModel);
    }
    view.show();
    view.viewport()->repaint();
    out << "painted\n";
    out.flush();

    QJsonObject result;
    QList<double> steps;
    QElapsedTimer whole;
    whole.start();
    QScrollBar *bar = view.verticalScrollBar();
    for (int step = 1; step <= ScrollSteps; ++step) {
        steps << untilRepainted(view, [&] {
            if (!windowed && sqlModel.canFetchMore())
                sqlModel.fetchMore();
            bar->setValue(static_cast<int>(static_cast<qint64>(bar->maximum()) * step / ScrollSteps));
        });
    }
    result.insert(QStringLiteral("scroll_total_ms"), elapsed(whole));
    result.insert(QStringLiteral("scroll_step_median_ms"), medianMs(steps));

    result.insert(QStringLiteral("jump_to_end_ms"), untilRepainted(view, [&] {
                      if (!windowed) {
                          while (sqlModel.canFetchMore())
                              sqlModel.fetchMore();
                      }
                      view.scrollToBottom();
                  }));
    result.insert(QStringLiteral("sort_ms"), untilRepainted(view, [&] {
                      if (windowed)
                          windowedModel.sort(TransactionTableModel::ReferenceColumn, Qt::AscendingOrder);
                      else
                          sqlQuery(QString(), QStringLiteral("merchant_reference, id"));
                  }));
    result.insert(QStringLiteral("search_ms"), untilRepainted(view, [&] {
                      if (windowed) {
                          TransactionQuery query = windowedModel.query();
                          query.text = searchTerm;
                          windowedModel.setQuery(query);
                      } else {
                          sqlQuery(QStringLiteral("WHERE merchant_reference LIKE ?"),
                                   QStringLiteral("merchant_reference, id"));
                      }
                  }));
    result.insert(QStringLiteral("search_rows"), view.model()->rowCount());
    if (windowed) {
        result.insert(QStringLiteral("search_terms"), measureSearchTerms(view, windowedModel));
        result.insert(QStringLiteral("amount_sorts"), measureAmountSorts(database, view, windowedModel));
        result.insert(QStringLiteral("today_ms"), measureToday(database, Qt::LeftToRight));
        result.insert(QStringLiteral("today_rtl_ms"), measureToday(database, Qt::RightToLeft));
    }
    result.insert(QStringLiteral("peak_rss_mib"), peakRssMiB());
    out << "result " << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    out.flush();
    return result;
}

QJsonObject runInChild(const QString &mode, const QString &path, qint64 rows, QTextStream &out)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(ChildVariable), mode);
    env.insert(QString::fromLatin1(DatabaseVariable), path);
    if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("ui"), QStringLiteral("--rows"), QString::number(rows)});
    double firstPaint = -1;
    QJsonObject result;
    while (child.state() != QProcess::NotRunning || child.canReadLine()) {
        if (!child.canReadLine() && !child.waitForReadyRead(600000))
            break;
        while (child.canReadLine()) {
            const QByteArray line = child.readLine().trimmed();
            if (line == "painted")
                firstPaint = elapsed(timer);
            else if (line.startsWith("result "))
                result = QJsonDocument::fromJson(line.mid(7)).object();
        }
    }
    child.waitForFinished();
    result.insert(QStringLiteral("first_rows_painted_ms"), firstPaint);
    out << mode << ": first rows " << QString::number(firstPaint, 'f', 0) << " ms\n";
    return result;
}

QJsonObject uiBench(BenchContext &context)
{
    const qint64 rows = context.rows > 0 ? context.rows : 1000000;
    const QString childMode = qEnvironmentVariable(ChildVariable);
    if (!childMode.isEmpty())
        return runChild(childMode, qEnvironmentVariable(DatabaseVariable), rows);
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        context.out << "skipped: the ui section needs paydesk-bench to create a QApplication\n";
        return {{QStringLiteral("skipped"), QStringLiteral("needs QApplication")}};
    }

    QTemporaryDir dir;
    // --db FILE: a store filled before (the store section's data, for its search terms); else generated.
    const QString path =
        context.database.isEmpty() ? dir.filePath(QStringLiteral("ui.db")) : context.database;
    if (context.database.isEmpty() && !generate(path, rows, context.out))
        return {{QStringLiteral("error"), QStringLiteral("could not generate the database")}};
    const QJsonObject windowed = runInChild(QStringLiteral("windowed"), path, rows, context.out);
    const QJsonObject sqlModel = runInChild(QStringLiteral("sqlquerymodel"), path, rows, context.out);

    const auto line = [&](const char *what, const QString &key, double goal) {
        const double ours = windowed.value(key).toDouble(-1);
        context.out << qSetFieldWidth(30) << Qt::left << what << qSetFieldWidth(16) << Qt::right
                    << QString::number(ours, 'f', 1)
                    << QString::number(sqlModel.value(key).toDouble(-1), 'f', 1)
                    << (goal <= 0      ? QStringLiteral("")
                        : ours <= goal ? QStringLiteral("ok")
                                       : QStringLiteral("OVER"))
                    << qSetFieldWidth(0) << '\n';
    };
    context.out << qSetFieldWidth(30) << Qt::left << "measure (ms, MiB)" << qSetFieldWidth(16) << Qt::right
                << "windowed"
                << "QSqlQueryModel"
                << "goal" << qSetFieldWidth(0) << '\n';
    line("first rows painted", QStringLiteral("first_rows_painted_ms"), 1000);
    line("scroll top to bottom (total)", QStringLiteral("scroll_total_ms"), 0);
    line("scroll step (median)", QStringLiteral("scroll_step_median_ms"), 100);
    line("jump to end", QStringLiteral("jump_to_end_ms"), 100);
    line("sort by reference", QStringLiteral("sort_ms"), 100);
    line("search", QStringLiteral("search_ms"), 100);
    line("Today view ready", QStringLiteral("today_ms"), 1000);
    line("Today view ready, right to left", QStringLiteral("today_rtl_ms"), 1000);
    line("peak RSS", QStringLiteral("peak_rss_mib"), 200);
    const QJsonObject terms = windowed.value(QStringLiteral("search_terms")).toObject();
    for (auto it = terms.constBegin(); it != terms.constEnd(); ++it) {
        const QJsonObject term = it.value().toObject();
        const double goal = it.key() == u"ORD-00040000" || it.key() == u"zubayr" ? 20 : 100;
        const double repaint = term.value(QStringLiteral("repaint_ms")).toDouble(-1);
        context.out
            << qSetFieldWidth(30) << Qt::left
            << QStringLiteral("search \"%1\" (%2)")
                   .arg(it.key())
                   .arg(term.value(QStringLiteral("matches")).toInteger())
            << qSetFieldWidth(16) << Qt::right << QString::number(repaint, 'f', 1)
            << QStringLiteral("count %1").arg(term.value(QStringLiteral("count_ms")).toDouble(), 0, 'f', 0)
            << (repaint <= goal ? QStringLiteral("ok") : QStringLiteral("OVER")) << qSetFieldWidth(0) << '\n';
    }
    const QJsonObject sorts = windowed.value(QStringLiteral("amount_sorts")).toObject();
    for (auto it = sorts.constBegin(); it != sorts.constEnd(); ++it) {
        const QJsonObject sort = it.value().toObject();
        const double ms = sort.value(QStringLiteral("sort_ms")).toDouble(-1);
        context.out << qSetFieldWidth(30) << Qt::left << QStringLiteral("sort %1 desc").arg(it.key())
                    << qSetFieldWidth(0)
                    << QStringLiteral(" %1 ms, pages on %2 ms, end %3 ms, count %4 ms (%5 rows) %6\n")
                           .arg(ms, 0, 'f', 1)
                           .arg(sort.value(QStringLiteral("page_on_median_ms")).toDouble(), 0, 'f', 1)
                           .arg(sort.value(QStringLiteral("jump_to_end_ms")).toDouble(), 0, 'f', 1)
                           .arg(sort.value(QStringLiteral("count_ms")).toDouble(), 0, 'f', 0)
                           .arg(sort.value(QStringLiteral("rows")).toInteger())
                           .arg(ms <= 100 ? QStringLiteral("ok") : QStringLiteral("OVER"));
    }
    return {{QStringLiteral("rows"), rows},
            {QStringLiteral("windowed"), windowed},
            {QStringLiteral("sqlquerymodel"), sqlModel}};
}

} // namespace

// Registered like every section; it measures only when paydesk-bench runs it under a QApplication.
const BenchRegistration uiRegistration("ui",
                                       "window list: first paint, scroll, sort, search, jump to end, RSS vs "
                                       "QSqlQueryModel (child processes)",
                                       uiBench);
