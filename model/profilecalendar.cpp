// SPDX-License-Identifier: MIT
#include "profilecalendar.h"

#include <algorithm>
#include <array>

namespace sd {

namespace {

constexpr std::array<const char *, 7> dayKeys{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

} // namespace

bool Calendar::isHoliday(QDate date) const
{
    return std::binary_search(holidays.cbegin(), holidays.cend(), date);
}

QString Calendar::dayKey(int dayOfWeek)
{
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return {};
    return QString::fromLatin1(dayKeys[size_t(dayOfWeek - 1)]);
}

std::optional<int> Calendar::dayFromKey(const QString &key)
{
    for (size_t i = 0; i < dayKeys.size(); ++i) {
        if (key == QLatin1String(dayKeys[i]))
            return int(i) + 1;
    }
    return std::nullopt;
}

QStringList Calendar::workingDayKeys() const
{
    QStringList keys;
    for (int d = 1; d <= 7; ++d) {
        if (isWorkingWeekday(d))
            keys.append(dayKey(d));
    }
    return keys;
}

} // namespace sd
