// SPDX-License-Identifier: MIT
// The parameters of every step of a known type against the catalogue and the profile
// (param.required, param.range, param.unknownValue, param.unknownTemplate). One switch on
// ParamKind; field rules and updateField live in fieldcheck.cpp. Labels and messages are built
// only when something is wrong: translating them for every step would dominate the run time.
#include "validatorparts.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace sd::check {

namespace {

constexpr int maxDurationHours = 30 * 24;

// One step under check.
struct StepContext
{
    const Step &step;
    const ProfileIndex &profile;
    Report &report;
    [[nodiscard]] QString label() const { return stepLabel(step); }
};

// Names a parameter, or a part of one ("Time limit: days"), for messages.
struct What
{
    const ParamSpec &spec;
    const char *part = nullptr; // marked with QT_TRANSLATE_NOOP("Validator", ...)

    [[nodiscard]] What with(const char *subPart) const { return {spec, subPart}; }
    [[nodiscard]] QString text() const
    {
        const QString base = paramLabel(spec);
        return part ? Validator::tr("%1: %2").arg(base, Validator::tr(part)) : base;
    }
};

const char *const daysPart = QT_TRANSLATE_NOOP("Validator", "days");
const char *const hoursPart = QT_TRANSLATE_NOOP("Validator", "hours");
const char *const namePart = QT_TRANSLATE_NOOP("Validator", "name");
const char *const templatePart = QT_TRANSLATE_NOOP("Validator", "email template");
const char *const atPart = QT_TRANSLATE_NOOP("Validator", "date and time");

void reportRequired(const StepContext &c, const What &what)
{
    c.report.error("param.required", c.step.id,
                   Validator::tr("The step \"%1\" needs \"%2\". Fill it in in the step's "
                                 "properties.")
                       .arg(c.label(), what.text()));
}

void reportWrongType(const StepContext &c, const What &what, const QString &expected)
{
    c.report.error("param.unknownValue", c.step.id,
                   Validator::tr("\"%2\" of the step \"%1\" is not %3. Enter it again in the "
                                 "step's properties.")
                       .arg(c.label(), what.text(), expected));
}

void reportNotInSet(const StepContext &c, const What &what, const QString &value,
                    const QStringList &allowed)
{
    c.report.error("param.unknownValue", c.step.id,
                   Validator::tr("\"%2\" of the step \"%1\" is \"%3\", which is not one of its "
                                 "values. Choose one of: %4.")
                       .arg(c.label(), what.text(), value, allowed.join(QStringLiteral(", "))));
}

// The value as an int when it is a whole number in [min, max].
std::optional<int> wholeNumber(const QJsonValue &v, int min, int max)
{
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::floor(d) || d < min || d > max)
        return std::nullopt;
    return int(d);
}

// A whole number in [min, max]; reports and returns nullopt otherwise.
std::optional<int> checkInteger(const StepContext &c, const What &what, const QJsonValue &v,
                                int min, int max)
{
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d)) {
        reportWrongType(c, what, Validator::tr("a whole number"));
        return std::nullopt;
    }
    const std::optional<int> n = wholeNumber(v, min, max);
    if (!n) {
        c.report.error("param.range", c.step.id,
                       Validator::tr("\"%2\" of the step \"%1\" is %3, but it must be between "
                                     "%4 and %5. Change it in the step's properties.")
                           .arg(c.label(), what.text(), QString::number(d), QString::number(min),
                                QString::number(max)));
    }
    return n;
}

void reportDurationRange(const StepContext &c, const What &what, int days, int hours)
{
    c.report.error("param.range", c.step.id,
                   Validator::tr("\"%2\" of the step \"%1\" is %3 days and %4 hours, but it must "
                                 "be at least 1 hour and at most 30 days. Change the days or "
                                 "hours.")
                       .arg(c.label(), what.text(), QString::number(days), QString::number(hours)));
}

// Days 0-30 and hours 0-23, together 1 hour to 30 days: a wait's params, or the object
// `within` of an email condition.
void checkDuration(const StepContext &c, const What &what, const QJsonValue &days,
                   const QJsonValue &hours)
{
    if (isAbsent(days))
        reportRequired(c, what.with(daysPart));
    if (isAbsent(hours))
        reportRequired(c, what.with(hoursPart));
    if (isAbsent(days) || isAbsent(hours))
        return;
    const std::optional<int> d = checkInteger(c, what.with(daysPart), days, 0, 30);
    const std::optional<int> h = checkInteger(c, what.with(hoursPart), hours, 0, 23);
    if (d && h && (*d * 24 + *h < 1 || *d * 24 + *h > maxDurationHours))
        reportDurationRange(c, what, *d, *h);
}

// A template name: only a given name is compared with the profile, and only as a warning,
// since templates live in the organisation.
void checkTemplate(const StepContext &c, const What &what, const QJsonValue &v, bool required,
                   bool email)
{
    if (!v.isString()) {
        reportWrongType(c, what, Validator::tr("a template name"));
        return;
    }
    const QString name = v.toString();
    if (QStringView(name).trimmed().isEmpty()) {
        if (required)
            reportRequired(c, what);
        return;
    }
    if ((email ? c.profile.emailTemplates : c.profile.smsTemplates).contains(name))
        return;
    const QString message =
        email ? Validator::tr("The step \"%1\" uses the email template \"%2\", which the "
                              "organisation profile does not list. Check the name, or choose "
                              "one of the profile's templates.")
              : Validator::tr("The step \"%1\" uses the text message template \"%2\", which the "
                              "organisation profile does not list. Check the name, or choose "
                              "one of the profile's templates.");
    c.report.warning("param.unknownTemplate", c.step.id, message.arg(c.label(), name));
}

// A list of names, each accepted by `known` (events, call results, stages); `allowed` lists
// them for the message.
template <typename Known>
void checkSet(const StepContext &c, const What &what, const QJsonValue &v, Known known,
              const QStringList &allowed)
{
    if (!v.isArray()) {
        reportWrongType(c, what, Validator::tr("a list"));
        return;
    }
    const QJsonArray items = v.toArray(); // const: iterating must not detach a copy
    for (const QJsonValue item : items) {
        if (!item.isString())
            reportWrongType(c, what, Validator::tr("a list of names"));
        else if (!known(item.toString()))
            reportNotInSet(c, what, item.toString(), allowed);
    }
}

void checkChoice(const StepContext &c, const What &what, const QJsonValue &v,
                 const QStringList &choices)
{
    if (!v.isString())
        reportWrongType(c, what, Validator::tr("one of: %1").arg(choices.join(u", ")));
    else if (!choices.contains(v.toString()))
        reportNotInSet(c, what, v.toString(), choices);
}

void checkAbVersion(const StepContext &c, const What &what, const QJsonValue &v)
{
    if (!v.isObject()) {
        reportWrongType(c, what, Validator::tr("a version with a name and a template"));
        return;
    }
    const QJsonObject version = v.toObject();
    const QJsonValue name = version.value(u"name");
    if (isAbsent(name) || isEmptyValue(name))
        reportRequired(c, what.with(namePart));
    else if (!name.isString())
        reportWrongType(c, what.with(namePart), Validator::tr("text"));
    const QJsonValue templ = version.value(u"template");
    if (isAbsent(templ))
        reportRequired(c, what.with(templatePart));
    else
        checkTemplate(c, what.with(templatePart), templ, true, true);
}

void checkAbEnd(const StepContext &c, const What &what, const QJsonValue &v)
{
    if (!v.isObject()) {
        reportWrongType(c, what, Validator::tr("an end mode"));
        return;
    }
    const QJsonObject end = v.toObject();
    const QJsonValue mode = end.value(u"mode");
    if (isAbsent(mode) || isEmptyValue(mode)) {
        reportRequired(c, what);
        return;
    }
    checkChoice(c, what, mode, what.spec.choices);
    if (mode.toString() != u"at")
        return;
    const QJsonValue at = end.value(u"at");
    if (isAbsent(at) || isEmptyValue(at)) {
        reportRequired(c, what.with(atPart));
        return;
    }
    const QString text = at.toString();
    const bool dateTime =
        at.isString() && text.contains(u'T') && QDateTime::fromString(text, Qt::ISODate).isValid();
    if (!dateTime)
        reportWrongType(c, what.with(atPart),
                        Validator::tr("an ISO 8601 date and time such as 2025-06-30T09:00:00Z"));
}

void checkProcess(const StepContext &c, const What &what, const QJsonValue &v)
{
    const RecordType *type = c.profile.recordType;
    if (!v.isString()) {
        reportWrongType(c, what, Validator::tr("the name of a business process flow"));
        return;
    }
    if (!type || type->process(v.toString()))
        return;
    QStringList names;
    for (const ProcessFlow &p : type->processes)
        names.append(p.name);
    reportNotInSet(c, what, v.toString(), names);
}

void checkStages(const StepContext &c, const What &what, const QJsonValue &v)
{
    const RecordType *type = c.profile.recordType;
    const ProcessFlow *process =
        type ? type->process(c.step.params.value(u"process").toString()) : nullptr;
    if (!process) { // the process is reported itself; its stages cannot be checked
        checkSet(c, what, v, [](const QString &) { return true; }, {});
        return;
    }
    checkSet(
        c, what, v, [process](const QString &s) { return process->stages.contains(s); },
        process->stages);
}

void checkFieldRulesParam(const StepContext &c, const What &what, const QJsonValue &v)
{
    if (!v.isArray()) {
        reportWrongType(c, what, Validator::tr("a list of rules"));
        return;
    }
    if (!c.profile.recordType)
        return; // the record type is reported once; its fields are unknown
    checkFieldRules(v, ConditionScope{c.profile.fields, &c.step}, c.report);
}

void checkParam(const StepContext &c, const ParamSpec &spec, const QJsonValue &v)
{
    const What what{spec};
    switch (spec.kind) {
    case ParamKind::EmailTemplate:
    case ParamKind::SmsTemplate:
        checkTemplate(c, what, v, spec.required, spec.kind == ParamKind::EmailTemplate);
        break;
    case ParamKind::Text:
    case ParamKind::SequenceRef:
        if (!v.isString())
            reportWrongType(c, what, Validator::tr("text"));
        break;
    case ParamKind::Days:
    case ParamKind::Hours:
    case ParamKind::Integer:
        (void)checkInteger(c, what, v, spec.min, spec.max);
        break;
    case ParamKind::Duration:
        if (v.isObject())
            checkDuration(c, what, v.toObject().value(u"days"), v.toObject().value(u"hours"));
        else
            reportWrongType(c, what, Validator::tr("a duration in days and hours"));
        break;
    case ParamKind::Choice:
        checkChoice(c, what, v, spec.choices);
        break;
    case ParamKind::ChoiceSet:
        checkSet(
            c, what, v, [&spec](const QString &s) { return spec.choices.contains(s); },
            spec.choices);
        break;
    case ParamKind::Bool:
        if (!v.isBool())
            reportWrongType(c, what, Validator::tr("true or false"));
        break;
    case ParamKind::CallResults:
        checkSet(
            c, what, v, [&c](const QString &s) { return c.profile.callResults.contains(s); },
            c.profile.callResultNames);
        break;
    case ParamKind::FieldRules:
        checkFieldRulesParam(c, what, v);
        break;
    case ParamKind::Process:
        checkProcess(c, what, v);
        break;
    case ParamKind::Stages:
        checkStages(c, what, v);
        break;
    case ParamKind::AbVersion:
        checkAbVersion(c, what, v);
        break;
    case ParamKind::AbEnd:
        checkAbEnd(c, what, v);
        break;
    case ParamKind::Field:
    case ParamKind::FieldValue:
        break; // as a pair, in checkUpdateField
    }
}

// A wait's days and hours are two params with one rule on their sum; a part out of its own
// range is reported by checkParam.
void checkWaitTotal(const StepContext &c)
{
    const std::optional<int> d = wholeNumber(c.step.params.value(u"days"), 0, 30);
    const std::optional<int> h = wholeNumber(c.step.params.value(u"hours"), 0, 23);
    if (!d || !h || (*d * 24 + *h >= 1 && *d * 24 + *h <= maxDurationHours))
        return;
    c.report.error("param.range", c.step.id,
                   Validator::tr("The wait \"%1\" lasts %2 days and %3 hours, but a wait lasts "
                                 "at least 1 hour and at most 30 days. Change its days or "
                                 "hours.")
                       .arg(c.label(), QString::number(*d), QString::number(*h)));
}

// checkUpdateField with each finding tagged "field" or "value": it reports at most one problem
// of the field, first, then at most one of the value.
void checkUpdateFieldTagged(const Step &step, const ProfileIndex &profile, Report &report)
{
    Diagnostics found;
    Report local(found, {});
    checkUpdateField(step, profile, local);
    const QJsonValue name = step.params.value(u"field");
    const Field *field = name.isString() ? profile.fields.value(name.toString(), nullptr) : nullptr;
    const bool fieldProblem =
        isAbsent(name) || isEmptyValue(name) ||
        (profile.recordType && (!field || field->readOnly || field->type == FieldType::User));
    for (qsizetype i = 0; i < found.size(); ++i) {
        const Diagnostic &d = found[i];
        report.setParam(i == 0 && fieldProblem ? QStringLiteral("field") : QStringLiteral("value"));
        const QByteArray code = d.code.toLatin1();
        if (d.isError())
            report.error(code.constData(), d.stepId, d.message);
        else
            report.warning(code.constData(), d.stepId, d.message);
    }
}

void checkStepParams(const Step &step, const StepType &type, const ProfileIndex &profile,
                     Report &report)
{
    const StepContext c{step, profile, report};
    for (const ParamSpec &spec : type.params) {
        if (spec.kind == ParamKind::Field || spec.kind == ParamKind::FieldValue)
            continue;
        report.setParam(spec.key);
        const QJsonValue v = step.params.value(spec.key);
        if (isAbsent(v) || isEmptyValue(v)) {
            if (spec.required)
                reportRequired(c, What{spec});
            continue;
        }
        checkParam(c, spec, v);
    }
    if (type.id == u"wait") {
        report.setParam(QStringLiteral("days")); // the sum of days and hours
        checkWaitTotal(c);
    } else if (type.id == u"updateField") {
        checkUpdateFieldTagged(step, profile, report);
    }
    report.setParam({});
}

} // namespace

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

bool isEmptyValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString text = value.toString();
        return QStringView(text).trimmed().isEmpty();
    }
    case QJsonValue::Array:
        return value.toArray().isEmpty();
    case QJsonValue::Object:
        return value.toObject().isEmpty();
    default:
        return false;
    }
}

QString paramLabel(const ParamSpec &spec)
{
    return QCoreApplication::translate("StepCatalogue", spec.label);
}

void checkParams(const Sequence &sequence, const StepGraph &graph, const ProfileIndex &profile,
                 Report &report)
{
    const QList<Step> &steps = sequence.steps();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (const StepType *type = graph.nodes[size_t(i)].type)
            checkStepParams(steps[i], *type, profile, report);
    }
}

} // namespace sd::check
