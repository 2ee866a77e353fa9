#include "store/teamkeyfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

// The passphrase-protected team key file: what goes in comes out with the right passphrase only, any changed
// byte is refused, a short passphrase writes nothing, and the file is 0600 and never replaces another.
class tst_TeamKeyFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTripAtTheStandardCost();
    void wrongPassphraseIsRefused();
    void everyChangedByteIsRefused();
    void cutOrLongerFileIsRefused();
    void otherFilesAreRefused();
    void shortPassphraseWritesNothing_data();
    void shortPassphraseWritesNothing();
    void passphraseIsNormalized();
    void fileIsPrivateWhateverTheUmask();
    void existingFileIsNeverOverwritten();

private:
    static TeamKeyFile::Identity identity()
    {
        return {QStringLiteral("MERCHANT1"), QStringLiteral("sandbox"),
                QStringLiteral("2024-05-01T10:00:00.123Z")};
    }
    // Cheap enough to open a file hundreds of times.
    static constexpr TeamKeyFile::Cost Quick{10, 8, 1};
    const QString m_passphrase = QStringLiteral("correct horse battery staple");
    const QByteArray m_payload = QByteArrayLiteral("{\"audit_key\":\"c2VjcmV0\",\"credentials\":[]}");
};

void tst_TeamKeyFile::roundTripAtTheStandardCost()
{
    QByteArray sealed;
    QVERIFY(TeamKeyFile::seal(identity(), m_payload, m_passphrase, &sealed).ok());
    QVERIFY(sealed.startsWith("PayDesk team keys\n"));
    QVERIFY(!sealed.contains(m_payload));
    QVERIFY(!sealed.contains("c2VjcmV0"));
    TeamKeyFile::Contents contents;
    const KeyFileStatus opened = TeamKeyFile::open(sealed, m_passphrase, &contents);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QCOMPARE(contents.payload, m_payload);
    QVERIFY(contents.identity == identity());
    // A fresh salt and nonce every time.
    QByteArray again;
    QVERIFY(TeamKeyFile::seal(identity(), m_payload, m_passphrase, &again).ok());
    QVERIFY(again != sealed);
}

void tst_TeamKeyFile::wrongPassphraseIsRefused()
{
    QByteArray sealed;
    QVERIFY(TeamKeyFile::seal(identity(), m_payload, m_passphrase, &sealed, Quick).ok());
    TeamKeyFile::Contents contents;
    for (const QString &wrong : {QStringLiteral("correct horse battery stapl"),
                                 QStringLiteral("Correct horse battery staple"), QString()}) {
        const KeyFileStatus opened = TeamKeyFile::open(sealed, wrong, &contents);
        QCOMPARE(opened.error, KeyFileError::Unreadable);
        QCOMPARE(opened.message, QStringLiteral("wrong passphrase or damaged file"));
        QVERIFY(contents.payload.isEmpty());
    }
}

void tst_TeamKeyFile::everyChangedByteIsRefused()
{
    QByteArray sealed;
    QVERIFY(TeamKeyFile::seal(identity(), m_payload, m_passphrase, &sealed, Quick).ok());
    const int magic = int(qstrlen("PayDesk team keys\n"));
    for (int i = 0; i < sealed.size(); ++i) {
        for (const char flip : {char(0x01), char(0x80)}) {
            QByteArray changed = sealed;
            changed[i] = char(changed.at(i) ^ flip);
            TeamKeyFile::Contents contents;
            const KeyFileStatus opened = TeamKeyFile::open(changed, m_passphrase, &contents);
            QVERIFY2(opened.error == KeyFileError::Unreadable, qPrintable(QString::number(i)));
            QCOMPARE(opened.message, i < magic ? QStringLiteral("not a PayDesk team key file")
                                               : QStringLiteral("wrong passphrase or damaged file"));
            QVERIFY(contents.payload.isEmpty());
        }
    }
}

void tst_TeamKeyFile::cutOrLongerFileIsRefused()
{
    QByteArray sealed;
    QVERIFY(TeamKeyFile::seal(identity(), m_payload, m_passphrase, &sealed, Quick).ok());
    for (int size = 0; size < sealed.size(); ++size) {
        TeamKeyFile::Contents contents;
        QCOMPARE(TeamKeyFile::open(sealed.left(size), m_passphrase, &contents).error,
                 KeyFileError::Unreadable);
    }
    TeamKeyFile::Contents contents;
    QCOMPARE(TeamKeyFile::open(sealed + '\0', m_passphrase, &contents).error, KeyFileError::Unreadable);
}

void tst_TeamKeyFile::otherFilesAreRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("PayDesk notes\n");
    file.close();
    TeamKeyFile::Contents contents;
    const KeyFileStatus opened = TeamKeyFile::read(path, m_passphrase, &contents);
    QCOMPARE(opened.error, KeyFileError::Unreadable);
    QVERIFY(opened.message.endsWith(QStringLiteral("not a PayDesk team key file")));
    QCOMPARE(TeamKeyFile::read(dir.filePath(QStringLiteral("missing")), m_passphrase, &contents).error,
             KeyFileError::Io);
}

void tst_TeamKeyFile::shortPassphraseWritesNothing_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("11") << QStringLiteral("abcdefghijk") << false;
    QTest::newRow("12") << QStringLiteral("abcdefghijkl") << true;
    // Characters, not bytes: six Arabic letters are twelve UTF-8 bytes.
    QTest::newRow("6 letters, 12 bytes") << QStringLiteral("\u0628\u0627\u064a\u062f\u064a\u0633") << false;
    QTest::newRow("11 emoji, 22 UTF-16 units")
        << QString::fromUtf8(QByteArray("\xF0\x9F\x94\x91").repeated(11)) << false;
}

void tst_TeamKeyFile::shortPassphraseWritesNothing()
{
    QFETCH(QString, passphrase);
    QFETCH(bool, accepted);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.keys"));
    const KeyFileStatus written = TeamKeyFile::write(path, identity(), m_payload, passphrase, Quick);
    QCOMPARE(written.ok(), accepted);
    QCOMPARE(QFile::exists(path), accepted);
    if (!accepted) {
        QCOMPARE(written.error, KeyFileError::WeakPassphrase);
        QVERIFY(written.message.contains(QStringLiteral("12 characters")));
    }
}

void tst_TeamKeyFile::passphraseIsNormalized()
{
    // "é" composed on one desk, "e" + combining acute on another: the same passphrase.
    const QString composed = QStringLiteral("caf\u00e9 au lait, s'il vous pla\u00eet");
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    QVERIFY(composed != decomposed);
    QByteArray sealed;
    QVERIFY(TeamKeyFile::seal(identity(), m_payload, composed, &sealed, Quick).ok());
    TeamKeyFile::Contents contents;
    QVERIFY(TeamKeyFile::open(sealed, decomposed, &contents).ok());
    QCOMPARE(contents.payload, m_payload);
}

void tst_TeamKeyFile::fileIsPrivateWhateverTheUmask()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.keys"));
    const mode_t saved = ::umask(0);
    const KeyFileStatus written = TeamKeyFile::write(path, identity(), m_payload, m_passphrase, Quick);
    ::umask(saved);
    QVERIFY2(written.ok(), qPrintable(written.message));
    struct stat status;
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
    QCOMPARE(status.st_mode & 0777, mode_t(0600));
    // Nothing else was left in the folder (no temporary file of the atomic write).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("team.keys")});
    TeamKeyFile::Contents contents;
    QVERIFY(TeamKeyFile::read(path, m_passphrase, &contents).ok());
    QCOMPARE(contents.payload, m_payload);
    QVERIFY(contents.identity == identity());
}

void tst_TeamKeyFile::existingFileIsNeverOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.keys"));
    QFile other(path);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("someone else's file");
    other.close();
    QCOMPARE(TeamKeyFile::checkTarget(path).error, KeyFileError::Exists);
    const KeyFileStatus written = TeamKeyFile::write(path, identity(), m_payload, m_passphrase, Quick);
    QCOMPARE(written.error, KeyFileError::Exists);
    QVERIFY(written.message.contains(QStringLiteral("never overwritten")));
    QVERIFY(other.open(QIODevice::ReadOnly));
    QCOMPARE(other.readAll(), QByteArray("someone else's file"));
    // The same for a second export to a file the first one wrote.
    const QString first = dir.filePath(QStringLiteral("first.keys"));
    QVERIFY(TeamKeyFile::write(first, identity(), m_payload, m_passphrase, Quick).ok());
    QFile written1(first);
    QVERIFY(written1.open(QIODevice::ReadOnly));
    const QByteArray before = written1.readAll();
    QCOMPARE(TeamKeyFile::write(first, identity(), "other", m_passphrase, Quick).error, KeyFileError::Exists);
    written1.seek(0);
    QCOMPARE(written1.readAll(), before);
}

QTEST_GUILESS_MAIN(tst_TeamKeyFile)
#include "tst_teamkeyfile.moc"
