// SPDX-License-Identifier: MIT
// The simulation: one record along a 10,000-step path, and the forecast of 100,000 records
// through a 50-step sequence with 3 scenarios (goal: under 1 s on one core), with its memory.
#include "benchutil.h"

#include "profile.h"
#include "sequence.h"
#include "simulation/forecast.h"
#include "simulation/simulator.h"

#include <QFile>
#include <QJsonArray>

#include <algorithm>
#include <ctime>

using namespace sd;

namespace {

// A single path of `count` steps that uses every kind of step: activities, waits (1 day of
// working time), email and call conditions (the path goes on through "no", which nothing in
// the scenarios meets before the deadline), field conditions (on "yes") and field updates.
Sequence path(int count)
{
    Sequence s;
    s.id = QStringLiteral("3f6c1b2e-4a5d-4e8f-9a0b-1c2d3e4f5a6b");
    s.name = QStringLiteral("Path");
    s.options.skipNonWorkingDays = true;
    QList<Step> steps;
    static const char *cycle[] = {
        "phoneCall",     "wait",  "automatedEmail", "emailCondition", "task",
        "callCondition", "email", "fieldCondition", "updateField",    "linkedinConnect"};
    for (int i = 0; i < count; ++i) {
        Step step;
        step.id = QStringLiteral("s%1").arg(i);
        step.type = QString::fromLatin1(cycle[i % 10]);
        if (step.type == u"wait")
            step.params = QJsonObject{{"days", 1}, {"hours", 0}};
        else if (step.type == u"emailCondition")
            step.params = QJsonObject{{"events", QJsonArray{"opened", "replied"}},
                                      {"match", "any"},
                                      {"within", QJsonObject{{"days", 0}, {"hours", 4}}},
                                      {"advanceImmediately", true}};
        else if (step.type == u"callCondition")
            step.params = QJsonObject{{"outcomes", QJsonArray{"received"}}};
        else if (step.type == u"fieldCondition")
            step.params = QJsonObject{{"match", "any"},
                                      {"rules", QJsonArray{QJsonObject{{"field", "companyname"},
                                                                       {"operator", "contains"},
                                                                       {"value", "ab"}},
                                                           QJsonObject{{"field", "leadqualitycode"},
                                                                       {"operator", "notEquals"},
                                                                       {"value", 3}}}}};
        else if (step.type == u"updateField")
            step.params = QJsonObject{{"field", "leadqualitycode"}, {"value", 2}};
        const QString next = i + 1 < count ? QStringLiteral("s%1").arg(i + 1) : QString();
        if (step.type.endsWith(u"Condition")) {
            if (step.type == u"fieldCondition")
                step.yes = next;
            else
                step.no = next;
        } else {
            step.next = next;
        }
        steps.append(step);
    }
    s.start = steps.value(0).id;
    s.setSteps(steps);
    return s;
}

Scenario scenario(Minutes start, Minutes sellerDelay, bool opens)
{
    Scenario s;
    s.start = start;
    s.sellerCompleteAfter = sellerDelay;
    s.fields.insert(QStringLiteral("leadqualitycode"), 1); // the field conditions hold
    if (opens)
        s.personaSteps.insert(
            QStringLiteral("email"),
            StepBehaviour{{}, {}, QMap<QString, Minutes>{{"opened", 300}}, {}, {}});
    return s;
}

qint64 rssKiB(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

int main()
{
    const Profile &profile = Profile::defaultProfile();
    const ZoneClock clock(profile.calendar);
    const Minutes monday = *parseInstant("2026-12-07T09:00+01:00");
    QTextStream out(stdout);

    for (int count : {100, 1000, 10000}) {
        const Sequence sequence = path(count);
        const Simulator simulator(sequence, profile, clock);
        const Scenario s = scenario(monday, 60, false);
        qsizetype steps = 0;
        const bench::Figures f = bench::measure(21, [&] { steps = simulator.run(s).steps.size(); });
        bench::report(QStringLiteral("simulate path"), steps, f);
        const bench::Figures g = bench::measure(
            21, [&] { steps = Simulator(sequence, profile, clock).run(s).steps.size(); });
        bench::report(QStringLiteral("compile and simulate path"), steps, g);
    }

    // The forecast: 100,000 records, 50 steps, 3 scenarios, 20 owners, starts over a week.
    const Sequence fifty = path(50);
    QByteArray csv = "companyname;leadqualitycode;ownerid;start;scenario\n";
    static const char *names[] = {"eager", "late", "opens"};
    for (int i = 0; i < 100000; ++i) {
        const Minutes start = monday + (i % 7) * minutesPerDay + (i % 480);
        csv += "Company " + QByteArray::number(i) + ";" + QByteArray::number(1 + i % 3) +
               ";seller" + QByteArray::number(i % 20) + ";" +
               ZoneClock::formatWithOffset(start, 60).toLatin1() + ";" + names[i % 3] + "\n";
    }
    Forecast forecast(fifty, profile, clock);
    forecast.setScenarios({{"eager", scenario(monday, 0, false)},
                           {"late", scenario(monday, minutesPerDay, false)},
                           {"opens", scenario(monday, 30, true)}});
    const qint64 before = rssKiB("VmRSS:");
    ForecastResult result;
    // Wall time, and CPU time: the machine is shared, and the goal is for one core.
    QList<double> cpu;
    const bench::Figures f = bench::measure(5, [&] {
        const std::clock_t c = std::clock();
        result = forecast.run(csv);
        cpu.append(double(std::clock() - c) * 1000.0 / CLOCKS_PER_SEC);
    });
    std::sort(cpu.begin(), cpu.end());
    bench::report(QStringLiteral("forecast 50 steps x 3"), result.records, f);
    out << "forecast CPU time median " << QString::number(cpu[cpu.size() / 2], 'f', 1) << " ms\n";
    out << "forecast: " << result.days.size() << " days, CSV " << csv.size() / 1024
        << " KiB, resident before " << before / 1024 << " MiB, peak " << rssKiB("VmHWM:") / 1024
        << " MiB" << (result.ok() ? "" : " ERROR ") << result.error << '\n';
    return result.ok() ? 0 : 1;
}
