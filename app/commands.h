// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

#include <optional>

namespace sd {

// Runs a headless command when `args` (without the program name) starts with one; returns its
// exit code, or nullopt when the arguments are for the window.
[[nodiscard]] std::optional<int> runCommand(const QStringList &args);

// Reads the program's arguments (without --language and --color-scheme) before a command or the
// window starts: `--help` and `--version` print and give 0; an unknown command, a file to open
// that does not exist, or an unknown option is said on stderr and gives 2. nullopt: go on.
// Prints through a QCoreApplication of its own (so in the chosen language) only then.
[[nodiscard]] std::optional<int> checkStartArguments(const QStringList &args, int &argc,
                                                     char **argv);

// True when the first argument names a headless command, so no display is needed.
[[nodiscard]] bool isCommand(const QStringList &args);

// True when the command draws text (export --format png|svg|pdf): it must run on a
// QGuiApplication (with QT_QPA_PLATFORM=offscreen when no display is wanted), not a
// QCoreApplication.
[[nodiscard]] bool commandNeedsGui(const QStringList &args);

} // namespace sd
