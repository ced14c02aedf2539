// SPDX-License-Identifier: MIT
// Crash safety: a child process saves, autosaves, imports, activates, exports and deactivates in
// a loop and is killed with SIGKILL at random moments, 220 times (SD_CRASH_RUNS for more; some
// while it is still opening the library). After that the library must pass integrity_check and
// hold every write the child reported committed, and the export file must be whole.
#include "../library/fixtures.h"
#include "library/sequencelist.h"
#include "library/sequencestore.h"
#include "sequencefile.h"

#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace sd;

namespace {

struct Reported
{
    int run = -1;
    int iteration = -1;
    int steps = 0;
};

} // namespace

class TestLibraryCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedChildLosesNothingCommitted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("crash.sqlite");
        const quint32 seed = qEnvironmentVariableIsSet("SD_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("SD_CRASH_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("seed %u (set SD_CRASH_SEED to repeat)", seed);
        QRandomGenerator random(seed);

        const int runs = qEnvironmentVariableIsSet("SD_CRASH_RUNS")
                             ? qEnvironmentVariableIntValue("SD_CRASH_RUNS")
                             : 220;
        QHash<QString, Reported> lastSave;
        qint64 toggledVersion = 0;
        QString toggledStatus;
        int toggles = 0;
        int exports = 0;
        QMap<QByteArray, int> killedAfter; // the last report before each kill
        QStringList imported;
        int kills = 0;
        int killedBeforeReady = 0;
        QElapsedTimer wall;
        wall.start();
        for (int run = 0; run < runs; ++run) {
            QProcess child;
            child.start(SD_CRASH_CHILD, {path, QString::number(run)});
            QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
            // A third of the kills land while the child starts and opens the library (WAL
            // recovery, quick_check), the rest in the save loop.
            // On a loaded machine the child may get no further than saves in that time: once half
            // the runs are done without every kind of work, the rest are given longer.
            const bool behind = run >= runs / 2 && (toggles == 0 || exports == 0 ||
                                                    imported.isEmpty() || lastSave.isEmpty());
            const int delay = random.bounded(3) == 0
                                  ? int(random.bounded(25))
                                  : (25 + int(random.bounded(60))) * (behind ? 8 : 1);
            QThread::msleep(delay);
            if (child.state() != QProcess::Running) {
                child.waitForFinished();
                QFAIL(qPrintable("the child stopped by itself: " +
                                 QString::fromUtf8(child.readAllStandardOutput())));
            }
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished());
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            ++kills;

            bool ready = false;
            QByteArray lastReport = "none";
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            // The last element is empty or a line cut off by the kill: not a report.
            for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
                const QList<QByteArray> f = lines[i].split(' ');
                lastReport = f.value(0) == "toggled" ? "toggled-" + f.value(2) : f.value(0);
                if (f.value(0) == "ready") {
                    ready = true;
                } else if (f.value(0) == "saved" && f.size() == 5) {
                    lastSave[QString::fromLatin1(f[1])] = {f[2].toInt(), f[3].toInt(),
                                                           f[4].toInt()};
                } else if (f.value(0) == "toggled" && f.size() == 3) {
                    toggledVersion = f[1].toLongLong();
                    toggledStatus = QString::fromLatin1(f[2]);
                    ++toggles;
                } else if (f.value(0) == "exported" && f.size() == 1) {
                    ++exports;
                } else if (f.value(0) == "imported" && f.size() == 2) {
                    imported.append(QString::fromLatin1(f[1]));
                } else {
                    QFAIL(qPrintable("unexpected child output: " + QString::fromUtf8(lines[i])));
                }
            }
            killedBeforeReady += ready ? 0 : 1;
            ++killedAfter[lastReport];
        }
        qInfo("%d kills (%d before the library was open) in %lld ms; %lld saves tracked, %lld "
              "imports, %d activations and deactivations, %d exports",
              kills, killedBeforeReady, wall.elapsed(), qlonglong(lastSave.size()),
              qlonglong(imported.size()), toggles, exports);
        QCOMPARE(kills, runs);
        // The kill landed in the step after the last report: after "saved" in the autosave,
        // after "toggled-inactive" in an activation, after "toggled-active" in the export...
        for (auto it = killedAfter.cbegin(); it != killedAfter.cend(); ++it)
            qInfo("  killed after %s: %d", it.key().constData(), it.value());
        QVERIFY2(toggles > 0 && exports > 0, "the child never activated or exported");
        QVERIFY2(!lastSave.isEmpty() && !imported.isEmpty(), "the child never got to work");

        OpenResult opened = Library::open(path);
        QVERIFY2(opened, qPrintable(opened.message));
        Library &lib = *opened.library;
        QCOMPARE(lib.integrityCheck(), QStringLiteral("ok"));
        SequenceStore store(lib);
        for (auto it = lastSave.cbegin(); it != lastSave.cend(); ++it) {
            const StoreResult<SequenceRecord> got = store.get(it.key());
            QVERIFY2(got, qPrintable(got.message()));
            // The stored save is the last one reported, or one committed after it whose report
            // the kill cut off; either way whole (the row and all its steps).
            const QStringList words = got.value.sequence.description.split(' ');
            QCOMPARE(words.size(), 6);
            const std::pair<int, int> stored{words[1].toInt(), words[3].toInt()};
            QVERIFY2(stored >= std::make_pair(it->run, it->iteration),
                     qPrintable(got.value.sequence.description));
            QCOMPARE(got.value.sequence.stepCount(), words[5].toInt());
            if (stored == std::make_pair(it->run, it->iteration))
                QCOMPARE(got.value.sequence.stepCount(), it->steps);
        }
        for (const QString &id : std::as_const(imported))
            QVERIFY2(store.contains(id), qPrintable(id));
        // The last reported activation or deactivation is there, or the one after it (whose
        // report the kill cut off).
        const StoreResult<SequenceRecord> toggle =
            store.get(QStringLiteral("55555555-5555-4555-8555-555555555555"));
        QVERIFY(toggle);
        QVERIFY2(
            toggle.value.version == toggledVersion || toggle.value.version == toggledVersion + 1,
            qPrintable(QStringLiteral("%1 vs %2").arg(toggle.value.version).arg(toggledVersion)));
        if (toggle.value.version == toggledVersion) {
            QCOMPARE(toggle.value.sequence.status == Status::Active,
                     toggledStatus == QStringLiteral("active"));
        }
        // The export file is replaced atomically: whatever a kill interrupted, it reads whole.
        const ReadResult exported = readSequenceFile(path + QStringLiteral(".export.json"));
        QVERIFY2(exported.ok() && exported.sequences.size() == 2,
                 qPrintable(QStringLiteral("%1 diagnostics").arg(exported.diagnostics.size())));
    }
};

QTEST_GUILESS_MAIN(TestLibraryCrash)
#include "tst_librarycrash.moc"
