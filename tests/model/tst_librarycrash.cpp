// SPDX-License-Identifier: MIT
// Crash safety: a child process saves, autosaves and imports in a loop and is killed with
// SIGKILL at random moments, 220 times (some while it is still opening the library). After
// that the library must pass integrity_check and hold every save the child reported committed.
#include "../library/fixtures.h"
#include "library/sequencelist.h"
#include "library/sequencestore.h"

#include <QElapsedTimer>
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

        QHash<QString, Reported> lastSave;
        QStringList imported;
        int kills = 0;
        int killedBeforeReady = 0;
        QElapsedTimer wall;
        wall.start();
        for (int run = 0; run < 220; ++run) {
            QProcess child;
            child.start(SD_CRASH_CHILD, {path, QString::number(run)});
            QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
            // A third of the kills land while the child starts and opens the library (WAL
            // recovery, quick_check), the rest in the save loop.
            const int delay =
                random.bounded(3) == 0 ? int(random.bounded(25)) : 25 + int(random.bounded(60));
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
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            // The last element is empty or a line cut off by the kill: not a report.
            for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
                const QList<QByteArray> f = lines[i].split(' ');
                if (f.value(0) == "ready") {
                    ready = true;
                } else if (f.value(0) == "saved" && f.size() == 5) {
                    lastSave[QString::fromLatin1(f[1])] = {f[2].toInt(), f[3].toInt(),
                                                           f[4].toInt()};
                } else if (f.value(0) == "imported" && f.size() == 2) {
                    imported.append(QString::fromLatin1(f[1]));
                } else {
                    QFAIL(qPrintable("unexpected child output: " + QString::fromUtf8(lines[i])));
                }
            }
            killedBeforeReady += ready ? 0 : 1;
        }
        qInfo("%d kills (%d before the library was open) in %lld ms; %lld saves tracked, %lld "
              "imports",
              kills, killedBeforeReady, wall.elapsed(), qlonglong(lastSave.size()),
              qlonglong(imported.size()));
        QVERIFY(kills >= 200);
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
    }
};

QTEST_GUILESS_MAIN(TestLibraryCrash)
#include "tst_librarycrash.moc"
