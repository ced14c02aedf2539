// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// A multi-line text field of a form. Tab, Ctrl+Tab and Shift+Tab move the focus on, as in every
// other field: a description has no use for tab characters, and a field that swallows Tab traps
// a keyboard user.
TextArea {
    id: area
    wrapMode: TextEdit.Wrap
    selectByMouse: true
    // Fusion draws no frame around a TextArea: give it the look of the text fields.
    background: Rectangle {
        color: area.palette.base
        border.color: area.activeFocus ? area.palette.highlight : area.palette.mid
        radius: 2
    }
    Keys.onPressed: event => {
        if (event.key !== Qt.Key_Tab && event.key !== Qt.Key_Backtab)
            return
        const forward = event.key === Qt.Key_Tab && !(event.modifiers & Qt.ShiftModifier)
        const next = area.nextItemInFocusChain(forward)
        if (next)
            next.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason)
        event.accepted = true
    }
}
