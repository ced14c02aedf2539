// SPDX-License-Identifier: MIT
// The canvas in motion, in the real window (tests/ui/uitest.h) with the program's own QML: a
// sequence of 100 to 10,000 steps opened, panned 5 px per frame at 100 % and fitted, and zoomed
// in and out 3 % per frame. Frame intervals come from QQuickWindow::frameSwapped; the GUI-thread
// cost of a step is the time the step itself takes (moving the Flickable or zooming, with every
// binding and delegate that follows), and "sync" the scene graph's sync of a frame (the GUI
// thread waits for it).
//
// Offscreen by default; on the display of DISPLAY when set (`xvfb-run -a -s "-screen 0
// 1280x800x24" build/bench/bench_motion` measures OpenGL on llvmpipe as the issue did). The
// backend is Qt's choice: QT_QUICK_BACKEND=software for the software renderer.
// SD_MOTION_SIZES=100,1000 picks the sizes; SD_MOTION_SECONDS=1 shortens each motion (the pan
// lasts 5 s and the zoom 8 s at 60 frames a second); SD_MOTION_SHOTS=folder saves pictures of
// the first frame of each open and of a zoom gesture out before it settles, to look at.
#include "../tests/ui/uitest.h"
#include "generate.h"
#include "library/library.h"
#include "library/sequencestore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QSGRendererInterface>
#include <QTextStream>

#include <ctime>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <utility>

using namespace sd;

namespace {

QString createIn(const QString &path, const Sequence &sequence)
{
    OpenResult opened = Library::open(path);
    SequenceStore store(*opened.library);
    return store.create(sequence).value.sequence.id;
}

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Stats stats(QList<double> ms)
{
    if (ms.isEmpty())
        return {};
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[qsizetype(std::ceil(q * double(ms.size()))) - 1]; };
    return {at(0.5), at(0.95), ms.last()};
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString number(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 2 : 1);
}

// Frame swaps (from the render thread when the render loop is threaded) and the sync time of
// each frame.
class FrameClock
{
public:
    explicit FrameClock(QQuickWindow *window)
    {
        m_clock.start();
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [this] {
                QMutexLocker lock(&m_mutex);
                m_swaps.append(m_clock.nsecsElapsed());
            },
            Qt::DirectConnection);
        QObject::connect(
            window, &QQuickWindow::beforeSynchronizing, window, [this] { m_frameStart = now(); },
            Qt::DirectConnection);
        QObject::connect(
            window, &QQuickWindow::afterSynchronizing, window,
            [this] {
                QMutexLocker lock(&m_mutex);
                if (m_frameStart >= 0)
                    m_sync.append(double(now() - m_frameStart) / 1e6);
                m_frameStart = -1;
            },
            Qt::DirectConnection);
    }
    [[nodiscard]] qint64 now() const { return m_clock.nsecsElapsed(); }
    [[nodiscard]] qsizetype swaps() const
    {
        QMutexLocker lock(&m_mutex);
        return m_swaps.size();
    }
    [[nodiscard]] qint64 swapAt(qsizetype i) const
    {
        QMutexLocker lock(&m_mutex);
        return m_swaps.value(i, -1);
    }
    // Intervals between the swaps from swap `first` on, in milliseconds.
    [[nodiscard]] QList<double> intervalsFrom(qsizetype first) const
    {
        QMutexLocker lock(&m_mutex);
        QList<double> out;
        for (qsizetype i = std::max<qsizetype>(first, 0) + 1; i < m_swaps.size(); ++i)
            out.append(double(m_swaps[i] - m_swaps[i - 1]) / 1e6);
        return out;
    }
    // The scene graph's sync of each frame (updatePaintNode of every changed item).
    [[nodiscard]] QList<double> takeSync()
    {
        QMutexLocker lock(&m_mutex);
        return std::exchange(m_sync, {});
    }

private:
    QElapsedTimer m_clock;
    mutable QMutex m_mutex;
    QList<qint64> m_swaps;
    QList<double> m_sync;
    std::atomic<qint64> m_frameStart = -1;
};

// Runs `step` once before each of `frames` frames (from afterAnimating, as an animation would)
// and reports the frame intervals and the GUI-thread cost of a step.
void move(QQuickWindow *window, FrameClock &clock, const QString &what, int steps, int frames,
          const std::function<void(int)> &step)
{
    QList<double> stepMs;
    (void)clock.takeSync();
    const qsizetype first = clock.swaps();
    int done = 0;
    const auto connection = QObject::connect(window, &QQuickWindow::afterAnimating, window, [&] {
        if (done >= frames)
            return;
        const qint64 start = clock.now();
        step(done++);
        stepMs.append(double(clock.now() - start) / 1e6);
        window->update();
    });
    window->update();
    (void)QTest::qWaitFor([&] { return done >= frames; }, 600000);
    (void)QTest::qWaitFor([&] { return clock.swaps() > first + frames; }, 2000);
    QObject::disconnect(connection);
    const Stats frame = stats(clock.intervalsFrom(first + 1));
    const Stats cost = stats(stepMs);
    const Stats sync = stats(clock.takeSync());
    out() << qSetFieldWidth(22) << Qt::left << what << qSetFieldWidth(7) << Qt::right << steps
          << qSetFieldWidth(0) << "  frames median " << number(frame.median) << "  p95 "
          << number(frame.p95) << "  max " << number(frame.max) << "  | step median "
          << number(cost.median) << "  p95 " << number(cost.p95) << "  max " << number(cost.max)
          << "  | sync p95 " << number(sync.p95) << " ms" << Qt::endl;
}

// The process's resident memory now and at its peak, in MiB (Linux; 0 elsewhere).
std::pair<double, double> residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double rss = 0, peak = 0;
    if (!status.open(QIODevice::ReadOnly))
        return {rss, peak};
    for (const QByteArray &line : status.readAll().split('\n')) {
        const auto kib = [&] {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
        };
        if (line.startsWith("VmRSS:"))
            rss = kib();
        else if (line.startsWith("VmHWM:"))
            peak = kib();
    }
    return {rss, peak};
}

// Milliseconds since the process started (Linux, 10 ms resolution; -1 elsewhere).
double processAgeMs()
{
    QFile stat(QStringLiteral("/proc/self/stat")), uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    // Field 22, after the command name in parentheses: the start in clock ticks since boot.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double started = fields.value(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    return (now - started) * 1000;
}

// The CPU time of the whole process so far in milliseconds (every thread): less sensitive than
// wall time to other processes on a shared machine.
double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000 + double(t.tv_nsec) / 1e6;
}

// Pictures of a zoom gesture out from 100 % before it settles (the cards and tiles of 100 %
// scaled): half way to the whole tree and all the way, as zoom-half-N.png and zoom-out-N.png.
void zoomPictures(const sd::uitest::Window &w, QQuickItem *view, const QString &folder, int steps)
{
    view->setProperty("zoom", 1.0);
    QMetaObject::invokeMethod(view, "centreOn", Q_ARG(QString, QString()));
    (void)QTest::qWaitFor([&] { return view->property("settledZoom").toDouble() == 1.0; }, 2000);
    const double out = view->property("minZoom").toDouble();
    for (const auto &[name, target] : {std::pair{"half", std::sqrt(out)}, std::pair{"out", out}}) {
        while (view->property("zoom").toDouble() > target * 1.0001)
            QMetaObject::invokeMethod(view, "zoomBy", Q_ARG(double, 1 / 1.03));
        w.window()->grabWindow().save(QDir(folder).filePath(
            QStringLiteral("zoom-%1-%2.png").arg(QLatin1StringView(name)).arg(steps)));
    }
}

QList<int> sizes()
{
    QList<int> out;
    for (const QString &s : qEnvironmentVariable("SD_MOTION_SIZES", "100,1000,5000,10000")
                                .split(u',', Qt::SkipEmptyParts))
        out.append(s.toInt());
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", qEnvironmentVariableIsEmpty("DISPLAY") ? "offscreen" : "xcb");
    QGuiApplication app(argc, argv);
    sd::uitest::isolate();
    const double seconds = qEnvironmentVariableIsSet("SD_MOTION_SECONDS")
                               ? qEnvironmentVariable("SD_MOTION_SECONDS").toDouble()
                               : 0;
    const int panFrames = seconds > 0 ? int(seconds * 60) : 300;
    const int zoomFrames = seconds > 0 ? int(seconds * 60) : 480;
    const QString shots = qEnvironmentVariable("SD_MOTION_SHOTS");
    QTemporaryDir dir;
    bool printedBackend = false;
    for (int steps : sizes()) {
        const QString path = dir.filePath(QStringLiteral("motion-%1.sqlite").arg(steps));
        QElapsedTimer setUp; // the bench's own work before the window: not the program's start
        setUp.start();
        Sequence sequence = generateSequence(steps);
        sequence.name = QStringLiteral("Motion %1").arg(steps);
        const QString id = createIn(path, sequence);
        const double setUpMs = double(setUp.nsecsElapsed()) / 1e6;

        sd::uitest::Window w(path);
        QElapsedTimer started;
        started.start();
        if (!w.start())
            return 1;
        FrameClock clock(w.window());
        w.window()->update();
        (void)QTest::qWaitFor([&] { return clock.swaps() > 0; }, 10000);
        if (!printedBackend) {
            const auto api = w.window()->rendererInterface()->graphicsApi();
            out() << "platform " << QGuiApplication::platformName() << ", backend "
                  << (api == QSGRendererInterface::Software ? "software" : "hardware (RHI)")
                  << ", window " << w.window()->width() << "x" << w.window()->height() << Qt::endl;
            printedBackend = true;
            out() << qSetFieldWidth(22) << Qt::left << "process start to home" << qSetFieldWidth(7)
                  << Qt::right << steps << qSetFieldWidth(0) << "  " << number(processAgeMs())
                  << " ms  (to the first frame of the home page; cpu " << number(processCpuMs())
                  << " ms; " << number(setUpMs) << " ms of it the bench writing the library)"
                  << Qt::endl;
        }
        out() << qSetFieldWidth(22) << Qt::left << "start to home frame" << qSetFieldWidth(7)
              << Qt::right << steps << qSetFieldWidth(0) << "  "
              << number(double(started.elapsed())) << " ms" << Qt::endl;

        // The window compiles the designer page after the home page's first frame; a person
        // opens a sequence later than that, so the open waits for it (bench/README.md).
        const qint64 homeShown = clock.now();
        (void)QTest::qWaitFor([&] { return w.window()->property("designerReady").toBool(); },
                              10000);
        out() << qSetFieldWidth(22) << Qt::left << "designer ready" << qSetFieldWidth(7)
              << Qt::right << steps << qSetFieldWidth(0) << "  "
              << number(double(clock.now() - homeShown) / 1e6)
              << " ms  (after the home page's first frame)" << Qt::endl;

        // Open: from openSequence to the first frame with the sequence placed in the canvas.
        QQuickItem *pages = w.item("pages");
        const qint64 openStart = clock.now();
        const double openCpu = processCpuMs();
        QMetaObject::invokeMethod(w.window(), "openSequence", Q_ARG(QString, id));
        QQuickItem *view = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                view = w.item("canvasView");
                return view && view->property("positioned").toBool();
            },
            60000);
        const qsizetype placedAt = clock.swaps();
        (void)QTest::qWaitFor([&] { return clock.swaps() > placedAt; }, 10000);
        const double toFrame = double(clock.swapAt(placedAt) - openStart) / 1e6;
        const double toFrameCpu = processCpuMs() - openCpu;
        (void)QTest::qWaitFor([&] { return !pages->property("busy").toBool(); }, 60000);
        const double toPlace = double(clock.now() - openStart) / 1e6;
        if (!shots.isEmpty())
            w.window()->grabWindow().save(
                QDir(shots).filePath(QStringLiteral("open-%1.png").arg(steps)));
        out() << qSetFieldWidth(22) << Qt::left << "open to first frame" << qSetFieldWidth(7)
              << Qt::right << steps << qSetFieldWidth(0) << "  " << number(toFrame)
              << " ms  (page in place " << number(toPlace) << " ms; cpu " << number(toFrameCpu)
              << " ms)" << Qt::endl;

        auto *flick = qobject_cast<QQuickItem *>(w.object("canvasFlick"));
        // Pans 5 px a frame along the longer free direction, turning back at the ends.
        auto pan = [&](const QString &what) {
            int direction = 1;
            move(w.window(), clock, what, steps, panFrames, [&](int) {
                const bool down = flick->property("contentHeight").toDouble() - flick->height() >
                                  flick->property("contentWidth").toDouble() - flick->width();
                const char *axis = down ? "contentY" : "contentX";
                const double limit =
                    down ? flick->property("contentHeight").toDouble() - flick->height()
                         : flick->property("contentWidth").toDouble() - flick->width();
                double next = flick->property(axis).toDouble() + 5 * direction;
                if (next > limit || next < 0) {
                    direction = -direction;
                    next = std::clamp(next, 0.0, std::max(0.0, limit));
                }
                flick->setProperty(axis, next);
            });
        };
        view->setProperty("zoom", 1.0);
        QMetaObject::invokeMethod(view, "centreOn", Q_ARG(QString, QString()));
        pan(QStringLiteral("pan at 100 %"));
        QMetaObject::invokeMethod(view, "fit");
        pan(QStringLiteral("pan fitted"));

        // Zoom at the window's centre, out to the smallest zoom and back in to the largest.
        view->setProperty("zoom", 1.0);
        QMetaObject::invokeMethod(view, "centreOn", Q_ARG(QString, QString()));
        double factor = 1 / 1.03;
        move(w.window(), clock, QStringLiteral("zoom 3 % a frame"), steps, zoomFrames, [&](int) {
            const double z = view->property("zoom").toDouble();
            if (z <= view->property("minZoom").toDouble() * 1.0001)
                factor = 1.03;
            else if (z >= view->property("maxZoom").toDouble() * 0.9999)
                factor = 1 / 1.03;
            QMetaObject::invokeMethod(view, "zoomBy", Q_ARG(double, factor));
        });
        if (!shots.isEmpty())
            zoomPictures(w, view, shots, steps);
        // After all of it, with the sequence open (the goal: under 250 MB at 10,000 steps).
        const auto [rss, peak] = residentMiB();
        out() << qSetFieldWidth(22) << Qt::left << "resident memory" << qSetFieldWidth(7)
              << Qt::right << steps << qSetFieldWidth(0) << "  " << number(rss)
              << " MiB  (peak of the process so far " << number(peak) << " MiB)" << Qt::endl;
        w.stop();
    }
    return 0;
}
