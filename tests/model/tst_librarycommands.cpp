// SPDX-License-Identifier: MIT
// The headless library commands of the built program: list, import, export, activate,
// deactivate, with --library, their output and their exit codes (0 ok, 1 refused or rule
// problems, 2 bad arguments or a library that cannot be opened).
#include "../library/fixtures.h"
#include "library/sequencestore.h"
#include "sequencefile.h"

#include "apprun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/stat.h>

using namespace sd;
using sd::test::Run;
using sd::test::run;

namespace {

const QString dataDir = QStringLiteral(SD_TEST_DATA "/library/");
const QString nurtureId = QStringLiteral("a1b2c3d4-0001-4aaa-8bbb-000000000001");
const QString handOverId = QStringLiteral("a1b2c3d4-0002-4aaa-8bbb-000000000002");

} // namespace

class TestLibraryCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_lib;
    int m_count = 0;

    Run lib(const QString &command, const QStringList &args)
    {
        return run(QStringList{command, "--library", m_lib} + args);
    }

private slots:
    void init() { m_lib = m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_count)); }

    void importListExport()
    {
        const Run imported = lib("import", {dataDir + "bundle.sequence.json"});
        QCOMPARE(imported.code, 0);
        QCOMPARE(imported.out, nurtureId + '\n' + handOverId + '\n');

        const Run listed = lib("list", {"--json"});
        QCOMPARE(listed.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        const QJsonObject hand = rows[0].toObject(); // "Lead hand-over" sorts first
        QCOMPARE(QStringList(hand.keys()), (QStringList{"description", "id", "modified", "name",
                                                        "recordType", "status", "steps", "tags"}));
        QCOMPARE(hand["id"].toString(), handOverId);
        QCOMPARE(hand["status"].toString(), QStringLiteral("inactive"));
        QCOMPARE(hand["recordType"].toString(), QStringLiteral("lead"));
        QCOMPARE(hand["steps"].toInt(), 2);
        const QJsonObject nurture = rows[1].toObject();
        QCOMPARE(nurture["steps"].toInt(), 2); // activities only: not the wait, not the advance
        QCOMPARE(nurture["tags"].toArray(), QJsonArray{"Inbound/Nurture"});
        QVERIFY(QDateTime::fromString(nurture["modified"].toString(), Qt::ISODateWithMs).isValid());

        const Run searched = lib("list", {"--search", "WARM UP"});
        QCOMPARE(searched.code, 0);
        QVERIFY(searched.out.contains(nurtureId));
        QVERIFY(!searched.out.contains(handOverId));

        const QString out = m_dir.filePath("out.sequence.json");
        const Run exported = lib("export", {"--out", out, nurtureId, handOverId});
        QCOMPARE(exported.code, 0);
        const ReadResult read = readSequenceFile(out);
        QVERIFY(read.ok());
        QCOMPARE(read.sequences.size(), 2);
        QCOMPARE(read.sequences[0].id, nurtureId);
        QCOMPARE(lib("export", {"--out", out, "nope"}).code, 2);
        QCOMPARE(lib("export", {nurtureId}).code, 2);
    }

    void importConflictsAndProblems()
    {
        const QString bundle = dataDir + "bundle.sequence.json";
        QCOMPARE(lib("import", {bundle}).code, 0);
        const Run clash = lib("import", {bundle});
        QCOMPARE(clash.code, 1);
        QVERIFY(clash.err.contains("--replace") || clash.err.contains("replace"));
        QVERIFY(clash.out.isEmpty());
        QCOMPARE(lib("import", {"--replace", bundle}).out, nurtureId + '\n' + handOverId + '\n');
        const Run both = lib("import", {"--keep-both", bundle});
        QCOMPARE(both.code, 0);
        QCOMPARE(both.out.split('\n', Qt::SkipEmptyParts).size(), 2);
        QVERIFY(!both.out.contains(nurtureId));
        QCOMPARE(lib("import", {"--replace", "--keep-both", bundle}).code, 2);
        QCOMPARE(lib("import", {}).code, 2);

        const Run drafts = lib("import", {dataDir + "drafts.sequence.json"});
        QCOMPARE(drafts.code, 1); // imported, with rule problems
        QCOMPARE(drafts.out.split('\n', Qt::SkipEmptyParts).size(), 1);
        QVERIFY(drafts.err.contains("error rule.waitLast"));

        const Run cycle = lib("import", {dataDir + "cycle.sequence.json"});
        QCOMPARE(cycle.code, 1);
        QVERIFY(cycle.out.isEmpty());
        QVERIFY(cycle.err.contains("graph.cycle"));
        QCOMPARE(lib("import", {m_dir.filePath("missing.json")}).code, 2);
    }

    void activateAndDeactivate()
    {
        QCOMPARE(lib("import", {dataDir + "bundle.sequence.json", dataDir + "drafts.sequence.json"})
                     .code,
                 1);
        // The nurture sequence hands over to an inactive sequence: refused, listed like
        // `validate` lists problems.
        const Run refused = lib("activate", {nurtureId});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.out.contains(": handover: error library.advanceTarget: "),
                 qPrintable(refused.out));
        const Run json = lib("activate", {"--json", nurtureId});
        QCOMPARE(json.code, 1);
        const QJsonObject finding =
            QJsonDocument::fromJson(json.out.toUtf8()).array().first().toObject();
        QCOMPARE(finding["code"].toString(), QStringLiteral("library.advanceTarget"));
        QCOMPARE(finding["sequence"].toString(), nurtureId);
        QCOMPARE(finding["stepId"].toString(), QStringLiteral("handover"));
        QCOMPARE(finding["severity"].toString(), QStringLiteral("error"));

        QCOMPARE(lib("activate", {handOverId}).code, 0);
        QCOMPARE(lib("activate", {nurtureId}).code, 0);
        QVERIFY(lib("list", {}).out.contains("active  "));
        QCOMPARE(lib("deactivate", {nurtureId}).code, 0);
        QCOMPARE(lib("deactivate", {"nope"}).code, 2);
        QCOMPARE(lib("activate", {"nope"}).code, 2);
        QCOMPARE(lib("activate", {}).code, 2);
    }

    void badLibraries()
    {
        // A named library that does not exist is not created by list.
        const Run missing = lib("list", {});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains("import"));
        QVERIFY(!QFileInfo::exists(m_lib));

        QVERIFY(lt::writeBytes(m_lib, "just text\n"));
        const Run text = lib("list", {});
        QCOMPARE(text.code, 2);
        QVERIFY(text.err.contains("not a Sequence Designer library"));
        QCOMPARE(lib("import", {dataDir + "bundle.sequence.json"}).code, 2);
        QCOMPARE(lt::bytes(m_lib), QByteArray("just text\n"));
        QCOMPARE(run({"list", "--bogus"}).code, 2);
        QCOMPARE(run({"list", "--library"}).code, 2);
    }

    // A FIFO as the library or as the file to import is refused at once (opening one blocks
    // until a writer comes); a URL other than a team library's is not a path and creates nothing.
    void refusesWhatIsNotAFile()
    {
        const QString fifo = m_dir.filePath("pipe.sqlite");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const char *command : {"list", "deactivate"}) {
            const QStringList extra =
                qstrcmp(command, "deactivate") == 0 ? QStringList{nurtureId} : QStringList{};
            const Run r = run(QStringList{command, "--library", fifo} + extra, {}, 10000);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains("not a regular file"), qPrintable(r.err));
        }
        const Run imported = lib("import", {fifo});
        QCOMPARE(imported.code, 2);
        QVERIFY2(imported.err.contains("not a regular file"), qPrintable(imported.err));

        QTemporaryDir cwd;
        QProcess p;
        p.setWorkingDirectory(cwd.path());
        p.start(SD_APP, {"import", "--library", "https://db.example.com/sales",
                         dataDir + "bundle.sequence.json"});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains("URL"));
        QCOMPARE(QDir(cwd.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList());

        const QString loop = m_dir.filePath("loop.sqlite");
        QVERIFY(QFile::link(loop, loop));
        const Run looped = run({"list", "--library", loop});
        QCOMPARE(looped.code, 2);
        QVERIFY2(looped.err.contains("symbolic link"), qPrintable(looped.err));
    }

    // A name with a line break or escape sequence is refused on import and on edit; one that
    // another program wrote into the library is printed escaped, on its own line.
    void namesCannotAttackTheTerminal()
    {
        const QString file =
            QStringLiteral(SD_TEST_DATA "/diagnostics/file.schema/fail-name-newline.sequence.json");
        const Run refused = lib("import", {file});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("control character"), qPrintable(refused.err));
        QVERIFY(!refused.err.contains("\nabc"));

        std::unique_ptr<Library> library = lt::openLibrary(m_lib);
        SequenceStore store(*library);
        const StoreResult<SequenceRecord> bad = store.create(lt::simple("Red\x1b[31m"));
        QCOMPARE(bad.status.error, StoreError::Invalid);
        Sequence s = lt::simple("Fine");
        s.id = nurtureId;
        QVERIFY(store.create(s));
        library.reset();
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(m_lib).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db,
                              "UPDATE sequences SET name = 'Nurture' || char(10) || 'fake  active "
                              " lead' || char(27) || '[2J' || char(8238)",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        const Run list = lib("list", {});
        QCOMPARE(list.code, 0);
        QCOMPARE(list.out.count(u'\n'), 1);
        QVERIFY(!list.out.contains(QChar(0x1b)) && !list.out.contains(QChar(0x202e)));
        QVERIFY2(list.out.contains("Nurture\\u{000A}fake  active  lead\\u{001B}[2J\\u{202E}"),
                 qPrintable(list.out));
    }

    void defaultLibraryInAppData()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("HOME", home.path());
        env.remove("XDG_DATA_HOME");
        const Run r = run({"import", dataDir + "bundle.sequence.json"}, env);
        QCOMPARE(r.code, 0);
        QVERIFY(QFileInfo::exists(
            home.filePath(".local/share/SequenceDesigner/Sequence Designer/library.sqlite")));
        QVERIFY(run({"list"}, env).out.contains(nurtureId));
    }

    void validateStillWorks()
    {
        const Run ok = run({"validate", dataDir + "bundle.sequence.json"});
        QCOMPARE(ok.code, 0);
        const Run bad = run({"validate", dataDir + "drafts.sequence.json"});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.out.contains("drafts.sequence.json: pause: error rule.waitLast: "));
    }

    // Spec section 7: after a file.schema error the remaining checks still run and report.
    void validateReportsPastASchemaError()
    {
        const QString file =
            QStringLiteral(SD_TEST_DATA) +
            "/diagnostics/rule.waitLast/fail-wait-last-with-schema-error.sequence.json";
        const Run r = run({"validate", "--json", file});
        QCOMPARE(r.code, 1);
        const QJsonArray findings = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QStringList codes;
        for (const QJsonValue &f : findings)
            codes.append(f.toObject().value("code").toString());
        QVERIFY2(codes.contains("file.schema") && codes.contains("rule.waitLast"),
                 qPrintable(r.out));
        for (const QJsonValue &f : findings) {
            if (f.toObject().value("code").toString() == u"rule.waitLast")
                QCOMPARE(f.toObject().value("stepId").toString(), QStringLiteral("wait"));
        }
    }
};

QTEST_GUILESS_MAIN(TestLibraryCommands)
#include "tst_librarycommands.moc"
