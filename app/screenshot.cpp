// SPDX-License-Identifier: MIT
#include "screenshot.h"
#include "commandparser.h"

#include <QCoreApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTextStream>
#include <QTimer>

namespace sd {

bool parseScreenshot(const QStringList &args, ScreenshotRequest *request, QString *error)
{
    cli::CommandParser parser({}, {QStringLiteral("--out"), QStringLiteral("--size"),
                                   QStringLiteral("--open"), QStringLiteral("--show"),
                                   QStringLiteral("--library")});
    if (!parser.parse(args.mid(1))) {
        *error = parser.problem();
        return false;
    }
    request->help = parser.helpAsked();
    if (request->help)
        return true;
    if (!parser.positional().isEmpty()) {
        *error = QCoreApplication::translate("Commands", "Unknown option %1.")
                     .arg(parser.positional().first());
        return false;
    }
    request->out = parser.value(QStringLiteral("--out"));
    request->open = parser.value(QStringLiteral("--open"));
    request->show = parser.value(QStringLiteral("--show"));
    if (parser.isSet(QStringLiteral("--size"))) {
        const QStringList parts = parser.value(QStringLiteral("--size")).split(u'x');
        bool okW = false;
        bool okH = false;
        request->width = parts.value(0).toInt(&okW);
        request->height = parts.value(1).toInt(&okH);
        if (!okW || !okH || request->width < 200 || request->height < 200) {
            *error = QCoreApplication::translate("Commands",
                                                 "--size takes WIDTHxHEIGHT, e.g. 1280x800.");
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
