// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// The canvas: the zoom and where the tree stands in the view (fit, the opening view, reveal,
// centre); CanvasFlick is the flickable world in canvas units scaled by `zoom`. Only the cards
// and "+" that meet the viewport exist as items (the CanvasModel filters them); one CanvasLinks
// item draws every line, and where titles are too small to read every card as a block. A zoom
// step only scales the world: the cards of the new viewport are made once the zoom has settled
// (`settledZoom`).
Item {
    id: view
    objectName: "canvasView"
    required property SequenceDocument document
    required property DesignerPageBase page
    required property DesignerStyle designerStyle

    property real zoom: 1
    // The zoom at which the whole tree shows with `margin` pixels around it, however large.
    readonly property real fitZoom: Math.min((width - 2 * margin) / Math.max(1, bounds.width),
                                             (height - 2 * margin) / Math.max(1, bounds.height))
    // Out to the whole tree (a small one a little further, to 25 %).
    readonly property real minZoom: Math.max(0.0001, Math.min(0.25, fitZoom))
    readonly property real maxZoom: 2
    readonly property real margin: 24
    // Level of detail: cards while their titles can be read, blocks of their group's colour
    // (CanvasLinks, made as no items) below: the zoom at which a title's line is
    // `readableTitleHeight` pixels tall on screen (a font of about 7 px).
    readonly property real readableTitleHeight: 8
    readonly property real cardZoom: readableTitleHeight / titleMetrics.height
    readonly property bool overview: zoom < cardZoom
    // The font of the cards' titles (NodeCard): the application's, bold.
    readonly property real titlePoint: Qt.application.font.pointSize > 0 ? Qt.application.font.pointSize : 10
    FontMetrics {
        id: titleMetrics
        font.bold: true
        font.pointSize: view.titlePoint
    }
    // The zoom the cards, "+" and blocks were last made for; zoom steps in between only scale.
    property real settledZoom: 1
    readonly property rect bounds: document.canvas.bounds
    // Pixels of scrollable room on each side of the tree: half the view, so the tree can be
    // dragged at every zoom (also fitted) and a narrow one can stand in the middle.
    readonly property real padX: Math.max(margin, width / 2)
    readonly property real padY: Math.max(margin, height / 2)
    // When the view is resized the pads change: the part of the tree in view stays where it is.
    property real placedPadX: NaN
    property real placedPadY: NaN
    // Where the world's origin (canvas point 0, 0) stands in the content.
    readonly property real worldX: padX - bounds.x * zoom
    readonly property real worldY: padY - bounds.y * zoom
    onPadXChanged: {
        if (!isNaN(placedPadX))
            flick.contentX += padX - placedPadX // (the content's size may not follow yet)
        placedPadX = padX
    }
    onPadYChanged: {
        if (!isNaN(placedPadY))
            flick.contentY += padY - placedPadY
        placedPadY = padY
    }

    clip: true
    activeFocusOnTab: true

    function zoomAt(px: real, py: real, factor: real) {
        const cx = (flick.contentX + px - worldX) / zoom
        const cy = (flick.contentY + py - worldY) / zoom
        zoom = Math.max(minZoom, Math.min(maxZoom, zoom * factor))
        flick.contentX = clampX(cx * zoom + worldX - px)
        flick.contentY = clampY(cy * zoom + worldY - py)
    }
    // Scrolls by wheel angle units (120 per notch = 60 pixels).
    function scrollBy(dx: real, dy: real) {
        flick.contentX = clampX(flick.contentX + dx / 2)
        flick.contentY = clampY(flick.contentY + dy / 2)
    }
    function zoomBy(factor: real) {
        zoomAt(width / 2, height / 2, factor)
    }
    function clampX(x: real): real {
        return Math.max(0, Math.min(x, flick.contentWidth - flick.width))
    }
    function clampY(y: real): real {
        return Math.max(0, Math.min(y, flick.contentHeight - flick.height))
    }
    // The whole tree in view (F or Ctrl+0).
    function fit() {
        zoom = Math.max(minZoom, Math.min(1, fitZoom))
        centreOnPoint(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2)
    }
    function centreOnPoint(x: real, y: real) {
        placedPadX = padX
        placedPadY = padY
        flick.contentX = clampX((x - bounds.x) * zoom + padX - width / 2)
        flick.contentY = clampY((y - bounds.y) * zoom + padY - height / 2)
        updateViewport()
    }
    function centreOn(id: string) {
        const r = document.canvas.nodeRect(id)
        if (r.width > 0)
            centreOnPoint(r.x + r.width / 2, r.y + r.height / 2)
    }
    // Scrolls just enough to show the card `id` whole, `revealMargin` pixels clear of the edges
    // (the scroll bars, the focus ring); centres it when it was out of view or cannot fit so.
    readonly property real revealMargin: 24
    function reveal(id: string) {
        const r = document.canvas.nodeRect(id)
        if (r.width <= 0)
            return
        const m = revealMargin
        const left = (r.x - bounds.x) * zoom + padX, top = (r.y - bounds.y) * zoom + padY
        const w = r.width * zoom, h = r.height * zoom
        if (left + w < flick.contentX || left > flick.contentX + width || top + h < flick.contentY
                || top > flick.contentY + height || w + 2 * m > width || h + 2 * m > height) {
            centreOn(id)
            return
        }
        flick.contentX = clampX(Math.min(Math.max(flick.contentX, left + w + m - width), left - m))
        flick.contentY = clampY(Math.min(Math.max(flick.contentY, top + h + m - height), top - m))
    }
    // The "+" near a point of the window: {parentId, branch}, or null.
    function plusAtScene(scenePoint: point): var {
        const local = view.mapFromItem(null, scenePoint.x, scenePoint.y)
        if (local.x < 0 || local.y < 0 || local.x > width || local.y > height)
            return null
        const p = flick.world.mapFromItem(null, scenePoint.x, scenePoint.y)
        const found = document.canvas.plusAt(Qt.point(p.x, p.y), Math.max(30, 14 / zoom))
        return found.parentId === undefined ? null : found
    }
    // Makes the cards and "+" of the viewport (plus 200 units); none in the overview.
    function updateViewport() {
        zoomSettle.stop()
        settledZoom = zoom
        if (overview || width <= 0) {
            document.canvas.viewport = Qt.rect(0, 0, 0, 0)
            return
        }
        const m = 200
        document.canvas.viewport = Qt.rect((flick.contentX - padX) / zoom + bounds.x - m,
                                           (flick.contentY - padY) / zoom + bounds.y - m,
                                           width / zoom + 2 * m, height / zoom + 2 * m)
    }
    // While a zoom gesture or animation runs, its steps only scale the world.
    Timer {
        id: zoomSettle
        interval: 120
        onTriggered: view.updateViewport()
    }
    onZoomChanged: zoomSettle.restart()
    // The content moved (a drag, the wheel, a scroll bar): the viewport follows unless a zoom
    // is still settling.
    function contentMoved() {
        if (!zoomSettle.running)
            updateViewport()
    }

    onWidthChanged: { showStart(); updateViewport() }
    onHeightChanged: { showStart(); updateViewport() }
    // Opens whole when the tree fits at a readable zoom; otherwise at its top: the whole width
    // when that fits at a readable zoom, else 100 % at the start card.
    property bool positioned: false
    function showStart() {
        if (!document.loaded || width <= 0 || height <= 0 || positioned)
            return
        positioned = true
        if (fitZoom >= readableZoom) {
            fit()
        } else {
            const widthZoom = Math.min(1, (width - 2 * margin) / Math.max(1, bounds.width))
            zoom = widthZoom >= readableZoom ? widthZoom : 1
            const r = document.canvas.nodeRect("")
            centreOnPoint(widthZoom >= readableZoom ? bounds.x + bounds.width / 2 : r.x + r.width / 2,
                          r.y - 40 + height / 2 / zoom)
        }
        if (document.selectedId !== "") // opened on a step (an activation problem)
            centreOn(document.selectedId)
    }
    readonly property real readableZoom: 0.6
    Component.onCompleted: Qt.callLater(showStart)
    Connections {
        target: view.document
        function onLoadedChanged() { Qt.callLater(view.showStart) }
    }
    Connections {
        target: view.document.canvas
        function onLayoutChanged() { view.updateViewport() }
    }
    // A step just added (or chosen in the problems panel or by search) is scrolled into view.
    Connections {
        target: view.document
        function onSelectedIdChanged() {
            if (view.document.selectedId !== "")
                Qt.callLater(view.reveal, view.document.selectedId)
        }
    }

    // The card or "+" with the keyboard focus (see CanvasKeyboard); the start card at first.
    property var keyCursor: ({ kind: "card", id: "" })
    readonly property alias keyboard: keyboard
    // Asks the card or "+" of `keyCursor` to take the focus (the view got it by Tab or a click).
    signal focusSpotRequested()
    onActiveFocusChanged: if (activeFocus) focusSpotRequested()
    CanvasKeyboard { id: keyboard; view: view }
    Keys.onPressed: event => keyboard.pressed(event)
    // Scrolls just enough to show the point (x, y) of the canvas (a "+").
    function revealPoint(x: real, y: real) {
        const left = (x - bounds.x) * zoom + padX, top = (y - bounds.y) * zoom + padY
        if (left < flick.contentX + 30 || top < flick.contentY + 30
                || left > flick.contentX + width - 30 || top > flick.contentY + height - 30)
            centreOnPoint(x, y)
    }
    signal editRequested()
    // The context menu of every card (NodeCard opens it).
    readonly property alias cardMenu: cardMenu
    CanvasCardMenu { id: cardMenu; document: view.document; page: view.page }
    Shortcut {
        sequence: "Ctrl+0"
        enabled: view.visible
        onActivated: view.fit()
    }

    Rectangle {
        anchors.fill: parent
        color: Qt.darker(view.palette.base, 1.03)
    }

    CanvasFlick {
        id: flick
        anchors.fill: parent
        view: view
    }

    // Not needed for the first frame of the sequence: the minimap is made after it (issue 19:
    // open at once).
    property bool shown: false
    Connections {
        target: view.Window.window
        enabled: !view.shown
        function onFrameSwapped() { view.shown = view.document.loaded }
    }
    Loader { // by URL: a bound component cannot be made by a Loader here (Qt 6.4)
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 16
        active: view.shown && view.document.canvas.nodeCount > 40
        onActiveChanged: if (active) setSource("CanvasMinimap.qml", {
            canvasView: view, flick: flick, designerStyle: view.designerStyle
        })
    }
}
