// SPDX-License-Identifier: MIT
// The canvas's lines and blocks in tiles: built once per layout, and only the tiles that meet
// the view are in the scene graph, so a frame draws as little at 10,000 steps as at 100.
#include "canvasmodel.h"
#include "canvastiles.h"
#include "generate.h"

#include <QAbstractItemModelTester>
#include <QQuickWindow>
#include <QSGGeometryNode>
#include <QSignalSpy>
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

    // In the software renderer a zoom gesture out from 100 % shows the whole tree with the tiles
    // cut for 100 %, and a frame moves every tile's node (the renderer's dirty regions took 40–60
    // ms at 5,000 steps with the OpenGL tiles): its tiles are larger, a view at 100 % still
    // meets a few.
    void theSoftwareRendererHasFewerTiles()
    {
        CanvasModel canvas;
        canvas.setSequence(generateSequence(5000));
        const CanvasTiles geometry(nullptr, canvas, TileStyle{});
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        QQuickWindow window;
        QCOMPARE(window.rendererInterface()->graphicsApi(), QSGRendererInterface::Software);
        CanvasTiles painted(&window, canvas, TileStyle{});
        QVERIFY2(
            painted.tileCount() > 0 && painted.tileCount() * 3 <= geometry.tileCount(),
            qPrintable(
                QStringLiteral("%1 of %2").arg(painted.tileCount()).arg(geometry.tileCount())));
        const QRectF start = canvas.nodeRect(QString());
        painted.show(QRectF(start.center().x() - 640, start.top() - 40, 1280, 800));
        QVERIFY(painted.shownCount() > 0 && painted.shownCount() <= 4);
    }

    // Panning gives the rows of the cards that left to the cards that arrived (their delegates
    // are kept and show the new cards); a row left over is kept as a hidden spare for a card
    // that comes later, so rows are added only while more cards are in view than ever before.
    void panningReusesRows()
    {
        CanvasModel canvas;
        canvas.setSequence(generateSequence(1000));
        CardModel *cards = canvas.cards();
        QAbstractItemModelTester tester(cards);
        const QRectF start = canvas.nodeRect(QString());
        QRectF view(start.center().x() - 640, start.top() - 200, 1680, 1200);
        canvas.setViewport(view);
        QSignalSpy inserted(cards, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(cards, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(cards, &QAbstractItemModel::dataChanged);
        int most = cards->rowCount(); // the most cards in view so far
        int spares = 0;
        for (int step = 0; step < 60; ++step) {
            view.translate(0, 40);
            canvas.setViewport(view);
            // The shown rows are exactly the cards meeting the viewport, each once.
            QSet<QString> shown;
            int spare = 0;
            for (int row = 0; row < cards->rowCount(); ++row) {
                const QModelIndex at = cards->index(row);
                if (at.data(ViewportModel::ShownRole).toBool())
                    shown.insert(at.data(CardModel::IdRole).toString());
                else
                    ++spare;
            }
            QSet<QString> expected;
            for (const LayoutNode &n : canvas.layout().nodes) {
                if (n.rect.intersects(view))
                    expected.insert(n.id);
            }
            QCOMPARE(shown, expected);
            QCOMPARE(cards->shownCount(), expected.size());
            // Rows are only added when more are in view than there were rows.
            QCOMPARE(cards->rowCount(), std::max(most, int(expected.size())));
            most = std::max(most, int(expected.size()));
            spares = std::max(spares, spare);
        }
        QVERIFY(changed.size() > 0);
        QVERIFY(spares > 0); // the number in view went down at some point
        QCOMPARE(removed.size(), 0);
        qsizetype added = 0;
        for (const QList<QVariant> &args : inserted)
            added += args.at(2).toInt() - args.at(1).toInt() + 1;
        QVERIFY(added <= most);
    }

    // Zooming in from the whole tree leaves many rows over: at most maxSpares are kept.
    void sparesAreFew()
    {
        CanvasModel canvas;
        canvas.setSequence(generateSequence(1000));
        CardModel *cards = canvas.cards();
        canvas.setViewport(canvas.bounds());
        QCOMPARE(cards->shownCount(), 1001);
        const QRectF start = canvas.nodeRect(QString());
        canvas.setViewport(QRectF(start.center().x() - 640, start.top() - 200, 1280, 800));
        QVERIFY(cards->shownCount() > 0 && cards->shownCount() < 40);
        QCOMPARE(cards->rowCount() - cards->shownCount(), int(ViewportModel::maxSpares));
    }
};

QTEST_MAIN(TestDesignerCanvasTiles)
#include "tst_designercanvastiles.moc"
