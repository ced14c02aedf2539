// SPDX-License-Identifier: MIT
import QtQuick

// The ring around the item with the keyboard focus (a card, a "+", a palette or dialog entry):
// drawn outside the item, in the highlight colour, thick enough to see at a glance.
Rectangle {
    anchors.fill: parent
    anchors.margins: -4
    color: "transparent"
    border.width: 2.5
    border.color: palette.highlight
    radius: 6
}
