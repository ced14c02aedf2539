// SPDX-License-Identifier: MIT
#pragma once

#include "previewtimeline.h"

#include <QByteArray>
#include <QUrl>

namespace sd {

// How long an event of an activity done the moment it is due lasts in the calendar.
inline constexpr Minutes activityMinutes = 30;

// The timeline as CSV: `day,start,end,step,name,type,status`, local times "yyyy-MM-dd HH:mm".
[[nodiscard]] QByteArray timelineCsv(const QList<TimelineRow> &rows);
// An iCalendar file (RFC 5545, written by libical) with one VEVENT per manual activity: its name
// and type as SUMMARY, UTC times from when it is due to when the seller completes it (at least
// activityMinutes), the type id as CATEGORIES.
[[nodiscard]] QByteArray timelineIcs(const QList<TimelineRow> &rows, const QString &sequenceName);

// Writes `bytes` to `file` (a file dialog's URL) whole or not at all; "" when written, else a
// message that says what failed and what to do.
[[nodiscard]] QString writeExport(const QUrl &file, const QByteArray &bytes);

} // namespace sd
