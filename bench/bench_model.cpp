// SPDX-License-Identifier: MIT
// Read, validate and write a generated sequence at 100 to 100,000 steps; prints medians.
#include "benchutil.h"
#include "generate.h"
#include "profile.h"
#include "sequencefile.h"
#include "validator.h"

#include <QCoreApplication>

using namespace sd;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Profile &profile = Profile::defaultProfile();
    for (int size : {100, 1000, 10000, 100000}) {
        const int runs = size >= 100000 ? 5 : 21;
        const Sequence sequence = generateSequence(size);
        const QByteArray bytes = writeSequenceFile({sequence});

        qsizetype sink = 0;
        bench::report("read", size, bench::measure(runs, [&] {
                          sink += readSequenceFile(bytes).sequences.value(0).stepCount();
                      }));
        bench::report("validate", size,
                      bench::measure(runs, [&] { sink += validate(sequence, profile).size(); }));
        bench::report("write", size,
                      bench::measure(runs, [&] { sink += writeSequenceFile({sequence}).size(); }));
        if (sink < 0)
            return 1; // keeps the work from being optimised away
    }
    return 0;
}
