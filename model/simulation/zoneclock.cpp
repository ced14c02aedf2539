// SPDX-License-Identifier: MIT
#include "zoneclock.h"

#include <QDateTime>

#include <algorithm>

namespace sd {

namespace {

constexpr qint64 julianDayOfEpoch = 2440588; // 1970-01-01
constexpr Minutes yearsOfMinutes(int years)
{
    return Minutes(years) * 366 * minutesPerDay;
}
// Offsets are fetched for this span around an instant asked for, then extended as needed.
constexpr Minutes fetchSpan = yearsOfMinutes(20);
// QDateTime's years 1 … 9999 bound what is asked of QTimeZone; beyond them offsets stay as at
// the bound (no simulation output reaches them: durations are bounded).
constexpr Minutes earliest = -62135596800LL / 60; // 0001-01-01T00:00Z
constexpr Minutes latest = 253402300799LL / 60;   // 9999-12-31T23:59Z

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

QDateTime utcDateTime(Minutes m)
{
    return QDateTime::fromSecsSinceEpoch(std::clamp(m, earliest, latest) * 60, QTimeZone::utc());
}

bool digits(const QString &text, qsizetype from, qsizetype count, int *value)
{
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const QChar c = text.at(i);
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c.unicode() - u'0');
    }
    *value = v;
    return true;
}

} // namespace

ZoneClock::ZoneClock(const Calendar &calendar)
    : m_zone(calendar.timeZone), m_workingDays(calendar.workingDays)
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    m_fixed = !m_zone.hasTransitions();
    if (m_fixed)
        m_fixedOffset = m_zone.offsetFromUtc(QDateTime::currentDateTimeUtc()) / 60;
    m_holidays.reserve(size_t(calendar.holidays.size()));
    for (const QDate &d : calendar.holidays)
        m_holidays.push_back(dayOfDate(d));
    std::sort(m_holidays.begin(), m_holidays.end());
}

QDate ZoneClock::dateOfDay(qint64 day)
{
    return QDate::fromJulianDay(day + julianDayOfEpoch);
}

qint64 ZoneClock::dayOfDate(QDate date)
{
    return date.toJulianDay() - julianDayOfEpoch;
}

void ZoneClock::cover(Minutes utc) const
{
    utc = std::clamp(utc, earliest, latest);
    // Qt 6.4 answers a request that begins before a zone's last listed transition (2037 in
    // tzdata) with the listed ones only, dropping those its rule computes later; a request that
    // begins after it gets them. So ask a year at a time, each request beginning after the last
    // transition found.
    auto fetch = [&](Minutes from, Minutes to) {
        std::vector<std::pair<Minutes, int>> changes;
        Minutes cursor = from;
        while (cursor < to) {
            const Minutes end = std::min(to, cursor + yearsOfMinutes(1));
            const QTimeZone::OffsetDataList list =
                m_zone.transitions(utcDateTime(cursor), utcDateTime(end - 1));
            Minutes next = end;
            for (const QTimeZone::OffsetData &d : list) {
                const Minutes at = floorDiv(d.atUtc.toSecsSinceEpoch(), 60);
                if (at >= cursor && at < end && (changes.empty() || changes.back().first < at)) {
                    changes.emplace_back(at, d.offsetFromUtc / 60);
                    next = at + 1;
                }
            }
            cursor = next;
        }
        return changes;
    };
    if (!m_covered) {
        m_from = std::max(earliest, utc - fetchSpan);
        m_to = std::min(latest + 1, utc + fetchSpan);
        m_changes = fetch(m_from, m_to);
        m_offsetBefore = m_zone.offsetFromUtc(utcDateTime(m_from)) / 60;
        m_covered = true;
        return;
    }
    if (utc < m_from) {
        const Minutes from = std::max(earliest, utc - fetchSpan);
        std::vector<std::pair<Minutes, int>> earlier = fetch(from, m_from);
        earlier.insert(earlier.end(), m_changes.begin(), m_changes.end());
        m_changes = std::move(earlier);
        m_offsetBefore = m_zone.offsetFromUtc(utcDateTime(from)) / 60;
        m_from = from;
    }
    if (utc >= m_to) {
        const Minutes to = std::min(latest + 1, utc + fetchSpan);
        for (const auto &change : fetch(m_to, to)) {
            if (m_changes.empty() || m_changes.back().first < change.first)
                m_changes.push_back(change);
        }
        m_to = to;
    }
}

int ZoneClock::offsetMinutes(Minutes utc) const
{
    if (m_fixed)
        return m_fixedOffset;
    // Runs ask about nearby instants: the span between two changes found last is kept.
    if (utc >= m_spanFrom && utc < m_spanTo)
        return m_spanOffset;
    if (!m_covered || utc < m_from || utc >= m_to)
        cover(utc);
    const auto it = std::upper_bound(m_changes.begin(), m_changes.end(), utc,
                                     [](Minutes u, const auto &c) { return u < c.first; });
    m_spanFrom = it == m_changes.begin() ? m_from : std::prev(it)->first;
    m_spanTo = it == m_changes.end() ? m_to : it->first;
    m_spanOffset = it == m_changes.begin() ? m_offsetBefore : std::prev(it)->second;
    return m_spanOffset;
}

qint64 ZoneClock::localDay(Minutes utc) const
{
    return floorDiv(utc + offsetMinutes(utc), minutesPerDay);
}

Minutes ZoneClock::dayStart(qint64 day) const
{
    const Minutes midnight = day * minutesPerDay; // local
    if (m_fixed)
        return midnight - m_fixedOffset;
    // The offsets in force around that midnight; a change within two days of it is among them.
    const int candidates[] = {offsetMinutes(midnight - 2 * minutesPerDay), offsetMinutes(midnight),
                              offsetMinutes(midnight + 2 * minutesPerDay)};
    std::optional<Minutes> first;
    for (int offset : candidates) {
        const Minutes utc = midnight - offset;
        if (offsetMinutes(utc) == offset && (!first || utc < *first))
            first = utc;
    }
    if (first)
        return *first;
    // Midnight falls in a gap: the date begins when the clocks jump past it.
    const int before = *std::min_element(std::begin(candidates), std::end(candidates));
    const Minutes inGap =
        midnight - *std::max_element(std::begin(candidates), std::end(candidates));
    const auto it = std::upper_bound(m_changes.begin(), m_changes.end(), inGap,
                                     [](Minutes u, const auto &c) { return u < c.first; });
    return it != m_changes.end() ? it->first : midnight - before;
}

bool ZoneClock::isWorkingDay(qint64 day) const
{
    const int dayOfWeek = int(floorDiv(day + 3, 7) * -7 + day + 3) + 1; // 1970-01-01: Thursday
    if (!((m_workingDays >> dayOfWeek) & 1))
        return false;
    return !std::binary_search(m_holidays.begin(), m_holidays.end(), day);
}

Minutes ZoneClock::nextWorkingStart(Minutes utc) const
{
    qint64 day = localDay(utc);
    while (!isWorkingDay(day)) {
        utc = dayStart(day + 1);
        day = localDay(utc);
    }
    return utc;
}

Minutes ZoneClock::addWorkingMinutes(Minutes start, Minutes minutes) const
{
    Minutes t = start;
    Minutes remaining = minutes;
    while (remaining > 0) {
        const qint64 day = localDay(t);
        const Minutes next = std::max(dayStart(day + 1), t + 1);
        if (isWorkingDay(day)) {
            const Minutes available = next - t;
            if (remaining < available)
                return t + remaining;
            remaining -= available;
        }
        t = next;
    }
    // Complete exactly at the end of a working day (or at the start): never end on a
    // non-working day.
    return minutes > 0 ? nextWorkingStart(t) : start;
}

QDate ZoneClock::localDate(Minutes utc) const
{
    return dateOfDay(localDay(utc));
}

int ZoneClock::localMinuteOfDay(Minutes utc) const
{
    const Minutes local = utc + offsetMinutes(utc);
    return int(local - floorDiv(local, minutesPerDay) * minutesPerDay);
}

QString ZoneClock::format(Minutes utc) const
{
    return formatWithOffset(utc, offsetMinutes(utc));
}

QString ZoneClock::formatWithOffset(Minutes utc, int offset)
{
    const Minutes local = utc + offset;
    const qint64 day = floorDiv(local, minutesPerDay);
    const int minute = int(local - day * minutesPerDay);
    const QDate date = dateOfDay(day);
    const int absOffset = offset < 0 ? -offset : offset;
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:00%c%02d:%02d", date.year(), date.month(),
                             date.day(), minute / 60, minute % 60, offset < 0 ? '-' : '+',
                             absOffset / 60, absOffset % 60);
}

std::optional<Minutes> parseInstant(const QString &text)
{
    // YYYY-MM-DDTHH:MM, then :SS, then Z or ±HH:MM
    if (text.size() < 17)
        return std::nullopt;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0;
    if (!digits(text, 0, 4, &y) || text.at(4) != u'-' || !digits(text, 5, 2, &mo) ||
        text.at(7) != u'-' || !digits(text, 8, 2, &d) || text.at(10) != u'T' ||
        !digits(text, 11, 2, &h) || text.at(13) != u':' || !digits(text, 14, 2, &mi))
        return std::nullopt;
    qsizetype at = 16;
    if (text.size() >= at + 3 && text.at(at) == u':') {
        int seconds = 0;
        if (!digits(text, at + 1, 2, &seconds) || seconds != 0)
            return std::nullopt;
        at += 3;
    }
    int offset = 0;
    if (text.size() == at + 1 && text.at(at) == u'Z') {
        offset = 0;
    } else if (text.size() == at + 6 && (text.at(at) == u'+' || text.at(at) == u'-')) {
        int oh = 0, om = 0;
        if (!digits(text, at + 1, 2, &oh) || text.at(at + 3) != u':' ||
            !digits(text, at + 4, 2, &om) || oh > 23 || om > 59)
            return std::nullopt;
        offset = (oh * 60 + om) * (text.at(at) == u'-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    const QDate date(y, mo, d);
    if (!date.isValid() || h > 23 || mi > 59)
        return std::nullopt;
    return ZoneClock::dayOfDate(date) * minutesPerDay + h * 60 + mi - offset;
}

} // namespace sd
