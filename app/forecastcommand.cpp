// SPDX-License-Identifier: MIT
// The forecast command: many records through one sequence, counted per local date (spec
// sequence-simulation.md section 6). Exit codes as for simulate: 1 when a scenario or the
// records have errors, 2 when the sequence, profile or arguments cannot be used.
#include "simulatecommand.h"

#include "commandparser.h"
#include "jsonparser.h"
#include "librarycommands.h"
#include "simulation/forecast.h"
#include "simulation/personas.h"
#include "simulation/scenario.h"
#include "simulationinput.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace sd::cli {

namespace {

constexpr char synopsis[] =
    "sequence-designer forecast [--profile FILE] --records FILE.csv [--scenario NAME=FILE ...] "
    "[--start ISO] [--json] (SEQUENCE | --library FILE ID)";

// Reads records given as a JSON array of scenario objects; 0, or 1 with their problems
// printed ("$[2]" names the third).
int readScenarioArray(const QByteArray &bytes, const SimulationArgs &a, const Sequence &sequence,
                      const Profile &profile, QList<Scenario> *records)
{
    const JsonParseResult parsed = parseJson(bytes, {64, 1024 * 1024});
    QList<FileFinding> findings;
    if (!parsed.ok() || !parsed.value.isArray()) {
        findings.append(
            {a.records,
             {QStringLiteral("scenario.syntax"),
              Severity::Error,
              {},
              parsed.ok() ? CommandText::tr("The records are not a JSON array of scenarios.")
                          : CommandText::tr("The records are not valid JSON: line %1, column %2: "
                                            "%3")
                                .arg(parsed.error.line)
                                .arg(parsed.error.column)
                                .arg(parsed.error.message),
              {}}});
    } else {
        const QJsonArray array = parsed.value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QByteArray one = array.at(i).isObject()
                                       ? QJsonDocument(array.at(i).toObject()).toJson()
                                       : QByteArray("null");
            const ScenarioReadResult read = readScenarioFile(one);
            Diagnostics problems = read.diagnostics;
            if (read.ok())
                problems = checkScenario(read.scenario, sequence, profile, true);
            for (Diagnostic d : problems) {
                d.message = QStringLiteral("$[%1]: ").arg(i) + d.message;
                findings.append({a.records, d});
            }
            records->append(read.scenario);
        }
    }
    bool errors = false;
    for (const FileFinding &f : findings)
        errors = errors || f.diagnostic.isError();
    if (errors) {
        printFindings(out(), findings, a.json);
        return 1;
    }
    return 0;
}

} // namespace

int forecastCommand(const QStringList &args)
{
    const SimulationArgs a =
        parseSimulationArgs(args, {"--json", "--start", "--records", "--scenario="});
    if (const std::optional<int> exit = helpOrProblem(a.help, a.problem, synopsis))
        return *exit;
    if (a.records.isEmpty())
        return usage(CommandText::tr("Name the records with --records FILE.csv."), synopsis);
    std::optional<Profile> profile;
    std::optional<Sequence> sequence;
    if (const int code = loadSimulationInput(a, &profile, &sequence); code != 0)
        return code;
    std::optional<Minutes> start;
    if (!a.start.isEmpty() && !(start = parseInstant(a.start)))
        return usage(
            CommandText::tr("--start takes a date and time with an offset, such as "
                            "2026-12-07T09:00+01:00 or 2026-12-07T08:00Z; \"%1\" is not one.")
                .arg(a.start),
            synopsis);

    QList<NamedScenario> scenarios;
    for (const QString &named : a.namedScenarios) {
        const qsizetype eq = named.indexOf(u'=');
        if (eq <= 0)
            return usage(CommandText::tr("--scenario takes NAME=FILE, e.g. "
                                         "late=late.scenario.json; \"%1\" is not.")
                             .arg(named),
                         synopsis);
        const QString name = named.left(eq);
        const QString path = named.mid(eq + 1);
        if (path.startsWith(u"persona:")) {
            const std::optional<Scenario> persona = personaScenario(path.mid(8));
            if (!persona)
                return usage(CommandText::tr("There is no built-in persona %1.").arg(path),
                             synopsis);
            scenarios.append({name, *persona});
            continue;
        }
        const ScenarioReadResult read = readScenarioFile(path);
        if (!read.diagnostics.isEmpty() && read.diagnostics.first().code == u"scenario.io") {
            err() << read.diagnostics.first().message << '\n';
            err().flush();
            return 2;
        }
        Diagnostics problems = read.diagnostics;
        if (read.ok()) // records may give the start, so a scenario need not
            problems = checkScenario(read.scenario, *sequence, *profile, true);
        if (hasErrors(problems)) {
            QList<FileFinding> findings;
            for (const Diagnostic &d : problems)
                findings.append({path, d});
            printFindings(out(), findings, a.json);
            return 1;
        }
        scenarios.append({name, read.scenario});
    }

    QFile records(a.records);
    if (!records.open(QIODevice::ReadOnly)) {
        err() << CommandText::tr("Cannot open the records %1: %2. Check that the file exists and "
                                 "that you may read it.")
                     .arg(a.records, records.errorString())
              << '\n';
        err().flush();
        return 2;
    }
    const ZoneClock clock(profile->calendar);
    Forecast forecast(*sequence, *profile, clock);
    forecast.setScenarios(scenarios);
    forecast.setStart(start);
    const QByteArray bytes = records.readAll();
    ForecastResult result;
    if (bytes.mid(bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0).trimmed().startsWith('[')) {
        // A JSON array of scenarios, one a record.
        QList<Scenario> list;
        const int code = readScenarioArray(bytes, a, *sequence, *profile, &list);
        if (code != 0)
            return code;
        result = forecast.runScenarios(list);
    } else {
        result = forecast.run(bytes);
    }
    if (!result.ok()) {
        err() << a.records << ": " << result.error << '\n';
        err().flush();
        return 1;
    }
    if (!result.ignoredColumns.isEmpty())
        err() << CommandText::tr("%1: these columns are no field of the record type and were "
                                 "ignored: %2")
                     .arg(a.records, result.ignoredColumns.join(QStringLiteral(", ")))
              << '\n';
    err().flush();
    if (a.json)
        out() << QJsonDocument(forecastToJson(result, *sequence)).toJson(QJsonDocument::Indented);
    else
        out() << forecastText(result, *sequence);
    out().flush();
    return 0;
}

} // namespace sd::cli
