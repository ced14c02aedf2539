// SPDX-License-Identifier: MIT
// The canvas's lines and blocks in tiles: built once per layout, and only the tiles that meet
// the view are in the scene graph, so a frame draws as little at 10,000 steps as at 100.
#include "canvasmodel.h"
#include "canvastiles.h"
#include "generate.h"

#include <QSGGeometryNode>
#include <QTest>

using namespace sd;

class TestDesignerCanvasTiles : public QObject
{
    Q_OBJECT

private slots:
    void onlyTheTilesInViewAreShown()
    {
        CanvasModel canvas;
        canvas.setSequence(generateSequence(10000));
        TileStyle style;
        style.blocks = true;
        style.groupColors = {Qt::red, Qt::green, Qt::blue, Qt::cyan, Qt::magenta, Qt::gray};
        CanvasTiles tiles(nullptr, canvas, style); // no window: OpenGL geometry nodes
        QVERIFY(tiles.tileCount() > 100);
        // A 1280×800 view at 100 % at the start meets a handful of tiles, whatever the size.
        const QRectF start = canvas.nodeRect(QString());
        tiles.show(QRectF(start.center().x() - 640, start.top() - 40, 1280, 800));
        QVERIFY2(tiles.shownCount() > 0 && tiles.shownCount() <= 12,
                 qPrintable(QString::number(tiles.shownCount())));
        // Far out (an empty rect: everything) all of them; back in, a handful again.
        tiles.show(QRectF());
        QCOMPARE(tiles.shownCount(), tiles.tileCount());
        tiles.show(QRectF(start.center().x() - 640, start.top() - 40, 1280, 800));
        QVERIFY(tiles.shownCount() <= 12);
        // Every card has its block: the blocks' vertices add up to six per card.
        int vertices = 0;
        tiles.show(QRectF());
        for (QSGNode *layer = tiles.firstChild(); layer; layer = layer->nextSibling()) {
            for (QSGNode *tile = layer->firstChild(); tile; tile = tile->nextSibling()) {
                auto *node = static_cast<QSGGeometryNode *>(tile->firstChild());
                if (node->geometry()->drawingMode() == QSGGeometry::DrawTriangles)
                    vertices += node->geometry()->vertexCount();
            }
        }
        QCOMPARE(vertices, canvas.nodeCount() * 6);
    }
};

QTEST_MAIN(TestDesignerCanvasTiles)
#include "tst_designercanvastiles.moc"
