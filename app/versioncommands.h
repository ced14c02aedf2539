// SPDX-License-Identifier: MIT
#pragma once

// The commands about versions of sequences: `diff` (compare two sequences, files or library
// versions) and `history` (a sequence's versions). Internal to the app.

#include <QStringList>

namespace sd::cli {

int diffCommand(const QStringList &args);
int historyCommand(const QStringList &args);

} // namespace sd::cli
