// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// A change's kind (CompareKind) as a word on its colour, for the cards of a comparison and its
// list: never the colour alone; `tone` is the kind's colour for the frame around a card.
Rectangle {
    id: badge
    required property string kind

    readonly property CompareKind facts: CompareKind { kind: badge.kind }
    readonly property string role: facts.role
    readonly property color tone: Theme.colors[role + "Frame"] ?? color
    readonly property string label: facts.label

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
