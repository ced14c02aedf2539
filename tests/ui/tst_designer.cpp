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

#include <QJsonArray>
#include <QJsonObject>
#include <QNativeGestureEvent>
#include <QWheelEvent>

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

// Picks the entry with `value` (or, for a list of plain texts, that text) in a ComboBox, as
// choosing it in the open list does: the box's `activated` signal with its index.
bool choose(QQuickItem *combo, const QVariant &value)
{
    if (!combo)
        return false;
    int index = -1;
    QMetaObject::invokeMethod(combo, "indexOfValue", Q_RETURN_ARG(int, index),
                              Q_ARG(QVariant, value));
    if (index < 0)
        QMetaObject::invokeMethod(combo, "find", Q_RETURN_ARG(int, index),
                                  Q_ARG(QString, value.toString()));
    if (index < 0)
        return false;
    combo->setProperty("currentIndex", index);
    QMetaObject::invokeMethod(combo, "activated", Q_ARG(int, index));
    return true;
}

// The side pane scrolls: brings `item` into its view before a click.
void scrollIntoView(const Window &w, QQuickItem *item)
{
    QQuickItem *pane = w.item("sidePaneFlick");
    if (!pane || !item)
        return;
    const QPointF top = item->mapToItem(pane, QPointF(0, 0));
    if (top.y() < 0 || top.y() + item->height() > pane->height()) {
        const double y = pane->property("contentY").toDouble() + top.y() - 40;
        pane->setProperty("contentY", std::max(0.0, y));
    }
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
        // The panel grows from its one-line bar to show the list: click once it has.
        QQuickItem *list = w.item("problemsList");
        QVERIFY(list);
        QTRY_VERIFY(list->isVisible() && list->height() >= problem->height());
        QTest::qWait(50);
        w.click(problem);
        QTRY_COMPARE(doc->selectedId(), waitId);
        QVERIFY(hasContent(w.grab("designer-problems-panel")));
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

    // The field-condition builder: add a rule, choose its field, operator and value; add a
    // nested group with a rule of its own; the document and the saved sequence hold them.
    void fieldConditionBuilder()
    {
        const QString path = m_dir.filePath("fields.sqlite");
        const QString id = createIn(path, emailThenTask());
        Window w(path);
        QVERIFY(openDesigner(w, id));
        SequenceDocument *doc = document(w);
        const QString cond = doc->insertStep("mail", "next", "fieldCondition");
        QVERIFY(!cond.isEmpty());
        const auto rules = [&] {
            return doc->sequence().step(cond)->params.value("rules").toArray();
        };
        QVERIFY(w.clickOn("addFieldRuleButton"));
        QTRY_COMPARE(rules().size(), 1);
        QVERIFY(choose(w.waitFor("fieldRuleField_0"), "leadqualitycode"));
        QTRY_COMPARE(rules()[0].toObject().value("field").toString(), QString("leadqualitycode"));
        QVERIFY(choose(w.waitFor("fieldRuleOperator_0"), "notEquals"));
        QTRY_COMPARE(rules()[0].toObject().value("operator").toString(), QString("notEquals"));
        // A choice field offers its options by label and stores the option's number.
        QQuickItem *value = w.waitFor("fieldRuleValue_0");
        QVERIFY(value);
        QVERIFY(value->inherits("QQuickComboBox"));
        QVERIFY(choose(value, 3)); // Cold
        QTRY_COMPARE(rules()[0].toObject().value("value").toInt(), 3);
        QCOMPARE(value->property("currentText").toString(), QString("Cold"));

        // A nested group ("any of"), with a text rule typed in.
        QVERIFY(w.clickOn("addFieldGroupButton"));
        QTRY_COMPARE(rules().size(), 2);
        QCOMPARE(rules()[1].toObject().value("match").toString(), QString("any"));
        QQuickItem *addInner = w.waitFor("addFieldRuleButton_1.");
        QVERIFY(addInner);
        scrollIntoView(w, addInner);
        w.click(addInner);
        QTRY_COMPARE(rules()[1].toObject().value("rules").toArray().size(), 1);
        QVERIFY(choose(w.waitFor("fieldRuleField_1.0"), "companyname"));
        QVERIFY(choose(w.waitFor("fieldRuleOperator_1.0"), "contains"));
        QQuickItem *text = w.waitFor("fieldRuleText_1.0");
        QVERIFY(text);
        QVERIFY(text->inherits("QQuickTextField"));
        scrollIntoView(w, text);
        w.click(text);
        w.type("Contoso");
        w.key(Qt::Key_Return);
        const QJsonObject expectedInner{
            {"field", "companyname"}, {"operator", "contains"}, {"value", "Contoso"}};
        QTRY_COMPARE(rules()[1].toObject().value("rules").toArray().at(0).toObject(),
                     expectedInner);
        QVERIFY(choose(w.waitFor("fieldGroupMatch_1"), "All of"));
        QTRY_COMPARE(rules()[1].toObject().value("match").toString(), QString("all"));
        QTRY_VERIFY(w.item("card_" + cond));
        QVERIFY(hasContent(w.grab("designer-side-pane-field-condition")));

        // Saved as built; no problem left on the step.
        w.key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!doc->dirty());
        const QJsonArray stored = storedIn(path, id).step(cond)->params.value("rules").toArray();
        const QJsonArray expected{
            QJsonObject{{"field", "leadqualitycode"}, {"operator", "notEquals"}, {"value", 3}},
            QJsonObject{{"match", "all"}, {"rules", QJsonArray{expectedInner}}}};
        QCOMPARE(stored, expected);
        doc->flush();
        QCOMPARE(doc->canvas()->errorCount(cond), 0);

        // Removing the nested group.
        QVERIFY(w.clickOn("fieldGroupRemove_1"));
        QTRY_COMPARE(rules().size(), 1);

        // "Update field": the value editor follows the chosen field's type.
        const QString upd = doc->insertStep(cond, "yes", "updateField");
        QVERIFY(choose(w.waitFor("paramChoice_field"), "leadqualitycode"));
        QQuickItem *choice = w.waitFor("paramValueChoice");
        QVERIFY(choice);
        QVERIFY(choose(choice, 1));
        QTRY_COMPARE(doc->sequence().step(upd)->params.value("value").toInt(), 1);
        QVERIFY(choose(w.waitFor("paramChoice_field"), "donotemail"));
        QQuickItem *check = w.waitFor("paramValueCheck");
        QVERIFY(check);
        w.click(check);
        QTRY_COMPARE(doc->sequence().step(upd)->params.value("value"), QJsonValue(true));
        w.stop();
    }

    // The A/B test editor: versions, split, metric, end and default version.
    void abTestEditor()
    {
        const QString path = m_dir.filePath("ab.sqlite");
        const QString id = createIn(path, emailThenTask());
        Window w(path);
        QVERIFY(openDesigner(w, id));
        SequenceDocument *doc = document(w);
        const QString ab = doc->insertStep("mail", "next", "abTest");
        QVERIFY(!ab.isEmpty());
        const auto param = [&](const char *key) {
            return doc->sequence().step(ab)->params.value(QLatin1String(key));
        };
        QQuickItem *nameA = w.waitFor("paramAbName_versionA");
        QVERIFY(nameA);
        QTest::qWait(200); // the pane lays out the new step's editors
        w.click(nameA);
        w.retype("Short subject");
        QTRY_COMPARE(param("versionA").toObject().value("name").toString(),
                     QString("Short subject"));
        QVERIFY(choose(w.waitFor("paramAbTemplate_versionA"), "Introduction"));
        QVERIFY(choose(w.waitFor("paramAbTemplate_versionB"), "Follow-up"));
        QTRY_COMPARE(param("versionB").toObject().value("template").toString(),
                     QString("Follow-up"));
        QCOMPARE(param("versionA").toObject(),
                 QJsonObject({{"name", "Short subject"}, {"template", "Introduction"}}));
        QQuickItem *split = w.waitFor("paramSpin_splitA");
        QVERIFY(split);
        split->setProperty("value", 30);
        QMetaObject::invokeMethod(split, "valueModified");
        QTRY_COMPARE(param("splitA").toInt(), 30);
        QVERIFY(choose(w.waitFor("paramChoice_metric"), "clicks"));
        QTRY_COMPARE(param("metric").toString(), QString("clicks"));
        QVERIFY(choose(w.waitFor("paramChoice_defaultVersion"), "B"));
        QTRY_COMPARE(param("defaultVersion").toString(), QString("B"));
        QQuickItem *at = w.waitFor("paramAbEndAt");
        QVERIFY(at);
        scrollIntoView(w, at);
        w.click(at);
        QTRY_COMPARE(param("end").toObject().value("mode").toString(), QString("at"));
        QQuickItem *when = w.waitFor("paramAbEndText");
        QVERIFY(when);
        scrollIntoView(w, when);
        w.click(when);
        w.retype("2027-03-01T09:00:00Z");
        w.key(Qt::Key_Return);
        QTRY_COMPARE(param("end").toObject(),
                     QJsonObject({{"mode", "at"}, {"at", "2027-03-01T09:00:00Z"}}));
        // The card sums it up.
        QTRY_COMPARE(doc->canvas()->cards()->rowCount() > 0, true);
        doc->flush(); // the problems follow the last edit
        QTRY_COMPARE(doc->problems()->errorCount(), 0);
        QVERIFY(hasContent(w.grab("designer-side-pane-ab-test")));
        w.key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!doc->dirty());
        const Step *stored = storedIn(path, id).step(ab);
        QVERIFY(stored);
        QCOMPARE(stored->params.value("splitA").toInt(), 30);
        QCOMPARE(stored->params.value("metric").toString(), QString("clicks"));
        QCOMPARE(stored->params.value("versionB").toObject().value("template").toString(),
                 QString("Follow-up"));
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
            QVERIFY(hasContent(w.grab("designer-webinar-template")));
            // The problems panel is one line when there are none.
            QQuickItem *problems = w.item("problemsPanel");
            QVERIFY(problems);
            if (document(w)->problems()->count() == 0)
                QVERIFY2(problems->height() < 50, qPrintable(QString::number(problems->height())));
            w.stop();
        }
        // 1,000 steps open fitted to the window: drawn as blocks, no card items at all.
        const QString bigId = createIn(path, generateSequence(1000));
        Window w(path);
        QVERIFY(w.start());
        QMetaObject::invokeMethod(w.window(), "openSequence", Q_ARG(QString, bigId));
        QQuickItem *minimap = w.waitFor("canvasMinimap");
        QVERIFY(minimap);
        QQuickItem *pages = w.item("pages");
        QVERIFY(pages);
        QTRY_VERIFY(!pages->property("busy").toBool()); // grab after the push transition
        SequenceDocument *doc = document(w);
        QTRY_VERIFY(doc->canvas()->cards()->rowCount() == 0);
        // Too tall to fit even at the smallest zoom: it opens at the top, where it starts.
        QQuickItem *flick = w.item("canvasFlick");
        QVERIFY(flick);
        QVERIFY(flick->property("contentHeight").toDouble() > flick->height());
        QCOMPARE(flick->property("contentY").toDouble(), 0.0);
        QVERIFY(hasContent(w.grab("designer-1000-steps-fitted")));
        w.stop();

        // 5,000 steps: the same, fitted once the page is in place.
        const QString hugeId = createIn(path, generateSequence(5000));
        Window w5(path);
        QVERIFY(w5.start());
        QMetaObject::invokeMethod(w5.window(), "openSequence", Q_ARG(QString, hugeId));
        QVERIFY(w5.waitFor("canvasMinimap"));
        QTRY_VERIFY(!w5.item("pages")->property("busy").toBool());
        SequenceDocument *huge = document(w5);
        QVERIFY(huge);
        QCOMPARE(huge->stepCount(), 5000);
        QTRY_VERIFY(huge->canvas()->cards()->rowCount() == 0);
        QQuickItem *canvas = w5.item("canvasView");
        QVERIFY(canvas);
        QVERIFY(canvas->property("overview").toBool());
        QVERIFY(hasContent(w5.grab("designer-5000-steps-fitted")));
        w5.stop();
    }
};

QTEST_MAIN(TestDesigner)
#include "tst_designer.moc"
