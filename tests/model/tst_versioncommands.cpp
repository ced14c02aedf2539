// SPDX-License-Identifier: MIT
// `sequence-designer diff` and `history` of the built program: exit codes 0 (no difference),
// 1 (differences), 2 (an input cannot be read, wrong arguments), the `--json` output against
// the fixtures of tests/data/diff, one line per change in English and Norwegian, and versions
// of a library named `ID@N` / `ID@latest`.
#include "library/library.h"
#include "library/versionstore.h"
#include "sequencefile.h"

#include "apprun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using sd::test::Run;
using sd::test::run;

namespace {

QJsonObject fixture(const QString &name)
{
    QFile f(QStringLiteral(SD_TEST_DATA "/diff/") + name + QStringLiteral(".json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray fileOf(const QJsonArray &sequences)
{
    return QJsonDocument(QJsonObject{{"format", "sequence-designer"},
                                     {"formatVersion", 1},
                                     {"sequences", sequences}})
        .toJson();
}

} // namespace

class TestVersionCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    // A and B of a fixture as two files.
    std::pair<QString, QString> files(const QString &name)
    {
        const QJsonObject f = fixture(name);
        return {write(name + "-a.sequence.json", fileOf({f.value("a")})),
                write(name + "-b.sequence.json", fileOf({f.value("b")}))};
    }

private slots:
    void jsonOutput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("code");
        QTest::newRow("identical") << "identical" << 0;
        QTest::newRow("layout and status") << "layout-status" << 0;
        QTest::newRow("every kind") << "all-kinds" << 1;
        QTest::newRow("properties") << "properties" << 1;
        QTest::newRow("unreachable") << "unreachable" << 1;
    }

    void jsonOutput()
    {
        QFETCH(QString, name);
        QFETCH(int, code);
        const auto [a, b] = files(name);
        const Run r = run({"diff", "--json", a, b});
        QVERIFY2(r.code == code, qPrintable(r.err));
        const QJsonObject printed = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(printed.keys(), QStringList{"changes"});
        QCOMPARE(printed.value("changes").toArray(), fixture(name).value("changes").toArray());
    }

    void linesInTheInterfaceLanguage()
    {
        const auto [a, b] = files("changed-and-moved");
        Run r = run({"--language", "en", "diff", a, b});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out, QStringLiteral("changed step e: name\nmoved step e from after d to after "
                                       "c\n"));
        r = run({"--language", "nb", "diff", a, b});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out, QStringLiteral("endret trinn e: name\nflyttet trinn e fra etter d til "
                                       "etter c\n"));
        r = run({"diff", a, a});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QString());
    }

    void unreadableInputs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QJsonObject base = fixture("identical").value("a").toObject();
        QJsonObject cycle = base;
        QJsonArray steps = cycle.value("steps").toArray();
        QJsonObject last = steps.last().toObject();
        last.insert("next", "a");
        steps.replace(steps.size() - 1, last);
        cycle.insert("steps", steps);
        QJsonObject unknownType = base;
        steps = unknownType.value("steps").toArray();
        last = steps.last().toObject();
        last.insert("type", "fax");
        steps.replace(steps.size() - 1, last);
        unknownType.insert("steps", steps);
        QTest::newRow("not JSON") << QByteArray("{ nope");
        QTest::newRow("newer format") << QByteArray(R"({"format": "sequence-designer",
            "formatVersion": 9, "sequences": []})");
        QTest::newRow("two sequences") << fileOf({base, base});
        QTest::newRow("cycle") << fileOf({cycle});
        QTest::newRow("unknown type") << fileOf({unknownType});
        QJsonObject emptyStart = base; // names no step: step.badLink (file format section 7)
        emptyStart.insert("start", "");
        QTest::newRow("empty start") << fileOf({emptyStart});
    }

    void unreadableInputs()
    {
        QFETCH(QByteArray, bytes);
        const QString good = files("identical").first;
        const QString bad =
            write(QStringLiteral("bad-%1.sequence.json").arg(QTest::currentDataTag()), bytes);
        Run r = run({"diff", good, bad});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QFileInfo(bad).fileName()));
        r = run({"diff", "--json", bad, good});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
    }

    void wrongArguments()
    {
        const QString a = files("identical").first;
        QCOMPARE(run({"diff", a}).code, 2);
        QCOMPARE(run({"diff", a, a, a}).code, 2);
        QCOMPARE(run({"diff", "--colour", a, a}).code, 2);
        QCOMPARE(run({"diff", a, m_dir.filePath("missing.sequence.json")}).code, 2);
        QCOMPARE(run({"history"}).code, 2);
    }

    // Import, then import again with --replace (Yes and No swapped), activate and deactivate:
    // versions 1 to 4.
    void libraryVersions()
    {
        const QString lib = m_dir.filePath("lib.sqlite");
        const QJsonObject f = fixture("branch-swap");
        QJsonObject a = f.value("a").toObject();
        QJsonObject b = f.value("b").toObject();
        const QString id = QStringLiteral("3f6c1b2e-4a5d-4e8f-9a0b-1c2d3e4f5a6b");
        a.insert("id", id);
        b.insert("id", id);
        Run r = run({"import", "--library", lib, write("va.sequence.json", fileOf({a}))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({"import", "--library", lib, "--replace", write("vb.sequence.json", fileOf({b}))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(run({"activate", "--library", lib, id}).code, 0);
        QCOMPARE(run({"deactivate", "--library", lib, id}).code, 0);

        r = run({"diff", "--json", "--library", lib, id + "@1", id + "@latest"});
        QCOMPARE(r.code, 1);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("changes").toArray(),
                 f.value("changes").toArray());
        // Activation versions compare equal to the version before them.
        QCOMPARE(run({"diff", "--library", lib, id + "@2", id + "@3"}).code, 0);
        QCOMPARE(run({"diff", "--library", lib, id + "@3", id + "@4"}).code, 0);
        // A version and a file.
        r = run({"diff", "--library", lib, m_dir.filePath("va.sequence.json"), id + "@2"});
        QCOMPARE(r.code, 1);
        QCOMPARE(run({"diff", "--library", lib, id + "@5", id + "@1"}).code, 2);
        QCOMPARE(run({"diff", "--library", lib, id + "@0", id + "@1"}).code, 2);
        QCOMPARE(run({"diff", "--library", lib, "nope@1", id + "@1"}).code, 2);
        QCOMPARE(
            run({"diff", "--library", m_dir.filePath("none.sqlite"), id + "@1", id + "@2"}).code,
            2);

        r = run({"history", "--library", lib, "--json", id});
        QCOMPARE(r.code, 0);
        const QJsonArray versions = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(versions.size(), 4);
        QCOMPARE(versions[0]["number"].toInt(), 1);
        QCOMPARE(versions[1]["summary"].toString(), QStringLiteral("2 moved"));
        QCOMPARE(versions[2]["note"].toString(), QStringLiteral("Activated"));
        QCOMPARE(versions[3]["kind"].toString(), QStringLiteral("deactivated"));
        QVERIFY(!versions[3]["author"].toString().isEmpty());
        QVERIFY(QDateTime::fromString(versions[3]["date"].toString(), Qt::ISODateWithMs).isValid());
        r = run({"--language", "en", "history", "--library", lib, id});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(u'\n'), 4);
        QVERIFY(r.out.contains(QStringLiteral("2 moved")));
        QCOMPARE(run({"history", "--library", lib, "nope"}).code, 2);

        // A note given to the newest version after it was saved shows in the history.
        {
            const sd::OpenResult opened = sd::Library::open(lib);
            QVERIFY2(opened, qPrintable(opened.message));
            QVERIFY(sd::VersionStore(*opened.library).setNewestNote(id, "Back to drafting"));
        }
        r = run({"history", "--library", lib, "--json", id});
        const QJsonArray noted = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(noted[3]["note"].toString(), QStringLiteral("Back to drafting"));
        QCOMPARE(noted[2]["note"].toString(), QStringLiteral("Activated"));
        r = run({"--language", "en", "history", "--library", lib, id});
        QVERIFY(r.out.contains(QStringLiteral("Back to drafting")));
    }
};

QTEST_GUILESS_MAIN(TestVersionCommands)
#include "tst_versioncommands.moc"
