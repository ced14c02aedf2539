// SPDX-License-Identifier: MIT
// What the side pane asks SequenceDocument: a step's data and the lists its pickers offer.
#include "activeprofile.h"
#include "interfacelanguage.h"
#include "library/sequencelist.h"
#include "profile.h"
#include "sequencedocument.h"
#include "steptype.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace sd {

namespace {

QString eventLabel(const QString &event)
{
    if (event == u"opened")
        return SequenceDocument::tr("Opened");
    if (event == u"replied")
        return SequenceDocument::tr("Replied");
    if (event == u"linkClicked")
        return SequenceDocument::tr("Clicked a link");
    if (event == u"attachmentDownloaded")
        return SequenceDocument::tr("Downloaded the attachment");
    return event;
}

QVariantMap fieldMap(const Field &f)
{
    QVariantList options;
    for (const ChoiceOption &o : f.options)
        options.append(
            QVariantMap{{"value", o.value}, {"label", o.label.text(interfaceLanguage())}});
    return {{"value", f.name},
            {"label", f.displayName.text(interfaceLanguage())},
            {"type", fieldTypeKey(f.type)},
            {"readOnly", f.readOnly},
            {"options", options}};
}

QVariantList plainList(const QStringList &values)
{
    QVariantList out;
    for (const QString &v : values)
        out.append(QVariantMap{{"value", v}, {"label", v}});
    return out;
}

QString kindName(ParamKind kind)
{
    static const char *names[] = {"EmailTemplate", "SmsTemplate", "Text",        "Days",
                                  "Hours",         "Duration",    "Integer",     "Choice",
                                  "ChoiceSet",     "Bool",        "CallResults", "FieldRules",
                                  "Process",       "Stages",      "SequenceRef", "Field",
                                  "FieldValue",    "AbVersion",   "AbEnd"};
    return QString::fromLatin1(names[int(kind)]);
}

QVariantList specList(const StepType *type)
{
    QVariantList out;
    if (!type)
        return out;
    for (const ParamSpec &p : type->params) {
        out.append(QVariantMap{{"key", p.key},
                               {"kind", kindName(p.kind)},
                               {"label", QCoreApplication::translate("StepCatalogue", p.label)},
                               {"required", p.required},
                               {"min", p.min},
                               {"max", p.max},
                               {"choices", p.choices}});
    }
    return out;
}

} // namespace

QVariant SequenceDocument::param(const QString &id, const QString &key) const
{
    const Step *step = m_sequence.step(id);
    return step ? step->params.value(key).toVariant() : QVariant();
}

bool SequenceDocument::isCondition(const QString &id) const
{
    const Step *step = m_sequence.step(id);
    return step && StepCatalogue::isCondition(step->type);
}

QVariantMap SequenceDocument::stepData(const QString &id) const
{
    const Step *step = id.isEmpty() ? nullptr : m_sequence.step(id);
    if (!step)
        return {};
    const StepType *type = StepCatalogue::find(step->type);
    return {{"id", step->id},
            {"type", step->type},
            {"typeName", type ? type->translatedName() : step->type},
            {"group", m_canvas.nodeGroup(id)},
            {"name", step->name},
            {"displayName", m_canvas.nodeName(id)},
            {"description", step->description},
            {"params", step->params.toVariantMap()},
            {"specs", specList(type)},
            {"isCondition", type && type->isCondition()},
            {"problems", m_problems.problemsOf(id)}};
}

QVariantList SequenceDocument::choices(const QString &kind) const
{
    const Profile &profile = activeProfile();
    const RecordType *record = profile.recordType(m_sequence.recordType);
    QVariantList out;
    if (kind == u"emailTemplates")
        return plainList(profile.emailTemplates);
    if (kind == u"smsTemplates")
        return plainList(profile.smsTemplates);
    if (kind == u"callResults") {
        for (const CallResult &r : profile.callResults)
            out.append(
                QVariantMap{{"value", r.value}, {"label", r.label.text(interfaceLanguage())}});
    } else if (kind == u"emailEvents") {
        for (const QString &e : StepCatalogue::emailEvents())
            out.append(QVariantMap{{"value", e}, {"label", eventLabel(e)}});
    } else if (kind == u"operators") {
        for (const QString &op : StepCatalogue::operators())
            out.append(QVariantMap{{"value", op}, {"label", StepCatalogue::operatorLabel(op)}});
    } else if ((kind == u"fields" || kind == u"writableFields") && record) {
        for (const Field &f : record->fields) {
            if (kind == u"fields" || !f.readOnly)
                out.append(fieldMap(f));
        }
    } else if (kind == u"processes" && record) {
        for (const ProcessFlow &p : record->processes)
            out.append(
                QVariantMap{{"value", p.name}, {"label", p.displayName.text(interfaceLanguage())}});
    } else if (kind == u"advanceTargets" && library()) {
        ListQuery query;
        query.status = Status::Active;
        query.recordType = m_sequence.recordType;
        const auto listed = SequenceList(*library()).list(query);
        for (const SequenceSummary &s : listed.value) {
            if (s.id != m_sequence.id)
                out.append(QVariantMap{{"value", s.id}, {"label", s.name}});
        }
    }
    return out;
}

void SequenceDocument::refreshTargetNames()
{
    bool unknown = false;
    for (const Step &step : m_sequence.steps()) {
        if (step.type != u"advanceToSequence")
            continue;
        const QString target = step.params["sequence"].toString();
        if (!target.isEmpty() && !m_targetsLookedUp.contains(target)) {
            unknown = true;
            m_targetsLookedUp.insert(target);
        }
    }
    Library *lib = library();
    if (!unknown || !lib)
        return;
    // One query over the sequences of this record type (the only valid targets).
    ListQuery query;
    query.recordType = m_sequence.recordType;
    const auto listed = SequenceList(*lib).list(query);
    for (const SequenceSummary &s : listed.value)
        m_targetNames.insert(s.id, s.name);
    m_canvas.setSequenceNames(m_targetNames);
}

QVariantList SequenceDocument::stages(const QString &process) const
{
    const RecordType *record = activeProfile().recordType(m_sequence.recordType);
    const ProcessFlow *flow = record ? record->process(process) : nullptr;
    QVariantList out;
    if (!flow)
        return out;
    for (const QString &s : flow->stages)
        out.append(
            QVariantMap{{"value", s}, {"label", flow->stageLabel(s).text(interfaceLanguage())}});
    return out;
}

QVariantMap SequenceDocument::field(const QString &name) const
{
    const RecordType *record = activeProfile().recordType(m_sequence.recordType);
    const Field *f = record ? record->field(name) : nullptr;
    return f ? fieldMap(*f) : QVariantMap();
}

QVariantList SequenceDocument::paramProblems(const QString &id, const QString &key) const
{
    QVariantList out;
    for (const Diagnostic &d : m_problems.diagnostics()) {
        if (d.stepId != id || !d.code.startsWith(u"param."))
            continue;
        if (!d.param.isEmpty()) { // the parameter checks say which parameter they mean
            if (d.param == key)
                out.append(QVariantMap{{"severity", d.severityKey()}, {"message", d.message}});
            continue;
        }
        // Otherwise the message names the parameter; match on the key or its label.
        const Step *step = m_sequence.step(id);
        const StepType *type = step ? StepCatalogue::find(step->type) : nullptr;
        const ParamSpec *spec = type ? type->param(key) : nullptr;
        const QString label =
            spec ? QCoreApplication::translate("StepCatalogue", spec->label) : QString();
        if (d.message.contains(key) || (!label.isEmpty() && d.message.contains(label)))
            out.append(QVariantMap{{"severity", d.severityKey()}, {"message", d.message}});
    }
    return out;
}

} // namespace sd
