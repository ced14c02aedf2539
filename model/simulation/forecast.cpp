// SPDX-License-Identifier: MIT
// The forecast: many records through one sequence (spec section 6). Records are read one at a
// time and counted into per-day tallies, so memory does not grow with the number of records.
#include "simulation/forecast.h"

#include "profile.h"
#include "sequence.h"
#include "simulation/csvreader.h"
#include "simulation/simulationtext.h"
#include "simulation/simulator.h"
#include "steptype.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <cmath>
#include <limits>
#include <vector>

namespace sd {

namespace {

enum class Role { Field, Start, Scenario, OwnerOnly, Ignored };

struct Column
{
    Role role = Role::Ignored;
    const Field *field = nullptr; // Role::Field
    QString name;
};

// A cell as the field's type (spec section 7, "Forecast"); nullopt with `why` set when it does
// not fit. An empty cell is an empty field (Undefined).
std::optional<QJsonValue> typedCell(const Field &field, const QString &cell, QString *why)
{
    if (cell.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    switch (field.type) {
    case FieldType::Text:
    case FieldType::User:
        return QJsonValue(cell);
    case FieldType::Number: {
        bool ok = false;
        const double d = QLocale::c().toDouble(cell, &ok);
        if (ok && std::isfinite(d))
            return QJsonValue(d);
        *why = ScenarioText::tr("\"%1\" is not a number. Write numbers with . as the decimal "
                                "separator and no thousands separator, e.g. 1234.5.")
                   .arg(cell);
        return std::nullopt;
    }
    case FieldType::Date:
        if (cell.size() == 10 && QDate::fromString(cell, Qt::ISODate).isValid())
            return QJsonValue(cell);
        *why = ScenarioText::tr("\"%1\" is not a date. Write dates as YYYY-MM-DD.").arg(cell);
        return std::nullopt;
    case FieldType::YesNo:
        if (cell.compare(u"true", Qt::CaseInsensitive) == 0)
            return QJsonValue(true);
        if (cell.compare(u"false", Qt::CaseInsensitive) == 0)
            return QJsonValue(false);
        *why = ScenarioText::tr("\"%1\" is not yes or no. Write true or false.").arg(cell);
        return std::nullopt;
    case FieldType::Choice: {
        bool ok = false;
        const int n = cell.toInt(&ok);
        if (ok && field.option(n))
            return QJsonValue(n);
        QStringList numbers;
        for (const ChoiceOption &o : field.options)
            numbers.append(QString::number(o.value));
        *why = ScenarioText::tr("\"%1\" is not an option of this field. Write the option's number: "
                                "%2.")
                   .arg(cell, numbers.join(u", "));
        return std::nullopt;
    }
    }
    return std::nullopt;
}

// Counts of manual activities per local day, by step and by owner. Steps of one run fall on
// few days, so the row of the day looked up last is kept at hand.
class Tally
{
public:
    Tally(const Sequence &sequence, const ZoneClock &clock) : m_sequence(sequence), m_clock(clock)
    {
    }

    void add(const SimulationResult &run, const QString &owner)
    {
        auto ownerIt = m_ownerIds.constFind(owner);
        if (ownerIt == m_ownerIds.cend()) {
            ownerIt = m_ownerIds.insert(owner, int(m_ownerNames.size()));
            m_ownerNames.append(owner);
        }
        const size_t ownerIndex = size_t(ownerIt.value());
        qint64 lastDay = std::numeric_limits<qint64>::min();
        Row *row = nullptr;
        for (const StepRun &step : run.steps) {
            if (!step.manual)
                continue;
            const qint64 day = m_clock.localDay(step.start);
            if (day != lastDay) {
                row = &m_rows[day]; // looked up anew on each change: inserting may move rows
                lastDay = day;
                if (row->steps.empty())
                    row->steps.resize(size_t(m_sequence.stepCount()));
            }
            ++row->steps[size_t(step.index)];
            if (row->owners.size() <= ownerIndex)
                row->owners.resize(ownerIndex + 1);
            ++row->owners[ownerIndex];
        }
    }

    void finish(ForecastResult *result) const
    {
        const QList<Step> &steps = m_sequence.steps();
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
            ForecastDay &day = result->days[ZoneClock::dateOfDay(it.key())];
            for (size_t i = 0; i < it->steps.size(); ++i) {
                if (it->steps[i] > 0) {
                    day.byType[steps.at(qsizetype(i)).type] += it->steps[i];
                    day.total += it->steps[i];
                }
            }
            for (size_t o = 0; o < it->owners.size(); ++o) {
                if (it->owners[o] > 0)
                    day.byOwner[m_ownerNames.at(qsizetype(o))] += it->owners[o];
            }
        }
    }

private:
    struct Row
    {
        std::vector<int> steps;
        std::vector<int> owners;
    };
    const Sequence &m_sequence;
    const ZoneClock &m_clock;
    QHash<qint64, Row> m_rows;
    QHash<QString, int> m_ownerIds;
    QStringList m_ownerNames;
};

} // namespace

Forecast::Forecast(const Sequence &sequence, const Profile &profile, const ZoneClock &clock)
    : m_sequence(sequence), m_profile(profile), m_clock(clock)
{
}

bool Forecast::carryOn(qint64 records, ForecastResult *result) const
{
    if (!m_progress || m_progress(records))
        return true;
    result->cancelled = true;
    return false;
}

QString Forecast::ownerColumn() const
{
    switch (m_sequence.assignment.to) {
    case Assignment::To::RecordOwner:
        return QStringLiteral("ownerid");
    case Assignment::To::RecordField:
        return m_sequence.assignment.field;
    case Assignment::To::OwningTeam:
    case Assignment::To::AccessTeam:
        return QStringLiteral("owningteam");
    }
    return QStringLiteral("ownerid");
}

ForecastResult Forecast::run(const QByteArray &csv) const
{
    ForecastResult result;
    CsvReader reader(csv);
    QStringList header;
    int line = 0;
    if (!reader.next(&header, &line)) {
        result.error = reader.error().isEmpty()
                           ? ScenarioText::tr("The records file is empty. Its first line names "
                                              "the columns: field names, and optionally start "
                                              "and scenario.")
                           : reader.error();
        return result;
    }
    const RecordType *recordType = m_profile.recordType(m_sequence.recordType);
    const QString owner = ownerColumn();
    QList<Column> columns;
    int ownerIndex = -1;
    for (qsizetype i = 0; i < header.size(); ++i) {
        Column c;
        c.name = header.at(i).trimmed();
        if (c.name == u"start")
            c.role = Role::Start;
        else if (c.name == u"scenario")
            c.role = Role::Scenario;
        else if ((c.field = recordType ? recordType->field(c.name) : nullptr))
            c.role = Role::Field;
        else if (c.name == owner)
            c.role = Role::OwnerOnly;
        else
            result.ignoredColumns.append(c.name);
        if (c.name == owner)
            ownerIndex = int(i);
        columns.append(c);
    }

    static const Scenario builtIn;
    QHash<QString, const NamedScenario *> byName;
    for (const NamedScenario &s : m_scenarios)
        byName.insert(s.name, &s);
    const Simulator simulator(m_sequence, m_profile, m_clock);

    Tally tally(m_sequence, m_clock);
    QStringList cells;
    Scenario scenario;
    while (reader.next(&cells, &line)) {
        if (cells.size() != columns.size()) {
            result.error = ScenarioText::tr("Line %1: %2 fields, but the header names %3 columns. "
                                            "Give every record one value per column (empty for "
                                            "none), and quote values that hold the delimiter.")
                               .arg(line)
                               .arg(cells.size())
                               .arg(columns.size());
            return result;
        }
        const NamedScenario *named = m_scenarios.isEmpty() ? nullptr
                                     : m_picker ? &m_scenarios.at(m_picker(result.records))
                                                : &m_scenarios.first();
        std::optional<Minutes> start = m_start;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (columns[i].role == Role::Scenario && !cells[i].isEmpty()) {
                named = byName.value(cells[i]);
                if (!named) {
                    result.error =
                        ScenarioText::tr("Line %1: there is no scenario \"%2\". Name one "
                                         "given with --scenario NAME=FILE, or leave the "
                                         "cell empty for the first.")
                            .arg(line)
                            .arg(cells[i]);
                    return result;
                }
            }
        }
        scenario = named ? named->scenario : builtIn;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const Column &c = columns[i];
            if (c.role == Role::Start && !cells[i].isEmpty()) {
                start = parseInstant(cells[i]);
                if (!start) {
                    result.error = ScenarioText::tr("Line %1: start \"%2\" is not a date and time "
                                                    "with an offset, such as "
                                                    "2026-12-07T09:00+01:00.")
                                       .arg(line)
                                       .arg(cells[i]);
                    return result;
                }
            } else if (c.role == Role::Field) {
                QString why;
                const std::optional<QJsonValue> v = typedCell(*c.field, cells[i], &why);
                if (!v) {
                    result.error =
                        ScenarioText::tr("Line %1, column %2: %3").arg(line).arg(c.name, why);
                    return result;
                }
                if (v->isUndefined())
                    scenario.fields.remove(c.name);
                else
                    scenario.fields.insert(c.name, *v);
            }
        }
        if (!start)
            start = scenario.start;
        if (!start) {
            result.error = ScenarioText::tr("Line %1: the record has no start. Give --start, a "
                                            "start column, or scenarios with a start.")
                               .arg(line);
            return result;
        }
        scenario.start = start;

        tally.add(simulator.run(scenario), ownerIndex >= 0 ? cells[ownerIndex] : QString());
        if (!carryOn(++result.records, &result))
            return result;
    }
    if (!reader.error().isEmpty()) {
        result.error = reader.error();
        return result;
    }
    tally.finish(&result);
    return result;
}

ForecastResult Forecast::runScenarios(const QList<Scenario> &records) const
{
    ForecastResult result;
    const Simulator simulator(m_sequence, m_profile, m_clock);
    Tally tally(m_sequence, m_clock);
    const QString owner = ownerColumn();
    for (qsizetype i = 0; i < records.size(); ++i) {
        Scenario record = records[i];
        if (m_start)
            record.start = m_start;
        if (!record.start) {
            result.error = ScenarioText::tr("Record %1: the scenario has no start. Give --start, "
                                            "or a start in every scenario.")
                               .arg(i + 1);
            return result;
        }
        tally.add(simulator.run(record), record.fields.value(owner).toString());
        if (!carryOn(++result.records, &result))
            return result;
    }
    tally.finish(&result);
    return result;
}

QJsonObject forecastToJson(const ForecastResult &result, const Sequence &sequence)
{
    QJsonArray days;
    for (auto it = result.days.cbegin(); it != result.days.cend(); ++it) {
        QJsonObject byType;
        for (auto t = it->byType.cbegin(); t != it->byType.cend(); ++t)
            byType.insert(t.key(), t.value());
        QJsonObject byOwner;
        for (auto o = it->byOwner.cbegin(); o != it->byOwner.cend(); ++o)
            byOwner.insert(o.key().isEmpty() ? QStringLiteral("(unassigned)") : o.key(), o.value());
        days.append(QJsonObject{{"date", it.key().toString(Qt::ISODate)},
                                {"total", it->total},
                                {"byType", byType},
                                {"byOwner", byOwner}});
    }
    return QJsonObject{{"sequence", sequence.id.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(sequence.id)},
                       {"records", result.records},
                       {"days", days}};
}

QString forecastText(const ForecastResult &result, const Sequence &sequence)
{
    const QLocale locale;
    QString out =
        ScenarioText::tr("%1: %n record(s)", nullptr, int(result.records)).arg(sequence.name) +
        u'\n';
    for (auto it = result.days.cbegin(); it != result.days.cend(); ++it) {
        QStringList types;
        for (auto t = it->byType.cbegin(); t != it->byType.cend(); ++t) {
            const StepType *type = StepCatalogue::find(t.key());
            types.append(ScenarioText::tr("%1 %2")
                             .arg(type ? type->translatedName() : t.key())
                             .arg(t.value()));
        }
        QStringList owners;
        for (auto o = it->byOwner.cbegin(); o != it->byOwner.cend(); ++o)
            owners.append(ScenarioText::tr("%1 %2")
                              .arg(o.key().isEmpty() ? ScenarioText::tr("unassigned") : o.key())
                              .arg(o.value()));
        out += ScenarioText::tr("%1: %2 due (%3; %4)")
                   .arg(locale.toString(it.key(), QStringLiteral("ddd d MMM yyyy")))
                   .arg(it->total)
                   .arg(types.join(QStringLiteral(", ")), owners.join(QStringLiteral(", "))) +
               u'\n';
    }
    return out;
}

} // namespace sd
