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
        // The zoom shows a figure, not "0%".
        const QString shown = w.item("zoomLabel")->property("text").toString();
        QVERIFY2(shown != u"0%" && shown.startsWith(u"0.0"), qPrintable(shown));
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

    // A card is a small item tree (issue 19: cards that cost little): the context menu is one for
    // the canvas, not made for every card (65 items a card with it, 20 without).
    void cardIsSmall()
    {
        const QString path = m_dir.filePath("small.sqlite");
        const QString id = createIn(path, generateSequence(100));
        Window w(path);
        QVERIFY(openDesigner(w, id));
        QQuickItem *card = w.waitFor("card_start");
        QVERIFY(card);
        QQuickItem *step = nullptr;
        QTRY_VERIFY((step = stepCard(card->parentItem())) != nullptr);
        const qsizetype items = step->findChildren<QQuickItem *>().size() + 1;
        qInfo("items of one card: %lld", qlonglong(items));
        QVERIFY2(items <= 32, qPrintable(QString::number(items)));
        w.stop();
    }

    // A card selected at the right edge of the view (its border just inside, under the scroll
    // bar) is scrolled fully into view, clear of the edge.
    void selectedCardAtTheRightEdgeIsRevealed()
    {
        const QString path = m_dir.filePath("edge.sqlite");
        const QString id = createIn(path, generateSequence(1000));
        Window w(path);
        QVERIFY(openDesigner(w, id));
        QQuickItem *view = w.item("canvasView");
        QQuickItem *flick = w.item("canvasFlick");
        QVERIFY(view && flick);
        QTRY_VERIFY(view->property("positioned").toBool());
        QQuickItem *card = nullptr;
        QTRY_VERIFY((card = stepCard(w.item("canvasWorld"))) != nullptr);
        const QString stepId = card->property("stepId").toString();
        const QRectF before = card->mapRectToItem(view, card->boundingRect());
        flick->setProperty("contentX", flick->property("contentX").toDouble() + before.right() -
                                           (view->width() - 3));
        const auto shown = [&] {
            QQuickItem *c = w.item("card_" + stepId);
            return c ? c->mapRectToItem(view, c->boundingRect()) : QRectF();
        };
        QTRY_COMPARE(qRound(shown().right()), qRound(view->width() - 3));
        auto *document = view->property("document").value<QObject *>();
        document->setProperty("selectedId", stepId);
        QTRY_VERIFY2(shown().left() >= 16 && shown().right() <= view->width() - 16,
                     qPrintable(QStringLiteral("%1..%2 of %3")
                                    .arg(shown().left())
                                    .arg(shown().right())
                                    .arg(view->width())));
        w.stop();
    }

    // Panning away from part of the tree keeps the rows of the cards that left as hidden spares
    // (no item made or destroyed when fewer come back): nothing of them shows, is named or is
    // offered to a screen reader, and the cards that come back are drawn where they belong.
    void spareCardsAreHidden()
    {
        const QString path = m_dir.filePath("spares.sqlite");
        const QString id = createIn(path, generateSequence(1000));
        Window w(path);
        QVERIFY(openDesigner(w, id));
        QQuickItem *view = w.item("canvasView");
        QQuickItem *flick = w.item("canvasFlick");
        QQuickItem *world = w.item("canvasWorld");
        QVERIFY(view && flick && world);
        QTRY_VERIFY(view->property("positioned").toBool());
        QVERIFY(w.waitFor("card_start"));
        const auto cards = [&] {
            QList<QQuickItem *> out;
            for (QQuickItem *child : world->childItems()) {
                if (child->property("cardWidth").isValid())
                    out.append(child);
            }
            return out;
        };
        // Down until fewer cards are in view than rows (the right-hand branch ends first).
        const auto spares = [&] {
            qsizetype n = 0;
            for (QQuickItem *card : cards())
                n += card->property("shown").toBool() ? 0 : 1;
            return n;
        };
        const double top = flick->property("contentY").toDouble();
        for (int k = 1; k <= 60 && spares() == 0; ++k)
            flick->setProperty("contentY", top + 200 * k);
        QVERIFY(spares() > 0);
        // A card with the keyboard focus that becomes a spare gives the focus to the canvas:
        // back up, and down again with the focus on the top card in view at each step, until a
        // focused card is made a spare.
        flick->setProperty("contentY", top);
        bool focusedSpare = false;
        for (int k = 1; k <= 60 && !focusedSpare; ++k) {
            QQuickItem *first = nullptr;
            for (QQuickItem *card : cards()) {
                if (card->property("shown").toBool() &&
                    (!first || card->y() < first->y() ||
                     (card->y() == first->y() && card->x() < first->x())))
                    first = card;
            }
            QVERIFY(first);
            first->forceActiveFocus();
            QVERIFY(first->hasActiveFocus());
            flick->setProperty("contentY", top + 200 * k);
            focusedSpare = !first->property("shown").toBool();
            QQuickItem *focused = w.window()->activeFocusItem();
            QVERIFY(focused);
            QVERIFY2(focused->isVisible(), focused->metaObject()->className());
        }
        QVERIFY(focusedSpare);
        for (QQuickItem *card : cards()) {
            if (card->property("shown").toBool()) {
                QVERIFY(card->isVisible());
                QVERIFY(card->objectName().startsWith(u"card_"));
            } else {
                QVERIFY(!card->isVisible());
                QVERIFY(card->objectName().isEmpty());
                QVERIFY(!card->property("hasKeyCursor").toBool());
            }
        }
        QVERIFY(w.drawn());
        w.shot("canvas-1000-steps-panned");
        // Back to the top: the start card shows again, once, at its place.
        flick->setProperty("contentY", top);
        QTRY_VERIFY(w.item("card_start") && w.item("card_start")->isVisible());
        qsizetype starts = 0;
        for (QQuickItem *card : cards())
            starts += card->objectName() == u"card_start" ? 1 : 0;
        QCOMPARE(starts, 1);
        w.stop();
    }

private:
    // A card of a step (not the start) among the world's children.
    static QQuickItem *stepCard(QQuickItem *world)
    {
        for (QQuickItem *child : world->childItems()) {
            if (child->objectName().startsWith(u"card_") && child->objectName() != u"card_start")
                return child;
        }
        return nullptr;
    }
};

QTEST_MAIN(TestCanvasFit)
#include "tst_canvasfit.moc"
