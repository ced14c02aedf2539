// SPDX-License-Identifier: MIT
#pragma once

// A tiny benchmark harness: runs a piece of work several times and prints the median and the
// fastest and slowest run, so bench/README.md can quote medians.

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTextStream>

#include <algorithm>

namespace sd::bench {

struct Figures
{
    double median = 0;
    double min = 0;
    double max = 0;
};

// `setup` runs before each timed run and is not timed; `work` is timed.
template <typename Setup, typename Work> Figures measure(int runs, Setup &&setup, Work &&work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        setup();
        QElapsedTimer timer;
        timer.start();
        work();
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.first(), ms.last()};
}

template <typename Work> Figures measure(int runs, Work &&work)
{
    return measure(
        runs, [] {}, std::forward<Work>(work));
}

inline void report(const QString &what, qint64 size, const Figures &f)
{
    QTextStream out(stdout);
    out << qSetFieldWidth(28) << Qt::left << what << qSetFieldWidth(8) << Qt::right << size
        << qSetFieldWidth(0) << "  median " << QString::number(f.median, 'f', 2) << " ms  (min "
        << QString::number(f.min, 'f', 2) << ", max " << QString::number(f.max, 'f', 2) << ")\n";
}

} // namespace sd::bench
