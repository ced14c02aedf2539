// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The day the heatmap or the chart points at: its counts by step type and by owner.
ColumnLayout {
    id: details
    objectName: "forecastDayDetails"
    // ForecastRun.day(): no title when there is nothing to show.
    required property dayForecast day
    spacing: 2

    Label {
        objectName: "forecastDayTitle"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.bold: true
        text: details.day.title !== "" ? details.day.title
                                       : qsTr("Point at a day, or Tab to it, to see its activities.")
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Label {
        visible: details.day.title !== ""
        text: qsTr("By step type")
        font.italic: true
    }
    Repeater {
        model: details.day.byType
        delegate: Label {
            required property forecastCount modelData
            text: modelData.name + ": " + modelData.count
        }
    }
    Label {
        visible: details.day.title !== ""
        text: qsTr("By owner")
        font.italic: true
    }
    Repeater {
        model: details.day.byOwner
        delegate: Label {
            required property forecastCount modelData
            text: modelData.name + ": " + modelData.count
        }
    }
}
