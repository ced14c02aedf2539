// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// One cell of the home page grid; the status column shows a badge.
Rectangle {
    id: cell
    objectName: "cell_" + row + "_" + columnKey
    required property int row
    required property string columnKey
    required property var display
    required property string name
    required property bool active
    required property bool personal // a seller's own sequence in a team library
    property bool selected: false

    signal clicked()
    signal doubleClicked()
    signal contextMenu()

    implicitHeight: 40
    // Qt 6.4's TableView offers no table to screen readers: each cell says its value, and the
    // sequence of its row in the description; Press selects the row.
    Accessible.role: Accessible.Cell
    Accessible.name: (display === undefined || display === "" ? "–" : String(display))
                     + (personalChip.visible ? ", " + personalText.text : "")
    Accessible.description: columnKey === "name" ? "" : name
    Accessible.selected: selected
    Accessible.selectable: true
    Accessible.onPressAction: clicked()
    color: selected ? pal.highlight : (row % 2 ? pal.alternateBase : pal.base)

    SystemPalette { id: pal }

    Label {
        visible: cell.columnKey !== "status"
        anchors.fill: parent
        anchors.leftMargin: 10
        anchors.rightMargin: personalChip.visible ? personalChip.width + 16 : 10
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: cell.columnKey === "steps" ? Text.AlignRight : Text.AlignLeft
        text: cell.display === undefined ? "" : cell.display
        elide: Text.ElideRight
        font.bold: cell.columnKey === "name"
        color: cell.selected ? pal.highlightedText : pal.text
    }

    Rectangle {
        objectName: "statusBadge"
        visible: cell.columnKey === "status"
        anchors.verticalCenter: parent.verticalCenter
        x: 10
        height: 22
        width: badgeText.implicitWidth + 20
        radius: 11
        color: cell.active ? Theme.colors.ok : "transparent"
        border.color: cell.active ? Theme.colors.ok : (cell.selected ? pal.highlightedText : pal.mid)
        border.width: 1
        Label {
            id: badgeText
            anchors.centerIn: parent
            text: (cell.active ? "● " : "○ ") + (cell.display === undefined ? "" : cell.display)
            font.pixelSize: 12
            color: cell.active ? Theme.colors.onOk : (cell.selected ? pal.highlightedText : pal.text)
        }
    }

    Rectangle {
        id: personalChip
        objectName: "personalChip"
        visible: cell.personal && cell.columnKey === "name"
        anchors.verticalCenter: parent.verticalCenter
        anchors.right: parent.right
        anchors.rightMargin: 8
        height: 20
        width: personalText.implicitWidth + 16
        radius: 10
        color: "transparent"
        border.color: cell.selected ? pal.highlightedText : pal.mid
        Label {
            id: personalText
            anchors.centerIn: parent
            text: qsTr("Personal")
            font.pixelSize: 11
            color: cell.selected ? pal.highlightedText : pal.text
        }
    }

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: pal.midlight
        opacity: 0.6
    }

    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.LeftButton | Qt.RightButton
        onClicked: mouse => mouse.button === Qt.RightButton ? cell.contextMenu() : cell.clicked()
        onDoubleClicked: mouse => {
            if (mouse.button === Qt.LeftButton)
                cell.doubleClicked()
        }
        onPressAndHold: cell.contextMenu()
    }
}
