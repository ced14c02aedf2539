// SPDX-License-Identifier: MIT
#pragma once

#include "simulation/scenario.h"
#include "simulation/zoneclock.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sd {

class Profile;
class Sequence;

struct NamedScenario
{
    QString name; // what the records' `scenario` column names
    Scenario scenario;
};

struct ForecastDay
{
    int total = 0;
    QMap<QString, int> byType;  // step type → manual activities due
    QMap<QString, int> byOwner; // owner → manual activities due; "" for unassigned
};

struct ForecastResult
{
    qint64 records = 0;
    QMap<QDate, ForecastDay> days; // local dates in the calendar's zone
    QStringList ignoredColumns;    // header names that are no field of the record type
    QString error;                 // set when the records cannot be used: says where and why
    bool cancelled = false;        // the progress hook stopped the run: no days are counted
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// Runs the simulation for every record of a CSV file and counts, per local date, the manual
// activities that become due, by step type and by owner (spec sequence-simulation.md section
// 6). The scenarios must have passed checkScenario; without any, the built-in scenario runs.
class Forecast
{
public:
    Forecast(const Sequence &sequence, const Profile &profile, const ZoneClock &clock);
    void setScenarios(QList<NamedScenario> scenarios) { m_scenarios = std::move(scenarios); }
    void setStart(std::optional<Minutes> start) { m_start = start; }
    // Called after each record with the number run so far; returning false stops the run, whose
    // result is then `cancelled` with no days. May run on a worker thread, as the forecast does.
    void setProgress(std::function<bool(qint64 records)> progress)
    {
        m_progress = std::move(progress);
    }
    // Which of the scenarios a CSV record without a `scenario` cell runs (record 0 first);
    // without a picker, the first.
    void setPicker(std::function<qsizetype(qint64 record)> picker) { m_picker = std::move(picker); }
    // The column that names a record's owner: `ownerid`, the assignment's field, or `owningteam`.
    [[nodiscard]] QString ownerColumn() const;

    [[nodiscard]] ForecastResult run(const QByteArray &csv) const;
    // Records given as scenarios (a JSON array of scenario objects): each is one record, its
    // owner from its fields; --start, when set, replaces their starts.
    [[nodiscard]] ForecastResult runScenarios(const QList<Scenario> &records) const;

private:
    // After a record: asks the progress hook whether to go on; marks `result` cancelled if not.
    bool carryOn(qint64 records, ForecastResult *result) const;

    const Sequence &m_sequence;
    const Profile &m_profile;
    const ZoneClock &m_clock;
    QList<NamedScenario> m_scenarios;
    std::optional<Minutes> m_start;
    std::function<bool(qint64)> m_progress;
    std::function<qsizetype(qint64)> m_picker;
};

[[nodiscard]] QJsonObject forecastToJson(const ForecastResult &result, const Sequence &sequence);
// One line per date: the total, then counts by step type and by owner, in the interface language.
[[nodiscard]] QString forecastText(const ForecastResult &result, const Sequence &sequence);

} // namespace sd
