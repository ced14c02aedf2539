// SPDX-License-Identifier: MIT
// The built-in personas (resources/scenarios/): each loads, has a Norwegian name, and applies to
// a sequence it knows no step ids of, through `personaSteps` (docs/simulation.md).
#include "simulation/personas.h"
#include "simulationtestutil.h"

using namespace sd;

namespace {

// e1 → c1 opened? ─yes→ c2 replied? ─yes→ t1
//                                   └no→ p1 → cc made? ─yes→ e2 / no→ t2
//      └no→ p1b → cc2 made? ─yes→ t3 / no→ t4
const QByteArray steps = R"([
  {"id": "e1", "type": "automatedEmail", "next": "c1"},
  {"id": "c1", "type": "emailCondition", "params": {"events": ["opened"], "match": "any",
   "within": {"days": 2}, "advanceImmediately": true}, "yes": "c2", "no": "p1b"},
  {"id": "c2", "type": "emailCondition", "params": {"events": ["replied"], "match": "any",
   "within": {"days": 2}, "advanceImmediately": true}, "yes": "t1", "no": "p1"},
  {"id": "t1", "type": "task"},
  {"id": "p1", "type": "phoneCall", "next": "cc"},
  {"id": "cc", "type": "callCondition", "params": {"outcomes": ["made"]}, "yes": "e2", "no": "t2"},
  {"id": "e2", "type": "automatedEmail"},
  {"id": "t2", "type": "task"},
  {"id": "p1b", "type": "phoneCall", "next": "cc2"},
  {"id": "cc2", "type": "callCondition", "params": {"outcomes": ["made"]}, "yes": "t3", "no": "t4"},
  {"id": "t3", "type": "task"},
  {"id": "t4", "type": "task"}])";

} // namespace

class TestPersonas : public QObject
{
    Q_OBJECT

private slots:
    void timeline_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("does nothing")
            << "does-nothing"
            << QStringList{"e1 sent 12-07 09:00 12-07 09:00",  "c1 no 12-07 09:00 12-09 09:00",
                           "p1b done 12-09 09:00 12-09 09:00", "cc2 no 12-09 09:00 12-09 09:00",
                           "t4 done 12-09 09:00 12-09 09:00",  "end 12-09 09:00 completed"};
        QTest::newRow("opens but never replies")
            << "opens-never-replies"
            << QStringList{"e1 sent 12-07 09:00 12-07 09:00", "c1 yes 12-07 09:00 12-07 11:00",
                           "c2 no 12-07 11:00 12-09 11:00",   "p1 done 12-09 11:00 12-09 11:00",
                           "cc no 12-09 11:00 12-09 11:00",   "t2 done 12-09 11:00 12-09 11:00",
                           "end 12-09 11:00 completed"};
        QTest::newRow("replies to the first email after a day")
            << "replies-after-a-day"
            << QStringList{"e1 sent 12-07 09:00 12-07 09:00", "c1 yes 12-07 09:00 12-07 11:00",
                           "c2 yes 12-07 11:00 12-08 09:00", "t1 done 12-08 09:00 12-08 09:00",
                           "end 12-08 09:00 completed"};
        QTest::newRow("answers the first call")
            << "answers-first-call"
            << QStringList{"e1 sent 12-07 09:00 12-07 09:00",  "c1 no 12-07 09:00 12-09 09:00",
                           "p1b done 12-09 09:00 12-09 09:00", "cc2 yes 12-09 09:00 12-09 09:00",
                           "t3 done 12-09 09:00 12-09 09:00",  "end 12-09 09:00 completed"};
        QTest::newRow("seller a day late on everything")
            << "seller-a-day-late"
            << QStringList{"e1 sent 12-07 09:00 12-07 09:00",  "c1 no 12-07 09:00 12-09 09:00",
                           "p1b done 12-09 09:00 12-10 09:00", "cc2 no 12-10 09:00 12-10 09:00",
                           "t4 done 12-10 09:00 12-11 09:00",  "end 12-11 09:00 completed"};
    }

    void timeline()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, expected);
        std::optional<Scenario> s = personaScenario(id);
        QVERIFY(s);
        QVERIFY(!s->start); // a persona takes the start it is given
        s->start = *parseInstant("2026-12-07T09:00+01:00");
        const Sequence sequence = simtest::sequence(steps);
        // A persona names no step, so it fits any sequence.
        QVERIFY(checkScenario(*s, sequence, Profile::defaultProfile(), true).isEmpty());
        const ZoneClock clock(simtest::osloProfile().calendar);
        const SimulationResult r = Simulator(sequence, simtest::osloProfile(), clock).run(*s);
        QCOMPARE(simtest::lines(r, clock).join(u'\n'), expected.join(u'\n'));
    }

    // A step the scenario names keeps its own behaviour over the persona's rules.
    void namedStepWins()
    {
        std::optional<Scenario> s = personaScenario("replies-after-a-day");
        QVERIFY(s);
        s->start = *parseInstant("2026-12-07T09:00+01:00");
        s->steps.insert("e1", StepBehaviour{});
        const ZoneClock clock(simtest::osloProfile().calendar);
        const SimulationResult r =
            Simulator(simtest::sequence(steps), simtest::osloProfile(), clock).run(*s);
        QCOMPARE(r.steps.value(1).status, StepStatus::No);
    }

    void names()
    {
        QCOMPARE(personas().size(), 5);
        for (const Persona &p : personas()) {
            const std::optional<Scenario> s = personaScenario(p.id);
            QVERIFY2(s, qPrintable(p.id));
            QCOMPARE(s->name, QString::fromLatin1(p.name)); // the file and the table agree
        }
        QVERIFY(!personaScenario("no-such"));
        QCOMPARE(scenarioDisplayName("My own scenario"), QStringLiteral("My own scenario"));
    }
};

QTEST_GUILESS_MAIN(TestPersonas)
#include "tst_personas.moc"
