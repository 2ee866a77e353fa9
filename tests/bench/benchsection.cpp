#include "benchsection.h"

#include <sys/resource.h>

#include <algorithm>

namespace {
QList<BenchSection> &registry()
{
    static QList<BenchSection> sections;
    return sections;
}
} // namespace

void BenchRegistry::add(const BenchSection &section)
{
    registry().append(section);
}

const QList<BenchSection> &BenchRegistry::sections()
{
    return registry();
}

BenchRegistration::BenchRegistration(const char *name, const char *summary, BenchFunction function)
{
    BenchRegistry::add({QString::fromUtf8(name), QString::fromUtf8(summary), function});
}

double medianMs(QList<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype middle = samples.size() / 2;
    return samples.size() % 2 ? samples.at(middle) : (samples.at(middle - 1) + samples.at(middle)) / 2;
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports KiB
}
