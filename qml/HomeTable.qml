// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// The grid of sequences: a header that sorts, filters, moves and resizes columns, and rows whose
// delegates are reused while scrolling.
FocusScope {
    id: root
    required property SequenceTableModel model
    property int selectedRow: -1

    signal rowClicked(int row)
    signal rowActivated(int row)
    signal contextMenuRequested(int row)
    signal deletePressed()
    signal moveSelection(int delta)

    // The keyboard to the rows (not to a header button that Tab passed last).
    function focusRows() {
        table.forceActiveFocus()
    }
    function positionViewAtRow(row: int, mode: int) {
        table.positionViewAtRow(row, mode)
    }
    // The column under `x` (in this item's coordinates), for dropping a dragged header.
    function columnAtX(x: real): int {
        let left = -table.contentX
        for (let c = 0; c < root.model.columnCount(); ++c) {
            const w = root.model.columnWidth(c)
            if (x < left + w)
                return c
            left += w
        }
        return root.model.columnCount() - 1
    }

    // The filter menu of the column `key`, under `button`. One menu for all headers: it stays
    // open while the header's delegates are rebuilt.
    function openFilter(key: string, button: Item) {
        filterMenu.prepare(key)
        const p = button.mapToItem(root, 0, button.height)
        filterMenu.popup(root, p.x, p.y)
    }

    HomeFilterMenu {
        id: filterMenu
        tableModel: root.model
        key: ""
    }

    Connections {
        target: root.model
        function onColumnsChanged() { table.forceLayout() }
    }

    HorizontalHeaderView {
        id: header
        objectName: "tableHeader"
        syncView: table
        interactive: false
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        clip: true
        delegate: HomeHeaderCell {
            tableModel: root.model
            table: root
            onFilterRequested: (key, button) => root.openFilter(key, button)
        }
    }

    TableView {
        id: table
        objectName: "sequenceTable"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: parent.bottom
        clip: true
        focus: true
        model: root.model
        reuseItems: true
        boundsBehavior: Flickable.StopAtBounds
        // The last column takes the room that is left (not remembered: it follows the window).
        columnWidthProvider: column => {
            const w = root.model.columnWidth(column)
            if (column !== root.model.columnCount() - 1)
                return w
            let used = 0
            for (let c = 0; c < column; ++c)
                used += root.model.columnWidth(c)
            return Math.max(w, table.width - used)
        }
        onWidthChanged: forceLayout()
        rowHeightProvider: () => 40
        ScrollBar.vertical: ScrollBar {}
        ScrollBar.horizontal: ScrollBar {}

        Keys.onReturnPressed: root.rowActivated(root.selectedRow)
        Keys.onEnterPressed: root.rowActivated(root.selectedRow)
        Keys.onDeletePressed: root.deletePressed()
        Keys.onUpPressed: root.moveSelection(-1)
        Keys.onDownPressed: root.moveSelection(1)

        delegate: HomeCell {
            selected: row === root.selectedRow
            onClicked: {
                table.forceActiveFocus()
                root.rowClicked(row)
            }
            onDoubleClicked: root.rowActivated(row)
            onContextMenu: {
                table.forceActiveFocus()
                root.contextMenuRequested(row)
            }
        }
    }
}
