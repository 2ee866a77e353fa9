#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Starts `paydesk --demo` in a real X server (Xvfb), waits for its window, takes a screenshot and checks that
// the image shows more than a blank screen. Skipped where Xvfb or the screenshot tools are not installed.
class tst_SmokeXvfb final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void demoWindowPaints();

private:
    bool windowIsMapped() const;

    QTemporaryDir m_home;
    QProcess m_xvfb;
    QProcess m_app;
    QString m_display;
};

void tst_SmokeXvfb::init()
{
    QVERIFY(m_home.isValid());
    for (const char *tool : {"Xvfb", "xwd", "convert", "xwininfo"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QString::fromLatin1(tool))));
    }
    // -displayfd lets the server pick a free display number and tell us.
    m_xvfb.start(QStringLiteral("Xvfb"),
                 {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                  QStringLiteral("0"), QStringLiteral("1440x900x24"), QStringLiteral("-nolisten"),
                  QStringLiteral("tcp")});
    QVERIFY(m_xvfb.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_xvfb.canReadLine(), 10000);
    m_display = QLatin1Char(':') + QString::fromLatin1(m_xvfb.readLine().trimmed());
}

void tst_SmokeXvfb::cleanup()
{
    if (m_app.state() != QProcess::NotRunning) {
        m_app.terminate();
        if (!m_app.waitForFinished(5000))
            m_app.kill();
    }
    if (m_xvfb.state() != QProcess::NotRunning) {
        m_xvfb.terminate();
        m_xvfb.waitForFinished(5000);
    }
}

bool tst_SmokeXvfb::windowIsMapped() const
{
    QProcess info;
    info.start(QStringLiteral("xwininfo"),
               {QStringLiteral("-display"), m_display, QStringLiteral("-root"), QStringLiteral("-tree")});
    info.waitForFinished(5000);
    return info.readAllStandardOutput().contains("PayDesk");
}

void tst_SmokeXvfb::demoWindowPaints()
{
    const QString binary = QStringLiteral(PAYDESK_BINARY_DIR "/app/paydesk/paydesk");
    if (!QFile::exists(binary))
        QSKIP("the paydesk executable is not part of this build");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    m_app.setProcessEnvironment(env);
    m_app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_app.start(binary, {QStringLiteral("--demo")});
    QVERIFY(m_app.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(windowIsMapped(), 30000);
    QTest::qWait(2000); // let the first rows and totals paint

    const QString png = m_home.filePath(QStringLiteral("screen.png"));
    QProcess shot;
    shot.setProcessEnvironment(env);
    shot.start(QStringLiteral("sh"),
               {QStringLiteral("-c"),
                QStringLiteral("xwd -root -display \"$DISPLAY\" | convert xwd:- \"$1\""),
                QStringLiteral("sh"), png});
    QVERIFY(shot.waitForFinished(30000));
    QCOMPARE(shot.exitCode(), 0);
    QVERIFY(QFile::exists(png));

    // A blank or black screen has one or two colours; a painted window with text has hundreds.
    QProcess colours;
    colours.start(QStringLiteral("convert"),
                  {png, QStringLiteral("-format"), QStringLiteral("%k"), QStringLiteral("info:")});
    QVERIFY(colours.waitForFinished(30000));
    const int count = colours.readAllStandardOutput().trimmed().toInt();
    QVERIFY2(count > 50, qPrintable(QStringLiteral("only %1 colours on screen").arg(count)));
    QCOMPARE(m_app.state(), QProcess::Running);
}

QTEST_GUILESS_MAIN(tst_SmokeXvfb)
#include "tst_smoke_xvfb.moc"
