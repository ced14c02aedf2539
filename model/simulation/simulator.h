// SPDX-License-Identifier: MIT
#pragma once

#include "simulation/scenario.h"
#include "simulation/zoneclock.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace sd {

class Profile;
class Sequence;
struct Step;

enum class StepStatus { Done, Skipped, Sent, Waited, Yes, No, Updated, Advanced, Stopped };
enum class EndReason { Completed, Replied, Advanced };

[[nodiscard]] QString statusKey(StepStatus status); // "done", "skipped", …
[[nodiscard]] QString reasonKey(EndReason reason);  // "completed", "replied", "advanced"

// One step the run started (spec section 5, an entry of `steps`).
struct StepRun
{
    const Step *step = nullptr; // points into the simulated sequence
    int index = -1;             // the step's position in Sequence::steps()
    bool manual = false;        // a manual activity (the forecast counts these)
    Minutes start = 0;
    Minutes end = 0;
    StepStatus status = StepStatus::Done;
    QString version; // an abTest's: the scenario's A or B, else its defaultVersion; else null
};

struct SimulationResult
{
    Minutes start = 0;
    Minutes end = 0;
    EndReason reason = EndReason::Completed;
    std::optional<QString> target; // for Advanced: the target id, nullopt for none (null)
    QList<StepRun> steps;
};

// Runs one record through a sequence (spec sections 2 and 4, and the rules of section 7). The
// sequence must have no file.*, step.*, graph.cycle or graph.sharedStep errors; the scenario must
// have passed readScenarioFile and checkScenario, and have a start.
//
// The sequence is compiled once (links as indexes, parameters typed), so running many records
// (a forecast) costs little per step.
class Simulator
{
public:
    Simulator(const Sequence &sequence, const Profile &profile, const ZoneClock &clock);
    ~Simulator();
    Simulator(const Simulator &) = delete;
    Simulator &operator=(const Simulator &) = delete;
    [[nodiscard]] SimulationResult run(const Scenario &scenario) const;

private:
    struct Node;
    const Sequence &m_sequence;
    const ZoneClock &m_clock;
    std::vector<Node> m_nodes;
    int m_start = -1;
};

// Field conditions (spec section 4): whether a group { match, rules } holds on `fields`. Text
// compares as Dataverse's default collation does; see fieldcondition.cpp.
[[nodiscard]] bool evaluateGroup(const QJsonObject &group, const QJsonObject &fields,
                                 const class RecordType *recordType);
// Canonical decomposition, combining marks removed, simple case folding.
[[nodiscard]] QString collationKey(const QString &text);

// The JSON of spec section 5.
[[nodiscard]] QJsonObject simulationToJson(const SimulationResult &result, const Sequence &sequence,
                                           const Scenario &scenario, const ZoneClock &clock);

} // namespace sd
