// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// With no step selected: the sequence's name, description, record type, tags and options.
ColumnLayout {
    id: props
    objectName: "sequenceProperties"
    required property SequenceDocument document
    spacing: 6

    Label {
        Layout.fillWidth: true
        Layout.margins: 12
        Layout.bottomMargin: 0
        text: qsTr("Sequence")
        font.bold: true
        font.pixelSize: 16
    }
    GridLayout {
        Layout.preferredWidth: props.width - 24
        Layout.margins: 12
        columns: 1
        rowSpacing: 4
        enabled: !props.document.readOnly

        Label { text: qsTr("Name") }
        TextField {
            objectName: "sequenceNameField"
            Accessible.name: qsTr("Name")
            Layout.fillWidth: true
            text: props.document.name
            onTextEdited: props.document.name = text
        }
        Label { text: qsTr("Description") }
        FormTextArea {
            objectName: "sequenceDescriptionField"
            Accessible.name: qsTr("Description")
            Layout.fillWidth: true
            Layout.minimumHeight: 70
            text: props.document.description
            onTextChanged: if (activeFocus) props.document.description = text
        }
        Label { text: qsTr("Record type") }
        TextField {
            Layout.fillWidth: true
            readOnly: true
            enabled: false
            Accessible.name: qsTr("Record type")
            text: props.document.recordTypeName
        }
        Label { text: qsTr("Tags (comma-separated)") }
        TextField {
            objectName: "sequenceTagsField"
            Accessible.name: qsTr("Tags (comma-separated)")
            Layout.fillWidth: true
            text: props.document.tagsText
            onEditingFinished: props.document.tagsText = text
        }
        CheckBox {
            objectName: "exitOnReplyCheck"
            text: qsTr("Exit on an email reply")
            checked: props.document.exitOnEmailReply
            onToggled: props.document.exitOnEmailReply = checked
        }
        CheckBox {
            objectName: "skipNonWorkingDaysCheck"
            text: qsTr("Skip non-working days")
            checked: props.document.skipNonWorkingDays
            onToggled: props.document.skipNonWorkingDays = checked
        }
        Label {
            objectName: "sequenceStepCount"
            Layout.fillWidth: true
            Layout.topMargin: 8
            wrapMode: Text.WordWrap
            color: props.palette.placeholderText
            text: qsTr("%n step(s). Select a step on the canvas to edit it; click a + to add one.", "",
                       props.document.activityCount)
        }
    }
}
