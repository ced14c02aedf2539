// SPDX-License-Identifier: MIT
// The designer driven like a user: open a sequence, add steps through the "+" and the add
// dialog, drag from the palette, move a node, edit in the side pane, undo/redo, delete, save.
#include "generate.h"
#include "language.h"
#include "sequencefile.h"
#include "tst_designerhelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNativeGestureEvent>
#include <QWheelEvent>

using namespace sd;
using namespace sd::uitest;

class TestDesigner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    SequenceDocument *document(const Window &w) { return designerDocument(w); }

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
        w.shot("designer-two-steps");

        // "+" between the email and the task -> the add dialog -> Set wait time.
        QQuickItem *plus = w.waitFor("plus_mail_next");
        QVERIFY(plus);
        w.click(plus);
        QTRY_VERIFY(w.isOpen("addElementDialog")); // the dialog's opening transition
        QQuickItem *conditionsTab = w.waitFor("tabConditions");
        QVERIFY(conditionsTab);
        w.click(conditionsTab);
        QQuickItem *callCondition = w.waitFor("addType_callCondition");
        QVERIFY(callCondition);
        QVERIFY(!callCondition->isEnabled()); // no phone call above
        w.shot("designer-add-dialog-conditions");
        w.click(w.waitFor("tabSteps"));
        QQuickItem *wait = w.waitFor("addType_wait");
        QVERIFY(wait);
        QVERIFY(wait->isEnabled());
        w.shot("designer-add-dialog");
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
        w.shot("designer-side-pane-wait");

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
        QQuickItem *call = w.waitFor("paletteType_phoneCall");
        QVERIFY(call);
        QQuickItem *end = w.waitFor("plus_todo_next");
        QVERIFY(w.settled(end)); // the canvas narrows beside the palette
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
        w.shot("designer-after-move");

        // Delete with the key: select the email, press Delete.
        QMetaObject::invokeMethod(w.item("designerPage"), "centreOn", Q_ARG(QString, "mail"));
        QVERIFY(w.settled(w.waitFor("card_mail")));
        w.click(w.item("card_mail"));
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
        QVERIFY(w.settled(replied));
        w.click(replied);
        QTRY_COMPARE(doc->sequence().step(cond)->params.value("events").toArray().size(), 2);
        w.shot("designer-side-pane-email-condition");

        // A wait at a path end is a problem: it shows in the panel; clicking selects it.
        const QString waitId = doc->insertStep(cond, "no", "wait");
        doc->setSelectedId({});
        QTRY_VERIFY(doc->problems()->errorCount() > 0);
        QQuickItem *problem = w.waitFor("problem_0");
        QVERIFY(problem);
        // The panel grows from its one-line bar to show the list: click once it has.
        QQuickItem *list = w.item("problemsList");
        QVERIFY(list);
        QTRY_VERIFY(list->isVisible() && list->height() >= problem->height());
        QVERIFY(w.settled(problem));
        w.click(problem);
        QTRY_COMPARE(doc->selectedId(), waitId);
        w.shot("designer-problems-panel");
        w.stop();
    }

    // The wheel scrolls (Shift+wheel sideways); Ctrl+wheel zooms.
    void wheelScrollsCtrlWheelZooms()
    {
        const QString path = m_dir.filePath("wheel.sqlite");
        const QString id = createIn(path, generateSequence(40));
        Window w(path);
        QVERIFY(openDesigner(w, id));
        QQuickItem *canvas = w.item("canvasView");
        QQuickItem *flick = w.item("canvasFlick");
        QVERIFY(canvas && flick);
        canvas->setProperty("zoom", 1.0);
        QTRY_VERIFY(flick->property("contentHeight").toDouble() > flick->height());
        flick->setProperty("contentY", 0.0);
        const QPointF at = canvas->mapToScene(QPointF(canvas->width() / 2, canvas->height() / 2));
        const auto wheel = [&](QPoint angle, Qt::KeyboardModifiers modifiers) {
            QWheelEvent e(at, at, QPoint(), angle, Qt::NoButton, modifiers, Qt::NoScrollPhase,
                          false);
            QCoreApplication::sendEvent(w.window(), &e);
        };
        wheel(QPoint(0, -240), Qt::NoModifier);
        QTRY_VERIFY(flick->property("contentY").toDouble() > 0);
        QCOMPARE(canvas->property("zoom").toDouble(), 1.0);
        const double x = flick->property("contentX").toDouble();
        wheel(QPoint(0, 240), Qt::ShiftModifier);
        wheel(QPoint(0, -480), Qt::ShiftModifier);
        QTRY_VERIFY(flick->property("contentX").toDouble() != x ||
                    flick->property("contentWidth").toDouble() <= flick->width());
        QCOMPARE(canvas->property("zoom").toDouble(), 1.0);
        wheel(QPoint(0, -240), Qt::ControlModifier);
        QTRY_VERIFY(canvas->property("zoom").toDouble() < 1.0);

        // A trackpad pinch (spreading the fingers) zooms in.
        const double before = canvas->property("zoom").toDouble();
        const QPointingDevice *pad = QPointingDevice::primaryPointingDevice();
        const auto gesture = [&](Qt::NativeGestureType type, qreal value) {
            QNativeGestureEvent e(type, pad, 2, at, at, at, value, QPointF());
            QCoreApplication::sendEvent(w.window(), &e);
        };
        gesture(Qt::BeginNativeGesture, 0);
        gesture(Qt::ZoomNativeGesture, 0.1);
        gesture(Qt::ZoomNativeGesture, 0.1);
        gesture(Qt::EndNativeGesture, 0);
        QTRY_VERIFY2(canvas->property("zoom").toDouble() > before * 1.1,
                     qPrintable(QString::number(canvas->property("zoom").toDouble())));
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
            // It opens with the whole width in view (zoomed out, not below a readable 60 %).
            QQuickItem *canvas = w.item("canvasView");
            QQuickItem *flick = w.item("canvasFlick");
            QVERIFY(canvas && flick);
            const double zoom = canvas->property("zoom").toDouble();
            QVERIFY2(zoom >= 0.6 && zoom <= 1.0, qPrintable(QString::number(zoom)));
            // The whole tree is in view sideways (not shrunk further than that needs).
            const QRectF tree = canvas->property("bounds").toRectF();
            QVERIFY(tree.width() * zoom <= flick->width() || zoom == 0.6);
            QVERIFY2((tree.width() + 200) * zoom > flick->width() || zoom == 1.0,
                     qPrintable(QString::number(zoom)));
            w.shot("designer-webinar-template");
            // The problems panel (made after the first frame) is one line when there are none.
            QQuickItem *problems = nullptr;
            QTRY_VERIFY((problems = w.item("problemsPanel")) != nullptr);
            if (document(w)->problems()->count() == 0)
                QVERIFY2(problems->height() < 50, qPrintable(QString::number(problems->height())));
            w.stop();
        }
        // 1,000 steps do not fit whole at a readable zoom: they open at 100 % at the start card,
        // not fitted into a speck (the minimap shows the whole).
        const QString bigId = createIn(path, generateSequence(1000));
        Window w(path);
        QVERIFY(openDesigner(w, bigId));
        QVERIFY(w.waitFor("canvasMinimap"));
        QCOMPARE(w.item("canvasView")->property("zoom").toDouble(), 1.0);
        QQuickItem *flick = w.item("canvasFlick");
        QVERIFY(flick);
        QVERIFY(flick->property("contentHeight").toDouble() > flick->height());
        // The part in view is outlined on the minimap, big enough to see, inside the map.
        QQuickItem *spot = w.item("minimapViewport");
        QQuickItem *map = w.item("canvasMinimap");
        QVERIFY(spot && map);
        QVERIFY(spot->width() >= 10 && spot->height() >= 10);
        QVERIFY2(QRectF(0, 0, map->width(), map->height())
                     .intersects(spot->mapRectToItem(map, spot->boundingRect())),
                 qPrintable(QStringLiteral("%1,%2").arg(spot->x()).arg(spot->y())));
        w.shot("designer-1000-steps-opened");
        w.stop();

        // 5,000 steps: the same, placed once the page is in place.
        const QString hugeId = createIn(path, generateSequence(5000));
        Window w5(path);
        QVERIFY(openDesigner(w5, hugeId));
        QVERIFY(w5.waitFor("canvasMinimap"));
        SequenceDocument *huge = document(w5);
        QVERIFY(huge);
        QCOMPARE(huge->stepCount(), 5000);
        QQuickItem *canvas = w5.item("canvasView");
        QVERIFY(canvas);
        QCOMPARE(canvas->property("zoom").toDouble(), 1.0);
        QVERIFY(!canvas->property("overview").toBool());
        w5.shot("designer-5000-steps-opened");
        w5.stop();
    }
};

QTEST_MAIN(TestDesigner)
#include "tst_designer.moc"
