// SPDX-License-Identifier: MIT
// The simulation engine: one record walks one path of the sequence's tree, each step starting
// where the previous one ended (spec sequence-simulation.md, sections 2, 4 and 7).
#include "simulation/simulator.h"

#include "profile.h"
#include "sequence.h"
#include "steptype.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace sd {

namespace {

constexpr Minutes never = std::numeric_limits<Minutes>::max();
// A draft's duration beyond the scenario limit (100 years) counts as that limit, so no
// run walks through millennia day by day.
constexpr Minutes maxStepDuration = scenarioLimits::maxDuration;

enum class Kind {
    Manual,    // email, textMessage, phoneCall, task, LinkedIn
    Automated, // automatedEmail, automatedTextMessage, abTest
    Wait,
    EmailCondition,
    CallCondition,
    FieldCondition,
    StageCondition,
    UpdateField,
    Advance,
};

Kind kindOf(const QString &type)
{
    if (type == u"wait")
        return Kind::Wait;
    if (type == u"emailCondition")
        return Kind::EmailCondition;
    if (type == u"callCondition")
        return Kind::CallCondition;
    if (type == u"fieldCondition")
        return Kind::FieldCondition;
    if (type == u"stageCondition")
        return Kind::StageCondition;
    if (type == u"updateField")
        return Kind::UpdateField;
    if (type == u"advanceToSequence")
        return Kind::Advance;
    return StepCatalogue::isAutomated(type) ? Kind::Automated : Kind::Manual;
}

// `{ days, hours }` as written: a missing part counts 0, a negative total 0.
Minutes durationOf(const QJsonObject &o)
{
    const double total = o.value(QLatin1String("days")).toDouble() * minutesPerDay +
                         o.value(QLatin1String("hours")).toDouble() * 60;
    if (!(total > 0))
        return 0;
    return Minutes(std::min(total, double(maxStepDuration)));
}

QStringList stringsOf(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray()) {
        if (e.isString())
            out.append(e.toString());
    }
    return out;
}

struct EmailSent
{
    const Step *step = nullptr;
    const StepBehaviour *behaviour = nullptr;
    bool sent = false;
    Minutes at = 0;
};

struct CallMade
{
    const Step *step = nullptr;
    bool skipped = false;
    std::optional<QString> outcome;
};

} // namespace

QString statusKey(StepStatus status)
{
    switch (status) {
    case StepStatus::Done:
        return QStringLiteral("done");
    case StepStatus::Skipped:
        return QStringLiteral("skipped");
    case StepStatus::Sent:
        return QStringLiteral("sent");
    case StepStatus::Waited:
        return QStringLiteral("waited");
    case StepStatus::Yes:
        return QStringLiteral("yes");
    case StepStatus::No:
        return QStringLiteral("no");
    case StepStatus::Updated:
        return QStringLiteral("updated");
    case StepStatus::Advanced:
        return QStringLiteral("advanced");
    case StepStatus::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

QString reasonKey(EndReason reason)
{
    switch (reason) {
    case EndReason::Completed:
        return QStringLiteral("completed");
    case EndReason::Replied:
        return QStringLiteral("replied");
    case EndReason::Advanced:
        return QStringLiteral("advanced");
    }
    return {};
}

Simulator::Simulator(const Sequence &sequence, const Profile &profile, const ZoneClock &clock)
    : m_sequence(sequence), m_profile(profile), m_clock(clock)
{
}

SimulationResult Simulator::run(const Scenario &scenario) const
{
    SimulationResult result;
    result.start = scenario.start.value_or(0);
    const bool workingTime = m_sequence.options.skipNonWorkingDays;
    const bool exitOnReply = m_sequence.options.exitOnEmailReply;
    const RecordType *recordType = m_profile.recordType(m_sequence.recordType);
    QJsonObject fields = scenario.fields;

    Minutes t = result.start;
    Minutes reply = never; // the first reply to an email sent so far
    std::optional<EmailSent> lastEmail;
    std::optional<CallMade> lastCall;
    int emailsReached = 0;
    int callsReached = 0;
    static const StepBehaviour nothing;

    // Persona rules apply to a step the scenario does not name (docs/simulation.md).
    auto behaviourOf = [&](const Step &step, const char *first, const char *every,
                           int reached) -> const StepBehaviour & {
        if (const auto it = scenario.steps.constFind(step.id); it != scenario.steps.cend())
            return it.value();
        if (reached == 0) {
            if (const auto it = scenario.personaSteps.constFind(QLatin1String(first));
                it != scenario.personaSteps.cend())
                return it.value();
        }
        if (const auto it = scenario.personaSteps.constFind(QLatin1String(every));
            it != scenario.personaSteps.cend())
            return it.value();
        return nothing;
    };

    QString current = m_sequence.start;
    for (qsizetype guard = 0; !current.isEmpty() && guard <= m_sequence.stepCount(); ++guard) {
        const Step *step = m_sequence.step(current);
        if (!step)
            break;
        const Kind kind = kindOf(step->type);
        const bool activity = kind == Kind::Manual || kind == Kind::Automated;
        const Minutes start = activity && workingTime ? m_clock.nextWorkingStart(t) : t;
        // No step starts at or after the reply that ends the run.
        if (exitOnReply && start >= reply) {
            result.reason = EndReason::Replied;
            result.end = reply;
            return result;
        }

        const bool isEmail = StepCatalogue::isEmailStep(step->type);
        const bool isCall = step->type == u"phoneCall";
        const StepBehaviour &behaviour =
            isEmail  ? behaviourOf(*step, "firstEmail", "email", emailsReached)
            : isCall ? behaviourOf(*step, "firstPhoneCall", "phoneCall", callsReached)
                     : behaviourOf(*step, "", "activity", 1);
        StepRun run{step, start, start, StepStatus::Done, {}};
        Branch branch = Branch::Next;
        switch (kind) {
        case Kind::Manual:
            run.end = start + behaviour.completeAfter.value_or(scenario.sellerCompleteAfter);
            run.status = behaviour.skip.value_or(false) ? StepStatus::Skipped : StepStatus::Done;
            break;
        case Kind::Automated:
            run.status = StepStatus::Sent;
            if (step->type == u"abTest") {
                const QString version =
                    behaviour.version.value_or(step->params.value(QLatin1String("defaultVersion"))
                                                   .toString(QStringLiteral("A")));
                run.version = version == u"B" ? u'B' : u'A';
            }
            break;
        case Kind::Wait: {
            const Minutes length = durationOf(step->params);
            run.end = workingTime ? m_clock.addWorkingMinutes(start, length) : start + length;
            run.status = StepStatus::Waited;
            break;
        }
        case Kind::EmailCondition: {
            const Minutes deadline =
                start + durationOf(step->params.value(QLatin1String("within")).toObject());
            bool met = false;
            Minutes at = 0;
            if (lastEmail && !lastEmail->sent) { // skipped: never sent
                run.end = start;
            } else {
                run.end = deadline;
                const QStringList events = stringsOf(step->params.value(QLatin1String("events")));
                const bool all = step->params.value(QLatin1String("match")).toString() == u"all";
                if (lastEmail && !events.isEmpty() && lastEmail->behaviour->events) {
                    const QMap<QString, Minutes> &happen = *lastEmail->behaviour->events;
                    met = all;
                    at = all ? std::numeric_limits<Minutes>::min() : never;
                    for (const QString &e : events) {
                        const auto it = happen.constFind(e);
                        if (it == happen.cend()) {
                            if (all) {
                                met = false;
                                break;
                            }
                            continue;
                        }
                        const Minutes when = lastEmail->at + it.value();
                        at = all ? std::max(at, when) : std::min(at, when);
                        met = true;
                    }
                }
                if (met && at <= deadline) {
                    run.status = StepStatus::Yes;
                    if (step->params.value(QLatin1String("advanceImmediately")).toBool())
                        run.end = std::max(start, at);
                } else {
                    met = false;
                }
            }
            if (!met)
                run.status = StepStatus::No;
            branch = met ? Branch::Yes : Branch::No;
            break;
        }
        case Kind::CallCondition: {
            const QStringList outcomes = stringsOf(step->params.value(QLatin1String("outcomes")));
            const bool yes = lastCall && !lastCall->skipped && lastCall->outcome &&
                             outcomes.contains(*lastCall->outcome);
            run.status = yes ? StepStatus::Yes : StepStatus::No;
            branch = yes ? Branch::Yes : Branch::No;
            break;
        }
        case Kind::FieldCondition: {
            const bool yes = evaluateGroup(step->params, fields, recordType);
            run.status = yes ? StepStatus::Yes : StepStatus::No;
            branch = yes ? Branch::Yes : Branch::No;
            break;
        }
        case Kind::StageCondition: {
            const bool yes =
                scenario.stage &&
                scenario.stage->process ==
                    step->params.value(QLatin1String("process")).toString(QStringLiteral("\n")) &&
                stringsOf(step->params.value(QLatin1String("stages")))
                    .contains(scenario.stage->stage);
            run.status = yes ? StepStatus::Yes : StepStatus::No;
            branch = yes ? Branch::Yes : Branch::No;
            break;
        }
        case Kind::UpdateField:
            run.status = StepStatus::Updated;
            break;
        case Kind::Advance:
            run.status = StepStatus::Advanced;
            break;
        }

        // A step still running when the reply comes is stopped, and nothing it would do happens.
        if (exitOnReply && run.end > reply) {
            run.end = reply;
            run.status = StepStatus::Stopped;
            result.steps.append(run);
            result.reason = EndReason::Replied;
            result.end = reply;
            return result;
        }
        result.steps.append(run);
        t = run.end;

        if (isEmail) {
            ++emailsReached;
            const bool sent = run.status == StepStatus::Sent || run.status == StepStatus::Done;
            lastEmail = EmailSent{step, &behaviour, sent, run.end};
            if (sent && behaviour.events) {
                if (const auto it = behaviour.events->constFind(QStringLiteral("replied"));
                    it != behaviour.events->cend())
                    reply = std::min(reply, run.end + it.value());
            }
        } else if (isCall) {
            ++callsReached;
            lastCall = CallMade{step, run.status == StepStatus::Skipped, behaviour.outcome};
        } else if (kind == Kind::UpdateField) {
            const QString field = step->params.value(QLatin1String("field")).toString();
            const QJsonValue value = step->params.value(QLatin1String("value"));
            if (!field.isEmpty()) {
                if (value.isUndefined() || value.isNull())
                    fields.remove(field);
                else
                    fields.insert(field, value);
            }
        } else if (kind == Kind::Advance) {
            const QJsonValue target = step->params.value(QLatin1String("sequence"));
            if (target.isString())
                result.target = target.toString();
            result.reason = EndReason::Advanced;
            result.end = t;
            return result;
        }
        current = step->link(branch);
    }
    result.reason = EndReason::Completed;
    result.end = t;
    return result;
}

QJsonObject simulationToJson(const SimulationResult &result, const Sequence &sequence,
                             const Scenario &scenario, const ZoneClock &clock)
{
    QJsonArray steps;
    for (const StepRun &run : result.steps) {
        QJsonObject o{{"step", run.step->id},
                      {"type", run.step->type},
                      {"start", clock.format(run.start)},
                      {"end", clock.format(run.end)},
                      {"status", statusKey(run.status)}};
        if (!run.version.isNull())
            o.insert(QLatin1String("version"), QString(run.version));
        steps.append(o);
    }
    QJsonObject end{{"at", clock.format(result.end)}, {"reason", reasonKey(result.reason)}};
    if (result.reason == EndReason::Advanced)
        end.insert(QLatin1String("target"),
                   result.target ? QJsonValue(*result.target) : QJsonValue(QJsonValue::Null));
    return QJsonObject{
        {"sequence",
         sequence.id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(sequence.id)},
        {"scenario", scenario.name ? QJsonValue(*scenario.name) : QJsonValue(QJsonValue::Null)},
        {"start", clock.format(result.start)},
        {"end", end},
        {"steps", steps}};
}

} // namespace sd
