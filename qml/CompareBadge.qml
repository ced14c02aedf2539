// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// A change's kind as a word on its colour ("Added", "Changed", "Moved", "Removed", "Property"),
// for the cards of a comparison and its list: never the colour alone. The colours are the
// Theme's `diff*` roles (tst_designertheme checks their contrast on both palettes); `tone` is
// the kind's colour for the frame around a card.
Rectangle {
    id: badge
    required property string kind

    // "diffAdded", ... "diffProperty": the Theme role of the kind.
    readonly property string role: {
        switch (kind) {
        case "added": return "diffAdded"
        case "changed": return "diffChanged"
        case "moved": return "diffMoved"
        case "removed": return "diffRemoved"
        default: return "diffProperty"
        }
    }
    readonly property color tone: Theme.colors[role + "Frame"] ?? color
    readonly property string label: {
        switch (kind) {
        case "added": return qsTr("Added")
        case "changed": return qsTr("Changed")
        case "moved": return qsTr("Moved")
        case "removed": return qsTr("Removed")
        default: return qsTr("Property")
        }
    }

    objectName: "changeBadge_" + kind
    implicitWidth: word.implicitWidth + 12
    implicitHeight: 18
    radius: 9
    color: Theme.colors[role]
    Accessible.role: Accessible.StaticText
    Accessible.name: label

    Text {
        id: word
        anchors.centerIn: parent
        text: badge.label
        color: Theme.colors["on" + badge.role.charAt(0).toUpperCase() + badge.role.slice(1)]
        font.bold: true
        font.pixelSize: 11
    }
}
