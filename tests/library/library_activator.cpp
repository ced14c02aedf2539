// SPDX-License-Identifier: MIT
// One side of the activation races (tst_libraryactivation, tst_teamlibrary): waits until the
// start time, then activates each id in turn and prints "ok ID" or "refused ID CODES". With
// --save SHARED NAME, after each activation it also reads SHARED and saves it renamed to
// "NAME #k" over the version it read, printing "saved VERSION NAME #k" when the library
// acknowledged the save, or "conflict" when someone saved in between.
//   library_activator LIBRARY START-MS-SINCE-EPOCH [--save SHARED NAME] ID...
#include "library/activation.h"
#include "library/library.h"
#include "library/sequencestore.h"
#include "profile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>
#include <QThread>

using namespace sd;

namespace {

void saveOnce(Library &library, const QString &shared, const QString &name, QTextStream &out)
{
    SequenceStore store(library);
    const StoreResult<SequenceRecord> read = store.get(shared);
    if (!read) {
        out << "error " << read.message() << '\n';
        return;
    }
    Sequence changed = read.value.sequence;
    changed.name = name;
    const StoreResult<SequenceRecord> saved = store.save(changed, read.value.version);
    if (saved)
        out << "saved " << saved.value.version << ' ' << name << '\n';
    else if (saved.status.error == StoreError::Conflict)
        out << "conflict\n";
    else
        out << "error " << saved.message() << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() < 4)
        return 2;
    QString shared;
    QString name;
    if (args[3] == u"--save" && args.size() >= 6) {
        shared = args[4];
        name = args[5];
        args.remove(3, 3);
    }
    OpenResult opened = Library::open(args[1]);
    if (!opened) {
        out << "error " << opened.message << '\n';
        return 2;
    }
    const qint64 start = args[2].toLongLong();
    while (QDateTime::currentMSecsSinceEpoch() < start)
        QThread::usleep(200);
    Activation activation(*opened.library);
    int saves = 0;
    for (const QString &id : args.mid(3)) {
        const ActivationResult r = activation.activate(id, Profile::defaultProfile());
        if (r.ok()) {
            out << "ok " << id << '\n';
        } else {
            QStringList codes;
            for (const Diagnostic &d : r.diagnostics)
                codes.append(d.code);
            out << "refused " << id << ' ' << codes.join(',') << ' '
                << (codes.isEmpty() ? r.status.message : QString()) << '\n';
        }
        if (!shared.isEmpty())
            saveOnce(*opened.library, shared, name + QStringLiteral(" #%1").arg(++saves), out);
        out.flush();
    }
    return 0;
}
