// SPDX-License-Identifier: MIT
#pragma once

#include "simulation/forecast.h"

#include <QByteArray>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

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

// How many activities of one step type, or of one owner, are due on a day.
class ForecastCount
{
    Q_GADGET
    QML_VALUE_TYPE(forecastCount)
    Q_PROPERTY(QString name MEMBER name CONSTANT)
    Q_PROPERTY(int count MEMBER count CONSTANT)

public:
    QString name;
    int count = 0;
};

// One day's details beside the heatmap (ForecastRun::day): "Monday 7 December 2026: 12 due",
// then its counts as ForecastCount values by step type and by owner. An empty `title` for a day
// without activities.
class DayForecast
{
    Q_GADGET
    QML_VALUE_TYPE(dayForecast)
    Q_PROPERTY(QString title MEMBER title CONSTANT)
    Q_PROPERTY(QVariantList byType MEMBER byType CONSTANT)
    Q_PROPERTY(QVariantList byOwner MEMBER byOwner CONSTANT)

public:
    QString title;
    QVariantList byType;
    QVariantList byOwner;
};

[[nodiscard]] ForecastView forecastView(const ForecastResult &result, const Calendar &calendar);
// The details of `date`; no title for a date without activities.
[[nodiscard]] DayForecast forecastDay(const ForecastResult &result, const QDate &date,
                                      const Calendar &calendar);
// date,total,<step type …> with one row a date that has activities, then the owners' columns.
[[nodiscard]] QByteArray forecastCsv(const ForecastResult &result);

} // namespace sd
