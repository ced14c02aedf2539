// SPDX-License-Identifier: MIT
// Open at once (issue 19): the designer makes at its opening only what its first view shows; the
// history, preview and compare panels, the selected step's editors and the designer's dialogs are
// made when first asked for.
#include "generate.h"
#include "language.h"
#include "tst_designerhelpers.h"

using namespace sd;
using namespace sd::uitest;

class TestCanvasOpen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        isolate();
        Language::setStartupOverride("en");
    }

    void opensWithoutWhatItDoesNotShow()
    {
        const QString path = m_dir.filePath("open.sqlite");
        const Sequence sequence = generateSequence(100);
        const QString id = createIn(path, sequence);
        Window w(path);
        QVERIFY(openDesigner(w, id));
        QQuickItem *page = w.item("designerPage");
        QVERIFY(page);
        QVERIFY(w.drawn());
        w.shot("designer-100-opened");
        for (const char *name :
             {"historyPanel", "previewPanel", "comparePanel", "addElementDialog",
              "deleteConditionDialog", "leaveDialog", "compareFileDialog", "stepProperties"})
            QVERIFY2(!page->findChild<QObject *>(QString::fromLatin1(name)), name);

        // Made when first shown, and shown from then on like before.
        auto *doc = page->property("document").value<QObject *>();
        QVERIFY(doc);
        doc->setProperty("selectedId", sequence.steps().value(1).id);
        QVERIFY(w.waitFor("stepProperties"));
        page->setProperty("historyOpen", true);
        QVERIFY(w.waitFor("historyPanel"));
        QTest::keyClick(w.window(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY(w.waitFor("previewPanel"));
        QVERIFY(w.item("historyPanel")->isVisible());
        QVERIFY(w.drawn());
        w.shot("designer-100-history-preview");
        page->setProperty("historyOpen", false);
        QTRY_VERIFY(!w.item("historyPanel")->isVisible());
        QMetaObject::invokeMethod(page, "openAddDialog", Q_ARG(QString, QString()),
                                  Q_ARG(QString, QStringLiteral("next")));
        QTRY_VERIFY(w.isOpen("addElementDialog"));
        w.stop();
    }
};

QTEST_MAIN(TestCanvasOpen)
#include "tst_canvasopen.moc"
