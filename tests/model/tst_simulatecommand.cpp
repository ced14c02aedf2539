// SPDX-License-Identifier: MIT
// `sequence-designer simulate` as a user runs it: the output of spec section 5 exactly, and the
// exit codes of section 7 (0 simulated, 1 the scenario has errors, 2 the sequence, the profile
// or the command line cannot be used).
#include "apprun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using sd::test::Run;
using sd::test::run;

namespace {

const QString data = QStringLiteral(SD_TEST_DATA "/simulation/");

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject file(const QString &name)
{
    QFile f(data + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestSimulateCommand : public QObject
{
    Q_OBJECT

private slots:
    // Spec section 5's example, event by event, compared as JSON values.
    void specExample()
    {
        const Run r = run({"simulate", "--json", "--scenario", data + "spec-example.scenario.json",
                           data + "spec-example.sequence.json"});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r.out), file("spec-example.expected.json"));
    }

    // The built-in scenario: nothing happens, every activity done when due; --start needed.
    void builtInScenario()
    {
        const Run r = run({"simulate", "--json", "--start", "2026-12-07T08:00Z",
                           data + "spec-example.sequence.json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = json(r.out);
        QCOMPARE(o.value("scenario"), QJsonValue(QJsonValue::Null));
        QCOMPARE(o.value("start").toString(), QStringLiteral("2026-12-07T09:00:00+01:00"));
        QCOMPARE(o.value("end").toObject(),
                 QJsonObject({{"at", "2026-12-09T09:00:00+01:00"}, {"reason", "completed"}}));
        QCOMPARE(o.value("steps").toArray().size(), 5); // intro, opened (no), call1, task9, ab
        QCOMPARE(o.value("steps").toArray().at(4).toObject().value("version").toString(),
                 QStringLiteral("A"));

        const Run noStart = run({"simulate", data + "spec-example.sequence.json"});
        QCOMPARE(noStart.code, 2);
        QVERIFY2(noStart.err.contains("--start"), qPrintable(noStart.err));
    }

    // --start replaces the scenario's start; a profile without calendar writes UTC as +00:00.
    void startAndCalendar()
    {
        const Run r =
            run({"simulate", "--json", "--start", "2026-12-08T10:00+01:00", "--scenario",
                 data + "spec-example.scenario.json", data + "spec-example.sequence.json"});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r.out).value("start").toString(),
                 QStringLiteral("2026-12-08T10:00:00+01:00"));
        QCOMPARE(json(r.out).value("end").toObject().value("at").toString(),
                 QStringLiteral("2026-12-11T11:00:00+01:00"));

        const Run utc =
            run({"simulate", "--json", "--profile", data + "utc.profile.json", "--start",
                 "2026-12-07T09:00+01:00", data + "spec-example.sequence.json"});
        QCOMPARE(utc.code, 0);
        QCOMPARE(json(utc.out).value("start").toString(),
                 QStringLiteral("2026-12-07T08:00:00+00:00"));

        // With --start the scenario may lack one; without, that is a scenario error.
        const QStringList unknown{"--scenario", data + "unknown-step.scenario.json",
                                  data + "spec-example.sequence.json"};
        const Run missing = run(QStringList{"simulate"} + unknown);
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.out.contains("scenario.schema"), qPrintable(missing.out));
        QVERIFY2(missing.out.contains("scenario.unknownStep"), qPrintable(missing.out));
    }

    // A bundle needs --sequence; a draft with rule errors is still simulated.
    void bundleAndDrafts()
    {
        const QString bundle = data + "bundle.sequence.json";
        const Run without = run({"simulate", "--start", "2026-12-07T09:00+01:00", bundle});
        QCOMPARE(without.code, 2);
        QVERIFY2(without.err.contains("--sequence"), qPrintable(without.err));

        const Run draft = run({"simulate", "--json", "--start", "2026-12-11T15:00+01:00",
                               "--sequence", "3f6c1b2e-4a5d-4e8f-9a0b-000000000001", bundle});
        QCOMPARE(draft.code, 0);
        const QJsonObject o = json(draft.out);
        QCOMPARE(o.value("end").toObject().value("at").toString(),
                 QStringLiteral("2026-12-14T15:00:00+01:00")); // a working day later

        const Run empty = run({"simulate", "--json", "--start", "2026-12-07T09:00+01:00",
                               "--sequence", "3f6c1b2e-4a5d-4e8f-9a0b-000000000002", bundle});
        QCOMPARE(empty.code, 0);
        QCOMPARE(json(empty.out).value("steps").toArray().size(), 0);
        QCOMPARE(json(empty.out).value("end").toObject().value("reason").toString(),
                 QStringLiteral("completed"));

        const Run wrongId = run({"simulate", "--start", "2026-12-07T09:00+01:00", "--sequence",
                                 "3f6c1b2e-4a5d-4e8f-9a0b-000000000009", bundle});
        QCOMPARE(wrongId.code, 2);
    }

    // A sequence without an id has none in the output (the reader's made-up one is for
    // import); a draft's default version is printed as written; daylight-saving time goes on
    // after the transitions tzdata lists (2037).
    void draftAsWritten()
    {
        const Run r = run(
            {"simulate", "--json", "--start", "2040-07-02T12:00Z", data + "no-id.sequence.json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = json(r.out);
        QCOMPARE(o.value("sequence"), QJsonValue(QJsonValue::Null));
        QCOMPARE(o.value("start").toString(), QStringLiteral("2040-07-02T14:00:00+02:00"));
        const QJsonArray steps = o.value("steps").toArray();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).toObject().value("version").toString(), QStringLiteral("C"));
        QVERIFY(!steps.at(1).toObject().contains("version"));

        const Run agenda =
            run({"simulate", "--start", "2040-07-02T12:00Z", data + "no-id.sequence.json"});
        QCOMPARE(agenda.code, 0);
        QVERIFY2(agenda.out.contains("version C"), qPrintable(agenda.out));
    }

    // --sequence names the id in any case, as the library compares ids.
    void sequenceIdCase()
    {
        const Run r = run({"simulate", "--json", "--start", "2026-12-07T09:00+01:00", "--sequence",
                           "3F6C1B2E-4A5D-4E8F-9A0B-000000000002", data + "bundle.sequence.json"});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r.out).value("sequence").toString(),
                 QStringLiteral("3f6c1b2e-4a5d-4e8f-9a0b-000000000002"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("shows"); // in stdout or stderr
        const QString sequence = data + "spec-example.sequence.json";
        const QString scenario = data + "spec-example.scenario.json";
        QTest::newRow("simulated") << QStringList{"--scenario", scenario, sequence} << 0 << "";
        QTest::newRow("scenario syntax")
            << QStringList{"--scenario", data + "bad-syntax.scenario.json", sequence} << 1
            << "scenario.syntax";
        QTest::newRow("scenario syntax, --json")
            << QStringList{"--json", "--scenario", data + "bad-syntax.scenario.json", sequence} << 1
            << "\"code\": \"scenario.syntax\"";
        QTest::newRow("scenario names an unknown step")
            << QStringList{"--start", "2026-12-07T09:00Z", "--scenario",
                           data + "unknown-step.scenario.json", sequence}
            << 1 << "scenario.unknownStep";
        QTest::newRow("scenario unreadable")
            << QStringList{"--scenario", data + "no-such.scenario.json", sequence} << 2
            << "no-such.scenario.json";
        QTest::newRow("sequence missing")
            << QStringList{"--scenario", scenario, data + "no-such.sequence.json"} << 2
            << "file.io";
        QTest::newRow("sequence not JSON")
            << QStringList{"--scenario", scenario, data + "bad-syntax.scenario.json"} << 2
            << "file.";
        QTest::newRow("sequence with a cycle")
            << QStringList{"--start", "2026-12-07T09:00Z", data + "cycle.sequence.json"} << 2
            << "graph.cycle";
        QTest::newRow("sequence and scenario both unusable")
            << QStringList{"--scenario", data + "bad-syntax.scenario.json",
                           data + "cycle.sequence.json"}
            << 2 << "graph.cycle";
        QTest::newRow("profile with a bad calendar")
            << QStringList{"--profile", data + "bad-calendar.profile.json", "--scenario", scenario,
                           sequence}
            << 2 << "$.calendar.workingDays[0]";
        QTest::newRow("bad --start")
            << QStringList{"--start", "2026-12-07T09:00:30+01:00", sequence} << 2 << "--start";
        QTest::newRow("unknown option") << QStringList{"--colour", sequence} << 2 << "--colour";
        QTest::newRow("--start twice")
            << QStringList{"--start", "2026-12-07T09:00Z", "--start", "2026-12-08T09:00Z", sequence}
            << 2 << "--start";
        QTest::newRow("--profile twice") << QStringList{"--profile", data + "utc.profile.json",
                                                        "--profile", data + "utc.profile.json",
                                                        "--start",   "2026-12-07T09:00Z",
                                                        sequence}
                                         << 2 << "--profile";
        QTest::newRow("--scenario twice")
            << QStringList{"--scenario", scenario, "--scenario", scenario, sequence} << 2
            << "--scenario";
        QTest::newRow("no sequence") << QStringList{"--scenario", scenario} << 2 << "Usage";
        QTest::newRow("two sequences")
            << QStringList{"--scenario", scenario, sequence, sequence} << 2 << "Usage";
        QTest::newRow("--scenario without a file")
            << QStringList{sequence, "--scenario"} << 2 << "--scenario";
        QTest::newRow("library missing")
            << QStringList{"--start", "2026-12-07T09:00Z", "--library", data + "no-such.sqlite",
                           "3f6c1b2e-4a5d-4e8f-9a0b-1c2d3e4f5a6b"}
            << 2 << "";
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, shows);
        const Run r = run(QStringList{"simulate"} + args);
        QCOMPARE(r.code, code);
        QVERIFY2((r.out + r.err).contains(shows), qPrintable(r.out + r.err));
    }

    // A sequence of the library, by id.
    void fromLibrary()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath("lib.sqlite");
        const Run imported =
            run({"import", "--library", library, data + "spec-example.sequence.json"});
        QCOMPARE(imported.code, 0);
        const QString id = imported.out.trimmed();
        const Run r = run({"simulate", "--json", "--scenario", data + "spec-example.scenario.json",
                           "--library", library, id});
        QCOMPARE(r.code, 0);
        QJsonObject expected = file("spec-example.expected.json");
        expected.insert("sequence", id);
        QCOMPARE(json(r.out), expected);
    }

    // A built-in persona instead of a scenario file: it needs --start, and is named in the
    // interface language in the agenda.
    void personas()
    {
        const QString sequence = data + "spec-example.sequence.json";
        const Run r = run({"simulate", "--json", "--start", "2026-12-07T09:00+01:00", "--scenario",
                           "persona:opens-never-replies", sequence});
        QCOMPARE(r.code, 0);
        const QJsonObject o = json(r.out);
        QCOMPARE(o.value("scenario").toString(), QStringLiteral("Opens but never replies"));
        QCOMPARE(o.value("steps").toArray().at(1).toObject().value("status").toString(),
                 QStringLiteral("yes")); // opened two hours after it was sent

        const Run nb = run({"--language", "nb", "simulate", "--start", "2026-12-07T09:00+01:00",
                            "--scenario", "persona:seller-a-day-late", sequence});
        QCOMPARE(nb.code, 0);
        QVERIFY2(nb.out.contains("Selgeren er en dag sent ute med alt"), qPrintable(nb.out));

        const Run noStart = run({"simulate", "--scenario", "persona:does-nothing", sequence});
        QCOMPARE(noStart.code, 2);
        const Run unknown = run({"simulate", "--start", "2026-12-07T09:00+01:00", "--scenario",
                                 "persona:sleeps", sequence});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains("persona:does-nothing"), qPrintable(unknown.err));
    }

    // forecast: counts per local date by type and owner; exit 1 for bad records or scenarios.
    void forecast()
    {
        const QString sequence = data + "spec-example.sequence.json";
        const QString late = QStringLiteral("late=") + data + "late.scenario.json";
        const Run r = run({"forecast", "--json", "--records", data + "records.csv", "--start",
                           "2026-12-08T09:00+01:00", "--scenario", late, sequence});
        QCOMPARE(r.code, 0);
        // Contoso (Mon, late: the first scenario): call1 Wed 12-09, task9 Fri 12-11.
        // Fabrikam (Tue): call1 Thu 12-10, task9 Sat 12-12.
        const QJsonArray days = json(r.out).value("days").toArray();
        QCOMPARE(days.size(), 4);
        QCOMPARE(days.at(0).toObject(), QJsonObject({{"date", "2026-12-09"},
                                                     {"total", 1},
                                                     {"byType", QJsonObject{{"phoneCall", 1}}},
                                                     {"byOwner", QJsonObject{{"anna", 1}}}}));
        QCOMPARE(days.at(3).toObject().value("date").toString(), QStringLiteral("2026-12-12"));
        QCOMPARE(json(r.out).value("records").toInt(), 2);

        const Run text = run({"forecast", "--records", data + "records.csv", "--start",
                              "2026-12-08T09:00+01:00", "--scenario", late, sequence});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains("Wed 9 Dec 2026: 1 due"), qPrintable(text.out));

        const Run badRecords = run({"forecast", "--records", data + "bad-records.csv", "--start",
                                    "2026-12-08T09:00+01:00", sequence});
        QCOMPARE(badRecords.code, 1);
        QVERIFY2(badRecords.err.contains("Line 2, column budgetamount"),
                 qPrintable(badRecords.err));
        const Run badScenario = run({"forecast", "--records", data + "records.csv", "--scenario",
                                     "x=" + data + "bad-syntax.scenario.json", sequence});
        QCOMPARE(badScenario.code, 1);
        QVERIFY2(badScenario.out.contains("scenario.syntax"), qPrintable(badScenario.out));
        // Records as a JSON array of scenarios: each one record, its owner from its fields.
        const Run array = run({"forecast", "--json", "--records", data + "records.json", sequence});
        QCOMPARE(array.code, 0);
        const QJsonArray arrayDays = json(array.out).value("days").toArray();
        QCOMPARE(arrayDays.size(), 3);
        QCOMPARE(arrayDays.at(0).toObject().value("byOwner").toObject(),
                 QJsonObject({{"anna", 2}})); // call1 and task9 on Wed 12-09
        QCOMPARE(arrayDays.at(1).toObject().value("byOwner").toObject(),
                 QJsonObject({{"(unassigned)", 1}}));
        const Run badArray = run({"forecast", "--records", data + "bad-records.json", sequence});
        QCOMPARE(badArray.code, 1);
        QVERIFY2(badArray.out.contains("scenario.schema: $[1]:"), qPrintable(badArray.out));
        QCOMPARE(run({"forecast", sequence}).code, 2); // no --records
        QCOMPARE(run({"forecast", "--records", data + "no-such.csv", sequence}).code, 2);
        QCOMPARE(
            run({"forecast", "--records", data + "records.csv", "--scenario", "nameless", sequence})
                .code,
            2);
    }

    // Without --json: an agenda in the interface language, one line per step.
    void agenda()
    {
        const QStringList args{"simulate", "--scenario", data + "spec-example.scenario.json",
                               data + "spec-example.sequence.json"};
        const Run en = run(QStringList{"--language", "en"} + args);
        QCOMPARE(en.code, 0);
        const QStringList lines = en.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 7); // title, start, 4 steps, end
        QVERIFY2(lines.at(2).startsWith("Mon 7 Dec 2026 09:00"), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(5).contains("Prepare the meeting") && lines.at(5).contains("done"),
                 qPrintable(lines.at(5)));
        QVERIFY2(lines.last().contains("Thu 10 Dec 2026 10:00"), qPrintable(lines.last()));

        const Run nb = run(QStringList{"--language", "nb"} + args);
        QCOMPARE(nb.code, 0);
        QVERIFY2(nb.out.contains("man. 7 des. 2026 09:00"), qPrintable(nb.out));
        QVERIFY2(nb.out.contains("utført"), qPrintable(nb.out));
    }
};

QTEST_GUILESS_MAIN(TestSimulateCommand)
#include "tst_simulatecommand.moc"
