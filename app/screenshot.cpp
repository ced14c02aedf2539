// SPDX-License-Identifier: MIT
#include "screenshot.h"

#include <QCoreApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTextStream>
#include <QTimer>

namespace sd {

bool parseScreenshot(const QStringList &args, ScreenshotRequest *request, QString *error)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const QString value = args.value(i + 1);
        if (a == u"--out") {
            request->out = value;
            ++i;
        } else if (a == u"--size") {
            const QStringList parts = value.split(u'x');
            bool okW = false;
            bool okH = false;
            request->width = parts.value(0).toInt(&okW);
            request->height = parts.value(1).toInt(&okH);
            if (!okW || !okH || request->width < 200 || request->height < 200) {
                *error = QCoreApplication::translate("Commands",
                                                     "--size takes WIDTHxHEIGHT, e.g. 1280x800.");
                return false;
            }
            ++i;
        } else if (a == u"--open" || a == u"--show") {
            if (value.isEmpty() || value.startsWith(u"--")) {
                *error = QCoreApplication::translate("Commands", "%1 needs a value.").arg(a);
                return false;
            }
            (a == u"--open" ? request->open : request->show) = value;
            ++i;
        } else if (a == u"--library") {
            ++i; // main() hands it to the library session
        } else {
            *error = QCoreApplication::translate("Commands", "Unknown option %1.").arg(a);
            return false;
        }
    }
    if (request->out.isEmpty()) {
        *error = QCoreApplication::translate("Commands", "Name the picture to write with --out.");
        return false;
    }
    return true;
}

void takeScreenshot(QQmlApplicationEngine &engine, const ScreenshotRequest &request)
{
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window) {
        QCoreApplication::exit(1);
        return;
    }
    window->resize(request.width, request.height);
    if (!request.open.isEmpty()) {
        QMetaObject::invokeMethod(window, "openSequence", Q_ARG(QString, request.open));
    }
    if (!request.show.isEmpty())
        QMetaObject::invokeMethod(window, "showDialog", Q_ARG(QString, request.show));
    // Two frames: the first lays out at the new size, the second is what the user would see.
    auto frames = std::make_shared<int>(0);
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [window, request, frames] {
        if (++*frames != 2)
            return;
        // Dialogs and pages open with a short transition; let it finish.
        const int settle = request.open.isEmpty() && request.show.isEmpty() ? 0 : 400;
        QTimer::singleShot(settle, window, [window, request] {
            const QImage image = window->grabWindow();
            const bool saved = image.save(request.out, "PNG");
            if (!saved) {
                QTextStream(stderr)
                    << QCoreApplication::translate("Commands", "Cannot write the picture %1.")
                           .arg(request.out)
                    << '\n';
            }
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
    window->requestUpdate();
}

} // namespace sd
