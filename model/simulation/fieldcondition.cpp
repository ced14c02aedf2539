// SPDX-License-Identifier: MIT
// Field conditions on a simulated record (spec section 4, "Field conditions", and the draft
// rules of section 7): typed as the profile types the field, text compared case- and
// accent-insensitively, every operator but isEmpty false on an empty field.
#include "simulation/fieldcondition.h"

#include "profile.h"
#include "simulation/simulator.h"

#include <QDate>
#include <QJsonArray>

namespace sd {

namespace {

enum class Kind { Text, Number, Date, YesNo, Choice };

std::optional<Kind> kindOf(const Field *field, const QJsonValue &value)
{
    if (field) {
        switch (field->type) {
        case FieldType::Text:
        case FieldType::User:
            return Kind::Text;
        case FieldType::Number:
            return Kind::Number;
        case FieldType::Date:
            return Kind::Date;
        case FieldType::YesNo:
            return Kind::YesNo;
        case FieldType::Choice:
            return Kind::Choice;
        }
    }
    // A field the profile lacks compares by the JSON type of its value.
    if (value.isString())
        return Kind::Text;
    if (value.isDouble())
        return Kind::Number;
    if (value.isBool())
        return Kind::YesNo;
    return std::nullopt;
}

std::optional<qint64> dateValue(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    const QString text = v.toString();
    if (text.size() != 10)
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional<qint64>(date.toJulianDay()) : std::nullopt;
}

bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

bool isGroup(const QJsonObject &o)
{
    return o.contains(QLatin1String("rules")) ||
           (o.contains(QLatin1String("match")) && !o.contains(QLatin1String("field")) &&
            !o.contains(QLatin1String("operator")));
}

} // namespace

QString collationKey(const QString &text)
{
    if (isAscii(text)) // only lower-casing to do: the common case in a forecast
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        char32_t cp = decomposed.at(i).unicode();
        qsizetype width = 1;
        if (decomposed.at(i).isHighSurrogate() && i + 1 < decomposed.size() &&
            decomposed.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(decomposed.at(i), decomposed.at(i + 1));
            width = 2;
        }
        const QChar::Category category = QChar::category(cp);
        if (category != QChar::Mark_NonSpacing && category != QChar::Mark_SpacingCombining &&
            category != QChar::Mark_Enclosing)
            out.append(decomposed.mid(i, width));
        i += width - 1;
    }
    return out.toCaseFolded();
}

CompiledCondition::CompiledCondition(const QJsonObject &group, const RecordType *recordType)
    : m_root(compile(group, recordType))
{
    m_root.group = true;
}

CompiledCondition::Rule CompiledCondition::compile(const QJsonObject &o,
                                                   const RecordType *recordType)
{
    Rule rule;
    if (isGroup(o)) {
        rule.group = true;
        // `match` other than "any" is "all".
        rule.any = o.value(QLatin1String("match")).toString() == u"any";
        for (const QJsonValue &child : o.value(QLatin1String("rules")).toArray())
            rule.children.push_back(compile(child.toObject(), recordType));
        return rule;
    }
    static const std::pair<const char16_t *, Op> ops[] = {
        {u"equals", Op::Equals},         {u"notEquals", Op::NotEquals},
        {u"contains", Op::Contains},     {u"notContains", Op::NotContains},
        {u"beginsWith", Op::BeginsWith}, {u"greaterThan", Op::GreaterThan},
        {u"lessThan", Op::LessThan},     {u"isEmpty", Op::IsEmpty},
        {u"isNotEmpty", Op::IsNotEmpty}};
    const QString op = o.value(QLatin1String("operator")).toString();
    for (const auto &[name, value] : ops) {
        if (op == QStringView(name))
            rule.op = value;
    }
    rule.field = o.value(QLatin1String("field")).toString();
    rule.profileField = recordType ? recordType->field(rule.field) : nullptr;
    rule.operand = o.value(QLatin1String("value"));
    if (rule.operand.isString())
        rule.operandKey = collationKey(rule.operand.toString());
    return rule;
}

bool CompiledCondition::holds(const QJsonObject &fields) const
{
    return evaluate(m_root, fields);
}

bool CompiledCondition::evaluate(const Rule &rule, const QJsonObject &fields)
{
    if (!rule.group)
        return evaluateRule(rule, fields);
    // An empty group is true with all, false with any.
    for (const Rule &child : rule.children) {
        if (evaluate(child, fields) == rule.any)
            return rule.any;
    }
    return !rule.any;
}

bool CompiledCondition::evaluateRule(const Rule &rule, const QJsonObject &fields)
{
    const QJsonValue value = fields.value(rule.field);
    const std::optional<Kind> kind = kindOf(rule.profileField, value);
    const bool textual = !kind || *kind == Kind::Text;
    const bool empty = value.isUndefined() || value.isNull() ||
                       (textual && value.isString() && value.toString().isEmpty());
    if (rule.op == Op::IsEmpty)
        return empty;
    if (rule.op == Op::IsNotEmpty)
        return !empty;
    if (empty || !kind || rule.op == Op::Unknown)
        return false; // every other operator is false on an empty field
    const QJsonValue &operand = rule.operand;

    if (*kind == Kind::Text) {
        if (!value.isString() || !operand.isString() || rule.op == Op::GreaterThan ||
            rule.op == Op::LessThan)
            return false;
        const QString text = value.toString();
        // ASCII text folds by lower-casing alone, so compare it case-insensitively in place
        // against the operand's key (Qt's case-insensitive comparison folds simply too).
        const bool ascii = isAscii(text);
        const QString key = ascii ? QString() : collationKey(text);
        const QStringView subject = ascii ? QStringView(text) : QStringView(key);
        const Qt::CaseSensitivity cs = ascii ? Qt::CaseInsensitive : Qt::CaseSensitive;
        switch (rule.op) {
        case Op::Equals:
            return subject.compare(rule.operandKey, cs) == 0;
        case Op::NotEquals:
            return subject.compare(rule.operandKey, cs) != 0;
        case Op::Contains:
            return subject.contains(rule.operandKey, cs);
        case Op::NotContains:
            return !subject.contains(rule.operandKey, cs);
        case Op::BeginsWith:
            return subject.startsWith(rule.operandKey, cs);
        default:
            return false;
        }
    }
    // contains, notContains and beginsWith apply to text only.
    if (rule.op == Op::Contains || rule.op == Op::NotContains || rule.op == Op::BeginsWith)
        return false;
    // greaterThan and lessThan apply to numbers and dates only.
    const bool ordered = rule.op == Op::GreaterThan || rule.op == Op::LessThan;
    if (ordered && *kind != Kind::Number && *kind != Kind::Date)
        return false;
    int order = 0; // -1, 0, 1
    switch (*kind) {
    case Kind::Number:
    case Kind::Choice: {
        if (!value.isDouble() || !operand.isDouble())
            return false;
        const double a = value.toDouble();
        const double b = operand.toDouble();
        order = a < b ? -1 : a == b ? 0 : 1;
        break;
    }
    case Kind::Date: {
        const auto a = dateValue(value);
        const auto b = dateValue(operand);
        if (!a || !b)
            return false;
        order = *a < *b ? -1 : *a == *b ? 0 : 1;
        break;
    }
    case Kind::YesNo:
        if (!value.isBool() || !operand.isBool())
            return false;
        order = value.toBool() == operand.toBool() ? 0 : 1;
        break;
    case Kind::Text:
        return false;
    }
    switch (rule.op) {
    case Op::Equals:
        return order == 0;
    case Op::NotEquals:
        return order != 0;
    case Op::GreaterThan:
        return order == 1;
    case Op::LessThan:
        return order == -1;
    default:
        return false;
    }
}

bool evaluateGroup(const QJsonObject &group, const QJsonObject &fields,
                   const RecordType *recordType)
{
    return CompiledCondition(group, recordType).holds(fields);
}

} // namespace sd
