// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QSGNode>

class QQuickWindow;

namespace sd {

class CanvasModel;

// How CanvasLinks draws: lines and blocks, their colours and sizes in item units.
struct TileStyle
{
    qreal scale = 1; // item units per canvas unit
    bool lines = true;
    QColor lineColor;
    // A pixel in item units: how far a tile reaches around its lines, and far out the
    // resolution of the picture of the whole tree.
    qreal lineWidth = 1;
    bool blocks = false;
    qreal minimumBlock = 0;
    QList<QColor> groupColors; // in the order of StepGroup::Kind
};

// The lines and blocks of a canvas cut into square tiles, one geometry node (in the software
// renderer, which draws no custom geometry, one node that paints them) per tile and kind,
// built once per layout. show() keeps only the tiles that meet the view in the scene graph, so a
// frame draws about as much at 10,000 steps as at 100. Lines under blocks. Far out, when the
// whole tree is a few million pixels or fewer (fitted, the minimap), it is one picture instead,
// painted once per layout and zoom (needs a window). In the software renderer the tiles are
// larger (fewer nodes to move far out in a zoom gesture).
class CanvasTiles : public QSGNode
{
public:
    CanvasTiles(QQuickWindow *window, const CanvasModel &canvas, const TileStyle &style);
    ~CanvasTiles() override;
    CanvasTiles(const CanvasTiles &) = delete;
    CanvasTiles &operator=(const CanvasTiles &) = delete;

    // Attaches the tiles that meet `visible` (item units; an empty rect shows all).
    void show(const QRectF &visible);
    [[nodiscard]] qsizetype tileCount() const { return m_tiles.size(); }
    [[nodiscard]] qsizetype shownCount() const;

private:
    struct Tile
    {
        QSGNode *node = nullptr;
        QSGNode *layer = nullptr;
        QRectF bounds;
        bool attached = false;
    };

    QSGNode *m_lineLayer = nullptr;
    QSGNode *m_blockLayer = nullptr;
    QList<Tile> m_tiles;
};

} // namespace sd
