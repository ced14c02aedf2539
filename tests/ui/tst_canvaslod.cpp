// SPDX-License-Identifier: MIT
// The canvas's level of detail (issue 19): cards while their titles can be read, blocks of their
// group's colour below, at one threshold computed from the title's font, not a fixed zoom.
#include "generate.h"
#include "language.h"
#include "tst_designerhelpers.h"

#include <QFontMetricsF>

using namespace sd;
using namespace sd::uitest;

class TestCanvasLod : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // True when the cards of the view are items (the start card is in view, centred on).
    static bool showsCards(const Window &w)
    {
        QQuickItem *start = w.item("card_start");
        return start && start->isVisible();
    }
    static void zoomTo(QQuickItem *view, double zoom)
    {
        QMetaObject::invokeMethod(view, "zoomBy",
                                  Q_ARG(double, zoom / view->property("zoom").toDouble()));
        QMetaObject::invokeMethod(view, "centreOn", Q_ARG(QString, QString()));
    }

private slots:
    void initTestCase()
    {
        isolate();
        Language::setStartupOverride("en");
    }

    void cardsWhileTitlesAreReadable()
    {
        const QString path = m_dir.filePath("lod.sqlite");
        const QString id = createIn(path, generateSequence(1000));
        Window w(path);
        QVERIFY(openDesigner(w, id));
        QQuickItem *view = w.item("canvasView");
        QQuickItem *links = w.item("canvasLinks");
        QVERIFY(view && links);
        QTRY_VERIFY(view->property("positioned").toBool());
        QTRY_VERIFY(showsCards(w));

        // The threshold: where a title's line is 8 pixels tall on screen (a font of about 7 px),
        // measured on the title of a card as it is drawn.
        QQuickItem *title = w.item("cardTitle_");
        QVERIFY(title);
        const double lineHeight = QFontMetricsF(title->property("font").value<QFont>()).height();
        const double threshold = 8 / lineHeight;

        // Just above it: cards, no blocks.
        zoomTo(view, threshold * 1.05);
        QTRY_COMPARE(view->property("settledZoom").toDouble(), view->property("zoom").toDouble());
        QTRY_VERIFY(showsCards(w));
        QVERIFY(!links->property("blocks").toBool());
        QVERIFY(w.drawn());
        w.shot("canvas-lod-cards");

        // Just below: blocks of the group colours, no card items.
        zoomTo(view, threshold * 0.95);
        QTRY_COMPARE(view->property("settledZoom").toDouble(), view->property("zoom").toDouble());
        QTRY_VERIFY(!showsCards(w));
        QVERIFY(links->property("blocks").toBool());
        QVERIFY(w.drawn());
        w.shot("canvas-lod-blocks");

        // And back.
        zoomTo(view, threshold * 1.05);
        QTRY_VERIFY(showsCards(w));
        QTRY_VERIFY(!links->property("blocks").toBool());
        // The view's one named threshold is that zoom.
        QCOMPARE(qRound(view->property("cardZoom").toDouble() * 1000), qRound(threshold * 1000));
        w.stop();
    }
};

QTEST_MAIN(TestCanvasLod)
#include "tst_canvaslod.moc"
