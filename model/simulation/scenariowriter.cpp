// SPDX-License-Identifier: MIT
#include "simulation/scenario.h"

#include <QJsonDocument>

namespace sd {

namespace {

QJsonObject durationToJson(Minutes minutes)
{
    QJsonObject o;
    if (minutes >= minutesPerDay)
        o.insert(QLatin1String("days"), minutes / minutesPerDay);
    if (minutes % minutesPerDay >= 60)
        o.insert(QLatin1String("hours"), (minutes % minutesPerDay) / 60);
    if (minutes % 60 != 0)
        o.insert(QLatin1String("minutes"), minutes % 60);
    return o;
}

QJsonObject stepsToJson(const QMap<QString, StepBehaviour> &steps)
{
    QJsonObject out;
    for (auto it = steps.begin(); it != steps.end(); ++it) {
        const StepBehaviour &b = it.value();
        QJsonObject step;
        if (b.completeAfter)
            step.insert(QLatin1String("completeAfter"), durationToJson(*b.completeAfter));
        if (b.skip)
            step.insert(QLatin1String("skip"), *b.skip);
        if (b.events) {
            QJsonObject events;
            for (auto e = b.events->begin(); e != b.events->end(); ++e)
                events.insert(e.key(), durationToJson(e.value()));
            step.insert(QLatin1String("events"), events);
        }
        if (b.outcome)
            step.insert(QLatin1String("outcome"), *b.outcome);
        if (b.version)
            step.insert(QLatin1String("version"), *b.version);
        out.insert(it.key(), step);
    }
    return out;
}

} // namespace

QByteArray writeScenarioFile(const Scenario &s)
{
    QJsonObject root{{"format", "sequence-designer-scenario"}, {"formatVersion", 1}};
    if (s.name)
        root.insert(QLatin1String("name"), *s.name);
    if (s.start)
        root.insert(QLatin1String("start"), ZoneClock::formatWithOffset(*s.start, s.startOffset));
    QJsonObject record;
    if (!s.fields.isEmpty())
        record.insert(QLatin1String("fields"), s.fields);
    if (s.stage)
        record.insert(QLatin1String("stage"),
                      QJsonObject{{"process", s.stage->process}, {"stage", s.stage->stage}});
    if (!record.isEmpty())
        root.insert(QLatin1String("record"), record);
    if (s.sellerCompleteAfter != 0)
        root.insert(QLatin1String("seller"),
                    QJsonObject{{"completeAfter", durationToJson(s.sellerCompleteAfter)}});
    if (!s.steps.isEmpty())
        root.insert(QLatin1String("steps"), stepsToJson(s.steps));
    if (!s.personaSteps.isEmpty())
        root.insert(QLatin1String("personaSteps"), stepsToJson(s.personaSteps));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace sd
