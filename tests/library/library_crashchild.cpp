// SPDX-License-Identifier: MIT
// The child of the crash test (tst_librarycrash): saves, autosaves, imports, activates,
// exports and deactivates in a loop until it is killed, printing a line after each commit:
//   saved ID RUN ITERATION STEPS     (the description of ID now reads "run RUN iteration ...")
//   imported ID
//   toggled VERSION STATUS           (the toggle sequence, after an activation or deactivation)
//   exported                         (the export file was replaced, whole)
//   library_crashchild LIBRARY RUN
#include "fixtures.h"
#include "library/activation.h"
#include "library/recovery.h"
#include "library/sequencestore.h"
#include "library/transfer.h"

#include "profile.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QUuid>

using namespace sd;

namespace {

const QStringList fixedIds{"11111111-1111-4111-8111-111111111111",
                           "22222222-2222-4222-8222-222222222222",
                           "33333333-3333-4333-8333-333333333333"};

QString describe(int run, int iteration, int steps)
{
    return QStringLiteral("run %1 iteration %2 steps %3").arg(run).arg(iteration).arg(steps);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() != 3)
        return 2;
    const QString toggleId = QStringLiteral("55555555-5555-4555-8555-555555555555");
    const int run = args[2].toInt();
    OpenResult opened = Library::open(args[1]);
    if (!opened) {
        out << "error " << opened.message << '\n';
        return 1;
    }
    Library &lib = *opened.library;
    SequenceStore store(lib);
    Transfer transfer(lib);
    out << "ready\n";
    out.flush();
    Activation activation(lib);

    for (int i = 0;; ++i) {
        const QString id = fixedIds[i % fixedIds.size()];
        StoreResult<SequenceRecord> current = store.get(id);
        if (!current) {
            Sequence first = lt::simple("Crash test " + id.left(8), 3);
            first.id = id;
            const ImportResult r = transfer.importSequences({first});
            if (!r) {
                out << "error " << r.status.message << '\n';
                return 1;
            }
            current = store.get(id);
        }
        // Vary the step count so saves delete and insert steps, not only update them.
        const int steps = 2 + (run * 7 + i * 13) % 60;
        Sequence next = lt::simple(current.value.sequence.name, steps);
        next.id = id;
        next.description = describe(run, i, steps);
        next.tags = {QStringLiteral("Crash/Run %1").arg(run % 5)};
        const StoreResult<SequenceRecord> saved = store.save(next);
        if (!saved) {
            out << "error " << saved.message() << '\n';
            return 1;
        }
        out << "saved " << id << ' ' << run << ' ' << i << ' ' << steps << '\n';
        out.flush();

        Sequence edited = saved.value.sequence;
        edited.rename("s0", QStringLiteral("Edited %1").arg(i));
        RecoveryWriter(lib, saved.value).write(edited);

        // The toggle sequence goes active and inactive in turn; export it while active.
        if (!store.contains(toggleId)) {
            Sequence toggle = lt::simple(QStringLiteral("Toggle"), 3);
            toggle.id = toggleId;
            if (!transfer.importSequences({toggle})) {
                out << "error cannot import the toggle sequence\n";
                return 1;
            }
        }
        const bool wasActive = store.get(toggleId).value.sequence.status == Status::Active;
        if (wasActive) {
            const StoreStatus off = activation.deactivate(toggleId);
            if (!off) {
                out << "error " << off.message << '\n';
                return 1;
            }
        } else {
            const ActivationResult on = activation.activate(toggleId, Profile::defaultProfile());
            if (!on) {
                out << "error " << on.status.message << '\n';
                return 1;
            }
        }
        out << "toggled " << store.get(toggleId).value.version << ' '
            << (wasActive ? "inactive" : "active") << '\n';
        out.flush();
        if (!wasActive) {
            const StoreStatus exported =
                transfer.exportFile({toggleId, id}, args[1] + QStringLiteral(".export.json"));
            if (!exported) {
                out << "error " << exported.message << '\n';
                return 1;
            }
            out << "exported\n";
            out.flush();
        }

        if (i % 4 == 0) {
            Sequence extra = lt::simple(QStringLiteral("Imported %1/%2").arg(run).arg(i), 4);
            extra.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const ImportResult r = transfer.importSequences({extra});
            if (!r) {
                out << "error " << r.status.message << '\n';
                return 1;
            }
            out << "imported " << r.imported.first() << '\n';
            out.flush();
        }
    }
}
