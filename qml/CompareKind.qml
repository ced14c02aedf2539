// SPDX-License-Identifier: MIT
import QtQuick
import SequenceDesigner

// A change's kind ("added", "changed", "moved", "removed", else a property) as the comparison
// shows it: its word and the Theme role of its colours (tst_designertheme checks their contrast on
// both palettes). CompareBadge draws it; the list of changes names its rows with it.
QtObject {
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
    readonly property string label: {
        switch (kind) {
        case "added": return qsTr("Added")
        case "changed": return qsTr("Changed")
        case "moved": return qsTr("Moved")
        case "removed": return qsTr("Removed")
        default: return qsTr("Property")
        }
    }
}
