// SPDX-License-Identifier: MIT
#pragma once

#include "simulation/forecast.h"

#include <QByteArray>
#include <QVariantList>
#include <QVariantMap>

namespace sd {

struct Calendar;

// A forecast's counts as the dialog shows them (qml/ForecastDialog.qml): the calendar heatmap,
// the stacked bars by step type, one day's details, and the CSV export.
struct ForecastView
{
    // Weeks (Monday first) from the week of the first day with activities to the week of the
    // last: [{label, cells: [{date, label, name, total, working, holiday}]}]; `name` reads the
    // cell out ("Mon 7 Dec: 12 due").
    QVariantList weeks;
    int maxTotal = 0;
    qint64 totalDue = 0;
    // The chart: one category a date (first to last, every date), one series a step type.
    QStringList categories;
    QStringList dates;   // yyyy-MM-dd of each category
    QVariantList series; // [{type, name, values: [int …]}]
};

[[nodiscard]] ForecastView forecastView(const ForecastResult &result, const Calendar &calendar);
// {title, byType: [{name, count}], byOwner: [{name, count}]} of `date` (yyyy-MM-dd); an empty
// map for a date without activities.
[[nodiscard]] QVariantMap forecastDay(const ForecastResult &result, const QDate &date,
                                      const Calendar &calendar);
// date,total,<step type …> with one row a date that has activities, then the owners' columns.
[[nodiscard]] QByteArray forecastCsv(const ForecastResult &result);

} // namespace sd
