// SPDX-License-Identifier: MIT
#include "canvastiles.h"

#include "canvasmodel.h"
#include "stepstyle.h"

#include <QHash>
#include <QImage>
#include <QPainter>
#include <QQuickWindow>
#include <QSGFlatColorMaterial>
#include <QSGGeometryNode>
#include <QSGImageNode>
#include <QSGRenderNode>
#include <QSGRendererInterface>
#include <QSGVertexColorMaterial>

#include <algorithm>
#include <cmath>

namespace sd {

namespace {

// A tile's side in canvas units: a 1280×800 view at 100 % meets at most a few.
constexpr qreal tileSide = 1024;
// In the software renderer, which spends a frame moving its nodes' dirty regions, tiles are 16
// times larger: a zoom gesture out from 100 % shows the whole tree with the tiles cut for 100 %
// (thousands at 5,000 steps: 40–60 ms a frame), and a tile's lines outside the view cost
// little to clip.
constexpr qreal paintedTileSide = 4 * tileSide;
// Far out, when the whole tree takes at most this many pixels, it is one picture (16 MiB at
// most) instead of thousands of tiles: the software renderer spends its frame on the dirty
// regions of every node it moves, and a picture is one.
constexpr qreal pictureBudget = 2048.0 * 2048.0;

using TileKey = QPair<int, int>;

TileKey tileOf(QPointF p, qreal side)
{
    return {int(std::floor(p.x() / side)), int(std::floor(p.y() / side))};
}

struct Segment
{
    QPointF a, b;
};

struct Block
{
    QRectF rect;
    QColor color;
};

// Every line of the layout as axis-parallel segments in canvas units, by tile of `side`.
QHash<TileKey, QList<Segment>> segmentsByTile(const TreeLayout &layout, qreal side)
{
    QHash<TileKey, QList<Segment>> out;
    const qreal elbow = LayoutMetrics{}.verticalGap * 0.25;
    auto path = [&](QPointF from, QPointF to) {
        const qreal y = from.y() + elbow;
        QList<Segment> &list = out[tileOf(from, side)];
        list.append({from, {from.x(), y}});
        list.append({{from.x(), y}, {to.x(), y}});
        list.append({{to.x(), y}, to});
    };
    for (const LayoutEdge &e : layout.edges)
        path(e.from, e.toPoint);
    for (const LayoutEnd &e : layout.ends)
        path(e.from, e.plus);
    return out;
}

// A card's block in item units: scaled, and grown about its centre to `minimum` when smaller.
QRectF blockRect(const QRectF &card, qreal s, qreal minimum)
{
    QRectF r(card.x() * s, card.y() * s, card.width() * s, card.height() * s);
    const qreal w = std::max(r.width(), minimum), h = std::max(r.height(), minimum);
    return QRectF(r.center().x() - w / 2, r.center().y() - h / 2, w, h);
}

QHash<TileKey, QList<Block>> blocksByTile(const CanvasModel &canvas, const TileStyle &style,
                                          qreal side)
{
    QHash<TileKey, QList<Block>> out;
    for (const LayoutNode &n : canvas.layout().nodes) {
        const QColor c = style.groupColors.value(int(StepGroup::ofKey(canvas.nodeGroup(n.id))),
                                                 QColor(Qt::gray));
        out[tileOf(n.rect.center(), side)].append(
            {blockRect(n.rect, style.scale, style.minimumBlock), c});
    }
    return out;
}

QRectF segmentRect(const Segment &s, qreal scale, qreal width)
{
    return QRectF(std::min(s.a.x(), s.b.x()) * scale - width / 2,
                  std::min(s.a.y(), s.b.y()) * scale - width / 2,
                  std::abs(s.a.x() - s.b.x()) * scale + width,
                  std::abs(s.a.y() - s.b.y()) * scale + width);
}

QSGGeometryNode *lineNode(const QList<Segment> &segments, qreal s, const QColor &color)
{
    auto *geometry =
        new QSGGeometry(QSGGeometry::defaultAttributes_Point2D(), int(segments.size() * 2));
    geometry->setDrawingMode(QSGGeometry::DrawLines);
    geometry->setLineWidth(1);
    QSGGeometry::Point2D *v = geometry->vertexDataAsPoint2D();
    int k = 0;
    for (const Segment &seg : segments) {
        v[k++].set(float(seg.a.x() * s), float(seg.a.y() * s));
        v[k++].set(float(seg.b.x() * s), float(seg.b.y() * s));
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

QSGGeometryNode *blockNode(const QList<Block> &blocks)
{
    auto *geometry =
        new QSGGeometry(QSGGeometry::defaultAttributes_ColoredPoint2D(), int(blocks.size() * 6));
    geometry->setDrawingMode(QSGGeometry::DrawTriangles);
    QSGGeometry::ColoredPoint2D *v = geometry->vertexDataAsColoredPoint2D();
    int k = 0;
    for (const Block &b : blocks) {
        const auto r = uchar(b.color.red()), g = uchar(b.color.green()), bl = uchar(b.color.blue());
        const float l = float(b.rect.left()), t = float(b.rect.top()), rt = float(b.rect.right()),
                    bt = float(b.rect.bottom());
        v[k++].set(l, t, r, g, bl, 255);
        v[k++].set(rt, t, r, g, bl, 255);
        v[k++].set(l, bt, r, g, bl, 255);
        v[k++].set(rt, t, r, g, bl, 255);
        v[k++].set(rt, bt, r, g, bl, 255);
        v[k++].set(l, bt, r, g, bl, 255);
    }
    auto *node = new QSGGeometryNode;
    node->setGeometry(geometry);
    node->setFlag(QSGNode::OwnsGeometry);
    node->setMaterial(new QSGVertexColorMaterial);
    node->setFlag(QSGNode::OwnsMaterial);
    return node;
}

// A tile for the software renderer, which draws no custom geometry: it paints its lines with a
// cosmetic pen (one pixel wide, unbroken, at every zoom) and its blocks as filled rectangles, in
// one node, where a rectangle node per segment cost the renderer seconds a frame far out.
class PaintedTile : public QSGRenderNode
{
public:
    PaintedTile(QQuickWindow *window, const QRectF &bounds) : m_window(window), m_bounds(bounds) {}
    QList<QLineF> lines;
    QColor lineColor;
    QList<Block> blocks;

    void render(const RenderState *state) override
    {
        auto *p = static_cast<QPainter *>(m_window->rendererInterface()->getResource(
            m_window, QSGRendererInterface::PainterResource));
        if (!p)
            return;
        p->save();
        const QRegion *clip = state->clipRegion();
        if (clip && !clip->isEmpty())
            p->setClipRegion(*clip, Qt::ReplaceClip);
        p->setTransform(matrix()->toTransform());
        p->setOpacity(inheritedOpacity());
        p->setRenderHint(QPainter::Antialiasing, false);
        if (!lines.isEmpty()) {
            p->setPen(QPen(lineColor, 0)); // cosmetic: one pixel whatever the scale
            p->drawLines(lines.constData(), int(lines.size()));
        }
        for (const Block &b : std::as_const(blocks))
            p->fillRect(b.rect, b.color);
        p->restore();
    }
    [[nodiscard]] StateFlags changedStates() const override { return {}; }
    [[nodiscard]] RenderingFlags flags() const override { return BoundedRectRendering; }
    [[nodiscard]] QRectF rect() const override { return m_bounds; }

private:
    QQuickWindow *m_window;
    QRectF m_bounds;
};

// The lines and blocks of the whole tree painted once into one picture of `bounds` (item units)
// at `pixels` pixels per item unit: lines one pixel wide and unbroken, blocks over them.
QSGNode *pictureNode(QQuickWindow *window, const QRectF &bounds, qreal pixels,
                     const QHash<TileKey, QList<Segment>> &segments, qreal scale,
                     const QColor &lineColor, const QHash<TileKey, QList<Block>> &blocks)
{
    const qreal dpr = window->effectiveDevicePixelRatio();
    QImage image(QSize(int(std::ceil(bounds.width() * pixels * dpr)),
                       int(std::ceil(bounds.height() * pixels * dpr))),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.scale(pixels * dpr, pixels * dpr);
        p.translate(-bounds.topLeft());
        p.setPen(QPen(lineColor, 0)); // cosmetic: one pixel whatever the scale
        for (const QList<Segment> &tile : segments) {
            for (const Segment &s : tile)
                p.drawLine(s.a * scale, s.b * scale);
        }
        for (const QList<Block> &tile : blocks) {
            for (const Block &b : tile)
                p.fillRect(b.rect, b.color);
        }
    }
    QSGImageNode *node = window->createImageNode();
    node->setTexture(window->createTextureFromImage(image));
    node->setOwnsTexture(true);
    node->setFiltering(QSGTexture::Linear); // scaled smoothly while a zoom settles
    node->setRect(bounds);
    return node;
}

} // namespace

CanvasTiles::CanvasTiles(QQuickWindow *window, const CanvasModel &canvas, const TileStyle &style)
    : m_lineLayer(new QSGNode), m_blockLayer(new QSGNode)
{
    appendChildNode(m_lineLayer);
    appendChildNode(m_blockLayer);
    const bool software =
        window && window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software;
    const qreal side = software ? paintedTileSide : tileSide;
    const QHash<TileKey, QList<Segment>> segments =
        style.lines ? segmentsByTile(canvas.layout(), side) : QHash<TileKey, QList<Segment>>();
    const QHash<TileKey, QList<Block>> blocks =
        style.blocks ? blocksByTile(canvas, style, side) : QHash<TileKey, QList<Block>>();
    const qreal pixels = 1 / style.lineWidth;
    const qreal reach = style.minimumBlock + style.lineWidth; // blocks grown, lines' width
    const QRectF all =
        QRectF(canvas.bounds().topLeft() * style.scale, canvas.bounds().size() * style.scale)
            .adjusted(-reach, -reach, reach, reach);
    if (window && all.width() * all.height() * pixels * pixels <= pictureBudget) {
        Tile tile{new QSGNode, m_lineLayer, all, false};
        tile.node->appendChildNode(
            pictureNode(window, all, pixels, segments, style.scale, style.lineColor, blocks));
        m_tiles.append(tile);
        return;
    }
    if (style.lines) {
        for (auto it = segments.cbegin(); it != segments.cend(); ++it) {
            Tile tile{new QSGNode, m_lineLayer, {}, false};
            for (const Segment &s : it.value())
                tile.bounds |= segmentRect(s, style.scale, style.lineWidth);
            if (software) {
                auto *painted = new PaintedTile(window, tile.bounds);
                painted->lineColor = style.lineColor;
                for (const Segment &s : it.value())
                    painted->lines.append(QLineF(s.a * style.scale, s.b * style.scale));
                tile.node->appendChildNode(painted);
            } else {
                tile.node->appendChildNode(lineNode(it.value(), style.scale, style.lineColor));
            }
            m_tiles.append(tile);
        }
    }
    if (style.blocks) {
        for (auto it = blocks.cbegin(); it != blocks.cend(); ++it) {
            Tile tile{new QSGNode, m_blockLayer, {}, false};
            for (const Block &b : it.value())
                tile.bounds |= b.rect;
            if (software) {
                auto *painted = new PaintedTile(window, tile.bounds);
                painted->blocks = it.value();
                tile.node->appendChildNode(painted);
            } else {
                tile.node->appendChildNode(blockNode(it.value()));
            }
            m_tiles.append(tile);
        }
    }
}

CanvasTiles::~CanvasTiles()
{
    for (const Tile &tile : std::as_const(m_tiles)) {
        if (!tile.attached) // the attached ones go with their layer
            delete tile.node;
    }
}

void CanvasTiles::show(const QRectF &visible)
{
    for (Tile &tile : m_tiles) {
        const bool wanted = visible.isEmpty() || tile.bounds.intersects(visible);
        if (wanted == tile.attached)
            continue;
        if (wanted)
            tile.layer->appendChildNode(tile.node);
        else
            tile.layer->removeChildNode(tile.node);
        tile.attached = wanted;
    }
}

qsizetype CanvasTiles::shownCount() const
{
    return std::count_if(m_tiles.cbegin(), m_tiles.cend(),
                         [](const Tile &t) { return t.attached; });
}

} // namespace sd
