// SPDX-License-Identifier: MIT
#include "insertrules.h"
#include "interfacelanguage.h"

#include "steptype.h"
#include "translation.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace sd {

QString nearestActivityAbove(const Sequence &sequence, const LinkRef &at)
{
    // parent[id] = the step whose link points at id.
    QHash<QString, QString> parent;
    parent.reserve(sequence.stepCount());
    for (const Step &s : sequence.steps()) {
        for (const QString &child : {s.next, s.yes, s.no}) {
            if (!child.isEmpty() && !parent.contains(child))
                parent.insert(child, s.id);
        }
    }
    QString id = at.parentId;
    for (qsizetype guard = 0; !id.isEmpty() && guard <= sequence.stepCount(); ++guard) {
        const Step *s = sequence.step(id);
        if (!s)
            return {};
        if (StepCatalogue::isActivity(s->type))
            return id;
        id = parent.value(id);
    }
    return {};
}

QString insertRefusal(const Sequence &sequence, const LinkRef &at, const QString &typeId,
                      const Profile &profile)
{
    const StepType *type = StepCatalogue::find(typeId);
    if (!type)
        return InsertRulesText::tr("This kind of step is unknown.");
    const Step *parent = at.parentId.isEmpty() ? nullptr : sequence.step(at.parentId);
    if (parent && parent->type == u"advanceToSequence") {
        return InsertRulesText::tr(
            "Nothing can follow \"Advance to another sequence\": the record leaves this "
            "sequence there.");
    }
    if (typeId == u"advanceToSequence") {
        if (at.parentId.isEmpty())
            return InsertRulesText::tr(
                "A sequence cannot begin by handing the record to another sequence. Add a "
                "step first.");
        if (!sequence.linkTarget(at).isEmpty())
            return InsertRulesText::tr(
                "\"Advance to another sequence\" can only end a path: steps below it "
                "would never run.");
    }
    if (typeId == u"emailCondition" || typeId == u"callCondition") {
        const QString activity = nearestActivityAbove(sequence, at);
        const Step *a = activity.isEmpty() ? nullptr : sequence.step(activity);
        if (typeId == u"emailCondition" && !(a && StepCatalogue::isEmailStep(a->type)))
            return InsertRulesText::tr(
                "An email condition needs an email, automated email or A/B test step "
                "above it, as the nearest activity.");
        if (typeId == u"callCondition" && !(a && a->type == u"phoneCall"))
            return InsertRulesText::tr(
                "A phone call outcome needs a phone call step above it, as the nearest "
                "activity.");
    }
    if (typeId == u"stageCondition") {
        const RecordType *record = profile.recordType(sequence.recordType);
        if (!record || record->processes.isEmpty()) {
            const QString name =
                record ? record->displayName.text(interfaceLanguage()) : sequence.recordType;
            return InsertRulesText::tr("%1 records have no business process flow in the "
                                       "organisation profile, so there is no stage to test.")
                .arg(name);
        }
    }
    return {};
}

Step newStep(const Sequence &sequence, const QString &typeId)
{
    Step step;
    step.type = typeId;
    step.id = sequence.freshId(typeId);
    if (const StepType *type = StepCatalogue::find(typeId)) {
        for (const ParamSpec &p : type->params) {
            if (!p.defaultValue.isUndefined())
                step.params.insert(p.key, p.defaultValue);
        }
    }
    return step;
}

} // namespace sd
