// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// A change's kind as a word on its colour ("Added", "Changed", "Moved", "Removed", "Property"),
// for the cards of a comparison and its list: never the colour alone. Text and background keep
// at least 4.5:1 contrast; `tone` is the kind's colour for borders.
Rectangle {
    id: badge
    required property string kind

    readonly property var tones: ({
        added: "#1b5e20", changed: "#ffb300", moved: "#0d47a1", removed: "#5f5f5f",
        property: "#6a1b9a"
    })
    // Borders need 3:1 against the card: amber is darker there than on its badge.
    readonly property color tone: kind === "changed" ? "#b36b00" : color
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
    color: tones[kind] ?? tones.property
    Accessible.role: Accessible.StaticText
    Accessible.name: label

    Text {
        id: word
        anchors.centerIn: parent
        text: badge.label
        color: badge.kind === "changed" ? "#1a1a1a" : "#ffffff"
        font.bold: true
        font.pixelSize: 11
    }
}
