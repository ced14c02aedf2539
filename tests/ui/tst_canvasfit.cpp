// SPDX-License-Identifier: MIT
// The canvas's zoom rules on large trees: the smallest zoom shows the whole tree however large,
// a fitted view can still be dragged, a sequence opens readable (not as a speck), and F or
// Ctrl+0 fits.
#include "generate.h"
#include "language.h"
#include "tst_designerhelpers.h"

using namespace sd;
using namespace sd::uitest;

class TestCanvasFit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static bool wholeTreeInView(QQuickItem *view)
    {
        const QRectF tree = view->property("bounds").toRectF();
        const double zoom = view->property("zoom").toDouble();
        return tree.width() * zoom <= view->width() && tree.height() * zoom <= view->height();
    }

private slots:
    void initTestCase()
    {
        isolate();
        Language::setStartupOverride("en");
    }

    // The smallest zoom is the one that shows the whole 10,000-step tree, not a fixed 1 %.
    void minimumZoomFitsTheWholeTree()
    {
        const QString path = m_dir.filePath("huge.sqlite");
        const QString id = createIn(path, generateSequence(10000));
        Window w(path);
        QVERIFY(openDesigner(w, id));
        QQuickItem *view = w.item("canvasView");
        QVERIFY(view);
        QMetaObject::invokeMethod(view, "zoomBy", Q_ARG(double, 0.0001));
        QTRY_VERIFY2(wholeTreeInView(view),
                     qPrintable(QString::number(view->property("zoom").toDouble())));
        QCOMPARE(view->property("zoom").toDouble(), view->property("minZoom").toDouble());
        // Not smaller than that needs: the tree fills the view one way, less a margin.
        const QRectF tree = view->property("bounds").toRectF();
        const double zoom = view->property("zoom").toDouble();
        QVERIFY(tree.width() * zoom > view->width() - 100 ||
                tree.height() * zoom > view->height() - 100);
        // Fit: the same zoom, the tree in the middle; blocks and lines are made for the zoom
        // once it settles.
        QMetaObject::invokeMethod(view, "fit");
        QCOMPARE(view->property("zoom").toDouble(), zoom);
        QTRY_COMPARE(view->property("settledZoom").toDouble(), zoom);
        QVERIFY(w.drawn());
        w.shot("canvas-10000-steps-fitted");
        w.stop();
    }

    // Dragging the background of a fitted view moves it.
    void fittedViewCanBeDragged()
    {
        const QString path = m_dir.filePath("drag.sqlite");
        const QString id = createIn(path, generateSequence(1000));
        Window w(path);
        QVERIFY(openDesigner(w, id));
        QQuickItem *view = w.item("canvasView");
        QQuickItem *flick = w.item("canvasFlick");
        QVERIFY(view && flick);
        QMetaObject::invokeMethod(view, "fit");
        QVERIFY(wholeTreeInView(view));
        QVERIFY(w.drawn());
        const QPointF before(flick->property("contentX").toDouble(),
                             flick->property("contentY").toDouble());
        // From a corner of the view, clear of the tree in the middle and of the minimap.
        const QPoint from = view->mapToScene(QPointF(60, 60)).toPoint();
        w.drag(from, from + QPoint(150, 120));
        QTRY_VERIFY(QPointF(flick->property("contentX").toDouble(),
                            flick->property("contentY").toDouble()) != before);
        w.stop();
    }

    // A 97-step sequence (too large to show whole readable) opens at 100 % at its start, not
    // fitted into a speck.
    void mediumSequenceOpensReadable()
    {
        const QString path = m_dir.filePath("medium.sqlite");
        const QString id = createIn(path, generateSequence(97));
        Window w(path);
        QVERIFY(openDesigner(w, id));
        QQuickItem *view = w.item("canvasView");
        QVERIFY(view);
        QTRY_VERIFY(view->property("positioned").toBool());
        const double zoom = view->property("zoom").toDouble();
        QVERIFY2(zoom >= 0.6, qPrintable(QString::number(zoom)));
        // The start card is drawn as a card, inside the view.
        QQuickItem *start = w.waitFor("card_start");
        QVERIFY(start);
        const QRectF shown = start->mapRectToItem(view, start->boundingRect());
        QVERIFY2(QRectF(0, 0, view->width(), view->height()).contains(shown),
                 qPrintable(QStringLiteral("%1,%2").arg(shown.x()).arg(shown.y())));
        QVERIFY(w.drawn());
        w.shot("canvas-97-steps-opened");
        w.stop();
    }

    // F (with the canvas focused) and Ctrl+0 fit the whole tree.
    void fitKeys()
    {
        const QString path = m_dir.filePath("keys.sqlite");
        const QString id = createIn(path, generateSequence(1000));
        Window w(path);
        QVERIFY(openDesigner(w, id));
        QQuickItem *view = w.item("canvasView");
        QVERIFY(view);
        QVERIFY(!wholeTreeInView(view));
        view->forceActiveFocus();
        w.key(Qt::Key_F);
        QTRY_VERIFY(wholeTreeInView(view));

        QMetaObject::invokeMethod(view, "zoomBy", Q_ARG(double, 50.0));
        QTRY_VERIFY(!wholeTreeInView(view));
        w.key(Qt::Key_0, Qt::ControlModifier);
        QTRY_VERIFY(wholeTreeInView(view));
        w.stop();
    }
};

QTEST_MAIN(TestCanvasFit)
#include "tst_canvasfit.moc"
