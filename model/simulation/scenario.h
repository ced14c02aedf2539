// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"
#include "simulation/zoneclock.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace sd {

class Profile;
class Sequence;

// What the seller and the customer do with one step (spec section 3, `steps.<id>`).
struct StepBehaviour
{
    std::optional<Minutes> completeAfter; // replaces the seller's when present
    std::optional<bool> skip;
    // opened, replied, …: minutes after the email is sent; absent events never happen
    std::optional<QMap<QString, Minutes>> events;
    std::optional<QString> outcome; // a phoneCall's call result
    std::optional<QString> version; // an abTest's "A" or "B"
    [[nodiscard]] bool operator==(const StepBehaviour &) const = default;
};

struct RecordStage
{
    QString process;
    QString stage;
    [[nodiscard]] bool operator==(const RecordStage &) const = default;
};

// A scenario file (`sequence-designer-scenario`, version 1; docs/simulation.md): the record and
// what the customer and the seller do.
struct Scenario
{
    std::optional<QString> name;
    std::optional<Minutes> start; // absent only when the command gives --start
    int startOffset = 0;          // the offset `start` was written with, for writing it back
    QJsonObject fields;           // record.fields without nulls
    std::optional<RecordStage> stage;
    Minutes sellerCompleteAfter = 0;
    QMap<QString, StepBehaviour> steps;
    // Persona rules (the documented extension key `personaSteps`): behaviour by the order in
    // which the run reaches steps of a type, for scenarios that know no step ids.
    QMap<QString, StepBehaviour>
        personaSteps; // "email", "firstEmail", "phoneCall", "firstPhoneCall"
    [[nodiscard]] bool operator==(const Scenario &) const = default;
};

struct ScenarioReadResult
{
    Scenario scenario;
    Diagnostics diagnostics; // scenario.syntax, .schema, .limit
    [[nodiscard]] bool ok() const { return !hasErrors(diagnostics); }
};

namespace scenarioLimits {
inline constexpr qint64 maxFileBytes = 64LL * 1024 * 1024;
inline constexpr Minutes maxDuration = 36525LL * minutesPerDay;
} // namespace scenarioLimits

// Reads a scenario file strictly (spec section 7), like the sequence reader: never crashes or
// hangs, reports every problem it finds after the format and version.
[[nodiscard]] ScenarioReadResult readScenarioFile(const QByteArray &bytes);
[[nodiscard]] ScenarioReadResult readScenarioFile(const QString &path);

// The checks that need the sequence and the profile: scenario.unknownStep and
// scenario.unknownValue; and scenario.schema for a missing `start` unless the command line
// gives one.
[[nodiscard]] Diagnostics checkScenario(const Scenario &scenario, const Sequence &sequence,
                                        const Profile &profile, bool startGiven = false);

// Writes a scenario file; readScenarioFile(writeScenarioFile(x)).scenario == x.
[[nodiscard]] QByteArray writeScenarioFile(const Scenario &scenario);

} // namespace sd
