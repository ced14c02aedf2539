// SPDX-License-Identifier: MIT
// Versions and comparisons: diff of two 10,000-step versions, save with versions (100 to 10,000
// steps), history list and reading one version of a sequence with 1,000 versions of 1,000 steps,
// and what compressing a version's content would cost and save. Prints medians.
// Goals: diff 10,000 steps < 20 ms, history list of 1,000 versions < 50 ms, save at 10,000 steps
// < 50 ms.
#include "benchutil.h"
#include "comparison.h"
#include "generate.h"
#include "library/library.h"
#include "library/sequencestore.h"
#include "library/versionstore.h"
#include "sequencediff.h"
#include "sequencefile.h"
#include "steptype.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace sd;

namespace {

// CPU time of this thread: on a machine shared with other work it stays what an idle machine
// would show as wall time (the saves do no fsync: WAL with synchronous=NORMAL).
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

template <typename Setup, typename Work> double cpuMedian(int runs, Setup &&setup, Work &&work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        setup();
        const double start = cpuMs();
        work();
        ms.append(cpuMs() - start);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

// About 1 % of the steps renamed and one wait changed: a typical day's edit.
Sequence edited(const Sequence &base, int round)
{
    Sequence s = base;
    const qsizetype n = s.stepCount();
    for (qsizetype i = 0; i < std::max<qsizetype>(1, n / 100); ++i)
        s.rename(s.steps()[(i * 97 + round) % n].id, QStringLiteral("Edit %1").arg(round));
    for (const Step &step : s.steps()) {
        if (step.type == u"wait") {
            s.setParams(step.id, QJsonObject{{"days", 1 + round % 20}, {"hours", 0}});
            break;
        }
    }
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    qint64 sink = 0;

    // Versions as the library gives them back: read from their stored text, so no value is
    // shared between the two sides.
    const Sequence a = readSequenceFile(writeSequenceFile({generateSequence(10000)})).sequences[0];
    const Sequence b = readSequenceFile(writeSequenceFile({edited(a, 1)})).sequences[0];
    bench::report("diff 10,000 steps", 10000,
                  bench::measure(21, [&] { sink += compareSequences(a, b).size(); }));
    bench::report("diff 10,000 equal", 10000,
                  bench::measure(21, [&] { sink += compareSequences(a, a).size(); }));
    // Comparing on the canvas: the diff, the removed steps put back as ghosts, the list's rows
    // and each step's mark (the layout is the same as opening the sequence, bench_canvas).
    Sequence fewer = edited(a, 2); // and 10 steps deleted: 10 ghosts
    for (int i = 1; i <= 10; ++i) {
        const Step &gone = fewer.steps()[i * 900];
        if (!StepCatalogue::isCondition(gone.type))
            (void)fewer.deleteStep(gone.id);
    }
    const Sequence c = readSequenceFile(writeSequenceFile({fewer})).sequences[0];
    bench::report("compare on the canvas 10,000", 10000, bench::measure(21, [&] {
                      Comparison comparison;
                      comparison.show(a, c, QStringLiteral("a"), QStringLiteral("c"));
                      sink += comparison.count();
                  }));

    const QByteArray content = writeSequenceFile({a});
    QByteArray packed;
    bench::report("encode 10,000 (file format)", 10000,
                  bench::measure(21, [&] { sink += writeSequenceFile({a}).size(); }));
    bench::report("qCompress level 1", 10000,
                  bench::measure(11, [&] { packed = qCompress(content, 1); }));
    out << "  encode + compress + diff, CPU time: median "
        << QString::number(cpuMedian(
                               21, [] {},
                               [&] {
                                   sink += qCompress(writeSequenceFile({b}), 1).size() +
                                           compareSequences(a, b).size();
                               }),
                           'f', 2)
        << " ms\n";
    out << "  content " << content.size() / 1024 << " KiB, level 1 " << packed.size() / 1024
        << " KiB\n";

    QTemporaryDir dir;
    const QString path = dir.filePath("bench.sqlite");
    OpenResult opened = Library::open(path);
    if (!opened) {
        QTextStream(stderr) << opened.message << '\n';
        return 1;
    }
    Library &lib = *opened.library;
    SequenceStore store(lib);
    // The same saves in a library of schema 1, which has no version table: what versions add,
    // measured under the same load.
    const QList<Migration> schema1{Library::migrations().first()};
    OpenOptions withoutVersions;
    withoutVersions.migrations = &schema1;
    OpenResult plain = Library::open(dir.filePath("plain.sqlite"), withoutVersions);
    for (int size : {100, 1000, 10000}) {
        for (Library *into : {&lib, plain.library.get()}) {
            SequenceStore to(*into);
            const SequenceRecord base = to.create(generateSequence(size)).value;
            int round = 0;
            Sequence next;
            const auto setup = [&] { next = edited(base.sequence, ++round); };
            const auto save = [&] { sink += to.save(next).value.version; };
            const QString what = into == &lib ? "save with versions" : "save without versions";
            bench::report(what, size, bench::measure(21, setup, save));
            out << "  " << what << ", CPU time: median "
                << QString::number(cpuMedian(21, setup, save), 'f', 2) << " ms\n";
        }
    }

    // 1,000 versions of a 1,000-step sequence.
    const SequenceRecord many = store.create(generateSequence(1000)).value;
    for (int i = 1; i < 1000; ++i)
        store.save(edited(many.sequence, i));
    VersionStore versions(lib);
    bench::report(
        "history list", int(versions.list(many.sequence.id).value.size()),
        bench::measure(21, [&] { sink += versions.list(many.sequence.id).value.size(); }));
    bench::report("read one version", 1000, bench::measure(21, [&] {
                      sink += versions.get(many.sequence.id, 500).value.sequence.stepCount();
                  }));
    opened.library.reset();
    out << "  library with these versions: " << QFileInfo(path).size() / (1024 * 1024) << " MiB\n";
    return sink == 42 ? 1 : 0;
}
