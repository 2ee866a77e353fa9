#include "benchsection.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

// paydesk-bench SECTION|all [--rows N] [--db URI] [--fill copy] [--desks 2,4,8] [--rounds N] [--json FILE]:
// measures and reports; asserts nothing.
int main(int argc, char *argv[])
{
    // The ui section paints real widgets: offscreen unless a display is there.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("PayDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("PayDesk"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = QCoreApplication::arguments().mid(1);
    const auto usage = [&]() {
        err << "usage: paydesk-bench SECTION|all [--rows N] [--db postgresql://USER@HOST:PORT/DB] [--fill "
               "copy] "
               "[--desks 2,4,8] [--rounds N] [--json FILE]\nsections:\n";
        for (const BenchSection &section : BenchRegistry::sections())
            err << "  " << section.name << "  " << section.summary << '\n';
        return 2;
    };
    if (args.isEmpty())
        return usage();
    const QString which = args.takeFirst();
    BenchContext context{0, out, {}, {}, {}, 0};
    QString jsonPath;
    while (!args.isEmpty()) {
        const QString option = args.takeFirst();
        if (option == u"--rows" && !args.isEmpty()) {
            bool ok = false;
            context.rows = args.takeFirst().toLongLong(&ok);
            if (!ok || context.rows <= 0)
                return usage();
        } else if (option == u"--db" && !args.isEmpty()) {
            context.database = args.takeFirst();
        } else if (option == u"--fill" && !args.isEmpty()) {
            context.fill = args.takeFirst();
            if (context.fill != u"copy")
                return usage();
        } else if (option == u"--rounds" && !args.isEmpty()) {
            bool ok = false;
            context.rounds = args.takeFirst().toInt(&ok);
            if (!ok || context.rounds <= 0)
                return usage();
        } else if (option == u"--desks" && !args.isEmpty()) {
            for (const QString &count : args.takeFirst().split(u',')) {
                bool ok = false;
                context.desks << count.toInt(&ok);
                if (!ok || context.desks.last() < 1)
                    return usage();
            }
        } else if (option == u"--json" && !args.isEmpty()) {
            jsonPath = args.takeFirst();
        } else {
            return usage();
        }
    }

    QJsonObject results;
    bool found = false;
    for (const BenchSection &section : BenchRegistry::sections()) {
        if (which != u"all" && which != section.name)
            continue;
        found = true;
        out << "== " << section.name << " ==\n";
        out.flush();
        results.insert(section.name, section.function(context));
        out.flush();
    }
    if (!found)
        return usage();
    if (!jsonPath.isEmpty()) {
        QFile file(jsonPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(results).toJson()) < 0) {
            err << "paydesk-bench: cannot write " << jsonPath << '\n';
            return 5;
        }
    }
    return 0;
}
