// SPDX-License-Identifier: MIT
// The simulation engine against timelines computed by hand, one row per rule of the spec
// (sequence-simulation.md sections 2, 4 and 7). Times are local (Europe/Oslo) "MM-DD HH:MM";
// 2026-12-07 is a Monday; the test profile's holidays are 12-24, 12-25, 12-26 and 01-01.
#include "simulationtestutil.h"

using namespace sd;
using simtest::lines;

class TestSimulation : public QObject
{
    Q_OBJECT

private slots:
    void timeline_data();
    void timeline();
    // Working time on days of 23 and 25 hours: a calendar where every day is a working day.
    void daylightSaving_data();
    void daylightSaving();
};

namespace {

// Steps in the short JSON the rows use.
#define AE(id, next) R"({"id": ")" id R"(", "type": "automatedEmail", "next": ")" next R"("})"
#define TASK(id, next) R"({"id": ")" id R"(", "type": "task", "next": ")" next R"("})"
#define END_TASK(id) R"({"id": ")" id R"(", "type": "task"})"
#define WAIT(id, duration, next)                                                                   \
    R"({"id": ")" id R"(", "type": "wait", "params": )" duration R"(, "next": ")" next R"("})"
#define EMAIL_IF(id, params, yes, no)                                                              \
    R"({"id": ")" id R"(", "type": "emailCondition", "params": )" params R"(, "yes": ")" yes       \
    R"(", "no": ")" no R"("})"

const QByteArray monday9 = R"("start": "2026-12-07T09:00:00+01:00")";

} // namespace

void TestSimulation::timeline_data()
{
    QTest::addColumn<QByteArray>("steps");
    QTest::addColumn<QByteArray>("options");
    QTest::addColumn<QByteArray>("scenario");
    QTest::addColumn<QStringList>("expected");

    const QByteArray skipOn = R"({"skipNonWorkingDays": true})";
    const QByteArray exitOn = R"({"exitOnEmailReply": true})";
    const QByteArray none = "{}";

    // Activities: manual ones are due at their start and end completeAfter later.
    QTest::newRow("manual and automated")
        << QByteArray("[" TASK("t1", "e1") "," AE(
               "e1", "s1") ","
                           R"({"id": "s1", "type": "automatedTextMessage", "next": "c1"},)"
                           R"({"id": "c1", "type": "phoneCall", "next": "m1"},)"
                           R"({"id": "m1", "type": "email", "next": "l1"},)"
                           R"({"id": "l1", "type": "linkedinConnect"}])")
        << none << monday9 + R"(, "seller": {"completeAfter": {"hours": 1}},
                 "steps": {"c1": {"completeAfter": {"minutes": 20}}, "l1": {"skip": true}})"
        << QStringList{"t1 done 12-07 09:00 12-07 10:00", "e1 sent 12-07 10:00 12-07 10:00",
                       "s1 sent 12-07 10:00 12-07 10:00", "c1 done 12-07 10:00 12-07 10:20",
                       "m1 done 12-07 10:20 12-07 11:20", "l1 skipped 12-07 11:20 12-07 12:20",
                       "end 12-07 12:20 completed"};
    QTest::newRow("empty sequence")
        << QByteArray("[]") << none << monday9 << QStringList{"end 12-07 09:00 completed"};

    // Waits in elapsed time.
    QTest::newRow("elapsed wait over a weekend")
        << QByteArray("[" WAIT("w1", R"({"days": 2, "hours": 3})", "t1") "," END_TASK("t1") "]")
        << none << QByteArray(R"("start": "2026-12-11T15:00:00+01:00")")
        << QStringList{"w1 waited 12-11 15:00 12-13 18:00", "t1 done 12-13 18:00 12-13 18:00",
                       "end 12-13 18:00 completed"};
    QTest::newRow("draft wait: missing days")
        << QByteArray("[" WAIT("w1", R"({"hours": 5})", "t1") "," END_TASK("t1") "]") << none
        << monday9
        << QStringList{"w1 waited 12-07 09:00 12-07 14:00", "t1 done 12-07 14:00 12-07 14:00",
                       "end 12-07 14:00 completed"};
    QTest::newRow("draft wait: negative total")
        << QByteArray("[" WAIT("w1", R"({"days": -1, "hours": 5})", "t1") "," END_TASK("t1") "]")
        << none << monday9
        << QStringList{"w1 waited 12-07 09:00 12-07 09:00", "t1 done 12-07 09:00 12-07 09:00",
                       "end 12-07 09:00 completed"};
    QTest::newRow("draft wait: no params")
        << QByteArray(R"([{"id": "w1", "type": "wait", "next": "t1"},)" END_TASK("t1") "]") << none
        << monday9
        << QStringList{"w1 waited 12-07 09:00 12-07 09:00", "t1 done 12-07 09:00 12-07 09:00",
                       "end 12-07 09:00 completed"};

    // Waits in working time (spec section 2's examples first).
    const QByteArray waitDay = "[" WAIT("w1", R"({"days": 1})", "t1") "," END_TASK("t1") "]";
    QTest::newRow("working wait from Friday 15:00")
        << waitDay << skipOn << QByteArray(R"("start": "2026-12-11T15:00:00+01:00")")
        << QStringList{"w1 waited 12-11 15:00 12-14 15:00", "t1 done 12-14 15:00 12-14 15:00",
                       "end 12-14 15:00 completed"};
    QTest::newRow("working wait from Saturday 10:00")
        << waitDay << skipOn << QByteArray(R"("start": "2026-12-12T10:00:00+01:00")")
        << QStringList{"w1 waited 12-12 10:00 12-15 00:00", "t1 done 12-15 00:00 12-15 00:00",
                       "end 12-15 00:00 completed"};
    QTest::newRow("working wait complete at the end of Friday")
        << waitDay << skipOn << QByteArray(R"("start": "2026-12-11T00:00:00+01:00")")
        << QStringList{"w1 waited 12-11 00:00 12-14 00:00", "t1 done 12-14 00:00 12-14 00:00",
                       "end 12-14 00:00 completed"};
    QTest::newRow("working wait complete at the end of Thursday")
        << waitDay << skipOn << QByteArray(R"("start": "2026-12-10T00:00:00+01:00")")
        << QStringList{"w1 waited 12-10 00:00 12-11 00:00", "t1 done 12-11 00:00 12-11 00:00",
                       "end 12-11 00:00 completed"};
    QTest::newRow("working wait over Christmas holidays")
        << waitDay << skipOn << QByteArray(R"("start": "2026-12-23T10:00:00+01:00")")
        << QStringList{"w1 waited 12-23 10:00 12-28 10:00", "t1 done 12-28 10:00 12-28 10:00",
                       "end 12-28 10:00 completed"};
    QTest::newRow("working wait of hours from Friday evening")
        << QByteArray("[" WAIT("w1", R"({"hours": 5})", "t1") "," END_TASK("t1") "]") << skipOn
        << QByteArray(R"("start": "2026-12-11T20:00:00+01:00")")
        << QStringList{"w1 waited 12-11 20:00 12-14 01:00", "t1 done 12-14 01:00 12-14 01:00",
                       "end 12-14 01:00 completed"};
    QTest::newRow("zero working wait on a Saturday")
        << QByteArray("[" WAIT("w1", R"({"days": 0, "hours": 0})", "t1") "," END_TASK("t1") "]")
        << skipOn << QByteArray(R"("start": "2026-12-12T10:00:00+01:00")")
        << QStringList{"w1 waited 12-12 10:00 12-12 10:00", "t1 done 12-14 00:00 12-14 00:00",
                       "end 12-14 00:00 completed"};

    // No activity starts on a non-working day; conditions and commands do.
    const QByteArray lateTask = "[" TASK("t1", "f1") R"(, {"id": "f1", "type": "fieldCondition",
               "params": {"match": "all", "rules": []}, "yes": "e1"},)" AE("e1", "") "]";
    const QByteArray thursday = R"("start": "2026-12-10T10:00:00+01:00",
            "steps": {"t1": {"completeAfter": {"days": 2}}})";
    QTest::newRow("activity moved off a weekend")
        << lateTask << skipOn << thursday
        << QStringList{"t1 done 12-10 10:00 12-12 10:00", "f1 yes 12-12 10:00 12-12 10:00",
                       "e1 sent 12-14 00:00 12-14 00:00", "end 12-14 00:00 completed"};
    QTest::newRow("weekends count without skipNonWorkingDays")
        << lateTask << none << thursday
        << QStringList{"t1 done 12-10 10:00 12-12 10:00", "f1 yes 12-12 10:00 12-12 10:00",
                       "e1 sent 12-12 10:00 12-12 10:00", "end 12-12 10:00 completed"};
    QTest::newRow("start on a holiday")
        << QByteArray("[" END_TASK("t1") "]") << skipOn
        << QByteArray(R"("start": "2026-12-24T09:00:00+01:00")")
        << QStringList{"t1 done 12-28 00:00 12-28 00:00", "end 12-28 00:00 completed"};
    QTest::newRow("activity moved over the spring daylight-saving weekend")
        << QByteArray("[" END_TASK("t1") "]") << skipOn
        << QByteArray(R"("start": "2027-03-27T12:00:00+01:00")")
        << QStringList{"t1 done 03-29 00:00 03-29 00:00", "end 03-29 00:00 completed"};
    QTest::newRow("elapsed wait over the spring daylight-saving change")
        << waitDay << none << QByteArray(R"("start": "2027-03-27T12:00:00+01:00")")
        << QStringList{"w1 waited 03-27 12:00 03-28 13:00", "t1 done 03-28 13:00 03-28 13:00",
                       "end 03-28 13:00 completed"};

    // Email conditions.
    const auto emailIf = [](const char *params) {
        return QByteArray("[" AE("e1", "c1") ",") +
               QByteArray(R"({"id": "c1", "type": "emailCondition", "params": )") + params +
               R"(, "yes": "y1", "no": "n1"},)" END_TASK("y1") "," END_TASK("n1") "]";
    };
    const char *openedTwoDays =
        R"({"events": ["opened"], "match": "any", "within": {"days": 2, "hours": 0}})";
    const char *openedTwoDaysNow = R"({"events": ["opened"], "match": "any",
            "within": {"days": 2, "hours": 0}, "advanceImmediately": true})";
    const QByteArray opened5h =
        monday9 + R"(, "steps": {"e1": {"events": {"opened": {"hours": 5}}}})";
    QTest::newRow("email condition met, waits for its deadline")
        << emailIf(openedTwoDays) << none << opened5h
        << QStringList{"e1 sent 12-07 09:00 12-07 09:00", "c1 yes 12-07 09:00 12-09 09:00",
                       "y1 done 12-09 09:00 12-09 09:00", "end 12-09 09:00 completed"};
    QTest::newRow("email condition met, advances immediately")
        << emailIf(openedTwoDaysNow) << none << opened5h
        << QStringList{"e1 sent 12-07 09:00 12-07 09:00", "c1 yes 12-07 09:00 12-07 14:00",
                       "y1 done 12-07 14:00 12-07 14:00", "end 12-07 14:00 completed"};
    const QByteArray openedAndReplied = monday9 + R"(, "steps": {"e1": {"events":
            {"opened": {"hours": 5}, "replied": {"hours": 2}}}})";
    QTest::newRow("match any: the earliest event")
        << emailIf(R"({"events": ["opened", "replied"], "match": "any",
                 "within": {"days": 2}, "advanceImmediately": true})")
        << none << openedAndReplied
        << QStringList{"e1 sent 12-07 09:00 12-07 09:00", "c1 yes 12-07 09:00 12-07 11:00",
                       "y1 done 12-07 11:00 12-07 11:00", "end 12-07 11:00 completed"};
    QTest::newRow("match all: the latest event")
        << emailIf(R"({"events": ["opened", "replied"], "match": "all",
                 "within": {"days": 2}, "advanceImmediately": true})")
        << none << openedAndReplied
        << QStringList{"e1 sent 12-07 09:00 12-07 09:00", "c1 yes 12-07 09:00 12-07 14:00",
                       "y1 done 12-07 14:00 12-07 14:00", "end 12-07 14:00 completed"};
    QTest::newRow("match all: one event never happens")
        << emailIf(R"({"events": ["opened", "linkClicked"], "match": "all",
                 "within": {"days": 2}, "advanceImmediately": true})")
        << none << openedAndReplied
        << QStringList{"e1 sent 12-07 09:00 12-07 09:00", "c1 no 12-07 09:00 12-09 09:00",
                       "n1 done 12-09 09:00 12-09 09:00", "end 12-09 09:00 completed"};
    QTest::newRow("match other than all is any")
        << emailIf(R"({"events": ["linkClicked", "opened"], "match": "some",
                 "within": {"days": 2}, "advanceImmediately": true})")
        << none << openedAndReplied
        << QStringList{"e1 sent 12-07 09:00 12-07 09:00", "c1 yes 12-07 09:00 12-07 14:00",
                       "y1 done 12-07 14:00 12-07 14:00", "end 12-07 14:00 completed"};
    QTest::newRow("event after the deadline")
        << emailIf(openedTwoDaysNow) << none
        << monday9 + R"(, "steps": {"e1": {"events": {"opened": {"days": 2, "minutes": 1}}}})"
        << QStringList{"e1 sent 12-07 09:00 12-07 09:00", "c1 no 12-07 09:00 12-09 09:00",
                       "n1 done 12-09 09:00 12-09 09:00", "end 12-09 09:00 completed"};
    QTest::newRow("event exactly at the deadline")
        << emailIf(openedTwoDaysNow) << none
        << monday9 + R"(, "steps": {"e1": {"events": {"opened": {"days": 2}}}})"
        << QStringList{"e1 sent 12-07 09:00 12-07 09:00", "c1 yes 12-07 09:00 12-09 09:00",
                       "y1 done 12-09 09:00 12-09 09:00", "end 12-09 09:00 completed"};
    QTest::newRow("no events: never met")
        << emailIf(R"({"match": "any", "within": {"hours": 3}, "advanceImmediately": true})")
        << none << openedAndReplied
        << QStringList{"e1 sent 12-07 09:00 12-07 09:00", "c1 no 12-07 09:00 12-07 12:00",
                       "n1 done 12-07 12:00 12-07 12:00", "end 12-07 12:00 completed"};
    QTest::newRow("deadline in elapsed time even with skipNonWorkingDays")
        << emailIf(openedTwoDays) << skipOn << QByteArray(R"("start": "2026-12-11T09:00:00+01:00")")
        << QStringList{"e1 sent 12-11 09:00 12-11 09:00", "c1 no 12-11 09:00 12-13 09:00",
                       "n1 done 12-14 00:00 12-14 00:00", "end 12-14 00:00 completed"};
    QTest::newRow("event before the condition starts")
        << QByteArray("[" AE("e1", "w1") "," WAIT("w1", R"({"days": 1})", "c1") "," EMAIL_IF(
               "c1", R"({"events": ["opened"], "within": {"days": 1},
                              "advanceImmediately": true})",
               "y1", "n1") "," END_TASK("y1") "," END_TASK("n1") "]")
        << none << monday9 + R"(, "steps": {"e1": {"events": {"opened": {"hours": 2}}}})"
        << QStringList{"e1 sent 12-07 09:00 12-07 09:00", "w1 waited 12-07 09:00 12-08 09:00",
                       "c1 yes 12-08 09:00 12-08 09:00", "y1 done 12-08 09:00 12-08 09:00",
                       "end 12-08 09:00 completed"};
    const QByteArray manualEmailIf =
        QByteArray(R"([{"id": "m1", "type": "email", "next": "c1"},)" EMAIL_IF(
            "c1", R"({"events": ["opened"], "within": {"days": 1}, "advanceImmediately": true})",
            "y1", "n1") "," END_TASK("y1") "," END_TASK("n1") "]");
    QTest::newRow("manual email: events from its completion")
        << manualEmailIf << none << monday9 + R"(, "steps": {"m1": {"completeAfter": {"hours": 1},
                  "events": {"opened": {"hours": 1}}}})"
        << QStringList{"m1 done 12-07 09:00 12-07 10:00", "c1 yes 12-07 10:00 12-07 11:00",
                       "y1 done 12-07 11:00 12-07 11:00", "end 12-07 11:00 completed"};
    QTest::newRow("skipped email: no at once")
        << manualEmailIf << none
        << monday9 + R"(, "steps": {"m1": {"skip": true, "events": {"opened": {"hours": 1}}}})"
        << QStringList{"m1 skipped 12-07 09:00 12-07 09:00", "c1 no 12-07 09:00 12-07 09:00",
                       "n1 done 12-07 09:00 12-07 09:00", "end 12-07 09:00 completed"};
    QTest::newRow("no email above: no at the deadline")
        << QByteArray("[" TASK("t1", "c1") "," EMAIL_IF(
               "c1", R"({"events": ["opened"],
                   "within": {"days": 1}, "advanceImmediately": true})",
               "y1", "n1") "," END_TASK("y1") "," END_TASK("n1") "]")
        << none << monday9
        << QStringList{"t1 done 12-07 09:00 12-07 09:00", "c1 no 12-07 09:00 12-08 09:00",
                       "n1 done 12-08 09:00 12-08 09:00", "end 12-08 09:00 completed"};
    QTest::newRow("the nearest email counts")
        << QByteArray("[" AE("e1", "e2") "," AE("e2", "c1") "," EMAIL_IF(
               "c1", R"({"events": ["opened"], "within": {"hours": 4},
                   "advanceImmediately": true})",
               "y1", "n1") "," END_TASK("y1") "," END_TASK("n1") "]")
        << none << monday9 + R"(, "steps": {"e1": {"events": {"opened": {"hours": 1}}}})"
        << QStringList{"e1 sent 12-07 09:00 12-07 09:00", "e2 sent 12-07 09:00 12-07 09:00",
                       "c1 no 12-07 09:00 12-07 13:00", "n1 done 12-07 13:00 12-07 13:00",
                       "end 12-07 13:00 completed"};
    QTest::newRow("A/B test is an email step with a version")
        << QByteArray(R"([{"id": "ab", "type": "abTest", "next": "c1"},)" EMAIL_IF(
               "c1", R"({"events": ["opened"], "within": {"days": 1},
                   "advanceImmediately": true})",
               "y1", "n1") "," END_TASK("y1") "," END_TASK("n1") "]")
        << none
        << monday9 + R"(, "steps": {"ab": {"version": "B", "events": {"opened": {"hours": 1}}}})"
        << QStringList{"ab sent 12-07 09:00 12-07 09:00 B", "c1 yes 12-07 09:00 12-07 10:00",
                       "y1 done 12-07 10:00 12-07 10:00", "end 12-07 10:00 completed"};
    QTest::newRow("A/B test: the default version")
        << QByteArray(R"([{"id": "ab", "type": "abTest", "params": {"defaultVersion": "B"}}])")
        << none << monday9
        << QStringList{"ab sent 12-07 09:00 12-07 09:00 B", "end 12-07 09:00 completed"};
    QTest::newRow("A/B test: A without a default")
        << QByteArray(R"([{"id": "ab", "type": "abTest"}])") << none << monday9
        << QStringList{"ab sent 12-07 09:00 12-07 09:00 A", "end 12-07 09:00 completed"};

    // Exit on reply.
    const QByteArray replied5h =
        monday9 + R"(, "steps": {"e1": {"events": {"replied": {"hours": 5}}}})";
    QTest::newRow("reply during a wait stops it")
        << QByteArray(
               "[" AE("e1", "w1") "," WAIT("w1", R"({"days": 1})", "t1") "," END_TASK("t1") "]")
        << exitOn << replied5h
        << QStringList{"e1 sent 12-07 09:00 12-07 09:00", "w1 stopped 12-07 09:00 12-07 14:00",
                       "end 12-07 14:00 replied"};
    QTest::newRow("reply after the path ends")
        << QByteArray("[" AE("e1", "t1") "," END_TASK("t1") "]") << exitOn << replied5h
        << QStringList{"e1 sent 12-07 09:00 12-07 09:00", "t1 done 12-07 09:00 12-07 09:00",
                       "end 12-07 09:00 completed"};
    QTest::newRow("step ending at the reply keeps its status")
        << QByteArray(
               "[" AE("e1", "w1") "," WAIT("w1", R"({"hours": 5})", "t1") "," END_TASK("t1") "]")
        << exitOn << replied5h
        << QStringList{"e1 sent 12-07 09:00 12-07 09:00", "w1 waited 12-07 09:00 12-07 14:00",
                       "end 12-07 14:00 replied"};
    QTest::newRow("path ending at the reply completes")
        << QByteArray("[" AE("e1", "w1") "," WAIT("w1", R"({"hours": 5})", "") "]") << exitOn
        << replied5h
        << QStringList{"e1 sent 12-07 09:00 12-07 09:00", "w1 waited 12-07 09:00 12-07 14:00",
                       "end 12-07 14:00 completed"};
    QTest::newRow("reply at once to an automated email")
        << QByteArray("[" AE("e1", "t1") "," END_TASK("t1") "]") << exitOn
        << monday9 + R"(, "steps": {"e1": {"events": {"replied": {}}}})"
        << QStringList{"e1 sent 12-07 09:00 12-07 09:00", "end 12-07 09:00 replied"};
    QTest::newRow("replies ignored without exitOnEmailReply")
        << QByteArray(
               "[" AE("e1", "w1") "," WAIT("w1", R"({"days": 1})", "t1") "," END_TASK("t1") "]")
        << none << replied5h
        << QStringList{"e1 sent 12-07 09:00 12-07 09:00", "w1 waited 12-07 09:00 12-08 09:00",
                       "t1 done 12-08 09:00 12-08 09:00", "end 12-08 09:00 completed"};
    QTest::newRow("a manual email stopped is never sent")
        << QByteArray("[" AE("e1", "m1") R"(, {"id": "m1", "type": "email"}])") << exitOn
        << monday9 + R"(, "steps": {"e1": {"events": {"replied": {"hours": 1}}},
                  "m1": {"completeAfter": {"hours": 2}, "events": {"replied": {}}}})"
        << QStringList{"e1 sent 12-07 09:00 12-07 09:00", "m1 stopped 12-07 09:00 12-07 10:00",
                       "end 12-07 10:00 replied"};
    QTest::newRow("a condition running at the reply is stopped")
        << emailIf(openedTwoDays) << exitOn
        << monday9 + R"(, "steps": {"e1": {"events": {"opened": {"hours": 1},
                  "replied": {"hours": 5}}}})"
        << QStringList{"e1 sent 12-07 09:00 12-07 09:00", "c1 stopped 12-07 09:00 12-07 14:00",
                       "end 12-07 14:00 replied"};
    QTest::newRow("a condition met by the reply keeps yes")
        << emailIf(R"({"events": ["replied"], "within": {"days": 2},
                 "advanceImmediately": true})")
        << exitOn << replied5h
        << QStringList{"e1 sent 12-07 09:00 12-07 09:00", "c1 yes 12-07 09:00 12-07 14:00",
                       "end 12-07 14:00 replied"};
    QTest::newRow("reply before an activity moved off the weekend")
        << QByteArray("[" AE("e1", "t1") "," TASK("t1", "e2") "," AE("e2", "") "]")
        << QByteArray(R"({"exitOnEmailReply": true, "skipNonWorkingDays": true})")
        << QByteArray(R"("start": "2026-12-11T09:00:00+01:00", "steps": {
                  "e1": {"events": {"replied": {"days": 1}}}, "t1": {"completeAfter": {"hours": 16}}})")
        << QStringList{"e1 sent 12-11 09:00 12-11 09:00", "t1 done 12-11 09:00 12-12 01:00",
                       "end 12-12 09:00 replied"};
    QTest::newRow("a skipped email's reply never happens")
        << QByteArray(R"([{"id": "m1", "type": "email", "next": "w1"},)" WAIT(
               "w1", R"({"days": 1})", "") "]")
        << exitOn << monday9 + R"(, "steps": {"m1": {"skip": true, "events": {"replied": {}}}})"
        << QStringList{"m1 skipped 12-07 09:00 12-07 09:00", "w1 waited 12-07 09:00 12-08 09:00",
                       "end 12-08 09:00 completed"};

    // Call conditions.
    const auto callIf = [](const char *outcomes) {
        return QByteArray(R"([{"id": "c1", "type": "phoneCall", "next": "cc"},
                {"id": "cc", "type": "callCondition", "params": {"outcomes": )") +
               outcomes + R"(}, "yes": "y1", "no": "n1"},)" END_TASK("y1") "," END_TASK("n1") "]";
    };
    const QStringList callYes{"c1 done 12-07 09:00 12-07 09:00", "cc yes 12-07 09:00 12-07 09:00",
                              "y1 done 12-07 09:00 12-07 09:00", "end 12-07 09:00 completed"};
    const QStringList callNo{"c1 done 12-07 09:00 12-07 09:00", "cc no 12-07 09:00 12-07 09:00",
                             "n1 done 12-07 09:00 12-07 09:00", "end 12-07 09:00 completed"};
    QTest::newRow("call outcome matches")
        << callIf(R"(["made", "received"])") << none
        << monday9 + R"(, "steps": {"c1": {"outcome": "made"}})" << callYes;
    QTest::newRow("call outcome differs")
        << callIf(R"(["made"])") << none
        << monday9 + R"(, "steps": {"c1": {"outcome": "voicemail"}})" << callNo;
    QTest::newRow("call without outcome") << callIf(R"(["made"])") << none << monday9 << callNo;
    QTest::newRow("draft: no outcomes never match")
        << callIf("[]") << none << monday9 + R"(, "steps": {"c1": {"outcome": "made"}})" << callNo;
    QTest::newRow("skipped call") << callIf(R"(["made"])") << none
                                  << monday9 +
                                         R"(, "steps": {"c1": {"outcome": "made", "skip": true}})"
                                  << QStringList{"c1 skipped 12-07 09:00 12-07 09:00",
                                                 "cc no 12-07 09:00 12-07 09:00",
                                                 "n1 done 12-07 09:00 12-07 09:00",
                                                 "end 12-07 09:00 completed"};
    QTest::newRow("the nearest call counts")
        << QByteArray(R"([{"id": "c0", "type": "phoneCall", "next": "c1"},)") +
               callIf(R"(["made"])").mid(1)
        << none
        << monday9 + R"(, "steps": {"c0": {"outcome": "made"}, "c1": {"outcome": "voicemail"}})"
        << (QStringList{"c0 done 12-07 09:00 12-07 09:00"} + callNo);
    QTest::newRow("no call above")
        << QByteArray(R"([{"id": "cc", "type": "callCondition",
                 "params": {"outcomes": ["made"]}, "yes": "y1", "no": "n1"},)" END_TASK(
               "y1") "," END_TASK("n1") "]")
        << none << monday9
        << QStringList{"cc no 12-07 09:00 12-07 09:00", "n1 done 12-07 09:00 12-07 09:00",
                       "end 12-07 09:00 completed"};

    // Fields, stages, commands.
    const QByteArray ratingIsHot = R"({"id": "f1", "type": "fieldCondition", "params":
            {"match": "all", "rules": [{"field": "rating", "operator": "equals", "value": 1}]},
            "yes": "y1", "no": "n1"},)" END_TASK("y1") "," END_TASK("n1") "]";
    QTest::newRow("update field feeds a later condition")
        << QByteArray(R"([{"id": "u1", "type": "updateField",
                 "params": {"field": "rating", "value": 1}, "next": "f1"},)") +
               ratingIsHot
        << none << monday9 + R"(, "record": {"fields": {"rating": 3}})"
        << QStringList{"u1 updated 12-07 09:00 12-07 09:00", "f1 yes 12-07 09:00 12-07 09:00",
                       "y1 done 12-07 09:00 12-07 09:00", "end 12-07 09:00 completed"};
    QTest::newRow("field condition on the scenario's record")
        << QByteArray("[") + ratingIsHot << none
        << monday9 + R"(, "record": {"fields": {"rating": 3}})"
        << QStringList{"f1 no 12-07 09:00 12-07 09:00", "n1 done 12-07 09:00 12-07 09:00",
                       "end 12-07 09:00 completed"};
    QTest::newRow("update field without a value empties it")
        << QByteArray(R"([{"id": "u1", "type": "updateField", "params": {"field": "rating"},
                 "next": "f1"}, {"id": "f1", "type": "fieldCondition", "params": {"rules":
                 [{"field": "rating", "operator": "isEmpty"}]}, "yes": "y1", "no": "n1"},)") +
               END_TASK("y1") "," END_TASK("n1") "]"
        << none << monday9 + R"(, "record": {"fields": {"rating": 3}})"
        << QStringList{"u1 updated 12-07 09:00 12-07 09:00", "f1 yes 12-07 09:00 12-07 09:00",
                       "y1 done 12-07 09:00 12-07 09:00", "end 12-07 09:00 completed"};
    const auto stageIf = [](const char *params) {
        return QByteArray(R"([{"id": "sc", "type": "stageCondition", "params": )") + params +
               R"(, "yes": "y1", "no": "n1"},)" END_TASK("y1") "," END_TASK("n1") "]";
    };
    const QByteArray developing = monday9 + R"(, "record": {"stage":
            {"process": "Lead to Opportunity Sales Process", "stage": "Develop"}})";
    const QStringList stageYes{"sc yes 12-07 09:00 12-07 09:00", "y1 done 12-07 09:00 12-07 09:00",
                               "end 12-07 09:00 completed"};
    const QStringList stageNo{"sc no 12-07 09:00 12-07 09:00", "n1 done 12-07 09:00 12-07 09:00",
                              "end 12-07 09:00 completed"};
    QTest::newRow("stage in the set") << stageIf(R"({"process": "Lead to Opportunity Sales Process",
                 "stages": ["Propose", "Develop"]})")
                                      << none << developing << stageYes;
    QTest::newRow("stage not in the set")
        << stageIf(R"({"process": "Lead to Opportunity Sales Process", "stages": ["Qualify"]})")
        << none << developing << stageNo;
    QTest::newRow("stage names compare exactly")
        << stageIf(R"({"process": "Lead to Opportunity Sales Process", "stages": ["develop"]})")
        << none << developing << stageNo;
    QTest::newRow("another process") << stageIf(R"({"process": "Other", "stages": ["Develop"]})")
                                     << none << developing << stageNo;
    QTest::newRow("record without a stage")
        << stageIf(R"({"process": "Lead to Opportunity Sales Process", "stages": ["Develop"]})")
        << none << monday9 << stageNo;
    QTest::newRow("advance to another sequence")
        << QByteArray("[" TASK("t1", "a1") R"(, {"id": "a1", "type": "advanceToSequence",
                 "params": {"sequence": "9b2f8c1e-0000-4000-8000-000000000001"}, "next": "t2"},)" END_TASK(
               "t2") "]")
        << none << monday9
        << QStringList{"t1 done 12-07 09:00 12-07 09:00", "a1 advanced 12-07 09:00 12-07 09:00",
                       "end 12-07 09:00 advanced 9b2f8c1e-0000-4000-8000-000000000001"};
    QTest::newRow("advance without a target")
        << QByteArray("[" TASK("t1", "a1") R"(, {"id": "a1", "type": "advanceToSequence"}])")
        << none << monday9
        << QStringList{"t1 done 12-07 09:00 12-07 09:00", "a1 advanced 12-07 09:00 12-07 09:00",
                       "end 12-07 09:00 advanced null"};
}

void TestSimulation::timeline()
{
    QFETCH(QByteArray, steps);
    QFETCH(QByteArray, options);
    QFETCH(QByteArray, scenario);
    QFETCH(QStringList, expected);
    const Sequence sequence = simtest::sequence(steps, options);
    const Scenario s = simtest::scenario(scenario);
    QVERIFY2(checkScenario(s, sequence, simtest::osloProfile()).isEmpty(),
             qPrintable(checkScenario(s, sequence, simtest::osloProfile()).value(0).message));
    const ZoneClock clock(simtest::osloProfile().calendar);
    const SimulationResult r = Simulator(sequence, simtest::osloProfile(), clock).run(s);
    QCOMPARE(lines(r, clock).join(u'\n'), expected.join(u'\n'));
}

void TestSimulation::daylightSaving_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QByteArray>("wait");
    QTest::addColumn<QString>("end");
    // The spring Sunday has 23 hours: a day of working time ends an hour into Monday.
    QTest::newRow("spring, one day") << QByteArray("2027-03-28T00:00:00+01:00")
                                     << QByteArray(R"({"days": 1})") << "2027-03-29T01:00:00+02:00";
    QTest::newRow("spring, over the gap")
        << QByteArray("2027-03-28T01:00:00+01:00") << QByteArray(R"({"hours": 2})")
        << "2027-03-28T04:00:00+02:00";
    // The autumn Sunday has 25 hours: a day of working time ends at 23:00 the same day.
    QTest::newRow("autumn, one day") << QByteArray("2026-10-25T00:00:00+02:00")
                                     << QByteArray(R"({"days": 1})") << "2026-10-25T23:00:00+01:00";
    QTest::newRow("autumn, two hours over the change")
        << QByteArray("2026-10-25T01:30:00+02:00") << QByteArray(R"({"hours": 2})")
        << "2026-10-25T02:30:00+01:00";
}

void TestSimulation::daylightSaving()
{
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, wait);
    QFETCH(QString, end);
    const Profile everyDay = simtest::withCalendar(
        R"({"timeZone": "Europe/Oslo", "workingDays": ["mon", "tue", "wed", "thu", "fri",
                "sat", "sun"]})");
    const Sequence s =
        simtest::sequence(QByteArray(R"([{"id": "w1", "type": "wait", "params": )") + wait + "}]",
                          R"({"skipNonWorkingDays": true})");
    const ZoneClock clock(everyDay.calendar);
    const SimulationResult r =
        Simulator(s, everyDay, clock).run(simtest::scenario("\"start\": \"" + start + "\""));
    QCOMPARE(r.steps.size(), 1);
    QCOMPARE(clock.format(r.steps.first().end), end);
}

QTEST_GUILESS_MAIN(TestSimulation)
#include "tst_simulation.moc"
