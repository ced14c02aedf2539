// SPDX-License-Identifier: MIT
#include "windowstart.h"

#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickWindow>

namespace sd {

void loadMainWindow(QQmlApplicationEngine &engine)
{
    const QUrl url(QStringLiteral("qrc:/SequenceDesigner/Main.qml"));
    // Starts the loader thread on the window's files (the engine keeps what it compiles).
    QQmlComponent compiling(&engine, url, QQmlComponent::Asynchronous);
    // Meanwhile: the first QQuickWindow picks the render loop, once for the process.
    {
        QQuickWindow chooser;
    }
    engine.load(url); // waits for the loader thread, then makes the window
}

} // namespace sd
