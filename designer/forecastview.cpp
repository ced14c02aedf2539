// SPDX-License-Identifier: MIT
// The forecast's counts laid out for the dialog: weeks of days for the heatmap, a series a step
// type for the chart, the lists of one day, and the CSV file.
#include "forecastview.h"

#include "profilecalendar.h"
#include "steptype.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace sd {

namespace {

QString typeName(const QString &type)
{
    const StepType *t = StepCatalogue::find(type);
    return t ? t->translatedName() : type;
}

QString ownerName(const QString &owner)
{
    return owner.isEmpty() ? QCoreApplication::translate("ForecastRun", "Unassigned") : owner;
}

QString csvCell(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QVariantList countList(const QMap<QString, int> &counts, QString (*name)(const QString &))
{
    QVariantList out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append(QVariant::fromValue(ForecastCount{name(it.key()), it.value()}));
    return out;
}

} // namespace

ForecastView forecastView(const ForecastResult &result, const Calendar &calendar)
{
    ForecastView view;
    if (result.days.isEmpty())
        return view;
    const QLocale locale;
    const QDate first = result.days.firstKey();
    const QDate last = result.days.lastKey();
    for (QDate week = first.addDays(1 - first.dayOfWeek()); week <= last; week = week.addDays(7)) {
        QVariantList cells;
        for (int d = 0; d < 7; ++d) {
            const QDate date = week.addDays(d);
            const int total = result.days.value(date).total;
            cells.append(QVariantMap{
                {"date", date.toString(Qt::ISODate)},
                {"label", locale.toString(date, QStringLiteral("d"))},
                {"name", QCoreApplication::translate("ForecastRun", "%1: %n due", nullptr, total)
                             .arg(locale.toString(date, QStringLiteral("ddd d MMM")))},
                {"total", total},
                {"working", calendar.isWorkingDate(date)},
                {"holiday", calendar.isHoliday(date)}});
            view.maxTotal = std::max(view.maxTotal, total);
        }
        view.weeks.append(QVariantMap{
            {"label", QCoreApplication::translate("ForecastRun", "Week %1").arg(week.weekNumber())},
            {"cells", cells}});
    }
    QStringList types;
    for (const ForecastDay &day : result.days) {
        for (auto it = day.byType.cbegin(); it != day.byType.cend(); ++it) {
            if (!types.contains(it.key()))
                types.append(it.key());
        }
    }
    types.sort();
    QList<QVariantList> values(types.size());
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        view.categories.append(locale.toString(date, QStringLiteral("ddd d.M")));
        view.dates.append(date.toString(Qt::ISODate));
        const ForecastDay day = result.days.value(date);
        view.totalDue += day.total;
        for (qsizetype i = 0; i < types.size(); ++i)
            values[i].append(day.byType.value(types[i]));
    }
    for (qsizetype i = 0; i < types.size(); ++i)
        view.series.append(
            QVariantMap{{"type", types[i]}, {"name", typeName(types[i])}, {"values", values[i]}});
    return view;
}

DayForecast forecastDay(const ForecastResult &result, const QDate &date, const Calendar &calendar)
{
    const auto it = result.days.constFind(date);
    if (it == result.days.cend())
        return {};
    QString title = QCoreApplication::translate("ForecastRun", "%1: %n due", nullptr, it->total)
                        .arg(QLocale().toString(date, QStringLiteral("dddd d MMMM yyyy")));
    if (!calendar.isWorkingDate(date))
        title += QCoreApplication::translate("ForecastRun", " (not a working day)");
    return {title, countList(it->byType, typeName), countList(it->byOwner, ownerName)};
}

QByteArray forecastCsv(const ForecastResult &result)
{
    QStringList types;
    QStringList owners;
    for (const ForecastDay &day : result.days) {
        for (auto it = day.byType.cbegin(); it != day.byType.cend(); ++it)
            types.append(it.key());
        for (auto it = day.byOwner.cbegin(); it != day.byOwner.cend(); ++it)
            owners.append(it.key());
    }
    types = QStringList(QSet<QString>(types.cbegin(), types.cend()).values());
    owners = QStringList(QSet<QString>(owners.cbegin(), owners.cend()).values());
    types.sort();
    owners.sort();
    QStringList header{QStringLiteral("date"), QStringLiteral("total")};
    header += types;
    for (const QString &o : owners)
        header.append(
            csvCell(QStringLiteral("owner:") + (o.isEmpty() ? QStringLiteral("(unassigned)") : o)));
    QString out = header.join(u',') + u'\n';
    for (auto it = result.days.cbegin(); it != result.days.cend(); ++it) {
        QStringList row{it.key().toString(Qt::ISODate), QString::number(it->total)};
        for (const QString &t : types)
            row.append(QString::number(it->byType.value(t)));
        for (const QString &o : owners)
            row.append(QString::number(it->byOwner.value(o)));
        out += row.join(u',') + u'\n';
    }
    return out.toUtf8();
}

} // namespace sd
