// SPDX-License-Identifier: MIT
// The designer's preview (designer/preview.cpp): one record run again after an edit, as the
// debounce does (validation for walkability, the engine, the timeline rows, the canvas marks),
// at 1,000 and 10,000 steps (goal: under 16 ms, one frame, at 1,000).
#include "benchutil.h"
#include "canvasmodel.h"
#include "generate.h"
#include "library/library.h"
#include "library/sequencestore.h"
#include "preview.h"
#include "profile.h"
#include "sequencedocument.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace sd;
using namespace sd::bench;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    OpenResult opened = Library::open(dir.filePath("bench.sqlite"));
    if (!opened.library)
        return 1;
    Library &library = *opened.library;
    (void)Profile::defaultProfile();

    for (const int size : {1000, 10000}) {
        const Sequence generated = generateSequence(size);
        const QString id = SequenceStore(library).create(generated).value.sequence.id;
        SequenceDocument doc;
        doc.setLibrary(&library);
        doc.setSequenceId(id);
        doc.canvas()->setViewport(QRectF(0, 0, 1600, 1000));
        Preview preview;
        preview.setDocument(&doc);
        preview.setStartText(QStringLiteral("2026-12-07 09:00"));
        preview.setPersona(QStringLiteral("opens-never-replies"));
        preview.setActive(true);
        const QString target = generated.steps().at(generated.stepCount() / 2).id;
        const int runs = size >= 10000 ? 9 : 21;
        // The edit and its validation (the document's own work, which the preview's run
        // follows) are not timed; the run is.
        int edits = 0; // a new name each time
        report("preview re-run after edit", size,
               measure(
                   runs,
                   [&] {
                       doc.renameStep(target, QStringLiteral("Renamed %1").arg(++edits));
                       doc.flush();
                   },
                   [&] { preview.runNow(); }));
        QTextStream(stdout) << "  steps the run reaches at " << size
                            << " steps: " << preview.timeline()->count() << "\n";
    }
    return 0;
}
