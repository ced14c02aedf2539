// SPDX-License-Identifier: MIT
// Keyboard focus on the canvas: arrow keys go from a card to the "+" below it and on to the next
// card, and sideways to the nearest card or "+" of the same row; Ctrl+arrows move a branch to the
// neighbouring "+".
#include "canvasmodel.h"

#include <cmath>

namespace sd {

namespace {

QVariantMap cardSpot(const QString &id)
{
    return {{"kind", "card"}, {"id", id}};
}

QVariantMap plusSpot(const PlusSpot &spot)
{
    return {{"kind", "plus"},
            {"parentId", spot.link.parentId},
            {"branch", branchKey(spot.link.branch)},
            {"x", spot.centre.x()},
            {"y", spot.centre.y()}};
}

// How far `to` is from `from` going in `direction`; negative when it is not that way. Across the
// direction counts three times: a spot straight ahead beats a nearer one off to the side.
qreal distanceTowards(QPointF from, QPointF to, const QString &direction)
{
    const QPointF d = to - from;
    const qreal ahead = direction == u"left"    ? -d.x()
                        : direction == u"right" ? d.x()
                        : direction == u"up"    ? -d.y()
                                                : d.y();
    const qreal across = direction == u"left" || direction == u"right" ? d.y() : d.x();
    return ahead < 1 ? -1 : ahead + 3 * std::abs(across);
}

} // namespace

QVariantMap CanvasModel::keyTarget(const QVariantMap &from, const QString &direction) const
{
    const bool onPlus = from.value("kind").toString() == u"plus";
    const QString parentId = from.value(onPlus ? "parentId" : "id").toString();
    const QString branch = from.value("branch").toString();
    const PlusSpot *plus = nullptr;
    for (const PlusSpot &spot : m_plus) {
        if (onPlus && spot.link.parentId == parentId && branchKey(spot.link.branch) == branch)
            plus = &spot;
    }
    if (onPlus && !plus)
        return cardSpot(QString());
    if (!onPlus && !m_nodeIndex.contains(parentId))
        return cardSpot(QString());
    // Down and up follow the links: card, the "+" below it (Yes first under a condition), the
    // card below that "+".
    if (direction == u"down") {
        if (onPlus)
            return plus->end ? from : cardSpot(plus->target);
        const PlusSpot *below = nullptr;
        for (const PlusSpot &spot : m_plus) {
            if (spot.link.parentId == parentId && (!below || spot.link.branch < below->link.branch))
                below = &spot;
        }
        return below ? plusSpot(*below) : from;
    }
    if (direction == u"up") {
        if (onPlus)
            return cardSpot(parentId);
        for (const PlusSpot &spot : m_plus) {
            if (!spot.end && spot.target == parentId)
                return plusSpot(spot);
        }
        return from;
    }
    if (direction != u"left" && direction != u"right")
        return from;
    // Sideways: the nearest spot of the same kind that way.
    if (!onPlus) {
        const QString beside = neighbour(parentId, direction);
        return cardSpot(beside);
    }
    const PlusSpot *best = nullptr;
    qreal bestDistance = 0;
    for (const PlusSpot &spot : m_plus) {
        const qreal d = distanceTowards(plus->centre, spot.centre, direction);
        if (d > 0 && (!best || d < bestDistance)) {
            best = &spot;
            bestDistance = d;
        }
    }
    return best ? plusSpot(*best) : from;
}

PlusPlace CanvasModel::moveTarget(const QString &id, const QString &direction) const
{
    const std::optional<LinkRef> in = incomingLink(id);
    if (id.isEmpty() || !in)
        return {};
    QPointF here;
    for (const PlusSpot &spot : m_plus) {
        if (spot.link == *in)
            here = spot.centre;
    }
    const QStringList moving = m_sequence.subtree(id);
    const PlusSpot *best = nullptr;
    qreal bestDistance = 0;
    for (const PlusSpot &spot : m_plus) {
        if (spot.link == *in || moving.contains(spot.link.parentId))
            continue;
        const qreal d = distanceTowards(here, spot.centre, direction);
        if (d > 0 && (!best || d < bestDistance)) {
            best = &spot;
            bestDistance = d;
        }
    }
    if (!best)
        return {};
    return {best->link.parentId, branchKey(best->link.branch), true};
}

} // namespace sd
