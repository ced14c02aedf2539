// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import SequenceDesigner

// The preview beside the canvas (Ctrl+P): a persona or a scenario file, the start, and the
// timeline of one record's run. A row selects and centres its step (Up/Down move, Enter too);
// Space on a condition's row makes it take its other branch, as Yes/No on its card do.
Pane {
    id: panel
    objectName: "previewPanel"
    required property DesignerPageBase page
    required property Preview preview
    padding: 8

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Preview")

    // The names, dates and reasons come translated from C++: make them again.
    Connections {
        target: Language
        function onChanged() { panel.preview.retranslate() }
    }

    // Space on a condition's row (the list's or its current row's): the other branch.
    function flipRow(row: int) {
        const id = panel.preview.timeline.conditionAt(row)
        if (id !== "")
            panel.preview.flip(id)
    }
    // The busy days' dialog, made the first time it is asked for (its chart is costly).
    function openForecast() {
        forecast.made().open()
    }
    function showStep(id: string) {
        panel.page.document.selectedId = id
        panel.page.centreOn(id)
    }

    PreviewScenarioDialog {
        id: scenarioDialog
        preview: panel.preview
    }
    LazyLoader {
        id: forecast
        file: "ForecastDialog.qml"
        properties: ({ document: panel.page.document })
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Preview")
                font.bold: true
                font.pixelSize: 16
            }
            ToolButton {
                objectName: "forecastButton"
                text: qsTr("Forecast…")
                Accessible.name: qsTr("Forecast the busy days")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Many records through the sequence: the activities due per day")
                onClicked: panel.openForecast()
            }
            PreviewFileMenu {
                preview: panel.preview
                onForecast: panel.openForecast()
                onEditScenario: scenarioDialog.start()
            }
            ToolButton {
                objectName: "closePreviewButton"
                text: "\u2715"
                Accessible.name: qsTr("Close the preview")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Close the preview (Ctrl+P)")
                onClicked: panel.page.previewOpen = false
            }
        }
        Label { text: qsTr("Who the customer is"); font.pixelSize: 12 }
        RowLayout {
            Layout.fillWidth: true
            ComboBox {
                id: personaBox
                objectName: "previewPersona"
                Layout.fillWidth: true
                model: panel.preview.personas
                textRole: "name"
                valueRole: "id"
                currentIndex: indexOfValue(panel.preview.persona)
                displayText: panel.preview.scenarioName
                Accessible.name: qsTr("Who the customer is")
                onActivated: index => panel.preview.persona = valueAt(index)
            }
            ToolButton {
                objectName: "editScenarioButton"
                text: qsTr("Edit…")
                Accessible.name: qsTr("Edit scenario…")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Edit the scenario: the record's fields, events and outcomes")
                onClicked: scenarioDialog.start()
            }
        }
        Label { text: qsTr("Starts (%1)").arg(qsTr("year-month-day hours:minutes")); font.pixelSize: 12 }
        TextField {
            objectName: "previewStart"
            Layout.fillWidth: true
            text: panel.preview.startText
            inputMask: "9999-99-99 99:99"
            Accessible.name: qsTr("Starts")
            Accessible.description: qsTr("Up and Down move the start a day, with Shift an hour.")
            onEditingFinished: panel.preview.startText = text
            // Up and Down: a day later or earlier; with Shift, an hour.
            function move(sign: int, modifiers: int) {
                panel.preview.startText = text
                if (modifiers & Qt.ShiftModifier)
                    panel.preview.moveStart(0, sign * 60)
                else
                    panel.preview.moveStart(sign, 0)
            }
            Keys.onUpPressed: event => move(1, event.modifiers)
            Keys.onDownPressed: event => move(-1, event.modifiers)
        }
        Label {
            objectName: "previewProblem"
            Layout.fillWidth: true
            visible: text !== ""
            text: panel.preview.problem !== "" ? panel.preview.problem : panel.preview.notice
            wrapMode: Text.WordWrap
            color: Theme.colors.errorText
        }

        ListView {
            id: list
            objectName: "previewTimeline"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 2
            model: panel.preview.timeline
            keyNavigationEnabled: true
            activeFocusOnTab: true
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Timeline")
            Accessible.description: qsTr("Enter shows the step on the canvas; Space on a condition makes it take its other branch.")
            Keys.onReturnPressed: if (currentIndex >= 0) panel.showStep(panel.preview.timeline.stepIdAt(currentIndex))
            Keys.onSpacePressed: panel.flipRow(currentIndex)
            Keys.onEnterPressed: if (currentIndex >= 0) panel.showStep(panel.preview.timeline.stepIdAt(currentIndex))
            delegate: PreviewTimelineRow {
                id: timelineRow
                width: ListView.view.width
                Keys.onSpacePressed: panel.flipRow(timelineRow.index)
                onChosen: (row, id) => {
                    list.currentIndex = row
                    list.forceActiveFocus()
                    panel.showStep(id)
                }
            }
        }
        Label {
            objectName: "previewEnd"
            Layout.fillWidth: true
            text: panel.preview.endText
            wrapMode: Text.WordWrap
            font.bold: true
        }
    }
}
