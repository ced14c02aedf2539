// SPDX-License-Identifier: MIT
// Autosave and recovery: unsaved edits written to the recovery area, found after a restart,
// restored exactly or discarded; saving clears them; each write stores only what differs, as
// the file format's JSON; rows of the schema before are converted; unreadable rows are kept.
#include "../library/fixtures.h"
#include "generate.h"
#include "library/connection.h"
#include "library/recovery.h"
#include "library/sequencestore.h"
#include "library/teamlibrary.h"
#include "library/transfer.h"
#include "sequencefile.h"

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

// What the recovery area holds for the one sequence with unsaved edits, read as a file.
ReadResult storedContent(Library &lib)
{
    const detail::Query q = lib.connection().query("SELECT content FROM recovery");
    return q->next() ? readSequenceFile(q->bytes(0)) : ReadResult{};
}

// `sql`: a literal (the connection keeps its statements by the text's address).
QByteArray storedText(Library &lib, const char *sql)
{
    const detail::Query q = lib.connection().query(sql);
    return q->next() && !q->isNull(0) ? q->bytes(0) : QByteArray();
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
        const ReadResult stored = storedContent(*m_lib);
        QVERIFY(stored.ok());
        QCOMPARE(stored.sequences.first().steps(), QList<Step>{*back.step(back.start)});
        QCOMPARE(storedText(*m_lib, "SELECT removed FROM recovery"), QByteArray("[]"));
        QCOMPARE(storedText(*m_lib, "SELECT step_ids FROM recovery"), QByteArray());
    }

    void oneEditWritesOneRow()
    {
        const SequenceRecord saved = SequenceStore(*m_lib).create(generateSequence(1000)).value;
        RecoveryWriter writer(*m_lib, saved);
        Sequence s = saved.sequence;
        const QString someStep = s.steps()[500].id;
        s.rename(someStep, "Renamed");
        QVERIFY(writer.write(s));
        // The content is a file of the format with the start step and the one that differs.
        ReadResult stored = storedContent(*m_lib);
        QVERIFY(stored.ok());
        QCOMPARE(stored.sequences.first().steps(),
                 (QList<Step>{*s.step(s.start), *s.step(someStep)}));
        QCOMPARE(storedText(*m_lib, "SELECT step_ids FROM recovery"), QByteArray());
        s.rename(s.steps()[10].id, "Also renamed");
        QVERIFY(writer.write(s));
        QCOMPARE(storedContent(*m_lib).sequences.first().stepCount(), 3);
        QCOMPARE(rows(*m_lib, "SELECT count(*) FROM recovery"), 1);
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
        QCOMPARE(rows(*m_lib, "SELECT count(*) FROM recovery"), 0);
        // Writing after a discard starts over.
        QVERIFY(wa.write(edited(a.sequence)));
        QCOMPARE(RecoveryStore(*m_lib).restore(a.sequence.id).value, edited(a.sequence));
    }

    // A content the reader refuses is not restored: the row stays (listed, to be discarded) and
    // the refusal says what to do.
    void unreadableEditsAreKept()
    {
        const SequenceRecord saved = SequenceStore(*m_lib).create(lt::rich()).value;
        QVERIFY(RecoveryWriter(*m_lib, saved).write(edited(saved.sequence)));
        lt::exec(*m_lib, "UPDATE recovery SET content = '{\"format\": \"not ours\"}'");
        const StoreResult<Sequence> restored = RecoveryStore(*m_lib).restore(saved.sequence.id);
        QCOMPARE(restored.status.error, StoreError::Invalid);
        QVERIFY(restored.message().contains(saved.sequence.name));
        QCOMPARE(RecoveryStore(*m_lib).list().value.size(), 1);
        QCOMPARE(SequenceStore(*m_lib).get(saved.sequence.id).value.sequence, saved.sequence);
        QVERIFY(RecoveryStore(*m_lib).discard(saved.sequence.id));
        QCOMPARE(rows(*m_lib, "SELECT count(*) FROM recovery"), 0);
    }

    // Edits in progress that break a rule of the format (a name cleared to be retyped) still
    // come back.
    void editsBreakingARuleComeBack()
    {
        const SequenceRecord saved = SequenceStore(*m_lib).create(lt::rich()).value;
        Sequence draft = edited(saved.sequence);
        draft.name.clear();
        QVERIFY(RecoveryWriter(*m_lib, saved).write(draft));
        QCOMPARE(RecoveryStore(*m_lib).restore(saved.sequence.id).value, draft);
    }

    // The rows of the schema before (their own JSON: properties, each differing step, the order)
    // become the file format's on upgrade, on both stores.
    void upgradeConvertsEarlierRows()
    {
        const bool team = m_lib->connection().isTeam();
        const QString name =
            lt::libraryName(m_dir.filePath(QStringLiteral("u%1.sqlite").arg(m_count)));
        QList<Migration> earlier = team ? detail::teamMigrations() : Library::migrations();
        earlier.removeLast();
        OpenOptions options;
        options.migrations = &earlier;
        SequenceRecord saved;
        {
            OpenResult old = Library::open(name, options);
            QVERIFY2(old, qPrintable(old.message));
            saved = SequenceStore(*old.library).create(lt::rich()).value;
            const QByteArray id = saved.sequence.id.toUtf8();
            const QByteArray sql =
                "INSERT INTO recovery (sequence_id, base_version, saved_at, saved_by, properties) "
                "VALUES ('" +
                id +
                "', 1, 1795723160406, 'fixture', '"
                R"j({"assignmentCondition":{},"assignmentField":"ownerid",)j"
                R"j("assignmentTo":"recordField","description":"","exitOnEmailReply":false,)j"
                R"j("name":"Webinar follow up (draft)","recordType":"lead",)j"
                R"j("skipNonWorkingDays":true,"start":"thanks","tags":[],)j"
                R"j("template":{"category":"","language":"en","title":"T"}}');)j"
                "INSERT INTO recovery_steps (sequence_id, step_id, step) VALUES ('" +
                id + "', 'confirm', NULL), ('" + id +
                "', 'thanks', '"
                R"j({"description":"","id":"thanks","name":"","next":"task9","no":"",)j"
                R"j("params":{"template":"Webinar thank you"},"type":"automatedEmail","yes":"",)j"
                R"j("x":0,"y":0}'), (')j" +
                id +
                "', 'task9', '"
                R"j({"description":"Do it.","id":"task9","name":"New task","next":"replied",)j"
                R"j("no":"","params":{},"type":"task","yes":""}'), (')j" +
                id +
                "', 'replied', '"
                R"j({"description":"","id":"replied","name":"","next":"","no":"followup",)j"
                R"j("params":{"advanceImmediately":true,"events":["replied"],"match":"any",)j"
                R"j("within":{"days":2,"hours":0}},"type":"emailCondition","yes":""}'), (')j" +
                id +
                "', 'wait2', '"
                R"j({"description":"","id":"wait2","name":"","next":"call","no":"",)j"
                R"j("params":{"days":5,"hours":0},"type":"wait","yes":"","x":100,"y":200.5}');)j"
                "INSERT INTO recovery_order (sequence_id, step_ids) VALUES ('" +
                id +
                "', '"
                R"j(["thanks","task9","replied","followup","wait2","call"]');)j";
            lt::exec(*old.library, sql.constData());
        }
        OpenResult opened = Library::open(name);
        QVERIFY2(opened, qPrintable(opened.message));
        QCOMPARE(opened.upgradedFrom, earlier.last().version);

        Sequence expected = saved.sequence;
        expected.name = "Webinar follow up (draft)";
        expected.description.clear();
        expected.tags.clear();
        expected.options.exitOnEmailReply = false;
        expected.options.skipNonWorkingDays = true;
        expected.assignment = Assignment{Assignment::To::RecordField, "ownerid", {}};
        expected.templateInfo = TemplateInfo{"T", {}, "en"};
        Step thanks = *saved.sequence.step("thanks");
        thanks.next = "task9";
        Step replied = *saved.sequence.step("replied");
        replied.yes.clear();
        Step wait2 = *saved.sequence.step("wait2");
        wait2.params = {{"days", 5}, {"hours", 0}};
        expected.setSteps({thanks,
                           {"task9", "task", "New task", "Do it.", {}, "replied", {}, {}},
                           replied,
                           *saved.sequence.step("followup"),
                           wait2,
                           *saved.sequence.step("call")});
        expected.layout = {{"thanks", QPointF(0, 0)}, {"wait2", QPointF(100, 200.5)}};
        const QList<RecoveryInfo> found = RecoveryStore(*opened.library).list().value;
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().name, expected.name);
        QCOMPARE(found.first().savedBy, QStringLiteral("fixture"));
        QCOMPARE(RecoveryStore(*opened.library).restore(saved.sequence.id).value, expected);
        QVERIFY(storedContent(*opened.library).ok());
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
