// SPDX-License-Identifier: MIT
// The scenario file (spec sequence-simulation.md sections 3 and 7): the strict reader with its
// scenario.* codes, the checks against the sequence and the profile, and the writer's round trip.
#include "simulationtestutil.h"

using namespace sd;

namespace {

const QByteArray header = R"({"format": "sequence-designer-scenario", "formatVersion": 1, )";

QStringList codes(const Diagnostics &list)
{
    QStringList out;
    for (const Diagnostic &d : list)
        out.append(d.code);
    return out;
}

// The sequence the checks run against: an email, a call, a task, an A/B test, a wait.
Sequence checkSequence()
{
    return simtest::sequence(R"([{"id": "e1", "type": "automatedEmail", "next": "c1"},
        {"id": "c1", "type": "phoneCall", "next": "t1"},
        {"id": "t1", "type": "task", "next": "ab"},
        {"id": "ab", "type": "abTest", "next": "w1"},
        {"id": "w1", "type": "wait", "params": {"days": 1}},
        {"id": "lost", "type": "email"}])");
}

} // namespace

class TestScenarioFile : public QObject
{
    Q_OBJECT

private slots:
    void reading_data();
    void reading();
    void checks_data();
    void checks();
    void messagesSayWhatToDo();
    void roundTrip();
    void limits();
};

void TestScenarioFile::reading_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected"); // the codes, in order

    const auto ok = [](const char *name, const QByteArray &members) {
        QTest::newRow(name) << header + members + "}" << QStringList();
    };
    const auto bad = [](const char *name, const QByteArray &bytes, QStringList codes) {
        QTest::newRow(name) << bytes << codes;
    };
    const QStringList syntax{"scenario.syntax"};
    const QStringList schema{"scenario.schema"};
    const QByteArray start = R"("start": "2026-12-07T09:00:00+01:00")";

    ok("minimal", start);
    ok("no start: the command may give one", R"("name": "x")");
    ok("null counts as absent", start + R"(, "name": null, "record": null, "steps": {"a": null})");
    ok("unknown keys ignored", start + R"(, "colour": "blue", "steps": {"a": {"mood": 1}},
        "record": {"fields": {}, "x": 1}, "seller": {"completeAfter": {"weeks": 2}})");
    QTest::newRow("formatVersion 1.0")
        << QByteArray(R"({"format": "sequence-designer-scenario", "formatVersion": 1.0, )") +
               start + "}"
        << QStringList();
    QTest::newRow("byte-order mark") << "\xEF\xBB\xBF" + header + start + "}" << QStringList();
    ok("durations", start + R"(, "seller": {"completeAfter": {"days": 1, "hours": 2.0,
        "minutes": 3}}, "steps": {"a": {"completeAfter": {}}})");
    ok("36,525 days", start + R"(, "seller": {"completeAfter": {"days": 36525}})");

    bad("empty", "", syntax);
    bad("white space", " \n ", syntax);
    bad("not JSON", "{\"format\": ", syntax);
    bad("duplicate key", header + start + ", \"name\": \"a\", \"name\": \"b\"}", syntax);
    bad("invalid UTF-8", header + "\"name\": \"\xC3\x28\"}", syntax);
    bad("top-level array", "[]", schema);
    bad("top-level string", "\"scenario\"", schema);
    bad("no format", R"({"formatVersion": 1})", schema);
    bad("sequence format", R"({"format": "sequence-designer", "formatVersion": 1})", schema);
    bad("no version", R"({"format": "sequence-designer-scenario"})", schema);
    bad("version 2", R"({"format": "sequence-designer-scenario", "formatVersion": 2})", schema);
    bad("version string", R"({"format": "sequence-designer-scenario", "formatVersion": "1"})",
        schema);
    bad("version 1.5", R"({"format": "sequence-designer-scenario", "formatVersion": 1.5})", schema);
    bad("name number", header + start + R"(, "name": 3})", schema);
    bad("start without offset", header + R"("start": "2026-12-07T09:00:00"})", schema);
    bad("start with seconds", header + R"("start": "2026-12-07T09:00:01Z"})", schema);
    bad("start number", header + R"("start": 20261207})", schema);
    bad("record array", header + start + R"(, "record": []})", schema);
    bad("fields array", header + start + R"(, "record": {"fields": []}})", schema);
    bad("stage string", header + start + R"(, "record": {"stage": "Qualify"}})", schema);
    bad("stage without process", header + start + R"(, "record": {"stage": {"stage": "Q"}}})",
        schema);
    bad("stage number", header + start + R"(, "record": {"stage": {"process": "P", "stage": 1}}})",
        schema);
    bad("seller string", header + start + R"(, "seller": "fast"})", schema);
    bad("duration number", header + start + R"(, "seller": {"completeAfter": 60}})", schema);
    bad("duration negative", header + start + R"(, "seller": {"completeAfter": {"hours": -1}}})",
        schema);
    bad("duration fraction", header + start + R"(, "seller": {"completeAfter": {"hours": 1.5}}})",
        schema);
    bad("duration string part",
        header + start + R"(, "seller": {"completeAfter": {"hours": "2"}}})", schema);
    bad("duration over 100 years",
        header + start + R"(, "seller": {"completeAfter": {"days": 36525, "minutes": 1}}})",
        schema);
    bad("huge duration", header + start + R"(, "seller": {"completeAfter": {"days": 1e300}}})",
        schema);
    bad("steps array", header + start + R"(, "steps": []})", schema);
    bad("step string", header + start + R"(, "steps": {"a": "skip"}})", schema);
    bad("skip string", header + start + R"(, "steps": {"a": {"skip": "yes"}}})", schema);
    bad("events array", header + start + R"(, "steps": {"a": {"events": ["opened"]}}})", schema);
    bad("event number", header + start + R"(, "steps": {"a": {"events": {"opened": 5}}}})", schema);
    bad("outcome number", header + start + R"(, "steps": {"a": {"outcome": 1}}})", schema);
    bad("version number", header + start + R"(, "steps": {"a": {"version": 1}}})", schema);
    bad("every problem reported",
        header + R"("start": "soon", "name": 1, "steps": {"a": {"skip": 1}}})",
        {"scenario.schema", "scenario.schema", "scenario.schema"});
}

void TestScenarioFile::reading()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    const ScenarioReadResult r = readScenarioFile(bytes);
    QCOMPARE(codes(r.diagnostics), expected);
    QCOMPARE(r.ok(), expected.isEmpty());
}

void TestScenarioFile::checks_data()
{
    QTest::addColumn<QByteArray>("members");
    QTest::addColumn<QStringList>("expected");
    const QByteArray start = R"("start": "2026-12-07T09:00:00+01:00", )";
    const auto row = [&](const char *name, const char *members, QStringList codes) {
        QTest::newRow(name) << start + members << codes;
    };
    const QStringList value{"scenario.unknownValue"};
    row("everything right", R"("record": {"fields": {"companyname": "Contoso", "revenue": 2.5,
        "visit": "2026-12-01", "donotcall": false, "rating": 2, "ownerid": "Anna",
        "city": ""}, "stage": {"process": "Lead to Opportunity Sales Process", "stage": "Develop"}},
        "steps": {"e1": {"events": {"opened": {"hours": 1}, "replied": {}, "linkClicked": {},
        "attachmentDownloaded": {}}}, "c1": {"outcome": "voicemail", "skip": false,
        "completeAfter": {}}, "t1": {"skip": true}, "ab": {"version": "B", "events": {}},
        "lost": {"skip": true}})",
        {});
    row("unknown step", R"("steps": {"e2": {}})", {"scenario.unknownStep"});
    row("unknown field", R"("record": {"fields": {"colour": "blue"}})", value);
    row("text field given a number", R"("record": {"fields": {"companyname": 1}})", value);
    row("number field given a string", R"("record": {"fields": {"revenue": "1"}})", value);
    row("number field given \"\"", R"("record": {"fields": {"revenue": ""}})", value);
    row("date field with a time", R"("record": {"fields": {"visit": "2026-12-01T10:00"}})", value);
    row("date field impossible date", R"("record": {"fields": {"visit": "2026-02-30"}})", value);
    row("yes/no given a number", R"("record": {"fields": {"donotcall": 0}})", value);
    row("choice not an option", R"("record": {"fields": {"rating": 4}})", value);
    row("choice fraction", R"("record": {"fields": {"rating": 1.5}})", value);
    row("field given an object", R"("record": {"fields": {"companyname": {}}})", value);
    row("unknown process", R"("record": {"stage": {"process": "Other sales", "stage": "Qualify"}})",
        value);
    row("unknown stage",
        R"("record": {"stage": {"process": "Lead to Opportunity Sales Process", "stage": "Won"}})",
        value);
    row("stage of another process",
        R"("record": {"stage": {"process": "Other", "stage": "Develop"}})", value);
    row("unknown event", R"("steps": {"e1": {"events": {"bounced": {}}}})", value);
    row("events on a call", R"("steps": {"c1": {"events": {}}})", value);
    row("events on a task", R"("steps": {"t1": {"events": {"opened": {}}}})", value);
    row("unknown call result", R"("steps": {"c1": {"outcome": "Made"}})", value);
    row("outcome on a task", R"("steps": {"t1": {"outcome": "made"}})", value);
    row("version C", R"("steps": {"ab": {"version": "C"}})", value);
    row("version on an email", R"("steps": {"e1": {"version": "A"}})", value);
    row("skip on an automated email", R"("steps": {"e1": {"skip": false}})", value);
    row("completeAfter on a wait", R"("steps": {"w1": {"completeAfter": {"hours": 1}}})", value);
    row("completeAfter on an A/B test", R"("steps": {"ab": {"completeAfter": {}}})", value);
    row("several problems", R"("record": {"fields": {"colour": 1}},
        "steps": {"nope": {}, "c1": {"outcome": "x"}})",
        {"scenario.unknownValue", "scenario.unknownValue", "scenario.unknownStep"});
}

void TestScenarioFile::checks()
{
    QFETCH(QByteArray, members);
    QFETCH(QStringList, expected);
    const ScenarioReadResult read = readScenarioFile(header + members + "}");
    QVERIFY2(read.ok(), qPrintable(read.diagnostics.value(0).message));
    QCOMPARE(codes(checkScenario(read.scenario, checkSequence(), simtest::osloProfile())),
             expected);
}

// Each message names where the problem is and what to do about it.
void TestScenarioFile::messagesSayWhatToDo()
{
    const ScenarioReadResult read =
        readScenarioFile(header + R"("steps": {"c1": {"outcome": "maybe"}, "x9": {}}})");
    QVERIFY(read.ok());
    const Diagnostics d = checkScenario(read.scenario, checkSequence(), simtest::osloProfile());
    QCOMPARE(codes(d),
             QStringList({"scenario.schema", "scenario.unknownValue", "scenario.unknownStep"}));
    QVERIFY2(d[0].message.contains("$.start") && d[0].message.contains("--start"),
             qPrintable(d[0].message));
    QVERIFY2(d[1].message.contains("maybe") && d[1].message.contains("made, received, voicemail"),
             qPrintable(d[1].message));
    QCOMPARE(d[1].stepId, QStringLiteral("c1"));
    QVERIFY2(d[2].message.contains("x9"), qPrintable(d[2].message));
    // --start replaces a missing start.
    QCOMPARE(codes(checkScenario(read.scenario, checkSequence(), simtest::osloProfile(), true)),
             QStringList({"scenario.unknownValue", "scenario.unknownStep"}));

    const ScenarioReadResult syntax = readScenarioFile(QByteArray("{\n  \"a\": 1,\n  \"a\": 2\n}"));
    QVERIFY2(syntax.diagnostics.value(0).message.contains("line 3"),
             qPrintable(syntax.diagnostics.value(0).message));
}

void TestScenarioFile::roundTrip()
{
    const QByteArray file = SD_TEST_DATA "/simulation/spec-example.scenario.json";
    const ScenarioReadResult read = readScenarioFile(QString::fromUtf8(file));
    QVERIFY(read.ok());
    QCOMPARE(read.scenario.name, QStringLiteral("Opens the intro email, never replies"));
    QCOMPARE(read.scenario.sellerCompleteAfter, 60);
    QCOMPARE(read.scenario.steps.value("call1").completeAfter, 20);
    QCOMPARE(read.scenario.steps.value("intro").events->value("opened"), 300);
    QCOMPARE(read.scenario.startOffset, 60);

    const QByteArray written = writeScenarioFile(read.scenario);
    const ScenarioReadResult again = readScenarioFile(written);
    QVERIFY(again.ok());
    QCOMPARE(again.scenario, read.scenario);
    QVERIFY2(written.contains("\"start\": \"2026-12-07T09:00:00+01:00\""), written.constData());

    Scenario s;
    s.start = *parseInstant("2026-12-07T09:00Z");
    s.sellerCompleteAfter = 3 * minutesPerDay + 2 * 60 + 5;
    s.steps.insert("x", StepBehaviour{0, false, QMap<QString, Minutes>(), "made", "B"});
    s.personaSteps.insert("firstEmail",
                          StepBehaviour{{}, {}, QMap<QString, Minutes>{{"replied", 1440}}, {}, {}});
    const ScenarioReadResult third = readScenarioFile(writeScenarioFile(s));
    QVERIFY(third.ok());
    QCOMPARE(third.scenario, s);
}

void TestScenarioFile::limits()
{
    QByteArray deep = header + "\"x\": ";
    for (int i = 0; i < 64; ++i)
        deep += "[";
    QCOMPARE(codes(readScenarioFile(deep + QByteArray(64, ']') + "}").diagnostics),
             QStringList({"scenario.limit"}));
    QByteArray longName = header + "\"name\": \"" + QByteArray(1024 * 1024 + 1, 'a') + "\"}";
    QCOMPARE(codes(readScenarioFile(longName).diagnostics), QStringList({"scenario.limit"}));
    const QByteArray big(scenarioLimits::maxFileBytes + 1, ' ');
    QCOMPARE(codes(readScenarioFile(big).diagnostics), QStringList({"scenario.limit"}));
}

QTEST_GUILESS_MAIN(TestScenarioFile)
#include "tst_scenariofile.moc"
