// SPDX-License-Identifier: MIT
// Import and export through the file format: inactive imports, the three answers to an id that
// is already there, links inside a bundle that follow renamed ids, files that cannot be
// represented (nothing imported), drafts with their problems, atomic export, round trips.
#include "../library/fixtures.h"
#include "../library/testfiles.h"
#include "library/sequencelist.h"
#include "library/sequencestore.h"
#include "library/transfer.h"
#include "sequencefile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sd;

namespace {

const QString dataDir = QStringLiteral(SD_TEST_DATA "/library/");
const QString nurtureId = QStringLiteral("a1b2c3d4-0001-4aaa-8bbb-000000000001");
const QString handOverId = QStringLiteral("a1b2c3d4-0002-4aaa-8bbb-000000000002");

QStringList codes(const Diagnostics &list)
{
    QStringList c;
    for (const Diagnostic &d : list)
        c.append(d.code);
    c.sort();
    return c;
}

QString advanceTarget(const Sequence &s)
{
    return s.step("handover")->params.value("sequence").toString();
}

} // namespace

class TestLibraryTransfer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_lib;
    int m_count = 0;

    int count() const { return SequenceList(*m_lib).count().value; }

private slots:
    void init()
    {
        m_lib = lt::openLibrary(m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_count)));
        QVERIFY(m_lib);
    }
    void cleanup() { m_lib.reset(); }

    void importsBundleInactive()
    {
        const ImportResult r = Transfer(*m_lib).importFile(dataDir + "bundle.sequence.json");
        QVERIFY2(r, qPrintable(r.status.message));
        QCOMPARE(r.imported, (QStringList{nurtureId, handOverId}));
        QVERIFY(r.replaced.isEmpty());
        QVERIFY2(!hasErrors(r.diagnostics), qPrintable(codes(r.diagnostics).join(',')));

        const ReadResult file = readSequenceFile(dataDir + "bundle.sequence.json");
        SequenceStore store(*m_lib);
        for (Sequence expected : file.sequences) {
            expected.status = Status::Inactive; // "active" in the file is informative only
            QCOMPARE(store.get(expected.id).value.sequence, expected);
        }
    }

    void idConflicts()
    {
        Transfer transfer(*m_lib);
        const QString file = dataDir + "bundle.sequence.json";
        QVERIFY(transfer.importFile(file));

        // Refuse (the default): nothing imported, and the clash named.
        const ImportResult refused = transfer.importFile(file);
        QCOMPARE(refused.status.error, StoreError::Conflict);
        QVERIFY(refused.status.message.contains(nurtureId));
        QVERIFY(refused.imported.isEmpty());
        QCOMPARE(count(), 2);

        // Replace: the same ids, a new version, inactive even if it was active.
        SequenceStore store(*m_lib);
        Sequence changed = store.get(handOverId).value.sequence;
        changed.name = "Changed here";
        QVERIFY(store.save(changed));
        ImportOptions replace;
        replace.onConflict = IdConflict::Replace;
        const ImportResult replaced = transfer.importFile(file, replace);
        QVERIFY2(replaced, qPrintable(replaced.status.message));
        QCOMPARE(replaced.replaced, (QStringList{nurtureId, handOverId}));
        QCOMPARE(count(), 2);
        QCOMPARE(store.get(handOverId).value.sequence.name, QStringLiteral("Lead hand-over"));
        QCOMPARE(store.get(handOverId).value.version, 3);

        // Keep both: new ids, and the advance step follows its target's new id.
        ImportOptions both;
        both.onConflict = IdConflict::KeepBoth;
        const ImportResult kept = transfer.importFile(file, both);
        QVERIFY2(kept, qPrintable(kept.status.message));
        QCOMPARE(count(), 4);
        QCOMPARE(kept.imported.size(), 2);
        QVERIFY(!kept.imported.contains(nurtureId) && !kept.imported.contains(handOverId));
        QCOMPARE(kept.renamed.value(handOverId), kept.imported[1]);
        const Sequence copy = store.get(kept.imported[0]).value.sequence;
        QCOMPARE(advanceTarget(copy), kept.imported[1]);
        QCOMPARE(advanceTarget(store.get(nurtureId).value.sequence), handOverId);
        for (const Diagnostic &d : kept.diagnostics)
            QVERIFY(kept.imported.contains(d.sequenceId));
    }

    // UUIDs compare case-insensitively: an upper-case copy of an id in the library clashes with
    // it, and replacing keeps the library's spelling.
    void idsCompareCaseInsensitively()
    {
        Transfer transfer(*m_lib);
        Sequence s = lt::simple("Original");
        s.id = nurtureId;
        QVERIFY(transfer.importSequences({s}));
        Sequence upper = lt::simple("Upper-case copy");
        upper.id = nurtureId.toUpper();
        const ImportResult refused = transfer.importSequences({upper});
        QCOMPARE(refused.status.error, StoreError::Conflict);
        QCOMPARE(count(), 1);
        ImportOptions replace;
        replace.onConflict = IdConflict::Replace;
        const ImportResult replaced = transfer.importSequences({upper}, replace);
        QVERIFY2(replaced, qPrintable(replaced.status.message));
        QCOMPARE(replaced.imported, QStringList{nurtureId});
        QCOMPARE(count(), 1);
        QCOMPARE(SequenceStore(*m_lib).get(nurtureId).value.sequence.name,
                 QStringLiteral("Upper-case copy"));
    }

    // A step whose stored parameters another program damaged is exported without them, and
    // the export says which step and keeps the stored text.
    void damagedParamsAreReported()
    {
        Sequence s = lt::rich();
        QVERIFY(Transfer(*m_lib).importSequences({s}));
        const QString path = m_lib->path();
        m_lib.reset();
        lt::rawExec(path, "UPDATE steps SET params = '{\"days\": 2, broken' WHERE step_id = "
                          "'wait2'");
        m_lib = lt::openLibrary(path);
        QVERIFY(m_lib);
        Diagnostics found;
        const QString out = m_dir.filePath("damaged.sequence.json");
        QVERIFY(Transfer(*m_lib).exportFile({s.id}, out, &found));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().code, QStringLiteral("library.damagedParams"));
        QCOMPARE(found.first().stepId, QStringLiteral("wait2"));
        QCOMPARE(found.first().sequenceId, s.id);
        QVERIFY2(found.first().message.contains("{\"days\": 2, broken"),
                 qPrintable(found.first().message));
        const ReadResult back = readSequenceFile(out);
        QVERIFY(back.ok());
        QVERIFY(back.sequences.first().step("wait2")->params.isEmpty());
    }

    void unrepresentableFileImportsNothing()
    {
        const ImportResult r = Transfer(*m_lib).importFile(dataDir + "cycle.sequence.json");
        QVERIFY(!r);
        QCOMPARE(r.status.error, StoreError::Invalid);
        QVERIFY(codes(r.diagnostics).contains("graph.cycle"));
        QVERIFY(r.imported.isEmpty());
        QCOMPARE(count(), 0); // not even the sequence that was fine on its own
    }

    void unreadableFileImportsNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("code");
        QTest::newRow("not JSON") << QByteArray("{ nope") << "file.syntax";
        QTest::newRow("newer format")
            << QByteArray(R"({"format":"sequence-designer","formatVersion":9,"sequences":[]})")
            << "file.version";
        QTest::newRow("missing file") << QByteArray() << "file.io";
    }

    void unreadableFileImportsNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, code);
        const QString path = m_dir.filePath("in.sequence.json");
        QFile::remove(path);
        if (!content.isEmpty())
            QVERIFY(lt::writeBytes(path, content));
        const ImportResult r = Transfer(*m_lib).importFile(path);
        QVERIFY(!r);
        QCOMPARE(codes(r.diagnostics).value(0), code);
        QCOMPARE(r.unreadable, code == u"file.io");
        QCOMPARE(count(), 0);
    }

    void draftsImportWithTheirProblems()
    {
        const ImportResult r = Transfer(*m_lib).importFile(dataDir + "drafts.sequence.json");
        QVERIFY2(r, qPrintable(r.status.message));
        QCOMPARE(r.imported.size(), 1);
        QCOMPARE(codes(r.diagnostics), (QStringList{"param.required", "rule.waitLast"}));
        for (const Diagnostic &d : r.diagnostics)
            QCOMPARE(d.sequenceId, r.imported.first());
        QCOMPARE(SequenceStore(*m_lib).get(r.imported.first()).value.sequence.status,
                 Status::Inactive);
    }

    void advanceTargetOutsideTheLibraryIsReported()
    {
        ReadResult file = readSequenceFile(dataDir + "bundle.sequence.json");
        QCOMPARE(file.sequences.size(), 2);
        const ImportResult r = Transfer(*m_lib).importSequences({file.sequences.first()});
        QVERIFY(r);
        QCOMPARE(codes(r.diagnostics), QStringList{"library.advanceTarget"});
        QCOMPARE(r.diagnostics.first().stepId, QStringLiteral("handover"));
    }

    void exportRoundTrip()
    {
        QVERIFY(Transfer(*m_lib).importFile(dataDir + "bundle.sequence.json"));
        SequenceStore store(*m_lib);
        const SequenceRecord rich = store.create(lt::rich()).value;
        const QString out = m_dir.filePath("export.sequence.json");
        QVERIFY(Transfer(*m_lib).exportFile({rich.sequence.id, nurtureId, handOverId}, out));

        const ReadResult read = readSequenceFile(out);
        QVERIFY(read.ok());
        QCOMPARE(read.sequences.size(), 3);
        QCOMPARE(read.sequences[0], rich.sequence);
        QCOMPARE(read.sequences[1], store.get(nurtureId).value.sequence);

        // Into another library and back out: the same sequences, links intact.
        std::unique_ptr<Library> other = lt::openLibrary(m_dir.filePath("other.sqlite"));
        const ImportResult again = Transfer(*other).importFile(out);
        QVERIFY2(again, qPrintable(again.status.message));
        QCOMPARE(SequenceStore(*other).get(rich.sequence.id).value.sequence, rich.sequence);
        QCOMPARE(advanceTarget(SequenceStore(*other).get(nurtureId).value.sequence), handOverId);
        const QString out2 = m_dir.filePath("export2.sequence.json");
        QVERIFY(Transfer(*other).exportFile({rich.sequence.id, nurtureId, handOverId}, out2));
        QCOMPARE(lt::bytes(out2), lt::bytes(out));
    }

    void failedExportLeavesOldFile()
    {
        const SequenceRecord r = SequenceStore(*m_lib).create(lt::rich()).value;
        const QString out = m_dir.filePath("keep.sequence.json");
        QVERIFY(lt::writeBytes(out, "old content"));
        const StoreStatus status = Transfer(*m_lib).exportFile({r.sequence.id, "nope"}, out);
        QCOMPARE(status.error, StoreError::NotFound);
        QCOMPARE(lt::bytes(out), QByteArray("old content"));
        QCOMPARE(Transfer(*m_lib).exportFile({}, out).error, StoreError::Invalid);
        const StoreStatus unwritable =
            Transfer(*m_lib).exportFile({r.sequence.id}, m_dir.filePath("no/such/dir/x.json"));
        QCOMPARE(unwritable.error, StoreError::Failed);
        QVERIFY(Transfer(*m_lib).exportFile({r.sequence.id}, out));
        QVERIFY(lt::bytes(out).startsWith("{"));
    }

    void templatesImport()
    {
        const QDir templates(SD_SOURCE_DIR "/resources/templates");
        const QStringList files = templates.entryList({"*.sequence.json"}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files) {
            const ImportResult r = Transfer(*m_lib).importFile(templates.filePath(f));
            QVERIFY2(r, qPrintable(f + ": " + r.status.message));
        }
        QCOMPARE(count(), int(files.size()));
    }
};

QTEST_GUILESS_MAIN(TestLibraryTransfer)
#include "tst_librarytransfer.moc"
