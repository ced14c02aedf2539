// SPDX-License-Identifier: MIT
// Everything that compares with the record type's fields: field-condition rules (of steps and of
// team assignments), updateField, and the sequence's record type and assignment.
#include "validatorparts.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

#include <climits>
#include <cmath>

namespace sd::check {

namespace {

bool isWholeNumber(const QJsonValue &v)
{
    const double d = v.toDouble();
    return v.isDouble() && d == std::floor(d) && d >= INT_MIN && d <= INT_MAX;
}

bool isIsoDate(const QString &text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return false;
    for (qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text[i] < u'0' || text[i] > u'9')
            return false;
    }
    return QDate::fromString(text, Qt::ISODate).isValid();
}

QString optionList(const Field &field)
{
    QStringList items;
    for (const ChoiceOption &o : field.options)
        items.append(QStringLiteral("%1 (%2)").arg(QString::number(o.value), o.label.text()));
    return items.join(QStringLiteral(", "));
}

// Operators as the condition builder shows them, each quoted: "equals", "does not equal".
QString operatorLabels(const QStringList &ops)
{
    QStringList labels;
    for (const QString &op : ops)
        labels.append(u'"' + StepCatalogue::operatorLabel(op) + u'"');
    return labels.join(QStringLiteral(", "));
}

void reportRuleValue(const ConditionScope &scope, const QString &message, Report &report)
{
    report.error("param.unknownValue", scope.stepId(), message);
}

bool operatorFits(const QString &op, FieldType type)
{
    if (op == u"greaterThan" || op == u"lessThan")
        return type == FieldType::Number || type == FieldType::Date;
    if (op == u"contains" || op == u"notContains" || op == u"beginsWith")
        return type == FieldType::Text;
    return true;
}

// The field of a rule, or nullptr after reporting why there is none.
const Field *ruleField(const QJsonObject &rule, const ConditionScope &scope, Report &report)
{
    const QJsonValue name = rule.value(u"field");
    if (isAbsent(name) || isEmptyValue(name)) {
        report.error("param.required", scope.stepId(),
                     Validator::tr("A rule of %1 has no field. Choose the field it tests.")
                         .arg(scope.owner()));
        return nullptr;
    }
    const Field *field = scope.fields.value(name.toString(), nullptr);
    if (!name.isString() || !field) {
        reportRuleValue(scope,
                        Validator::tr("A rule of %1 tests the field \"%2\", which the "
                                      "organisation profile does not know. Choose one of the "
                                      "fields it offers.")
                            .arg(scope.owner(), name.toVariant().toString()),
                        report);
    }
    return field;
}

// The operator of a rule, or an empty string after reporting why there is none.
QString ruleOperator(const QJsonObject &rule, const ConditionScope &scope, Report &report)
{
    const QJsonValue op = rule.value(u"operator");
    if (isAbsent(op) || isEmptyValue(op)) {
        report.error(
            "param.required", scope.stepId(),
            Validator::tr("A rule of %1 has no operator. Choose how it compares, for "
                          "example \"%2\".")
                .arg(scope.owner(), StepCatalogue::operatorLabel(QStringLiteral("equals"))));
        return {};
    }
    if (op.isString() && StepCatalogue::operators().contains(op.toString()))
        return op.toString();
    reportRuleValue(scope,
                    Validator::tr("A rule of %1 uses the operator \"%2\", which does not exist. "
                                  "Choose one of: %3.")
                        .arg(scope.owner(), op.toVariant().toString(),
                             operatorLabels(StepCatalogue::operators())),
                    report);
    return {};
}

void checkRuleValue(const QJsonObject &rule, const Field *field, const QString &op,
                    const ConditionScope &scope, Report &report)
{
    const QJsonValue value = rule.value(u"value");
    if (op == u"isEmpty" || op == u"isNotEmpty") {
        if (!isAbsent(value)) {
            reportRuleValue(scope,
                            Validator::tr("A rule of %1 tests whether a field is empty but also "
                                          "gives a value. Remove the value.")
                                .arg(scope.owner()),
                            report);
        }
        return;
    }
    if (isAbsent(value) || isEmptyValue(value)) {
        report.error(
            "param.required", scope.stepId(),
            Validator::tr("A rule of %1 has no value to compare with. Enter one, or use "
                          "\"%2\".")
                .arg(scope.owner(), StepCatalogue::operatorLabel(QStringLiteral("isEmpty"))));
        return;
    }
    if (!field || op.isEmpty())
        return;
    if (!operatorFits(op, field->type)) {
        reportRuleValue(
            scope,
            Validator::tr("A rule of %1 uses \"%2\" on the %3 field \"%4\". Use "
                          "%5 on number and date fields, %6 on text fields.")
                .arg(scope.owner(), StepCatalogue::operatorLabel(op), fieldTypeName(field->type),
                     fieldLabel(*field),
                     operatorLabels({QStringLiteral("greaterThan"), QStringLiteral("lessThan")}),
                     operatorLabels({QStringLiteral("contains"), QStringLiteral("notContains"),
                                     QStringLiteral("beginsWith")})),
            report);
        return;
    }
    const QString problem = valueProblem(*field, value);
    if (!problem.isEmpty()) {
        reportRuleValue(
            scope,
            Validator::tr("A rule of %1 compares with a value that does not fit its field. %2")
                .arg(scope.owner(), problem),
            report);
    }
}

// A nested group { match, rules }: checks `match` and hands back its rules, or an empty array.
QJsonArray groupRules(const QJsonObject &group, const ConditionScope &scope, Report &report)
{
    const QJsonValue match = group.value(u"match");
    static const QStringList matches{QStringLiteral("all"), QStringLiteral("any")};
    if (isAbsent(match) || isEmptyValue(match)) {
        report.error("param.required", scope.stepId(),
                     Validator::tr("A group of rules of %1 does not say whether all or any of its "
                                   "rules must hold. Choose \"all\" or \"any\".")
                         .arg(scope.owner()));
    } else if (!matches.contains(match.toString())) {
        reportRuleValue(scope,
                        Validator::tr("A group of rules of %1 has the match \"%2\". Choose "
                                      "\"all\" or \"any\".")
                            .arg(scope.owner(), match.toVariant().toString()),
                        report);
    }
    const QJsonValue rules = group.value(u"rules");
    if (rules.isArray() && !rules.toArray().isEmpty())
        return rules.toArray();
    if (isAbsent(rules) || isEmptyValue(rules)) {
        report.error("param.required", scope.stepId(),
                     Validator::tr("A group of rules of %1 is empty. Add a rule to it or delete "
                                   "the group.")
                         .arg(scope.owner()));
    } else {
        reportRuleValue(scope,
                        Validator::tr("A group of rules of %1 holds something other than a list "
                                      "of rules. Build the group again.")
                            .arg(scope.owner()),
                        report);
    }
    return {};
}

void checkGroupCondition(const QJsonObject &group, const ConditionScope &scope, Report &report)
{
    const QJsonArray rules = groupRules(group, scope, report);
    if (!rules.isEmpty())
        checkFieldRules(rules, scope, report);
}

void checkAssignment(const Sequence &sequence, const ProfileIndex &profile, Report &report)
{
    const Assignment &a = sequence.assignment;
    if (a.to == Assignment::To::RecordField) {
        if (a.field.trimmed().isEmpty()) {
            report.error("param.required", {},
                         Validator::tr("Steps go to the user named in a record field, but no "
                                       "field is chosen. Choose a user field in \"Assign to\"."));
            return;
        }
        if (!profile.recordType)
            return;
        const Field *field = profile.fields.value(a.field, nullptr);
        if (!field) {
            report.error("param.unknownValue", {},
                         Validator::tr("Steps go to the user in the field \"%1\", which the "
                                       "record type does not have. Choose one of its user fields "
                                       "in \"Assign to\".")
                             .arg(a.field));
        } else if (field->type != FieldType::User) {
            report.error("param.unknownValue", {},
                         Validator::tr("Steps go to the user in the field \"%1\", but that field "
                                       "holds no user. Choose a user field in \"Assign to\".")
                             .arg(fieldLabel(*field)));
        }
        return;
    }
    if ((a.to == Assignment::To::OwningTeam || a.to == Assignment::To::AccessTeam) &&
        !a.condition.isEmpty()) {
        checkGroupCondition(a.condition, ConditionScope{profile.userFields}, report);
    }
}

} // namespace

QString ConditionScope::owner() const
{
    if (!step)
        return Validator::tr("the team member condition of the assignment");
    return Validator::tr("the condition \"%1\"").arg(stepLabel(*step));
}

QString fieldLabel(const Field &field)
{
    const QString label = field.displayName.text();
    return label.isEmpty() ? field.name : label;
}

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return Validator::tr("text");
    case FieldType::Number:
        return Validator::tr("number");
    case FieldType::Date:
        return Validator::tr("date");
    case FieldType::YesNo:
        return Validator::tr("yes/no");
    case FieldType::Choice:
        return Validator::tr("choice");
    case FieldType::User:
        return Validator::tr("user");
    }
    return {};
}

QString valueProblem(const Field &field, const QJsonValue &value)
{
    const QString label = fieldLabel(field);
    switch (field.type) {
    case FieldType::Text:
        if (value.isString())
            return {};
        return Validator::tr("The field \"%1\" holds text; enter the value as text.").arg(label);
    case FieldType::Number:
        if (value.isDouble())
            return {};
        return Validator::tr("The field \"%1\" holds numbers; enter a number.").arg(label);
    case FieldType::Date:
        if (value.isString() && isIsoDate(value.toString()))
            return {};
        return Validator::tr("The field \"%1\" holds dates; enter a date as YYYY-MM-DD, for "
                             "example 2025-03-31.")
            .arg(label);
    case FieldType::YesNo:
        if (value.isBool())
            return {};
        return Validator::tr("The field \"%1\" holds yes or no; choose true or false.").arg(label);
    case FieldType::Choice:
        if (isWholeNumber(value) && field.option(value.toInt()))
            return {};
        return Validator::tr("The field \"%1\" has no option %2; use the number of one of its "
                             "options: %3.")
            .arg(label, value.toVariant().toString(), optionList(field));
    case FieldType::User:
        if (value.isString() && !value.toString().trimmed().isEmpty())
            return {};
        return Validator::tr("The field \"%1\" holds a user; enter the user's id.").arg(label);
    }
    return {};
}

void checkFieldRules(const QJsonValue &rules, const ConditionScope &scope, Report &report)
{
    // Nested groups are walked with a stack of their rule lists, not by recursion.
    std::vector<QJsonArray> pending{rules.toArray()};
    while (!pending.empty()) {
        const QJsonArray list = std::move(pending.back());
        pending.pop_back();
        for (const QJsonValue item : list) {
            if (!item.isObject()) {
                reportRuleValue(scope,
                                Validator::tr("%1 holds a rule that is not a field, operator and "
                                              "value. Build the rule again.")
                                    .arg(scope.owner()),
                                report);
                continue;
            }
            const QJsonObject rule = item.toObject();
            if (rule.contains(u"rules")) {
                if (QJsonArray inner = groupRules(rule, scope, report); !inner.isEmpty())
                    pending.push_back(std::move(inner));
                continue;
            }
            const Field *field = ruleField(rule, scope, report);
            const QString op = ruleOperator(rule, scope, report);
            checkRuleValue(rule, field, op, scope, report);
        }
    }
}

void checkUpdateField(const Step &step, const ProfileIndex &profile, Report &report)
{
    const QJsonValue name = step.params.value(u"field");
    const QJsonValue value = step.params.value(u"value");
    const Field *field = nullptr;
    if (isAbsent(name) || isEmptyValue(name)) {
        report.error("param.required", step.id,
                     Validator::tr("The step \"%1\" does not say which field to update. Choose "
                                   "a field in the step's properties.")
                         .arg(stepLabel(step)));
    } else if (profile.recordType) {
        field = profile.fields.value(name.toString(), nullptr);
        QString problem;
        if (!name.isString() || !field)
            problem = Validator::tr("The step \"%1\" updates the field \"%2\", which the record "
                                    "type does not have. Choose one of its fields.");
        else if (field->readOnly)
            problem = Validator::tr("The step \"%1\" updates the field \"%2\", which is read-only. "
                                    "Choose a field that can be changed.");
        else if (field->type == FieldType::User)
            problem = Validator::tr("The step \"%1\" updates the user field \"%2\", which this "
                                    "step cannot set. Choose another field, or change the user "
                                    "in the record.");
        if (!problem.isEmpty()) {
            report.error(
                "param.unknownValue", step.id,
                problem.arg(stepLabel(step), field ? fieldLabel(*field) : name.toString()));
            field = nullptr;
        }
    }
    if (isAbsent(value) || isEmptyValue(value)) {
        report.error("param.required", step.id,
                     Validator::tr("The step \"%1\" has no value to set. Enter the new value of "
                                   "the field in the step's properties.")
                         .arg(stepLabel(step)));
        return;
    }
    if (field) {
        if (const QString problem = valueProblem(*field, value); !problem.isEmpty())
            report.error("param.unknownValue", step.id,
                         Validator::tr("The step \"%1\" sets a value that does not fit its field. "
                                       "%2")
                             .arg(stepLabel(step), problem));
    }
}

void checkSequenceSettings(const Sequence &sequence, const ProfileIndex &profile, Report &report)
{
    if (!profile.recordType) {
        report.error("param.unknownValue", {},
                     Validator::tr("The sequence is for the record type \"%1\", which the "
                                   "organisation profile does not have. Open the profile the "
                                   "sequence was made for, or recreate the sequence for one of "
                                   "this profile's record types.")
                         .arg(sequence.recordType));
    }
    checkAssignment(sequence, profile, report);
}

} // namespace sd::check
