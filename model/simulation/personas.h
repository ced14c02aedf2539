// SPDX-License-Identifier: MIT
#pragma once

#include "simulation/scenario.h"

#include <QList>
#include <QString>

#include <optional>

namespace sd {

// A built-in persona: a scenario bundled in resources/scenarios/ that applies to any sequence
// through the `personaSteps` extension key (docs/simulation.md).
struct Persona
{
    QString id;       // the file name without .scenario.json, e.g. "replies-after-a-day"
    const char *name; // English, as in the file; translatable, context "Personas"
    [[nodiscard]] QString translatedName() const;
};

[[nodiscard]] const QList<Persona> &personas();
// The persona's scenario (without a start: the caller gives one); nullopt for an unknown id.
[[nodiscard]] std::optional<Scenario> personaScenario(const QString &id);
// A scenario name shown to the user: a persona's in the interface language, else as written.
[[nodiscard]] QString scenarioDisplayName(const QString &name);

} // namespace sd
