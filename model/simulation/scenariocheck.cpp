// SPDX-License-Identifier: MIT
// The scenario checks that need the sequence and the profile (spec section 7):
// scenario.unknownStep and scenario.unknownValue.
#include "profile.h"
#include "sequence.h"
#include "simulation/scenario.h"
#include "simulation/simulationtext.h"
#include "steptype.h"

#include <QDate>

#include <cmath>

namespace sd {

namespace {

Diagnostic unknownValue(const QString &message, const QString &stepId = {})
{
    return {QStringLiteral("scenario.unknownValue"), Severity::Error, stepId, message, {}};
}

bool isManualActivity(const QString &type)
{
    return StepCatalogue::isActivity(type) && !StepCatalogue::isAutomated(type);
}

QString quoted(const QJsonValue &v)
{
    if (v.isString())
        return u'"' + v.toString().left(80) + u'"';
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.isArray() ? ScenarioText::tr("an array") : ScenarioText::tr("an object");
}

// Whether a record value fits a field of the profile (file format section 3, `updateField`).
bool fitsField(const Field &field, const QJsonValue &v)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::User:
        return v.isString();
    case FieldType::Number:
        return v.isDouble();
    case FieldType::Date: {
        const QString text = v.toString();
        return v.isString() && text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
    }
    case FieldType::YesNo:
        return v.isBool();
    case FieldType::Choice: {
        const double d = v.toDouble();
        return v.isDouble() && d == std::floor(d) && std::abs(d) < 2147483648.0 &&
               field.option(int(d));
    }
    }
    return false;
}

QString expectedValue(const Field &field)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::User:
        return ScenarioText::tr("a string");
    case FieldType::Number:
        return ScenarioText::tr("a number");
    case FieldType::Date:
        return ScenarioText::tr("a date \"YYYY-MM-DD\"");
    case FieldType::YesNo:
        return ScenarioText::tr("true or false");
    case FieldType::Choice: {
        QStringList numbers;
        for (const ChoiceOption &o : field.options)
            numbers.append(QString::number(o.value));
        return ScenarioText::tr("one of the option numbers %1").arg(numbers.join(u", "));
    }
    }
    return {};
}

void checkBehaviour(const Step &step, const StepBehaviour &b, const Profile &profile,
                    Diagnostics *out)
{
    const QString &type = step.type;
    const auto misplaced = [&](const char *key, const QString &appliesTo) {
        out->append(unknownValue(
            ScenarioText::tr("$.steps.%1.%2: the step \"%1\" is a %3 step, and \"%2\" applies "
                             "only to %4. Remove \"%2\", or give it to another step.")
                .arg(step.id, QString::fromLatin1(key), type, appliesTo),
            step.id));
    };
    const bool manual = isManualActivity(type);
    if (b.completeAfter && !manual)
        misplaced("completeAfter", ScenarioText::tr("activities the seller does"));
    if (b.skip && !manual)
        misplaced("skip", ScenarioText::tr("activities the seller does"));
    if (b.events && !StepCatalogue::isEmailStep(type))
        misplaced("events", ScenarioText::tr("email steps (email, automatedEmail, abTest)"));
    if (b.outcome && type != u"phoneCall")
        misplaced("outcome", ScenarioText::tr("phoneCall steps"));
    if (b.version && type != u"abTest")
        misplaced("version", ScenarioText::tr("abTest steps"));
    const QMap<QString, Minutes> events = b.events.value_or(QMap<QString, Minutes>());
    for (auto it = events.begin(); it != events.end(); ++it) {
        if (!StepCatalogue::emailEvents().contains(it.key()))
            out->append(unknownValue(
                ScenarioText::tr("$.steps.%1.events: \"%2\" is not an email event. Use opened, "
                                 "replied, linkClicked or attachmentDownloaded.")
                    .arg(step.id, it.key()),
                step.id));
    }
    if (b.outcome && type == u"phoneCall" && !profile.hasCallResult(*b.outcome)) {
        QStringList results;
        for (const CallResult &c : profile.callResults)
            results.append(c.value);
        out->append(unknownValue(
            ScenarioText::tr("$.steps.%1.outcome: the profile has no call result \"%2\". Use one "
                             "of: %3.")
                .arg(step.id, *b.outcome, results.join(u", ")),
            step.id));
    }
    if (b.version && type == u"abTest" && *b.version != u"A" && *b.version != u"B")
        out->append(unknownValue(
            ScenarioText::tr("$.steps.%1.version is \"%2\"; an A/B test has the versions \"A\" "
                             "and \"B\". Write one of them.")
                .arg(step.id, *b.version),
            step.id));
}

} // namespace

Diagnostics checkScenario(const Scenario &scenario, const Sequence &sequence,
                          const Profile &profile, bool startGiven)
{
    Diagnostics out;
    if (!scenario.start && !startGiven)
        out.append({QStringLiteral("scenario.schema"),
                    Severity::Error,
                    {},
                    ScenarioText::tr("$.start is missing. Add when the record enters the sequence, "
                                     "e.g. \"start\": \"2026-12-07T09:00:00+01:00\", or give "
                                     "--start."),
                    {}});
    const RecordType *recordType = profile.recordType(sequence.recordType);
    for (auto it = scenario.fields.begin(); it != scenario.fields.end(); ++it) {
        const Field *field = recordType ? recordType->field(it.key()) : nullptr;
        if (!field) {
            out.append(unknownValue(
                ScenarioText::tr("$.record.fields: the record type \"%1\" has no field \"%2\" in "
                                 "the profile. Use a field's logical name, or remove it.")
                    .arg(sequence.recordType, it.key())));
        } else if (!fitsField(*field, it.value())) {
            out.append(unknownValue(
                ScenarioText::tr("$.record.fields.%1 is %2, but the field takes %3. Correct the "
                                 "value.")
                    .arg(it.key(), quoted(it.value()), expectedValue(*field))));
        }
    }
    if (scenario.stage) {
        const ProcessFlow *process =
            recordType ? recordType->process(scenario.stage->process) : nullptr;
        if (!process)
            out.append(unknownValue(
                ScenarioText::tr("$.record.stage.process: the record type \"%1\" has no business "
                                 "process flow \"%2\" in the profile. Write its name as the "
                                 "profile spells it.")
                    .arg(sequence.recordType, scenario.stage->process)));
        else if (!process->stages.contains(scenario.stage->stage))
            out.append(unknownValue(
                ScenarioText::tr("$.record.stage.stage: the process \"%1\" has no stage \"%2\". "
                                 "Use one of: %3.")
                    .arg(process->name, scenario.stage->stage, process->stages.join(u", "))));
    }
    for (auto it = scenario.steps.begin(); it != scenario.steps.end(); ++it) {
        const Step *step = sequence.step(it.key());
        if (!step) {
            out.append({QStringLiteral("scenario.unknownStep"), Severity::Error, it.key(),
                        ScenarioText::tr("$.steps: the sequence has no step \"%1\". Use the id of "
                                         "one of its steps, or remove the entry.")
                            .arg(it.key()),
                        sequence.id});
            continue;
        }
        checkBehaviour(*step, it.value(), profile, &out);
    }
    for (Diagnostic &d : out)
        d.sequenceId = sequence.id;
    return out;
}

} // namespace sd
