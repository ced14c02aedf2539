// SPDX-License-Identifier: MIT
// The designer driven like a user: open a sequence, add steps through the "+" and the add
// dialog, drag from the palette, move a node, edit in the side pane, undo/redo, delete, save.
#include "generate.h"
#include "language.h"
#include "library/library.h"
#include "library/sequencestore.h"
#include "sequencedocument.h"
#include "sequencefile.h"
#include "uitest.h"

using namespace sd;
using namespace sd::uitest;

namespace {

// Creates `initial` in the library file at `path` and returns its id.
QString createIn(const QString &path, const Sequence &initial)
{
    OpenResult opened = Library::open(path);
    if (!opened.library)
        return {};
    const auto made = SequenceStore(*opened.library).create(initial);
    return made.ok() ? made.value.sequence.id : QString();
}

Sequence storedIn(const QString &path, const QString &id)
{
    OpenResult opened = Library::open(path);
    return SequenceStore(*opened.library).get(id).value.sequence;
}

Sequence emailThenTask()
{
    Sequence s;
    s.name = "UI test sequence";
    Step mail;
    mail.id = "mail";
    mail.type = "email";
    mail.next = "todo";
    Step todo;
    todo.id = "todo";
    todo.type = "task";
    s.appendStep(mail);
    s.appendStep(todo);
    s.start = "mail";
    return s;
}

} // namespace

class TestDesigner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    SequenceDocument *document(const Window &w)
    {
        QQuickItem *page = w.waitFor("designerPage");
        return page ? page->property("document").value<SequenceDocument *>() : nullptr;
    }

    bool openDesigner(Window &w, const QString &id)
    {
        if (!w.start())
            return false;
        QMetaObject::invokeMethod(w.window(), "openSequence", Q_ARG(QString, id));
        QQuickItem *pages = w.item("pages");
        // The push transition ends before the designer is used.
        return pages && QTest::qWaitFor([&] { return !pages->property("busy").toBool(); }) &&
               w.waitFor("card_start") != nullptr;
    }

private slots:
    void initTestCase()
    {
        isolate();
        Language::setStartupOverride("en"); // messages are compared in English
    }

    void addThroughTheDialogAndSave()
    {
        const QString path = m_dir.filePath("add.sqlite");
        const QString id = createIn(path, emailThenTask());
        QVERIFY(!id.isEmpty());
        Window w(path);
        QVERIFY(openDesigner(w, id));
        SequenceDocument *doc = document(w);
        QVERIFY(doc);
        QVERIFY(w.waitFor("card_mail"));
        QVERIFY(hasContent(w.grab("designer-two-steps")));

        // "+" between the email and the task -> the add dialog -> Set wait time.
        QQuickItem *plus = w.waitFor("plus_mail_next");
        QVERIFY(plus);
        w.click(plus);
        QVERIFY(w.waitFor("addElementTabs"));
        QTest::qWait(300); // the dialog's opening transition
        QQuickItem *conditionsTab = w.waitFor("tabConditions");
        QVERIFY(conditionsTab);
        w.click(conditionsTab);
        QQuickItem *callCondition = w.waitFor("addType_callCondition");
        QVERIFY(callCondition);
        QVERIFY(!callCondition->isEnabled()); // no phone call above
        QVERIFY(hasContent(w.grab("designer-add-dialog-conditions")));
        w.click(w.waitFor("tabSteps"));
        QQuickItem *wait = w.waitFor("addType_wait");
        QVERIFY(wait);
        QVERIFY(wait->isEnabled());
        QVERIFY(hasContent(w.grab("designer-add-dialog")));
        w.click(wait);
        QTRY_COMPARE(doc->stepCount(), 3);
        const QString waitId = doc->sequence().step("mail")->next;
        QCOMPARE(doc->sequence().step(waitId)->type, QString("wait"));
        QCOMPARE(doc->selectedId(), waitId);
        QVERIFY(doc->dirty());
        QTRY_VERIFY(w.item("designerTitle")->property("text").toString().startsWith(u'\u25CF'));

        // Edit the days in the side pane.
        QQuickItem *days = w.waitFor("paramSpin_days");
        QVERIFY(days);
        days->setProperty("value", 3);
        QMetaObject::invokeMethod(days, "valueModified");
        QTRY_COMPARE(doc->sequence().step(waitId)->params.value("days").toInt(), 3);
        QVERIFY(hasContent(w.grab("designer-side-pane-wait")));

        // Undo the days, then the insert; redo both.
        w.key(Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(doc->sequence().step(waitId)->params.value("days").toInt(), 1);
        w.key(Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(doc->stepCount(), 2);
        w.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        w.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(doc->stepCount(), 3);
        QCOMPARE(doc->sequence().step(waitId)->params.value("days").toInt(), 3);

        // Ctrl+S saves to the library.
        w.key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!doc->dirty());
        const Sequence stored = storedIn(path, id);
        QCOMPARE(stored.stepCount(), 3);
        QCOMPARE(stored.step(waitId)->params.value("days").toInt(), 3);
        w.stop();
    }

    void dragFromThePaletteAndMoveANode()
    {
        const QString path = m_dir.filePath("drag.sqlite");
        const QString id = createIn(path, emailThenTask());
        Window w(path);
        QVERIFY(openDesigner(w, id));
        SequenceDocument *doc = document(w);
        w.click(w.waitFor("paletteButton"));
        QTest::qWait(300); // the canvas narrows beside the palette
        QQuickItem *call = w.waitFor("paletteType_phoneCall");
        QVERIFY(call);
        QQuickItem *end = w.waitFor("plus_todo_next");
        QVERIFY(end);
        w.drag(Window::centre(call), Window::centre(end));
        QTRY_COMPARE(doc->stepCount(), 3);
        const QString callId = doc->sequence().step("todo")->next;
        QVERIFY(!callId.isEmpty());
        QCOMPARE(doc->sequence().step(callId)->type, QString("phoneCall"));

        // Drag the task (with the call below it) above the email: onto the first "+".
        QQuickItem *task = w.waitFor("card_todo");
        QQuickItem *first = w.waitFor("plus_start_next");
        QVERIFY(task && first);
        w.drag(Window::centre(task), Window::centre(first));
        QTRY_COMPARE(doc->sequence().start, QString("todo"));
        QCOMPARE(doc->sequence().step("todo")->next, callId);
        QVERIFY(doc->undoText().startsWith("Move"));
        QVERIFY(hasContent(w.grab("designer-after-move")));

        // Delete with the key: select the email, press Delete.
        QMetaObject::invokeMethod(w.item("designerPage"), "centreOn", Q_ARG(QString, "mail"));
        QTest::qWait(100);
        w.click(w.waitFor("card_mail"));
        QTRY_COMPARE(doc->selectedId(), QString("mail"));
        w.key(Qt::Key_Delete);
        QTRY_VERIFY(!doc->sequence().contains("mail"));
        w.key(Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(doc->sequence().contains("mail"));
        w.stop();
    }

    void emailConditionPaneAndProblems()
    {
        const QString path = m_dir.filePath("cond.sqlite");
        const QString id = createIn(path, emailThenTask());
        Window w(path);
        QVERIFY(openDesigner(w, id));
        SequenceDocument *doc = document(w);
        const QString cond = doc->insertStep("mail", "next", "emailCondition");
        QVERIFY(!cond.isEmpty());
        QVERIFY(w.waitFor("paramSet_events"));
        QQuickItem *replied = w.waitFor("paramOption_events_replied");
        QVERIFY(replied);
        QTest::qWait(200);
        w.click(replied);
        QTRY_COMPARE(doc->sequence().step(cond)->params.value("events").toArray().size(), 2);
        QVERIFY(hasContent(w.grab("designer-side-pane-email-condition")));

        // A wait at a path end is a problem: it shows in the panel; clicking selects it.
        const QString waitId = doc->insertStep(cond, "no", "wait");
        doc->setSelectedId({});
        QTRY_VERIFY(doc->problems()->errorCount() > 0);
        QQuickItem *problem = w.waitFor("problem_0");
        QVERIFY(problem);
        w.click(problem);
        QTRY_COMPARE(doc->selectedId(), waitId);
        QVERIFY(hasContent(w.grab("designer-problems-panel")));
        w.stop();
    }

    void leavingWithUnsavedChangesAsks()
    {
        const QString path = m_dir.filePath("leave.sqlite");
        const QString id = createIn(path, emailThenTask());
        Window w(path);
        QVERIFY(openDesigner(w, id));
        SequenceDocument *doc = document(w);
        doc->insertStep("todo", "next", "phoneCall");
        w.click(w.waitFor("backButton"));
        QVERIFY(w.waitFor("leaveSaveButton"));
        w.click(w.waitFor("leaveSaveButton"));
        QTRY_VERIFY(w.waitFor("homePage"));
        QCOMPARE(storedIn(path, id).stepCount(), 3);
        w.stop();
    }

    void templateAndLargeSequence()
    {
        const QString path = m_dir.filePath("big.sqlite");
        const ReadResult webinar =
            readSequenceFile(QStringLiteral(":/templates/webinar-follow-up.sequence.json"));
        QVERIFY(webinar.ok());
        const QString templateId = createIn(path, webinar.sequences.first());
        {
            Window w(path);
            QVERIFY(openDesigner(w, templateId));
            QVERIFY(w.waitFor("card_thank-you-email"));
            QVERIFY(hasContent(w.grab("designer-webinar-template")));
            w.stop();
        }
        // 1,000 steps open fitted to the window: drawn as blocks, no card items at all.
        const QString bigId = createIn(path, generateSequence(1000));
        Window w(path);
        QVERIFY(w.start());
        QMetaObject::invokeMethod(w.window(), "openSequence", Q_ARG(QString, bigId));
        QQuickItem *minimap = w.waitFor("canvasMinimap");
        QVERIFY(minimap);
        SequenceDocument *doc = document(w);
        QTRY_VERIFY(doc->canvas()->cards()->rowCount() == 0);
        QVERIFY(hasContent(w.grab("designer-1000-steps-fitted")));
        w.stop();
    }
};

QTEST_MAIN(TestDesigner)
#include "tst_designer.moc"
