// SPDX-License-Identifier: MIT
// Autosave and recovery: unsaved edits written to the recovery area, found after a restart,
// restored exactly or discarded; saving clears them; each write stores only what differs.
#include "../library/fixtures.h"
#include "generate.h"
#include "library/connection.h"
#include "library/recovery.h"
#include "library/sequencestore.h"
#include "library/transfer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sd;

namespace {

int rows(Library &lib, const char *sql)
{
    return int(lib.connection().scalar(sql));
}

// Many kinds of edit at once: properties, a param, a deleted and an inserted step, a move.
Sequence edited(Sequence s)
{
    s.name = "Webinar follow up (draft)";
    s.description = "Edited.";
    s.tags = {"Drafts"};
    s.options.exitOnEmailReply = false;
    s.templateInfo.reset();
    s.setParams("wait2", {{"days", 5}, {"hours", 0}});
    s.rename("call", "Call the lead again");
    s.deleteStep("confirm");
    Step task = lt::step("task9", "task");
    s.insertStep({"thanks", Branch::Next}, task);
    s.layout.insert("call", QPointF(100, 200));
    s.layout.remove("replied");
    return s;
}

} // namespace

class TestLibraryRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_lib;
    int m_count = 0;

private slots:
    void init()
    {
        m_lib = lt::openLibrary(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_count)));
        QVERIFY(m_lib);
    }
    void cleanup() { m_lib.reset(); }

    void writeFindRestoreAfterRestart()
    {
        const QString path = m_lib->path();
        const SequenceRecord saved = SequenceStore(*m_lib).create(lt::rich()).value;
        const Sequence draft = edited(saved.sequence);
        QVERIFY(draft != saved.sequence);
        {
            RecoveryWriter writer(*m_lib, saved);
            QVERIFY(writer.write(draft));
        }
        m_lib.reset(); // as if the program had crashed

        m_lib = lt::openLibrary(path);
        RecoveryStore recovery(*m_lib);
        const QList<RecoveryInfo> found = recovery.list().value;
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().sequenceId, saved.sequence.id);
        QCOMPARE(found.first().name, draft.name);
        QCOMPARE(found.first().baseVersion, 1);
        QVERIFY(!found.first().stale());
        QVERIFY(found.first().savedAt.isValid());
        QCOMPARE(recovery.restore(saved.sequence.id).value, draft);
        // Restoring changes nothing stored; saving the restored sequence clears the copy.
        QCOMPARE(SequenceStore(*m_lib).get(saved.sequence.id).value.sequence, saved.sequence);
        QVERIFY(SequenceStore(*m_lib).save(draft));
        QVERIFY(recovery.list().value.isEmpty());
        QCOMPARE(recovery.restore(saved.sequence.id).status.error, StoreError::NotFound);
    }

    void laterWritesReplaceEarlierOnes()
    {
        const SequenceRecord saved = SequenceStore(*m_lib).create(lt::rich()).value;
        RecoveryWriter writer(*m_lib, saved);
        const Sequence first = edited(saved.sequence);
        QVERIFY(writer.write(first));
        Sequence second = first;
        second.rename("call", QString()); // back to the saved name
        second.setParams("wait2", {{"days", 2}, {"hours", 3}});
        QVERIFY(writer.write(second));
        QCOMPARE(RecoveryStore(*m_lib).restore(saved.sequence.id).value, second);

        // Back to exactly the saved sequence: nothing of the steps is left to keep.
        Sequence back = saved.sequence;
        QVERIFY(writer.write(back));
        QCOMPARE(RecoveryStore(*m_lib).restore(saved.sequence.id).value, back);
        QCOMPARE(rows(*m_lib, "SELECT count(*) FROM recovery_steps"), 0);
        QCOMPARE(rows(*m_lib, "SELECT count(*) FROM recovery_order"), 0);
    }

    void oneEditWritesOneRow()
    {
        const SequenceRecord saved = SequenceStore(*m_lib).create(generateSequence(1000)).value;
        RecoveryWriter writer(*m_lib, saved);
        Sequence s = saved.sequence;
        const QString someStep = s.steps()[500].id;
        s.rename(someStep, "Renamed");
        QVERIFY(writer.write(s));
        QCOMPARE(rows(*m_lib, "SELECT count(*) FROM recovery_steps"), 1);
        QCOMPARE(rows(*m_lib, "SELECT count(*) FROM recovery_order"), 0);
        s.rename(s.steps()[10].id, "Also renamed");
        QVERIFY(writer.write(s));
        QCOMPARE(rows(*m_lib, "SELECT count(*) FROM recovery_steps"), 2);
        QCOMPARE(RecoveryStore(*m_lib).restore(s.id).value, s);
    }

    void saveThenRebaseKeepsWorking()
    {
        SequenceStore store(*m_lib);
        const SequenceRecord saved = store.create(lt::rich()).value;
        RecoveryWriter writer(*m_lib, saved);
        Sequence s = edited(saved.sequence);
        QVERIFY(writer.write(s));
        const SequenceRecord resaved = store.save(s).value;
        QVERIFY(RecoveryStore(*m_lib).list().value.isEmpty());
        writer.rebase(resaved);
        s.rename("thanks", "Thanks!");
        QVERIFY(writer.write(s));
        QCOMPARE(RecoveryStore(*m_lib).list().value.first().baseVersion, 2);
        QCOMPARE(RecoveryStore(*m_lib).restore(s.id).value, s);
    }

    // A new session's writer never mixes its edits with rows an earlier session left.
    void newSessionStartsClean()
    {
        const SequenceRecord saved = SequenceStore(*m_lib).create(lt::rich()).value;
        Sequence crashed = saved.sequence;
        crashed.deleteStep("confirm");
        QVERIFY(RecoveryWriter(*m_lib, saved).write(crashed));

        RecoveryWriter next(*m_lib, saved);
        Sequence other = saved.sequence;
        other.rename("confirm", "Kept, renamed");
        QVERIFY(next.write(other));
        QCOMPARE(RecoveryStore(*m_lib).restore(saved.sequence.id).value, other);
    }

    void failedWriteIsCaughtUpByTheNext()
    {
        const SequenceRecord saved = SequenceStore(*m_lib).create(lt::rich()).value;
        RecoveryWriter writer(*m_lib, saved);
        Sequence a = saved.sequence;
        a.rename("call", "A");
        QVERIFY(writer.write(a));
        Sequence b = a;
        b.rename("call", QString());
        b.rename("thanks", "B");
        lt::refuseWrites(*m_lib, true);
        QCOMPARE(writer.write(b).error, StoreError::ReadOnly);
        lt::refuseWrites(*m_lib, false);
        QCOMPARE(RecoveryStore(*m_lib).restore(a.id).value, a);
        QVERIFY(writer.write(b));
        QCOMPARE(RecoveryStore(*m_lib).restore(a.id).value, b);
    }

    void discardAndDelete()
    {
        SequenceStore store(*m_lib);
        const SequenceRecord a = store.create(lt::rich("A")).value;
        const SequenceRecord b = store.create(lt::rich("B")).value;
        RecoveryWriter wa(*m_lib, a);
        RecoveryWriter wb(*m_lib, b);
        QVERIFY(wa.write(edited(a.sequence)));
        QVERIFY(wb.write(edited(b.sequence)));
        QCOMPARE(RecoveryStore(*m_lib).list().value.size(), 2);
        QVERIFY(RecoveryStore(*m_lib).discard(a.sequence.id));
        QVERIFY(store.remove(b.sequence.id));
        QVERIFY(RecoveryStore(*m_lib).list().value.isEmpty());
        QCOMPARE(rows(*m_lib, "SELECT count(*) FROM recovery_steps"), 0);
        // Writing after a discard starts over.
        QVERIFY(wa.write(edited(a.sequence)));
        QCOMPARE(RecoveryStore(*m_lib).restore(a.sequence.id).value, edited(a.sequence));
    }

    void replacedUnderneathIsStale()
    {
        const SequenceRecord saved = SequenceStore(*m_lib).create(lt::rich()).value;
        QVERIFY(RecoveryWriter(*m_lib, saved).write(edited(saved.sequence)));
        ImportOptions replace;
        replace.onConflict = IdConflict::Replace;
        QVERIFY(Transfer(*m_lib).importSequences({saved.sequence}, replace));
        const QList<RecoveryInfo> found = RecoveryStore(*m_lib).list().value;
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().stale());
        QCOMPARE(found.first().currentVersion, 2);
    }
};

QTEST_GUILESS_MAIN(TestLibraryRecovery)
#include "tst_libraryrecovery.moc"
