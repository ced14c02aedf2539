// SPDX-License-Identifier: MIT
// The home page grid's model with 10,000 sequences: loading the library, and what the user
// does while looking: sorting by a header, typing in the search box, filtering a column.
#include "benchdata.h"
#include "benchutil.h"
#include "generate.h"
#include "library/library.h"
#include "library/sequencestore.h"
#include "library/transfer.h"
#include "sequencetablemodel.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

using namespace sd;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName("SequenceDesignerBench");
    QCoreApplication::setApplicationName("bench_home");
    QSettings().remove("home");
    QTemporaryDir dir;
    OpenResult opened = Library::open(dir.filePath("bench.sqlite"));
    if (!opened) {
        QTextStream(stderr) << opened.message << '\n';
        return 1;
    }
    Library &lib = *opened.library;
    constexpr int total = 10000;
    QList<Sequence> all;
    for (int i = 0; i < total; ++i)
        all.append(bench::listedSequence(i));
    const ImportResult imported = Transfer(lib).importSequences(all);
    if (!imported) {
        QTextStream(stderr) << imported.status.message << '\n';
        return 1;
    }

    SequenceTableModel model;
    bench::report("load (durations cached)", total,
                  bench::measure(11, [&] { model.setLibrary(&lib); }));
    bool ascending = true;
    for (const char *key : {"name", "steps", "modified", "status", "duration"}) {
        bench::report(QStringLiteral("sort by %1").arg(key), total, bench::measure(21, [&] {
                          ascending = !ascending;
                          model.setSort(key, ascending);
                      }));
    }
    model.setSort("name", true);
    int flip = 0;
    bench::report("search one word", total,
                  bench::measure(21, [&] { model.setSearch(++flip % 2 ? "renewal" : "webinar"); }));
    bench::report("search two words", total, bench::measure(21, [&] {
                      model.setSearch(++flip % 2 ? "follow demo" : "cold partner");
                  }));
    bench::report("search few hits", total, bench::measure(21, [&] {
                      model.setSearch(++flip % 2 ? "sequence 9999" : "sequence 4242");
                  }));
    model.setSearch({});
    bench::report("filter by tag", total, bench::measure(21, [&] {
                      model.setTagFilter(++flip % 2 ? "Team 1" : "Team 2");
                  }));
    QSettings().remove("home");
    return model.totalCount() == total ? 0 : 1;
}
