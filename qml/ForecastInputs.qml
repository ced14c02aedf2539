// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The forecast's records: generated (how many, over which dates, how many sellers own them) or
// a CSV file, and the personas by share.
GridLayout {
    id: inputs
    required property ForecastRun run
    // Asks for the records file (the dialog's file dialog).
    signal chooseFile()

    columns: 2
    columnSpacing: 12
    rowSpacing: 4
    enabled: !run.running

    ColumnLayout {
        Layout.alignment: Qt.AlignTop
        RadioButton {
            objectName: "forecastGenerate"
            text: qsTr("Generate records")
            checked: inputs.run.recordsFile.toString() === ""
            onToggled: if (checked) inputs.run.recordsFile = ""
        }
        GridLayout {
            columns: 2
            enabled: inputs.run.recordsFile.toString() === ""
            Label { text: qsTr("Records") }
            SpinBox {
                objectName: "forecastCount"
                from: 1
                to: 1000000
                stepSize: 100
                editable: true
                value: inputs.run.count
                Accessible.name: qsTr("Records")
                onValueModified: inputs.run.count = value
            }
            Label { text: qsTr("Starting from (year-month-day)") }
            TextField {
                objectName: "forecastFrom"
                text: inputs.run.fromText
                inputMask: "9999-99-99"
                Accessible.name: qsTr("Starting from")
                onEditingFinished: inputs.run.fromText = text
            }
            Label { text: qsTr("Until (year-month-day)") }
            TextField {
                objectName: "forecastTo"
                text: inputs.run.toText
                inputMask: "9999-99-99"
                Accessible.name: qsTr("Until")
                onEditingFinished: inputs.run.toText = text
            }
            Label { text: qsTr("Sellers") }
            SpinBox {
                objectName: "forecastSellers"
                from: 1
                to: 100
                editable: true
                value: inputs.run.sellers
                Accessible.name: qsTr("Sellers")
                onValueModified: inputs.run.sellers = value
            }
        }
        RadioButton {
            objectName: "forecastFromFile"
            text: qsTr("Records from a CSV file")
            checked: inputs.run.recordsFile.toString() !== ""
            onToggled: if (checked) inputs.chooseFile()
        }
        Label {
            Layout.maximumWidth: 320
            visible: inputs.run.recordsFile.toString() !== ""
            text: inputs.run.recordsFile.toString().replace(/^.*\//, "")
            elide: Text.ElideMiddle
        }
    }
    ColumnLayout {
        Layout.alignment: Qt.AlignTop
        Label { text: qsTr("Personas by share"); font.bold: true }
        Repeater {
            model: inputs.run.shares
            delegate: RowLayout {
                id: shareRow
                required property var modelData
                Label {
                    Layout.preferredWidth: 260
                    text: shareRow.modelData.name
                    elide: Text.ElideRight
                }
                SpinBox {
                    objectName: "forecastShare_" + shareRow.modelData.id
                    from: 0
                    to: 100
                    editable: true
                    value: shareRow.modelData.share
                    Accessible.name: qsTr("Share of %1").arg(shareRow.modelData.name)
                    onValueModified: inputs.run.setShare(shareRow.modelData.id, value)
                }
            }
        }
    }
}
