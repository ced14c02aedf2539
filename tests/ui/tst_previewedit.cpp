// SPDX-License-Identifier: MIT
// The preview's scenario and files through the real window: "Edit scenario…", the start moved
// with the keyboard, Yes/No on a condition card by Tab and Space, and the .ics export through
// the panel's file menu read back with libical.
#include "activeprofile.h"
#include "language.h"
#include "preview.h"
#include "sequencefile.h"
#include "tst_designerhelpers.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <libical/ical.h>

using namespace sd;
using namespace sd::uitest;

class TestPreviewEdit : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    QString m_id;

    Preview *openPreview(Window &w)
    {
        if (!openDesigner(w, m_id))
            return nullptr;
        w.key(Qt::Key_P, Qt::ControlModifier);
        QQuickItem *start = w.waitFor("previewStart");
        if (!start)
            return nullptr;
        start->setProperty("text", QStringLiteral("2026-12-07 09:00"));
        QMetaObject::invokeMethod(start, "editingFinished");
        auto *preview = w.item("designerPage")->property("preview").value<Preview *>();
        if (!choose(w.waitFor("previewPersona"), QStringLiteral("does-nothing")))
            return nullptr;
        return QTest::qWaitFor([&] { return preview->persona() == u"does-nothing"; }) ? preview
                                                                                      : nullptr;
    }

private slots:
    void initTestCase()
    {
        isolate();
        Language::setStartupOverride("en");
        m_path = m_dir.filePath("previewedit.sqlite");
        m_id = createIn(
            m_path, readSequenceFile(QStringLiteral(":/templates/webinar-follow-up.sequence.json"))
                        .sequences.first());
        QVERIFY(!m_id.isEmpty());
    }

    // The scenario's text in the dialog: a reply to the thank-you email takes the Yes branch;
    // text that is no scenario keeps the dialog open and says why.
    void editScenario()
    {
        Window w(m_path);
        Preview *preview = openPreview(w);
        QVERIFY(preview);
        QCOMPARE(preview->timeline()->rowOf("qualify-lead"), -1);
        QVERIFY(w.clickOn("editScenarioButton"));
        QQuickItem *text = w.waitFor("scenarioText");
        QVERIFY(text);
        QJsonObject scenario =
            QJsonDocument::fromJson(text->property("text").toString().toUtf8()).object();
        QCOMPARE(scenario.value("start").toString(), QStringLiteral("2026-12-07T09:00:00+01:00"));
        text->setProperty("text", QStringLiteral("{ not a scenario"));
        QVERIFY(w.clickOn("scenarioApply"));
        QTRY_VERIFY(
            w.item("scenarioProblem")->property("text").toString().contains("not valid JSON"));
        QVERIFY(w.isOpen("scenarioDialog"));
        QVERIFY(w.drawn());
        w.shot("preview-edit-scenario-problem");

        scenario.insert(
            "steps",
            QJsonObject{
                {"thank-you-email",
                 QJsonObject{{"events", QJsonObject{{"replied", QJsonObject{{"hours", 3}}}}}}}});
        text->setProperty("text", QString::fromUtf8(QJsonDocument(scenario).toJson()));
        w.shot("preview-edit-scenario");
        QVERIFY(w.clickOn("scenarioApply"));
        QTRY_VERIFY(!w.isOpen("scenarioDialog"));
        QTRY_VERIFY(preview->timeline()->rowOf("qualify-lead") > 0);
        QVERIFY(preview->notice().isEmpty());
        w.stop();
    }

    // Up and Down on the start move it a day, with Shift an hour.
    void startByKeyboard()
    {
        Window w(m_path);
        Preview *preview = openPreview(w);
        QVERIFY(preview);
        w.item("previewStart")->forceActiveFocus();
        w.key(Qt::Key_Up);
        QTRY_COMPARE(preview->startText(), QStringLiteral("2026-12-08 09:00"));
        w.key(Qt::Key_Down, Qt::ShiftModifier);
        QTRY_COMPARE(preview->startText(), QStringLiteral("2026-12-08 08:00"));
        QCOMPARE(w.item("previewStart")->property("text").toString(),
                 QStringLiteral("2026-12-08 08:00"));
        w.stop();
    }

    // Yes on the condition's card by the keyboard: Tab from the card to its Yes, then Space.
    void flipOnTheCardByKeyboard()
    {
        Window w(m_path);
        Preview *preview = openPreview(w);
        QVERIFY(preview);
        QVERIFY(w.waitFor("previewWhy_replied-to-thanks"));
        designerDocument(w)->setSelectedId("replied-to-thanks");
        QQuickItem *card = w.waitFor("card_replied-to-thanks");
        QQuickItem *yes = w.waitFor("previewFlip_replied-to-thanks_yes");
        QVERIFY(card && yes);
        card->forceActiveFocus();
        QVERIFY(card->hasActiveFocus());
        w.key(Qt::Key_Tab); // the next in the keyboard's path after the card
        QVERIFY(yes->hasActiveFocus());
        w.key(Qt::Key_Space);
        QTRY_VERIFY(preview->timeline()->rowOf("qualify-lead") > 0);
        w.stop();
    }

    // Files ▸ Export the activities to a calendar: one event per manual activity. (Qt 6.4's own
    // file dialog gives a file URL without its scheme, which toLocalFile() made "".)
    void exportIcsThroughTheMenu()
    {
        Window w(m_path);
        Preview *preview = openPreview(w);
        QVERIFY(preview);
        QVERIFY(w.clickOn("previewFileButton"));
        QVERIFY(w.clickOn("exportIcsItem"));
        QObject *dialog = w.object("previewFileDialog");
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("visible").toBool());
        const QString file = m_dir.filePath("activities.ics");
        // The file chooser is Qt's own (no native one offscreen): the folder, then the name
        // typed into its field, then Save.
        dialog->setProperty("currentFolder", QUrl::fromLocalFile(m_dir.path()));
        QQuickItem *name = w.waitFor("fileNameTextField");
        QVERIFY(name);
        name->setProperty("text", QStringLiteral("activities.ics"));
        QMetaObject::invokeMethod(name, "editingFinished");
        QMetaObject::invokeMethod(dialog, "accept");
        QTRY_VERIFY(QFile::exists(file));
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        icalcomponent *calendar = icalparser_parse_string(in.readAll().constData());
        QVERIFY(calendar);
        QList<TimelineRow> manual;
        for (const TimelineRow &r : preview->timeline()->rows()) {
            if (r.manual)
                manual.append(r);
        }
        QVERIFY(!manual.isEmpty());
        QCOMPARE(icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT),
                 int(manual.size()));
        icalcomponent *first = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
        QCOMPARE(Minutes(icaltime_as_timet(icalcomponent_get_dtstart(first))) / 60,
                 manual.first().start);
        const QString summary = QString::fromUtf8(icalcomponent_get_summary(first));
        QVERIFY2(summary.startsWith(manual.first().name), qPrintable(summary));
        icalcomponent_free(calendar);
        w.stop();
    }
};

QTEST_MAIN(TestPreviewEdit)
#include "tst_previewedit.moc"
