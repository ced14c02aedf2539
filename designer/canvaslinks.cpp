// SPDX-License-Identifier: MIT
#include "canvaslinks.h"

#include "canvasmodel.h"

#include <QQuickWindow>
#include <QSGFlatColorMaterial>
#include <QSGGeometryNode>
#include <QSGRectangleNode>
#include <QSGRendererInterface>
#include <QSGVertexColorMaterial>

#include <algorithm>

namespace sd {

namespace {

int groupIndex(const QString &group)
{
    static const QStringList order{"start",    "steps",    "conditions",
                                   "commands", "linkedin", "unknown"};
    const int i = int(order.indexOf(group));
    return i < 0 ? 5 : i;
}

QSGGeometryNode *lineNode(const TreeLayout &layout, const LayoutMetrics &m, qreal s,
                          const QColor &color)
{
    const qsizetype segments = layout.edges.size() * 3 + layout.ends.size() * 3;
    auto *geometry = new QSGGeometry(QSGGeometry::defaultAttributes_Point2D(), int(segments * 2));
    geometry->setDrawingMode(QSGGeometry::DrawLines);
    geometry->setLineWidth(1);
    QSGGeometry::Point2D *v = geometry->vertexDataAsPoint2D();
    int k = 0;
    auto segment = [&](QPointF a, QPointF b) {
        v[k++].set(float(a.x() * s), float(a.y() * s));
        v[k++].set(float(b.x() * s), float(b.y() * s));
    };
    const qreal elbow = m.verticalGap * 0.25;
    for (const LayoutEdge &e : layout.edges) {
        const qreal y = e.from.y() + elbow;
        segment(e.from, {e.from.x(), y});
        segment({e.from.x(), y}, {e.toPoint.x(), y});
        segment({e.toPoint.x(), y}, e.toPoint);
    }
    for (const LayoutEnd &e : layout.ends) {
        const qreal y = e.from.y() + elbow;
        segment(e.from, {e.from.x(), y});
        segment({e.from.x(), y}, {e.plus.x(), y});
        segment({e.plus.x(), y}, e.plus);
    }
    auto *node = new QSGGeometryNode;
    node->setGeometry(geometry);
    node->setFlag(QSGNode::OwnsGeometry);
    auto *material = new QSGFlatColorMaterial;
    material->setColor(color);
    node->setMaterial(material);
    node->setFlag(QSGNode::OwnsMaterial);
    return node;
}

// A card's block in item units: scaled, and grown about its centre to `minimum` when smaller.
QRectF blockRect(const QRectF &card, qreal s, qreal minimum)
{
    QRectF r(card.x() * s, card.y() * s, card.width() * s, card.height() * s);
    const qreal w = std::max(r.width(), minimum), h = std::max(r.height(), minimum);
    return QRectF(r.center().x() - w / 2, r.center().y() - h / 2, w, h);
}

QSGGeometryNode *blockNode(const CanvasModel &canvas, qreal s, qreal minimum,
                           const QList<QColor> &colors)
{
    const TreeLayout &layout = canvas.layout();
    auto *geometry = new QSGGeometry(QSGGeometry::defaultAttributes_ColoredPoint2D(),
                                     int(layout.nodes.size() * 6));
    geometry->setDrawingMode(QSGGeometry::DrawTriangles);
    QSGGeometry::ColoredPoint2D *v = geometry->vertexDataAsColoredPoint2D();
    int k = 0;
    for (const LayoutNode &n : layout.nodes) {
        const QColor c = colors.value(groupIndex(canvas.nodeGroup(n.id)), Qt::gray);
        const auto r = uchar(c.red()), g = uchar(c.green()), b = uchar(c.blue());
        const QRectF rect = blockRect(n.rect, s, minimum);
        const float l = float(rect.left()), t = float(rect.top()), rt = float(rect.right()),
                    bt = float(rect.bottom());
        v[k++].set(l, t, r, g, b, 255);
        v[k++].set(rt, t, r, g, b, 255);
        v[k++].set(l, bt, r, g, b, 255);
        v[k++].set(rt, t, r, g, b, 255);
        v[k++].set(rt, bt, r, g, b, 255);
        v[k++].set(l, bt, r, g, b, 255);
    }
    auto *node = new QSGGeometryNode;
    node->setGeometry(geometry);
    node->setFlag(QSGNode::OwnsGeometry);
    node->setMaterial(new QSGVertexColorMaterial);
    node->setFlag(QSGNode::OwnsMaterial);
    return node;
}

// The software renderer (offscreen, no GPU) draws no custom geometry: one rectangle node per
// segment and block there instead.
void addSoftware(QQuickWindow *window, QSGNode *root, const CanvasModel &canvas, qreal s,
                 bool lines, const QColor &lineColor, bool blocks, qreal minimum,
                 const QList<QColor> &colors)
{
    const TreeLayout &layout = canvas.layout();
    auto rect = [&](QRectF r, const QColor &c) {
        QSGRectangleNode *node = window->createRectangleNode();
        node->setRect(r);
        node->setColor(c);
        root->appendChildNode(node);
    };
    auto segment = [&](QPointF a, QPointF b) {
        const QPointF p(std::min(a.x(), b.x()) * s, std::min(a.y(), b.y()) * s);
        rect(QRectF(p.x() - 0.5, p.y() - 0.5, std::abs(a.x() - b.x()) * s + 1,
                    std::abs(a.y() - b.y()) * s + 1),
             lineColor);
    };
    const qreal elbow = LayoutMetrics{}.verticalGap * 0.25;
    if (lines) {
        for (const LayoutEdge &e : layout.edges) {
            const qreal y = e.from.y() + elbow;
            segment(e.from, {e.from.x(), y});
            segment({e.from.x(), y}, {e.toPoint.x(), y});
            segment({e.toPoint.x(), y}, e.toPoint);
        }
        for (const LayoutEnd &e : layout.ends) {
            const qreal y = e.from.y() + elbow;
            segment(e.from, {e.from.x(), y});
            segment({e.from.x(), y}, {e.plus.x(), y});
            segment({e.plus.x(), y}, e.plus);
        }
    }
    if (blocks) {
        for (const LayoutNode &n : layout.nodes)
            rect(blockRect(n.rect, s, minimum),
                 colors.value(groupIndex(canvas.nodeGroup(n.id)), Qt::gray));
    }
}

} // namespace

CanvasLinks::CanvasLinks(QQuickItem *parent) : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
}

void CanvasLinks::changed()
{
    m_dirty = true;
    update();
}

void CanvasLinks::setCanvas(CanvasModel *canvas)
{
    if (m_canvas == canvas)
        return;
    if (m_canvas)
        disconnect(m_canvas, nullptr, this, nullptr);
    m_canvas = canvas;
    if (m_canvas)
        connect(m_canvas, &CanvasModel::layoutChanged, this, &CanvasLinks::changed);
    emit canvasChanged();
    changed();
}

void CanvasLinks::setLineColor(const QColor &c)
{
    if (c == m_lineColor)
        return;
    m_lineColor = c;
    emit appearanceChanged();
    changed();
}

void CanvasLinks::setLines(bool on)
{
    if (on == m_lines)
        return;
    m_lines = on;
    emit appearanceChanged();
    changed();
}

void CanvasLinks::setBlocks(bool on)
{
    if (on == m_blocks)
        return;
    m_blocks = on;
    emit appearanceChanged();
    changed();
}

void CanvasLinks::setGroupColors(const QVariantList &colors)
{
    if (colors == m_groupColors)
        return;
    m_groupColors = colors;
    emit appearanceChanged();
    changed();
}

void CanvasLinks::setUnitScale(qreal s)
{
    if (qFuzzyCompare(s, m_unitScale))
        return;
    m_unitScale = s;
    emit appearanceChanged();
    changed();
}

void CanvasLinks::setMinimumBlock(qreal size)
{
    if (qFuzzyCompare(size, m_minimumBlock))
        return;
    m_minimumBlock = size;
    emit appearanceChanged();
    changed();
}

QSGNode *CanvasLinks::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    if (!m_dirty && old)
        return old;
    m_dirty = false;
    delete old;
    if (!m_canvas)
        return nullptr;
    auto *root = new QSGNode;
    QList<QColor> colors;
    for (const QVariant &c : m_groupColors)
        colors.append(c.value<QColor>());
    if (window() &&
        window()->rendererInterface()->graphicsApi() == QSGRendererInterface::Software) {
        addSoftware(window(), root, *m_canvas, m_unitScale, m_lines, m_lineColor, m_blocks,
                    m_minimumBlock, colors);
        return root;
    }
    if (m_lines)
        root->appendChildNode(
            lineNode(m_canvas->layout(), LayoutMetrics{}, m_unitScale, m_lineColor));
    if (m_blocks) {
        root->appendChildNode(blockNode(*m_canvas, m_unitScale, m_minimumBlock, colors));
    }
    return root;
}

} // namespace sd
