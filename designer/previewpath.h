// SPDX-License-Identifier: MIT
#pragma once

#include "simulation/simulator.h"

#include <QHash>
#include <QVariantMap>

namespace sd {

// What the preview shows on a card (CardModel's previewMark): for a step the run reaches
// {reached: true, day, status, when}, and for a condition also {branch: "yes"|"no", why:
// "Replied after 1 day, within 2 days → Yes"}; for a step it does not reach {dimmed: true}.
[[nodiscard]] QHash<QString, QVariantMap> previewMarks(const SimulationResult &result,
                                                       const Sequence &sequence,
                                                       const Scenario &scenario,
                                                       const ZoneClock &clock);

// Why the condition of run `index` took its branch, in words (translated).
[[nodiscard]] QString conditionReason(const SimulationResult &result, qsizetype index,
                                      const Scenario &scenario);

// The behaviour the run gave run `index` (a step the scenario names, else the persona's rule
// for it, else nothing), as Simulator::run chooses it.
[[nodiscard]] StepBehaviour behaviourAt(const SimulationResult &result, qsizetype index,
                                        const Scenario &scenario);

// Changes `scenario` so the condition `conditionId` (reached by `result`) takes its other
// branch: the email above it gets or loses the events, the call above it an outcome that is
// (or is not) one of the condition's, the record's stage is set or cleared. False, with
// `problem` saying why, when it cannot (a field condition, a condition not reached).
[[nodiscard]] bool flipCondition(Scenario &scenario, const SimulationResult &result,
                                 const QString &conditionId, QString *problem);

} // namespace sd
