// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// One day of the heatmap: its date and how many activities are due; a non-working day has a
// grey band behind its date (a holiday is also outlined and marked). Hover or keyboard focus shows its details.
Rectangle {
    id: cell
    required property int week
    required property int index
    required property var modelData
    // Set by the heatmap: whether this is its current day, the cell's size and fill.
    required property bool current
    required property real cellSize
    required property color fill
    // The day was hovered or focused: the heatmap's current day.
    signal chosen(string date)
    // Arrow keys: the cell `day` of the week `week` is wanted next.
    signal moveRequested(int week, int day)

    objectName: "forecastDay_" + modelData.date
    width: cellSize
    height: cellSize
    color: fill
    border.width: modelData.holiday || current || activeFocus ? 2 : 1
    border.color: activeFocus || current ? Theme.palette.highlight
                : modelData.holiday ? Theme.colors.warning : Theme.palette.mid
    activeFocusOnTab: true

    Accessible.role: Accessible.Cell
    Accessible.name: modelData.name + (modelData.holiday ? ", " + qsTr("holiday")
                                       : !modelData.working ? ", " + qsTr("not a working day") : "")
    Accessible.focusable: true

    onActiveFocusChanged: if (activeFocus) chosen(modelData.date)
    Keys.onLeftPressed: moveRequested(week, index - 1)
    Keys.onRightPressed: moveRequested(week, index + 1)
    Keys.onUpPressed: moveRequested(week - 1, index)
    Keys.onDownPressed: moveRequested(week + 1, index)

    Rectangle { // a non-working day: a grey band behind its date, busy or not
        visible: !cell.modelData.working
        x: 1
        y: 1
        width: parent.width - 2
        height: 13
        color: Theme.palette.mid
    }
    Text {
        x: 3
        y: 1
        text: cell.modelData.label
        font.pixelSize: 10
        color: Theme.palette.text
    }
    Text {
        anchors.centerIn: parent
        objectName: "forecastDayTotal_" + cell.modelData.date
        visible: cell.modelData.total > 0
        text: cell.modelData.total
        font.bold: true
        color: Theme.palette.text
    }
    Text {
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        visible: cell.modelData.holiday
        text: qsTr("holiday")
        font.pixelSize: 8
        color: Theme.colors.warningText
    }
    HoverHandler {
        onHoveredChanged: if (hovered) cell.chosen(cell.modelData.date)
    }
}
