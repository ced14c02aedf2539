// SPDX-License-Identifier: MIT
// The writer: the layout of the file, numbers and strings, and read(write(x)) == x on every
// readable fixture under tests/data and on a generated sequence.
#include "generate.h"
#include "sequencefiletestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sd;
using namespace sequencefiletest;

class TestSequenceFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void writerLayout();
    void writerNumbersAndStrings();
    void roundTrip_data();
    void roundTrip();
    void roundTripGenerated();
};

void TestSequenceFileWriter::writerLayout()
{
    Sequence s;
    s.id = QString::fromLatin1(sequenceId);
    s.name = QStringLiteral("Webinar");
    s.tags = QStringList{QStringLiteral("Inbound/Events")};
    s.start = QStringLiteral("wait");
    s.appendStep(
        {"wait", "wait", {}, {}, QJsonObject{{"hours", 0}, {"days", 2.0}}, "call", {}, {}});
    s.appendStep({"call", "phoneCall", "Call", {}, {}, {}, {}, {}});
    s.layout.insert(QStringLiteral("wait"), QPointF(0, 12.5));
    const QByteArray expected = R"({
  "format": "sequence-designer",
  "formatVersion": 1,
  "profile": "Default",
  "sequences": [
    {
      "id": "3f6c1b2e-4a5d-4e8f-9a0b-1c2d3e4f5a6b",
      "name": "Webinar",
      "recordType": "lead",
      "status": "inactive",
      "tags": ["Inbound/Events"],
      "options": { "exitOnEmailReply": false, "skipNonWorkingDays": false },
      "assignment": { "to": "recordOwner" },
      "start": "wait",
      "steps": [
        {
          "id": "wait",
          "type": "wait",
          "params": { "days": 2, "hours": 0 },
          "next": "call"
        },
        { "id": "call", "type": "phoneCall", "name": "Call" }
      ],
      "layout": {
        "wait": { "x": 0, "y": 12.5 }
      }
    }
  ]
}
)";
    QCOMPARE(writeSequenceFile({s}, QStringLiteral("Default")), expected);

    // The spec example: keys in its order, params in catalogue order.
    const QByteArray spec = writeSequenceFile(
        readSequenceFile(QStringLiteral(SD_TEST_DATA "/file/spec-example.sequence.json"))
            .sequences);
    for (const char *key :
         {"\"id\"", "\"name\"", "\"description\"", "\"recordType\"", "\"status\"", "\"tags\"",
          "\"options\"", "\"assignment\"", "\"template\"", "\"start\"", "\"steps\"", "\"layout\""})
        QVERIFY2(spec.indexOf(key) > spec.indexOf("\"sequences\""), key);
    const qsizetype events = spec.indexOf("\"events\"");
    QVERIFY(events > 0);
    QVERIFY(events < spec.indexOf("\"match\""));
    QVERIFY(spec.indexOf("\"match\"") < spec.indexOf("\"within\""));
    QVERIFY(spec.indexOf("\"within\"") < spec.indexOf("\"advanceImmediately\""));
    QVERIFY(spec.indexOf("\"description\"") < spec.indexOf("\"recordType\""));
    QVERIFY(spec.indexOf("\"template\": {") < spec.indexOf("\"start\""));
    QVERIFY(spec.indexOf("\"start\"") < spec.indexOf("\"steps\""));
    QVERIFY(spec.indexOf("\"steps\"") < spec.indexOf("\"layout\""));
    QVERIFY(spec.contains("{ \"title\": \"Webinar follow up\", \"category\": \"Events\", "
                          "\"language\": \"en\" }"));
    QVERIFY(!spec.contains('\t'));

    // Empty optional values are left out; a sequence without steps has no start.
    Sequence empty;
    empty.id = QString::fromLatin1(sequenceId);
    empty.name = QStringLiteral("E");
    const auto firstSequence = [](const QByteArray &file) {
        return QJsonDocument::fromJson(file).object().value("sequences")[0].toObject();
    };
    const QJsonObject json = firstSequence(writeSequenceFile({empty}));
    QVERIFY(!json.contains("description") && !json.contains("tags") && !json.contains("template") &&
            !json.contains("start") && !json.contains("layout"));
    QCOMPARE(json.value("steps"), QJsonValue(QJsonArray{}));
    // A file of no sequences can be written, but section 1 asks for one or more.
    const QByteArray none = writeSequenceFile({});
    QVERIFY(none.contains("\"sequences\": []"));
    QCOMPARE(codes(readSequenceFile(none)), QStringList{"file.schema"});
    empty.start = QStringLiteral("a");
    empty.appendStep({"a", "task", {}, {}, {}, {}, {}, {}});
    const QJsonValue stepJson = firstSequence(writeSequenceFile({empty})).value("steps")[0];
    QCOMPARE(stepJson, QJsonValue(QJsonObject{{"id", "a"}, {"type", "task"}}));
}

void TestSequenceFileWriter::writerNumbersAndStrings()
{
    Sequence s;
    s.id = QString::fromLatin1(sequenceId);
    // Names may not hold control characters (docs/file-format.md); descriptions may.
    s.name = QStringLiteral("Quote \" backslash \\ \u00e6");
    s.description = QStringLiteral("Quote \" backslash \\ newline \n tab \t control \x01 \u00e6 ") +
                    QString::fromUcs4(U"\U0001F600");
    s.start = QStringLiteral("u");
    s.appendStep(
        {"u", "updateField", {}, {}, QJsonObject{{"field", "f"}, {"value", 1.0}}, {}, {}, {}});
    s.appendStep({"v", "updateField", {}, {}, QJsonObject{{"value", 2.5}}, {}, {}, {}});
    s.appendStep({"w", "updateField", {}, {}, QJsonObject{{"value", 1e20}}, {}, {}, {}});
    s.appendStep({"x", "updateField", {}, {}, QJsonObject{{"value", -0.1}}, {}, {}, {}});
    s.appendStep({"y",
                  "updateField",
                  {},
                  {},
                  QJsonObject{{"value", qint64(9007199254740993LL)}},
                  {},
                  {},
                  {}});
    const QByteArray text = writeSequenceFile({s});
    QVERIFY(text.contains("\"value\": 1 }") || text.contains("\"value\": 1\n"));
    QVERIFY(text.contains("2.5"));
    QVERIFY(text.contains("1e+20"));
    QVERIFY(text.contains("-0.1"));
    QVERIFY(text.contains("9007199254740993"));
    QVERIFY(text.contains(R"(Quote \" backslash \\ newline \n tab \t control \u0001 )"));
    QVERIFY(text.contains("\xC3\xA6 \xF0\x9F\x98\x80")); // UTF-8, not escaped
    const ReadResult back = readSequenceFile(text);
    QVERIFY2(back.ok(), qPrintable(describe(back)));
    QCOMPARE(back.sequences.first().name, s.name);
    QCOMPARE(back.sequences.first().description, s.description);
    QCOMPARE(back.sequences.first().steps().at(4).params.value("value").toInteger(),
             9007199254740993LL);
}

void TestSequenceFileWriter::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    int readable = 0;
    for (const QString &path : jsonFixtures(QStringLiteral(SD_TEST_DATA))) {
        if (!readSequenceFile(path).ok())
            continue;
        ++readable;
        QTest::newRow(qPrintable(QDir(QStringLiteral(SD_TEST_DATA)).relativeFilePath(path)))
            << path;
    }
    QVERIFY(readable >= 4);
}

void TestSequenceFileWriter::roundTrip()
{
    QFETCH(QString, path);
    const ReadResult first = readSequenceFile(path);
    QVERIFY(first.ok());
    const QByteArray written = writeSequenceFile(first.sequences, first.profileName);
    const ReadResult second = readSequenceFile(written);
    QVERIFY2(second.ok() && second.diagnostics.isEmpty(), qPrintable(describe(second)));
    QCOMPARE(second.profileName, first.profileName);
    QCOMPARE(second.sequences.size(), first.sequences.size());
    for (qsizetype i = 0; i < first.sequences.size(); ++i) {
        QCOMPARE(second.sequences[i].steps(), first.sequences[i].steps());
        QCOMPARE(second.sequences[i].layout, first.sequences[i].layout);
        QVERIFY(second.sequences[i] == first.sequences[i]);
    }
    // Writing is deterministic: the second write is the same text.
    QCOMPARE(writeSequenceFile(second.sequences, second.profileName), written);
}

void TestSequenceFileWriter::roundTripGenerated()
{
    const Sequence generated = generateSequence(10000);
    const ReadResult r = readSequenceFile(writeSequenceFile({generated}));
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.sequences.first().stepCount(), 10000);
    QVERIFY(r.sequences.first() == generated);
}

QTEST_GUILESS_MAIN(TestSequenceFileWriter)
#include "tst_sequencefilewriter.moc"
