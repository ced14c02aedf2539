// SPDX-License-Identifier: MIT
#include "treelayout.h"

#include "steptype.h"

#include <QSet>

#include <vector>

namespace sd {

namespace {

// One place in the tree: a card (step >= 0, or the start node) or an empty "+" slot.
struct Item
{
    enum Kind { Start, Card, End };
    Kind kind = Card;
    QString id;
    LinkRef inLink;
    int parent = -1;
    std::vector<int> children;
    int depth = 0;
    bool reachable = true;
    qreal width = 0;
    qreal left = 0;
};

class Builder
{
public:
    Builder(const Sequence &sequence, const LayoutMetrics &metrics)
        : m_sequence(sequence), m_m(metrics)
    {
    }

    TreeLayout run()
    {
        Item start;
        start.kind = Item::Start;
        addTree(std::move(start), 0);
        for (const QString &id : unreachableRoots()) {
            if (m_visited.contains(id))
                continue;
            Item root;
            root.id = id;
            root.depth = 1;
            root.reachable = false;
            addTree(std::move(root), m_right + 2 * m_m.horizontalGap);
        }
        return std::move(m_out);
    }

private:
    // Lays out the tree under `root` with its left edge at `left`.
    void addTree(Item root, qreal left)
    {
        const int first = int(m_items.size());
        if (root.kind == Item::Card)
            m_visited.insert(root.id);
        m_items.push_back(std::move(root));
        std::vector<int> order; // pre-order
        std::vector<int> stack{first};
        while (!stack.empty()) {
            const int at = stack.back();
            stack.pop_back();
            order.push_back(at);
            expand(at);
            const auto &children = m_items[size_t(at)].children;
            for (auto it = children.rbegin(); it != children.rend(); ++it)
                stack.push_back(*it);
        }
        for (auto it = order.rbegin(); it != order.rend(); ++it)
            measure(m_items[size_t(*it)]);
        m_items[size_t(first)].left = left;
        for (int at : order)
            place(at);
    }

    void expand(int at)
    {
        const Item item = m_items[size_t(at)];
        if (item.kind == Item::End)
            return;
        QList<Branch> branches{Branch::Next};
        QString parentId = item.id;
        const Step *step = item.kind == Item::Card ? m_sequence.step(item.id) : nullptr;
        if (step && StepCatalogue::isCondition(step->type))
            branches = {Branch::Yes, Branch::No};
        for (Branch branch : branches) {
            const QString target = step ? step->link(branch) : m_sequence.start;
            Item child;
            child.inLink = {parentId, branch};
            child.parent = at;
            child.depth = item.depth + 1;
            child.reachable = item.reachable;
            if (target.isEmpty()) {
                child.kind = Item::End;
            } else if (m_sequence.contains(target) && !m_visited.contains(target)) {
                child.id = target;
                m_visited.insert(target);
            } else {
                continue; // a dangling or repeated link: the validator reports it
            }
            m_items[size_t(at)].children.push_back(int(m_items.size()));
            m_items.push_back(std::move(child));
        }
    }

    qreal childrenSpan(const Item &item) const
    {
        qreal sum = 0;
        for (int c : item.children)
            sum += m_items[size_t(c)].width;
        if (!item.children.empty())
            sum += m_m.horizontalGap * qreal(item.children.size() - 1);
        return sum;
    }

    void measure(Item &item) { item.width = std::max(m_m.cardWidth, childrenSpan(item)); }

    void place(int at)
    {
        Item &item = m_items[size_t(at)];
        const qreal sum = childrenSpan(item);
        qreal x = item.left + (item.width - sum) / 2;
        for (int c : item.children) {
            m_items[size_t(c)].left = x;
            x += m_items[size_t(c)].width + m_m.horizontalGap;
        }

        const qreal centre = item.left + item.width / 2;
        const qreal top = item.depth * (m_m.cardHeight + m_m.verticalGap);
        m_right = std::max(m_right, item.left + item.width);
        if (item.kind == Item::End) {
            const Item &parent = m_items[size_t(item.parent)];
            const QPointF from = bottomCentre(parent);
            m_out.ends.append({item.inLink, from, {centre, from.y() + m_m.verticalGap * 0.55}});
            grow(QRectF(centre - 16, from.y(), 32, m_m.verticalGap * 0.55 + 16));
            return;
        }
        const QRectF rect(centre - m_m.cardWidth / 2, top, m_m.cardWidth, m_m.cardHeight);
        m_out.nodes.append({item.id, rect, item.depth, item.reachable});
        grow(rect);
        if (item.parent >= 0) {
            const QPointF from = bottomCentre(m_items[size_t(item.parent)]);
            const QPointF to(centre, top);
            const QPointF plus = item.inLink.branch == Branch::Next
                                     ? QPointF(centre, (from.y() + to.y()) / 2)
                                     : QPointF(centre, to.y() - m_m.verticalGap * 0.45);
            m_out.edges.append({item.inLink, item.id, from, to, plus});
        }
    }

    QPointF bottomCentre(const Item &item) const
    {
        return {item.left + item.width / 2,
                item.depth * (m_m.cardHeight + m_m.verticalGap) + m_m.cardHeight};
    }

    void grow(const QRectF &r)
    {
        m_out.bounds = m_out.bounds.isNull() ? r : m_out.bounds.united(r);
    }

    QStringList unreachableRoots() const
    {
        QSet<QString> linkedTo;
        for (const Step &s : m_sequence.steps()) {
            for (const QString &t : {s.next, s.yes, s.no})
                if (!t.isEmpty())
                    linkedTo.insert(t);
        }
        QStringList roots;
        QStringList rest;
        for (const Step &s : m_sequence.steps()) {
            if (m_visited.contains(s.id))
                continue;
            (linkedTo.contains(s.id) ? rest : roots).append(s.id);
        }
        return roots + rest; // cycles have no root: any of their steps will do
    }

    const Sequence &m_sequence;
    const LayoutMetrics m_m;
    std::vector<Item> m_items;
    QSet<QString> m_visited;
    qreal m_right = 0;
    TreeLayout m_out;
};

} // namespace

const LayoutNode *TreeLayout::node(const QString &id) const
{
    for (const LayoutNode &n : nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

TreeLayout layoutTree(const Sequence &sequence, const LayoutMetrics &metrics)
{
    return Builder(sequence, metrics).run();
}

} // namespace sd
