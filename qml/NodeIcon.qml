// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.impl
import SequenceDesigner

// A step type's icon: an SVG icon (resources/icons; `source`) or a glyph, in Theme's `onAccent`,
// on a rounded square of the group's colour; a condition's glyph ends in "?", shown as a small
// badge beside the icon; automated steps get a small flash.
Rectangle {
    id: icon
    property string glyph
    property url source
    property bool automated: false
    readonly property bool question: glyph.endsWith("?")
    implicitWidth: 36
    implicitHeight: 36
    width: implicitWidth
    height: implicitHeight
    radius: 8
    IconImage {
        objectName: "nodeIconImage"
        visible: icon.source.toString() !== ""
        anchors.centerIn: parent
        anchors.horizontalCenterOffset: icon.question ? -icon.width * 0.1 : 0
        source: icon.source
        sourceSize.width: Math.round(icon.height * 0.6)
        sourceSize.height: Math.round(icon.height * 0.6)
        color: Theme.colors.onAccent
    }
    Text {
        visible: icon.source.toString() === "" || icon.question
        anchors.centerIn: parent
        anchors.horizontalCenterOffset: icon.source.toString() !== "" ? icon.width * 0.3 : 0
        text: icon.source.toString() !== "" ? "?" : icon.glyph
        color: Theme.colors.onAccent
        font.pixelSize: icon.source.toString() !== "" ? icon.height * 0.36
                        : icon.glyph.length > 2 ? icon.height * 0.36 : icon.height * 0.5
        font.bold: true
    }
    Rectangle {
        visible: icon.automated
        width: icon.width * 0.42
        height: width
        radius: width / 2
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: -3
        color: Theme.colors.automated
        Text {
            anchors.centerIn: parent
            text: "\u26A1"
            font.pixelSize: parent.height * 0.7
            color: Theme.colors.onAutomated
        }
    }
}
