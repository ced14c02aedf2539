// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class QQmlApplicationEngine;

namespace sd {

// Options of `sequence-designer screenshot [--library F] [--open ID] [--size WxH]
// --out FILE.png` (and the hidden `--show create|gallery|about` for the documentation).
struct ScreenshotRequest
{
    QString out;
    QString open; // a sequence id: the designer page on it
    QString show; // a dialog of the window to show open
    int width = 1280;
    int height = 800;
    bool help = false; // --help: print the synopsis, take no picture
};

// The synopsis --help prints.
inline constexpr char screenshotSynopsis[] =
    "sequence-designer screenshot [--library FILE] [--open ID] [--language en|nb] "
    "[--color-scheme light|dark] [--size WxH] --out FILE.png";

// Parses the screenshot options; on a mistake returns false with a message in `error`.
[[nodiscard]] bool parseScreenshot(const QStringList &args, ScreenshotRequest *request,
                                   QString *error);

// Renders the engine's window once it has drawn a frame, writes the PNG and quits the
// application with 0, or 1 when the picture cannot be written.
void takeScreenshot(QQmlApplicationEngine &engine, const ScreenshotRequest &request);

} // namespace sd
