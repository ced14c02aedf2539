// SPDX-License-Identifier: MIT
#pragma once

#include "sequence.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace sd {

// Sizes of the canvas in canvas units (1 unit = 1 px at 100 % zoom).
struct LayoutMetrics
{
    qreal cardWidth = 240;
    qreal cardHeight = 84;
    qreal horizontalGap = 48;
    qreal verticalGap = 76; // room for the line, its "+" and a Yes/No label
};

// A card on the canvas: a step, or "Sequence starts here" (empty id).
struct LayoutNode
{
    QString id;
    QRectF rect;
    int depth = 0;
    bool reachable = true; // false for steps no path from the start reaches
};

// A line from a card to the card below it, with the "+" that inserts on it at `plus`.
struct LayoutEdge
{
    LinkRef link; // the link the line draws: parentId "" is the start node
    QString to;
    QPointF from;    // bottom centre of the parent card
    QPointF toPoint; // top centre of the child card
    QPointF plus;
};

// The "+" at the end of a path, or on an empty Yes/No branch: inserting there appends.
struct LayoutEnd
{
    LinkRef link;
    QPointF from;
    QPointF plus;
};

struct TreeLayout
{
    QList<LayoutNode> nodes; // start node first, then steps in depth-first order
    QList<LayoutEdge> edges;
    QList<LayoutEnd> ends;
    QRectF bounds;

    [[nodiscard]] const LayoutNode *node(const QString &id) const;
};

// A tidy top-down tree: each parent centred over its children, Yes on the left and No on the
// right, no overlaps. Linear in the number of steps and safe on malformed graphs (a step reached
// twice is placed once; unreachable steps go in trees of their own to the right).
[[nodiscard]] TreeLayout layoutTree(const Sequence &sequence, const LayoutMetrics &metrics = {});

} // namespace sd
