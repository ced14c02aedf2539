// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// The moving part of the canvas (CanvasView places it): a Flickable over the world in canvas
// units scaled by the view's zoom, with the wheel, pinch and tap handlers, and the world's
// layers: one CanvasLinks for the lines (and blocks far out), then the cards and "+" of the
// viewport.
Flickable {
    id: flick
    required property CanvasViewBase view
    readonly property alias world: world

    objectName: "canvasFlick"
    contentWidth: view.bounds.width * view.zoom + 2 * view.padX
    contentHeight: view.bounds.height * view.zoom + 2 * view.padY
    boundsBehavior: Flickable.StopAtBounds
    flickDeceleration: 4000
    onContentXChanged: view.contentMoved()
    onContentYChanged: view.contentMoved()
    ScrollBar.vertical: ScrollBar { objectName: "canvasVScroll"; policy: ScrollBar.AsNeeded }
    ScrollBar.horizontal: ScrollBar { objectName: "canvasHScroll"; policy: ScrollBar.AsNeeded }

    // Ctrl+wheel zooms at the cursor; the wheel scrolls, Shift+wheel sideways.
    WheelHandler {
        id: zoomWheel
        objectName: "canvasZoomWheel"
        acceptedModifiers: Qt.ControlModifier
        onWheel: event => {
            const p = flick.view.mapFromItem(zoomWheel.parent, zoomWheel.point.position)
            flick.view.zoomAt(p.x, p.y, Math.pow(1.0015, event.angleDelta.y))
        }
    }
    WheelHandler {
        objectName: "canvasScrollWheel"
        acceptedModifiers: Qt.NoModifier
        onWheel: event => flick.view.scrollBy(-event.angleDelta.x, -event.angleDelta.y)
    }
    WheelHandler {
        objectName: "canvasSideWheel"
        acceptedModifiers: Qt.ShiftModifier
        onWheel: event => flick.view.scrollBy(-event.angleDelta.y - event.angleDelta.x, 0)
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
            const p = flick.view.mapFromItem(pinch.parent, pinch.centroid.position)
            flick.view.zoomAt(p.x, p.y, activeScale / last)
            last = activeScale
        }
    }
    TapHandler {
        onTapped: {
            flick.view.document.selectedId = ""
            flick.view.forceActiveFocus()
        }
    }

    Item {
        id: world
        objectName: "canvasWorld"
        x: flick.view.worldX
        y: flick.view.worldY
        scale: flick.view.zoom
        transformOrigin: Item.TopLeft

        CanvasLinks {
            objectName: "canvasLinks"
            readonly property CanvasViewBase view: flick.view
            canvas: view.document.canvas
            lineColor: view.palette.mid
            // Blocks until the cards of the viewport are made, so a zoom in shows no gap.
            blocks: view.overview || view.settledZoom < view.cardZoom
            // Far out a card stays a dot of a few pixels, so the shape of the tree shows,
            // and lines one pixel wide.
            minimumBlock: 3 / view.settledZoom
            lineWidth: 1 / view.settledZoom
            // The view in canvas units: only the tiles of lines and blocks that meet it are drawn.
            visibleRect: Qt.rect((flick.contentX - view.padX) / view.zoom + view.bounds.x,
                                 (flick.contentY - view.padY) / view.zoom + view.bounds.y,
                                 view.width / view.zoom, view.height / view.zoom)
            groupColors: view.designerStyle.groupColorList
        }
        Repeater {
            model: flick.view.document.canvas.cards
            delegate: NodeCard {
                document: flick.view.document
                page: flick.view.page
                canvasView: flick.view
                designerStyle: flick.view.designerStyle
            }
        }
        Repeater {
            model: flick.view.document.canvas.pluses
            delegate: CanvasPlus {
                document: flick.view.document
                page: flick.view.page
                canvasView: flick.view
                zoom: flick.view.settledZoom
            }
        }
    }
}
