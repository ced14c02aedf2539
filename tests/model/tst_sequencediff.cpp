// SPDX-License-Identifier: MIT
// The comparison engine against ../shared/spec/sequence-diff.md: one fixture in tests/data/diff
// per row of the spec's table and per precise rule, each with the sequences A and B (read
// through the file reader, as `diff` reads them) and the changes the spec demands.
#include "sequencediff.h"
#include "sequencefile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sd;

namespace {

Sequence readOne(const QJsonValue &sequence)
{
    const QJsonObject document{
        {"format", "sequence-designer"}, {"formatVersion", 1}, {"sequences", QJsonArray{sequence}}};
    const ReadResult read = readSequenceFile(QJsonDocument(document).toJson());
    if (!read.ok() || read.sequences.size() != 1) {
        qWarning() << "unreadable fixture:" << read.diagnostics.value(0).message;
        return {};
    }
    return read.sequences.first();
}

} // namespace

class TestSequenceDiff : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(SD_TEST_DATA "/diff"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(files.size() >= 40);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void fixtures()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject fixture = QJsonDocument::fromJson(file.readAll()).object();
        const Sequence a = readOne(fixture.value("a"));
        const Sequence b = readOne(fixture.value("b"));
        QVERIFY(!a.name.isEmpty() && !b.name.isEmpty());

        const QJsonArray expected = fixture.value("changes").toArray();
        const QJsonArray actual = changesToJson(compareSequences(a, b)).value("changes").toArray();
        if (actual != expected) {
            qWarning().noquote() << "rule:" << fixture.value("rule").toString() << "\nexpected:"
                                 << QJsonDocument(expected).toJson(QJsonDocument::Compact)
                                 << "\nactual:  "
                                 << QJsonDocument(actual).toJson(QJsonDocument::Compact);
        }
        QCOMPARE(actual, expected);
        // Comparing a sequence with itself finds nothing, whichever side.
        QVERIFY(compareSequences(b, b).isEmpty());
        QVERIFY(compareSequences(a, a).isEmpty());
    }

    void codePointOrder_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("less");
        QTest::newRow("upper before lower") << "B"
                                            << "a" << true;
        QTest::newRow("prefix first") << "a"
                                      << "a1" << true;
        QTest::newRow("digits as text") << "a10"
                                        << "a9" << true;
        QTest::newRow("equal") << "a"
                               << "a" << false;
        // U+1F600 (a surrogate pair in UTF-16) is above U+FF5E by code point, though its first
        // UTF-16 unit (0xD83D) is below 0xFF5E.
        QTest::newRow("astral after BMP") << QString::fromUcs4(U"\U0001F600") << "\uFF5E" << false;
        QTest::newRow("BMP before astral") << "\uFF5E" << QString::fromUcs4(U"\U0001F600") << true;
    }

    void codePointOrder()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, less);
        QCOMPARE(codePointLess(a, b), less);
    }

    void summary_data()
    {
        QTest::addColumn<QList<Change>>("changes");
        QTest::addColumn<QString>("expected");
        Change added = Change::ofStep(ChangeKind::Added, QStringLiteral("a"));
        Change removed = Change::ofStep(ChangeKind::Removed, QStringLiteral("b"));
        Change changed = Change::ofStep(ChangeKind::Changed, QStringLiteral("c"));
        Change moved = Change::ofStep(ChangeKind::Moved, QStringLiteral("d"));
        Change name = Change::ofProperty({}, {}, {});
        name.key = QStringLiteral("name");
        Change option1 = Change::ofProperty({}, {}, {});
        option1.key = QStringLiteral("options.exitOnEmailReply");
        Change option2 = option1;
        option2.key = QStringLiteral("options.skipNonWorkingDays");
        QTest::newRow("none") << QList<Change>{} << "no changes";
        QTest::newRow("spec example")
            << QList<Change>{added, added, changed, name} << "+2 step(s), 1 changed, name";
        QTest::newRow("every kind")
            << QList<Change>{added, removed, changed, moved, option1, option2}
            << "+1 step(s), -1 step(s), 1 changed, 1 moved, options";
    }

    void summary()
    {
        QFETCH(QList<Change>, changes);
        QFETCH(QString, expected);
        QCOMPARE(summarizeChanges(changes), expected);
    }

    void lines_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("expected");
        Change changed = Change::ofStep(ChangeKind::Changed, QStringLiteral("wait1"));
        changed.keys = QStringList{QStringLiteral("name"), QStringLiteral("params.days")};
        Change moved = Change::ofStep(ChangeKind::Moved, QStringLiteral("call"));
        moved.fromLink = ParentLink{QString(), QStringLiteral("start")};
        moved.toLink = ParentLink{QStringLiteral("cond"), QStringLiteral("no")};
        Change lost = Change::ofStep(ChangeKind::Moved, QStringLiteral("x"));
        lost.fromLink = ParentLink{QStringLiteral("a"), QStringLiteral("next")};
        Change property = Change::ofProperty({}, {}, {});
        property.key = QStringLiteral("description");
        property.from = QJsonValue::Null;
        property.to = QStringLiteral("New");
        QTest::newRow("added") << Change::ofStep(ChangeKind::Added, QStringLiteral("a"))
                               << "added step a";
        QTest::newRow("changed") << changed << "changed step wait1: name, params.days";
        QTest::newRow("moved") << moved << "moved step call from the start to No of cond";
        QTest::newRow("unreachable") << lost << "moved step x from after a to unreachable";
        QTest::newRow("property") << property << "changed description from (none) to \"New\"";
    }

    void lines()
    {
        QFETCH(Change, change);
        QFETCH(QString, expected);
        QCOMPARE(describeChange(change), expected);
    }
};

QTEST_GUILESS_MAIN(TestSequenceDiff)
#include "tst_sequencediff.moc"
