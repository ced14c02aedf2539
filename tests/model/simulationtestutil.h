// SPDX-License-Identifier: MIT
#pragma once

// Builds the sequences, profiles and scenarios of the simulation tests from short JSON, and
// writes a run as compact lines ("intro sent 12-07 09:00 12-07 09:00") to compare with timelines
// computed by hand.

#include "profile.h"
#include "sequencefile.h"
#include "simulation/scenario.h"
#include "simulation/simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace simtest {

inline const sd::Profile &osloProfile()
{
    static const sd::Profile profile = [] {
        QString error;
        auto p = sd::Profile::load(SD_TEST_DATA "/simulation/oslo.profile.json", &error);
        if (!p)
            qFatal("%s", qPrintable(error));
        return *p;
    }();
    return profile;
}

// A profile like osloProfile with another calendar (a JSON object).
inline sd::Profile withCalendar(const char *calendar)
{
    sd::Profile p = osloProfile();
    QString error;
    auto other = sd::Profile::fromJson(
        QByteArray(
            R"({"name": "C", "recordTypes": [{"name": "lead", "fields": []}], "calendar": )") +
            calendar + "}",
        &error);
    if (!other)
        qFatal("%s", qPrintable(error));
    p.calendar = other->calendar;
    return p;
}

// One lead sequence; its start is the first step of `steps` (a JSON array).
inline sd::Sequence sequence(const QByteArray &steps, const QByteArray &options = "{}")
{
    const QJsonArray array = QJsonDocument::fromJson(steps).array();
    QByteArray doc = R"({"format": "sequence-designer", "formatVersion": 1, "sequences": [{)"
                     R"("id": "3f6c1b2e-4a5d-4e8f-9a0b-1c2d3e4f5a6b", "name": "Test", )"
                     R"("recordType": "lead", "options": )" +
                     options + ", ";
    if (!array.isEmpty())
        doc += R"("start": ")" + array.first().toObject().value("id").toString().toUtf8() + "\", ";
    doc += R"("steps": )" + steps + "}]}";
    const sd::ReadResult read = sd::readSequenceFile(doc);
    if (!read.ok() || read.sequences.size() != 1)
        qFatal("test sequence does not read: %s\n%s", qPrintable(read.diagnostics.value(0).message),
               doc.constData());
    return read.sequences.first();
}

// A scenario from the members after format and version (`"start": …, "steps": …`).
inline sd::Scenario scenario(const QByteArray &members)
{
    const QByteArray doc =
        R"({"format": "sequence-designer-scenario", "formatVersion": 1, )" + members + "}";
    const sd::ScenarioReadResult read = sd::readScenarioFile(doc);
    if (!read.ok())
        qFatal("test scenario does not read: %s\n%s", qPrintable(read.diagnostics.value(0).message),
               doc.constData());
    return read.scenario;
}

// "12-07 09:00": the local date without the year, and the time.
inline QString local(const sd::ZoneClock &clock, sd::Minutes at)
{
    return clock.format(at).mid(5, 11).replace(u'T', u' ');
}

inline QStringList lines(const sd::SimulationResult &r, const sd::ZoneClock &clock)
{
    QStringList out;
    for (const sd::StepRun &run : r.steps) {
        QString line = run.step->id + u' ' + sd::statusKey(run.status) + u' ' +
                       local(clock, run.start) + u' ' + local(clock, run.end);
        if (!run.version.isNull())
            line += u' ' + QString(run.version);
        out.append(line);
    }
    QString end = QStringLiteral("end ") + local(clock, r.end) + u' ' + sd::reasonKey(r.reason);
    if (r.reason == sd::EndReason::Advanced)
        end += u' ' + r.target.value_or(QStringLiteral("null"));
    out.append(end);
    return out;
}

} // namespace simtest
