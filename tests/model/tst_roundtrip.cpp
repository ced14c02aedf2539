// SPDX-License-Identifier: MIT
// The sharing round trip of issue 7: every bundled template plus a generated sequence of 5,000
// steps go into one library, out to one bundle file, and into a new library, where each sequence
// equals its original. Also: per-sequence answers to clashing ids, advanceToSequence links that
// follow a renamed target, and a cancelled import that leaves nothing behind.
#include "../library/fixtures.h"
#include "generate.h"
#include "library/sequencelist.h"
#include "library/sequencestore.h"
#include "library/transfer.h"
#include "sequencefile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

namespace {

// The bundled templates as the program ships them (compiled into the model as qrc:/templates).
QList<Sequence> bundledTemplates()
{
    QList<Sequence> all;
    const QDir dir(QStringLiteral(":/templates"));
    for (const QString &f : dir.entryList({QStringLiteral("*.sequence.json")}, QDir::Files)) {
        const ReadResult r = readSequenceFile(dir.filePath(f));
        if (!r.ok())
            qWarning("%s does not read", qPrintable(f));
        all.append(r.sequences);
    }
    return all;
}

int rowCount(Library &library)
{
    return SequenceList(library).count().value;
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void bundleOfTemplatesAndALargeSequence()
    {
        QList<Sequence> originals = bundledTemplates();
        QVERIFY(originals.size() >= 6);
        originals.append(generateSequence(5000));
        QCOMPARE(originals.last().stepCount(), 5000);

        // Into a first library, through the same import as the program's.
        std::unique_ptr<Library> first = lt::openLibrary(m_dir.filePath("first.sqlite"));
        QVERIFY(first);
        const ImportResult in = Transfer(*first).importSequences(originals);
        QVERIFY2(in, qPrintable(in.status.message));
        QCOMPARE(in.imported.size(), originals.size());

        // Out as one bundle file.
        const QString bundle = m_dir.filePath("all.sequence.json");
        const StoreStatus out = Transfer(*first).exportFile(in.imported, bundle);
        QVERIFY2(out, qPrintable(out.message));
        const ReadResult read = readSequenceFile(bundle);
        QVERIFY(read.ok());
        QCOMPARE(read.sequences.size(), originals.size());

        // Into a new library: the ids are kept (the library is empty) and every sequence equals
        // its original (imports are inactive; the templates are inactive already).
        std::unique_ptr<Library> second = lt::openLibrary(m_dir.filePath("second.sqlite"));
        QVERIFY(second);
        const ImportResult again = Transfer(*second).importFile(bundle);
        QVERIFY2(again, qPrintable(again.status.message));
        QVERIFY(again.renamed.isEmpty());
        QCOMPARE(rowCount(*second), int(originals.size()));
        SequenceStore store(*second);
        for (Sequence expected : std::as_const(originals)) {
            expected.status = Status::Inactive;
            const StoreResult<SequenceRecord> got = store.get(expected.id);
            QVERIFY2(got, qPrintable(expected.name + ": " + got.status.message));
            QCOMPARE(got.value.sequence.stepCount(), expected.stepCount());
            QVERIFY2(got.value.sequence == expected, qPrintable(expected.name));
        }

        // And the bytes of a second export equal the first.
        const QString bundle2 = m_dir.filePath("again.sequence.json");
        QVERIFY(Transfer(*second).exportFile(in.imported, bundle2));
        QCOMPARE(lt::bytes(bundle2), lt::bytes(bundle));
    }

    void perSequenceAnswers()
    {
        std::unique_ptr<Library> lib = lt::openLibrary(m_dir.filePath("answers.sqlite"));
        const QString file = QStringLiteral(SD_TEST_DATA "/library/bundle.sequence.json");
        const ReadResult read = readSequenceFile(file);
        QCOMPARE(read.sequences.size(), 2);
        const QString nurture = read.sequences[0].id;
        const QString handOver = read.sequences[1].id;
        QVERIFY(Transfer(*lib).importFile(file));

        // Replace the first, keep both of the second: the first keeps its id, the second gets a
        // new one, and the first's advanceToSequence step follows it.
        ImportOptions options;
        options.perId.insert(nurture, IdConflict::Replace);
        options.perId.insert(handOver, IdConflict::KeepBoth);
        const ImportResult r = Transfer(*lib).importFile(file, options);
        QVERIFY2(r, qPrintable(r.status.message));
        QCOMPARE(r.replaced, QStringList{nurture});
        QVERIFY(r.renamed.contains(handOver));
        QCOMPARE(rowCount(*lib), 3);
        const Sequence replaced = SequenceStore(*lib).get(nurture).value.sequence;
        QCOMPARE(replaced.step("handover")->params.value("sequence").toString(),
                 r.renamed.value(handOver));

        // An id without an answer falls back to onConflict (Refuse): nothing imported.
        ImportOptions partial;
        partial.perId.insert(nurture, IdConflict::Replace);
        const ImportResult refused = Transfer(*lib).importFile(file, partial);
        QCOMPARE(refused.status.error, StoreError::Conflict);
        QCOMPARE(rowCount(*lib), 3);
    }

    void cancelledImportLeavesNothing_data()
    {
        QTest::addColumn<int>("stopAt");
        QTest::newRow("while checking") << 2;
        QTest::newRow("while writing") << 9;
        QTest::newRow("at the last write") << 14;
    }
    void cancelledImportLeavesNothing()
    {
        QFETCH(int, stopAt);
        std::unique_ptr<Library> lib =
            lt::openLibrary(m_dir.filePath(QStringLiteral("cancel%1.sqlite").arg(stopAt)));
        QVERIFY(SequenceStore(*lib).create(lt::simple("Already there")));
        QList<Sequence> sequences = bundledTemplates();
        sequences.append(generateSequence(500));
        QCOMPARE(sequences.size(), 7); // 14 progress steps: 7 checks, 7 writes

        ImportOptions options;
        qsizetype last = 0;
        qsizetype total = 0;
        bool rising = true;
        options.progress = [&](qsizetype done, qsizetype all) {
            rising = rising && done == last + 1;
            last = done;
            total = all;
            return done < stopAt;
        };
        const ImportResult r = Transfer(*lib).importSequences(sequences, options);
        QVERIFY(!r.ok());
        QVERIFY(r.cancelled);
        QVERIFY(r.imported.isEmpty());
        QVERIFY(!r.status.message.isEmpty());
        QVERIFY(rising);
        QCOMPARE(last, qsizetype(stopAt));
        QCOMPARE(total, qsizetype(14));
        QCOMPARE(rowCount(*lib), 1);

        // The same import without cancelling goes through on the same connection.
        options.progress = [](qsizetype, qsizetype) { return true; };
        QVERIFY(Transfer(*lib).importSequences(sequences, options));
        QCOMPARE(rowCount(*lib), 8);
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
