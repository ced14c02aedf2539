// SPDX-License-Identifier: MIT
// The simulation engine: one record walks one path of the sequence's tree, each step starting
// where the previous one ended (spec sequence-simulation.md, sections 2, 4 and 7).
#include "simulation/simulator.h"

#include "profile.h"
#include "sequence.h"
#include "simulation/fieldcondition.h"
#include "steptype.h"

#include <QHash>
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
    const StepBehaviour *behaviour = nullptr;
    bool sent = false;
    Minutes at = 0;
};

struct CallMade
{
    bool skipped = false;
    const std::optional<QString> *outcome = nullptr;
};

} // namespace

// A step with its links as indexes and its parameters as the engine reads them.
struct Simulator::Node
{
    const Step *step = nullptr;
    Kind kind = Kind::Manual;
    bool email = false; // an email step: email, automatedEmail, abTest
    bool call = false;  // phoneCall
    bool abTest = false;
    int next = -1;
    int yes = -1;
    int no = -1;
    Minutes duration = 0; // wait: its length; emailCondition: `within`
    QStringList names;    // emailCondition: events; callCondition: outcomes; stages
    bool matchAll = false;
    bool advanceImmediately = false;
    std::optional<QString> process;               // stageCondition
    QString field;                                // updateField
    QJsonValue value;                             // updateField (Undefined: empty the field)
    QString defaultVersion = QStringLiteral("A"); // a draft's as written
    std::optional<QString> target;                // advanceToSequence
    CompiledCondition condition;                  // fieldCondition
};

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
    : m_sequence(sequence), m_clock(clock)
{
    const RecordType *recordType = profile.recordType(sequence.recordType);
    const QList<Step> &steps = sequence.steps();
    QHash<QString, int> index;
    for (qsizetype i = steps.size() - 1; i >= 0; --i)
        index.insert(steps[i].id, int(i)); // the first of duplicate ids, as Sequence::step()
    const auto link = [&](const QString &id) { return id.isEmpty() ? -1 : index.value(id, -1); };
    m_start = link(sequence.start);
    m_nodes.resize(size_t(steps.size()));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Step &step = steps[i];
        const QJsonObject &p = step.params;
        Node &n = m_nodes[size_t(i)];
        n.step = &step;
        n.kind = kindOf(step.type);
        n.email = StepCatalogue::isEmailStep(step.type);
        n.call = step.type == u"phoneCall";
        n.abTest = step.type == u"abTest";
        n.next = link(step.next);
        n.yes = link(step.yes);
        n.no = link(step.no);
        switch (n.kind) {
        case Kind::Wait:
            n.duration = durationOf(p);
            break;
        case Kind::EmailCondition:
            n.duration = durationOf(p.value(QLatin1String("within")).toObject());
            n.names = stringsOf(p.value(QLatin1String("events")));
            n.matchAll = p.value(QLatin1String("match")).toString() == u"all";
            n.advanceImmediately = p.value(QLatin1String("advanceImmediately")).toBool();
            break;
        case Kind::CallCondition:
            n.names = stringsOf(p.value(QLatin1String("outcomes")));
            break;
        case Kind::StageCondition:
            if (p.value(QLatin1String("process")).isString())
                n.process = p.value(QLatin1String("process")).toString();
            n.names = stringsOf(p.value(QLatin1String("stages")));
            break;
        case Kind::FieldCondition:
            n.condition = CompiledCondition(p, recordType);
            break;
        case Kind::UpdateField:
            n.field = p.value(QLatin1String("field")).toString();
            n.value = p.value(QLatin1String("value"));
            if (n.value.isNull())
                n.value = QJsonValue(QJsonValue::Undefined);
            break;
        case Kind::Advance:
            if (p.value(QLatin1String("sequence")).isString())
                n.target = p.value(QLatin1String("sequence")).toString();
            break;
        case Kind::Automated:
            // A draft is simulated as written (spec section 7): "C" stays "C".
            if (const QString v = p.value(QLatin1String("defaultVersion")).toString(); !v.isEmpty())
                n.defaultVersion = v;
            break;
        case Kind::Manual:
            break;
        }
    }
}

Simulator::~Simulator() = default;

SimulationResult Simulator::run(const Scenario &scenario) const
{
    SimulationResult result;
    result.start = scenario.start.value_or(0);
    result.steps.reserve(qsizetype(std::min<size_t>(m_nodes.size(), 64)));
    const bool workingTime = m_sequence.options.skipNonWorkingDays;
    const bool exitOnReply = m_sequence.options.exitOnEmailReply;
    QJsonObject fields = scenario.fields;

    Minutes t = result.start;
    Minutes reply = never; // the first reply to an email sent so far
    std::optional<EmailSent> lastEmail;
    std::optional<CallMade> lastCall;
    int emailsReached = 0;
    int callsReached = 0;
    static const StepBehaviour nothing;
    const bool named = !scenario.steps.isEmpty();
    const bool persona = !scenario.personaSteps.isEmpty();

    // Persona rules apply to a step the scenario does not name (docs/simulation.md).
    const auto behaviourOf = [&](const Step &step, QLatin1StringView first, QLatin1StringView every,
                                 bool isFirst) -> const StepBehaviour & {
        if (named) {
            if (const auto it = scenario.steps.constFind(step.id); it != scenario.steps.cend())
                return it.value();
        }
        if (!persona)
            return nothing;
        if (isFirst) {
            if (const auto it = scenario.personaSteps.constFind(first);
                it != scenario.personaSteps.cend())
                return it.value();
        }
        if (const auto it = scenario.personaSteps.constFind(every);
            it != scenario.personaSteps.cend())
            return it.value();
        return nothing;
    };

    int current = m_start;
    for (size_t guard = 0; current >= 0 && guard <= m_nodes.size(); ++guard) {
        const Node &node = m_nodes[size_t(current)];
        const Step &step = *node.step;
        const bool activity = node.kind == Kind::Manual || node.kind == Kind::Automated;
        const Minutes start = activity && workingTime ? m_clock.nextWorkingStart(t) : t;
        // No step starts at or after the reply that ends the run.
        if (exitOnReply && start >= reply) {
            result.reason = EndReason::Replied;
            result.end = reply;
            return result;
        }

        const StepBehaviour &behaviour =
            node.email  ? behaviourOf(step, QLatin1StringView("firstEmail"),
                                      QLatin1StringView("email"), emailsReached == 0)
            : node.call ? behaviourOf(step, QLatin1StringView("firstPhoneCall"),
                                      QLatin1StringView("phoneCall"), callsReached == 0)
            : node.kind == Kind::Manual
                ? behaviourOf(step, {}, QLatin1StringView("activity"), false)
                : nothing;
        StepRun run{&step, current, node.kind == Kind::Manual, start, start, StepStatus::Done, {}};
        int branch = node.next;
        switch (node.kind) {
        case Kind::Manual:
            run.end = start + behaviour.completeAfter.value_or(scenario.sellerCompleteAfter);
            run.status = behaviour.skip.value_or(false) ? StepStatus::Skipped : StepStatus::Done;
            break;
        case Kind::Automated:
            run.status = StepStatus::Sent;
            if (node.abTest) {
                run.version = node.defaultVersion;
                if (behaviour.version)
                    run.version =
                        *behaviour.version == u"B" ? QStringLiteral("B") : QStringLiteral("A");
            }
            break;
        case Kind::Wait:
            run.end = workingTime ? m_clock.addWorkingMinutes(start, node.duration)
                                  : start + node.duration;
            run.status = StepStatus::Waited;
            break;
        case Kind::EmailCondition: {
            const Minutes deadline = start + node.duration;
            bool met = false;
            Minutes at = 0;
            if (lastEmail && !lastEmail->sent) { // skipped: never sent
                run.end = start;
            } else {
                run.end = deadline;
                if (lastEmail && !node.names.isEmpty() && lastEmail->behaviour->events) {
                    const QMap<QString, Minutes> &happen = *lastEmail->behaviour->events;
                    met = node.matchAll;
                    at = node.matchAll ? std::numeric_limits<Minutes>::min() : never;
                    for (const QString &e : node.names) {
                        const auto it = happen.constFind(e);
                        if (it == happen.cend()) {
                            if (node.matchAll) {
                                met = false;
                                break;
                            }
                            continue;
                        }
                        const Minutes when = lastEmail->at + it.value();
                        at = node.matchAll ? std::max(at, when) : std::min(at, when);
                        met = true;
                    }
                }
                if (met && at <= deadline) {
                    if (node.advanceImmediately)
                        run.end = std::max(start, at);
                } else {
                    met = false;
                }
            }
            run.status = met ? StepStatus::Yes : StepStatus::No;
            branch = met ? node.yes : node.no;
            break;
        }
        case Kind::CallCondition: {
            const bool yes = lastCall && !lastCall->skipped && *lastCall->outcome &&
                             node.names.contains(**lastCall->outcome);
            run.status = yes ? StepStatus::Yes : StepStatus::No;
            branch = yes ? node.yes : node.no;
            break;
        }
        case Kind::FieldCondition: {
            const bool yes = node.condition.holds(fields);
            run.status = yes ? StepStatus::Yes : StepStatus::No;
            branch = yes ? node.yes : node.no;
            break;
        }
        case Kind::StageCondition: {
            // Process and stage names compare exactly, as the profile spells them.
            const bool yes = scenario.stage && node.process &&
                             scenario.stage->process == *node.process &&
                             node.names.contains(scenario.stage->stage);
            run.status = yes ? StepStatus::Yes : StepStatus::No;
            branch = yes ? node.yes : node.no;
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

        if (node.email) {
            ++emailsReached;
            const bool sent = run.status == StepStatus::Sent || run.status == StepStatus::Done;
            lastEmail = EmailSent{&behaviour, sent, run.end};
            if (sent && behaviour.events) {
                if (const auto it = behaviour.events->constFind(QStringLiteral("replied"));
                    it != behaviour.events->cend())
                    reply = std::min(reply, run.end + it.value());
            }
        } else if (node.call) {
            ++callsReached;
            lastCall = CallMade{run.status == StepStatus::Skipped, &behaviour.outcome};
        } else if (node.kind == Kind::UpdateField) {
            // Without a value the field becomes empty.
            if (!node.field.isEmpty()) {
                if (node.value.isUndefined())
                    fields.remove(node.field);
                else
                    fields.insert(node.field, node.value);
            }
        } else if (node.kind == Kind::Advance) {
            result.target = node.target;
            result.reason = EndReason::Advanced;
            result.end = t;
            return result;
        }
        current = branch;
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
            o.insert(QLatin1String("version"), run.version);
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
