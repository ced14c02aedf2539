// SPDX-License-Identifier: MIT
// The preview in the designer, driven through the real window: Ctrl+P, each persona on the
// webinar template against the engine, a row that selects its step, Yes/No on a condition card,
// an edit with the preview open, and the panel in Norwegian.
#include "activeprofile.h"
#include "language.h"
#include "preview.h"
#include "sequencefile.h"
#include "simulation/personas.h"
#include "tst_designerhelpers.h"

using namespace sd;
using namespace sd::uitest;

namespace {

const QString startText = QStringLiteral("2026-12-07 09:00");

SimulationResult engineRun(const Sequence &sequence, const QString &persona)
{
    static const ZoneClock clock(activeProfile().calendar);
    Scenario scenario = *personaScenario(persona);
    scenario.start = *parseInstant(QStringLiteral("2026-12-07T09:00+01:00"));
    return Simulator(sequence, activeProfile(), clock).run(scenario);
}

} // namespace

class TestPreview : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    QString m_id;
    Sequence m_webinar;

    // Opens the webinar template with the preview open from `startText`, for `persona`.
    Preview *openPreview(Window &w, const QString &persona)
    {
        if (!openDesigner(w, m_id))
            return nullptr;
        w.key(Qt::Key_P, Qt::ControlModifier);
        if (!w.waitFor("previewPanel"))
            return nullptr;
        QQuickItem *start = w.waitFor("previewStart");
        start->setProperty("text", startText);
        QMetaObject::invokeMethod(start, "editingFinished");
        auto *preview = w.item("designerPage")->property("preview").value<Preview *>();
        if (!choose(w.waitFor("previewPersona"), persona) ||
            !QTest::qWaitFor([&] { return preview->persona() == persona; }))
            return nullptr;
        return preview;
    }

private slots:
    void initTestCase()
    {
        isolate();
        Language::setStartupOverride("en");
        m_path = m_dir.filePath("preview.sqlite");
        m_webinar = readSequenceFile(QStringLiteral(":/templates/webinar-follow-up.sequence.json"))
                        .sequences.first();
        m_id = createIn(m_path, m_webinar);
        QVERIFY(!m_id.isEmpty());
    }

    void eachPersonaOnTheWebinar()
    {
        Window w(m_path);
        Preview *preview = openPreview(w, "does-nothing");
        QVERIFY(preview);
        QVERIFY(preview->active());
        QCOMPARE(preview->startText(), startText);
        for (const Persona &persona : personas()) {
            QVERIFY(choose(w.waitFor("previewPersona"), persona.id));
            QTRY_COMPARE(preview->persona(), persona.id);
            const SimulationResult expected = engineRun(m_webinar, persona.id);
            const QList<TimelineRow> &rows = preview->timeline()->rows();
            QCOMPARE(rows.size(), expected.steps.size());
            for (qsizetype i = 0; i < rows.size(); ++i) {
                QCOMPARE(rows[i].stepId, expected.steps[i].step->id);
                QCOMPARE(rows[i].status, statusKey(expected.steps[i].status));
                QCOMPARE(rows[i].start, expected.steps[i].start);
            }
            // The rows on screen say it as the list has it.
            QQuickItem *last = w.waitFor(QStringLiteral("previewRow_%1").arg(rows.size() - 1));
            QVERIFY(last);
            QCOMPARE(last->property("when").toString(), rows.last().when);
            QVERIFY(w.item("previewEnd")->property("text").toString().startsWith("Ends Day "));
            QVERIFY(w.drawn());
            w.shot("preview-" + persona.id);
        }
        // A row selects its step and the canvas centres it.
        QVERIFY(w.clickOn("previewRow_2"));
        QTRY_COMPARE(designerDocument(w)->selectedId(), preview->timeline()->rows()[2].stepId);
        w.stop();
    }

    void flipAConditionOnTheCanvas()
    {
        Window w(m_path);
        Preview *preview = openPreview(w, "does-nothing");
        QVERIFY(preview);
        QVERIFY(preview->timeline()->rowOf("follow-up-email") > 0);
        QQuickItem *why = w.waitFor("previewWhy_replied-to-thanks");
        QVERIFY(why);
        QCOMPARE(designerDocument(w)->canvas()->previewMark("replied-to-thanks").value("why"),
                 QStringLiteral("Nothing within 2 days → No"));
        QVERIFY(w.clickOn("previewFlip_replied-to-thanks_yes"));
        QTRY_VERIFY(preview->timeline()->rowOf("qualify-lead") > 0);
        QCOMPARE(preview->timeline()->rowOf("follow-up-email"), -1);
        QVERIFY(preview->scenarioEdited());
        QVERIFY(w.item("previewPersona")->property("displayText").toString().endsWith("(changed)"));
        QVERIFY(w.drawn());
        w.shot("preview-flipped");
        // The keyboard's way: Space on the condition's row of the timeline flips it back.
        QQuickItem *list = w.item("previewTimeline");
        list->forceActiveFocus();
        list->setProperty("currentIndex", preview->timeline()->rowOf("replied-to-thanks"));
        w.key(Qt::Key_Space);
        QTRY_VERIFY(preview->timeline()->rowOf("follow-up-email") > 0);
        w.stop();
    }

    void editAWaitWithThePreviewOpen()
    {
        Window w(m_path);
        Preview *preview = openPreview(w, "does-nothing");
        QVERIFY(preview);
        const int row = preview->timeline()->rowOf("final-email");
        QCOMPARE(preview->timeline()->rows()[row].date, QStringLiteral("2026-12-11 09:00"));
        QVERIFY(designerDocument(w)->setParam("wait-two-days", "days", 5));
        QTRY_COMPARE(preview->timeline()->rows()[row].date, QStringLiteral("2026-12-14 09:00"));
        designerDocument(w)->abandon(); // no recovery copy for the next window
        w.stop();
    }

    void norwegian()
    {
        Language::setStartupOverride("nb");
        Language::installInitial(); // the language is applied once per program, not per window
        Window w(m_path);
        Preview *preview = openPreview(w, "replies-after-a-day");
        QVERIFY(preview);
        QVERIFY2(preview->timeline()->rows().first().when.startsWith("Dag 1, "),
                 qPrintable(preview->timeline()->rows().first().when));
        QVERIFY(w.drawn());
        w.shot("preview-nb");
        w.stop();
        Language::setStartupOverride("en");
        Language::installInitial();
    }
};

QTEST_MAIN(TestPreview)
#include "tst_preview.moc"
