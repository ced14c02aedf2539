// SPDX-License-Identifier: MIT
// Exported pictures of generated sequences of 100, 1,000 and 10,000 steps: PNG, SVG and PDF,
// median of 5 runs each (needs designer and a QGuiApplication; runs offscreen).
#include "flowrenderer.h"
#include "generate.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    out << "| steps | PNG | SVG | PDF (pages) |\n|---:|---:|---:|---:|\n";
    for (int steps : {100, 1000, 10000}) {
        const sd::Sequence s = sd::generateSequence(steps);
        const auto median = [](auto &&work) {
            QList<qint64> ms;
            for (int i = 0; i < 5; ++i) {
                QElapsedTimer t;
                t.start();
                work();
                ms.append(t.elapsed());
            }
            std::sort(ms.begin(), ms.end());
            return ms[2];
        };
        int pages = 0;
        const qint64 png = median([&] { (void)sd::FlowRenderer::renderImage(s); });
        const qint64 svg = median([&] { (void)sd::FlowRenderer::renderSvg(s); });
        const qint64 pdf = median([&] { (void)sd::FlowRenderer::renderPdf(s, &pages); });
        out << "| " << steps << " | " << png << " ms | " << svg << " ms | " << pdf << " ms ("
            << pages << ") |\n";
        out.flush();
    }
    return 0;
}
