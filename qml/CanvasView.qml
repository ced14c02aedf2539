// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// The canvas: a flickable world in canvas units scaled by `zoom`. Only the cards and "+" that
// meet the viewport exist as items (the CanvasModel filters them); one CanvasLinks item draws
// every line, and zoomed far out every card as a block. A zoom step only scales the world: the
// cards of the new viewport are made once the zoom has settled (`settledZoom`).
Item {
    id: view
    objectName: "canvasView"
    required property SequenceDocument document
    required property Item page
    required property DesignerStyle designerStyle

    property real zoom: 1
    // The zoom at which the whole tree shows with `margin` pixels around it, however large.
    readonly property real fitZoom: Math.min((width - 2 * margin) / Math.max(1, bounds.width),
                                             (height - 2 * margin) / Math.max(1, bounds.height))
    // Out to the whole tree (a small one a little further, to 25 %).
    readonly property real minZoom: Math.max(0.0001, Math.min(0.25, fitZoom))
    readonly property real maxZoom: 2
    readonly property real margin: 24
    readonly property bool overview: zoom < 0.35
    // The zoom the cards, "+" and blocks were last made for; zoom steps in between only scale.
    property real settledZoom: 1
    // Below this zoom a "+" (at most 60 units, see CanvasPlus) is too small to hit: not drawn.
    readonly property real plusZoom: 0.35
    readonly property rect bounds: document.canvas.bounds
    // Pixels of scrollable room on each side of the tree: half the view, so the tree can be
    // dragged at every zoom (also fitted) and a narrow one can stand in the middle.
    readonly property real padX: Math.max(margin, width / 2)
    readonly property real padY: Math.max(margin, height / 2)
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

    function zoomAt(px: real, py: real, factor: real) {
        const cx = (flick.contentX + px - world.x) / zoom
        const cy = (flick.contentY + py - world.y) / zoom
        zoom = Math.max(minZoom, Math.min(maxZoom, zoom * factor))
        flick.contentX = clampX(cx * zoom + world.x - px)
        flick.contentY = clampY(cy * zoom + world.y - py)
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
    // Scrolls just enough to show the card `id`.
    function reveal(id: string) {
        const r = document.canvas.nodeRect(id)
        const left = (r.x - bounds.x) * zoom + padX, top = (r.y - bounds.y) * zoom + padY
        if (left < flick.contentX || top < flick.contentY
                || left + r.width * zoom > flick.contentX + width
                || top + r.height * zoom > flick.contentY + height)
            centreOn(id)
    }
    // The "+" near a point of the window: {parentId, branch}, or null.
    function plusAtScene(scenePoint: point): var {
        const local = view.mapFromItem(null, scenePoint.x, scenePoint.y)
        if (local.x < 0 || local.y < 0 || local.x > width || local.y > height)
            return null
        const p = world.mapFromItem(null, scenePoint.x, scenePoint.y)
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
    Shortcut {
        sequence: "Ctrl+0"
        enabled: view.visible
        onActivated: view.fit()
    }

    Rectangle {
        anchors.fill: parent
        color: Qt.darker(view.palette.base, 1.03)
    }

    Flickable {
        id: flick
        objectName: "canvasFlick"
        anchors.fill: parent
        contentWidth: view.bounds.width * view.zoom + 2 * view.padX
        contentHeight: view.bounds.height * view.zoom + 2 * view.padY
        boundsBehavior: Flickable.StopAtBounds
        flickDeceleration: 4000
        onContentXChanged: if (!zoomSettle.running) view.updateViewport()
        onContentYChanged: if (!zoomSettle.running) view.updateViewport()
        ScrollBar.vertical: ScrollBar { objectName: "canvasVScroll"; policy: ScrollBar.AsNeeded }
        ScrollBar.horizontal: ScrollBar { objectName: "canvasHScroll"; policy: ScrollBar.AsNeeded }

        // Ctrl+wheel zooms at the cursor; the wheel scrolls, Shift+wheel sideways.
        WheelHandler {
            id: zoomWheel
            objectName: "canvasZoomWheel"
            acceptedModifiers: Qt.ControlModifier
            onWheel: event => {
                const p = view.mapFromItem(zoomWheel.parent, zoomWheel.point.position)
                view.zoomAt(p.x, p.y, Math.pow(1.0015, event.angleDelta.y))
            }
        }
        WheelHandler {
            objectName: "canvasScrollWheel"
            acceptedModifiers: Qt.NoModifier
            onWheel: event => view.scrollBy(-event.angleDelta.x, -event.angleDelta.y)
        }
        WheelHandler {
            objectName: "canvasSideWheel"
            acceptedModifiers: Qt.ShiftModifier
            onWheel: event => view.scrollBy(-event.angleDelta.y - event.angleDelta.x, 0)
        }
        // A trackpad or touch pinch zooms at its centre.
        PinchHandler {
            id: pinch
            objectName: "canvasPinch"
            target: null
            property real last: 1
            onActiveChanged: last = 1
            onUpdated: {
                if (!active)
                    return
                const p = view.mapFromItem(pinch.parent, pinch.centroid.position)
                view.zoomAt(p.x, p.y, activeScale / last)
                last = activeScale
            }
        }
        TapHandler {
            onTapped: {
                view.document.selectedId = ""
                view.forceActiveFocus()
            }
        }

        Item {
            id: world
            objectName: "canvasWorld"
            x: view.padX - view.bounds.x * view.zoom
            y: view.padY - view.bounds.y * view.zoom
            scale: view.zoom
            transformOrigin: Item.TopLeft

            CanvasLinks {
                canvas: view.document.canvas
                lineColor: view.palette.mid
                // Blocks until the cards of the viewport are made, so a zoom in shows no gap.
                blocks: view.overview || view.settledZoom < 0.35
                // Far out a card stays a dot of a few pixels, so the shape of the tree shows,
                // and a line at least a pixel wide (the software renderer draws rectangles).
                minimumBlock: 3 / view.settledZoom
                lineWidth: 1 / view.settledZoom
                // The view in canvas units: only the tiles of lines and blocks that meet it are drawn.
                visibleRect: Qt.rect((flick.contentX - view.padX) / view.zoom + view.bounds.x,
                                     (flick.contentY - view.padY) / view.zoom + view.bounds.y,
                                     view.width / view.zoom, view.height / view.zoom)
                groupColors: view.designerStyle.groupColorList
            }
            Repeater {
                model: view.document.canvas.cards
                delegate: NodeCard {
                    document: view.document
                    page: view.page
                    canvasView: view
                    designerStyle: view.designerStyle
                }
            }
            Repeater {
                model: view.document.canvas.pluses
                delegate: CanvasPlus {
                    document: view.document
                    page: view.page
                    canvasView: view
                    zoom: view.settledZoom
                    drawn: view.settledZoom >= view.plusZoom
                }
            }
        }
    }

    CanvasMinimap {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 16
        visible: view.document.canvas.nodeCount > 40
        canvasView: view
        flick: flick
        designerStyle: view.designerStyle
    }
}
