// SPDX-License-Identifier: MIT
// Every file.schema rule of the reader (spec section 7), each with the JSON path its message
// starts with, and the reporting of every problem of a file.
#include "sequencefiletestutil.h"

#include <QtTest>

using namespace sd;
using namespace sequencefiletest;

class TestSequenceFileSchema : public QObject
{
    Q_OBJECT

private slots:
    void schema_data();
    void schema();
    void everyProblemReported();
    void diagnosticContext();
};

void TestSequenceFileSchema::schema_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("path");

    const QByteArray long161 = '"' + QByteArray("\xF0\x9F\x98\x80").repeated(161) + '"';
    const QByteArray long2001 = '"' + QByteArray(2001, 'x') + '"';
    const QByteArray long101 = '"' + QByteArray(101, 'x') + '"';
    const QString seq = QStringLiteral("$.sequences[0].");
    const QString step = QStringLiteral("$.sequences[0].steps[0].");
    const QString params = step + QStringLiteral("params.");
    auto row = [](const char *name, const QByteArray &file, const QString &path) {
        QTest::newRow(name) << file << path;
    };

    // Document
    row("profile number", fileWith(sequenceWith({}), "\"profile\": 5, "), "$.profile");
    row("sequences missing", "{\"format\": \"sequence-designer\", \"formatVersion\": 1, \"x\": []}",
        "$.sequences");
    row("sequences object",
        "{\"format\": \"sequence-designer\", \"formatVersion\": 1, \"sequences\": {}}",
        "$.sequences");
    row("sequences empty", fileWith({}), "$.sequences");
    row("sequence not object", fileWith("1"), "$.sequences[0]");
    row("second sequence", fileWith(sequenceWith({}) + ", " + sequenceWith({{"name", "5"}})),
        "$.sequences[1].name");

    // Sequence
    row("id number", fileWithSequence({{"id", "5"}}), seq + QStringLiteral("id"));
    row("id not a UUID", fileWithSequence({{"id", "\"abc\""}}), seq + QStringLiteral("id"));
    row("id in braces", fileWithSequence({{"id", "\"{3f6c1b2e-4a5d-4e8f-9a0b-1c2d3e4f5a6b}\""}}),
        seq + QStringLiteral("id"));
    row("id not hex", fileWithSequence({{"id", "\"3f6c1b2e-4a5d-4e8f-9a0b-1c2d3e4f5a6g\""}}),
        seq + QStringLiteral("id"));
    row("id without dashes", fileWithSequence({{"id", "\"3f6c1b2e4a5d4e8f9a0b1c2d3e4f5a6b\""}}),
        seq + QStringLiteral("id"));
    row("name missing", fileWithSequence({{"name", {}}}), seq + QStringLiteral("name"));
    row("name null", fileWithSequence({{"name", "null"}}), seq + QStringLiteral("name"));
    row("name number", fileWithSequence({{"name", "5"}}), seq + QStringLiteral("name"));
    row("name blank", fileWithSequence({{"name", "\" \\u3000\\t\\u00a0 \""}}),
        seq + QStringLiteral("name"));
    row("name 161 code points", fileWithSequence({{"name", long161}}),
        seq + QStringLiteral("name"));
    row("description 2001", fileWithSequence({{"description", long2001}}),
        seq + QStringLiteral("description"));
    row("description array", fileWithSequence({{"description", "[]"}}),
        seq + QStringLiteral("description"));
    row("recordType missing", fileWithSequence({{"recordType", {}}}),
        seq + QStringLiteral("recordType"));
    row("recordType array", fileWithSequence({{"recordType", "[\"lead\"]"}}),
        seq + QStringLiteral("recordType"));
    row("status unknown", fileWithSequence({{"status", "\"paused\""}}),
        seq + QStringLiteral("status"));
    row("status bool", fileWithSequence({{"status", "true"}}), seq + QStringLiteral("status"));
    row("tags string", fileWithSequence({{"tags", "\"a\""}}), seq + QStringLiteral("tags"));
    row("tag number", fileWithSequence({{"tags", "[1]"}}), seq + QStringLiteral("tags[0]"));
    row("tag empty", fileWithSequence({{"tags", "[\"\"]"}}), seq + QStringLiteral("tags[0]"));
    row("tag empty level", fileWithSequence({{"tags", "[\"a//b\"]"}}),
        seq + QStringLiteral("tags[0]"));
    row("tag leading slash", fileWithSequence({{"tags", "[\"/a\"]"}}),
        seq + QStringLiteral("tags[0]"));
    row("tag trailing slash", fileWithSequence({{"tags", "[\"a/\"]"}}),
        seq + QStringLiteral("tags[0]"));
    row("tag blank level", fileWithSequence({{"tags", "[\"a/ \"]"}}),
        seq + QStringLiteral("tags[0]"));
    row("tag five levels", fileWithSequence({{"tags", "[\"a/b/c/d/e\"]"}}),
        seq + QStringLiteral("tags[0]"));
    row("tag level 101", fileWithSequence({{"tags", "[\"a/" + QByteArray(101, 'x') + "\"]"}}),
        seq + QStringLiteral("tags[0]"));
    row("second tag", fileWithSequence({{"tags", "[\"ok\", \"a//b\"]"}}),
        seq + QStringLiteral("tags[1]"));
    row("options array", fileWithSequence({{"options", "[]"}}), seq + QStringLiteral("options"));
    row("exitOnEmailReply string",
        fileWithSequence({{"options", "{\"exitOnEmailReply\": \"yes\"}"}}),
        seq + QStringLiteral("options.exitOnEmailReply"));
    row("skipNonWorkingDays number", fileWithSequence({{"options", "{\"skipNonWorkingDays\": 1}"}}),
        seq + QStringLiteral("options.skipNonWorkingDays"));
    row("assignment string", fileWithSequence({{"assignment", "\"recordOwner\""}}),
        seq + QStringLiteral("assignment"));
    row("assignment.to unknown", fileWithSequence({{"assignment", "{\"to\": \"manager\"}"}}),
        seq + QStringLiteral("assignment.to"));
    row("assignment.to number", fileWithSequence({{"assignment", "{\"to\": 1}"}}),
        seq + QStringLiteral("assignment.to"));
    row("assignment.field number",
        fileWithSequence({{"assignment", "{\"to\": \"recordField\", \"field\": 1}"}}),
        seq + QStringLiteral("assignment.field"));
    row("assignment.condition string",
        fileWithSequence({{"assignment", "{\"to\": \"owningTeam\", \"condition\": \"x\"}"}}),
        seq + QStringLiteral("assignment.condition"));
    row("assignment.condition.rules object",
        fileWithSequence({{"assignment", "{\"to\": \"owningTeam\", \"condition\": {\"match\": "
                                         "\"all\", \"rules\": {}}}"}}),
        seq + QStringLiteral("assignment.condition.rules"));
    row("assignment.condition rule field",
        fileWithSequence({{"assignment", "{\"to\": \"accessTeam\", \"condition\": {\"match\": "
                                         "\"all\", \"rules\": [{\"field\": 1, \"operator\": "
                                         "\"isEmpty\"}]}}"}}),
        seq + QStringLiteral("assignment.condition.rules[0].field"));
    row("template string", fileWithSequence({{"template", "\"x\""}}),
        seq + QStringLiteral("template"));
    row("template.title number", fileWithSequence({{"template", "{\"title\": 1}"}}),
        seq + QStringLiteral("template.title"));
    row("template.language bool", fileWithSequence({{"template", "{\"language\": false}"}}),
        seq + QStringLiteral("template.language"));
    row("steps missing", fileWithSequence({{"steps", {}}}), seq + QStringLiteral("steps"));
    row("steps object", fileWithSequence({{"steps", "{}"}}), seq + QStringLiteral("steps"));
    row("step not object", fileWithSequence({{"steps", "[\"a\"]"}}),
        seq + QStringLiteral("steps[0]"));
    row("start missing", fileWithSequence({{"start", {}}}), seq + QStringLiteral("start"));
    row("start null", fileWithSequence({{"start", "null"}}), seq + QStringLiteral("start"));
    row("start without steps", fileWithSequence({{"steps", "[]"}}), seq + QStringLiteral("start"));
    row("start number", fileWithSequence({{"start", "5"}}), seq + QStringLiteral("start"));
    row("layout array", fileWithSequence({{"layout", "[]"}}), seq + QStringLiteral("layout"));
    row("layout entry string", fileWithSequence({{"layout", "{\"a\": \"0,0\"}"}}),
        seq + QStringLiteral("layout.a"));
    row("layout x missing", fileWithSequence({{"layout", "{\"a\": {\"y\": 1}}"}}),
        seq + QStringLiteral("layout.a.x"));
    row("layout y string", fileWithSequence({{"layout", "{\"a\": {\"x\": 1, \"y\": \"1\"}}"}}),
        seq + QStringLiteral("layout.a.y"));
    row("layout key in brackets",
        fileWithSequence({{"layout", "{\"step-1\": {\"x\": true, \"y\": 1}}"}}),
        seq + QStringLiteral("layout['step-1'].x"));

    // Step
    row("step id missing", fileWithStep("{\"type\": \"task\"}"), step + QStringLiteral("id"));
    row("step id number", fileWithStep("{\"id\": 5, \"type\": \"task\"}"),
        step + QStringLiteral("id"));
    row("step id empty", fileWithStep("{\"id\": \"\", \"type\": \"task\"}"),
        step + QStringLiteral("id"));
    row("step id space", fileWithStep("{\"id\": \"a b\", \"type\": \"task\"}"),
        step + QStringLiteral("id"));
    row("step id dot", fileWithStep("{\"id\": \"a.b\", \"type\": \"task\"}"),
        step + QStringLiteral("id"));
    row("step id non-ASCII", fileWithStep("{\"id\": \"\xC3\xA5\", \"type\": \"task\"}"),
        step + QStringLiteral("id"));
    row("step id 65", fileWithStep("{\"id\": \"" + QByteArray(65, 'a') + "\", \"type\": \"task\"}"),
        step + QStringLiteral("id"));
    row("step type missing", fileWithStep("{\"id\": \"s\"}"), step + QStringLiteral("type"));
    row("step type number", fileWithStep("{\"id\": \"s\", \"type\": 1}"),
        step + QStringLiteral("type"));
    row("step name 101",
        fileWithStep("{\"id\": \"s\", \"type\": \"task\", \"name\": " + long101 + "}"),
        step + QStringLiteral("name"));
    row("step name object", fileWithStep("{\"id\": \"s\", \"type\": \"task\", \"name\": {}}"),
        step + QStringLiteral("name"));
    row("step description 2001",
        fileWithStep("{\"id\": \"s\", \"type\": \"task\", \"description\": " + long2001 + "}"),
        step + QStringLiteral("description"));
    row("params string", fileWithStep("{\"id\": \"s\", \"type\": \"task\", \"params\": \"x\"}"),
        step + QStringLiteral("params"));
    row("params of unknown type array",
        fileWithStep("{\"id\": \"s\", \"type\": \"teleport\", \"params\": []}"),
        step + QStringLiteral("params"));
    row("next number", fileWithStep("{\"id\": \"s\", \"type\": \"task\", \"next\": 1}"),
        step + QStringLiteral("next"));
    row("yes array", fileWithStep("{\"id\": \"s\", \"type\": \"callCondition\", \"yes\": []}"),
        step + QStringLiteral("yes"));
    row("no bool", fileWithStep("{\"id\": \"s\", \"type\": \"callCondition\", \"no\": false}"),
        step + QStringLiteral("no"));

    // Parameters: the JSON type of each kind of the catalogue.
    auto p = [](const char *type, const QByteArray &params) {
        return fileWithStep("{\"id\": \"s\", \"type\": \"" + QByteArray(type) +
                            "\", \"params\": " + params + "}");
    };
    row("wait days fraction", p("wait", "{\"days\": 1.5, \"hours\": 0}"),
        params + QStringLiteral("days"));
    row("wait days string", p("wait", "{\"days\": \"1\", \"hours\": 0}"),
        params + QStringLiteral("days"));
    row("wait hours fraction", p("wait", "{\"days\": 1, \"hours\": 0.25}"),
        params + QStringLiteral("hours"));
    row("wait hours bool", p("wait", "{\"days\": 1, \"hours\": true}"),
        params + QStringLiteral("hours"));
    row("within string", p("emailCondition", "{\"within\": \"2d\"}"),
        params + QStringLiteral("within"));
    row("within days fraction", p("emailCondition", "{\"within\": {\"days\": 1.5}}"),
        params + QStringLiteral("within.days"));
    row("within hours string", p("emailCondition", "{\"within\": {\"days\": 1, \"hours\": \"0\"}}"),
        params + QStringLiteral("within.hours"));
    row("events string", p("emailCondition", "{\"events\": \"opened\"}"),
        params + QStringLiteral("events"));
    row("events element", p("emailCondition", "{\"events\": [\"opened\", 1]}"),
        params + QStringLiteral("events[1]"));
    row("match number", p("emailCondition", "{\"match\": 1}"), params + QStringLiteral("match"));
    row("advanceImmediately string", p("emailCondition", "{\"advanceImmediately\": \"true\"}"),
        params + QStringLiteral("advanceImmediately"));
    row("outcomes object", p("callCondition", "{\"outcomes\": {}}"),
        params + QStringLiteral("outcomes"));
    row("outcomes element null", p("callCondition", "{\"outcomes\": [null]}"),
        params + QStringLiteral("outcomes[0]"));
    row("rules object", p("fieldCondition", "{\"match\": \"all\", \"rules\": {}}"),
        params + QStringLiteral("rules"));
    row("rule string", p("fieldCondition", "{\"rules\": [\"x\"]}"),
        params + QStringLiteral("rules[0]"));
    row("rule field number", p("fieldCondition", "{\"rules\": [{\"field\": 1}]}"),
        params + QStringLiteral("rules[0].field"));
    row("rule operator array",
        p("fieldCondition", "{\"rules\": [{\"field\": \"a\", \"operator\": []}]}"),
        params + QStringLiteral("rules[0].operator"));
    row("rule value object",
        p("fieldCondition", "{\"rules\": [{\"field\": \"a\", \"operator\": \"equals\", "
                            "\"value\": {}}]}"),
        params + QStringLiteral("rules[0].value"));
    row("nested rule value",
        p("fieldCondition", "{\"rules\": [{\"match\": \"any\", \"rules\": [{\"field\": \"a\", "
                            "\"operator\": \"equals\", \"value\": [1]}]}]}"),
        params + QStringLiteral("rules[0].rules[0].value"));
    row("nested rules not array",
        p("fieldCondition", "{\"rules\": [{\"match\": \"any\", \"rules\": 1}]}"),
        params + QStringLiteral("rules[0].rules"));
    row("nested match number", p("fieldCondition", "{\"rules\": [{\"match\": 1, \"rules\": []}]}"),
        params + QStringLiteral("rules[0].match"));
    row("process number", p("stageCondition", "{\"process\": 1}"),
        params + QStringLiteral("process"));
    row("stages element", p("stageCondition", "{\"stages\": [true]}"),
        params + QStringLiteral("stages[0]"));
    row("sequence number", p("advanceToSequence", "{\"sequence\": 1}"),
        params + QStringLiteral("sequence"));
    row("update field number", p("updateField", "{\"field\": 1}"),
        params + QStringLiteral("field"));
    row("update value array", p("updateField", "{\"field\": \"a\", \"value\": []}"),
        params + QStringLiteral("value"));
    row("splitA fraction", p("abTest", "{\"splitA\": 50.5}"), params + QStringLiteral("splitA"));
    row("splitA string", p("abTest", "{\"splitA\": \"50\"}"), params + QStringLiteral("splitA"));
    row("versionA string", p("abTest", "{\"versionA\": \"A\"}"),
        params + QStringLiteral("versionA"));
    row("versionB name number", p("abTest", "{\"versionB\": {\"name\": 2}}"),
        params + QStringLiteral("versionB.name"));
    row("versionA template array", p("abTest", "{\"versionA\": {\"template\": []}}"),
        params + QStringLiteral("versionA.template"));
    row("metric number", p("abTest", "{\"metric\": 1}"), params + QStringLiteral("metric"));
    row("end string", p("abTest", "{\"end\": \"auto\"}"), params + QStringLiteral("end"));
    row("end mode number", p("abTest", "{\"end\": {\"mode\": 1}}"),
        params + QStringLiteral("end.mode"));
    row("end at number", p("abTest", "{\"end\": {\"mode\": \"at\", \"at\": 20250101}}"),
        params + QStringLiteral("end.at"));
    row("defaultVersion number", p("abTest", "{\"defaultVersion\": 1}"),
        params + QStringLiteral("defaultVersion"));
    row("email template array", p("email", "{\"template\": []}"),
        params + QStringLiteral("template"));
    row("automatedEmail language", p("automatedEmail", "{\"template\": \"t\", \"language\": 1}"),
        params + QStringLiteral("language"));
    row("textMessage template", p("textMessage", "{\"template\": 1}"),
        params + QStringLiteral("template"));
    row("automatedTextMessage template", p("automatedTextMessage", "{\"template\": {}}"),
        params + QStringLiteral("template"));
}

void TestSequenceFileSchema::schema()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, path);
    const ReadResult r = readSequenceFile(file);
    QVERIFY2(codes(r) == QStringList{"file.schema"}, qPrintable(describe(r)));
    QVERIFY2(r.diagnostics.first().message.startsWith(path + u' '), qPrintable(describe(r)));
    QCOMPARE(r.diagnostics.first().severity, Severity::Error);
    QVERIFY(r.sequences.isEmpty());
}

void TestSequenceFileSchema::everyProblemReported()
{
    const QByteArray file =
        fileWith(sequenceWith({{"name", "1"},
                               {"status", "\"x\""},
                               {"start", "\"a\""},
                               {"steps", "[{\"id\": \"a b\", \"type\": \"wait\", \"params\": "
                                         "{\"days\": 0.5, \"hours\": \"1\"}, \"next\": 2}, 7]"}}) +
                     ", " + sequenceWith({{"recordType", {}}}),
                 "\"profile\": [], ");
    const ReadResult r = readSequenceFile(file);
    QStringList messages;
    for (const Diagnostic &d : r.diagnostics) {
        QCOMPARE(d.code, QStringLiteral("file.schema"));
        messages.append(d.message.section(u' ', 0, 0));
    }
    const QStringList expected{"$.profile",
                               "$.sequences[0].name",
                               "$.sequences[0].status",
                               "$.sequences[0].steps[0].id",
                               "$.sequences[0].steps[0].params.days",
                               "$.sequences[0].steps[0].params.hours",
                               "$.sequences[0].steps[0].next",
                               "$.sequences[0].steps[1]",
                               "$.sequences[1].recordType"};
    QCOMPARE(messages, expected);

    // A file with a great many problems lists a bounded number and says it stopped.
    QByteArray many = "{\"id\": \"s\", \"type\": \"fieldCondition\", \"params\": {\"rules\": [";
    for (int i = 0; i < 5000; ++i)
        many += i ? ", 1" : "1";
    const ReadResult capped = readSequenceFile(fileWithStep(many + "]}}"));
    QVERIFY(capped.diagnostics.size() > 100);
    QVERIFY(capped.diagnostics.size() < 5000);
    QCOMPARE(capped.diagnostics.last().code, QStringLiteral("file.schema"));
}

void TestSequenceFileSchema::diagnosticContext()
{
    const ReadResult r = readSequenceFile(
        fileWithStep("{\"id\": \"s\", \"type\": \"wait\", \"params\": {\"days\": 1.5}}"));
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics.first().stepId, QStringLiteral("s"));
    QCOMPARE(r.diagnostics.first().sequenceId, QString::fromLatin1(sequenceId));

    const ReadResult seq = readSequenceFile(fileWithSequence({{"status", "\"x\""}}));
    QCOMPARE(seq.diagnostics.first().stepId, QString());
    QCOMPARE(seq.diagnostics.first().sequenceId, QString::fromLatin1(sequenceId));

    const ReadResult noId = readSequenceFile(fileWithSequence({{"id", {}}, {"status", "\"x\""}}));
    QCOMPARE(noId.diagnostics.first().sequenceId, QString());
}

QTEST_GUILESS_MAIN(TestSequenceFileSchema)
#include "tst_sequencefileschema.moc"
