// SPDX-License-Identifier: MIT
// What the editors of StepInspector offer: the lists of the active profile, the catalogue and the
// library, as maps {value, label, ...}.
#include "activeprofile.h"
#include "interfacelanguage.h"
#include "library/sequencelist.h"
#include "profile.h"
#include "sequencedocument.h"
#include "stepinspector.h"
#include "steptype.h"

namespace sd {

namespace {

QString eventLabel(const QString &event)
{
    if (event == u"opened")
        return StepInspector::tr("Opened");
    if (event == u"replied")
        return StepInspector::tr("Replied");
    if (event == u"linkClicked")
        return StepInspector::tr("Clicked a link");
    if (event == u"attachmentDownloaded")
        return StepInspector::tr("Downloaded the attachment");
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

QVariantList fieldList(const RecordType *record, bool writableOnly)
{
    QVariantList out;
    if (!record)
        return out;
    for (const Field &f : record->fields) {
        if (!writableOnly || !f.readOnly)
            out.append(fieldMap(f));
    }
    return out;
}

QVariantList stageList(const RecordType *record, const QString &process)
{
    const ProcessFlow *flow = record ? record->process(process) : nullptr;
    QVariantList out;
    if (!flow)
        return out;
    for (const QString &s : flow->stages)
        out.append(
            QVariantMap{{"value", s}, {"label", flow->stageLabel(s).text(interfaceLanguage())}});
    return out;
}

} // namespace

QVariantList StepInspector::operators()
{
    QVariantList out;
    for (const QString &op : StepCatalogue::operators())
        out.append(QVariantMap{{"value", op}, {"label", StepCatalogue::operatorLabel(op)}});
    return out;
}

QVariantList StepInspector::choicesFor(const ParamSpec &spec, const Step &step) const
{
    const Profile &profile = activeProfile();
    const QString recordType = m_document->sequence().recordType;
    const RecordType *record = profile.recordType(recordType);
    QVariantList out;
    switch (spec.kind) {
    case ParamKind::EmailTemplate:
    case ParamKind::AbVersion:
        return plainList(profile.emailTemplates);
    case ParamKind::SmsTemplate:
        return plainList(profile.smsTemplates);
    case ParamKind::CallResults:
        for (const CallResult &r : profile.callResults)
            out.append(
                QVariantMap{{"value", r.value}, {"label", r.label.text(interfaceLanguage())}});
        return out;
    case ParamKind::Field:
        return fieldList(record, true);
    case ParamKind::FieldRules:
        return fieldList(record, false);
    case ParamKind::Stages:
        return stageList(record, step.params.value("process").toString());
    case ParamKind::Process:
        if (record) {
            for (const ProcessFlow &p : record->processes)
                out.append(QVariantMap{{"value", p.name},
                                       {"label", p.displayName.text(interfaceLanguage())}});
        }
        return out;
    case ParamKind::SequenceRef:
        if (Library *library = m_document->library()) {
            ListQuery query;
            query.status = Status::Active;
            query.recordType = recordType;
            const auto listed = SequenceList(*library).list(query);
            for (const SequenceSummary &s : listed.value) {
                if (s.id != m_document->sequence().id)
                    out.append(QVariantMap{{"value", s.id}, {"label", s.name}});
            }
        }
        return out;
    case ParamKind::ChoiceSet:
        if (spec.key == u"events") {
            for (const QString &e : StepCatalogue::emailEvents())
                out.append(QVariantMap{{"value", e}, {"label", eventLabel(e)}});
            return out;
        }
        return plainList(spec.choices);
    case ParamKind::Choice:
        return plainList(spec.choices);
    default:
        return out;
    }
}

QVariantMap StepInspector::fieldOf(const QString &name) const
{
    const RecordType *record = activeProfile().recordType(m_document->sequence().recordType);
    const Field *f = record ? record->field(name) : nullptr;
    return f ? fieldMap(*f) : QVariantMap();
}

} // namespace sd
