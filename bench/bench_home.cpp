// SPDX-License-Identifier: MIT
// The home page grid's model with 10,000 sequences: loading the library, and what the user
// does while looking: sorting by a header, typing in the search box, filtering a column.
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

namespace {

const QStringList words{"webinar", "renewal", "outbound", "demo",       "event",   "follow", "cold",
                        "partner", "upsell",  "trial",    "onboarding", "nurture", "Ålesund"};

Sequence listed(int i)
{
    Sequence s = generateSequence(7 + i % 30);
    s.id = QStringLiteral("bench-%1").arg(i);
    s.name = QStringLiteral("%1 %2 sequence %3")
                 .arg(words[i % words.size()], words[(i / 7) % words.size()])
                 .arg(i);
    s.description = QStringLiteral("For %1 leads after the %2. ")
                        .arg(words[(i / 3) % words.size()], words[(i / 11) % words.size()])
                        .repeated(1 + i % 4);
    s.tags = {QStringLiteral("Team %1/Region %2").arg(i % 5).arg(i % 3)};
    return s;
}

} // namespace

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
        all.append(listed(i));
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
