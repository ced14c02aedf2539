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
CanvasViewBase {
    id: view
    objectName: "canvasView"

    // When the view is resized the pads change: the part of the tree in view stays where it is.
    property real placedPadX: NaN
    property real placedPadY: NaN
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

    onZoomAt: (px, py, factor) => {
        const cx = (flick.contentX + px - worldX) / zoom
        const cy = (flick.contentY + py - worldY) / zoom
        zoom = Math.max(minZoom, Math.min(maxZoom, zoom * factor))
        flick.contentX = clampX(cx * zoom + worldX - px)
        flick.contentY = clampY(cy * zoom + worldY - py)
    }
    onScrollBy: (dx, dy) => {
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
    onFit: {
        zoom = Math.max(minZoom, Math.min(1, fitZoom))
        centreOnPoint(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2)
    }
    onCentreOnPoint: (x, y) => {
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
    // The card is shown `revealMargin` pixels clear of the edges (the scroll bars, the focus
    // ring); centred when it was out of view or cannot fit so.
    readonly property real revealMargin: 24
    onReveal: id => {
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
    // The "+" near a point of the window (a PlusPlace), or null.
    function plusAtScene(scenePoint: point): var {
        const local = view.mapFromItem(null, scenePoint.x, scenePoint.y)
        if (local.x < 0 || local.y < 0 || local.x > width || local.y > height)
            return null
        const p = flick.world.mapFromItem(null, scenePoint.x, scenePoint.y)
        const found = document.canvas.plusAt(Qt.point(p.x, p.y), Math.max(30, 14 / zoom))
        return found.valid ? found : null
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
    // The content moved: the viewport follows unless a zoom is still settling.
    onContentMoved: {
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

    onActiveFocusChanged: if (activeFocus) focusSpotRequested()
    CanvasKeyboard { id: keyboard; view: view }
    Keys.onPressed: event => keyboard.pressed(event)
    onOfferKeyFocus: item => keyboard.offerFocus(item)
    onMoveKeyCursor: spot => keyboard.moveTo(spot)
    // Qt 6.4 leaves the focus on a hidden item; the item's flag goes first, or this focus scope
    // would give the focus back to it.
    onReleaseKeyFocus: item => {
        item.focus = false
        forceActiveFocus()
    }
    onRevealPoint: (x, y) => {
        const left = (x - bounds.x) * zoom + padX, top = (y - bounds.y) * zoom + padY
        if (left < flick.contentX + 30 || top < flick.contentY + 30
                || left > flick.contentX + width - 30 || top > flick.contentY + height - 30)
            centreOnPoint(x, y)
    }
    // The context menu of every card (NodeCard asks for it).
    CanvasCardMenu { id: cardMenu; document: view.document; page: view.page }
    onOpenCardMenu: id => cardMenu.openFor(id)
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
