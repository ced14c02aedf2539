// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick

// A step type's icon: a glyph on a rounded square of the group's colour; automated steps get
// a small flash.
Rectangle {
    id: icon
    property string glyph
    property bool automated: false
    implicitWidth: 36
    implicitHeight: 36
    width: implicitWidth
    height: implicitHeight
    radius: 8
    Text {
        anchors.centerIn: parent
        text: icon.glyph
        color: "white"
        font.pixelSize: icon.glyph.length > 2 ? icon.height * 0.36 : icon.height * 0.5
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
        color: "#f4b400"
        Text {
            anchors.centerIn: parent
            text: "\u26A1"
            font.pixelSize: parent.height * 0.7
            color: "black"
        }
    }
}
