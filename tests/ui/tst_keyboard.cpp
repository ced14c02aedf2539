// SPDX-License-Identifier: MIT
// Every task of the designer by keyboard alone (issue 13): no mouse event is sent here. The focus
// goes over cards and "+" with the arrows, Enter on a "+" opens the Add dialog whose tabs answer
// Left/Right, Insert adds below the selected card, Ctrl+arrows move a branch, Ctrl+S saves,
// Delete deletes; the palette inserts with Enter.
#include "tst_designerhelpers.h"

using namespace sd;
using namespace sd::uitest;

class TestKeyboard : public QObject
{
    Q_OBJECT

    // The item with the keyboard focus has this object name (waits for it).
    static bool focusOn(const Window &w, const QString &name)
    {
        const bool on = QTest::qWaitFor([&] {
            QQuickItem *focused = w.window()->activeFocusItem();
            return focused && focused->objectName() == name;
        });
        if (!on)
            qWarning() << "the focus is on" << w.window()->activeFocusItem() << "not on" << name;
        return on;
    }
    // The focus is on a control that shows (not on a closed dialog's, a page gone, or nowhere).
    static bool focusShows(const Window &w)
    {
        const bool shows = QTest::qWaitFor([&] {
            QQuickItem *focused = w.window()->activeFocusItem();
            return focused && focused != w.window()->contentItem() && focused->isVisible() &&
                   focused->width() > 0;
        });
        if (!shows)
            qWarning() << "the focus is on" << w.window()->activeFocusItem();
        return shows;
    }
    // Tabs to `target` (at most 60 presses) and presses Space on it.
    static bool tabAndPress(const Window &w, QQuickItem *target)
    {
        for (int i = 0; target && i < 60 && !target->hasActiveFocus(); ++i)
            w.key(Qt::Key_Tab);
        if (!target || !target->hasActiveFocus())
            return false;
        w.key(Qt::Key_Space);
        return true;
    }
    // Tabs from the home page's search field to the canvas (at most 40 presses).
    static bool tabToCanvas(const Window &w)
    {
        for (int i = 0; i < 40; ++i) {
            QQuickItem *focused = w.window()->activeFocusItem();
            if (focused && focused->objectName().startsWith(u"card_"))
                return true;
            w.key(Qt::Key_Tab);
        }
        return false;
    }

private slots:
    void initTestCase() { isolate(); }

    void designerByKeyboardOnly()
    {
        Window w;
        const QString id = createIn(w.libraryPath(), emailThenTask());
        QVERIFY(w.start());
        // Home: the search field has the focus; Down goes to the grid and its first row, Return
        // opens the row.
        QVERIFY(focusOn(w, "searchField"));
        w.key(Qt::Key_Down);
        w.key(Qt::Key_Down);
        w.key(Qt::Key_Return);
        SequenceDocument *doc = designerDocument(w);
        QVERIFY(doc);
        QTRY_VERIFY(doc->loaded());
        QVERIFY(w.waitFor("card_start"));
        // The page transition done, as a user sees it.
        QTRY_VERIFY(!w.item("homePage")->isVisible());
        QVERIFY(tabToCanvas(w));

        // Arrows: start, the "+" below it, the email, back up.
        QVERIFY(focusOn(w, "card_start"));
        w.key(Qt::Key_Down);
        QVERIFY(focusOn(w, "plus_start_next"));
        w.shot("keyboard-focus-plus");
        w.key(Qt::Key_Down);
        QVERIFY(focusOn(w, "card_mail"));
        QCOMPARE(doc->selectedId(), QString("mail"));
        w.shot("keyboard-focus-card");
        w.key(Qt::Key_Up);
        QVERIFY(focusOn(w, "plus_start_next"));

        // Enter on the "+": the Add dialog; Right and Left go through its tabs, Return adds.
        w.key(Qt::Key_Return);
        QTRY_VERIFY(w.isOpen("addElementDialog"));
        QQuickItem *tabs = w.item("addElementTabs");
        QTRY_VERIFY(w.item("addElementList")->hasActiveFocus());
        w.key(Qt::Key_Right);
        QTRY_COMPARE(tabs->property("currentIndex").toInt(), 1);
        w.shot("keyboard-focus-add-dialog");
        w.key(Qt::Key_Left);
        QTRY_COMPARE(tabs->property("currentIndex").toInt(), 0);
        w.key(Qt::Key_Return);
        QTRY_COMPARE(doc->stepCount(), 3);
        const QString added = doc->sequence().start;
        QCOMPARE(doc->sequence().step(added)->next, QString("mail"));
        // The focus is back on the canvas, on the step just added.
        QVERIFY(focusOn(w, "card_" + added));

        // Insert opens the dialog below the selected card; Escape closes it, nothing added.
        w.key(Qt::Key_Insert);
        QTRY_VERIFY(w.isOpen("addElementDialog"));
        QCOMPARE(w.object("addElementDialog")->property("parentId").toString(), added);
        QTRY_VERIFY(w.item("addElementList")->hasActiveFocus());
        w.key(Qt::Key_Escape);
        QTRY_VERIFY(!w.isOpen("addElementDialog"));
        QCOMPARE(doc->stepCount(), 3);
        QVERIFY(focusOn(w, "card_" + added));

        // Ctrl+Up on the last card moves it to the "+" above: start, added, todo, mail.
        w.key(Qt::Key_Down);
        w.key(Qt::Key_Down);
        w.key(Qt::Key_Down);
        w.key(Qt::Key_Down);
        QVERIFY(focusOn(w, "card_todo"));
        w.key(Qt::Key_Up, Qt::ControlModifier);
        QTRY_COMPARE(doc->sequence().step(added)->next, QString("todo"));
        QCOMPARE(doc->sequence().step("todo")->next, QString("mail"));
        QVERIFY(focusOn(w, "card_todo"));

        // Ctrl+S saves; Delete deletes the card with the focus.
        w.key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!doc->dirty());
        w.key(Qt::Key_Delete);
        QTRY_COMPARE(doc->stepCount(), 2);
        QVERIFY(!doc->sequence().contains("todo"));
        w.stop();
        Q_UNUSED(id)
    }

    // Ctrl+V with the focus on a "+" pastes there: the copied task goes before the email.
    void pasteOnAPlus()
    {
        Window w;
        QVERIFY(openDesigner(w, createIn(w.libraryPath(), emailThenTask())));
        SequenceDocument *doc = designerDocument(w);
        w.item("canvasView")->forceActiveFocus();
        QVERIFY(focusOn(w, "card_start"));
        for (int i = 0; i < 4; ++i)
            w.key(Qt::Key_Down);
        QVERIFY(focusOn(w, "card_todo"));
        w.key(Qt::Key_C, Qt::ControlModifier);
        for (int i = 0; i < 3; ++i)
            w.key(Qt::Key_Up);
        QVERIFY(focusOn(w, "plus_start_next"));
        w.key(Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(doc->stepCount(), 3);
        const QString pasted = doc->sequence().start;
        QCOMPARE(doc->sequence().step(pasted)->type, QString("task"));
        QCOMPARE(doc->sequence().step(pasted)->next, QString("mail"));
        QVERIFY(focusOn(w, "card_" + pasted));
        w.stop();
    }

    // After the activation is refused its dialog's Close has the focus, and once it is closed the
    // Activate button that opened it; after going back to the list (the designer opened from the
    // table), the search field, not the table row that opened the designer.
    void focusAfterRefusalAndBack()
    {
        Window w;
        Sequence empty;
        empty.name = "Nothing yet";
        QVERIFY(!createIn(w.libraryPath(), empty).isEmpty());
        QVERIFY(w.start());
        QVERIFY(focusOn(w, "searchField"));
        w.key(Qt::Key_Down);
        w.key(Qt::Key_Down);
        QTRY_VERIFY(!w.item("searchField")->hasActiveFocus()); // on the table's first row
        w.key(Qt::Key_Return);
        SequenceDocument *doc = designerDocument(w);
        QVERIFY(doc);
        QTRY_VERIFY(doc->loaded());
        // (The home page has an "activateButton" and an "activateDialog" too.)
        QQuickItem *bar = w.item("propertiesBar");
        QQuickItem *activate = bar->findChild<QQuickItem *>("activateButton");
        QVERIFY(tabAndPress(w, activate));
        QObject *dialog = bar->findChild<QObject *>("activateDialog");
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QTRY_VERIFY(dialog->findChild<QQuickItem *>("confirmActivate")->hasActiveFocus());
        w.key(Qt::Key_Return);
        QTRY_VERIFY(dialog->findChild<QQuickItem *>("closeActivate")->hasActiveFocus());
        QCOMPARE(dialog->property("stage").toString(), QString("problems")); // no steps
        w.key(Qt::Key_Return);
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QVERIFY(focusShows(w));
        QTRY_VERIFY(activate->hasActiveFocus());

        QVERIFY(tabAndPress(w, w.waitFor("backButton")));
        QTRY_VERIFY(w.item("designerPage") == nullptr || !w.item("designerPage")->isVisible());
        QVERIFY(focusShows(w));
        QVERIFY(focusOn(w, "searchField"));
        w.stop();
    }

    // The palette: Tab to an entry, Return inserts it at the "+" with the canvas's focus.
    void paletteByKeyboard()
    {
        Window w;
        QVERIFY(openDesigner(w, createIn(w.libraryPath(), emailThenTask())));
        SequenceDocument *doc = designerDocument(w);
        QQuickItem *canvas = w.item("canvasView");
        QVERIFY(canvas);
        canvas->forceActiveFocus(); // (as Tab would; the test above tabs there)
        QVERIFY(focusOn(w, "card_start"));
        w.key(Qt::Key_Down);
        w.key(Qt::Key_Down);
        w.key(Qt::Key_Down);
        QVERIFY(focusOn(w, "plus_mail_next"));
        // Tab to the Palette button, Space opens the palette, Tab on to its entry.
        QQuickItem *paletteButton = w.item("paletteButton");
        for (int i = 0; i < 60 && !paletteButton->hasActiveFocus(); ++i)
            w.key(Qt::Key_Tab);
        QVERIFY(paletteButton->hasActiveFocus());
        w.key(Qt::Key_Space);
        QQuickItem *entry = w.waitFor("paletteType_phoneCall");
        QVERIFY(entry);
        for (int i = 0; i < 60 && !entry->hasActiveFocus(); ++i)
            w.key(Qt::Key_Tab);
        QVERIFY(entry->hasActiveFocus());
        w.key(Qt::Key_Return);
        QTRY_COMPARE(doc->stepCount(), 3);
        const QString added = doc->sequence().step("mail")->next;
        QCOMPARE(doc->sequence().step(added)->type, QString("phoneCall"));
        QCOMPARE(doc->sequence().step(added)->next, QString("todo"));
        w.stop();
    }

    // The properties pane: Ctrl+S saves from inside it, Escape closes it and the focus goes
    // back to the Properties button.
    void propertiesPaneByKeyboard()
    {
        Window w;
        QVERIFY(openDesigner(w, createIn(w.libraryPath(), emailThenTask())));
        SequenceDocument *doc = designerDocument(w);
        QQuickItem *button = w.item("propertiesButton");
        for (int i = 0; i < 60 && !button->hasActiveFocus(); ++i)
            w.key(Qt::Key_Tab);
        QVERIFY(button->hasActiveFocus());
        w.key(Qt::Key_Space);
        QTRY_VERIFY(w.isOpen("propertiesPane"));
        QQuickItem *exitOnReply = w.waitFor("propExitOnReply");
        QVERIFY(exitOnReply);
        for (int i = 0; i < 60 && !exitOnReply->hasActiveFocus(); ++i)
            w.key(Qt::Key_Tab);
        QVERIFY(exitOnReply->hasActiveFocus());
        w.key(Qt::Key_Space);
        QTRY_VERIFY(doc->dirty());
        QVERIFY(doc->exitOnEmailReply());
        w.key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!doc->dirty());
        w.key(Qt::Key_Escape);
        QTRY_VERIFY(!w.isOpen("propertiesPane"));
        QTRY_VERIFY(button->hasActiveFocus());
        w.stop();
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
