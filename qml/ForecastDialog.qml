// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import SequenceDesigner

// "Forecast…" (the busy days): many records through the open sequence, off the UI thread with
// progress and Cancel; then the calendar heatmap and the stacked bars by step type, a day's
// counts by type and owner on hover or focus, and the export as CSV or as pictures.
Dialog {
    id: dialog
    objectName: "forecastDialog"
    required property SequenceDocument document
    readonly property alias run: run
    property alias currentDate: heatmap.currentDate

    title: qsTr("Busy days")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Overlay.overlay ? Overlay.overlay.width - 40 : 1000
    height: Overlay.overlay ? Overlay.overlay.height - 40 : 700
    onClosed: run.cancel()

    function choose(action: string) {
        files.action = action
        files.fileMode = action === "records" ? FileDialog.OpenFile : FileDialog.SaveFile
        files.nameFilters = action === "records" || action === "csv" ? [qsTr("CSV files (*.csv)")]
                                                                     : [qsTr("PNG pictures (*.png)")]
        files.defaultSuffix = action === "records" || action === "csv" ? "csv" : "png"
        files.open()
    }

    ForecastRun {
        id: run
        objectName: "forecastRun"
        document: dialog.document
    }
    // The chart is made once there are counts (it costs, and needs a QApplication) and goes
    // with them.
    Connections {
        target: run
        function onResultChanged() {
            if (run.hasResult && !chart.item)
                chart.setSource("ForecastChart.qml", { run: run })
            else if (!run.hasResult)
                chart.source = ""
        }
    }
    Connections {
        target: chart.item
        ignoreUnknownSignals: true
        function onDayHovered(date: string) { dialog.currentDate = date }
    }
    Connections {
        target: Language
        function onChanged() { run.retranslate() }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        ForecastInputs {
            run: run
            onChooseFile: dialog.choose("records")
        }
        RowLayout {
            spacing: 8
            DialogButton {
                objectName: "forecastRunButton"
                text: qsTr("Run the forecast")
                enabled: !run.running
                onClicked: run.run()
            }
            DialogButton {
                objectName: "forecastCancelButton"
                text: qsTr("Cancel the run")
                visible: run.running
                onClicked: run.cancel()
            }
            ProgressBar {
                objectName: "forecastProgress"
                visible: run.running
                value: run.progress
                Accessible.name: qsTr("Progress")
            }
            Label { visible: run.running; text: run.progressText }
            Label {
                objectName: "forecastSummary"
                visible: run.hasResult
                text: run.summary
                font.bold: true
            }
        }
        Label {
            objectName: "forecastNotice"
            Layout.fillWidth: true
            visible: text !== ""
            text: run.notice
            wrapMode: Text.WordWrap
            color: Theme.colors.errorText
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: run.hasResult
            spacing: 8

            ScrollView {
                Layout.fillHeight: true
                Layout.preferredWidth: heatmap.implicitWidth + 16
                contentWidth: heatmap.implicitWidth
                contentHeight: heatmap.implicitHeight
                ForecastHeatmap {
                    id: heatmap
                    run: run
                }
            }
            Loader {
                id: chart
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumWidth: 300
            }
            ForecastDayDetails {
                Layout.preferredWidth: 220
                Layout.alignment: Qt.AlignTop
                // Read again when a run ends (hasResult), as when the day changes.
                day: run.hasResult ? run.day(dialog.currentDate) : run.day("")
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "forecastExportCsv"
            text: qsTr("Export as CSV…")
            enabled: run.hasResult
            onClicked: dialog.choose("csv")
        }
        Button {
            objectName: "forecastSaveHeatmap"
            text: qsTr("Save the calendar as PNG…")
            enabled: run.hasResult
            onClicked: dialog.choose("heatmap")
        }
        Button {
            objectName: "forecastSaveChart"
            text: qsTr("Save the chart as PNG…")
            enabled: run.hasResult
            onClicked: dialog.choose("chart")
        }
        Button {
            objectName: "forecastClose"
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    FileDialog {
        id: files
        objectName: "forecastFileDialog"
        property string action
        title: dialog.title
        onAccepted: {
            switch (action) {
            case "records": run.recordsFile = selectedFile; break
            case "csv": run.exportCsv(selectedFile); break
            case "heatmap": run.savePicture(heatmap, selectedFile); break
            case "chart": run.savePicture(chart.item, selectedFile); break
            }
        }
    }
}
