// SPDX-License-Identifier: MIT
#pragma once

#include "profilecalendar.h"

#include <QString>
#include <QTimeZone>

#include <optional>
#include <utility>
#include <vector>

namespace sd {

// Instants of the simulation: whole minutes since 1970-01-01T00:00Z (spec: minute precision).
using Minutes = qint64;
inline constexpr Minutes minutesPerDay = 24 * 60;

// The calendar's time zone and working days as fast arithmetic on minutes. A simulation asks for
// local dates millions of times (a forecast of 100,000 records), so the zone's offset changes are
// fetched from QTimeZone once per span of years and then looked up by binary search. Not
// thread-safe: one clock per thread.
class ZoneClock
{
public:
    explicit ZoneClock(const Calendar &calendar);

    [[nodiscard]] int offsetMinutes(Minutes utc) const; // local = utc + offset
    // Local dates as days since 1970-01-01 in the calendar's zone.
    [[nodiscard]] qint64 localDay(Minutes utc) const;
    // The first instant of a local date: its midnight, or the end of a daylight-saving gap
    // that swallows midnight.
    [[nodiscard]] Minutes dayStart(qint64 localDay) const;
    [[nodiscard]] bool isWorkingDay(qint64 localDay) const;
    // `utc` when its local date is a working day, else the first instant of the next one.
    [[nodiscard]] Minutes nextWorkingStart(Minutes utc) const;
    // The end of a wait of `minutes` working time that starts at `start` (spec section 2): only
    // minutes on working local dates count, and a wait complete at the end of a working day ends
    // at the first instant of the next working day. Zero ends at `start`.
    [[nodiscard]] Minutes addWorkingMinutes(Minutes start, Minutes minutes) const;

    // `YYYY-MM-DDTHH:MM:00±HH:MM` in the calendar's zone (UTC as +00:00).
    [[nodiscard]] QString format(Minutes utc) const;
    [[nodiscard]] QDate localDate(Minutes utc) const;
    [[nodiscard]] int localMinuteOfDay(Minutes utc) const; // 0 … 1439

    // `utc` written with a fixed offset, as `format` writes it.
    [[nodiscard]] static QString formatWithOffset(Minutes utc, int offset);
    [[nodiscard]] static QDate dateOfDay(qint64 day);
    [[nodiscard]] static qint64 dayOfDate(QDate date);

private:
    void cover(Minutes utc) const;

    QTimeZone m_zone;
    quint8 m_workingDays;
    std::vector<qint64> m_holidays; // local day numbers, sorted
    bool m_fixed = true;
    int m_fixedOffset = 0;
    // Offset changes in [m_from, m_to): (utc minute, offset from then on), sorted.
    mutable std::vector<std::pair<Minutes, int>> m_changes;
    mutable int m_offsetBefore = 0; // before the first change (at m_from)
    mutable Minutes m_from = 0;
    mutable Minutes m_to = 0;
    mutable bool m_covered = false;
    mutable Minutes m_spanFrom = 0; // the span of one offset found last: [from, to)
    mutable Minutes m_spanTo = 0;
    mutable int m_spanOffset = 0;
};

// Parses `YYYY-MM-DDTHH:MM[:SS]` followed by `Z` or `±HH:MM` with seconds, when given, `00`
// (spec section 7); nullopt otherwise.
[[nodiscard]] std::optional<Minutes> parseInstant(const QString &text);

} // namespace sd
