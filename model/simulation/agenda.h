// SPDX-License-Identifier: MIT
#pragma once

#include "simulation/simulator.h"

namespace sd {

[[nodiscard]] QString statusLabel(StepStatus status); // translated "done", "sent", …
// The readable agenda of a run, in the interface language (QLocale's default).
[[nodiscard]] QString simulationAgenda(const SimulationResult &result, const Sequence &sequence,
                                       const Scenario &scenario, const ZoneClock &clock);

} // namespace sd
