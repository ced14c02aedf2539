// SPDX-License-Identifier: MIT
// The team library on a real PostgreSQL server (the pgcluster fixture, tests/library/
// pgcluster.sh): opening, the schema's version and the refusals, the commands with
// --library postgresql://..., and eight processes activating at once. The library suites
// themselves run on the server as tst_library*_pg (tests/library/CMakeLists.txt).
#include "../library/fixtures.h"
#include "apprun.h"
#include "library/activation.h"
#include "library/sequencelist.h"
#include "library/sequencestore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using sd::test::Run;
using sd::test::run;

class TestTeamLibrary : public QObject
{
    Q_OBJECT

    QString m_url; // a new empty database for each test

private slots:
    void initTestCase()
    {
        if (!lt::onTeamStore())
            QSKIP("PostgreSQL's server programs are not installed (scripts/install-deps.sh)");
    }
    void init()
    {
        m_url = lt::TeamDatabases::instance().create();
        QVERIFY(!m_url.isEmpty());
    }

    void emptyDatabaseIsSetUpOnce()
    {
        OpenResult first = Library::open(m_url);
        QVERIFY2(first, qPrintable(first.message));
        QVERIFY(first.created);
        QVERIFY(first.library->isTeam());
        QCOMPARE(first.library->schemaVersion(), 2);
        QVERIFY(SequenceStore(*first.library).create(lt::rich()));
        OpenResult again = Library::open(m_url);
        QVERIFY2(again, qPrintable(again.message));
        QVERIFY(!again.created);
        QCOMPARE(SequenceList(*again.library).count().value, 1);
        QCOMPARE(again.library->connection().scalar("SELECT version FROM schema_version"), 2);
    }

    void readingNeverSetsUp()
    {
        OpenOptions readOnly;
        readOnly.readOnly = true;
        const OpenResult r = Library::open(m_url, readOnly);
        QCOMPARE(r.status, OpenStatus::CannotUpgrade);
        QVERIFY(!lt::adminExecOn(m_url, "SELECT 1 FROM schema_version")); // nothing made
        OpenResult set = Library::open(m_url);
        QVERIFY(set);
        OpenResult read = Library::open(m_url, readOnly);
        QVERIFY2(read, qPrintable(read.message));
        QCOMPARE(SequenceStore(*read.library).create(lt::rich()).status.error,
                 StoreError::ReadOnly);
    }

    void newerSchemaIsRefused()
    {
        QVERIFY(Library::open(m_url));
        QVERIFY(lt::adminExecOn(m_url, "UPDATE schema_version SET version = 99"));
        const OpenResult r = Library::open(m_url);
        QCOMPARE(r.status, OpenStatus::NewerSchema);
        QVERIFY2(r.message.contains("99") && r.message.contains("newer"), qPrintable(r.message));
    }

    void otherProgramsDatabaseIsRefused()
    {
        QVERIFY(lt::adminExecOn(m_url, "CREATE TABLE invoices (id integer)"));
        const OpenResult r = Library::open(m_url);
        QCOMPARE(r.status, OpenStatus::ForeignDatabase);
        QVERIFY(lt::adminExecOn(m_url, "SELECT count(*) FROM invoices"));
        QVERIFY(!lt::adminExecOn(m_url, "SELECT count(*) FROM sequences"));
    }

    void unreachableServerSaysSo()
    {
        QTemporaryDir nowhere;
        const OpenResult r =
            Library::open("postgresql://someone:secret@/sales?host=" + nowhere.path());
        QCOMPARE(r.status, OpenStatus::Failed);
        QVERIFY2(r.message.contains("cannot be reached"), qPrintable(r.message));
        QVERIFY2(!r.message.contains("secret"), qPrintable(r.message));
    }

    void pathHidesThePassword()
    {
        QString url = m_url;
        url.replace("sdadmin@", "sdadmin:hunter2@");
        OpenResult r = Library::open(url);
        QVERIFY2(r, qPrintable(r.message));
        QVERIFY(!r.library->path().contains("hunter2"));
        QVERIFY(r.library->path().contains("sdadmin@"));
    }

    // import, list, activate, deactivate, export and history with --library postgresql://...
    void commandsWorkOnTheTeamLibrary()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("in.sequence.json");
        QVERIFY(lt::writeBytes(file, lt::bytes(SD_TEST_DATA "/library/bundle.sequence.json")));
        const Run imported = run({"import", "--library", m_url, file});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        const QStringList ids = imported.out.split('\n', Qt::SkipEmptyParts);
        QVERIFY(!ids.isEmpty());

        const Run listed = run({"list", "--library", m_url});
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        QCOMPARE(listed.out.count('\n'), ids.size());

        // The nurture sequence hands over to the other: refused until that one is active.
        QCOMPARE(ids.size(), 2);
        QCOMPARE(run({"activate", "--library", m_url, ids.first()}).code, 1);
        QCOMPARE(run({"activate", "--library", m_url, ids.last()}).code, 0);
        const Run activated = run({"activate", "--library", m_url, ids.first()});
        QVERIFY2(activated.code == 0, qPrintable(activated.out + activated.err));
        QVERIFY2(activated.out.contains("2 of 250"), qPrintable(activated.out));
        const Run history = run({"history", "--library", m_url, ids.first()});
        QVERIFY2(history.code == 0, qPrintable(history.err));
        QVERIFY2(history.out.contains("activated", Qt::CaseInsensitive), qPrintable(history.out));
        QCOMPARE(run({"deactivate", "--library", m_url, ids.first()}).code, 0);

        const QString out = dir.filePath("out.sequence.json");
        const Run exported = run({"export", "--library", m_url, "--out", out, ids.first()});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        QVERIFY(lt::bytes(out).contains(ids.first().toUtf8()));
    }

    // Eight processes activate 5 sequences each at the same moment, with 240 already active:
    // exactly 10 succeed, and the library never holds more than 250 active sequences.
    void eightProcessesNeverPassTheLimit()
    {
        QStringList candidates;
        {
            std::unique_ptr<Library> lib = lt::openLibrary(m_url);
            QVERIFY(lib);
            SequenceStore store(*lib);
            for (int i = 0; i < 240; ++i)
                QVERIFY(store.create(lt::simple(QStringLiteral("Active %1").arg(i), 1)));
            lt::exec(*lib, "UPDATE sequences SET status = 'active'");
            for (int i = 0; i < 40; ++i)
                candidates.append(store.create(lt::simple(QStringLiteral("Candidate %1").arg(i), 2))
                                      .value.sequence.id);
        }
        const QString start = QString::number(QDateTime::currentMSecsSinceEpoch() + 1500);
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int p = 0; p < 8; ++p) {
            QStringList args{m_url, start};
            args += candidates.mid(p * 5, 5);
            processes.push_back(std::make_unique<QProcess>());
            processes.back()->start(SD_ACTIVATOR, args);
        }
        int activated = 0;
        for (const auto &p : processes) {
            QVERIFY(p->waitForFinished(60000));
            QCOMPARE(p->exitCode(), 0);
            const QString output = QString::fromUtf8(p->readAllStandardOutput());
            for (const QString &line : output.split('\n', Qt::SkipEmptyParts)) {
                if (line.startsWith("ok "))
                    ++activated;
                else
                    QVERIFY2(line.startsWith("refused ") && line.contains("library.activeLimit"),
                             qPrintable(line));
            }
        }
        QCOMPARE(activated, 10);
        std::unique_ptr<Library> lib = lt::openLibrary(m_url);
        QCOMPARE(SequenceList(*lib).activeCount().value, 250);
    }
};

QTEST_GUILESS_MAIN(TestTeamLibrary)
#include "tst_teamlibrary.moc"
