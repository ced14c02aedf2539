// SPDX-License-Identifier: MIT
// Two processes on one library: a reader is never told a healthy library is damaged while
// another process writes and checkpoints it, and reads while another process holds the write
// lock (WAL lets readers read). The second process is tests/library/library_writer.cpp.
#include "../library/fixtures.h"
#include "../library/testfiles.h"
#include "library/sequencelist.h"
#include "library/sequencestore.h"
#include "library/transfer.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run app(const QStringList &args)
{
    QProcess p;
    p.start(SD_APP, args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Starts library_writer and waits for its first report line.
bool startWriter(QProcess &writer, const QString &path, const char *mode, const QByteArray &first)
{
    writer.start(SD_WRITER, {path, QString::fromLatin1(mode)});
    if (!writer.waitForStarted())
        return false;
    while (writer.waitForReadyRead(30000)) {
        const QByteArray line = writer.readLine();
        if (line.startsWith(first))
            return true;
        if (line.startsWith("error"))
            return false;
    }
    return false;
}

} // namespace

class TestLibraryConcurrency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    // The writer opens, imports and closes in a loop, so the WAL comes and goes and every close
    // checkpoints pages into the main file while this process opens (and checks) a library
    // large enough that the check takes longer than one round of the writer.
    void healthyLibraryIsNeverCalledDamaged()
    {
        const QString path = m_dir.filePath("busy.sqlite");
        QCOMPARE(lt::fillLibrary(path, 300, 200).size(), 300);
        // Eight times the step rows (as ballast: the list does not read them), so the check on
        // open reads a file of some 30 MB.
        for (int i = 0; i < 3; ++i)
            lt::rawExec(path, "INSERT INTO steps (seq, position, step_id, type, description) "
                              "SELECT seq, position + 100000 * (1 + max(position) OVER (PARTITION "
                              "BY seq) / 100000), step_id, type, hex(randomblob(40)) FROM steps");
        QProcess writer;
        QVERIFY(startWriter(writer, path, "churn", "written"));

        int opened = 0;
        for (int round = 0; round < 200; ++round) {
            OpenOptions options;
            options.readOnly = round % 2 == 0;
            options.create = false;
            const OpenResult r = Library::open(path, options);
            QVERIFY2(r.status == OpenStatus::Opened,
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(r.message)));
            const StoreResult<QList<SequenceSummary>> rows = SequenceList(*r.library).list();
            QVERIFY2(rows, qPrintable(rows.message()));
            QCOMPARE(rows.value.size(), 300);
            ++opened;
        }
        // The real command, as a process of its own, while the writer still writes.
        for (int round = 0; round < 40; ++round) {
            const Run list = app({"list", "--library", path});
            QVERIFY2(list.code == 0, qPrintable(list.err));
            QVERIFY2(!list.err.contains("damaged"), qPrintable(list.err));
        }
        QVERIFY2(writer.state() == QProcess::Running,
                 writer.readAllStandardOutput().right(500).constData());
        writer.kill();
        writer.waitForFinished();
        QCOMPARE(opened, 200);
        QCOMPARE(lt::openLibrary(path)->integrityCheck(), QStringLiteral("ok"));
    }

    // While another process holds the write lock, opening, listing, reading and exporting work
    // at once; only a write waits, and then says the library is in use.
    void readerReadsWhileWriterHoldsLock()
    {
        const QString path = m_dir.filePath("held.sqlite");
        const QList<Sequence> made = lt::fillLibrary(path, 3, 4);
        QCOMPARE(made.size(), 3);
        QProcess writer;
        QVERIFY(startWriter(writer, path, "hold", "locked"));

        {
            const OpenResult r = Library::open(path); // as the window opens it
            QVERIFY2(r, qPrintable(r.message));
            const StoreResult<QList<SequenceSummary>> rows = SequenceList(*r.library).list();
            QVERIFY2(rows, qPrintable(rows.message()));
            QCOMPARE(rows.value.size(), 3);
            QVERIFY(SequenceStore(*r.library).get(made.first().id));
        }
        const Run list = app({"list", "--library", path});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QCOMPARE(list.out.count('\n'), 3);
        const QString out = m_dir.filePath("held.sequence.json");
        const Run exported = app({"export", "--library", path, "--out", out, made.first().id});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));

        const Run write = app({"deactivate", "--library", path, made.first().id});
        QCOMPARE(write.code, 2);
        QVERIFY2(write.err.contains("in use by another program"), qPrintable(write.err));

        writer.closeWriteChannel();
        QVERIFY(writer.waitForFinished());
        QCOMPARE(writer.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLibraryConcurrency)
#include "tst_libraryconcurrency.moc"
