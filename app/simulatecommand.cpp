// SPDX-License-Identifier: MIT
// The simulate command: reads the sequence (a file or the library), the profile and the
// scenario in that order, so that an unusable sequence is reported (exit 2) before a scenario's
// errors (exit 1).
#include "simulatecommand.h"

#include "commandparser.h"
#include "library/library.h"
#include "library/sequencestore.h"
#include "librarycommands.h"
#include "profile.h"
#include "sequencefile.h"
#include "simulation/agenda.h"
#include "simulation/personas.h"
#include "simulation/scenario.h"
#include "simulation/simulator.h"
#include "simulationinput.h"
#include "validator.h"

#include <QJsonDocument>

namespace sd::cli {

namespace {

constexpr char synopsis[] = "sequence-designer simulate [--json] [--profile FILE] [--sequence ID] "
                            "[--start ISO] [--scenario FILE] (SEQUENCE | --library FILE ID)";

} // namespace

int simulateCommand(const QStringList &args)
{
    SimulationArgs a = parseSimulationArgs(args, {"--json", "--sequence", "--start", "--scenario"});
    if (const std::optional<int> exit = helpOrProblem(a.help, a.problem, synopsis))
        return *exit;
    std::optional<Profile> profile;
    std::optional<Sequence> sequence;
    if (const int code = loadSimulationInput(a, &profile, &sequence); code != 0)
        return code;

    std::optional<Minutes> startOverride;
    if (!a.start.isEmpty()) {
        startOverride = parseInstant(a.start);
        if (!startOverride)
            return usage(
                CommandText::tr("--start takes a date and time with an offset, such as "
                                "2026-12-07T09:00+01:00 or 2026-12-07T08:00Z; \"%1\" is not one.")
                    .arg(a.start),
                synopsis);
    }
    Scenario scenario;
    if (a.scenario.isEmpty()) {
        if (!startOverride)
            return usage(CommandText::tr("Without --scenario, give --start: when the "
                                         "record enters the sequence."),
                         synopsis);
    } else if (a.scenario.startsWith(u"persona:")) {
        const std::optional<Scenario> persona = personaScenario(a.scenario.mid(8));
        if (!persona) {
            QStringList ids;
            for (const Persona &p : personas())
                ids.append(QStringLiteral("persona:") + p.id);
            return usage(CommandText::tr("There is no built-in persona %1. Choose one of: "
                                         "%2.")
                             .arg(a.scenario, ids.join(u", ")),
                         synopsis);
        }
        if (!startOverride)
            return usage(CommandText::tr("A persona has no start: give --start, when the "
                                         "record enters the sequence."),
                         synopsis);
        scenario = *persona;
    } else {
        ScenarioReadResult read = readScenarioFile(a.scenario);
        if (!read.diagnostics.isEmpty() && read.diagnostics.first().code == u"scenario.io") {
            err() << read.diagnostics.first().message << '\n';
            err().flush();
            return 2;
        }
        Diagnostics problems = read.diagnostics;
        if (read.ok())
            problems = checkScenario(read.scenario, *sequence, *profile, startOverride.has_value());
        if (hasErrors(problems)) {
            QList<FileFinding> findings;
            for (const Diagnostic &d : problems)
                findings.append({a.scenario, d});
            printFindings(out(), findings, a.json);
            return 1;
        }
        scenario = read.scenario;
    }
    if (startOverride) {
        scenario.start = startOverride;
        scenario.startOffset = 0;
    }

    const ZoneClock clock(profile->calendar);
    const SimulationResult result = Simulator(*sequence, *profile, clock).run(scenario);
    if (a.json)
        out() << QJsonDocument(simulationToJson(result, *sequence, scenario, clock))
                     .toJson(QJsonDocument::Indented);
    else
        out() << simulationAgenda(result, *sequence, scenario, clock);
    out().flush();
    return 0;
}

} // namespace sd::cli
