// SPDX-License-Identifier: MIT
// The sequence file reader against spec sections 1-4 and 7: the order of checks, every file.*
// code with its position, limits, null-as-absent, unknown keys and the spec's example. The
// schema rules are in tst_sequencefileschema.cpp, the writer in tst_sequencefilewriter.cpp.
#include "sequencefiletestutil.h"
#include "steptype.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace sd;
using namespace sequencefiletest;

class TestSequenceFile : public QObject
{
    Q_OBJECT

private slots:
    void specExample();
    void syntax_data();
    void syntax();
    void format_data();
    void format();
    void version_data();
    void version();
    void limits();
    void fileSize();
    void stepLimit();
    void fileErrors();
    void nullIsAbsent();
    void unknownKeys();
    void namesAndIds();
    void diagnosticFixtures_data();
    void diagnosticFixtures();
};

void TestSequenceFile::specExample()
{
    const ReadResult r =
        readSequenceFile(QStringLiteral(SD_TEST_DATA "/file/spec-example.sequence.json"));
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QVERIFY(r.diagnostics.isEmpty());
    QVERIFY(r.profileName.isEmpty());
    QCOMPARE(r.sequences.size(), 1);
    const Sequence &s = r.sequences.first();
    QCOMPARE(s.id, QString::fromLatin1(sequenceId));
    QCOMPARE(s.name, QStringLiteral("Webinar follow up"));
    QCOMPARE(s.description, QStringLiteral("Follow up with leads who attended a webinar."));
    QCOMPARE(s.recordType, QStringLiteral("lead"));
    QCOMPARE(s.status, Status::Inactive);
    QCOMPARE(s.tags, QStringList{QStringLiteral("Inbound/Events")});
    QCOMPARE(s.options, (Options{true, false}));
    QCOMPARE(s.assignment, Assignment{});
    QCOMPARE(s.templateInfo, (TemplateInfo{"Webinar follow up", "Events", "en"}));
    QCOMPARE(s.start, QStringLiteral("thanks"));
    QCOMPARE(s.layout.size(), 1);
    QCOMPARE(s.layout.value("thanks"), QPointF(0, 0));

    QList<Step> expected;
    expected.append({"thanks",
                     "automatedEmail",
                     "Thank-you email",
                     {},
                     QJsonObject{{"template", "Webinar thank you"}},
                     "replied",
                     {},
                     {}});
    expected.append({"replied",
                     "emailCondition",
                     {},
                     {},
                     QJsonObject{{"events", QJsonArray{"replied"}},
                                 {"match", "any"},
                                 {"within", QJsonObject{{"days", 2}, {"hours", 0}}},
                                 {"advanceImmediately", true}},
                     {},
                     "confirm",
                     "followup"});
    expected.append({"confirm", "email", "Confirmation email", {}, {}, {}, {}, {}});
    expected.append({"followup", "email", "Follow-up email", {}, {}, "wait2", {}, {}});
    expected.append(
        {"wait2", "wait", {}, {}, QJsonObject{{"days", 2}, {"hours", 0}}, "call", {}, {}});
    expected.append({"call", "phoneCall", "Call the lead", {}, {}, {}, {}, {}});
    QCOMPARE(s.steps(), expected);
}

void TestSequenceFile::syntax_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("empty") << QByteArray() << 1 << 1;
    QTest::newRow("whitespace") << QByteArray("\n\n   \n") << 1 << 1;
    QTest::newRow("trailing comma")
        << QByteArray("{\n  \"format\": \"sequence-designer\",\n}") << 3 << 1;
    QTest::newRow("duplicate key")
        << QByteArray("{\"format\": \"sequence-designer\",\n \"format\": \"x\"}") << 2 << 2;
    QTest::newRow("not JSON") << QByteArray("format = sequence-designer") << 1 << 1;
    QTest::newRow("truncated") << fileWithSequence({}).chopped(3) << 1
                               << int(fileWithSequence({}).size() - 2);
    QTest::newRow("lone surrogate")
        << fileWithSequence({{"name", "\"a\\udc00\""}}) << 1
        << int(fileWithSequence({{"name", "\"a\\udc00\""}}).indexOf("\\udc00") + 1);
    QTest::newRow("invalid UTF-8") << QByteArray("{\"format\": \"\xC3\x28\"}") << 1 << 13;
    QTest::newRow("syntax before format") << QByteArray("[1,]") << 1 << 4;
}

void TestSequenceFile::syntax()
{
    QFETCH(QByteArray, file);
    QFETCH(int, line);
    QFETCH(int, column);
    const ReadResult r = readSequenceFile(file);
    QCOMPARE(codes(r), QStringList{"file.syntax"});
    QVERIFY(!r.ok());
    QVERIFY(r.sequences.isEmpty());
    const QString where = QStringLiteral("line %1, column %2").arg(line).arg(column);
    QVERIFY2(r.diagnostics.first().message.contains(where), qPrintable(describe(r)));
}

void TestSequenceFile::format_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("string") << QByteArray("\"sequence-designer\"");
    QTest::newRow("number") << QByteArray("1");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("format missing") << QByteArray("{\"formatVersion\": 1, \"sequences\": []}");
    QTest::newRow("format null") << QByteArray("{\"format\": null, \"formatVersion\": 1}");
    QTest::newRow("format other") << QByteArray(
        "{\"format\": \"sequence-designer-profile\", \"formatVersion\": 1}");
    QTest::newRow("format case") << QByteArray("{\"format\": \"Sequence-Designer\"}");
    QTest::newRow("format number") << QByteArray("{\"format\": 1}");
    QTest::newRow("format before version")
        << QByteArray("{\"format\": \"x\", \"formatVersion\": 99}");
}

void TestSequenceFile::format()
{
    QFETCH(QByteArray, file);
    const ReadResult r = readSequenceFile(file);
    QCOMPARE(codes(r), QStringList{"file.format"});
    QVERIFY(r.sequences.isEmpty());
}

void TestSequenceFile::version_data()
{
    QTest::addColumn<QByteArray>("version"); // raw JSON; empty: the key is left out
    QTest::addColumn<QString>("code");       // empty: reads
    QTest::addColumn<QString>("message");    // part of the message

    const QString newer = QStringLiteral("This file was written in format version %1; this "
                                         "program reads version 1. Open it with a newer version "
                                         "of Sequence Designer.");
    QTest::newRow("1") << QByteArray("1") << QString() << QString();
    QTest::newRow("1.0") << QByteArray("1.0") << QString() << QString();
    QTest::newRow("1e0") << QByteArray("1e0") << QString() << QString();
    QTest::newRow("2") << QByteArray("2") << "file.version" << newer.arg(2);
    QTest::newRow("3") << QByteArray("3") << "file.version" << newer.arg(3);
    QTest::newRow("2.0") << QByteArray("2.0") << "file.version" << newer.arg(2);
    QTest::newRow("1e6") << QByteArray("1e6") << "file.version" << newer.arg(1000000);
    QTest::newRow("missing") << QByteArray() << "file.schema"
                             << "$.formatVersion is missing";
    QTest::newRow("null") << QByteArray("null") << "file.schema"
                          << "$.formatVersion is missing";
    QTest::newRow("1.5") << QByteArray("1.5") << "file.schema"
                         << "$.formatVersion must be";
    QTest::newRow("0") << QByteArray("0") << "file.schema"
                       << "$.formatVersion must be";
    QTest::newRow("-1") << QByteArray("-1") << "file.schema"
                        << "$.formatVersion must be";
    QTest::newRow("string") << QByteArray("\"1\"") << "file.schema"
                            << "$.formatVersion must be";
    QTest::newRow("bool") << QByteArray("true") << "file.schema"
                          << "$.formatVersion must be";
    QTest::newRow("array") << QByteArray("[1]") << "file.schema"
                           << "$.formatVersion must be";
}

void TestSequenceFile::version()
{
    QFETCH(QByteArray, version);
    QFETCH(QString, code);
    QFETCH(QString, message);
    // The sequence after the version is broken: a version error must stop reading before it.
    const QByteArray sequences = code.isEmpty() ? sequenceWith({}) : QByteArray("{\"name\": 5}");
    QByteArray file = "{\"format\": \"sequence-designer\", ";
    if (!version.isEmpty())
        file += "\"formatVersion\": " + version + ", ";
    file += "\"sequences\": [" + sequences + "]}";
    const ReadResult r = readSequenceFile(file);
    if (code.isEmpty()) {
        QVERIFY2(r.ok() && r.diagnostics.isEmpty(), qPrintable(describe(r)));
        QCOMPARE(r.sequences.size(), 1);
        return;
    }
    QCOMPARE(codes(r), QStringList{code});
    QVERIFY2(r.diagnostics.first().message.contains(message), qPrintable(describe(r)));
    QVERIFY(r.sequences.isEmpty()); // never half-read
}

void TestSequenceFile::limits()
{
    // Nesting: an unknown key may hold anything, but not deeper than 64 levels in all.
    auto nested = [](int depth) {
        return fileWith(sequenceWith({}), "\"x\": " + QByteArray("[").repeated(depth - 1) +
                                              QByteArray("]").repeated(depth - 1) + ", ");
    };
    QVERIFY(readSequenceFile(nested(64)).ok());
    const ReadResult deep = readSequenceFile(nested(65));
    QCOMPARE(codes(deep), QStringList{"file.limit"});
    QVERIFY(deep.diagnostics.first().message.contains(u"line 1, column "));
    // Limits come before format: a deep array at the top is file.limit, not file.format.
    QCOMPARE(codes(readSequenceFile(QByteArray("[").repeated(65) + QByteArray("]").repeated(65))),
             QStringList{"file.limit"});

    // Strings: 1 MiB of UTF-8 at most, in any key or value.
    const QByteArray mib(1024 * 1024, 'x');
    QCOMPARE(codes(readSequenceFile(fileWithSequence({{"description", '"' + mib + '"'}}))),
             QStringList{"file.schema"}); // within the limit; too long for a description
    QCOMPARE(codes(readSequenceFile(fileWithSequence({{"description", '"' + mib + "x\""}}))),
             QStringList{"file.limit"});
    QCOMPARE(codes(readSequenceFile(fileWithSequence({{mib + 'x', "1"}}))),
             QStringList{"file.limit"});
    QVERIFY(readSequenceFile(fileWithSequence({{mib, "1"}})).ok());
    // Numbers beyond a double.
    QCOMPARE(codes(readSequenceFile(fileWithSequence({{"x", "-1e309"}}))),
             QStringList{"file.limit"});
}

void TestSequenceFile::fileSize()
{
    const qint64 max = limits::maxFileBytes;
    const ReadResult over = readSequenceFile(QByteArray(max + 1, ' '));
    QCOMPARE(codes(over), QStringList{"file.limit"});
    // Exactly at the limit the file is read (and is only white space).
    QCOMPARE(codes(readSequenceFile(QByteArray(max, ' '))), QStringList{"file.syntax"});

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.sequence.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(max + 1)); // sparse: nothing is written
    file.close();
    const ReadResult fromDisk = readSequenceFile(path);
    QCOMPARE(codes(fromDisk), QStringList{"file.limit"});
    QVERIFY(fromDisk.diagnostics.first().message.contains(path));
    QVERIFY(file.resize(max)); // at the limit: read, and NUL bytes are no JSON
    QCOMPARE(codes(readSequenceFile(path)), QStringList{"file.syntax"});
}

void TestSequenceFile::stepLimit()
{
    const ReadResult atLimit = readSequenceFile(manySteps(limits::maxSteps, 30000));
    QVERIFY2(atLimit.ok() && atLimit.diagnostics.isEmpty(), qPrintable(describe(atLimit)));
    QCOMPARE(atLimit.sequences.size(), 4);
    qsizetype total = 0;
    for (const Sequence &s : atLimit.sequences)
        total += s.stepCount();
    QCOMPARE(total, limits::maxSteps);

    const ReadResult over = readSequenceFile(manySteps(limits::maxSteps + 1, 30000));
    QCOMPARE(codes(over), QStringList{"file.limit"});
    QVERIFY(over.sequences.isEmpty());
    // Other problems are still reported beside it.
    QByteArray withProblem = manySteps(limits::maxSteps + 1, 60000);
    withProblem.replace("\"name\":\"n\"", "\"name\":7");
    QCOMPARE(codes(readSequenceFile(withProblem)),
             (QStringList{"file.limit", "file.schema", "file.schema"}));
}

void TestSequenceFile::fileErrors()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.sequence.json"));
    const ReadResult r = readSequenceFile(missing);
    QCOMPARE(codes(r), QStringList{"file.io"});
    QVERIFY(r.diagnostics.first().message.contains(missing));
    QVERIFY(!r.ok());
    QCOMPARE(codes(readSequenceFile(dir.path())), QStringList{"file.io"});

    const QString good = dir.filePath(QStringLiteral("good.sequence.json"));
    QFile file(good);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(fileWithSequence({}));
    file.close();
    QVERIFY(readSequenceFile(good).ok());
}

void TestSequenceFile::nullIsAbsent()
{
    const ReadResult withNulls = readSequenceFile(fileWith(
        sequenceWith({{"id", "null"},
                      {"description", "null"},
                      {"status", "null"},
                      {"tags", "null"},
                      {"options", "{\"exitOnEmailReply\": null, \"skipNonWorkingDays\": null}"},
                      {"assignment", "{\"to\": null, \"field\": null, \"condition\": null}"},
                      {"template", "null"},
                      {"layout", "{\"a\": null}"},
                      {"steps", "[{\"id\": \"a\", \"type\": \"wait\", \"name\": null, "
                                "\"description\": null, \"next\": null, \"yes\": null, "
                                "\"no\": null, \"params\": {\"days\": null, \"hours\": 2}}, "
                                "{\"id\": \"b\", \"type\": \"task\", \"params\": null}, "
                                "{\"id\": \"c\", \"type\": \"fieldCondition\", \"params\": "
                                "{\"match\": null, \"rules\": [{\"field\": \"f\", \"operator\": "
                                "\"isEmpty\", \"value\": null}]}}]"}}),
        "\"profile\": null, "));
    QVERIFY2(withNulls.ok(), qPrintable(describe(withNulls)));
    const ReadResult without = readSequenceFile(fileWith(
        sequenceWith({{"steps", "[{\"id\": \"a\", \"type\": \"wait\", \"params\": {\"hours\": 2}}, "
                                "{\"id\": \"b\", \"type\": \"task\"}, {\"id\": \"c\", \"type\": "
                                "\"fieldCondition\", \"params\": {\"rules\": [{\"field\": \"f\", "
                                "\"operator\": \"isEmpty\"}]}}]"}})));
    QVERIFY(without.ok());
    Sequence a = withNulls.sequences.first();
    const Sequence &b = without.sequences.first();
    QVERIFY(QUuid::fromString(a.id).isNull() == false); // an absent id gets a new UUID
    QVERIFY(a.id != b.id);
    a.id = b.id;
    QCOMPARE(a, b);
    QVERIFY(!a.templateInfo.has_value());
    QCOMPARE(a.assignment.to, Assignment::To::RecordOwner);
}

void TestSequenceFile::unknownKeys()
{
    const ReadResult r = readSequenceFile(fileWith(
        sequenceWith(
            {{"colour", "\"blue\""},
             {"options", "{\"exitOnEmailReply\": true, \"later\": 1}"},
             {"assignment", "{\"to\": \"owningTeam\", \"condition\": {\"match\": \"any\", "
                            "\"why\": 1, \"rules\": [{\"field\": \"f\", \"operator\": "
                            "\"equals\", \"value\": 3, \"note\": \"x\"}]}}"},
             {"template", "{\"title\": \"T\", \"author\": \"me\"}"},
             {"layout", "{\"a\": {\"x\": 1, \"y\": 2, \"z\": 3}}"},
             {"steps", "[{\"id\": \"a\", \"type\": \"emailCondition\", \"colour\": 1, \"params\": "
                       "{\"events\": [\"opened\"], \"within\": {\"days\": 1, \"minutes\": 5}, "
                       "\"unknown\": [1], \"match\": \"any\"}}, "
                       "{\"id\": \"b\", \"type\": \"teleport\", \"params\": {\"to\": \"Mars\", "
                       "\"gone\": null, \"deep\": {\"kept\": null, \"list\": [null, 1.5]}}}]"}}),
        "\"generator\": {\"name\": \"x\"}, "));
    QVERIFY2(r.ok() && r.diagnostics.isEmpty(), qPrintable(describe(r)));
    const Sequence &s = r.sequences.first();
    QCOMPARE(s.options.exitOnEmailReply, true);
    QCOMPARE(s.assignment.condition,
             (QJsonObject{{"match", "any"},
                          {"rules", QJsonArray{QJsonObject{
                                        {"field", "f"}, {"operator", "equals"}, {"value", 3}}}}}));
    QCOMPARE(s.templateInfo->title, QStringLiteral("T"));
    QCOMPARE(s.layout.value("a"), QPointF(1, 2));
    // A known type keeps only the parameters of its catalogue entry...
    QCOMPARE(s.steps().at(0).params, (QJsonObject{{"events", QJsonArray{"opened"}},
                                                  {"within", QJsonObject{{"days", 1}}},
                                                  {"match", "any"}}));
    // ...an unknown one keeps everything but top-level nulls.
    QCOMPARE(s.steps().at(1).params,
             (QJsonObject{{"to", "Mars"},
                          {"deep", QJsonObject{{"kept", QJsonValue::Null},
                                               {"list", QJsonArray{QJsonValue::Null, 1.5}}}}}));
}

void TestSequenceFile::namesAndIds()
{
    // Names are trimmed of Unicode white space; lengths count code points.
    const QByteArray name160 = QByteArray("\xF0\x9F\x98\x80").repeated(160);
    const ReadResult r = readSequenceFile(
        fileWithSequence({{"name", "\"\\u3000 " + name160 + "\\n\""},
                          {"id", "\"3F6C1B2E-4A5D-4E8F-9A0B-1C2D3E4F5A6B\""},
                          {"status", "\"active\""},
                          {"steps", "[{\"id\": \"a\", \"type\": \"task\", \"name\": \" "
                                    "Call \"}]"}}));
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    const Sequence &s = r.sequences.first();
    QCOMPARE(s.name, QString::fromUtf8(name160));
    QCOMPARE(s.id, QStringLiteral("3F6C1B2E-4A5D-4E8F-9A0B-1C2D3E4F5A6B"));
    QCOMPARE(s.status, Status::Active);
    QCOMPARE(s.steps().first().name, QStringLiteral("Call"));
    // A step id of 64 characters of every allowed kind.
    const QByteArray id64 = "AZaz09_-" + QByteArray(56, 'x');
    QVERIFY(readSequenceFile(
                fileWithSequence({{"start", '"' + id64 + '"'},
                                  {"steps", "[{\"id\": \"" + id64 + "\", \"type\": \"task\"}]"}}))
                .ok());
    // A tag of four levels of 100 characters.
    const QByteArray level(100, 'l');
    QVERIFY(readSequenceFile(fileWithSequence({{"tags", "[\"" + level + '/' + level + '/' + level +
                                                            '/' + level + "\"]"}}))
                .ok());
}

void TestSequenceFile::diagnosticFixtures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("fails");
    const QDir root(QStringLiteral(SD_TEST_DATA "/diagnostics"));
    for (const char *code :
         {"file.syntax", "file.format", "file.version", "file.schema", "file.limit"}) {
        const QDir dir(root.filePath(QString::fromLatin1(code)));
        const QStringList fails = dir.entryList({QStringLiteral("fail-*.sequence.json")});
        const QStringList passes = dir.entryList({QStringLiteral("pass-*.sequence.json")});
        QVERIFY2(!fails.isEmpty() && !passes.isEmpty(), code);
        for (const QString &f : fails + passes) {
            QTest::newRow(qPrintable(QString::fromLatin1(code) + u'/' + f))
                << dir.filePath(f) << QString::fromLatin1(code) << f.startsWith(u"fail-");
        }
    }
}

void TestSequenceFile::diagnosticFixtures()
{
    QFETCH(QString, path);
    QFETCH(QString, code);
    QFETCH(bool, fails);
    const ReadResult r = readSequenceFile(path);
    QCOMPARE(codes(r).contains(code), fails);
    if (!fails)
        QVERIFY2(r.ok() && r.diagnostics.isEmpty(), qPrintable(describe(r)));
}

QTEST_GUILESS_MAIN(TestSequenceFile)
#include "tst_sequencefile.moc"
