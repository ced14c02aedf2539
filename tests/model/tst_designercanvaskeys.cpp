// SPDX-License-Identifier: MIT
// The canvas for the keyboard and screen readers (issue 13): what a card and a "+" are called,
// where the arrow keys go over cards and "+", and where Ctrl+arrows move a branch.
#include "canvasmodel.h"

#include <QTest>

using namespace sd;

namespace {

Step step(const QString &id, const QString &type, const QString &next = {})
{
    Step s;
    s.id = id;
    s.type = type;
    s.next = next;
    return s;
}

// start → mail ("Introduction") → opened? (Yes: call, No: task)
Sequence branching()
{
    Sequence s;
    s.name = "Keys";
    Step mail = step("mail", "email", "opened");
    mail.name = "Introduction";
    Step opened = step("opened", "emailCondition");
    opened.yes = "call";
    opened.no = "todo";
    s.appendStep(mail);
    s.appendStep(opened);
    s.appendStep(step("call", "phoneCall"));
    s.appendStep(step("todo", "task"));
    s.start = "mail";
    return s;
}

QVariantMap card(const QString &id)
{
    return {{"kind", "card"}, {"id", id}};
}

QString describe(const QVariantMap &spot)
{
    return spot.value("kind").toString() == u"card" ? "card " + spot.value("id").toString()
                                                    : "plus " + spot.value("parentId").toString() +
                                                          "/" + spot.value("branch").toString();
}

} // namespace

class TestDesignerCanvasKeys : public QObject
{
    Q_OBJECT

private slots:
    void cardsAndPlusesSayWhereTheyAre()
    {
        CanvasModel canvas;
        canvas.setSequence(branching());
        QCOMPARE(canvas.cardAccessibleName("mail"),
                 QString("Step 1 of 4: Send an email, Introduction"));
        QCOMPARE(canvas.cardAccessibleName("call"),
                 QString("Step 3 of 4: Make a phone call, on the Yes path of Email condition"));
        QVERIFY(canvas.cardAccessibleName("todo").endsWith(", on the No path of Email condition"));
        QCOMPARE(canvas.cardAccessibleName(""), QString("Sequence starts here"));
        QCOMPARE(canvas.plusAccessibleName({"mail", Branch::Next}),
                 QString("Add a step after Introduction"));
        QCOMPARE(canvas.plusAccessibleName({"opened", Branch::No}),
                 QString("Add a step on the No path of Email condition"));
        QCOMPARE(canvas.plusAccessibleName({"", Branch::Next}),
                 QString("Add a step at the start of the sequence"));
    }

    void problemsAreInTheDescription()
    {
        CanvasModel canvas;
        canvas.setSequence(branching());
        Diagnostic d;
        d.stepId = "call";
        d.message = "The call has no script.";
        canvas.setDiagnostics({d});
        QVERIFY(canvas.cardAccessibleDescription("call").contains(
            "1 problem(s): The call has no script."));
        QVERIFY(!canvas.cardAccessibleDescription("mail").contains("problem"));
    }

    void arrowsGoOverCardsAndPluses_data()
    {
        QTest::addColumn<QVariantMap>("from");
        QTest::addColumn<QString>("direction");
        QTest::addColumn<QString>("to");
        QTest::newRow("start down") << card("") << "down"
                                    << "plus /next";
        QTest::newRow("plus down")
            << QVariantMap{{"kind", "plus"}, {"parentId", ""}, {"branch", "next"}} << "down"
            << "card mail";
        QTest::newRow("card up") << card("mail") << "up"
                                 << "plus /next";
        QTest::newRow("plus up") << QVariantMap{{"kind", "plus"},
                                                {"parentId", "mail"},
                                                {"branch", "next"}}
                                 << "up"
                                 << "card mail";
        QTest::newRow("condition down: Yes") << card("opened") << "down"
                                             << "plus opened/yes";
        QTest::newRow("Yes right: No")
            << QVariantMap{{"kind", "plus"}, {"parentId", "opened"}, {"branch", "yes"}} << "right"
            << "plus opened/no";
        QTest::newRow("card right") << card("call") << "right"
                                    << "card todo";
        QTest::newRow("start up stays") << card("") << "up"
                                        << "card ";
    }
    void arrowsGoOverCardsAndPluses()
    {
        QFETCH(QVariantMap, from);
        QFETCH(QString, direction);
        QFETCH(QString, to);
        CanvasModel canvas;
        canvas.setSequence(branching());
        QCOMPARE(describe(canvas.keyTarget(from, direction)), to);
    }

    void ctrlArrowsMoveToTheNeighbouringPlus()
    {
        CanvasModel canvas;
        canvas.setSequence(branching());
        // Up from the call: the "+" above the condition; never a "+" inside its own branch.
        const PlusPlace up = canvas.moveTarget("call", "up");
        QVERIFY(up.valid);
        QCOMPARE(up.parentId, QString("mail"));
        QCOMPARE(up.branch, QString("next"));
        QVERIFY(!canvas.moveTarget("opened", "down").valid);
        QVERIFY(!canvas.moveTarget("", "up").valid);
    }
};

QTEST_MAIN(TestDesignerCanvasKeys)
#include "tst_designercanvaskeys.moc"
