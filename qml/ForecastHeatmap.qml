// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The calendar heatmap of the activities due per day: weeks as rows, Monday to Sunday as
// columns, darker for busier days; non-working days banded grey, holidays outlined. Hovering a day,
// or giving it the keyboard focus (Tab, then the arrow keys), makes it `currentDate`.
Rectangle {
    id: heatmap
    objectName: "forecastHeatmap"
    required property ForecastRun run
    property string currentDate
    readonly property int cellSize: 44

    implicitWidth: grid.width + 16
    implicitHeight: grid.height + 16
    color: Theme.palette.base

    Accessible.role: Accessible.Table
    Accessible.name: qsTr("Activities due per day")

    function cellColor(cell: var): color {
        if (cell.total === 0)
            return cell.working ? Theme.palette.base : Theme.palette.midlight
        const share = 0.15 + 0.85 * cell.total / Math.max(1, heatmap.run.maxTotal)
        return Qt.rgba(Theme.palette.highlight.r, Theme.palette.highlight.g,
                       Theme.palette.highlight.b, share)
    }
    // The arrow keys move the focus a day (left, right) or a week (up, down).
    function move(week: int, day: int) {
        focusWanted(week, day)
    }
    // The week `week` gives the focus to its day `day`, if it has one.
    signal focusWanted(int week, int day)

    Column {
        id: grid
        x: 8
        y: 8
        spacing: 2

        Row {
            spacing: 2
            Item { width: 64; height: 1 }
            Repeater {
                // Monday … Sunday in the interface language.
                model: 7
                delegate: Label {
                    required property int index
                    width: heatmap.cellSize
                    horizontalAlignment: Text.AlignHCenter
                    text: Qt.locale().dayName((index + 1) % 7, Locale.ShortFormat)
                }
            }
        }
        Repeater {
            id: rows
            model: heatmap.run.weeks
            delegate: Row {
                id: week
                required property var modelData
                required property int index
                spacing: 2
                Connections {
                    target: heatmap
                    function onFocusWanted(toWeek: int, toDay: int) {
                        const cell = toWeek === week.index ? cells.itemAt(toDay) : null
                        if (cell)
                            cell.forceActiveFocus()
                    }
                }
                Label {
                    width: 64
                    height: heatmap.cellSize
                    verticalAlignment: Text.AlignVCenter
                    text: week.modelData.label
                }
                Repeater {
                    id: cells
                    model: week.modelData.cells
                    delegate: ForecastHeatmapCell {
                        id: day
                        week: week.index
                        current: heatmap.currentDate === day.modelData.date
                        cellSize: heatmap.cellSize
                        fill: heatmap.cellColor(day.modelData)
                        onChosen: date => { heatmap.currentDate = date }
                        onMoveRequested: (toWeek, toDay) => heatmap.move(toWeek, toDay)
                    }
                }
            }
        }
        Label {
            width: 64 + 7 * (heatmap.cellSize + 2)
            wrapMode: Text.WordWrap
            font.pixelSize: 11
            text: qsTr("Darker: more activities due. A grey band: not a working day. Outlined: a holiday.")
        }
    }
}
