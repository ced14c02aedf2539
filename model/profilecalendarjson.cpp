// SPDX-License-Identifier: MIT
// Reading the profile's calendar (time zone, working days, holidays; docs/profile.md).
#include "profilereader.h"

#include <QDate>
#include <QTimeZone>

#include <algorithm>

namespace sd::profilejson {

namespace {

// An IANA zone name: '/'-separated parts of ASCII letters, digits, '_', '-', '+' and '.', none
// "." or "..", and a zone this computer knows. Qt 6.4's list of available ids holds only
// zone.tab's names (not Etc/UTC, US/Eastern, Europe/Kiev …) and adds offset names such as
// "UTC+01:00", which are no IANA names; POSIX rules with ',' or ':' are refused by the syntax.
bool isIanaZone(const QByteArray &id)
{
    if (id.isEmpty() || id.startsWith("UTC+") || id.startsWith("UTC-"))
        return false;
    for (const QByteArray &part : id.split('/')) {
        if (part.isEmpty() || part == "." || part == ".." || part.startsWith('-'))
            return false;
        for (char c : part) {
            const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                                 (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '+' ||
                                 c == '.';
            if (!allowed)
                return false;
        }
    }
    return QTimeZone(id).isValid();
}

} // namespace

bool Reader::readCalendar(const QJsonObject &root, const QString &path, Calendar *out)
{
    const QJsonValue value = get(root, QStringLiteral("calendar"));
    if (value.isUndefined())
        return true;
    const QString at = member(path, QStringLiteral("calendar"));
    QJsonObject calendar;
    if (!requireObject(value, at, &calendar))
        return false;

    const QJsonValue zone = get(calendar, QStringLiteral("timeZone"));
    if (!zone.isUndefined()) {
        const QString zoneAt = member(at, QStringLiteral("timeZone"));
        if (!zone.isString())
            return wrongType(zoneAt, zone, ProfileText::tr("a string"));
        const QByteArray id = zone.toString().toUtf8();
        if (!isIanaZone(id))
            return fail(zoneAt,
                        ProfileText::tr("\"%1\" is not a time zone this computer knows. Use "
                                        "an IANA name such as \"Europe/Oslo\" or \"UTC\".")
                            .arg(zone.toString()));
        out->timeZone = id;
    }

    QJsonArray days;
    if (!requireArray(calendar, QStringLiteral("workingDays"), at, false, &days))
        return false;
    if (!get(calendar, QStringLiteral("workingDays")).isUndefined()) {
        const QString daysAt = member(at, QStringLiteral("workingDays"));
        if (days.isEmpty())
            return fail(daysAt, ProfileText::tr("no day is a working day. List at least one, e.g. "
                                                "[\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]."));
        out->workingDays = 0;
        for (qsizetype i = 0; i < days.size(); ++i) {
            const QString dayAt = element(daysAt, i);
            if (!days.at(i).isString())
                return wrongType(dayAt, days.at(i), ProfileText::tr("a string"));
            const std::optional<int> day = Calendar::dayFromKey(days.at(i).toString());
            if (!day)
                return fail(dayAt, ProfileText::tr("\"%1\" is not a day. Use mon, tue, wed, thu, "
                                                   "fri, sat or sun, in lower case.")
                                       .arg(days.at(i).toString()));
            if (out->isWorkingWeekday(*day))
                return fail(dayAt, ProfileText::tr("\"%1\" is listed twice. Remove one.")
                                       .arg(days.at(i).toString()));
            out->workingDays |= quint8(1u << *day);
        }
    }

    QJsonArray holidays;
    if (!requireArray(calendar, QStringLiteral("holidays"), at, false, &holidays))
        return false;
    const QString holidaysAt = member(at, QStringLiteral("holidays"));
    for (qsizetype i = 0; i < holidays.size(); ++i) {
        const QString dayAt = element(holidaysAt, i);
        if (!holidays.at(i).isString())
            return wrongType(dayAt, holidays.at(i), ProfileText::tr("a date \"YYYY-MM-DD\""));
        const QString text = holidays.at(i).toString();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (text.size() != 10 || !date.isValid())
            return fail(dayAt, ProfileText::tr("\"%1\" is not a date. Write it as YYYY-MM-DD, e.g. "
                                               "\"2026-12-25\".")
                                   .arg(text));
        if (out->holidays.contains(date))
            return fail(dayAt, ProfileText::tr("\"%1\" is listed twice. Remove one.").arg(text));
        out->holidays.append(date);
    }
    std::sort(out->holidays.begin(), out->holidays.end());
    return true;
}

} // namespace sd::profilejson
