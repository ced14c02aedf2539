// SPDX-License-Identifier: MIT
// The designer's hot paths at 100 to 10,000 steps: opening a sequence (load from the library,
// layout, canvas model), the layout alone, an edit followed by validation, and moving the
// viewport as panning does (the rows the canvas creates and destroys).
#include "benchutil.h"
#include "canvasmodel.h"
#include "generate.h"
#include "library/library.h"
#include "library/sequencestore.h"
#include "profile.h"
#include "sequencedocument.h"
#include "treelayout.h"
#include "validator.h"

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

    for (const int size : {100, 1000, 5000, 10000}) {
        const Sequence generated = generateSequence(size);
        const QString id = SequenceStore(library).create(generated).value.sequence.id;
        const int runs = size >= 5000 ? 7 : 15;

        report("open (load+layout+model)", size, measure(runs, [&] {
                   SequenceDocument doc;
                   doc.setLibrary(&library);
                   doc.setSequenceId(id);
                   doc.canvas()->setViewport(QRectF(0, 0, 1600, 1000));
               }));
        report("layout", size, measure(runs, [&] { (void)layoutTree(generated); }));

        SequenceDocument doc;
        doc.setLibrary(&library);
        doc.setSequenceId(id);
        const QString target = generated.steps().at(generated.stepCount() / 2).id;
        int edits = 0; // a new name each time
        report("edit+relayout+validate", size, measure(runs, [&] {
                   doc.renameStep(target, QStringLiteral("Renamed %1").arg(++edits));
                   doc.flush();
               }));
        report("undo+redo (2 relayouts)", size, measure(runs, [&] {
                   doc.undo();
                   doc.redo();
               }));

        // The same with the cards around the step in view: the rows of the cards an edit touches
        // change (and, after an insert, of the cards below it, which move). The insert goes
        // above the first email of a block in the middle, where a task may go.
        const QString email = QStringLiteral("email%1").arg(size / 2 / 7 * 7);
        const LinkRef above = generated.incomingLink(email).value();
        const QRectF around = doc.canvas()->nodeRect(email);
        doc.canvas()->setViewport(QRectF(around.center() - QPointF(800, 500), QSizeF(1600, 1000)));
        int renames = 0;
        report("edit in view+validate", size, measure(runs, [&] {
                   doc.renameStep(email, QStringLiteral("In view %1").arg(++renames));
                   doc.flush();
               }));
        report("insert+undo in view", size, measure(runs, [&] {
                   if (doc.insertStep(above.parentId, branchKey(above.branch), "task").isEmpty())
                       qFatal("the insert was refused: %s", qPrintable(doc.notice()));
                   doc.undo();
               }));

        // Panning: 60 viewport moves of 20 px at 100 %, rows inserted/removed incrementally.
        CanvasModel *canvas = doc.canvas();
        const QRectF start = canvas->nodeRect(QString());
        int frame = 0;
        report("pan, 60 viewport moves", size, measure(runs, [&] {
                   for (int i = 0; i < 60; ++i, ++frame)
                       canvas->setViewport(QRectF(start.x() - 800 + (frame % 400) * 20,
                                                  start.y() + (frame % 300) * 10, 1600, 1000));
               }));
        QTextStream(stdout) << "  card items alive while panning at " << size
                            << " steps: " << canvas->cards()->rowCount() << "\n";
    }
    return 0;
}
