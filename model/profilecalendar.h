// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd {

// The organisation's calendar (profile key `calendar`; docs/profile.md): which local dates are
// working days. The simulation counts working time and moves activities off non-working days
// with it (docs/simulation.md).
struct Calendar
{
    QByteArray timeZone = "UTC"; // an IANA id that QTimeZone knows
    // Bit d (1 = Monday … 7 = Sunday, as Qt::DayOfWeek) set for a working weekday.
    quint8 workingDays = 0x3E; // Monday to Friday
    QList<QDate> holidays;     // sorted, distinct local dates that are not working days

    [[nodiscard]] bool isWorkingWeekday(int dayOfWeek) const
    {
        return (workingDays >> dayOfWeek) & 1;
    }
    [[nodiscard]] bool isHoliday(QDate date) const;
    [[nodiscard]] bool isWorkingDate(QDate date) const
    {
        return isWorkingWeekday(date.dayOfWeek()) && !isHoliday(date);
    }
    [[nodiscard]] bool operator==(const Calendar &) const = default;

    // "mon" … "sun" for 1 … 7, as the profile spells them.
    [[nodiscard]] static QString dayKey(int dayOfWeek);
    [[nodiscard]] static std::optional<int> dayFromKey(const QString &key);
    [[nodiscard]] QStringList workingDayKeys() const;
};

} // namespace sd
