#include "store/auditkeyprovider.h"
#include "store/database.h"
#include "store/databasebackup.h"
#include "store/privatefiles.h"
#include "store/transactionexporter.h"
#include "store/transactionquery.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

// The permission bits of `path` (0 when it does not exist).
int modeOf(const QString &path)
{
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return 0;
    return int(status.st_mode & 07777);
}

QByteArray octal(int mode)
{
    return QByteArray::number(mode, 8);
}

} // namespace

// Every file PayDesk creates holds customer data, password hashes or keys: 0600, and the folders it creates
// 0700, whatever the umask. Each test runs under the umasks people actually have (022) and the worst (000).
class tst_PrivateFiles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void databaseAndFolders_data() { umasks(); }
    void databaseAndFolders();
    void openMakesAnExistingDatabasePrivate_data() { umasks(); }
    void openMakesAnExistingDatabasePrivate();
    void backupAndRestore_data() { umasks(); }
    void backupAndRestore();
    void exports_data() { umasks(); }
    void exports();
    void auditKeyFile_data() { umasks(); }
    void auditKeyFile();
    void existingFoldersAreLeftAlone();

private:
    static void umasks()
    {
        QTest::addColumn<int>("umask");
        QTest::newRow("umask 022") << 022;
        QTest::newRow("umask 000") << 0;
    }
    void applyUmask()
    {
        QFETCH(int, umask);
        ::umask(mode_t(umask));
    }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<Database> create(const QString &file)
    {
        auto created = Database::create(file, QStringLiteral("MERCH1"), QStringLiteral("simulator"));
        if (!created.ok()) {
            qWarning() << created.message;
            return nullptr;
        }
        return std::move(*created);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    mode_t m_umask = 022;
};

void tst_PrivateFiles::init()
{
    m_umask = ::umask(022);
    ::umask(m_umask);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_PrivateFiles::cleanup()
{
    ::umask(m_umask);
    m_dir.reset();
}

void tst_PrivateFiles::databaseAndFolders()
{
    applyUmask();
    const QString file = path(QStringLiteral("data/PayDesk/paydesk.db"));
    auto db = create(file);
    QVERIFY(db);
    QSqlQuery write(db->connection());
    QVERIFY(write.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
    QVERIFY(write.exec(QStringLiteral("CREATE TABLE notes (x)")));
    QVERIFY(QFile::exists(file + QLatin1String("-wal")));
    QCOMPARE(octal(modeOf(path(QStringLiteral("data")))), octal(0700));
    QCOMPARE(octal(modeOf(path(QStringLiteral("data/PayDesk")))), octal(0700));
    QCOMPARE(octal(modeOf(file)), octal(0600));
    QCOMPARE(octal(modeOf(file + QLatin1String("-wal"))), octal(0600));
    QCOMPARE(octal(modeOf(file + QLatin1String("-shm"))), octal(0600));
}

// A database created by an earlier PayDesk (0644) is ours: opening it takes away what others could read.
void tst_PrivateFiles::openMakesAnExistingDatabasePrivate()
{
    applyUmask();
    const QString file = path(QStringLiteral("paydesk.db"));
    {
        auto db = create(file);
        QVERIFY(db);
    }
    for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm")}) {
        if (QFile::exists(file + suffix))
            QVERIFY(::chmod(QFile::encodeName(file + suffix).constData(), 0644) == 0);
    }
    const auto opened = Database::open(file);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QSqlQuery write((*opened)->connection());
    QVERIFY(write.exec(QStringLiteral("CREATE TABLE notes (x)")));
    for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm")}) {
        QVERIFY(QFile::exists(file + suffix));
        QCOMPARE(octal(modeOf(file + suffix)), octal(0600));
    }
}

void tst_PrivateFiles::backupAndRestore()
{
    applyUmask();
    const QString file = path(QStringLiteral("paydesk.db"));
    const QString backup = path(QStringLiteral("paydesk-backup.db"));
    {
        auto db = create(file);
        QVERIFY(db);
        const StoreStatus status = DatabaseBackup::backup(*db, backup);
        QVERIFY2(status.ok(), qPrintable(status.message));
    }
    QCOMPARE(octal(modeOf(backup)), octal(0600));
    const StoreStatus restored = DatabaseBackup::restore(backup, file);
    QVERIFY2(restored.ok(), qPrintable(restored.message));
    QCOMPARE(octal(modeOf(file)), octal(0600));
}

void tst_PrivateFiles::exports()
{
    applyUmask();
    auto db = create(path(QStringLiteral("paydesk.db")));
    QVERIFY(db);
    const QString fresh = path(QStringLiteral("fresh.csv"));
    QVERIFY(TransactionExporter(*db).exportCsv(TransactionQuery(), fresh).ok());
    QCOMPARE(octal(modeOf(fresh)), octal(0600));
    // Overwriting a file someone else could read: the new content is not theirs to read.
    const QString existing = path(QStringLiteral("existing.csv"));
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(::chmod(QFile::encodeName(existing).constData(), 0644) == 0);
    QVERIFY(TransactionExporter(*db).exportCsv(TransactionQuery(), existing).ok());
    QCOMPARE(octal(modeOf(existing)), octal(0600));
}

void tst_PrivateFiles::auditKeyFile()
{
    applyUmask();
    const QString key = path(QStringLiteral("paydesk.db.auditkey"));
    QVERIFY(FileAuditKeyProvider::createKeyFile(key).ok());
    QCOMPARE(octal(modeOf(key)), octal(0600));
}

// A folder that is already there (a shared parent like ~/.local/share) keeps its mode.
void tst_PrivateFiles::existingFoldersAreLeftAlone()
{
    QVERIFY(::chmod(QFile::encodeName(m_dir->path()).constData(), 0755) == 0);
    QVERIFY(PrivateFiles::makePath(path(QStringLiteral("a/b"))).ok());
    QCOMPARE(octal(modeOf(m_dir->path())), octal(0755));
    QCOMPARE(octal(modeOf(path(QStringLiteral("a")))), octal(0700));
    QCOMPARE(octal(modeOf(path(QStringLiteral("a/b")))), octal(0700));
    QCOMPARE(PrivateFiles::createEmpty(path(QStringLiteral("a/b"))).error, StoreError::AlreadyExists);
}

QTEST_GUILESS_MAIN(tst_PrivateFiles)
#include "tst_privatefiles.moc"
