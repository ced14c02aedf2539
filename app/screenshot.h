// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class QQmlApplicationEngine;

namespace sd {

// Options of `sequence-designer screenshot [--library F] [--size WxH] --out FILE.png`.
struct ScreenshotRequest
{
    QString out;
    int width = 1280;
    int height = 800;
};

// Parses the screenshot options; on a mistake returns false with a message in `error`.
[[nodiscard]] bool parseScreenshot(const QStringList &args, ScreenshotRequest *request,
                                   QString *error);

// Renders the engine's window once it has drawn a frame, writes the PNG and quits the
// application with 0, or 1 when the picture cannot be written.
void takeScreenshot(QQmlApplicationEngine &engine, const ScreenshotRequest &request);

} // namespace sd
