// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

#include <optional>

namespace sd {

// Runs a headless command when `args` (without the program name) starts with one; returns its
// exit code, or nullopt when the arguments are for the window.
[[nodiscard]] std::optional<int> runCommand(const QStringList &args);

// True when the first argument names a headless command, so no display is needed.
[[nodiscard]] bool isCommand(const QStringList &args);

// True when the command draws text (export --format png|svg|pdf): it must run on a
// QGuiApplication (with QT_QPA_PLATFORM=offscreen when no display is wanted), not a
// QCoreApplication.
[[nodiscard]] bool commandNeedsGui(const QStringList &args);

} // namespace sd
