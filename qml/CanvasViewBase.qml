// SPDX-License-Identifier: MIT
import QtQuick
import SequenceDesigner

// What the canvas's parts (CanvasFlick, CanvasKeyboard, NodeCard, CanvasPlus, CanvasMinimap) see
// of the view: its sequence, zoom and geometry, the keyboard's spot, and the requests the view
// carries out. CanvasView.qml is the view itself; its parts type their view as this file, since
// Qt 6.4 refuses a part typed as the file that makes it (as DesignerPageBase for the page).
Item {
    id: base
    required property SequenceDocument document
    required property DesignerPageBase page
    required property DesignerStyle designerStyle

    property real zoom: 1
    // The zoom the cards, "+" and blocks were last made for; zoom steps in between only scale.
    property real settledZoom: 1
    readonly property real margin: 24
    readonly property rect bounds: document.canvas.bounds
    // The zoom at which the whole tree shows with `margin` pixels around it, however large.
    readonly property real fitZoom: Math.min((width - 2 * margin) / Math.max(1, bounds.width),
                                             (height - 2 * margin) / Math.max(1, bounds.height))
    // Out to the whole tree (a small one a little further, to 25 %).
    readonly property real minZoom: Math.max(0.0001, Math.min(0.25, fitZoom))
    readonly property real maxZoom: 2
    // Level of detail: cards while their titles can be read, blocks of their group's colour
    // (CanvasLinks, made as no items) below: the zoom at which a title's line is
    // `readableTitleHeight` pixels tall on screen (a font of about 7 px).
    readonly property real readableTitleHeight: 8
    readonly property real cardZoom: readableTitleHeight / titleMetrics.height
    readonly property bool overview: zoom < cardZoom
    // The font of the cards' titles (NodeCard): the application's, bold.
    readonly property real titlePoint: Application.font.pointSize > 0 ? Application.font.pointSize : 10
    FontMetrics {
        id: titleMetrics
        font.bold: true
        font.pointSize: base.titlePoint
    }
    // Pixels of scrollable room on each side of the tree: half the view, so the tree can be
    // dragged at every zoom (also fitted) and a narrow one can stand in the middle.
    readonly property real padX: Math.max(margin, width / 2)
    readonly property real padY: Math.max(margin, height / 2)
    // Where the world's origin (canvas point 0, 0) stands in the content.
    readonly property real worldX: padX - bounds.x * zoom
    readonly property real worldY: padY - bounds.y * zoom

    // The card or "+" with the keyboard focus (see CanvasKeyboard): {kind: "card", id} or
    // {kind: "plus", parentId, branch, x, y}; the start card at first.
    property var keyCursor: ({ kind: "card", id: "" })

    // Requests to the view, called like functions by its parts and carried out by CanvasView.
    // Zooms by `factor` keeping the view's point (px, py) in place.
    signal zoomAt(real px, real py, real factor)
    // Scrolls by wheel angle units (120 per notch = 60 pixels).
    signal scrollBy(real dx, real dy)
    // The whole tree in view (F or Ctrl+0).
    signal fit()
    // Centres the view on the canvas point (x, y).
    signal centreOnPoint(real x, real y)
    // Scrolls just enough to show the card `id` whole.
    signal reveal(string id)
    // Scrolls just enough to show the canvas point (x, y) (a "+").
    signal revealPoint(real x, real y)
    // The content moved (a drag, the wheel, a scroll bar).
    signal contentMoved()
    // The card's context menu for the step `id`.
    signal openCardMenu(string id)
    // The keyboard (CanvasKeyboard): a card or "+" that is (or becomes) the spot offers to take
    // the focus; one focused another way (a screen reader's SetFocus) moves the spot to itself.
    signal offerKeyFocus(Item item)
    signal moveKeyCursor(var spot)
    // A card or "+" made a spare (hidden, ViewportModel) while it had the focus gives it to the view.
    signal releaseKeyFocus(Item item)

    // Asks the card or "+" of `keyCursor` to take the focus (the view got it by Tab or a click).
    signal focusSpotRequested()
    // The selected card is to be edited (double-click, Enter): the side pane takes the focus.
    signal editRequested()
}
