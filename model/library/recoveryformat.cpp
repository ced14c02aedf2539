// SPDX-License-Identifier: MIT
#include "recoveryformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sd::detail {

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray propertiesToJson(const Sequence &s)
{
    QJsonObject o{{"name", s.name},
                  {"description", s.description},
                  {"recordType", s.recordType},
                  {"tags", QJsonArray::fromStringList(s.tags)},
                  {"exitOnEmailReply", s.options.exitOnEmailReply},
                  {"skipNonWorkingDays", s.options.skipNonWorkingDays},
                  {"assignmentTo", Assignment::toKey(s.assignment.to)},
                  {"assignmentField", s.assignment.field},
                  {"assignmentCondition", s.assignment.condition},
                  {"start", s.start}};
    if (s.templateInfo) {
        o.insert("template", QJsonObject{{"title", s.templateInfo->title},
                                         {"category", s.templateInfo->category},
                                         {"language", s.templateInfo->language}});
    }
    return compact(o);
}

void propertiesFromJson(const QByteArray &json, Sequence &s)
{
    const QJsonObject o = parse(json);
    s.name = o.value("name").toString();
    s.description = o.value("description").toString();
    s.recordType = o.value("recordType").toString();
    s.tags.clear();
    for (const QJsonValue &tag : o.value("tags").toArray())
        s.tags.append(tag.toString());
    s.options.exitOnEmailReply = o.value("exitOnEmailReply").toBool();
    s.options.skipNonWorkingDays = o.value("skipNonWorkingDays").toBool();
    s.assignment.to = Assignment::fromKey(o.value("assignmentTo").toString())
                          .value_or(Assignment::To::RecordOwner);
    s.assignment.field = o.value("assignmentField").toString();
    s.assignment.condition = o.value("assignmentCondition").toObject();
    s.start = o.value("start").toString();
    s.templateInfo.reset();
    if (o.value("template").isObject()) {
        const QJsonObject t = o.value("template").toObject();
        s.templateInfo = TemplateInfo{t.value("title").toString(), t.value("category").toString(),
                                      t.value("language").toString()};
    }
}

QString nameInProperties(const QByteArray &json)
{
    return parse(json).value("name").toString();
}

QByteArray stepToJson(const Step &step, const std::optional<QPointF> &position)
{
    QJsonObject o{{"id", step.id},         {"type", step.type},
                  {"name", step.name},     {"description", step.description},
                  {"params", step.params}, {"next", step.next},
                  {"yes", step.yes},       {"no", step.no}};
    if (position) {
        o.insert("x", position->x());
        o.insert("y", position->y());
    }
    return compact(o);
}

Step stepFromJson(const QByteArray &json, std::optional<QPointF> *position)
{
    const QJsonObject o = parse(json);
    Step step;
    step.id = o.value("id").toString();
    step.type = o.value("type").toString();
    step.name = o.value("name").toString();
    step.description = o.value("description").toString();
    step.params = o.value("params").toObject();
    step.next = o.value("next").toString();
    step.yes = o.value("yes").toString();
    step.no = o.value("no").toString();
    if (o.contains("x"))
        *position = QPointF(o.value("x").toDouble(), o.value("y").toDouble());
    else
        position->reset();
    return step;
}

QByteArray orderToJson(const QStringList &ids)
{
    return QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact);
}

QStringList orderFromJson(const QByteArray &json)
{
    QStringList ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
        ids.append(v.toString());
    return ids;
}

QStringList stepOrder(const Sequence &s)
{
    QStringList ids;
    ids.reserve(s.stepCount());
    for (const Step &step : s.steps())
        ids.append(step.id);
    return ids;
}

std::optional<QPointF> positionOf(const Sequence &s, const QString &id)
{
    const auto it = s.layout.constFind(id);
    if (it == s.layout.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace sd::detail
