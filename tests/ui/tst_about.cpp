#include "aboutdialog.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

// Help › About and `paydesk --version`: the project's version, the Qt version and the licence, with the
// licence's full text from the resources.
class tst_About final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QApplication::setApplicationName(QStringLiteral("PayDesk"));
        QApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    }

    void versionTextNamesVersionQtAndLicence()
    {
        const QStringList lines = AboutDialog::versionText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("PayDesk 9.8.7"));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())),
                 qPrintable(lines.at(1)));
        QCOMPARE(lines.at(2), QStringLiteral("Licence: MIT"));
    }

    void licenceTextIsTheProjectsLicence()
    {
        const QString text = AboutDialog::licenceText();
        QVERIFY(text.startsWith(QStringLiteral("MIT License")));
        QVERIFY(text.contains(QStringLiteral("THE SOFTWARE IS PROVIDED \"AS IS\"")));
    }

    void dialogShowsTheFactsAndTheLicenceOnRequest()
    {
        AboutDialog dialog;
        dialog.show();
        auto *facts = dialog.findChild<QLabel *>(QStringLiteral("aboutFacts"));
        QVERIFY(facts);
        QVERIFY(facts->text().contains(QString::fromLatin1(qVersion())));
        QVERIFY(facts->text().contains(QStringLiteral("MIT")));
        auto *licence = dialog.findChild<QPlainTextEdit *>(QStringLiteral("licenceText"));
        QVERIFY(licence);
        QVERIFY(!licence->isVisible());
        QPushButton *show = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>())
            if (button->text().contains(QStringLiteral("licence")))
                show = button;
        QVERIFY(show);
        show->click();
        QVERIFY(licence->isVisible());
        QVERIFY(licence->toPlainText().startsWith(QStringLiteral("MIT License")));
    }
};

QTEST_MAIN(tst_About)
#include "tst_about.moc"
