// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace sd::cli {

// `sequence-designer simulate` (docs/simulation.md; spec sequence-simulation.md section 7).
// Exit 0 simulated, 1 the scenario has errors, 2 the sequence, profile or command line cannot
// be used.
int simulateCommand(const QStringList &args);
// `sequence-designer forecast` (spec section 6): many records, counted per local date.
int forecastCommand(const QStringList &args);

} // namespace sd::cli
