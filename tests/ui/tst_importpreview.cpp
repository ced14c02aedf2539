// SPDX-License-Identifier: MIT
// The import preview in the real window: files listed with their verdicts (ready, draft,
// refused), ids already in the library with Replace / Keep both, problems that expand, an
// import that updates the library, a large import cancelled half way that leaves nothing, and a
// cancelled reading whose result is dropped.
#include "generate.h"
#include "importpreview.h"
#include "library/library.h"
#include "library/sequencelist.h"
#include "library/transfer.h"
#include "sequencefile.h"
#include "uitest.h"

#include <QFile>
#include <QSignalSpy>

using namespace sd;
using sd::uitest::Window;

namespace {

const QString bundle = QStringLiteral(SD_TEST_DATA "/library/bundle.sequence.json");
const QString drafts = QStringLiteral(SD_TEST_DATA "/library/drafts.sequence.json");
const QString cycle = QStringLiteral(SD_TEST_DATA "/hostile/cycle.sequence.json");

int libraryCount(const QString &path)
{
    OpenResult opened = Library::open(path);
    return opened ? SequenceList(*opened.library).count().value : -1;
}

} // namespace

class TestImportPreview : public QObject
{
    Q_OBJECT

    QObject *dialog(Window &w) const
    {
        return w.engine()->rootObjects().value(0)->findChild<QObject *>("importPreview");
    }
    ImportPreview *model(Window &w) const
    {
        return qobject_cast<ImportPreview *>(dialog(w)->property("preview").value<QObject *>());
    }
    bool openFiles(Window &w, const QStringList &paths) const
    {
        QList<QUrl> urls;
        for (const QString &p : paths)
            urls.append(QUrl::fromLocalFile(p));
        return QMetaObject::invokeMethod(dialog(w), "openFiles",
                                         Q_ARG(QVariant, QVariant::fromValue(urls)));
    }

private slots:
    void initTestCase() { uitest::isolate(); }

    void previewThenImport()
    {
        Window w;
        {
            OpenResult opened = Library::open(w.libraryPath());
            QVERIFY(opened);
            QVERIFY(Transfer(*opened.library).importFile(bundle));
        }
        QVERIFY(w.start());
        QVERIFY(dialog(w));
        QVERIFY(openFiles(w, {bundle, drafts, cycle}));
        ImportPreview *preview = model(w);
        QVERIFY(preview);
        QTRY_VERIFY(!preview->reading());
        QCOMPARE(preview->count(), 4); // 2 + 1 + the refused file's sequence
        QCOMPARE(preview->importableCount(), 3);
        QCOMPARE(preview->conflictCount(), 2);
        const auto value = [&](int row, int role) {
            return preview->data(preview->index(row), role);
        };
        QCOMPARE(value(0, ImportPreview::StateRole).toString(), QStringLiteral("ready"));
        QVERIFY(value(0, ImportPreview::ExistsRole).toBool());
        QCOMPARE(value(0, ImportPreview::ChoiceRole).toString(), QStringLiteral("keepBoth"));
        QCOMPARE(value(2, ImportPreview::StateRole).toString(), QStringLiteral("draft"));
        QVERIFY(value(2, ImportPreview::ProblemCountRole).toInt() > 0);
        QCOMPARE(value(3, ImportPreview::StateRole).toString(), QStringLiteral("refused"));
        QVERIFY(!value(3, ImportPreview::MessageRole).toString().isEmpty());
        QCOMPARE(value(2, ImportPreview::StepsRole).toInt(), 1); // the wait is not counted

        QVERIFY(w.waitFor("importRow_3"));
        QQuickItem *toggle = w.waitFor("importProblemsToggle_3");
        QVERIFY(toggle);
        w.click(toggle);
        w.shot("import-preview");

        // Replace the first, keep both of the second (the default), then import.
        preview->setChoice(0, QStringLiteral("replace"));
        QTRY_COMPARE(w.item("importChoice_0")->property("currentIndex").toInt(), 1);
        QQuickItem *import = w.item("importPreviewImport");
        QVERIFY(import && import->isEnabled());
        QSignalSpy finished(preview, &ImportPreview::finished);
        w.click(import);
        QTRY_VERIFY(preview->importing() || finished.size() == 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY(preview->done());
        // 2 before, the first replaced, the second kept twice, one draft: 4.
        QCOMPARE(libraryCount(w.libraryPath()), 4);
        QVERIFY(w.item("importPreviewResult")->property("text").toString().contains(u'3'));
        w.shot("import-done");
        w.click(w.item("importPreviewCancel")); // now "Close"
        QTRY_VERIFY(!w.item("importPreviewImport") || !w.item("importButton")->isVisible());
    }

    void cancelLeavesNothing()
    {
        Window w;
        QVERIFY(w.start());
        QTemporaryDir dir;
        QList<Sequence> many;
        for (int i = 0; i < 60; ++i)
            many.append(generateSequence(1500 + i));
        const QString file = dir.filePath("large.sequence.json");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(writeSequenceFile(many));
        f.close();
        QVERIFY(openFiles(w, {file}));
        ImportPreview *preview = model(w);
        QTRY_VERIFY_WITH_TIMEOUT(!preview->reading(), 15000);
        QCOMPARE(preview->importableCount(), 60);
        QSignalSpy finished(preview, &ImportPreview::finished);
        w.click(w.item("importPreviewImport"));
        QTRY_VERIFY(preview->progress() > 0);
        QVERIFY(w.item("importPreviewProgress")->isVisible());
        w.shot("import-progress");
        w.click(w.item("importPreviewCancel"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(!finished.first().at(1).toString().isEmpty()); // "cancelled, nothing imported"
        QVERIFY(preview->progress() < 1.0);
        QCOMPARE(libraryCount(w.libraryPath()), 0);
    }

    void cancelledReadingIsDropped()
    {
        ImportPreview preview;
        preview.openPaths(QStringList(200, bundle));
        QVERIFY(preview.reading());
        preview.cancel();
        QVERIFY(!preview.reading());
        preview.waitForWorker();
        QCOMPARE(preview.count(), 0);
        // The next reading is not disturbed by the cancelled one.
        preview.openPaths({bundle});
        QTRY_VERIFY(!preview.reading());
        QCOMPARE(preview.count(), 2);
    }
};

QTEST_MAIN(TestImportPreview)
#include "tst_importpreview.moc"
