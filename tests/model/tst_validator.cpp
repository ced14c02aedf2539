// SPDX-License-Identifier: MIT
// The structure, graph and path rules of the validator (step.*, graph.*, rule.*, lint.*), one or
// more failing rows per rule with passing counterparts, and deep or cyclic trees. The parameter
// rules are in tst_validatorparams.cpp.
#include "validatortestutil.h"

#include <QElapsedTimer>

using namespace sd;
using namespace vt;

namespace {

// email -> opened? (yes: call, no: task)
Sequence branchy()
{
    return seq("intro",
               {step("intro", "email", "opened"), cond("opened", "emailCondition", "call", "task"),
                step("call", "phoneCall"), step("task", "task")});
}

// A chain of `count` tasks, the last linking to `lastNext`.
Sequence chain(int count, const QString &lastNext = {})
{
    QList<Step> steps;
    steps.reserve(count);
    for (int i = 0; i < count; ++i)
        steps.append(step(QStringLiteral("s%1").arg(i), "task",
                          i + 1 < count ? QStringLiteral("s%1").arg(i + 1) : lastNext));
    return seq("s0", steps);
}

qsizetype countCode(const Diagnostics &list, const QString &code)
{
    return std::count_if(list.cbegin(), list.cend(),
                         [&](const Diagnostic &d) { return d.code == code; });
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void stepRules_data()
    {
        addColumns();
        const QString dup = "step.duplicateId";
        row("duplicate: a later step repeats an id",
            seq("a", {step("a", "email", "b"), step("b", "task"), step("a", "task")}), dup,
            Expect::Error, "a");
        row("duplicate: passes with distinct ids", branchy(), dup, Expect::Absent);
        const QString unknown = "step.unknownType";
        row("unknown type: fax", seq("a", {step("a", "email", "b"), step("b", "sendFax")}), unknown,
            Expect::Error, "b");
        row("unknown type: empty type", seq("a", {step("a", "")}), unknown, Expect::Error, "a");
        row("unknown type: passes with catalogue types", branchy(), unknown, Expect::Absent);
        const QString bad = "step.badLink";
        row("bad link: next names no step", seq("a", {step("a", "email", "ghost")}), bad,
            Expect::Error, "a");
        row("bad link: yes names no step",
            seq("a", {step("a", "email", "c"), cond("c", "emailCondition", "ghost")}), bad,
            Expect::Error, "c");
        Step conditionWithNext = cond("c", "emailCondition", {});
        conditionWithNext.next = "t";
        row("bad link: a condition uses next",
            seq("a", {step("a", "email", "c"), conditionWithNext, step("t", "task")}), bad,
            Expect::Error, "c");
        Step stepWithNo = step("a", "email");
        stepWithNo.no = "t";
        row("bad link: a step uses no", seq("a", {stepWithNo, step("t", "task")}), bad,
            Expect::Error, "a");
        row("bad link: start names no step", seq("ghost", {step("a", "email")}), bad, Expect::Error,
            "");
        row("bad link: steps but an empty start", seq("", {step("a", "email")}), bad, Expect::Error,
            "");
        row("bad link: passes when links are sound", branchy(), bad, Expect::Absent);
        row("bad link: an empty Yes path is fine",
            seq("a",
                {step("a", "email", "c"), cond("c", "emailCondition", {}, "t"), step("t", "task")}),
            bad, Expect::Absent);
    }
    void stepRules() { checkRow(testProfile()); }

    void graphRules_data()
    {
        addColumns();
        const QString cycle = "graph.cycle";
        row("cycle: back to the start", seq("a", {step("a", "email", "b"), step("b", "task", "a")}),
            cycle, Expect::Error, "a");
        row("cycle: a step links to itself", seq("a", {step("a", "task", "a")}), cycle,
            Expect::Error, "a");
        row("cycle: back to a step below the start",
            seq("a", {step("a", "email", "b"), step("b", "task", "c"), step("c", "task", "b")}),
            cycle, Expect::Error, "b");
        row("cycle: among unreachable steps",
            seq("x", {step("x", "email"), step("c", "task", "d"), step("d", "task", "c")}), cycle,
            Expect::Error, "c");
        row("cycle: through a No path",
            seq("a", {step("a", "email", "c"), cond("c", "emailCondition", "t", "a"),
                      step("t", "task")}),
            cycle, Expect::Error, "a");
        row("cycle: passes for a tree", branchy(), cycle, Expect::Absent);
        const QString shared = "graph.sharedStep";
        row("shared: Yes and No lead to one step",
            seq("a", {step("a", "email", "c"), cond("c", "emailCondition", "t", "t"),
                      step("t", "task")}),
            shared, Expect::Error, "t");
        row("shared: two paths merge",
            seq("a", {step("a", "email", "c"), cond("c", "emailCondition", "x", "y"),
                      step("x", "task", "t"), step("y", "task", "t"), step("t", "task")}),
            shared, Expect::Error, "t");
        row("shared: start counts as a link",
            seq("a", {step("a", "email"), step("z", "task", "a")}), shared, Expect::Error, "a");
        row("shared: passes for a tree", branchy(), shared, Expect::Absent);
        const QString unreachable = "graph.unreachable";
        row("unreachable: an orphan step", seq("a", {step("a", "email"), step("z", "task")}),
            unreachable, Expect::Warning, "z");
        row("unreachable: below an orphan",
            seq("a", {step("a", "email"), step("z", "task", "y"), step("y", "task")}), unreachable,
            Expect::Warning, "y");
        row("unreachable: no start at all", seq("", {step("a", "email")}), unreachable,
            Expect::Warning, "a");
        row("unreachable: passes when all are linked", branchy(), unreachable, Expect::Absent);
        row("unreachable: a repeated id is not reported twice",
            seq("a", {step("a", "email"), step("a", "task")}), unreachable, Expect::Absent);
        // Spec section 7: a link that is step.badLink is no edge for the graph checks.
        Step nextBackToStart = cond("c", "emailCondition", "t", {});
        nextBackToStart.next = "a";
        const Sequence conditionNextToStart =
            seq("a", {step("a", "email", "c"), nextBackToStart, step("t", "task")});
        row("bad link: a condition's next back to the start is no cycle", conditionNextToStart,
            cycle, Expect::Absent);
        row("bad link: a condition's next to the start is no second incoming link",
            conditionNextToStart, shared, Expect::Absent);
        Step yesOnTask = step("b", "task", "t");
        yesOnTask.yes = "t";
        row("bad link: a task's yes to its next step is no second incoming link",
            seq("a", {step("a", "email", "b"), yesOnTask, step("t", "task")}), shared,
            Expect::Absent);
        Step noOnEmail = step("a", "email");
        noOnEmail.no = "z";
        row("bad link: a step reached only through a bad link is unreachable",
            seq("a", {noOnEmail, step("z", "task")}), unreachable, Expect::Warning, "z");
        const QString empty = "graph.empty";
        row("empty: at activation", seq("", {}), empty, Expect::Error, "",
            ValidationMode::Activation);
        row("empty: not while editing", seq("", {}), empty, Expect::Absent, "",
            ValidationMode::Edit);
        row("empty: passes with steps", branchy(), empty, Expect::Absent, "",
            ValidationMode::Activation);
    }
    void graphRules() { checkRow(testProfile()); }

    void pathRules_data()
    {
        addColumns();
        const QString waitLast = "rule.waitLast";
        row("wait last: main path", seq("a", {step("a", "email", "w"), step("w", "wait")}),
            waitLast, Expect::Error, "w");
        row("wait last: on a No path",
            seq("a", {step("a", "email", "c"), cond("c", "emailCondition", "t", "w"),
                      step("t", "task"), step("w", "wait")}),
            waitLast, Expect::Error, "w");
        row("wait last: passes with a step after it",
            seq("a", {step("a", "email", "w"), step("w", "wait", "t"), step("t", "task")}),
            waitLast, Expect::Absent);
        Step waitWithYes = step("w", "wait");
        waitWithYes.yes = "t";
        row("wait last: a wait whose only link is a bad yes ends its path",
            seq("a", {step("a", "email", "w"), waitWithYes, step("t", "task")}), waitLast,
            Expect::Error, "w");
        row("wait last: unreachable waits are not paths",
            seq("a", {step("a", "email"), step("w", "wait")}), waitLast, Expect::Absent);
        const QString first = "rule.advanceFirst";
        row("advance first", seq("adv", {step("adv", "advanceToSequence")}), first, Expect::Error,
            "adv");
        row("advance first: passes after a step",
            seq("a", {step("a", "email", "adv"), step("adv", "advanceToSequence")}), first,
            Expect::Absent);
        const QString notLast = "rule.advanceNotLast";
        row("advance not last",
            seq("a", {step("a", "email", "adv"), step("adv", "advanceToSequence", "t"),
                      step("t", "task")}),
            notLast, Expect::Error, "adv");
        row("advance not last: passes at the end",
            seq("a", {step("a", "email", "adv"), step("adv", "advanceToSequence")}), notLast,
            Expect::Absent);
        const QString activity = "rule.conditionWithoutActivity";
        row("condition: email condition first",
            seq("c", {cond("c", "emailCondition", "t"), step("t", "task")}), activity,
            Expect::Error, "c");
        row("condition: email condition after a call",
            seq("a",
                {step("a", "phoneCall", "c"), cond("c", "emailCondition", "t"), step("t", "task")}),
            activity, Expect::Error, "c");
        row("condition: the nearest activity is a call",
            seq("a", {step("a", "email", "b"), step("b", "phoneCall", "w"), step("w", "wait", "c"),
                      cond("c", "emailCondition", "t"), step("t", "task")}),
            activity, Expect::Error, "c");
        row("condition: email condition after a text message",
            seq("a", {step("a", "textMessage", "c"), cond("c", "emailCondition", "t"),
                      step("t", "task")}),
            activity, Expect::Error, "c");
        row("condition: call condition after an email",
            seq("a", {step("a", "email", "c"), cond("c", "callCondition", "t"), step("t", "task")}),
            activity, Expect::Error, "c");
        row("condition: LinkedIn on the No path",
            seq("a", {step("a", "email", "f"), cond("f", "fieldCondition", "t", "l"),
                      step("t", "task"), step("l", "linkedinResearch", "c"),
                      cond("c", "emailCondition", "u"), step("u", "task")}),
            activity, Expect::Error, "c");
        row("condition: passes over a wait",
            seq("a", {step("a", "email", "w"), step("w", "wait", "c"),
                      cond("c", "emailCondition", "t"), step("t", "task")}),
            activity, Expect::Absent);
        row("condition: passes after an A/B test",
            seq("a",
                {step("a", "abTest", "c"), cond("c", "emailCondition", "t"), step("t", "task")}),
            activity, Expect::Absent);
        row("condition: passes after an automated email",
            seq("a", {step("a", "automatedEmail", "c"), cond("c", "emailCondition", "t"),
                      step("t", "task")}),
            activity, Expect::Absent);
        row("condition: passes over commands and conditions",
            seq("a", {step("a", "phoneCall", "u"), step("u", "updateField", "f"),
                      cond("f", "fieldCondition", "c"), cond("c", "callCondition", "t"),
                      step("t", "task")}),
            activity, Expect::Absent);
        row("condition: passes for nested email conditions",
            seq("a", {step("a", "email", "c1"), cond("c1", "emailCondition", "c2", "t"),
                      cond("c2", "emailCondition", "u"), step("t", "task"), step("u", "task")}),
            activity, Expect::Absent);
        row("condition: unreachable conditions are not checked",
            seq("a", {step("a", "email"), cond("c", "callCondition", {})}), activity,
            Expect::Absent);
        const QString exit = "rule.exitNeedsEmail";
        Sequence noEmail = seq("a", {step("a", "phoneCall", "t"), step("t", "task")});
        noEmail.options.exitOnEmailReply = true;
        row("exit needs email", noEmail, exit, Expect::Error, "");
        Sequence unreachableEmail = seq("a", {step("a", "phoneCall"), step("e", "email")});
        unreachableEmail.options.exitOnEmailReply = true;
        row("exit needs email: counts every step", unreachableEmail, exit, Expect::Absent);
        Sequence abOnly = seq("a", {step("a", "abTest")});
        abOnly.options.exitOnEmailReply = true;
        row("exit needs email: an A/B test is an email", abOnly, exit, Expect::Absent);
        row("exit needs email: passes with the option off", seq("a", {step("a", "phoneCall")}),
            exit, Expect::Absent);
    }
    void pathRules() { checkRow(testProfile()); }

    void lints_data()
    {
        addColumns();
        const QString lint = "lint.automatedWithoutWait";
        row("automated email after an email",
            seq("a", {step("a", "email", "b"), step("b", "automatedEmail")}), lint, Expect::Warning,
            "b");
        row("A/B test after a call", seq("a", {step("a", "phoneCall", "b"), step("b", "abTest")}),
            lint, Expect::Warning, "b");
        row("automated text after LinkedIn",
            seq("a", {step("a", "linkedinConnect", "b"), step("b", "automatedTextMessage")}), lint,
            Expect::Warning, "b");
        row("automated email after an automated email",
            seq("a", {step("a", "automatedEmail", "b"), step("b", "automatedEmail")}), lint,
            Expect::Warning, "b");
        row("passes after a wait",
            seq("a",
                {step("a", "email", "w"), step("w", "wait", "b"), step("b", "automatedEmail")}),
            lint, Expect::Absent);
        row("passes as the first step", seq("b", {step("b", "automatedEmail")}), lint,
            Expect::Absent);
        row("passes after a condition",
            seq("a", {step("a", "email", "f"), cond("f", "fieldCondition", "b"),
                      step("b", "automatedEmail")}),
            lint, Expect::Absent);
        row("passes after a command",
            seq("a", {step("a", "email", "u"), step("u", "updateField", "b"),
                      step("b", "automatedEmail")}),
            lint, Expect::Absent);
        row("unreachable steps are not linted",
            seq("x", {step("x", "task"), step("a", "email", "b"), step("b", "automatedEmail")}),
            lint, Expect::Absent);
    }
    void lints() { checkRow(testProfile()); }

    // The example of the file format spec, section 2, is clean.
    void specExampleIsClean()
    {
        Sequence s =
            seq("thanks",
                {with(step("thanks", "automatedEmail", "replied"), {{"template", "Introduction"}}),
                 with(cond("replied", "emailCondition", "confirm", "followup"),
                      {{"events", QJsonArray{"replied"}}, {"advanceImmediately", true}}),
                 step("confirm", "email"), step("followup", "email", "wait2"),
                 with(step("wait2", "wait", "call"), {{"days", 2}}), step("call", "phoneCall")});
        s.options.exitOnEmailReply = true;
        const Diagnostics found = validate(s, testProfile(), ValidationMode::Activation);
        QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
    }

    void messagesNameTheStep()
    {
        Step wait = step("w", "wait");
        wait.name = "Wait 2 days";
        const Diagnostics found =
            validate(seq("a", {step("a", "email", "w"), wait}), testProfile());
        QCOMPARE(found.size(), 1);
        QVERIFY2(found[0].message.contains("\"Wait 2 days\""), qPrintable(found[0].message));
        // Without a name, the type's display name stands in.
        const Diagnostics unnamed =
            validate(seq("a", {step("a", "email", "w"), step("w", "wait")}), testProfile());
        QCOMPARE(unnamed.size(), 1);
        QVERIFY2(unnamed[0].message.contains("\"Set wait time\""), qPrintable(unnamed[0].message));
    }

    void aPlaceholderInANameStaysText()
    {
        Step call = step("b", "phoneCall", "c");
        call.name = "Call %2";
        const Diagnostics found =
            validate(seq("a", {step("a", "email", "b"), call, cond("c", "emailCondition", "t"),
                               step("t", "task")}),
                     testProfile());
        QCOMPARE(countCode(found, "rule.conditionWithoutActivity"), 1);
        for (const Diagnostic &d : found) {
            if (d.code == u"rule.conditionWithoutActivity")
                QVERIFY2(d.message.contains("\"Call %2\""), qPrintable(d.message));
        }
    }

    void checkGraphReportsOnlyStructure()
    {
        Sequence s =
            seq("a", {step("a", "email", "w"), step("w", "wait", "a"), step("z", "sendFax")});
        s.options.exitOnEmailReply = true;
        const Diagnostics found = checkGraph(s);
        QStringList codes;
        for (const Diagnostic &d : found)
            codes.append(d.code);
        codes.sort();
        QCOMPARE(codes, (QStringList{"graph.cycle", "graph.sharedStep", "graph.unreachable"}));
        for (const Diagnostic &d : found)
            QCOMPARE(d.sequenceId, sequenceId);
    }

    void eachCycleIsReportedOnce()
    {
        const Diagnostics found = checkGraph(
            seq("a", {step("a", "email", "b"), step("b", "task", "c"), step("c", "task", "b"),
                      step("x", "task", "y"), step("y", "task", "x")}));
        QCOMPARE(countCode(found, "graph.cycle"), 2);
        QCOMPARE(countCode(found, "graph.unreachable"), 2);
    }

    // 100,000 steps in a line: no recursion on the step count, so no stack overflow.
    void deepChain()
    {
        const Sequence s = chain(100000);
        const Diagnostics found = validate(s, testProfile(), ValidationMode::Activation);
        QVERIFY2(found.isEmpty(), qPrintable(describe(found.mid(0, 5))));
    }

    void deepChainWithACycle()
    {
        const Diagnostics found = validate(chain(100000, "s0"), testProfile());
        QCOMPARE(countCode(found, "graph.cycle"), 1);
        QCOMPARE(countCode(found, "graph.sharedStep"), 1);
        for (const Diagnostic &d : found)
            QCOMPARE(d.stepId, QStringLiteral("s0"));
    }

    // An unreachable ring of 100,000 steps: found by the search over every vertex.
    void deepUnreachableCycle()
    {
        Sequence ring = chain(100000, "s0");
        ring.start = QString();
        QList<Step> steps = ring.steps();
        steps.prepend(step("first", "email"));
        ring.setSteps(steps);
        ring.start = "first";
        const Diagnostics found = validate(ring, testProfile());
        QCOMPARE(countCode(found, "graph.cycle"), 1);
        QCOMPARE(countCode(found, "graph.unreachable"), 100000);
    }

    // 50,000 email conditions nested on Yes under one email: the nearest activity is found in
    // one pass, however deep.
    void deepNestedConditions()
    {
        QList<Step> steps{step("e", "email", "c0")};
        const int depth = 50000;
        for (int i = 0; i < depth; ++i)
            steps.append(cond(QStringLiteral("c%1").arg(i), "emailCondition",
                              i + 1 < depth ? QStringLiteral("c%1").arg(i + 1) : QString()));
        const Diagnostics found = validate(seq("e", steps), testProfile());
        QVERIFY2(found.isEmpty(), qPrintable(describe(found.mid(0, 5))));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
