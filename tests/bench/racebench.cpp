#include "benchsection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <libpq-fe.h>

namespace {

constexpr int DefaultRounds = 1000;

// Runs one statement on the server of `uri` (CREATE/DROP DATABASE); the server's error text, or empty.
QString onServer(const QString &uri, const QByteArray &sql)
{
    PGconn *connection = PQconnectdb(uri.toUtf8().constData());
    QString error;
    if (PQstatus(connection) != CONNECTION_OK) {
        error = QString::fromUtf8(PQerrorMessage(connection));
    } else {
        PGresult *result = PQexec(connection, sql.constData());
        if (PQresultStatus(result) != PGRES_COMMAND_OK)
            error = QString::fromUtf8(PQresultErrorMessage(result));
        PQclear(result);
    }
    PQfinish(connection);
    return error.trimmed();
}

// One race: paydesk-soak --race (tests/soak) with `desks` paydeskctl processes per round, no faults and no
// kills, so that everything it finds comes from desks racing each other. Its JSON summary, or an error.
QJsonObject runSoak(const QString &database, int desks, int rounds, QTextStream &out)
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("race.json"));
    QStringList args{QStringLiteral("--race"),
                     QStringLiteral("--concurrency"),
                     QString::number(desks),
                     QStringLiteral("--operations"),
                     QString::number(qint64(rounds) * desks),
                     QStringLiteral("--orders"),
                     QString::number(std::max(4, rounds / 10)),
                     QStringLiteral("--seed"),
                     QStringLiteral("20261201"),
                     QStringLiteral("--kill-rate"),
                     QStringLiteral("0"),
                     QStringLiteral("--fault-rate"),
                     QStringLiteral("0"),
                     QStringLiteral("--duration-cap"),
                     QStringLiteral("36000"),
                     QStringLiteral("--settle-cap"),
                     QStringLiteral("900"),
                     QStringLiteral("--json"),
                     json};
    if (!database.isEmpty())
        args << QStringLiteral("--db") << database;
    QProcess soak;
    soak.setProcessChannelMode(QProcess::MergedChannels);
    soak.start(QStringLiteral(PAYDESK_BINARY_DIR "/tests/soak/paydesk-soak"), args);
    QByteArray log;
    while (!soak.waitForFinished(1000))
        log += soak.readAll();
    log += soak.readAll();
    QFile file(json);
    if (!file.open(QIODevice::ReadOnly)) {
        out << "paydesk-soak wrote no summary (exit " << soak.exitCode() << "):\n" << log.right(2000) << '\n';
        return {};
    }
    const QJsonObject summary = QJsonDocument::fromJson(file.readAll()).object();
    if (!summary.value(QLatin1String("passed")).toBool())
        out << log.right(4000) << '\n';
    return summary;
}

QJsonObject raceBench(BenchContext &context)
{
    QTextStream &out = context.out;
    const QList<int> deskCounts = context.desks.isEmpty() ? QList<int>{2, 4, 8} : context.desks;
    const int rounds = context.rounds > 0 ? context.rounds : DefaultRounds;
    out << "desks rounds attempted   ok refused unknown other over-capt over-ref double-sends cache=APS "
           "wall s\n";
    QJsonObject result;
    for (const int desks : deskCounts) {
        // A database of its own per run, created on the server of --db and dropped afterwards.
        QString database;
        if (!context.database.isEmpty()) {
            QUrl url(context.database);
            const QString name =
                QStringLiteral("paydesk_race_%1_%2").arg(desks).arg(QCoreApplication::applicationPid());
            const QString error = onServer(context.database, "CREATE DATABASE " + name.toUtf8());
            if (!error.isEmpty()) {
                out << "cannot create " << name << ": " << error << '\n';
                continue;
            }
            url.setPath(u'/' + name);
            database = url.toString();
        }
        QElapsedTimer timer;
        timer.start();
        const QJsonObject summary = runSoak(database, desks, rounds, out);
        const double wall = double(timer.elapsed()) / 1000;
        if (!database.isEmpty())
            onServer(context.database, "DROP DATABASE " + QUrl(database).path().mid(1).toUtf8());
        const QJsonObject codes = summary.value(QLatin1String("exit_codes")).toObject();
        const auto count = [&](const char *key) {
            return summary.value(QLatin1String(key)).toInt();
        };
        const auto code = [&](const char *key) {
            return codes.value(QLatin1String(key)).toInt();
        };
        const int other = count("attempted") - code("0") - code("1") - code("3");
        const int doubles = count("repeated") + count("unjournalled_requests");
        const bool cacheOk = !summary.isEmpty() && count("cache_mismatches") == 0 && count("unsettled") == 0;
        const bool met = cacheOk && count("over_captured") == 0 && count("over_refunded") == 0 &&
                         doubles == 0 && count("lost") == 0 && count("opposite") == 0;
        out << QString::asprintf("%5d %6d %9d %4d %7d %7d %5d %9d %8d %12d %9s %6.0f  %s\n", desks,
                                 count("rounds"), count("attempted"), code("0"), code("1"), code("3"), other,
                                 count("over_captured"), count("over_refunded"), doubles,
                                 cacheOk ? "yes" : "NO", wall, met ? "ok" : "FAILED");
        out.flush();
        QJsonObject line = summary;
        line.insert(QStringLiteral("wall_s"), wall);
        line.insert(QStringLiteral("met"), met);
        result.insert(QString::number(desks), line);
    }
    out << "goal: 0 over-captures, 0 over-refunds, 0 double sends, cache = APS after reconcile ("
        << (context.database.isEmpty() ? "SQLite" : "PostgreSQL") << " store)\n";
    return result;
}

const BenchRegistration
    raceRegistration("race",
                     "desks (paydeskctl processes) racing captures, voids and refunds "
                     "on the same orders against one aps-simulator, checked against "
                     "APS (--desks 2,4,8, --rounds N default 1000, --db postgresql://...)",
                     raceBench);

} // namespace
