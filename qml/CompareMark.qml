// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// What a comparison says about one card, drawn under its content: a border in the colour of
// the first change, the kinds as words on its top edge, the changed values on hover; a removed
// step is a ghost (a faded fill, grey border). Nothing shows outside a comparison.
Item {
    id: mark
    required property var changeMark // {kinds, details} (Comparison::stepMark) or {}
    required property real radius

    readonly property var kinds: changeMark && changeMark.kinds ? changeMark.kinds : []
    readonly property string details: changeMark && changeMark.details ? changeMark.details : ""
    readonly property bool ghost: kinds.indexOf("removed") >= 0

    anchors.fill: parent
    visible: kinds.length > 0

    Rectangle { // the ghost's faded fill, under the card's text
        anchors.fill: parent
        visible: mark.ghost
        radius: mark.radius
        color: Qt.darker(mark.palette.base, 1.05)
    }
    Rectangle { // just outside the card, so its own border (selection, errors) still shows
        objectName: "changeFrame"
        anchors.fill: parent
        anchors.margins: -4
        radius: mark.radius + 4
        color: "transparent"
        border.width: 3
        border.color: firstKind.tone
    }
    CompareBadge { // the colour of the first change, for the frame
        id: firstKind
        objectName: ""
        visible: false
        kind: mark.kinds.length > 0 ? mark.kinds[0] : "property"
    }
    Row {
        x: 14
        y: -13
        spacing: 4
        Repeater {
            model: mark.kinds
            delegate: CompareBadge {
                required property string modelData
                kind: modelData
            }
        }
    }
    HoverHandler { id: hover }
    ToolTip.visible: hover.hovered && mark.details !== ""
    ToolTip.text: mark.details
    ToolTip.delay: 300
}
