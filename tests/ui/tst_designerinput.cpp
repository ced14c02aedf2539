// SPDX-License-Identifier: MIT
// What a new user types and clicks in the designer lands as typed (issue 12): spaces survive
// typing, Tab leaves a description, a yes/no value is what its box shows, every "+" answers at
// every zoom where it is drawn, a required template picker says it is empty, one banner at a time.
#include "language.h"
#include "tst_designerhelpers.h"

#include <QJsonValue>

using namespace sd;
using namespace sd::uitest;

namespace {

// An email with its template, then a call: passes activation.
Sequence activatable()
{
    Sequence s = emailThenTask();
    QList<Step> steps = s.steps();
    steps[1].type = "phoneCall";
    s.setSteps(steps);
    return s;
}

} // namespace

class TestDesignerInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A library with the email-then-task sequence, open in the designer.
    bool open(Window &w, const QString &name, QString *id = nullptr)
    {
        const QString made = createIn(w.libraryPath(), emailThenTask());
        if (id)
            *id = made;
        Q_UNUSED(name)
        return !made.isEmpty() && openDesigner(w, made);
    }

private slots:
    void initTestCase()
    {
        isolate();
        Language::setStartupOverride("en");
    }

    // Item 1: the space typed between words stays; saving trims what is around the text.
    void typedTextKeepsItsSpaces()
    {
        Window w;
        QString id;
        QVERIFY(open(w, "spaces", &id));
        SequenceDocument *doc = designerDocument(w);
        doc->setSelectedId("mail");
        QQuickItem *name = w.waitFor("stepNameField");
        QVERIFY(name);
        w.click(name);
        QTRY_VERIFY(name->hasActiveFocus());
        w.retype("Call attendees who booked a demo ");
        QTRY_COMPARE(name->property("text").toString(),
                     QString("Call attendees who booked a demo "));
        QCOMPARE(doc->sequence().step("mail")->name, QString("Call attendees who booked a demo "));

        QQuickItem *description = w.waitFor("stepDescriptionField");
        w.click(description);
        QTRY_VERIFY(description->hasActiveFocus());
        w.type("Ask how the demo went ");
        QTRY_COMPARE(doc->sequence().step("mail")->description, QString("Ask how the demo went "));

        doc->setSelectedId({});
        QQuickItem *sequenceName = w.waitFor("sequenceNameField");
        QVERIFY(sequenceName);
        w.click(sequenceName);
        QTRY_VERIFY(sequenceName->hasActiveFocus());
        w.retype("After the fair ");
        QTRY_COMPARE(sequenceName->property("text").toString(), QString("After the fair "));
        QCOMPARE(doc->name(), QString("After the fair "));

        // Saving trims.
        w.key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!doc->dirty());
        const Sequence stored = storedIn(w.libraryPath(), id);
        QCOMPARE(stored.name, QString("After the fair"));
        QCOMPARE(stored.step("mail")->name, QString("Call attendees who booked a demo"));
        QCOMPARE(stored.step("mail")->description, QString("Ask how the demo went"));
        w.stop();
    }

    // Item 1 in the sequence's description, the template's title and a tag's name.
    void otherFieldsKeepTheirSpaces()
    {
        Window w;
        QVERIFY(open(w, "fields"));
        SequenceDocument *doc = designerDocument(w);
        doc->setSelectedId({});
        QQuickItem *description = w.waitFor("sequenceDescriptionField");
        QVERIFY(description);
        w.click(description);
        QTRY_VERIFY(description->hasActiveFocus());
        w.type("For leads who came ");
        QTRY_COMPARE(doc->description(), QString("For leads who came "));

        QVERIFY(w.clickOn("shareButton"));
        QVERIFY(w.clickOn("saveTemplateItem"));
        QQuickItem *title = w.waitFor("templateTitle");
        QVERIFY(title);
        QTRY_VERIFY(title->hasActiveFocus());
        w.retype("Fair follow up ");
        QCOMPARE(title->property("text").toString(), QString("Fair follow up "));
        w.key(Qt::Key_Escape);
        QTRY_VERIFY(!w.item("templateTitle") || !w.item("templateTitle")->isVisible());

        QVERIFY(w.clickOn("propertiesButton"));
        QQuickItem *manage = w.waitFor("manageTagsButton");
        QVERIFY(manage);
        // The pane slides in from the right: click once it is in.
        QTRY_VERIFY(manage->mapToScene(QPointF(manage->width(), 0)).x() <= w.window()->width());
        QTRY_VERIFY(w.isOpen("propertiesPane"));
        w.click(manage);
        QQuickItem *tag = w.waitFor("newTagName");
        QVERIFY(tag);
        w.click(tag);
        QTRY_VERIFY(tag->hasActiveFocus());
        w.type("Spring events ");
        QCOMPARE(tag->property("text").toString(), QString("Spring events "));
        w.key(Qt::Key_Return);
        QTRY_COMPARE(tag->property("text").toString(), QString());
        QVERIFY(w.waitFor("tagRow_Spring events")); // trimmed when saved
        w.stop();
    }

    // Item 2: Tab, Ctrl+Tab and Shift+Tab move the focus out of a multi-line field.
    void tabLeavesMultiLineFields_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("step, Tab") << "mail"
                                   << "stepDescriptionField" << int(Qt::NoModifier);
        QTest::newRow("step, Ctrl+Tab") << "mail"
                                        << "stepDescriptionField" << int(Qt::ControlModifier);
        QTest::newRow("step, Shift+Tab") << "mail"
                                         << "stepDescriptionField" << int(Qt::ShiftModifier);
        QTest::newRow("sequence, Tab") << ""
                                       << "sequenceDescriptionField" << int(Qt::NoModifier);
        QTest::newRow("sequence, Ctrl+Tab")
            << ""
            << "sequenceDescriptionField" << int(Qt::ControlModifier);
    }
    void tabLeavesMultiLineFields()
    {
        QFETCH(QString, step);
        QFETCH(QString, field);
        QFETCH(int, modifiers);
        Window w;
        QVERIFY(open(w, "tab"));
        SequenceDocument *doc = designerDocument(w);
        doc->setSelectedId(step);
        QQuickItem *area = w.waitFor(field);
        QVERIFY(area);
        w.click(area);
        QTRY_VERIFY(area->hasActiveFocus());
        w.type("Hello");
        const Qt::KeyboardModifiers mods(modifiers);
        w.key(mods & Qt::ShiftModifier ? Qt::Key_Backtab : Qt::Key_Tab, mods);
        QTRY_VERIFY(!area->hasActiveFocus());
        QCOMPARE(area->property("text").toString(), QString("Hello"));
        const QString stored =
            step.isEmpty() ? doc->description() : doc->sequence().step(step)->description;
        QVERIFY(!stored.contains(u'\t'));
        w.stop();
    }

    // Item 3: choosing a yes/no field makes the value "No", as its unticked box shows.
    void yesNoValueIsWhatItShows()
    {
        Window w;
        QVERIFY(open(w, "yesno"));
        SequenceDocument *doc = designerDocument(w);
        const QString upd = doc->insertStep("mail", "next", "updateField");
        QVERIFY(!upd.isEmpty());
        QVERIFY(choose(w.waitFor("paramChoice_field"), "donotemail"));
        QQuickItem *check = w.waitFor("paramValueCheck");
        QVERIFY(check);
        QVERIFY(!check->property("checked").toBool());
        QTRY_COMPARE(doc->sequence().step(upd)->params.value("value"), QJsonValue(false));
        w.click(check);
        QTRY_COMPARE(doc->sequence().step(upd)->params.value("value"), QJsonValue(true));
        w.click(check);
        QTRY_COMPARE(doc->sequence().step(upd)->params.value("value"), QJsonValue(false));
        w.stop();
    }

    // Item 5: a click on a "+" opens the add dialog at every zoom where it is drawn; the step
    // added is selected and in view.
    void plusAnswersAtEveryZoom_data()
    {
        QTest::addColumn<double>("zoom");
        // 0: just above the zoom below which the canvas shows blocks and no "+" (`cardZoom`).
        QTest::newRow("smallest with cards") << 0.0;
        QTest::newRow("75 %") << 0.75;
        QTest::newRow("100 %") << 1.0;
    }
    void plusAnswersAtEveryZoom()
    {
        QFETCH(double, zoom);
        Window w;
        QVERIFY(open(w, "zoom"));
        SequenceDocument *doc = designerDocument(w);
        QQuickItem *canvas = w.item("canvasView");
        QVERIFY(canvas);
        // The canvas places itself once after loading: the zoom is set after that, or undone.
        QTRY_VERIFY(canvas->property("positioned").toBool());
        if (zoom == 0)
            zoom = canvas->property("cardZoom").toDouble() * 1.02;
        canvas->setProperty("zoom", zoom);
        QMetaObject::invokeMethod(canvas, "centreOn", Q_ARG(QString, "todo"));
        QQuickItem *plus = nullptr;
        QTRY_VERIFY((plus = w.item("plus_todo_next")) && plus->isVisible());
        QObject *tip = nullptr;
        for (QObject *child : plus->children()) {
            if (child->inherits("QQuickToolTip"))
                tip = child;
        }
        QVERIFY(tip);
        // The pointer comes from the card above, as a hand would: hovering shows the tooltip.
        const QPoint at = Window::centre(plus);
        QTest::mouseMove(w.window(), at - QPoint(0, 40));
        QTest::mouseMove(w.window(), at);
        QTRY_VERIFY(tip->property("opened").toBool());
        w.click(plus);
        QVERIFY(w.waitFor("addElementTabs"));
        QQuickItem *task = w.waitFor("addType_task");
        QVERIFY(task);
        QTRY_VERIFY(w.isOpen("addElementDialog")); // the dialog's opening transition
        w.click(task);
        QTRY_COMPARE(doc->stepCount(), 3);
        const QString added = doc->sequence().step("todo")->next;
        QCOMPARE(doc->selectedId(), added);
        QQuickItem *card = nullptr;
        QTRY_VERIFY((card = w.item("card_" + added)) != nullptr);
        const QRectF shown = card->mapRectToScene(QRectF(0, 0, card->width(), card->height()));
        const QRectF view = canvas->mapRectToScene(QRectF(0, 0, canvas->width(), canvas->height()));
        QTRY_VERIFY(
            view.contains(card->mapRectToScene(QRectF(0, 0, card->width(), card->height()))));
        Q_UNUSED(shown)
        w.shot(QString("designer-added-at-%1").arg(qRound(zoom * 100)));
        w.stop();
    }

    // Item 6 in the add dialog: the list of types has the focus; Return adds the chosen one,
    // Escape cancels.
    void addDialogAnswersTheKeyboard()
    {
        Window w;
        QVERIFY(open(w, "keys"));
        SequenceDocument *doc = designerDocument(w);
        QVERIFY(w.clickOn("plus_todo_next"));
        QQuickItem *list = w.waitFor("addElementList");
        QVERIFY(list);
        QTRY_VERIFY(list->hasActiveFocus());
        w.key(Qt::Key_Escape);
        QTRY_VERIFY(!w.item("addElementList") || !w.item("addElementList")->isVisible());
        QCOMPARE(doc->stepCount(), 2);
        QVERIFY(w.clickOn("plus_todo_next"));
        QTRY_VERIFY(w.item("addElementList")->hasActiveFocus());
        w.key(Qt::Key_Down);
        w.key(Qt::Key_Return);
        QTRY_COMPARE(doc->stepCount(), 3);
        QCOMPARE(doc->sequence().step(doc->sequence().step("todo")->next)->type,
                 QString("automatedEmail"));
        w.stop();
    }

    // Item 12: a template not chosen shows as such, never "null"; a required one says
    // "Choose a template" and is marked, as is any required choice left empty.
    void emptyPickersSayWhatToChoose()
    {
        Sequence s = emailThenTask();
        QList<Step> steps = s.steps();
        steps[0].params.insert("template", QJsonValue::Null);
        s.setSteps(steps);
        Window w;
        const QString id = createIn(w.libraryPath(), s);
        QVERIFY(openDesigner(w, id));
        SequenceDocument *doc = designerDocument(w);
        doc->setSelectedId("mail");
        QQuickItem *picker = w.waitFor("paramChoice_template");
        QVERIFY(picker);
        QTRY_COMPARE(picker->property("displayText").toString(), QString("(none)"));
        QVERIFY(choose(picker, "Introduction"));
        QTRY_COMPARE(doc->sequence().step("mail")->params.value("template").toString(),
                     QString("Introduction"));

        const QString ab = doc->insertStep("mail", "next", "abTest");
        QQuickItem *version = w.waitFor("paramAbTemplate_versionA");
        QVERIFY(version);
        QTRY_COMPARE(version->property("displayText").toString(), QString("Choose a template"));
        QVERIFY(w.waitFor("missingMark_versionA"));
        QVERIFY(choose(version, "Follow-up"));
        QTRY_COMPARE(version->property("displayText").toString(), QString("Follow-up"));
        QTRY_VERIFY(!w.item("missingMark_versionA")->isVisible());

        doc->insertStep(ab, "next", "updateField");
        QQuickItem *field = w.waitFor("paramChoice_field");
        QVERIFY(field);
        QTRY_COMPARE(field->property("displayText").toString(), QString("Choose…"));
        QVERIFY(w.waitFor("missingMark_field"));
        w.shot("designer-required-picker");
        w.stop();
    }

    // Item 15: banners do not pile up; the newest shows.
    void oneBannerAtATime()
    {
        Window w;
        const QString id = createIn(w.libraryPath(), activatable());
        QVERIFY(openDesigner(w, id));
        SequenceDocument *doc = designerDocument(w);
        doc->renameStep("mail", "Welcome");
        QVERIFY(doc->save());
        QTRY_VERIFY(w.item("noticeBanner")->isVisible());
        // Activating: its notice and the read-only banner arrive after "Saved.".
        QQuickItem *activate = findItem(w.item("designerPage"), "activateButton");
        QVERIFY(activate);
        w.click(activate);
        QVERIFY(w.clickOn("confirmActivate"));
        QTRY_VERIFY(doc->active());
        const QStringList banners{"noticeBanner", "readOnlyBanner", "activationNotice",
                                  "recoveryBanner", "errorBanner"};
        const auto shown = [&] {
            int n = 0;
            for (const QString &b : banners) {
                QQuickItem *item = w.item(b);
                n += item && item->isVisible() ? 1 : 0;
            }
            return n;
        };
        QTRY_VERIFY(w.item("activationNotice") && w.item("activationNotice")->isVisible());
        QTRY_COMPARE(shown(), 1);
        w.shot("designer-one-banner");
        w.stop();
    }
};

QTEST_MAIN(TestDesignerInput)
#include "tst_designerinput.moc"
