#include "desksession.h"
#include "firstadmindialog.h"
#include "firststartpage.h"
#include "mainwindow.h"
#include "signindialog.h"
#include "wording.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTranslator>

#include <memory>

namespace {

// Qt takes the layout direction from this string of the loaded translation ("RTL" in Arabic), so no list
// of right-to-left languages is kept here.
[[maybe_unused]] const char *const layoutDirection =
    QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

void loadTranslations(QApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    // English is the fallback: its translation only carries the plural forms.
    if (ours->load(locale, QStringLiteral("paydesk"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        ours->load(QStringLiteral(":/i18n/paydesk_en.qm")))
        QApplication::installTranslator(ours);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PayDesk"));
    QApplication::setOrganizationName(QStringLiteral("PayDesk"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/paydesk.png")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "The PayDesk window"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start on a fresh demo with simulated payments."));
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "The cache to open."),
                                QStringLiteral("FILE"), DeskSession::defaultCachePath());
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QApplication::translate("main", "Merchant profile."),
                                     QStringLiteral("NAME"), QStringLiteral("default"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QApplication::translate("main", "Language instead of the system's (en, ar)."),
        QStringLiteral("CODE"));
    parser.addOptions({demo, db, profile, language});
    parser.process(app);

    const QLocale locale = parser.isSet(language) ? QLocale(parser.value(language)) : QLocale();
    QLocale::setDefault(locale);
    loadTranslations(app, locale);

    std::unique_ptr<DeskSession> session;
    std::unique_ptr<MainWindow> window;
    const auto signIn = [&] {
        auto *dialog = new SignInDialog(session->auth());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (session->isDemo()) {
            QList<SignInDialog::Hint> hints;
            for (const DeskSession::DemoSignIn &person : DeskSession::demoSignIns())
                hints.append(
                    {person.name,
                     Wording::role(person.role) + QStringLiteral(" — ") + Wording::roleDuties(person.role),
                     person.password});
            dialog->setHints(hints);
        }
        QObject::connect(dialog, &QDialog::accepted, dialog, [&, dialog] {
            window = session->createWindow(*dialog->user());
            window->show();
        });
        QObject::connect(dialog, &QDialog::rejected, &app, [&] {
            if (!window)
                QApplication::quit();
        });
        dialog->open();
    };
    const auto open = [&](bool asDemo) {
        QString error;
        session = asDemo ? DeskSession::openDemo(&error)
                         : DeskSession::openCache(parser.value(db), parser.value(profile), &error);
        if (!session) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "PayDesk cannot start"), error);
            return false;
        }
        if (session->hasUsers()) {
            signIn();
            return true;
        }
        auto *first = new FirstAdminDialog;
        first->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(first, &QDialog::finished, first, [&, first](int result) {
            if (result != QDialog::Accepted) {
                QApplication::quit();
                return;
            }
            QString problem;
            if (!session->addFirstAdmin(first->name(), first->password(), &problem)) {
                QMessageBox::warning(nullptr, QApplication::translate("main", "No user was created"),
                                     problem);
                QApplication::quit();
                return;
            }
            signIn();
        });
        first->open();
        return true;
    };

    std::unique_ptr<FirstStartPage> welcome;
    if (parser.isSet(demo) || QFileInfo::exists(parser.value(db))) {
        if (!open(parser.isSet(demo)))
            return 5;
    } else {
        welcome = std::make_unique<FirstStartPage>(parser.value(db));
        QObject::connect(welcome.get(), &FirstStartPage::demoRequested, welcome.get(), [&] {
            if (open(true))
                welcome->hide();
        });
        welcome->show();
    }
    const int code = QApplication::exec();
    window.reset();
    return code;
}
