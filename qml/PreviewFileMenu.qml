// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import SequenceDesigner

// The preview's files: open or save the scenario, export the timeline as CSV or as calendar
// events (.ics). Problems show in the panel (Preview.notice).
ToolButton {
    id: button
    objectName: "previewFileButton"
    required property Preview preview
    // "Forecast the busy days…": the panel opens the dialog.
    signal forecast()
    // "Edit scenario…": the panel opens the scenario's dialog.
    signal editScenario()

    text: qsTr("Files")
    Accessible.name: qsTr("Scenario and export")
    onClicked: menu.open()

    function choose(action: string) {
        dialog.action = action
        dialog.fileMode = action === "open" ? FileDialog.OpenFile : FileDialog.SaveFile
        dialog.nameFilters = action === "csv" ? [qsTr("CSV files (*.csv)")]
                           : action === "ics" ? [qsTr("Calendar files (*.ics)")]
                           : [qsTr("Scenario files (*.scenario.json)"), qsTr("JSON files (*.json)")]
        dialog.defaultSuffix = action === "csv" ? "csv" : action === "ics" ? "ics" : "scenario.json"
        dialog.open()
    }

    FittedMenu {
        id: menu
        objectName: "previewFileMenu"
        y: button.height
        MenuItem {
            objectName: "openScenarioItem"
            text: qsTr("Open scenario…")
            onTriggered: button.choose("open")
        }
        MenuItem {
            objectName: "editScenarioItem"
            text: qsTr("Edit scenario…")
            onTriggered: button.editScenario()
        }
        MenuItem {
            objectName: "saveScenarioItem"
            text: qsTr("Save scenario…")
            onTriggered: button.choose("save")
        }
        MenuSeparator {}
        MenuItem {
            objectName: "exportCsvItem"
            text: qsTr("Export the timeline as CSV…")
            onTriggered: button.choose("csv")
        }
        MenuItem {
            objectName: "exportIcsItem"
            text: qsTr("Export the activities to a calendar (.ics)…")
            onTriggered: button.choose("ics")
        }
        MenuSeparator {}
        MenuItem {
            objectName: "forecastItem"
            text: qsTr("Forecast the busy days…")
            onTriggered: button.forecast()
        }
    }
    FileDialog {
        id: dialog
        objectName: "previewFileDialog"
        property string action
        title: button.text
        onAccepted: {
            switch (action) {
            case "open": button.preview.openScenario(selectedFile); break
            case "save": button.preview.saveScenario(selectedFile); break
            case "csv": button.preview.exportCsv(selectedFile); break
            case "ics": button.preview.exportIcs(selectedFile); break
            }
        }
    }
}
