// SPDX-License-Identifier: MIT
// The whole procedure of a new user by keyboard alone (issue 13): create from a template, add a
// step and a condition, set a parameter, assign, save, activate, find, copy, delete, switch the
// language. No mouse event is sent; only key presses, and the focus decides where they go.
#include "homefixture.h"
#include "language.h"
#include "tst_designerhelpers.h"

using namespace sd;
using namespace sd::uitest;

namespace {

const QString name = QStringLiteral("Keyboard follow-up");

// The focus is on `item` or inside it (an editable spin box's text field).
bool focusIn(const Window &w, QQuickItem *item)
{
    QQuickItem *focused = w.window()->activeFocusItem();
    return item && focused && (focused == item || item->isAncestorOf(focused));
}

// Tabs until the focus is on `item` (at most 80 presses).
bool tabTo(const Window &w, QQuickItem *item)
{
    for (int i = 0; item && i < 80 && !focusIn(w, item); ++i)
        w.key(Qt::Key_Tab);
    if (!focusIn(w, item))
        qWarning() << "Tab did not reach" << item << "; the focus is on"
                   << w.window()->activeFocusItem();
    return focusIn(w, item);
}

// In the Add dialog (its list has the focus): Down through each tab, Right to the next tab,
// until the entry of `type`; Return adds it.
bool addByKeys(const Window &w, const QString &type)
{
    QQuickItem *list = w.item("addElementList");
    for (int tab = 0; list && tab < 4; ++tab) {
        for (int i = 0; i < 30; ++i) {
            auto *current = list->property("currentItem").value<QQuickItem *>();
            if (current && current->objectName() == "addType_" + type) {
                w.key(Qt::Key_Return);
                return true;
            }
            const int before = list->property("currentIndex").toInt();
            w.key(Qt::Key_Down);
            if (list->property("currentIndex").toInt() == before)
                break;
        }
        w.key(Qt::Key_Right);
    }
    return false;
}

// The step the keyboard focus is on (a card "card_ID").
QString focusedStep(const Window &w)
{
    QQuickItem *focused = w.window()->activeFocusItem();
    const QString object = focused ? focused->objectName() : QString();
    return object.startsWith(u"card_") ? object.mid(5) : QString();
}

// From the search field: Down goes to the table, Down again selects its first row.
bool selectFirstRow(const Window &w)
{
    w.key(Qt::Key_Down);
    if (!QTest::qWaitFor([&] { return focusIn(w, w.item("sequenceTable")); })) {
        qWarning() << "Down in the search field put the focus on" << w.window()->activeFocusItem();
        return false;
    }
    w.key(Qt::Key_Down);
    return QTest::qWaitFor(
        [&] { return w.item("homePage")->property("selectedRow").toInt() == 0; });
}

} // namespace

class TestKeyboardProcedure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolate();
        Language::setStartupOverride(QStringLiteral("en"));
    }

    void wholeProcedureByKeyboard()
    {
        Window w;
        // Another sequence, so that finding is a choice.
        QVERIFY(!createIn(w.libraryPath(), emailThenTask()).isEmpty());
        QVERIFY(w.start());
        QTRY_VERIFY(focusIn(w, w.item("searchField")));

        // Create from the first template: Ctrl+N, Use template, Return on the gallery, a name.
        w.key(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(w.isOpen("createDialog"));
        QTRY_VERIFY(focusIn(w, w.item("useTemplate")));
        w.key(Qt::Key_Space);
        QTRY_VERIFY(focusIn(w, w.item("templateGrid")));
        w.key(Qt::Key_Return);
        QTRY_VERIFY(focusIn(w, w.item("sequenceName")));
        w.key(Qt::Key_A, Qt::ControlModifier);
        w.type(name);
        w.key(Qt::Key_Return);
        SequenceDocument *doc = nullptr;
        QTRY_VERIFY((doc = designerDocument(w)) != nullptr);
        QTRY_VERIFY(doc->loaded());
        QCOMPARE(doc->name(), name);
        // The page transition done, as a user sees it.
        QTRY_VERIFY(!w.item("homePage")->isVisible());
        const int templateSteps = doc->stepCount();
        QVERIFY(templateSteps > 0);

        // Add a wait after the first step, then a field condition after the wait.
        QVERIFY(tabTo(w, w.waitFor("card_start")));
        w.key(Qt::Key_Down);
        QTRY_VERIFY(w.window()->activeFocusItem()->objectName().startsWith(u"plus_start"));
        w.key(Qt::Key_Return);
        QTRY_VERIFY(w.isOpen("addElementDialog"));
        QTRY_VERIFY(w.item("addElementList")->hasActiveFocus());
        QVERIFY(addByKeys(w, "wait"));
        QTRY_COMPARE(doc->stepCount(), templateSteps + 1);
        QTRY_VERIFY(!focusedStep(w).isEmpty());
        const QString wait = focusedStep(w);
        QCOMPARE(doc->sequence().step(wait)->type, QString("wait"));
        w.key(Qt::Key_Insert);
        QTRY_VERIFY(w.isOpen("addElementDialog"));
        QTRY_VERIFY(w.item("addElementList")->hasActiveFocus());
        QVERIFY(addByKeys(w, "fieldCondition"));
        QTRY_COMPARE(doc->stepCount(), templateSteps + 2);
        const QString condition = doc->sequence().step(wait)->next;
        QCOMPARE(doc->sequence().step(condition)->type, QString("fieldCondition"));

        // A parameter: Enter on the wait's card edits it; Tab to its days, Up twice.
        QTRY_VERIFY(!focusedStep(w).isEmpty());
        w.key(Qt::Key_Up); // the "+" above the condition
        w.key(Qt::Key_Up); // the wait
        QTRY_COMPARE(focusedStep(w), wait);
        w.key(Qt::Key_Return);
        QQuickItem *days = w.waitFor("paramSpin_days");
        QVERIFY(tabTo(w, days));
        const int before = doc->sequence().step(wait)->params.value("days").toInt();
        w.key(Qt::Key_Up);
        w.key(Qt::Key_Up);
        QTRY_COMPARE(doc->sequence().step(wait)->params.value("days").toInt(), before + 2);

        // The condition's rule: back to the canvas with Tab, Down to the condition, Enter; in the
        // side pane Add a rule, Down on the field box (its first field), Down on the operator
        // box until "is empty".
        QVERIFY(tabTo(w, w.item("card_" + wait)));
        w.key(Qt::Key_Down);
        w.key(Qt::Key_Down);
        QTRY_COMPARE(focusedStep(w), condition);
        w.key(Qt::Key_Return);
        QVERIFY(tabTo(w, w.waitFor("addFieldRuleButton")));
        w.key(Qt::Key_Space);
        auto rule = [&] {
            const QJsonArray rules =
                doc->sequence().step(condition)->params.value("rules").toArray();
            return rules.isEmpty() ? QJsonObject() : rules.first().toObject();
        };
        QTRY_VERIFY(rule().contains("operator"));
        QVERIFY(tabTo(w, w.waitFor("fieldRuleField_0")));
        w.key(Qt::Key_Down);
        QTRY_VERIFY(!rule().value("field").toString().isEmpty());
        QVERIFY(tabTo(w, w.waitFor("fieldRuleOperator_0")));
        for (int i = 0; i < 12 && rule().value("operator").toString() != "isEmpty"; ++i)
            w.key(Qt::Key_Down);
        QCOMPARE(rule().value("operator").toString(), QString("isEmpty"));

        // Assign to the owning team in the properties pane (Space on the radio button).
        QVERIFY(tabTo(w, w.item("propertiesButton")));
        w.key(Qt::Key_Space);
        QTRY_VERIFY(w.isOpen("propertiesPane"));
        QVERIFY(tabTo(w, w.waitFor("assignOwningTeam")));
        w.key(Qt::Key_Space);
        QTRY_COMPARE(doc->assignment().value("to").toString(), QString("owningTeam"));
        w.key(Qt::Key_Escape);
        QTRY_VERIFY(focusIn(w, w.item("propertiesButton")));

        // Save (Ctrl+S); activate (Space on Activate, Return confirms).
        w.key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!doc->dirty());
        QQuickItem *bar = w.item("propertiesBar");
        QVERIFY(tabTo(w, bar->findChild<QQuickItem *>("activateButton")));
        w.key(Qt::Key_Space);
        QObject *confirm = bar->findChild<QObject *>("confirmActivate");
        QTRY_VERIFY(focusIn(w, qobject_cast<QQuickItem *>(confirm)));
        w.key(Qt::Key_Return);
        QTRY_VERIFY(doc->active());
        QCOMPARE(storedIn(w.libraryPath(), doc->sequenceId()).status, Status::Active);

        // Back to the list; find it by typing in the search field; copy it.
        QVERIFY(tabTo(w, w.item("backButton")));
        w.key(Qt::Key_Space);
        QTRY_VERIFY(focusIn(w, w.item("searchField")));
        QTRY_VERIFY(w.item("designerPage") == nullptr);
        w.type("Keyboard");
        QObject *model = w.object("sequenceTableModel");
        QTRY_COMPARE(model->property("count").toInt(), 1);
        QVERIFY(selectFirstRow(w));
        QVERIFY(tabTo(w, w.item("copyButton")));
        w.key(Qt::Key_Space);
        QTRY_VERIFY(focusIn(w, w.waitFor("copyName")));
        w.key(Qt::Key_A, Qt::ControlModifier);
        w.type(name + " copy");
        w.key(Qt::Key_Return);
        QTRY_COMPARE(libraryRows(w.libraryPath()).size(), 3);

        // Delete the copy: found by name, Delete on its row, Tab from Cancel to Delete.
        QVERIFY(tabTo(w, w.item("searchField")));
        w.key(Qt::Key_A, Qt::ControlModifier);
        w.type(name + " copy");
        QTRY_COMPARE(model->property("count").toInt(), 1);
        QVERIFY(selectFirstRow(w));
        w.key(Qt::Key_Delete);
        QTRY_VERIFY(w.isOpen("deleteDialog"));
        QVERIFY(tabTo(w, w.item("confirmDelete")));
        w.key(Qt::Key_Space);
        QTRY_COMPARE(libraryRows(w.libraryPath()).size(), 2);
        for (const SequenceSummary &row : libraryRows(w.libraryPath()))
            QVERIFY(row.name != name + " copy");

        // Switch the language: the menu (Space, Down to Settings…, Return), then Down on the
        // language box until Norwegian.
        QVERIFY(tabTo(w, w.item("mainMenuButton")));
        w.key(Qt::Key_Space);
        QQuickItem *settings = w.waitFor("menuSettings");
        for (int i = 0; settings && i < 10 && !settings->hasActiveFocus(); ++i)
            w.key(Qt::Key_Down);
        QVERIFY(settings && settings->hasActiveFocus());
        w.key(Qt::Key_Return);
        QTRY_VERIFY(w.isOpen("settingsDialog"));
        QVERIFY(tabTo(w, w.item("languageChoice")));
        // (Up to the top of the list first: it starts at the language chosen before.)
        w.key(Qt::Key_Up);
        w.key(Qt::Key_Up);
        w.key(Qt::Key_Down);
        w.key(Qt::Key_Down);
        QTRY_COMPARE(Language::activeCode(), QString("nb"));
        QTRY_COMPARE(w.item("settingsClose")->property("text").toString(), QString("Lukk"));
        w.key(Qt::Key_Escape);
        QTRY_VERIFY(!w.isOpen("settingsDialog"));
        w.stop();
    }
};

QTEST_MAIN(TestKeyboardProcedure)
#include "tst_keyboardprocedure.moc"
