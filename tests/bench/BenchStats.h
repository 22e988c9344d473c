#pragma once

#include <QList>
#include <QString>

#include <algorithm>
#include <cmath>

// Order statistics of a set of timings, as the benchmark prints them.
struct BenchStats
{
    int count = 0;
    double median = 0;
    double p95 = 0;
    double min = 0;
    double max = 0;

    static BenchStats of(QList<double> samples)
    {
        BenchStats s;
        s.count = int(samples.size());
        if (samples.isEmpty())
            return s;
        std::sort(samples.begin(), samples.end());
        s.min = samples.first();
        s.max = samples.last();
        s.median = quantile(samples, 0.5);
        s.p95 = quantile(samples, 0.95);
        return s;
    }

    // Linear interpolation between closest ranks (the "R-7" definition, as numpy's default).
    static double quantile(const QList<double> &sorted, double q)
    {
        if (sorted.isEmpty())
            return 0;
        const double position = q * double(sorted.size() - 1);
        const auto lower = qsizetype(std::floor(position));
        const auto upper = qMin(lower + 1, sorted.size() - 1);
        const double fraction = position - double(lower);
        return sorted.at(lower) + (sorted.at(upper) - sorted.at(lower)) * fraction;
    }
};

// "1.23 ms", "456 µs", "12.3 s": three significant figures in a readable unit.
inline QString formatMs(double ms)
{
    if (ms < 1.0)
        return QString::number(ms * 1000.0, 'f', ms < 0.01 ? 2 : 0) + QStringLiteral(" µs");
    if (ms < 1000.0)
        return QString::number(ms, 'f', ms < 10 ? 2 : 1) + QStringLiteral(" ms");
    return QString::number(ms / 1000.0, 'f', 1) + QStringLiteral(" s");
}
