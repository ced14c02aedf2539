// SPDX-License-Identifier: MIT
// The team library on a real PostgreSQL server (the pgcluster fixture, tests/library/
// pgcluster.sh): opening, the schema's version and the refusals, the commands with
// --library postgresql://..., and eight processes activating and saving at once. The library suites
// themselves run on the server as tst_library*_pg (tests/library/CMakeLists.txt).
#include "../library/fixtures.h"
#include "apprun.h"
#include "library/activation.h"
#include "library/pgsession.h"
#include "library/sequencelist.h"
#include "library/sequencestore.h"
#include "library/teamchanges.h"
#include "library/versionstore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

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
        QCOMPARE(first.library->schemaVersion(), 4);
        QVERIFY(SequenceStore(*first.library).create(lt::rich()));
        OpenResult again = Library::open(m_url);
        QVERIFY2(again, qPrintable(again.message));
        QVERIFY(!again.created);
        QCOMPARE(SequenceList(*again.library).count().value, 1);
        QCOMPARE(again.library->connection().scalar("SELECT version FROM schema_version"), 4);
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
        QVERIFY2(r.message.contains("Nothing answered at that address"), qPrintable(r.message));
        QVERIFY2(!r.message.contains("secret"), qPrintable(r.message));
    }

    // Each way a connection fails has its own sentence: what happened and what to do.
    void connectionProblemsSayWhatHappened()
    {
        QString missing = m_url;
        missing.replace(QUrl(m_url).path() + u'?', QStringLiteral("/no_such_library?"));
        const OpenResult r = Library::open(missing);
        QCOMPARE(r.status, OpenStatus::Failed);
        QVERIFY2(r.message.contains("The server has no such database"), qPrintable(r.message));

        using sd::detail::connectionProblem;
        QVERIFY(connectionProblem("connection to server at \"db\" (10.0.0.5), port 5432 failed: "
                                  "FATAL:  password authentication failed for user \"ann\"",
                                  false)
                    .startsWith("The server refused the user name or the password."));
        QVERIFY(connectionProblem("fe_sendauth: no password supplied", true)
                    .startsWith("The server refused the user name or the password."));
        QVERIFY(connectionProblem("connection to server at \"db\" (10.0.0.5), port 5433 failed: "
                                  "Connection refused",
                                  false)
                    .startsWith("Nothing answered at that address"));
        QVERIFY(connectionProblem("could not translate host name \"dbx\" to address: Name or "
                                  "service not known",
                                  false)
                    .startsWith("The server's name is not known"));
        QVERIFY(
            connectionProblem("timeout expired", false).startsWith("The server did not answer"));
    }

    // Every write tells the other sessions (NOTIFY on commit); a session hears others' changes
    // on its socket, not its own.
    void othersChangesAreHeard()
    {
        std::unique_ptr<Library> mine = lt::openLibrary(m_url);
        std::unique_ptr<Library> theirs = lt::openLibrary(m_url);
        QVERIFY(mine && theirs);
        QVERIFY(teamChangeSocket(*mine) >= 0);
        QVERIFY(!takeOthersChanges(*mine));
        QVERIFY(SequenceStore(*mine).create(lt::simple("Mine")));
        QVERIFY(!takeOthersChanges(*mine));
        QVERIFY(SequenceStore(*theirs).create(lt::simple("Theirs")));
        // (QTRY_VERIFY evaluates its expression once more at the end: keep what was heard.)
        bool heard = false;
        QTRY_VERIFY((heard = heard || takeOthersChanges(*mine)));
        QVERIFY(!takeOthersChanges(*mine)); // heard once
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

    // Eight processes activate 5 sequences each at the same moment, with 240 already active,
    // and after each activation save one shared sequence over the version they read: exactly 10
    // activations succeed, the library never holds more than 250 active sequences, and every
    // save the library acknowledged is in the history under its own version (none lost).
    void eightProcessesActivateAndSave()
    {
        QStringList candidates;
        QString shared;
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
            shared = store.create(lt::simple(QStringLiteral("Shared"), 3)).value.sequence.id;
        }
        const QString start = QString::number(QDateTime::currentMSecsSinceEpoch() + 1500);
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int p = 0; p < 8; ++p) {
            QStringList args{m_url, start, "--save", shared, QStringLiteral("P%1").arg(p)};
            args += candidates.mid(p * 5, 5);
            processes.push_back(std::make_unique<QProcess>());
            processes.back()->start(SD_ACTIVATOR, args);
        }
        int activated = 0;
        QHash<int, QString> acknowledged; // version -> the name saved
        for (const auto &p : processes) {
            QVERIFY(p->waitForFinished(60000));
            QCOMPARE(p->exitCode(), 0);
            const QString output = QString::fromUtf8(p->readAllStandardOutput());
            for (const QString &line : output.split('\n', Qt::SkipEmptyParts)) {
                if (line.startsWith("ok ")) {
                    ++activated;
                } else if (line.startsWith("saved ")) {
                    const int version = line.section(' ', 1, 1).toInt();
                    QVERIFY2(!acknowledged.contains(version), qPrintable(line));
                    acknowledged.insert(version, line.section(' ', 2));
                } else {
                    QVERIFY2(line == u"conflict" || (line.startsWith("refused ") &&
                                                     line.contains("library.activeLimit")),
                             qPrintable(line));
                }
            }
        }
        QCOMPARE(activated, 10);
        QVERIFY(!acknowledged.isEmpty());
        std::unique_ptr<Library> lib = lt::openLibrary(m_url);
        QCOMPARE(SequenceList(*lib).activeCount().value, 250);
        VersionStore versions(*lib);
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
            const StoreResult<SequenceVersion> v = versions.get(shared, it.key());
            QVERIFY2(v, qPrintable(v.message()));
            QCOMPARE(v.value.sequence.name, it.value());
        }
        const int newest = *std::max_element(acknowledged.keyBegin(), acknowledged.keyEnd());
        QCOMPARE(SequenceStore(*lib).get(shared).value.version, newest);
        QCOMPARE(SequenceStore(*lib).get(shared).value.sequence.name, acknowledged.value(newest));
    }
};

QTEST_GUILESS_MAIN(TestTeamLibrary)
#include "tst_teamlibrary.moc"
