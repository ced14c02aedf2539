// SPDX-License-Identifier: MIT
// The preview (designer/preview*): the timeline rows against the engine for every persona, the
// path on the canvas with the reasons of conditions, flipping a condition, re-running after an
// edit, the scenario saved as a file, and the exports (CSV, and .ics read back with libical).
#include "activeprofile.h"
#include "language.h"
#include "library/library.h"
#include "library/sequencestore.h"
#include "preview.h"
#include "previewexport.h"
#include "previewpath.h"
#include "profile.h"
#include "sequencedocument.h"
#include "sequencefile.h"
#include "simulation/personas.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

#include <libical/ical.h>

using namespace sd;

namespace {

Sequence webinar()
{
    return readSequenceFile(QStringLiteral(":/templates/webinar-follow-up.sequence.json"))
        .sequences.first();
}

SimulationResult runPersona(const Sequence &sequence, const QString &persona,
                            const ZoneClock &clock, Scenario *used = nullptr)
{
    Scenario scenario = *personaScenario(persona);
    scenario.start = *parseInstant(QStringLiteral("2026-12-07T09:00+01:00"));
    if (used)
        *used = scenario;
    return Simulator(sequence, activeProfile(), clock).run(scenario);
}

} // namespace

class TestDesignerPreview : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        Language::setStartupOverride("en"); // English plurals ("2 days") come from its .qm
        Language::installInitial();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(activeProfile().calendar.timeZone == "Europe/Oslo");
    }

    void timelineRowsAreTheEngines_data()
    {
        QTest::addColumn<QString>("persona");
        for (const Persona &p : personas())
            QTest::newRow(qPrintable(p.id)) << p.id;
    }
    void timelineRowsAreTheEngines()
    {
        QFETCH(QString, persona);
        const Sequence sequence = webinar();
        const ZoneClock clock(activeProfile().calendar);
        const SimulationResult result = runPersona(sequence, persona, clock);
        const QList<TimelineRow> rows = timelineRows(result, clock);
        QCOMPARE(rows.size(), result.steps.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const StepRun &run = result.steps[i];
            QCOMPARE(rows[i].stepId, run.step->id);
            QCOMPARE(rows[i].status, statusKey(run.status));
            QCOMPARE(rows[i].date, clock.format(run.start).left(16).replace(u'T', u' '));
            QCOMPARE(rows[i].day,
                     int(clock.localDay(run.start) - clock.localDay(result.start)) + 1);
        }
        QCOMPARE(rows.first().when, QStringLiteral("Day 1, Mon 7 Dec 09:00"));
    }

    void dayAndTimeCountsLocalDates()
    {
        const ZoneClock clock(activeProfile().calendar);
        const Minutes start = *parseInstant(QStringLiteral("2026-12-07T23:30+01:00"));
        QCOMPARE(dayAndTime(clock, start, start + 60), QStringLiteral("Day 2, Tue 8 Dec 00:30"));
        QCOMPARE(dayAndTime(clock, start, start + 2 * minutesPerDay),
                 QStringLiteral("Day 3, Wed 9 Dec 23:30"));
    }

    void pathOnTheCanvas()
    {
        const Sequence sequence = webinar();
        const ZoneClock clock(activeProfile().calendar);
        Scenario scenario;
        const SimulationResult result = runPersona(sequence, "does-nothing", clock, &scenario);
        const auto marks = previewMarks(result, sequence, scenario, clock);
        QCOMPARE(marks.value("").value("day").toInt(), 1);
        QCOMPARE(marks.value("thank-you-email").value("reached").toBool(), true);
        QCOMPARE(marks.value("confirmation-email").value("dimmed").toBool(), true);
        const QVariantMap condition = marks.value("replied-to-thanks");
        QCOMPARE(condition.value("branch").toString(), QStringLiteral("no"));
        QCOMPARE(condition.value("why").toString(), QStringLiteral("Nothing within 2 days → No"));
        QCOMPARE(marks.value("follow-up-email").value("day").toInt(), 3);

        const SimulationResult replied =
            runPersona(sequence, "replies-after-a-day", clock, &scenario);
        const QVariantMap yes =
            previewMarks(replied, sequence, scenario, clock).value("replied-to-thanks");
        QCOMPARE(yes.value("branch").toString(), QStringLiteral("yes"));
        QCOMPARE(yes.value("why").toString(),
                 QStringLiteral("Replied after 1 day, within 2 days → Yes"));
    }

    void flipEveryCondition()
    {
        const Sequence sequence = webinar();
        const ZoneClock clock(activeProfile().calendar);
        Scenario scenario;
        SimulationResult result = runPersona(sequence, "does-nothing", clock, &scenario);
        const auto statusOf = [&](const QString &id) {
            for (const StepRun &run : result.steps) {
                if (run.step->id == id)
                    return statusKey(run.status);
            }
            return QString();
        };
        const auto flip = [&](const QString &id) {
            QString problem;
            const bool ok = flipCondition(scenario, result, id, &problem);
            result = Simulator(sequence, activeProfile(), clock).run(scenario);
            return ok;
        };
        QCOMPARE(statusOf("call-answered"), QStringLiteral("no"));
        QVERIFY(flip("call-answered"));
        QCOMPARE(statusOf("call-answered"), QStringLiteral("yes"));
        QCOMPARE(scenario.steps.value("follow-up-call").outcome, QString("made"));
        QVERIFY(flip("call-answered"));
        QCOMPARE(statusOf("call-answered"), QStringLiteral("no"));
        QVERIFY(flip("replied-to-final"));
        QCOMPARE(statusOf("replied-to-final"), QStringLiteral("yes"));
        QVERIFY(flip("replied-to-thanks"));
        QCOMPARE(statusOf("replied-to-thanks"), QStringLiteral("yes"));
        QCOMPARE(statusOf("qualify-lead"), QStringLiteral("done"));
        QCOMPARE(statusOf("follow-up-email"), QString());
        QVERIFY(flip("replied-to-thanks"));
        QCOMPARE(statusOf("replied-to-thanks"), QStringLiteral("no"));
        // A condition the run does not reach has nothing to flip.
        QString problem;
        QVERIFY(!flipCondition(scenario, result, "confirmation-email", &problem));
        QVERIFY(!problem.isEmpty());
    }

    void previewFollowsTheDocument()
    {
        OpenResult opened = Library::open(m_dir.filePath("preview.sqlite"));
        QVERIFY(opened.library);
        const auto made = SequenceStore(*opened.library).create(webinar());
        QVERIFY(made.ok());
        SequenceDocument doc;
        doc.setLibrary(opened.library.get());
        doc.setSequenceId(made.value.sequence.id);
        QVERIFY(doc.loaded());
        Preview preview;
        preview.setDocument(&doc);
        preview.setStartText("2026-12-07 09:00");
        preview.setPersona("does-nothing");
        QCOMPARE(preview.runs(), 0); // not while closed
        preview.setActive(true);
        QCOMPARE(preview.runs(), 1);
        QVERIFY(preview.problem().isEmpty());
        const int waitRow = preview.timeline()->rowOf("wait-two-days");
        QVERIFY(waitRow >= 0);
        // What the timeline's keys act on: Return the row's step, Space a condition's.
        QCOMPARE(preview.timeline()->stepIdAt(waitRow), QStringLiteral("wait-two-days"));
        QCOMPARE(preview.timeline()->conditionAt(waitRow), QString());
        const int conditionRow = preview.timeline()->rowOf("replied-to-thanks");
        QCOMPARE(preview.timeline()->conditionAt(conditionRow),
                 QStringLiteral("replied-to-thanks"));
        QCOMPARE(preview.timeline()->stepIdAt(preview.timeline()->count()), QString());
        const QString finalBefore = preview.timeline()->rows()[waitRow + 1].date;
        QCOMPARE(doc.canvas()->previewMark("follow-up-email").value("day").toInt(), 3);

        // An edit runs it again a moment later, not at once (typing goes on).
        QVERIFY(doc.setParam("wait-two-days", "days", 5));
        QCOMPARE(preview.runs(), 1);
        QTRY_COMPARE(preview.runs(), 2);
        QCOMPARE(preview.timeline()->rows()[waitRow + 1].date.left(10),
                 QStringLiteral("2026-12-14"));
        QVERIFY(preview.timeline()->rows()[waitRow + 1].date != finalBefore);

        // Flipping follows at once, and the scenario saved is the one run.
        QVERIFY(preview.flip("replied-to-thanks"));
        QCOMPARE(preview.runs(), 3);
        QVERIFY(preview.scenarioEdited());
        QCOMPARE(preview.timeline()->rowOf("follow-up-email"), -1);
        QVERIFY(preview.timeline()->rowOf("qualify-lead") > 0);
        const QString file = m_dir.filePath("flipped.scenario.json");
        QVERIFY(preview.saveScenario(QUrl::fromLocalFile(file)));
        const ScenarioReadResult read = readScenarioFile(file);
        QVERIFY(read.ok());
        QCOMPARE(read.scenario.steps, preview.scenario().steps);
        QCOMPARE(*read.scenario.start, *parseInstant("2026-12-07T09:00+01:00"));
        QVERIFY(checkScenario(read.scenario, doc.sequence(), activeProfile()).isEmpty());

        // A start that is no date says so; closing clears the marks.
        preview.setStartText("2026-13-07 09:00");
        QVERIFY(!preview.problem().isEmpty());
        QCOMPARE(preview.timeline()->count(), 0);
        preview.setStartText("2026-12-07 09:00");
        preview.setActive(false);
        QVERIFY(doc.canvas()->previewMark("follow-up-email").isEmpty());
    }

    void exportsCsvAndIcs()
    {
        const Sequence sequence = webinar();
        const ZoneClock clock(activeProfile().calendar);
        const QList<TimelineRow> rows =
            timelineRows(runPersona(sequence, "seller-a-day-late", clock), clock);
        const QList<QByteArray> lines = timelineCsv(rows).trimmed().split('\n');
        QCOMPARE(lines.size(), rows.size() + 1);
        QCOMPARE(lines.first(), QByteArray("day,start,end,step,name,type,status"));

        // Read back with libical: one VEVENT per manual activity, at its times.
        const QByteArray ics = timelineIcs(rows, sequence.name);
        icalcomponent *calendar = icalparser_parse_string(ics.constData());
        QVERIFY(calendar);
        QList<TimelineRow> manual;
        for (const TimelineRow &r : rows) {
            if (r.manual)
                manual.append(r);
        }
        QVERIFY(manual.size() >= 3);
        QCOMPARE(icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT),
                 int(manual.size()));
        qsizetype i = 0;
        for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
             e; e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT), ++i) {
            QCOMPARE(Minutes(icaltime_as_timet(icalcomponent_get_dtstart(e))) / 60,
                     manual[i].start);
            QCOMPARE(Minutes(icaltime_as_timet(icalcomponent_get_dtend(e))) / 60,
                     std::max(manual[i].end, manual[i].start + activityMinutes));
            const QString summary = QString::fromUtf8(icalcomponent_get_summary(e));
            QVERIFY2(summary.startsWith(manual[i].name) && summary.contains(manual[i].typeName),
                     qPrintable(summary));
        }
        icalcomponent_free(calendar);
    }
};

QTEST_MAIN(TestDesignerPreview)
#include "tst_designerpreview.moc"
