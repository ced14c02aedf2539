// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// The canvas: a flickable world in canvas units scaled by `zoom`. Only the cards and "+" that
// meet the viewport exist as items (the CanvasModel filters them); one CanvasLinks item draws
// every line, and zoomed far out every card as a block.
Item {
    id: view
    objectName: "canvasView"
    required property SequenceDocument document
    required property Item page
    required property DesignerStyle designerStyle

    property real zoom: 1
    readonly property real minZoom: 0.01
    readonly property real maxZoom: 2
    readonly property real margin: 160
    readonly property bool overview: zoom < 0.35
    // Below this zoom a "+" (at most 60 units, see CanvasPlus) is too small to hit: not drawn.
    readonly property real plusZoom: 0.35
    readonly property rect bounds: document.canvas.bounds
    // A tree narrower than the view stands in its middle.
    readonly property real padX: Math.max(0, (flick.width - flick.contentWidth) / 2)

    clip: true
    activeFocusOnTab: true

    function zoomAt(px: real, py: real, factor: real) {
        const cx = (flick.contentX + px - world.x) / zoom
        const cy = (flick.contentY + py - world.y) / zoom
        zoom = Math.max(minZoom, Math.min(maxZoom, zoom * factor))
        flick.contentX = clampX(cx * zoom + world.x - px)
        flick.contentY = clampY(cy * zoom + world.y - py)
        updateViewport()
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
    function fit() {
        const w = bounds.width + 80, h = bounds.height + 80
        zoom = Math.max(minZoom, Math.min(1, Math.min(width / w, height / h)))
        centreOnPoint(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2)
        if (h * zoom > height) { // too tall even at the smallest zoom: show the start
            flick.contentY = 0
            updateViewport()
        }
    }
    function centreOnPoint(x: real, y: real) {
        flick.contentX = clampX((x - bounds.x + margin) * zoom - width / 2)
        flick.contentY = clampY((y - bounds.y + margin) * zoom - height / 2)
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
        const left = (r.x - bounds.x + margin) * zoom + padX, top = (r.y - bounds.y + margin) * zoom
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
    function updateViewport() {
        if (overview || width <= 0) {
            document.canvas.viewport = Qt.rect(0, 0, 0, 0)
            return
        }
        const m = 200
        document.canvas.viewport = Qt.rect((flick.contentX - padX) / zoom - margin + bounds.x - m,
                                           flick.contentY / zoom - margin + bounds.y - m,
                                           width / zoom + 2 * m, height / zoom + 2 * m)
    }

    onWidthChanged: { showStart(); updateViewport() }
    onHeightChanged: updateViewport()
    onOverviewChanged: updateViewport()
    // Large sequences open fitted to the window, small ones at 100 % from the top.
    property bool positioned: false
    function showStart() {
        if (!document.loaded || width <= 0 || positioned)
            return
        positioned = true
        if (document.stepCount > 60) {
            fit()
            return
        }
        // The whole width when it fits at a readable zoom, the start card at the top.
        // (A narrow margin here: the scrollable margin around the tree is wider than needed to
        // see it whole, and counting it would shrink a tree that fits at a readable size.)
        const fitMargin = 48
        zoom = Math.max(readableZoom, Math.min(1, width / (bounds.width + 2 * fitMargin)))
        const r = document.canvas.nodeRect("")
        const fitsWidth = (bounds.width + 2 * fitMargin) * zoom <= width + 1
        centreOnPoint(fitsWidth ? bounds.x + bounds.width / 2 : r.x + r.width / 2,
                      r.y - 40 + height / 2 / zoom)
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
        const left = (x - bounds.x + margin) * zoom + padX, top = (y - bounds.y + margin) * zoom
        if (left < flick.contentX + 30 || top < flick.contentY + 30
                || left > flick.contentX + width - 30 || top > flick.contentY + height - 30)
            centreOnPoint(x, y)
    }
    signal editRequested()

    Rectangle {
        anchors.fill: parent
        color: Qt.darker(view.palette.base, 1.03)
    }

    Flickable {
        id: flick
        objectName: "canvasFlick"
        anchors.fill: parent
        contentWidth: (view.bounds.width + 2 * view.margin) * view.zoom
        contentHeight: (view.bounds.height + 2 * view.margin) * view.zoom
        boundsBehavior: Flickable.StopAtBounds
        flickDeceleration: 4000
        onContentXChanged: view.updateViewport()
        onContentYChanged: view.updateViewport()
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
            x: (view.margin - view.bounds.x) * view.zoom + view.padX
            y: (view.margin - view.bounds.y) * view.zoom
            scale: view.zoom
            transformOrigin: Item.TopLeft

            CanvasLinks {
                canvas: view.document.canvas
                lineColor: view.palette.mid
                blocks: view.overview
                // Far out a card stays a dot of a few pixels, so the shape of the tree shows.
                minimumBlock: view.overview ? 3 / view.zoom : 0
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
                    zoom: view.zoom
                    drawn: view.zoom >= view.plusZoom
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
