// SPDX-License-Identifier: MIT
import QtQuick

// The ring around the item with the keyboard focus (a card, a "+", a palette or dialog entry):
// drawn outside the item, in the highlight colour, thick enough to see at a glance. A thin inner
// line in the highlighted-text colour keeps it apart from a highlighted (filled) item, where the
// ring alone would melt into the fill; such an item also sets a darker `border.color`.
Rectangle {
    id: ring
    anchors.fill: parent
    anchors.margins: -4
    color: "transparent"
    border.width: 2.5
    border.color: palette.highlight
    radius: 6
    Rectangle {
        anchors.fill: parent
        anchors.margins: ring.border.width
        color: "transparent"
        border.width: 1.5
        border.color: ring.palette.highlightedText
        radius: Math.max(0, ring.radius - ring.border.width)
    }
}
