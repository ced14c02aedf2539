// SPDX-License-Identifier: MIT
// The designer in the real window, offscreen: opening a sequence (to the first frame after the
// page has slid in), rendering a frame of the whole window, and panning (move + render), at
// 100, 1,000 and 10,000 steps.
#include "../tests/ui/uitest.h"
#include "benchutil.h"
#include "generate.h"
#include "library/library.h"
#include "library/sequencestore.h"

#include <QRandomGenerator>

using namespace sd;
using namespace sd::bench;

namespace {

QString createIn(const QString &path, const Sequence &sequence)
{
    OpenResult opened = Library::open(path);
    SequenceStore store(*opened.library);
    return store.create(sequence).value.sequence.id;
}

void renderFrame(QQuickWindow *window)
{
    (void)window->grabWindow(); // a synchronous render of the scene as it is now
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    uitest::isolate();
    QTemporaryDir dir;
    for (int steps : {100, 1000, 10000}) {
        const QString path = dir.filePath(QStringLiteral("bench-%1.sqlite").arg(steps));
        Sequence sequence = generateSequence(steps);
        sequence.name = QStringLiteral("Bench %1").arg(steps);
        const QString id = createIn(path, sequence);

        uitest::Window w(path);
        if (!w.start())
            return 1;
        QQuickItem *pages = w.item("pages");
        const int runs = steps >= 10000 ? 5 : 9;
        const Figures open = measure(
            runs, [&] { QMetaObject::invokeMethod(w.window(), "showHome"); },
            [&] {
                QMetaObject::invokeMethod(w.window(), "openSequence", Q_ARG(QString, id));
                (void)QTest::qWaitFor(
                    [&] { return w.item("canvasView") && !pages->property("busy").toBool(); },
                    60000);
                renderFrame(w.window());
            });
        report("open to first frame", steps, open);

        QQuickItem *view = w.item("canvasView");
        report("render a frame (fitted)", steps, measure(15, [&] { renderFrame(w.window()); }));
        QMetaObject::invokeMethod(view, "zoomBy", Q_ARG(double, 4.0));
        report("render a frame (zoomed in)", steps, measure(15, [&] { renderFrame(w.window()); }));
        // Dragging the background: the view moves a little every frame.
        QMetaObject::invokeMethod(view, "centreOn", Q_ARG(QString, sequence.start));
        qreal x = 0;
        report("pan 40 units + render", steps, measure(60, [&] {
                   x += 40;
                   QMetaObject::invokeMethod(view, "centreOnPoint", Q_ARG(double, x),
                                             Q_ARG(double, 600.0));
                   renderFrame(w.window());
               }));
        QRandomGenerator random(7);
        report("jump + render", steps, measure(30, [&] {
                   QMetaObject::invokeMethod(view, "centreOnPoint",
                                             Q_ARG(double, random.bounded(20000)),
                                             Q_ARG(double, random.bounded(20000)));
                   renderFrame(w.window());
               }));
        w.stop();
    }
    return 0;
}
