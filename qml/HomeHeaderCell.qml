// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// A column header of the home page grid: click to sort, the ▾ button filters, drag the header
// to move the column and drag its right edge to resize it.
Rectangle {
    id: cell
    objectName: "header_" + key
    required property int column
    required property SequenceTableModel tableModel
    // The HomeTable: where a dragged header lands.
    required property Item table
    // The ▾ button was clicked: the table opens the column's filter menu below `button`.
    signal filterRequested(string key, Item button)
    readonly property string key: tableModel.columnKey(column)
    readonly property bool sorted: tableModel.sortKey === key
    readonly property bool filterable: tableModel.isFilterable(key)
    readonly property bool filterActive: tableModel.filterValue(key) !== ""
                                         && tableModel.filtered
    property real dragOffset: 0
    // The title comes from C++ (tr()), which a retranslation of the QML does not reach: read
    // it again when the language changes.
    readonly property string title: Language.current !== "" ? tableModel.columnTitle(column) : ""
    Accessible.role: Accessible.ColumnHeader
    Accessible.name: title
    Accessible.description: sorted ? (tableModel.sortAscending ? qsTr("Sorted ascending") : qsTr("Sorted descending")) : ""
    Accessible.onPressAction: tableModel.sortBySection(column)

    implicitWidth: tableModel.columnWidth(column)
    implicitHeight: 34
    color: mover.pressed && dragOffset !== 0 ? pal.midlight : pal.button
    z: dragOffset !== 0 ? 10 : 0
    transform: Translate { x: cell.dragOffset }

    SystemPalette { id: pal }

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: pal.mid
    }
    Rectangle {
        anchors.right: parent.right
        height: parent.height
        width: 1
        color: pal.mid
        opacity: 0.6
    }

    Label {
        anchors.left: parent.left
        anchors.leftMargin: 10
        anchors.right: filterButton.visible ? filterButton.left : parent.right
        anchors.rightMargin: 6
        anchors.verticalCenter: parent.verticalCenter
        text: cell.title + (cell.sorted ? (cell.tableModel.sortAscending ? "  ▲" : "  ▼") : "")
        font.bold: true
        elide: Text.ElideRight
        color: pal.buttonText
    }

    // Press and move sideways to drag the column; a click without moving sorts.
    MouseArea {
        id: mover
        anchors.fill: parent
        anchors.rightMargin: 6
        preventStealing: true
        property real startX: 0
        onPressed: mouse => {
            startX = mouse.x
            cell.dragOffset = 0
        }
        onPositionChanged: mouse => {
            const dx = mouse.x - startX
            if (Math.abs(dx) > 8 || cell.dragOffset !== 0)
                cell.dragOffset = dx
        }
        onReleased: mouse => {
            if (cell.dragOffset === 0) {
                cell.tableModel.sortBySection(cell.column)
                return
            }
            const p = mapToItem(cell.table, mouse.x, mouse.y)
            const target = cell.table.columnAtX(p.x)
            cell.dragOffset = 0
            cell.tableModel.moveColumn(cell.column, target)
        }
        onCanceled: cell.dragOffset = 0
    }

    ToolButton {
        id: filterButton
        objectName: "filter_" + cell.key
        visible: cell.filterable
        anchors.right: parent.right
        anchors.rightMargin: 6
        anchors.verticalCenter: parent.verticalCenter
        width: 26
        height: 26
        text: "▾"
        font.bold: cell.filterActive
        highlighted: cell.filterActive
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Filter this column")
        Accessible.name: qsTr("Filter the column %1").arg(cell.title)
        onClicked: cell.filterRequested(cell.key, filterButton)
    }

    // The right edge: drag to resize.
    MouseArea {
        objectName: "resize_" + cell.key
        anchors.right: parent.right
        width: 7
        height: parent.height
        cursorShape: Qt.SplitHCursor
        preventStealing: true
        property real startX: 0
        property int startWidth: 0
        onPressed: mouse => {
            startX = mapToItem(cell.table, mouse.x, 0).x
            startWidth = cell.tableModel.columnWidth(cell.column)
        }
        onPositionChanged: mouse => {
            const x = mapToItem(cell.table, mouse.x, 0).x
            cell.tableModel.setColumnWidth(cell.column, startWidth + Math.round(x - startX))
        }
    }
}
