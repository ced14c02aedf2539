// SPDX-License-Identifier: MIT
#include "sequencereaderparts.h"
#include "translation.h"

#include "steptype.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QVarLengthArray>

#include <cmath>

namespace sd::detail {

QString shorten(const QString &text)
{
    constexpr qsizetype shown = 40;
    if (text.size() <= shown)
        return text;
    const qsizetype cut = text[shown - 1].isHighSurrogate() ? shown - 1 : shown;
    return text.left(cut) + QChar(0x2026);
}

QString formatNumber(double value)
{
    constexpr double int64Bound = 9223372036854775808.0;
    if (std::trunc(value) == value && value >= -int64Bound && value < int64Bound)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QJsonValue get(const QJsonObject &object, const char *key)
{
    const QJsonValue v = object.value(QLatin1StringView(key));
    return v.isNull() ? QJsonValue(QJsonValue::Undefined) : v;
}

bool isAbsent(const QJsonObject &object, const char *key)
{
    return get(object, key).isUndefined();
}

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && std::trunc(value.toDouble()) == value.toDouble();
}

namespace {

QString describeValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return SequenceFileText::tr("the string \"%1\"").arg(shorten(v.toString()));
    case QJsonValue::Double: {
        const qint64 a = v.toInteger(0);
        const bool exact = a == v.toInteger(1);
        return SequenceFileText::tr("the number %1")
            .arg(exact ? QString::number(a) : formatNumber(v.toDouble()));
    }
    case QJsonValue::Bool:
        return v.toBool() ? SequenceFileText::tr("true") : SequenceFileText::tr("false");
    case QJsonValue::Object:
        return SequenceFileText::tr("an object");
    case QJsonValue::Array:
        return SequenceFileText::tr("an array");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return SequenceFileText::tr("null");
}

} // namespace

void ValueReader::problem(const QString &message)
{
    if (m_stopped)
        return;
    if (m_problems == maxProblems) {
        m_stopped = true;
        m_result.diagnostics.append(
            {QStringLiteral("file.schema"),
             Severity::Error,
             {},
             SequenceFileText::tr(
                 "The file has more than %1 problems; reading stopped there. Fix the problems "
                 "listed and open the file again.")
                 .arg(maxProblems),
             {}});
        return;
    }
    ++m_problems;
    m_result.diagnostics.append(
        {QStringLiteral("file.schema"), Severity::Error, m_stepId, message, m_sequenceId});
}

void ValueReader::missing(const JsonPath &path, const QString &hint)
{
    if (!m_stopped)
        problem(SequenceFileText::tr("%1 is missing. %2").arg(path.toString(), hint));
}

void ValueReader::wrongType(const JsonPath &path, const QString &expected, const QJsonValue &found)
{
    if (!m_stopped) {
        problem(SequenceFileText::tr("%1 must be %2, but it is %3. Correct the value.")
                    .arg(path.toString(), expected, describeValue(found)));
    }
}

void ValueReader::tooLong(const JsonPath &path, qsizetype length, qsizetype max)
{
    problem(SequenceFileText::tr("%1 has %2 characters; at most %3 are allowed. Shorten it.")
                .arg(path.toString())
                .arg(length)
                .arg(max));
}

std::optional<QString> ValueReader::readString(const QJsonObject &o, const char *key,
                                               const JsonPath &path)
{
    const QJsonValue v = get(o, key);
    if (v.isUndefined())
        return std::nullopt;
    return stringValue(v, path);
}

std::optional<QString> ValueReader::stringValue(const QJsonValue &v, const JsonPath &path)
{
    if (!v.isString()) {
        wrongType(path, expectString(), v);
        return std::nullopt;
    }
    return v.toString();
}

QString ValueReader::readText(const QJsonObject &o, const char *key, const JsonPath &path,
                              qsizetype maxLength)
{
    const QString text = readString(o, key, path).value_or(QString());
    if (const qsizetype n = codePoints(text); n > maxLength)
        tooLong(path, n, maxLength);
    return text;
}

bool ValueReader::readBool(const QJsonObject &o, const char *key, const JsonPath &path)
{
    const QJsonValue v = get(o, key);
    if (!v.isUndefined() && !v.isBool())
        wrongType(path, expectBool(), v);
    return v.toBool();
}

QJsonObject ValueReader::readObject(const QJsonObject &o, const char *key, const JsonPath &path)
{
    const QJsonValue v = get(o, key);
    if (!v.isUndefined() && !v.isObject())
        wrongType(path, expectObject(), v);
    return v.toObject();
}

QJsonObject ValueReader::readKnownParams(const StepType &type, const QJsonObject &params,
                                         const JsonPath &path)
{
    QVarLengthArray<std::pair<const ParamSpec *, QJsonValue>, 8> kept;
    bool changed = false;
    for (const ParamSpec &spec : type.params) {
        const QJsonValue v = params.value(spec.key);
        if (v.isUndefined() || v.isNull())
            continue;
        const QJsonValue value = readParam(spec, v, path.key(spec.key), changed);
        if (value.isUndefined())
            changed = true;
        else
            kept.append({&spec, value});
    }
    // Fewer kept than present: unknown keys or nulls, which are dropped.
    if (!changed && kept.size() == params.size())
        return params;
    QJsonObject out;
    for (const auto &[spec, value] : kept)
        out.insert(spec->key, value);
    return out;
}

QJsonValue ValueReader::readParam(const ParamSpec &spec, const QJsonValue &v, const JsonPath &path,
                                  bool &changed)
{
    switch (spec.kind) {
    case ParamKind::EmailTemplate:
    case ParamKind::SmsTemplate:
    case ParamKind::Text:
    case ParamKind::Choice:
    case ParamKind::Process:
    case ParamKind::SequenceRef:
    case ParamKind::Field:
        if (v.isString())
            return v;
        wrongType(path, expectString(), v);
        return {};
    case ParamKind::Days:
    case ParamKind::Hours:
    case ParamKind::Integer:
        if (isWholeNumber(v))
            return v;
        wrongType(path, expectWholeNumber(), v);
        return {};
    case ParamKind::Bool:
        if (v.isBool())
            return v;
        wrongType(path, expectBool(), v);
        return {};
    case ParamKind::FieldValue:
        if (v.isString() || v.isDouble() || v.isBool())
            return v;
        wrongType(path, expectFieldValue(), v);
        return {};
    case ParamKind::ChoiceSet:
    case ParamKind::CallResults:
    case ParamKind::Stages:
        return readStringArray(v, path, changed);
    case ParamKind::Duration:
        return readMembers(
            v, path, {"days", "hours"}, true,
            SequenceFileText::tr("an object {\"days\": whole number, \"hours\": whole number}"),
            changed);
    case ParamKind::AbVersion:
        return readMembers(
            v, path, {"name", "template"}, false,
            SequenceFileText::tr("an object {\"name\": string, \"template\": string}"), changed);
    case ParamKind::AbEnd:
        return readMembers(v, path, {"mode", "at"}, false,
                           SequenceFileText::tr("an object {\"mode\": string, \"at\": string}"),
                           changed);
    case ParamKind::FieldRules:
        return readRules(v, path, changed);
    }
    return {};
}

QJsonValue ValueReader::readStringArray(const QJsonValue &v, const JsonPath &path, bool &changed)
{
    if (!v.isArray()) {
        wrongType(path, expectStringArray(), v);
        return {};
    }
    const QJsonArray in = v.toArray();
    bool allStrings = true;
    for (qsizetype i = 0; i < in.size() && !stopped(); ++i) {
        if (!in.at(i).isString()) {
            wrongType(path.index(i), expectString(), in.at(i));
            allStrings = false;
        }
    }
    if (allStrings)
        return v;
    changed = true;
    QJsonArray out;
    for (const QJsonValue &element : in) {
        if (element.isString())
            out.append(element);
    }
    return out;
}

QJsonValue ValueReader::readMembers(const QJsonValue &v, const JsonPath &path,
                                    std::initializer_list<const char *> keys, bool wholeNumbers,
                                    const QString &expected, bool &changed)
{
    if (!v.isObject()) {
        wrongType(path, expected, v);
        return {};
    }
    const QJsonObject in = v.toObject();
    QJsonObject out;
    qsizetype valid = 0;
    for (const char *key : keys) {
        const QJsonValue member = get(in, key);
        if (member.isUndefined())
            continue;
        const QString name = QString::fromLatin1(key);
        if (wholeNumbers ? isWholeNumber(member) : member.isString()) {
            ++valid;
            out.insert(name, member);
        } else {
            wrongType(path.key(name), wholeNumbers ? expectWholeNumber() : expectString(), member);
        }
    }
    if (valid == in.size())
        return v;
    changed = true;
    return out;
}

QJsonValue ValueReader::readRules(const QJsonValue &v, const JsonPath &path, bool &changed)
{
    if (!v.isArray()) {
        wrongType(path, expectRules(), v);
        return {};
    }
    const QJsonArray in = v.toArray();
    QJsonArray out;
    bool rulesChanged = false;
    for (qsizetype i = 0; i < in.size() && !stopped(); ++i) {
        const QJsonValue rule = readRuleOrGroup(in.at(i), path.index(i), rulesChanged);
        if (rule.isUndefined())
            rulesChanged = true;
        else
            out.append(rule);
    }
    if (!rulesChanged)
        return v;
    changed = true;
    return out;
}

QJsonValue ValueReader::readRuleOrGroup(const QJsonValue &value, const JsonPath &path,
                                        bool &changed)
{
    if (!value.isObject()) {
        wrongType(path, expectRule(), value);
        return {};
    }
    const QJsonObject in = value.toObject();
    const bool group = !isAbsent(in, "rules") || (!isAbsent(in, "match") && isAbsent(in, "field") &&
                                                  isAbsent(in, "operator"));
    if (group)
        return readRuleGroup(in, path, changed);
    QJsonObject out;
    if (const auto field = readString(in, "field", path.key(u"field")))
        out.insert(QLatin1String("field"), *field);
    if (const auto op = readString(in, "operator", path.key(u"operator")))
        out.insert(QLatin1String("operator"), *op);
    if (const QJsonValue v = get(in, "value"); !v.isUndefined()) {
        if (v.isString() || v.isDouble() || v.isBool())
            out.insert(QLatin1String("value"), v);
        else
            wrongType(path.key(u"value"), expectFieldValue(), v);
    }
    if (out.size() == in.size())
        return value;
    changed = true;
    return out;
}

// Recursion here follows the nesting of the file, which the parser bounds at 64 levels.
QJsonObject ValueReader::readRuleGroup(const QJsonObject &group, const JsonPath &path,
                                       bool &changed)
{
    QJsonObject out;
    if (const auto match = readString(group, "match", path.key(u"match")))
        out.insert(QLatin1String("match"), *match);
    const JsonPath rulesPath = path.key(u"rules");
    bool rulesChanged = false;
    if (const QJsonValue rules = get(group, "rules"); !rules.isUndefined()) {
        const QJsonValue kept = readRules(rules, rulesPath, rulesChanged);
        if (!kept.isUndefined())
            out.insert(QLatin1String("rules"), kept);
    }
    if (!rulesChanged && out.size() == group.size())
        return group;
    changed = true;
    return out;
}

QString ValueReader::expectString()
{
    return SequenceFileText::tr("a string");
}

QString ValueReader::expectNumber()
{
    return SequenceFileText::tr("a number");
}

QString ValueReader::expectWholeNumber()
{
    return SequenceFileText::tr("a whole number");
}

QString ValueReader::expectBool()
{
    return SequenceFileText::tr("true or false");
}

QString ValueReader::expectObject()
{
    return SequenceFileText::tr("an object");
}

QString ValueReader::expectArray()
{
    return SequenceFileText::tr("an array");
}

QString ValueReader::expectStringArray()
{
    return SequenceFileText::tr("an array of strings");
}

QString ValueReader::expectGroup()
{
    return SequenceFileText::tr("an object {\"match\": \"all\" or \"any\", \"rules\": [...]}");
}

QString ValueReader::expectPosition()
{
    return SequenceFileText::tr("an object {\"x\": number, \"y\": number}");
}

QString ValueReader::expectFieldValue()
{
    return SequenceFileText::tr("a string, a number, true or false");
}

QString ValueReader::expectRules()
{
    return SequenceFileText::tr("an array of field rules");
}

QString ValueReader::expectRule()
{
    return SequenceFileText::tr(
        "an object {\"field\", \"operator\", \"value\"} or a group {\"match\", \"rules\"}");
}

} // namespace sd::detail
