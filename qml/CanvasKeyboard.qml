// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import SequenceDesigner

// The keyboard on the canvas. The focus goes over cards and "+" alike (`view.keyCursor`, a spot
// of CanvasModel.keyTarget): arrows move it, Enter edits a card or opens "Add" at a "+", Insert
// adds below, Ctrl+arrows move the step's branch to the neighbouring "+", Delete deletes, Ctrl+V
// pastes at a "+" (on a card the page's shortcut pastes below it).
Item {
    id: keyboard
    required property CanvasViewBase view
    readonly property SequenceDocument document: view.document
    readonly property var directions: ({ [Qt.Key_Up]: "up", [Qt.Key_Down]: "down",
                                         [Qt.Key_Left]: "left", [Qt.Key_Right]: "right" })

    // Whether the keyboard focus is on the canvas (the view, a card or a "+"). An edit lays the
    // canvas out anew and the card with the focus is made again: the focus is lost with it for a
    // moment and then still counts as on the canvas.
    property bool focusInCanvas: false
    function isInside(item: Item, outer: Item): bool {
        for (; item; item = item.parent) {
            if (item === outer)
                return true
        }
        return false
    }
    Connections {
        target: keyboard.Window.window
        function onActiveFocusItemChanged() {
            // (A focus scope around the canvas gets the focus of a card made anew.)
            const item = keyboard.Window.activeFocusItem
            if (item && !keyboard.isInside(keyboard.view, item))
                keyboard.focusInCanvas = keyboard.isInside(item, keyboard.view)
            else if (item === keyboard.view)
                keyboard.focusInCanvas = true
        }
    }
    // Called by a card or "+" that is (or becomes) the spot: it takes the focus when the
    // keyboard is on the canvas.
    function offerFocus(item: Item) {
        if (focusInCanvas && !item.activeFocus)
            item.forceActiveFocus()
    }
    function moveTo(spot: var) {
        view.keyCursor = spot
        if (spot.kind === "card") {
            document.selectedId = spot.id
            view.reveal(spot.id)
        } else {
            document.selectedId = ""
            view.revealPoint(spot.x, spot.y)
        }
    }
    function moveBranch(direction: string) {
        const id = document.selectedId
        if (id === "" || document.readOnly)
            return
        const to = document.canvas.moveTarget(id, direction)
        if (to.valid && document.moveStep(id, to.parentId, to.branch))
            moveTo({ kind: "card", id: id })
    }
    function pressed(event: var) {
        const cursor = view.keyCursor
        const direction = directions[event.key]
        if (direction !== undefined && (event.modifiers & Qt.ControlModifier)) {
            moveBranch(direction)
        } else if (direction !== undefined) {
            moveTo(document.canvas.keyTarget(cursor, direction))
        } else if (event.key === Qt.Key_Delete || event.key === Qt.Key_Backspace) {
            if (cursor.kind === "card")
                view.page.deleteSelected()
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter
                   || event.key === Qt.Key_Space) {
            if (cursor.kind === "plus" && !document.readOnly)
                view.page.openAddDialog(cursor.parentId, cursor.branch)
            else if (cursor.kind === "card" && cursor.id !== "")
                view.editRequested()
        } else if (event.matches(StandardKey.Paste) && cursor.kind === "plus") {
            if (!document.readOnly)
                document.paste(cursor.parentId, cursor.branch) // selects what it pasted
        } else if (event.key === Qt.Key_F && event.modifiers === Qt.NoModifier) {
            view.fit()
        } else {
            return
        }
        event.accepted = true
    }

    // A deleted or moved step leaves the spot: it goes to the start, and the focus with it.
    Connections {
        target: keyboard.document.canvas
        function onLayoutChanged() {
            const cursor = keyboard.view.keyCursor
            const canvas = keyboard.document.canvas
            if (cursor.kind === "card" && canvas.nodeRect(cursor.id).width > 0)
                return
            if (cursor.kind === "plus" && canvas.keyTarget(cursor, "up").id === cursor.parentId)
                return
            keyboard.view.keyCursor = { kind: "card", id: "" }
            if (keyboard.focusInCanvas)
                keyboard.view.forceActiveFocus()
        }
    }
    // A step chosen with the mouse, by search or in the problems panel takes the keyboard spot.
    Connections {
        target: keyboard.document
        function onSelectedIdChanged() {
            const id = keyboard.document.selectedId
            const cursor = keyboard.view.keyCursor
            // (Nothing selected: the spot stays on a "+", or goes back to the start card.)
            if (cursor.kind === "card" ? cursor.id !== id : id !== "")
                keyboard.view.keyCursor = { kind: "card", id: id }
        }
    }
}
