// SPDX-License-Identifier: MIT
// Reading a scenario file (spec sequence-simulation.md, sections 3 and 7): the same strict JSON
// parser and limits as sequence files, then the schema; nothing here needs the sequence.
#include "jsonparser.h"
#include "simulation/scenario.h"
#include "simulation/simulationtext.h"

#include <QFile>
#include <QJsonArray>

#include <cmath>

namespace sd {

namespace {

Diagnostic scenarioError(const char *code, const QString &message, const QString &stepId = {})
{
    return {QString::fromLatin1(code), Severity::Error, stepId, message, {}};
}

QJsonValue get(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return v.isNull() ? QJsonValue(QJsonValue::Undefined) : v;
}

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return ScenarioText::tr("true or false");
    case QJsonValue::Double:
        return ScenarioText::tr("a number");
    case QJsonValue::String:
        return ScenarioText::tr("a string");
    case QJsonValue::Array:
        return ScenarioText::tr("an array");
    case QJsonValue::Object:
        return ScenarioText::tr("an object");
    default:
        return ScenarioText::tr("null");
    }
}

QString keyPath(const QString &path, const QString &key)
{
    for (QChar c : key) {
        if (!(c.isLetterOrNumber() || c == u'_'))
            return path + QStringLiteral("['") + key + QStringLiteral("']");
    }
    return path + u'.' + key;
}

class Reader
{
public:
    explicit Reader(ScenarioReadResult &result) : m_result(result) {}
    void read(const QJsonObject &root);

private:
    void schema(const QString &message, const QString &stepId = {})
    {
        if (m_result.diagnostics.size() < 1000)
            m_result.diagnostics.append(scenarioError("scenario.schema", message, stepId));
    }
    void wrongType(const QString &path, const QString &expected, const QJsonValue &found,
                   const QString &stepId = {})
    {
        schema(ScenarioText::tr("%1 must be %2, but it is %3. Correct the value.")
                   .arg(path, expected, jsonTypeName(found)),
               stepId);
    }
    std::optional<Minutes> readDuration(const QJsonValue &v, const QString &path,
                                        const QString &stepId = {});
    void readRecord(const QJsonValue &v);
    void readStep(const QString &id, const QJsonValue &v, const QString &path, StepBehaviour *out);

    ScenarioReadResult &m_result;
};

std::optional<Minutes> Reader::readDuration(const QJsonValue &v, const QString &path,
                                            const QString &stepId)
{
    if (!v.isObject()) {
        wrongType(path, ScenarioText::tr("a duration such as {\"days\": 1, \"hours\": 2}"), v,
                  stepId);
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    double total = 0;
    bool ok = true;
    for (const auto &[key, minutes] :
         {std::pair{QLatin1StringView("days"), 1440.0}, std::pair{QLatin1StringView("hours"), 60.0},
          std::pair{QLatin1StringView("minutes"), 1.0}}) {
        const QJsonValue part = get(o, key);
        if (part.isUndefined())
            continue;
        const double d = part.toDouble(-1);
        if (!part.isDouble() || !std::isfinite(d) || d < 0 || d != std::floor(d)) {
            schema(ScenarioText::tr("%1 must be a whole number of 0 or more, but it is %2. Write "
                                    "a whole number such as 2.")
                       .arg(keyPath(path, key),
                            part.isDouble() ? QString::number(d) : jsonTypeName(part)),
                   stepId);
            ok = false;
            continue;
        }
        total += d * minutes;
    }
    if (!ok)
        return std::nullopt;
    if (total > double(scenarioLimits::maxDuration)) {
        schema(ScenarioText::tr("%1 is longer than 36,525 days (100 years). Shorten it.").arg(path),
               stepId);
        return std::nullopt;
    }
    return Minutes(total);
}

void Reader::readRecord(const QJsonValue &v)
{
    const QString path = QStringLiteral("$.record");
    if (!v.isObject()) {
        wrongType(path, ScenarioText::tr("an object"), v);
        return;
    }
    const QJsonObject record = v.toObject();
    if (const QJsonValue fields = get(record, QLatin1StringView("fields")); !fields.isUndefined()) {
        if (!fields.isObject()) {
            wrongType(path + QStringLiteral(".fields"),
                      ScenarioText::tr("an object of field values"), fields);
        } else {
            const QJsonObject o = fields.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!it.value().isNull())
                    m_result.scenario.fields.insert(it.key(), it.value());
            }
        }
    }
    const QJsonValue stage = get(record, QLatin1StringView("stage"));
    if (stage.isUndefined())
        return;
    const QString stagePath = path + QStringLiteral(".stage");
    if (!stage.isObject()) {
        wrongType(stagePath, ScenarioText::tr("an object with \"process\" and \"stage\""), stage);
        return;
    }
    RecordStage out;
    bool ok = true;
    for (const auto &[key, into] : {std::pair{QLatin1StringView("process"), &out.process},
                                    std::pair{QLatin1StringView("stage"), &out.stage}}) {
        const QJsonValue text = get(stage.toObject(), key);
        if (text.isUndefined()) {
            schema(ScenarioText::tr("%1 is missing. Add the record's %2 as the profile spells it.")
                       .arg(keyPath(stagePath, key), key));
            ok = false;
        } else if (!text.isString()) {
            wrongType(keyPath(stagePath, key), ScenarioText::tr("a string"), text);
            ok = false;
        } else {
            *into = text.toString();
        }
    }
    if (ok)
        m_result.scenario.stage = out;
}

void Reader::readStep(const QString &id, const QJsonValue &v, const QString &path,
                      StepBehaviour *out)
{
    if (!v.isObject()) {
        wrongType(path, ScenarioText::tr("an object"), v, id);
        return;
    }
    const QJsonObject o = v.toObject();
    if (const QJsonValue c = get(o, QLatin1StringView("completeAfter")); !c.isUndefined())
        out->completeAfter = readDuration(c, path + QStringLiteral(".completeAfter"), id);
    if (const QJsonValue skip = get(o, QLatin1StringView("skip")); !skip.isUndefined()) {
        if (skip.isBool())
            out->skip = skip.toBool();
        else
            wrongType(path + QStringLiteral(".skip"), ScenarioText::tr("true or false"), skip, id);
    }
    if (const QJsonValue events = get(o, QLatin1StringView("events")); !events.isUndefined()) {
        const QString eventsPath = path + QStringLiteral(".events");
        if (!events.isObject()) {
            wrongType(eventsPath,
                      ScenarioText::tr("an object of events such as {\"opened\": {\"hours\": 5}}"),
                      events, id);
        } else {
            const QJsonObject e = events.toObject();
            out->events.emplace();
            for (auto it = e.begin(); it != e.end(); ++it) {
                if (it.value().isNull())
                    continue;
                if (const auto after = readDuration(it.value(), keyPath(eventsPath, it.key()), id))
                    out->events->insert(it.key(), *after);
            }
        }
    }
    for (const auto &[key, into] : {std::pair{QLatin1StringView("outcome"), &out->outcome},
                                    std::pair{QLatin1StringView("version"), &out->version}}) {
        const QJsonValue text = get(o, key);
        if (text.isUndefined())
            continue;
        if (text.isString())
            *into = text.toString();
        else
            wrongType(keyPath(path, key), ScenarioText::tr("a string"), text, id);
    }
}

void Reader::read(const QJsonObject &root)
{
    Scenario &s = m_result.scenario;
    if (const QJsonValue name = get(root, QLatin1StringView("name")); !name.isUndefined()) {
        if (name.isString())
            s.name = name.toString();
        else
            wrongType(QStringLiteral("$.name"), ScenarioText::tr("a string"), name);
    }
    if (const QJsonValue start = get(root, QLatin1StringView("start")); !start.isUndefined()) {
        const std::optional<Minutes> at =
            start.isString() ? parseInstant(start.toString()) : std::nullopt;
        if (!at) {
            schema(ScenarioText::tr("$.start must be a date and time with an offset, such as "
                                    "\"2026-12-07T09:00:00+01:00\" (seconds, when given, 00), "
                                    "but it is %1. Correct it.")
                       .arg(start.isString() ? u'"' + start.toString().left(80) + u'"'
                                             : jsonTypeName(start)));
        } else {
            s.start = at;
            const QString text = start.toString();
            if (!text.endsWith(u'Z')) {
                const int sign = text.at(text.size() - 6) == u'-' ? -1 : 1;
                s.startOffset =
                    sign * (text.mid(text.size() - 5, 2).toInt() * 60 + text.right(2).toInt());
            }
        }
    }
    if (const QJsonValue record = get(root, QLatin1StringView("record")); !record.isUndefined())
        readRecord(record);
    if (const QJsonValue seller = get(root, QLatin1StringView("seller")); !seller.isUndefined()) {
        if (!seller.isObject()) {
            wrongType(QStringLiteral("$.seller"), ScenarioText::tr("an object"), seller);
        } else if (const QJsonValue c = get(seller.toObject(), QLatin1StringView("completeAfter"));
                   !c.isUndefined()) {
            s.sellerCompleteAfter =
                readDuration(c, QStringLiteral("$.seller.completeAfter")).value_or(0);
        }
    }
    for (const auto &[key, into] :
         {std::pair{QLatin1StringView("steps"), &s.steps},
          std::pair{QLatin1StringView("personaSteps"), &s.personaSteps}}) {
        const QJsonValue steps = get(root, key);
        if (steps.isUndefined())
            continue;
        const QString path = QStringLiteral("$.") + key;
        if (!steps.isObject()) {
            wrongType(path, ScenarioText::tr("an object of steps by id"), steps);
            continue;
        }
        const QJsonObject o = steps.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isNull())
                continue;
            StepBehaviour behaviour;
            readStep(it.key(), it.value(), keyPath(path, it.key()), &behaviour);
            into->insert(it.key(), behaviour);
        }
    }
}

Diagnostic tooLarge()
{
    return scenarioError("scenario.limit",
                         ScenarioText::tr("The scenario file is larger than 64 MiB. A scenario "
                                          "names a few steps; choose the right file."));
}

void checkHeader(const QJsonObject &root, ScenarioReadResult &result, bool *ok)
{
    const QJsonValue format = get(root, QLatin1StringView("format"));
    if (format != QJsonValue(QStringLiteral("sequence-designer-scenario"))) {
        result.diagnostics.append(scenarioError(
            "scenario.schema",
            ScenarioText::tr("This is not a scenario file: \"format\" must be "
                             "\"sequence-designer-scenario\". Open a scenario file, or add "
                             "\"format\": \"sequence-designer-scenario\" at the top.")));
        *ok = false;
        return;
    }
    const QJsonValue version = get(root, QLatin1StringView("formatVersion"));
    if (!version.isDouble() || version.toDouble() != 1.0) {
        result.diagnostics.append(scenarioError(
            "scenario.schema",
            ScenarioText::tr("The scenario's \"formatVersion\" must be 1, the version this program "
                             "reads. Write \"formatVersion\": 1, or open the file with the "
                             "program that wrote it.")));
        *ok = false;
    }
}

} // namespace

ScenarioReadResult readScenarioFile(const QByteArray &bytes)
{
    ScenarioReadResult result;
    if (bytes.size() > scenarioLimits::maxFileBytes) {
        result.diagnostics.append(tooLarge());
        return result;
    }
    const JsonParseResult parsed = parseJson(bytes, {64, 1024 * 1024});
    if (!parsed.ok()) {
        const JsonError &e = parsed.error;
        if (e.kind == JsonError::Kind::Syntax)
            result.diagnostics.append(scenarioError(
                "scenario.syntax",
                ScenarioText::tr("The scenario is not valid JSON: line %1, column %2: %3")
                    .arg(e.line)
                    .arg(e.column)
                    .arg(e.message)));
        else
            result.diagnostics.append(scenarioError(
                "scenario.limit",
                ScenarioText::tr("The scenario goes over a limit at line %1, column %2: %3")
                    .arg(e.line)
                    .arg(e.column)
                    .arg(e.message)));
        return result;
    }
    if (!parsed.value.isObject()) {
        result.diagnostics.append(scenarioError(
            "scenario.schema",
            ScenarioText::tr("The scenario holds a JSON value that is not an object. A scenario "
                             "is one object with \"format\": \"sequence-designer-scenario\"; see "
                             "docs/simulation.md.")));
        return result;
    }
    const QJsonObject root = parsed.value.toObject();
    bool ok = true;
    checkHeader(root, result, &ok);
    if (!ok)
        return result;
    Reader(result).read(root);
    return result;
}

ScenarioReadResult readScenarioFile(const QString &path)
{
    QFile file(path);
    if (file.size() > scenarioLimits::maxFileBytes) { // refused from its size, unread
        ScenarioReadResult result;
        result.diagnostics.append(tooLarge());
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        ScenarioReadResult result;
        result.diagnostics.append(scenarioError(
            "scenario.io", ScenarioText::tr("Cannot open the scenario %1: %2. Check that the file "
                                            "exists and that you may read it.")
                               .arg(path, file.errorString())));
        return result;
    }
    return readScenarioFile(file.read(scenarioLimits::maxFileBytes + 1));
}

} // namespace sd
