// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// The whole sequence in small, with the part in view outlined; click or drag to go there.
Rectangle {
    id: map
    objectName: "canvasMinimap"
    required property CanvasViewBase canvasView
    required property Flickable flick
    required property DesignerStyle designerStyle

    readonly property CanvasViewBase view: canvasView
    readonly property rect bounds: view.bounds
    readonly property real unit: Math.min((width - 12) / Math.max(1, bounds.width),
                                          (height - 12) / Math.max(1, bounds.height))
    width: 200
    height: 150
    radius: 6
    color: palette.base
    border.color: palette.mid
    opacity: 0.95

    Item {
        id: content
        x: 6 + ((map.width - 12) - map.bounds.width * map.unit) / 2 - map.bounds.x * map.unit
        y: 6 - map.bounds.y * map.unit
        CanvasLinks {
            canvas: map.view.document.canvas
            lines: false
            blocks: true
            unitScale: map.unit
            minimumBlock: 2
            groupColors: map.designerStyle.groupColorList
        }
    }
    Rectangle { // the viewport: at least 10 pixels each way, so that it shows on a large tree
        objectName: "minimapViewport"
        readonly property real z0: map.view.zoom
        readonly property real spanX: map.flick.width / z0 * map.unit
        readonly property real spanY: map.flick.height / z0 * map.unit
        x: content.x + ((map.flick.contentX - map.view.padX) / z0 + map.bounds.x) * map.unit
           - (width - spanX) / 2
        y: content.y + ((map.flick.contentY - map.view.padY) / z0 + map.bounds.y) * map.unit
           - (height - spanY) / 2
        width: Math.max(10, spanX)
        height: Math.max(10, spanY)
        color: "transparent"
        border.color: map.palette.highlight
        border.width: 2
    }
    MouseArea {
        anchors.fill: parent
        function go(mx: real, my: real) {
            map.view.centreOnPoint((mx - content.x) / map.unit, (my - content.y) / map.unit)
        }
        onPressed: mouse => go(mouse.x, mouse.y)
        onPositionChanged: mouse => go(mouse.x, mouse.y)
    }
}
