#include "teststore.h"

#include "store/auditkeyprovider.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace {

QAtomicInteger<int> nextDatabase{1};

QString readUriFile()
{
    QFile file(TestStore::serverDirectory() + QLatin1String("/uri"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll()).trimmed();
}

} // namespace

namespace TestStore {

bool onServer()
{
    return qEnvironmentVariable("PAYDESK_TEST_BACKEND") == u"postgresql";
}

QString serverDirectory()
{
    const QString binary = qEnvironmentVariable("PAYDESK_BINARY_DIR", QStringLiteral(PAYDESK_BINARY_DIR));
    return binary + QLatin1String("/pgtest");
}

QString serverUri()
{
    if (!onServer())
        return QString();
    const QString given = qEnvironmentVariable("PAYDESK_TEST_PG_URI");
    return given.isEmpty() ? readUriFile() : given;
}

QString newLocation(const QTemporaryDir &dir, const QString &fileName)
{
    if (!onServer())
        return dir.filePath(fileName);
    const QString maintenance = serverUri();
    if (maintenance.isEmpty())
        qFatal("the PostgreSQL twin of this test found no test server (%s/uri): run it through ctest, whose "
               "\"postgres\" fixture starts one (tests/support/pg-server.sh)",
               qPrintable(serverDirectory()));
    const QString name = QStringLiteral("t_%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(nextDatabase.fetchAndAddRelaxed(1))
                             .arg(QRandomGenerator::global()->bounded(1000000));
    const QString connection = QStringLiteral("teststore-") + name;
    QString error;
    {
        const QUrl url(maintenance);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("CREATE DATABASE ") + name))
                error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!error.isEmpty())
        qFatal("cannot create a test database on %s: %s", qPrintable(maintenance), qPrintable(error));
    QUrl url(maintenance);
    url.setPath(u'/' + name);
    return url.toString();
}

QString runOutside(const QString &location, const QStringList &statements)
{
    const bool server = location.startsWith(QLatin1String("postgres"));
    const QString name = QStringLiteral("outside-%1").arg(nextDatabase.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(server ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (server) {
            const QUrl url(location);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db.setDatabaseName(location);
        }
        QStringList all = statements;
        all.prepend(server ? QStringLiteral("SET session_replication_role = replica")
                           : QStringLiteral("PRAGMA busy_timeout = 5000"));
        if (!db.open())
            error = db.lastError().text();
        QSqlQuery query(db);
        for (const QString &statement : std::as_const(all)) {
            const QString trimmed = statement.trimmed();
            if (!error.isEmpty() || trimmed.isEmpty() ||
                (server && (trimmed.startsWith(QLatin1String("PRAGMA"), Qt::CaseInsensitive) ||
                            trimmed.startsWith(QLatin1String("DROP TRIGGER"), Qt::CaseInsensitive))))
                continue;
            if (!query.exec(trimmed))
                error = query.lastError().text() + QLatin1String(" in: ") + trimmed;
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QString keyPathFor(const QString &location)
{
    const QString path = FileAuditKeyProvider::keyPathFor(location);
    if (!location.startsWith(QLatin1String("postgres")))
        return path;
    // paydeskctl's data folder: XDG_DATA_HOME/<organisation>/<application>, both "PayDesk".
    isolateDataFolders();
    return cliDataHome() + QLatin1String("/data/PayDesk/PayDesk/team-keys/") + QFileInfo(path).fileName();
}

QString cliDataHome()
{
    static const QTemporaryDir home;
    return home.path();
}

void isolateDataFolders()
{
    static const bool done = [] {
        qputenv("XDG_DATA_HOME", (cliDataHome() + QLatin1String("/data")).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", (cliDataHome() + QLatin1String("/config")).toLocal8Bit());
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace TestStore
