// SPDX-License-Identifier: MIT
// The preview's timeline written out: as CSV for a spreadsheet, and its manual activities as
// iCalendar events (libical) so a seller's calendar shows the days.
#include "preview.h"

#include "librarysession.h"
#include "previewexport.h"
#include "sequence.h"

#include <QDateTime>
#include <QSaveFile>
#include <QUuid>

#include <libical/ical.h>

namespace sd {

namespace {

QString csvCell(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

icaltimetype utcTime(Minutes at)
{
    return icaltime_from_timet_with_zone(time_t(at * 60), 0, icaltimezone_get_utc_timezone());
}

} // namespace

QString writeExport(const QUrl &file, const QByteArray &bytes)
{
    const QString path = LibrarySession::localPath(file);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return Preview::tr("Could not write %1: %2. Choose another folder or file name.")
            .arg(path, out.errorString());
    return {};
}

QByteArray timelineCsv(const QList<TimelineRow> &rows)
{
    QString out = QStringLiteral("day,start,end,step,name,type,status\n");
    for (const TimelineRow &r : rows) {
        const QStringList cells{
            QString::number(r.day), r.date, r.endDate, r.stepId, r.name, r.type, r.status};
        QStringList quoted;
        for (const QString &c : cells)
            quoted.append(csvCell(c));
        out += quoted.join(u',') + u'\n';
    }
    return out.toUtf8();
}

QByteArray timelineIcs(const QList<TimelineRow> &rows, const QString &sequenceName)
{
    icalcomponent *calendar =
        icalcomponent_vanew(ICAL_VCALENDAR_COMPONENT, icalproperty_new_version("2.0"),
                            icalproperty_new_prodid("-//Sequence Designer//Preview//EN"), nullptr);
    const icaltimetype stamp = utcTime(QDateTime::currentSecsSinceEpoch() / 60);
    for (const TimelineRow &r : rows) {
        if (!r.manual)
            continue;
        icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        const QByteArray uid =
            QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8() + "@sequence-designer";
        const QByteArray summary = QStringLiteral("%1 (%2)").arg(r.name, r.typeName).toUtf8();
        const QByteArray description = Preview::tr("%1, step %2 of the sequence “%3”")
                                           .arg(r.typeName, r.stepId, sequenceName)
                                           .toUtf8();
        // An activity done the moment it is due still takes the seller some time.
        const Minutes end = std::max(r.end, r.start + activityMinutes);
        icalcomponent_add_property(event, icalproperty_new_uid(uid.constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(event, icalproperty_new_dtstart(utcTime(r.start)));
        icalcomponent_add_property(event, icalproperty_new_dtend(utcTime(end)));
        icalcomponent_add_property(event, icalproperty_new_summary(summary.constData()));
        icalcomponent_add_property(event, icalproperty_new_description(description.constData()));
        icalcomponent_add_property(event, icalproperty_new_categories(r.type.toUtf8().constData()));
        icalcomponent_add_component(calendar, event);
    }
    char *text = icalcomponent_as_ical_string_r(calendar);
    const QByteArray bytes(text);
    icalmemory_free_buffer(text);
    icalcomponent_free(calendar);
    return bytes;
}

bool Preview::exportCsv(const QUrl &file)
{
    return writeFile(file, timelineCsv(m_timeline.rows()));
}

bool Preview::exportIcs(const QUrl &file)
{
    return writeFile(file, timelineIcs(m_timeline.rows(), m_sequence.name));
}

} // namespace sd
