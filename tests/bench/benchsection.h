#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

// What a section gets: its options and where to print its table.
struct BenchContext
{
    qint64 rows = 0; // --rows N; 0 means the section's default
    QTextStream &out;
    QString
        database; // --db LOCATION: a postgresql:// URI (store: an empty database; race: any database of
                  // the server, where each run creates its own); empty: SQLite files in a temporary folder
    QList<int> desks; // --desks 2,4,8 (race)
    QString fill;     // --fill copy (store on PostgreSQL): the rows COPYed into the store instead of imported
    int rounds = 0;   // --rounds N (race); 0 means the section's default
};

using BenchFunction = QJsonObject (*)(BenchContext &context);

// paydesk-bench sections (store, money, ui, ...) register themselves from their own .cpp with a static
// BenchRegistration, so main.cpp never changes when one is added.
struct BenchSection
{
    QString name;
    QString summary;
    BenchFunction function = nullptr;
};

class BenchRegistry final
{
public:
    static void add(const BenchSection &section);
    static const QList<BenchSection> &sections();
};

struct BenchRegistration
{
    BenchRegistration(const char *name, const char *summary, BenchFunction function);
};

// The median of some durations in milliseconds.
double medianMs(QList<double> samples);
// Peak resident set size of this process so far, in MiB (getrusage ru_maxrss).
double peakRssMiB();
