// SPDX-License-Identifier: MIT
// The busy days (designer/forecastrun.cpp): a forecast of 100,000 generated records on the
// webinar template, run on its worker thread while a window animates and shows the progress.
// Reports the run's time and the intervals between frames the window swapped meanwhile (median
// and 95th percentile): the UI stays responsive when they stay near one frame (16.7 ms).
#include "benchutil.h"
#include "forecastrun.h"
#include "library/library.h"
#include "library/sequencestore.h"
#include "profile.h"
#include "sequencedocument.h"
#include "sequencefile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

using namespace sd;

namespace {

// A window that draws every frame: a spinning square and the run's progress.
constexpr char scene[] = R"(
import QtQuick
Window {
    width: 400; height: 200; visible: true
    Rectangle {
        width: 80; height: 80; x: 40; y: 60; color: "steelblue"
        RotationAnimation on rotation { from: 0; to: 360; duration: 1000; loops: Animation.Infinite }
    }
    Rectangle { x: 160; y: 90; height: 20; width: 200 * run.progress; color: "seagreen" }
}
)";

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qsizetype(p * double(values.size() - 1)));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    OpenResult opened = Library::open(dir.filePath("bench.sqlite"));
    if (!opened.library)
        return 1;
    (void)Profile::defaultProfile();
    const Sequence webinar =
        readSequenceFile(QStringLiteral(":/templates/webinar-follow-up.sequence.json"))
            .sequences.first();
    SequenceDocument doc;
    doc.setLibrary(opened.library.get());
    doc.setSequenceId(SequenceStore(*opened.library).create(webinar).value.sequence.id);

    ForecastRun run;
    run.setDocument(&doc);
    const int records = 100000;
    run.setProperty("count", records);
    run.setProperty("fromText", QStringLiteral("2026-12-07"));
    run.setProperty("toText", QStringLiteral("2027-01-03"));
    run.setShare(QStringLiteral("replies-after-a-day"), 1);

    QQmlEngine engine;
    engine.rootContext()->setContextProperty("run", &run);
    QQmlComponent component(&engine);
    component.setData(scene, QUrl());
    std::unique_ptr<QObject> root(component.create());
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    if (!window) {
        QTextStream(stderr) << component.errorString();
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    QList<double> swaps;
    QObject::connect(window, &QQuickWindow::frameSwapped, window,
                     [&] { swaps.append(double(clock.nsecsElapsed()) / 1e6); });
    // Frames before the run, as a baseline for this machine.
    QEventLoop idleSecond;
    QTimer::singleShot(1000, &idleSecond, &QEventLoop::quit);
    idleSecond.exec();
    const qsizetype before = swaps.size();
    QList<double> idle;
    for (qsizetype i = 1; i < before; ++i)
        idle.append(swaps[i] - swaps[i - 1]);

    // Three runs, their frame intervals pooled; the run's own time as the median of three.
    QList<double> runMs;
    QList<double> during;
    for (int i = 0; i < 3; ++i) {
        const qsizetype first = swaps.size();
        QEventLoop wait;
        QObject::connect(&run, &ForecastRun::runningChanged, &wait, [&] {
            if (!run.running())
                wait.quit();
        });
        QElapsedTimer timer;
        timer.start();
        if (!run.run())
            return 1;
        wait.exec();
        runMs.append(double(timer.nsecsElapsed()) / 1e6);
        for (qsizetype f = first + 1; f < swaps.size(); ++f)
            during.append(swaps[f] - swaps[f - 1]);
    }
    const double ms = percentile(runMs, 0.5);

    QTextStream out(stdout);
    out << "forecast of " << run.result().records
        << " records on its thread, median of 3: " << QString::number(ms, 'f', 0) << " ms\n";
    out << "frame intervals idle:  " << idle.size() << " frames, median "
        << QString::number(percentile(idle, 0.5), 'f', 1) << " ms, p95 "
        << QString::number(percentile(idle, 0.95), 'f', 1) << " ms\n";
    out << "frame intervals while it runs: " << during.size() << " frames, median "
        << QString::number(percentile(during, 0.5), 'f', 1) << " ms, p95 "
        << QString::number(percentile(during, 0.95), 'f', 1) << " ms, max "
        << QString::number(percentile(during, 1.0), 'f', 1) << " ms\n";
    return run.hasResult() ? 0 : 1;
}
