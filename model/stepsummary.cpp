// SPDX-License-Identifier: MIT
#include "stepsummary.h"
#include "interfacelanguage.h"

#include "profile.h"
#include "steptype.h"
#include "translation.h"

#include <QLocale>

namespace sd {

namespace {

QString eventName(const QString &event)
{
    if (event == u"opened")
        return StepSummaryText::tr("opened");
    if (event == u"replied")
        return StepSummaryText::tr("replied");
    if (event == u"linkClicked")
        return StepSummaryText::tr("clicked a link");
    if (event == u"attachmentDownloaded")
        return StepSummaryText::tr("downloaded the attachment");
    return event;
}

QString joined(const QStringList &values, bool all)
{
    QStringList names = values;
    if (names.size() <= 1)
        return names.value(0);
    const QString last = names.takeLast();
    return (all ? StepSummaryText::tr("%1 and %2") : StepSummaryText::tr("%1 or %2"))
        .arg(names.join(StepSummaryText::tr(", ")), last);
}

QStringList strings(const QJsonArray &values)
{
    QStringList out;
    for (const QJsonValue &v : values)
        out.append(v.toString());
    return out;
}

QString upperFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// A field's value as users read it: the choice label, Yes/No, the text in quotes or the number.
QString valueText(const Field *f, const QJsonValue &value)
{
    if (f && f->type == FieldType::Choice && value.isDouble()) {
        if (const ChoiceOption *o = f->option(value.toInt()))
            return o->label.text(interfaceLanguage());
    }
    if (value.isBool())
        return value.toBool() ? StepSummaryText::tr("Yes") : StepSummaryText::tr("No");
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 15);
    if (value.isString() && f && f->type == FieldType::Text)
        return StepSummaryText::tr("“%1”").arg(value.toString());
    return value.toVariant().toString();
}

QString fieldLabel(const Field *f, const QString &name)
{
    const QString text = f ? f->displayName.text(interfaceLanguage()) : QString();
    return text.isEmpty() ? name : text;
}

// Where a field's display name and options come from.
struct Context
{
    const Profile &profile;
    QString recordType;

    const Field *field(const QString &name) const
    {
        if (const RecordType *rt = profile.recordType(recordType))
            return rt->field(name);
        for (const RecordType &rt : profile.recordTypes) {
            if (const Field *f = rt.field(name))
                return f;
        }
        return nullptr;
    }

    const ProcessFlow *process(const QString &name) const
    {
        if (const RecordType *rt = profile.recordType(recordType))
            return rt->process(name);
        for (const RecordType &rt : profile.recordTypes) {
            if (const ProcessFlow *p = rt.process(name))
                return p;
        }
        return nullptr;
    }

    QString fieldName(const QString &name) const { return fieldLabel(field(name), name); }

    QString value(const QString &fieldName, const QJsonValue &value) const
    {
        return valueText(field(fieldName), value);
    }

    QString callResult(const QString &value) const
    {
        for (const CallResult &r : profile.callResults) {
            if (r.value == value)
                return r.label.text(interfaceLanguage());
        }
        return value;
    }
};

QString fieldConditionText(const Context &c, const QJsonObject &p)
{
    const QJsonArray rules = p["rules"].toArray();
    if (rules.size() == 1 && rules[0].toObject().contains(QStringLiteral("field")))
        return ruleText(rules[0].toObject(), [&c](const QString &name) { return c.field(name); });
    const int n = int(rules.size());
    return p["match"].toString() == u"any" ? StepSummaryText::tr("Any of %n rule(s)", nullptr, n)
                                           : StepSummaryText::tr("All of %n rule(s)", nullptr, n);
}

QString stageConditionText(const Context &c, const QJsonObject &p)
{
    const QString name = p["process"].toString();
    const ProcessFlow *process = c.process(name);
    QStringList stages;
    for (const QString &stage : strings(p["stages"].toArray()))
        stages.append(process ? process->stageLabel(stage).text(interfaceLanguage()) : stage);
    const QString processName = process ? process->displayName.text(interfaceLanguage()) : name;
    return StepSummaryText::tr("%1: %2").arg(processName.isEmpty() ? name : processName,
                                             joined(stages, false));
}

} // namespace

QString ruleText(const QJsonObject &rule, const FieldLookup &fields)
{
    if (rule.contains(QStringLiteral("rules"))) {
        const QJsonArray rules = rule["rules"].toArray();
        const QString text = conditionText(rule["match"].toString(), rules, fields);
        return rules.size() > 1 && !text.isEmpty() ? StepSummaryText::tr("(%1)").arg(text) : text;
    }
    const QString name = rule["field"].toString();
    if (name.isEmpty())
        return {};
    const Field *field = fields(name);
    const QString op = rule["operator"].toString();
    const QString label = fieldLabel(field, name);
    if (op == u"isEmpty" || op == u"isNotEmpty")
        return StepSummaryText::tr("%1 %2").arg(label, StepCatalogue::operatorLabel(op));
    return StepSummaryText::tr("%1 %2 %3")
        .arg(label, StepCatalogue::operatorLabel(op), valueText(field, rule["value"]));
}

QString conditionText(const QString &match, const QJsonArray &rules, const FieldLookup &fields)
{
    QStringList parts;
    for (const QJsonValue &r : rules) {
        const QString text = ruleText(r.toObject(), fields);
        if (!text.isEmpty())
            parts.append(text);
    }
    return parts.join(match == u"any" ? StepSummaryText::tr(" or ") : StepSummaryText::tr(" and "));
}

QString durationText(int days, int hours)
{
    if (days > 0 && hours > 0)
        return StepSummaryText::tr("%1 %2").arg(StepSummaryText::tr("%n day(s)", nullptr, days),
                                                StepSummaryText::tr("%n hour(s)", nullptr, hours));
    if (days > 0)
        return StepSummaryText::tr("%n day(s)", nullptr, days);
    return StepSummaryText::tr("%n hour(s)", nullptr, hours);
}

QString advanceSummary(const QString &targetId, const QString &targetName)
{
    if (targetId.isEmpty())
        return StepSummaryText::tr("No sequence chosen");
    if (targetName.isEmpty())
        return StepSummaryText::tr("To another sequence");
    return StepSummaryText::tr("To “%1”").arg(targetName);
}

QString stepSummary(const Step &step, const QString &recordType)
{
    return stepSummary(step, recordType, Profile::defaultProfile());
}

QString stepSummary(const Step &step, const QString &recordType, const Profile &profile)
{
    const Context c{profile, recordType};
    const QJsonObject &p = step.params;
    const QString &type = step.type;
    if (type == u"wait")
        return StepSummaryText::tr("Wait %1").arg(
            durationText(p["days"].toInt(), p["hours"].toInt()));
    if (type == u"emailCondition") {
        const QJsonObject within = p["within"].toObject();
        QStringList events;
        for (const QString &e : strings(p["events"].toArray()))
            events.append(eventName(e));
        const QString text =
            StepSummaryText::tr("%1 within %2")
                .arg(joined(events, p["match"].toString() == u"all"),
                     durationText(within["days"].toInt(), within["hours"].toInt()));
        return upperFirst(text);
    }
    if (type == u"callCondition") {
        QStringList results;
        for (const QString &r : strings(p["outcomes"].toArray()))
            results.append(c.callResult(r));
        return StepSummaryText::tr("Call %1").arg(joined(results, false).toLower());
    }
    if (type == u"fieldCondition")
        return fieldConditionText(c, p);
    if (type == u"stageCondition")
        return stageConditionText(c, p);
    if (type == u"advanceToSequence")
        return advanceSummary(p["sequence"].toString(), {});
    if (type == u"updateField") {
        const QString field = p["field"].toString();
        if (field.isEmpty())
            return StepSummaryText::tr("No field chosen");
        return StepSummaryText::tr("Update %1 = %2")
            .arg(c.fieldName(field), c.value(field, p["value"]));
    }
    if (type == u"abTest") {
        const int a = p["splitA"].toInt(50);
        return StepSummaryText::tr("A %1% / B %2%").arg(a).arg(100 - a);
    }
    if (p.contains(QStringLiteral("template")))
        return p["template"].toString();
    return {};
}

} // namespace sd
