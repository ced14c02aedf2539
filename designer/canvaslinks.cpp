// SPDX-License-Identifier: MIT
#include "canvaslinks.h"

#include "canvastiles.h"

#include <QQuickWindow>

namespace sd {

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
    if (m_blocks) // else it is used when blocks are turned on
        changed();
}

void CanvasLinks::setLineWidth(qreal width)
{
    if (qFuzzyCompare(width, m_lineWidth))
        return;
    m_lineWidth = width;
    emit appearanceChanged();
    changed(); // a painted tile repaints this far around its lines; far out, a new picture
}

void CanvasLinks::setVisibleRect(const QRectF &rect)
{
    if (rect == m_visibleRect)
        return;
    m_visibleRect = rect;
    emit visibleRectChanged();
    update();
}

QSGNode *CanvasLinks::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    auto *tiles = static_cast<CanvasTiles *>(old);
    if (m_dirty || !tiles) {
        m_dirty = false;
        delete old;
        tiles = nullptr;
        if (!m_canvas)
            return nullptr;
        TileStyle style{m_unitScale, m_lines,        m_lineColor, m_lineWidth,
                        m_blocks,    m_minimumBlock, {}};
        for (const QVariant &c : std::as_const(m_groupColors))
            style.groupColors.append(c.value<QColor>());
        tiles = new CanvasTiles(window(), *m_canvas, style);
    }
    tiles->show(m_visibleRect);
    return tiles;
}

} // namespace sd
