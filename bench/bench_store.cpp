// SPDX-License-Identifier: MIT
// The library store on a temporary file (or the team library named as the argument): save and load
// a sequence (100 to 10,000 steps), one edit's autosave, and listing and searching 10,000
// sequences. Prints medians. Goals: save 10,000 steps < 50 ms, one edit's autosave < 5 ms, search <
// 20 ms.
#include "benchdata.h"
#include "benchutil.h"
#include "generate.h"
#include "library/library.h"
#include "library/recovery.h"
#include "library/sequencelist.h"
#include "library/sequencestore.h"
#include "library/transfer.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace sd;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    // A team library's URL (an empty database) measures the same on PostgreSQL.
    const QStringList args = app.arguments();
    OpenResult opened = Library::open(args.size() > 1 ? args[1] : dir.filePath("bench.sqlite"));
    if (!opened) {
        QTextStream(stderr) << opened.message << '\n';
        return 1;
    }
    Library &lib = *opened.library;
    SequenceStore store(lib);
    qint64 sink = 0;

    for (int size : {100, 1000, 10000}) {
        const int runs = 21;
        const SequenceRecord base = store.create(generateSequence(size)).value;
        Sequence edited = base.sequence;
        bench::report("save", size, bench::measure(runs, [&] {
                          const StoreResult<SequenceRecord> r = store.save(edited);
                          sink += r.value.version;
                      }));
        bench::report("load", size, bench::measure(runs, [&] {
                          sink += store.get(base.sequence.id).value.sequence.stepCount();
                      }));

        // One edit: rename a step in the middle, then autosave. The writer has already
        // written the earlier edits, as it would during a designer session.
        const SequenceRecord saved = store.get(base.sequence.id).value;
        RecoveryWriter writer(lib, saved);
        Sequence draft = saved.sequence;
        draft.rename(draft.steps()[size / 2].id, "Warm-up");
        writer.write(draft);
        int n = 0;
        bench::report("autosave one edit", size,
                      bench::measure(
                          runs,
                          [&] {
                              draft.rename(draft.steps()[(n * 37) % size].id,
                                           QStringLiteral("Edit %1").arg(n));
                              ++n;
                          },
                          [&] { sink += writer.write(draft).ok(); }));
        // Inserting a step also rewrites the order of the steps.
        bench::report("autosave insert step", size,
                      bench::measure(
                          runs,
                          [&] {
                              Step task;
                              task.id = draft.freshId("task");
                              task.type = "task";
                              draft.insertStep({draft.steps()[size / 3].id, Branch::Next}, task);
                          },
                          [&] { sink += writer.write(draft).ok(); }));
        writer.discard();
    }

    // 10,000 sequences (imported in one transaction: one fsync, not 10,000).
    QList<Sequence> many;
    for (int i = lib.isReadOnly() ? 0 : SequenceList(lib).count().value; i < 10000; ++i)
        many.append(bench::listedSequence(i));
    Transfer(lib).importSequences(many);
    const int total = SequenceList(lib).count().value;
    SequenceList list(lib);
    bench::report("list all", total, bench::measure(21, [&] { sink += list.list().value.size(); }));
    ListQuery byModified;
    byModified.sort = SortColumn::Modified;
    byModified.order = Qt::DescendingOrder;
    bench::report("list by modified", total,
                  bench::measure(21, [&] { sink += list.list(byModified).value.size(); }));
    ListQuery search;
    search.search = "webinar demo";
    bench::report("search 2 words", total,
                  bench::measure(21, [&] { sink += list.list(search).value.size(); }));
    ListQuery rare;
    rare.search = "ålesund 1234";
    bench::report("search, few hits", total,
                  bench::measure(21, [&] { sink += list.list(rare).value.size(); }));
    ListQuery tagged;
    tagged.tag = "Team 3";
    bench::report("filter by tag", total,
                  bench::measure(21, [&] { sink += list.list(tagged).value.size(); }));
    return sink < 0 ? 1 : 0;
}
