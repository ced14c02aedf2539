// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import SequenceDesigner

// A template's flow drawn small: the layout of the canvas (sd::layoutTree) scaled to fit, cards
// as small blocks in the canvas's accent of their kind (StepStyle), links as thin lines.
Item {
    id: flow
    required property var nodes
    required property var lines
    required property real flowWidth
    required property real flowHeight
    // Fitted, but never larger than a big flow would be drawn, so small flows do not look huge.
    readonly property real scale: flowWidth > 0 && flowHeight > 0
        ? Math.min((width - 8) / flowWidth, (height - 8) / flowHeight, 0.1) : 0.1
    readonly property real offsetX: (width - flowWidth * scale) / 2
    readonly property real offsetY: (height - flowHeight * scale) / 2
    clip: true

    SystemPalette { id: pal }

    Rectangle {
        anchors.fill: parent
        radius: 4
        color: pal.alternateBase
    }

    Repeater {
        model: flow.lines
        delegate: Rectangle {
            required property var modelData
            x: flow.offsetX + Math.min(modelData.x1, modelData.x2) * flow.scale
            y: flow.offsetY + Math.min(modelData.y1, modelData.y2) * flow.scale
            width: Math.max(1, Math.abs(modelData.x2 - modelData.x1) * flow.scale)
            height: Math.max(1, Math.abs(modelData.y2 - modelData.y1) * flow.scale)
            color: pal.mid
        }
    }
    Repeater {
        model: flow.nodes
        delegate: Rectangle {
            required property var modelData
            x: flow.offsetX + modelData.x * flow.scale
            y: flow.offsetY + modelData.y * flow.scale
            width: Math.max(2, modelData.w * flow.scale)
            height: Math.max(2, modelData.h * flow.scale)
            radius: Math.min(3, height / 3)
            color: StepStyle.color(modelData.kind, Theme.dark)
        }
    }
}
