// SPDX-License-Identifier: MIT
// Field conditions on a simulated record (spec section 4, "Field conditions", and the draft
// rules of section 7): typed as the profile types the field, text compared case- and
// accent-insensitively, every operator but isEmpty false on an empty field.
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
    const QString text = v.toString();
    if (!v.isString() || text.size() != 10)
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional<qint64>(date.toJulianDay()) : std::nullopt;
}

// -1, 0, 1, or nullopt when the two values cannot be compared as `kind` (text is only equal or
// not: no operator orders it).
std::optional<int> compare(Kind kind, const QJsonValue &a, const QJsonValue &b)
{
    switch (kind) {
    case Kind::Text:
        if (!a.isString() || !b.isString())
            return std::nullopt;
        return collationKey(a.toString()) == collationKey(b.toString()) ? 0 : 1;
    case Kind::Number:
    case Kind::Choice:
        if (!a.isDouble() || !b.isDouble())
            return std::nullopt;
        return a.toDouble() < b.toDouble() ? -1 : a.toDouble() == b.toDouble() ? 0 : 1;
    case Kind::Date: {
        const auto x = dateValue(a);
        const auto y = dateValue(b);
        if (!x || !y)
            return std::nullopt;
        return *x < *y ? -1 : *x == *y ? 0 : 1;
    }
    case Kind::YesNo:
        if (!a.isBool() || !b.isBool())
            return std::nullopt;
        return a.toBool() == b.toBool() ? 0 : 1;
    }
    return std::nullopt;
}

bool evaluateRule(const QJsonObject &rule, const QJsonObject &fields, const RecordType *recordType)
{
    const QString name = rule.value(QLatin1String("field")).toString();
    const QString op = rule.value(QLatin1String("operator")).toString();
    const QJsonValue value = fields.value(name);
    const Field *field = recordType ? recordType->field(name) : nullptr;
    const std::optional<Kind> kind = kindOf(field, value);
    const bool textual = !kind || *kind == Kind::Text;
    const bool empty = value.isUndefined() || value.isNull() ||
                       (textual && value.isString() && value.toString().isEmpty());
    if (op == u"isEmpty")
        return empty;
    if (op == u"isNotEmpty")
        return !empty;
    if (empty || !kind)
        return false; // every other operator is false on an empty field
    const QJsonValue operand = rule.value(QLatin1String("value"));
    if (op == u"equals" || op == u"notEquals") {
        const std::optional<int> c = compare(*kind, value, operand);
        return c && ((*c == 0) == (op == u"equals"));
    }
    if (op == u"greaterThan" || op == u"lessThan") {
        if (*kind != Kind::Number && *kind != Kind::Date)
            return false;
        const std::optional<int> c = compare(*kind, value, operand);
        return c && *c == (op == u"greaterThan" ? 1 : -1);
    }
    if (op == u"contains" || op == u"notContains" || op == u"beginsWith") {
        if (*kind != Kind::Text || !value.isString() || !operand.isString())
            return false;
        const QString text = collationKey(value.toString());
        const QString part = collationKey(operand.toString());
        if (op == u"beginsWith")
            return text.startsWith(part);
        return text.contains(part) == (op == u"contains");
    }
    return false; // an unknown operator
}

bool isGroup(const QJsonObject &o)
{
    return o.contains(QLatin1String("rules")) ||
           (o.contains(QLatin1String("match")) && !o.contains(QLatin1String("field")) &&
            !o.contains(QLatin1String("operator")));
}

} // namespace

bool evaluateGroup(const QJsonObject &group, const QJsonObject &fields,
                   const RecordType *recordType)
{
    // `match` other than "any" is "all"; an empty group is true with all, false with any.
    const bool any = group.value(QLatin1String("match")).toString() == u"any";
    const QJsonArray rules = group.value(QLatin1String("rules")).toArray();
    for (const QJsonValue &r : rules) {
        const QJsonObject rule = r.toObject();
        const bool holds = isGroup(rule) ? evaluateGroup(rule, fields, recordType)
                                         : evaluateRule(rule, fields, recordType);
        if (holds == any)
            return any;
    }
    return !any;
}

QString collationKey(const QString &text)
{
    bool plain = true; // ASCII needs only lower-casing, the common case in a forecast
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            plain = false;
            break;
        }
    }
    if (plain)
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

} // namespace sd
