#include "aboutdialog.h"
#include "demodesk.h"
#include "desklauncher.h"
#include "desksession.h"
#include "wording.h"

#include "services/deskservices.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

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

// paydesk --demo: the in-process simulator and a throw-away cache, owned by the session that shows them.
DeskLauncher::Demo demo()
{
    DeskLauncher::Demo demo;
    demo.open = [](QString *error) -> std::unique_ptr<DeskSession> {
        std::unique_ptr<DemoDesk> started = DemoDesk::start(error);
        if (!started)
            return nullptr;
        std::unique_ptr<DeskServices> services = started->takeServices();
        return std::make_unique<DeskSession>(std::move(services), std::move(started));
    };
    for (const DemoDesk::Person &person : DemoDesk::people())
        demo.signIns.append(
            {person.name,
             Wording::role(person.role) + QStringLiteral(" — ") + Wording::roleDuties(person.role),
             person.password});
    return demo;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PayDesk"));
    QApplication::setOrganizationName(QStringLiteral("PayDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/paydesk.png")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "The PayDesk window"));
    parser.addHelpOption();
    // The version with the Qt it runs on and the licence, as Help › About shows them.
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     QApplication::translate("main", "Displays version information."));
    parser.addOption(version);
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start on a fresh demo with simulated payments."));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QApplication::translate("main",
                                "The cache to open: a file, or a team database "
                                "(postgresql://USER@HOST:PORT/DBNAME; the password comes from ~/.pgpass)."),
        QStringLiteral("FILE|URI"), DeskServices::defaultCachePath());
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QApplication::translate("main", "Merchant profile."),
                                     QStringLiteral("NAME"), QStringLiteral("default"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QApplication::translate("main", "Language instead of the system's (en, ar)."),
        QStringLiteral("CODE"));
    parser.addOptions({demoOption, db, profile, language});
    parser.process(app);
    if (parser.isSet(version)) {
        fputs(qPrintable(AboutDialog::versionText()), stdout);
        return 0;
    }

    // The language, with the desk's digits (View › Digits) where the language has a choice.
    const QLocale locale =
        Wording::deskLocale(parser.isSet(language) ? QLocale(parser.value(language)) : QLocale(),
                            QSettings().value(Wording::DigitsKey).toString());
    QLocale::setDefault(locale);
    loadTranslations(app, locale);

    DeskLauncher launcher(parser.value(db), parser.value(profile), demo());
    if (!launcher.start(parser.isSet(demoOption)))
        return 5;
    return QApplication::exec();
}
