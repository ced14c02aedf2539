// SPDX-License-Identifier: MIT
#pragma once

#include "canvasmodel.h"

#include <QColor>
#include <QPointer>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

namespace sd {

// Draws every link of the canvas in one item, and, when `blocks` is set, every card as a
// coloured block: the simple form the canvas uses zoomed far out, and the minimap. Item
// coordinates are canvas units times `unitScale`. The geometry is cut into tiles (CanvasTiles),
// built once per layout; only the tiles that meet `visibleRect` are drawn, so moving the view
// changes which tiles are in the scene graph and rebuilds nothing.
class CanvasLinks : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sd::CanvasModel *canvas READ canvas WRITE setCanvas NOTIFY canvasChanged)
    Q_PROPERTY(QColor lineColor READ lineColor WRITE setLineColor NOTIFY appearanceChanged)
    Q_PROPERTY(bool lines READ lines WRITE setLines NOTIFY appearanceChanged)
    Q_PROPERTY(bool blocks READ blocks WRITE setBlocks NOTIFY appearanceChanged)
    // Colours of the groups: start, steps, conditions, commands, linkedin, unknown.
    Q_PROPERTY(
        QVariantList groupColors READ groupColors WRITE setGroupColors NOTIFY appearanceChanged)
    Q_PROPERTY(qreal unitScale READ unitScale WRITE setUnitScale NOTIFY appearanceChanged)
    // The smallest a block is drawn, in item units (the minimap: a card stays a visible dot).
    Q_PROPERTY(qreal minimumBlock READ minimumBlock WRITE setMinimumBlock NOTIFY appearanceChanged)
    // A pixel in item units (1 / zoom): lines are one pixel wide at every zoom, the software
    // renderer repaints a tile this far around its lines, and far out the picture of the whole
    // tree is painted at this resolution (CanvasTiles).
    Q_PROPERTY(qreal lineWidth READ lineWidth WRITE setLineWidth NOTIFY appearanceChanged)
    // The part of the item in view, in item units; empty draws everything.
    Q_PROPERTY(QRectF visibleRect READ visibleRect WRITE setVisibleRect NOTIFY visibleRectChanged)

public:
    explicit CanvasLinks(QQuickItem *parent = nullptr);

    [[nodiscard]] CanvasModel *canvas() const { return m_canvas; }
    void setCanvas(CanvasModel *canvas);
    [[nodiscard]] QColor lineColor() const { return m_lineColor; }
    void setLineColor(const QColor &c);
    [[nodiscard]] bool lines() const { return m_lines; }
    void setLines(bool on);
    [[nodiscard]] bool blocks() const { return m_blocks; }
    void setBlocks(bool on);
    [[nodiscard]] QVariantList groupColors() const { return m_groupColors; }
    void setGroupColors(const QVariantList &colors);
    [[nodiscard]] qreal unitScale() const { return m_unitScale; }
    void setUnitScale(qreal s);
    [[nodiscard]] qreal minimumBlock() const { return m_minimumBlock; }
    void setMinimumBlock(qreal size);
    [[nodiscard]] qreal lineWidth() const { return m_lineWidth; }
    void setLineWidth(qreal width);
    [[nodiscard]] QRectF visibleRect() const { return m_visibleRect; }
    void setVisibleRect(const QRectF &rect);

signals:
    void canvasChanged();
    void appearanceChanged();
    void visibleRectChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;

private:
    void changed();

    QPointer<CanvasModel> m_canvas;
    QColor m_lineColor = Qt::gray;
    bool m_lines = true;
    bool m_blocks = false;
    QVariantList m_groupColors;
    qreal m_unitScale = 1;
    qreal m_minimumBlock = 0;
    qreal m_lineWidth = 1;
    QRectF m_visibleRect;
    bool m_dirty = true;
};

} // namespace sd
