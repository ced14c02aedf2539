// SPDX-License-Identifier: MIT
// The readable agenda of `simulate` without --json: one line per step in the interface
// language, with its local date and time in the calendar's zone.
#include "simulation/agenda.h"
#include "sequence.h"
#include "simulation/personas.h"
#include "simulation/simulationtext.h"
#include "steptype.h"

#include <QLocale>

namespace sd {

QString statusLabel(StepStatus status)
{
    switch (status) {
    case StepStatus::Done:
        return ScenarioText::tr("done");
    case StepStatus::Skipped:
        return ScenarioText::tr("skipped");
    case StepStatus::Sent:
        return ScenarioText::tr("sent");
    case StepStatus::Waited:
        return ScenarioText::tr("waited");
    case StepStatus::Yes:
        return ScenarioText::tr("yes");
    case StepStatus::No:
        return ScenarioText::tr("no");
    case StepStatus::Updated:
        return ScenarioText::tr("updated");
    case StepStatus::Advanced:
        return ScenarioText::tr("advanced");
    case StepStatus::Stopped:
        return ScenarioText::tr("stopped");
    }
    return {};
}

namespace {

QString when(const ZoneClock &clock, Minutes at)
{
    const QLocale locale;
    const QDate date = clock.localDate(at);
    const int minute = clock.localMinuteOfDay(at);
    return locale.toString(date, QStringLiteral("ddd d MMM yyyy")) + u' ' +
           locale.toString(QTime(minute / 60, minute % 60), QLocale::ShortFormat);
}

} // namespace

QString simulationAgenda(const SimulationResult &result, const Sequence &sequence,
                         const Scenario &scenario, const ZoneClock &clock)
{
    QString out;
    const QString who = scenario.name
                            ? scenarioDisplayName(*scenario.name)
                            : ScenarioText::tr("the customer does nothing, the seller does each "
                                               "activity when it is due");
    out += ScenarioText::tr("%1: %2").arg(sequence.name, who) + u'\n';
    out += ScenarioText::tr("Starts %1").arg(when(clock, result.start)) + u'\n';
    for (const StepRun &run : result.steps) {
        const StepType *type = StepCatalogue::find(run.step->type);
        const QString typeName = type ? type->translatedName() : run.step->type;
        const QString name = run.step->name.isEmpty() ? typeName : run.step->name;
        QString line = when(clock, run.start) + QStringLiteral("  ") + name;
        if (name != typeName)
            line += QStringLiteral(" (") + typeName + u')';
        line += QStringLiteral(": ") + statusLabel(run.status);
        if (!run.version.isNull())
            line += u' ' + ScenarioText::tr("(version %1)").arg(run.version);
        if (run.end != run.start)
            line += u' ' + ScenarioText::tr("until %1").arg(when(clock, run.end));
        out += line + u'\n';
    }
    const QString at = when(clock, result.end);
    QString end;
    switch (result.reason) {
    case EndReason::Completed:
        end = ScenarioText::tr("Ends %1: the sequence is complete.").arg(at);
        break;
    case EndReason::Replied:
        end = ScenarioText::tr("Ends %1: the customer replied.").arg(at);
        break;
    case EndReason::Advanced:
        end = result.target
                  ? ScenarioText::tr("Ends %1: the record moves to the sequence %2.")
                        .arg(at, *result.target)
                  : ScenarioText::tr("Ends %1: the record moves to another sequence (none is "
                                     "chosen).")
                        .arg(at);
        break;
    }
    out += end + u'\n';
    return out;
}

} // namespace sd
