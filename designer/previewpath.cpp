// SPDX-License-Identifier: MIT
// The run's path on the canvas: which cards it reaches, on which day, why each condition took
// its branch, and the scenario edit that makes a condition take the other one.
#include "previewpath.h"

#include "previewtimeline.h"
#include "sequence.h"
#include "stepsummary.h"
#include "steptype.h"

#include <QJsonArray>

namespace sd {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

Minutes withinOf(const Step &step)
{
    const QJsonObject w = step.params.value(QLatin1String("within")).toObject();
    return Minutes(w.value(QLatin1String("days")).toInt()) * minutesPerDay +
           w.value(QLatin1String("hours")).toInt() * 60 + w.value(QLatin1String("minutes")).toInt();
}

QString spanText(Minutes m)
{
    const int days = int(m / minutesPerDay);
    const int hours = int(m % minutesPerDay / 60);
    if (days == 0 && hours == 0)
        return PreviewTimeline::tr("%n minute(s)", nullptr, int(m));
    return durationText(days, hours);
}

QString eventText(const QString &event)
{
    if (event == u"opened")
        return PreviewTimeline::tr("Opened");
    if (event == u"replied")
        return PreviewTimeline::tr("Replied");
    if (event == u"linkClicked")
        return PreviewTimeline::tr("Clicked a link");
    if (event == u"attachmentDownloaded")
        return PreviewTimeline::tr("Downloaded the attachment");
    return event;
}

bool isEmail(const StepRun &run)
{
    return StepCatalogue::isEmailStep(run.step->type);
}

bool isCall(const StepRun &run)
{
    return run.step->type == u"phoneCall";
}

// The run of the nearest step above `index` that `is` picks, -1 for none.
qsizetype lastBefore(const SimulationResult &result, qsizetype index, bool (*is)(const StepRun &))
{
    for (qsizetype j = index - 1; j >= 0; --j) {
        if (is(result.steps[j]))
            return j;
    }
    return -1;
}

QString arrow(StepStatus status)
{
    return status == StepStatus::Yes ? PreviewTimeline::tr("→ Yes") : PreviewTimeline::tr("→ No");
}

QString emailReason(const SimulationResult &result, qsizetype index, const Scenario &scenario)
{
    const StepRun &run = result.steps[index];
    const qsizetype j = lastBefore(result, index, isEmail);
    if (j < 0)
        return PreviewTimeline::tr("No email above it %1").arg(arrow(run.status));
    const StepRun &email = result.steps[j];
    if (email.status == StepStatus::Skipped)
        return PreviewTimeline::tr("The email was skipped, never sent %1").arg(arrow(run.status));
    const Minutes within = withinOf(*run.step);
    const StepBehaviour b = behaviourAt(result, j, scenario);
    QStringList seen;
    for (const QString &e : strings(run.step->params.value(QLatin1String("events")))) {
        if (b.events && b.events->contains(e))
            seen.append(
                PreviewTimeline::tr("%1 after %2").arg(eventText(e), spanText(b.events->value(e))));
    }
    if (seen.isEmpty())
        return PreviewTimeline::tr("Nothing within %1 %2").arg(spanText(within), arrow(run.status));
    return run.status == StepStatus::Yes
               ? PreviewTimeline::tr("%1, within %2 %3")
                     .arg(seen.join(QStringLiteral(", ")), spanText(within), arrow(run.status))
               : PreviewTimeline::tr("%1, not within %2 %3")
                     .arg(seen.join(QStringLiteral(", ")), spanText(within), arrow(run.status));
}

} // namespace

StepBehaviour behaviourAt(const SimulationResult &result, qsizetype index, const Scenario &scenario)
{
    const StepRun &run = result.steps[index];
    if (const auto it = scenario.steps.constFind(run.step->id); it != scenario.steps.cend())
        return *it;
    const bool email = isEmail(run);
    const bool call = isCall(run);
    if (!email && !call && !run.manual)
        return {};
    bool first = true;
    for (qsizetype j = 0; j < index && first; ++j)
        first = !(email ? isEmail(result.steps[j]) : isCall(result.steps[j]));
    const QString every = email  ? QStringLiteral("email")
                          : call ? QStringLiteral("phoneCall")
                                 : QStringLiteral("activity");
    const QString firstKey =
        email ? QStringLiteral("firstEmail") : QStringLiteral("firstPhoneCall");
    if ((email || call) && first && scenario.personaSteps.contains(firstKey))
        return scenario.personaSteps.value(firstKey);
    return scenario.personaSteps.value(every);
}

QString conditionReason(const SimulationResult &result, qsizetype index, const Scenario &scenario)
{
    const StepRun &run = result.steps[index];
    const QString &type = run.step->type;
    if (type == u"emailCondition")
        return emailReason(result, index, scenario);
    if (type == u"callCondition") {
        const qsizetype j = lastBefore(result, index, isCall);
        const StepBehaviour b = j >= 0 ? behaviourAt(result, j, scenario) : StepBehaviour{};
        if (j < 0 || result.steps[j].status == StepStatus::Skipped || !b.outcome)
            return PreviewTimeline::tr("No call outcome %1").arg(arrow(run.status));
        return PreviewTimeline::tr("Call outcome: %1 %2").arg(*b.outcome, arrow(run.status));
    }
    if (type == u"stageCondition")
        return scenario.stage
                   ? PreviewTimeline::tr("The record is at the stage %1 %2")
                         .arg(scenario.stage->stage, arrow(run.status))
                   : PreviewTimeline::tr("The record has no stage %1").arg(arrow(run.status));
    return run.status == StepStatus::Yes
               ? PreviewTimeline::tr("The record's fields match %1").arg(arrow(run.status))
               : PreviewTimeline::tr("The record's fields do not match %1").arg(arrow(run.status));
}

QHash<QString, QVariantMap> previewMarks(const SimulationResult &result, const Sequence &sequence,
                                         const Scenario &scenario, const ZoneClock &clock)
{
    QHash<QString, QVariantMap> marks;
    marks.reserve(sequence.steps().size() + 1);
    marks.insert(
        QString(),
        {{"reached", true}, {"day", 1}, {"when", dayAndTime(clock, result.start, result.start)}});
    for (const Step &step : sequence.steps())
        marks.insert(step.id, {{"dimmed", true}});
    for (qsizetype i = 0; i < result.steps.size(); ++i) {
        const StepRun &run = result.steps[i];
        QVariantMap mark{{"reached", true},
                         {"day", int(clock.localDay(run.start) - clock.localDay(result.start)) + 1},
                         {"status", statusKey(run.status)},
                         {"when", dayAndTime(clock, result.start, run.start)}};
        if (run.status == StepStatus::Yes || run.status == StepStatus::No) {
            mark.insert("branch", run.status == StepStatus::Yes ? "yes" : "no");
            mark.insert("why", conditionReason(result, i, scenario));
        }
        marks.insert(run.step->id, mark);
    }
    return marks;
}

bool flipCondition(Scenario &scenario, const SimulationResult &result, const QString &conditionId,
                   QString *problem)
{
    qsizetype index = -1;
    for (qsizetype i = 0; i < result.steps.size() && index < 0; ++i) {
        if (result.steps[i].step->id == conditionId)
            index = i;
    }
    const auto refuse = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return false;
    };
    if (index < 0 || (result.steps[index].status != StepStatus::Yes &&
                      result.steps[index].status != StepStatus::No))
        return refuse(PreviewTimeline::tr("The run does not reach this condition, so there is "
                                          "nothing to change for it."));
    const StepRun &run = result.steps[index];
    const bool toYes = run.status == StepStatus::No;
    const QString &type = run.step->type;
    const QStringList names =
        strings(run.step->params.value(type == u"stageCondition"  ? QLatin1String("stages")
                                       : type == u"callCondition" ? QLatin1String("outcomes")
                                                                  : QLatin1String("events")));
    if (type == u"fieldCondition")
        return refuse(PreviewTimeline::tr("A field condition follows the record's fields: open a "
                                          "scenario with other field values to change it."));
    if (toYes && names.isEmpty())
        return refuse(PreviewTimeline::tr("The condition has nothing chosen to look for, so it "
                                          "can never be Yes: choose some in its properties."));
    if (type == u"stageCondition") {
        if (!toYes) {
            scenario.stage.reset();
            return true;
        }
        scenario.stage =
            RecordStage{run.step->params.value(QLatin1String("process")).toString(), names.first()};
        return true;
    }
    const bool email = type == u"emailCondition";
    const qsizetype j = lastBefore(result, index, email ? isEmail : isCall);
    if (j < 0)
        return refuse(email ? PreviewTimeline::tr("There is no email above this condition for the "
                                                  "customer to open or reply to.")
                            : PreviewTimeline::tr("There is no phone call above this condition."));
    StepBehaviour b = behaviourAt(result, j, scenario);
    if (toYes && result.steps[j].status == StepStatus::Skipped)
        b.skip = false;
    if (email) {
        QMap<QString, Minutes> events = b.events.value_or(QMap<QString, Minutes>());
        const Minutes soon = std::min<Minutes>(60, withinOf(*run.step));
        const bool all = run.step->params.value(QLatin1String("match")).toString() == u"all";
        for (const QString &e : names) {
            if (toYes && (all || e == names.first()))
                events.insert(e, soon);
            else if (!toYes)
                events.remove(e);
        }
        b.events = events;
    } else if (toYes) {
        b.outcome = names.first();
    } else {
        b.outcome.reset();
    }
    scenario.steps.insert(result.steps[j].step->id, b);
    return true;
}

} // namespace sd
