// SPDX-License-Identifier: MIT
#pragma once

class QQmlApplicationEngine;

namespace sd {

// Loads the main window (qrc:/SequenceDesigner/Main.qml) into `engine`, as the program and the UI
// tests start it. Its QML is compiled on the engine's loader thread while this thread lets the
// scene graph choose its render loop, which on X11 with OpenGL loads and tries the driver (about
// 90 ms with llvmpipe); done one after the other, both delayed the home page's first frame.
void loadMainWindow(QQmlApplicationEngine &engine);

} // namespace sd
