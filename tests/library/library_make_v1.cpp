// SPDX-License-Identifier: MIT
// Made tests/data/library/v1.sqlite: a library of schema version 1, written by the version 1
// migration alone, so later versions can prove they still open it. Run once per schema version
// (a v2 gets its own file); never regenerate a checked-in file.
//   library_make_v1 OUT.sqlite
#include "fixtures.h"
#include "library/recovery.h"
#include "library/sequencestore.h"
#include "library/transfer.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace sd;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc != 2 || QFile::exists(app.arguments().at(1))) {
        err << "usage: library_make_v1 NEW-FILE.sqlite\n";
        return 2;
    }
    const QList<Migration> v1{Library::migrations().first()};
    OpenOptions options;
    options.migrations = &v1;
    OpenResult opened = Library::open(app.arguments().at(1), options);
    if (!opened) {
        err << opened.message << '\n';
        return 1;
    }
    Library &lib = *opened.library;
    lib.setUser("fixture");
    Sequence second = lt::simple("Cold call follow up", 5, "contact");
    second.id = "0b7c9a52-8d0e-4f3a-9c61-2f5e7d8a1b40";
    second.tags = {"Outbound/Calls/Cold"};
    Sequence third = lt::simple("Renewal", 2, "account");
    third.id = "5a1d6e23-7c4b-4e9f-8b20-6d3f1a9c0e57";
    const ImportResult imported =
        Transfer(lib).importSequences({lt::rich(), second, third}, ImportOptions{});
    if (!imported) {
        err << imported.status.message << '\n';
        return 1;
    }
    // Unsaved edits in the recovery area, as a crash would leave them.
    const StoreResult<SequenceRecord> base = SequenceStore(lib).get(second.id);
    Sequence edited = base.value.sequence;
    edited.name = "Cold call follow up (edited)";
    edited.rename("s1", "Call again");
    RecoveryWriter writer(lib, base.value);
    if (!writer.write(edited)) {
        err << "recovery write failed\n";
        return 1;
    }
    return 0;
}
