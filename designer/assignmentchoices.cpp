// SPDX-License-Identifier: MIT
#include "assignmentchoices.h"
#include "interfacelanguage.h"

#include "activeprofile.h"
#include "profile.h"
#include "sequence.h"
#include "stepsummary.h"
#include "steptype.h"

#include <QCoreApplication>

namespace sd {

namespace {

QVariantMap fieldMap(const Field &f)
{
    QVariantList options;
    for (const ChoiceOption &o : f.options)
        options.append(
            QVariantMap{{"value", o.value}, {"label", o.label.text(interfaceLanguage())}});
    const QString label = f.displayName.text(interfaceLanguage());
    return {{"value", f.name},
            {"label", label.isEmpty() ? f.name : label},
            {"type", fieldTypeKey(f.type)},
            {"options", options}};
}

// The users' fields, where a team condition's rules are read.
const Field *userFieldNamed(const QString &name)
{
    return activeProfile().userField(name);
}

bool isTeam(const QString &to)
{
    return to == u"owningTeam" || to == u"accessTeam";
}

} // namespace

AssignmentChoices::AssignmentChoices(QObject *parent) : QObject(parent) {}

void AssignmentChoices::setRecordType(const QString &type)
{
    if (type == m_recordType)
        return;
    m_recordType = type;
    emit recordTypeChanged();
}

QVariantList AssignmentChoices::recordFields() const
{
    QVariantList out;
    const RecordType *record = activeProfile().recordType(m_recordType);
    if (!record)
        return out;
    for (const Field &f : record->fields) {
        if (f.type == FieldType::User) {
            const QVariantMap map = fieldMap(f);
            out.append(QVariantMap{{"value", map.value("value")}, {"label", map.value("label")}});
        }
    }
    return out;
}

QVariantList AssignmentChoices::userFields()
{
    QVariantList out;
    for (const Field &f : activeProfile().userFields)
        out.append(fieldMap(f));
    return out;
}

QVariantList AssignmentChoices::operators()
{
    QVariantList out;
    for (const QString &op : StepCatalogue::operators())
        out.append(QVariantMap{{"value", op}, {"label", StepCatalogue::operatorLabel(op)}});
    return out;
}

QVariantMap AssignmentChoices::switchTo(const QVariantMap &assignment, const QString &to) const
{
    QVariantMap out{{"to", to}};
    const QString from = assignment.value("to").toString();
    if (to == u"recordField") {
        QString field = assignment.value("field").toString();
        const QVariantList fields = recordFields();
        if (field.isEmpty() && !fields.isEmpty())
            field = fields.first().toMap().value("value").toString();
        out.insert("field", field);
    } else if (isTeam(to) && isTeam(from)) {
        const QVariantMap condition = assignment.value("condition").toMap();
        if (!condition.isEmpty())
            out.insert("condition", condition);
    }
    return out;
}

QVariantMap AssignmentChoices::withCondition(const QVariantMap &assignment,
                                             const QVariantMap &condition)
{
    QVariantMap out{{"to", assignment.value("to")}};
    if (!condition.value("rules").toList().isEmpty()) {
        out.insert("condition", QVariantMap{{"match", condition.value("match").toString() == u"any"
                                                          ? QStringLiteral("any")
                                                          : QStringLiteral("all")},
                                            {"rules", condition.value("rules")}});
    }
    return out;
}

QString AssignmentChoices::conditionSummary(const QVariantMap &condition)
{
    const QString text = conditionText(
        condition.value("match").toString(),
        QJsonArray::fromVariantList(condition.value("rules").toList()), userFieldNamed);
    return text.isEmpty() ? tr("Condition is empty") : tr("Members whose %1").arg(text);
}

QString AssignmentChoices::summary(const QVariantMap &assignment) const
{
    const QString to = assignment.value("to").toString();
    if (to == u"recordField") {
        const QString name = assignment.value("field").toString();
        for (const QVariant &f : recordFields()) {
            if (f.toMap().value("value").toString() == name)
                return tr("The user in “%1”").arg(f.toMap().value("label").toString());
        }
        return name.isEmpty() ? tr("The user in a record field (none chosen)")
                              : tr("The user in “%1”").arg(name);
    }
    return optionName(to.isEmpty() ? QStringLiteral("recordOwner") : to);
}

QString AssignmentChoices::optionName(const QString &to)
{
    if (to == u"recordField")
        return tr("Team member named in a record field");
    if (to == u"owningTeam")
        return tr("Owning team");
    if (to == u"accessTeam")
        return tr("Access team");
    return tr("Record owner");
}

} // namespace sd
