// SPDX-License-Identifier: MIT
// The graph edits of Sequence: each keeps the tree well formed or refuses and changes nothing.
#include "profile.h"
#include "sequence.h"
#include "steptype.h"

#include <QTest>

using namespace sd;

namespace {

Step make(const QString &id, const QString &type)
{
    return Step{id, type, {}, {}, {}, {}, {}, {}};
}

// start -> email1 -> cond (yes: call, no: task)
Sequence sample()
{
    Sequence s;
    s.name = "Sample";
    s.insertStep({}, make("email1", "email"));
    s.insertStep({"email1", Branch::Next}, make("cond", "emailCondition"));
    s.insertStep({"cond", Branch::Yes}, make("call", "phoneCall"));
    s.insertStep({"cond", Branch::No}, make("task", "task"));
    return s;
}

} // namespace

class TestSequence : public QObject
{
    Q_OBJECT

private slots:
    void catalogueCoversEveryType()
    {
        const QStringList expected{"email",
                                   "automatedEmail",
                                   "textMessage",
                                   "automatedTextMessage",
                                   "phoneCall",
                                   "task",
                                   "wait",
                                   "abTest",
                                   "emailCondition",
                                   "callCondition",
                                   "fieldCondition",
                                   "stageCondition",
                                   "advanceToSequence",
                                   "updateField",
                                   "linkedinResearch",
                                   "linkedinGetIntroduced",
                                   "linkedinConnect",
                                   "linkedinInMail"};
        QStringList ids;
        for (const StepType &t : StepCatalogue::all())
            ids.append(t.id);
        QCOMPARE(ids, expected);
        QVERIFY(StepCatalogue::isActivity("linkedinConnect"));
        QVERIFY(!StepCatalogue::isActivity("wait"));
        QVERIFY(StepCatalogue::isCondition("stageCondition"));
        QCOMPARE(StepCatalogue::find("wait")->param("days")->max, 30);
    }

    void insertKeepsSuccessorBelow()
    {
        Sequence s = sample();
        QCOMPARE(s.start, "email1");
        QVERIFY(s.insertStep({}, make("wait1", "wait")));
        QCOMPARE(s.start, "wait1");
        QCOMPARE(s.step("wait1")->next, "email1");
        QCOMPARE(*s.incomingLink("email1"), (LinkRef{"wait1", Branch::Next}));
    }

    void insertConditionPutsSuccessorOnYes()
    {
        Sequence s = sample();
        QVERIFY(s.insertStep({"cond", Branch::Yes}, make("f", "fieldCondition")));
        QCOMPARE(s.step("cond")->yes, "f");
        QCOMPARE(s.step("f")->yes, "call");
        QVERIFY(s.step("f")->no.isEmpty());
    }

    void insertRefusals_data()
    {
        QTest::addColumn<QString>("parent");
        QTest::addColumn<int>("branch");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("type");
        QTest::newRow("missing parent") << "nope" << int(Branch::Next) << "x"
                                        << "task";
        QTest::newRow("next on condition") << "cond" << int(Branch::Next) << "x"
                                           << "task";
        QTest::newRow("yes on step") << "email1" << int(Branch::Yes) << "x"
                                     << "task";
        QTest::newRow("start has no yes") << "" << int(Branch::Yes) << "x"
                                          << "task";
        QTest::newRow("duplicate id") << "call" << int(Branch::Next) << "task"
                                      << "task";
        QTest::newRow("unknown type") << "call" << int(Branch::Next) << "x"
                                      << "fax";
    }

    void insertRefusals()
    {
        QFETCH(QString, parent);
        QFETCH(int, branch);
        QFETCH(QString, id);
        QFETCH(QString, type);
        Sequence s = sample();
        const Sequence before = s;
        const EditResult r = s.insertStep({parent, Branch(branch)}, make(id, type));
        QVERIFY(!r.ok);
        QVERIFY(!r.reason.isEmpty());
        QCOMPARE(s, before);
    }

    // The insert rules (insertrules.h) hold in the model itself, whoever edits: each edit that
    // would break one is refused with the rule's reason and changes nothing.
    void editsKeepTheInsertRules_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::newRow("insert an email condition first") << "insert";
        QTest::newRow("move the phone call condition-less") << "move";
        QTest::newRow("paste a branch that begins by advancing") << "paste";
        QTest::newRow("insert below an advance") << "belowAdvance";
    }

    void editsKeepTheInsertRules()
    {
        QFETCH(QString, edit);
        Sequence s = sample();
        QVERIFY(s.insertStep({"task", Branch::Next}, make("adv", "advanceToSequence")));
        const Sequence before = s;
        EditResult r;
        if (edit == u"insert") {
            r = s.insertStep({}, make("x", "emailCondition"));
        } else if (edit == u"move") {
            // The email condition moved to the start would have no email above it.
            r = s.moveStep("cond", {});
        } else if (edit == u"paste") {
            r = s.insertBranch({}, {make("a", "advanceToSequence")}, "a",
                               Profile::defaultProfile());
        } else {
            r = s.insertStep({"adv", Branch::Next}, make("x", "task"));
        }
        QVERIFY(!r.ok);
        QVERIFY2(!r.reason.isEmpty(), "the refusal says why");
        QCOMPARE(s, before);
    }

    void freshIdsAreUnique()
    {
        Sequence s = sample();
        QVERIFY(s.insertStep({"call", Branch::Next}, make({}, "task")));
        QVERIFY(s.insertStep({"call", Branch::Next}, make({}, "task")));
        QCOMPARE(s.stepCount(), 6);
        QStringList ids;
        for (const Step &st : s.steps())
            ids.append(st.id);
        ids.removeDuplicates();
        QCOMPARE(ids.size(), 6);
    }

    void deleteStepLinksSuccessor()
    {
        Sequence s = sample();
        QVERIFY(s.insertStep({}, make("w", "wait")));
        QVERIFY(s.deleteStep("w"));
        QCOMPARE(s.start, "email1");
        QVERIFY(!s.contains("w"));
    }

    void deleteStepBeforeConditionRefused()
    {
        Sequence s = sample();
        const Sequence before = s;
        QVERIFY(!s.deleteStep("email1").ok);
        QCOMPARE(s, before);
    }

    void deleteConditionKeepsChosenPath_data()
    {
        QTest::addColumn<int>("keep");
        QTest::addColumn<QString>("kept");
        QTest::addColumn<QString>("gone");
        QTest::newRow("keep yes") << int(Branch::Yes) << "call"
                                  << "task";
        QTest::newRow("keep no") << int(Branch::No) << "task"
                                 << "call";
    }

    void deleteConditionKeepsChosenPath()
    {
        QFETCH(int, keep);
        QFETCH(QString, kept);
        QFETCH(QString, gone);
        Sequence s = sample();
        s.layout.insert(gone, {10, 20});
        QVERIFY(s.deleteStep("cond", Branch(keep)));
        QCOMPARE(s.step("email1")->next, kept);
        QVERIFY(!s.contains(gone));
        QVERIFY(!s.contains("cond"));
        QVERIFY(!s.layout.contains(gone));
        QCOMPARE(s.stepCount(), 2);
    }

    void deleteConditionNeedsPathChoice()
    {
        Sequence s = sample();
        QVERIFY(!s.deleteStep("cond", Branch::Next).ok);
        QCOMPARE(s.stepCount(), 4);
    }

    void deleteBranchRemovesEverythingBelow()
    {
        Sequence s = sample();
        QVERIFY(s.deleteBranch("cond"));
        QCOMPARE(s.stepCount(), 1);
        QVERIFY(s.step("email1")->next.isEmpty());
    }

    void moveBranch()
    {
        Sequence s = sample();
        QVERIFY(s.insertStep({"task", Branch::Next}, make("t2", "task")));
        // Move the No branch (task -> t2) under call.
        QVERIFY(s.moveStep("task", {"call", Branch::Next}));
        QVERIFY(s.step("cond")->no.isEmpty());
        QCOMPARE(s.step("call")->next, "task");
        QCOMPARE(s.step("task")->next, "t2");
    }

    void moveDisplacedGoesBelowBranch()
    {
        Sequence s = sample();
        QVERIFY(s.insertStep({"call", Branch::Next}, make("t2", "task")));
        // Move `task` between call and t2: t2 ends up below task.
        QVERIFY(s.moveStep("task", {"call", Branch::Next}));
        QCOMPARE(s.step("call")->next, "task");
        QCOMPARE(s.step("task")->next, "t2");
    }

    void moveRefusals()
    {
        Sequence s = sample();
        const Sequence before = s;
        QVERIFY(!s.moveStep("cond", {"call", Branch::Next}).ok); // below itself
        QVERIFY(!s.moveStep("ghost", {"call", Branch::Next}).ok);
        QVERIFY(!s.moveStep("call", {"email1", Branch::Yes}).ok);
        QCOMPARE(s, before);
    }

    void moveToStart()
    {
        Sequence s = sample();
        QVERIFY(s.moveStep("task", {}));
        QCOMPARE(s.start, "task");
        QCOMPARE(s.step("task")->next, "email1");
        QVERIFY(s.step("cond")->no.isEmpty());
    }

    void paramsRenameDescription()
    {
        Sequence s = sample();
        QVERIFY(s.setParams("email1", QJsonObject{{"template", "Intro"}}));
        QCOMPARE(s.step("email1")->params.value("template").toString(), "Intro");
        // As typed: the space typed last starts the next word; saving trims (the document).
        QVERIFY(s.rename("email1", "First email "));
        QCOMPARE(s.step("email1")->name, "First email ");
        QVERIFY(!s.rename("email1", QString(101, 'x')).ok);
        QVERIFY(!s.setDescription("email1", QString(2001, 'x')).ok);
        QVERIFY(!s.setParams("nope", {}).ok);
    }

    void insertBranchRenamesClashes()
    {
        Sequence s = sample();
        QList<Step> branch{make("call", "phoneCall"), make("c2", "callCondition")};
        branch[0].next = "c2";
        branch[1].yes = "outside"; // a link leaving the branch is dropped
        QString root;
        QVERIFY(s.insertBranch({"task", Branch::Next}, branch, "call", Profile::defaultProfile(),
                               &root));
        QCOMPARE(root, "call_2");
        QCOMPARE(s.step("task")->next, "call_2");
        QCOMPARE(s.step("call_2")->next, "c2");
        QVERIFY(s.step("c2")->yes.isEmpty());
        QCOMPARE(s.stepCount(), 6);
    }

    void insertBranchKeepsSuccessor()
    {
        Sequence s = sample();
        QString root;
        QVERIFY(s.insertBranch({}, {make("w", "wait")}, "w", Profile::defaultProfile(), &root));
        QCOMPARE(s.start, "w");
        QCOMPARE(s.step("w")->next, "email1");
    }

    void countsAndDuration()
    {
        Sequence s = sample();
        QJsonObject within{{"days", 2}, {"hours", 0}};
        QVERIFY(s.setParams("cond", QJsonObject{{"within", within}}));
        QVERIFY(s.insertStep({"task", Branch::Next}, make("w", "wait")));
        QVERIFY(s.setParams("w", QJsonObject{{"days", 3}, {"hours", 5}}));
        QCOMPARE(s.activityCount(), 3); // email, call, task: not the condition, not the wait
        QCOMPARE(s.durationHours(), 48 + 3 * 24 + 5);
    }

    void subtreeDepthFirst()
    {
        const Sequence s = sample();
        QCOMPARE(s.subtree("cond"), (QStringList{"cond", "call", "task"}));
        QCOMPARE(s.subtree("missing"), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSequence)
#include "tst_sequence.moc"
