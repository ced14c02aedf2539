// SPDX-License-Identifier: MIT
// The canvas layout: tidy, Yes left of No, parents centred, no overlaps, safe on bad graphs.
#include "generate.h"
#include "treelayout.h"

#include <QTest>

using namespace sd;

namespace {

Step make(const QString &id, const QString &type)
{
    return Step{id, type, {}, {}, {}, {}, {}, {}};
}

} // namespace

class TestTreeLayout : public QObject
{
    Q_OBJECT

private slots:
    void emptySequenceHasStartAndOneEnd()
    {
        const TreeLayout l = layoutTree(Sequence{});
        QCOMPARE(l.nodes.size(), 1);
        QVERIFY(l.nodes[0].id.isEmpty());
        QCOMPARE(l.ends.size(), 1);
        QCOMPARE(l.ends[0].link, (LinkRef{QString(), Branch::Next}));
        QVERIFY(l.ends[0].plus.y() > l.nodes[0].rect.bottom());
    }

    void chainIsOneColumn()
    {
        Sequence s;
        s.insertStep({}, make("a", "email"));
        s.insertStep({"a", Branch::Next}, make("b", "wait"));
        const TreeLayout l = layoutTree(s);
        QCOMPARE(l.nodes.size(), 3);
        QCOMPARE(l.nodes[1].rect.center().x(), l.nodes[0].rect.center().x());
        QCOMPARE(l.nodes[2].rect.center().x(), l.nodes[0].rect.center().x());
        QVERIFY(l.nodes[2].rect.top() > l.nodes[1].rect.bottom());
        QCOMPARE(l.edges.size(), 2);
        QCOMPARE(l.ends.size(), 1);
        QCOMPARE(l.ends[0].link, (LinkRef{"b", Branch::Next}));
    }

    void yesGoesLeftOfNoAndParentIsCentred()
    {
        Sequence s;
        s.insertStep({}, make("mail", "email"));
        s.insertStep({"mail", Branch::Next}, make("cond", "emailCondition"));
        s.insertStep({"cond", Branch::Yes}, make("call", "phoneCall"));
        s.insertStep({"cond", Branch::No}, make("task", "task"));
        const TreeLayout l = layoutTree(s);
        const QRectF cond = l.node("cond")->rect;
        const QRectF yes = l.node("call")->rect;
        const QRectF no = l.node("task")->rect;
        QVERIFY(yes.right() < no.left());
        QCOMPARE(cond.center().x(), (yes.center().x() + no.center().x()) / 2);
        QCOMPARE(l.ends.size(), 2); // below call and below task
    }

    void emptyBranchKeepsASlot()
    {
        Sequence s;
        s.insertStep({}, make("call", "phoneCall"));
        s.insertStep({"call", Branch::Next}, make("cond", "callCondition"));
        s.insertStep({"cond", Branch::No}, make("task", "task"));
        const TreeLayout l = layoutTree(s);
        bool yesEnd = false;
        for (const LayoutEnd &e : l.ends)
            yesEnd |= e.link == LinkRef{"cond", Branch::Yes};
        QVERIFY(yesEnd);
        QVERIFY(l.node("task")->rect.center().x() > l.node("cond")->rect.center().x());
    }

    void noCardsOverlapInALargeTree()
    {
        const Sequence s = generateSequence(1000);
        const TreeLayout l = layoutTree(s);
        QCOMPARE(l.nodes.size(), 1001);
        QList<QRectF> rects;
        for (const LayoutNode &n : l.nodes)
            rects.append(n.rect);
        std::sort(rects.begin(), rects.end(), [](const QRectF &a, const QRectF &b) {
            return a.top() != b.top() ? a.top() < b.top() : a.left() < b.left();
        });
        for (qsizetype i = 1; i < rects.size(); ++i) {
            if (rects[i].top() == rects[i - 1].top())
                QVERIFY2(rects[i].left() >= rects[i - 1].right(), qPrintable(QString::number(i)));
        }
        for (const LayoutNode &n : l.nodes)
            QVERIFY(l.bounds.contains(n.rect));
    }

    void cyclesAndStraysAreSafe()
    {
        Sequence s;
        s.start = "a";
        s.appendStep(Step{"a", "email", {}, {}, {}, "b", {}, {}});
        s.appendStep(Step{"b", "task", {}, {}, {}, "a", {}, {}}); // cycle back to a
        s.appendStep(Step{"c", "task", {}, {}, {}, "d", {}, {}}); // unreachable pair
        s.appendStep(Step{"d", "task", {}, {}, {}, "c", {}, {}});
        s.appendStep(Step{"x", "phoneCall", {}, {}, {}, "missing", {}, {}});
        const TreeLayout l = layoutTree(s);
        QCOMPARE(l.nodes.size(), 6); // start + each step exactly once
        QVERIFY(l.node("a")->reachable);
        QVERIFY(!l.node("c")->reachable);
        QVERIFY(!l.node("x")->reachable);
        QVERIFY(l.node("x")->rect.left() > l.node("a")->rect.right());
    }
};

QTEST_GUILESS_MAIN(TestTreeLayout)
#include "tst_treelayout.moc"
