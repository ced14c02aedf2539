// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The selected step: name, description and one editor per parameter of its type, with the
// step's problems in place.
ColumnLayout {
    id: stepPane
    objectName: "stepProperties"
    required property SequenceDocument document
    required property DesignerStyle designerStyle
    required property string stepId
    readonly property var step: { document.revision; return stepId === "" ? ({}) : document.stepData(stepId) }
    spacing: 6

    function focusName() {
        nameField.forceActiveFocus()
        nameField.selectAll()
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.margins: 12
        Layout.bottomMargin: 0
        spacing: 10
        NodeIcon {
            glyph: stepPane.designerStyle.glyph(iconOf())
            color: stepPane.designerStyle.color(stepPane.step.group ?? "unknown")
            function iconOf(): string {
                const t = AppInfo.stepTypes.find(s => s.id === stepPane.step.type)
                return t ? t.icon : ""
            }
        }
        Label {
            Layout.fillWidth: true
            text: stepPane.step.typeName ?? ""
            font.bold: true
            font.pixelSize: 16
            wrapMode: Text.WordWrap
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        Layout.margins: 12
        spacing: 4
        enabled: !stepPane.document.readOnly

        Label { text: qsTr("Name") }
        TextField {
            id: nameField
            objectName: "stepNameField"
            Layout.fillWidth: true
            placeholderText: stepPane.step.typeName ?? ""
            text: stepPane.step.name ?? ""
            onTextEdited: stepPane.document.renameStep(stepPane.stepId, text)
        }
        Label { text: qsTr("Description") }
        TextArea {
            objectName: "stepDescriptionField"
            Layout.fillWidth: true
            Layout.minimumHeight: 60
            wrapMode: TextEdit.Wrap
            text: stepPane.step.description ?? ""
            onTextChanged: if (activeFocus) stepPane.document.describeStep(stepPane.stepId, text)
        }
        Repeater {
            model: stepPane.step.specs ?? []
            delegate: ParamEditor {
                Layout.fillWidth: true
                Layout.topMargin: 6
                document: stepPane.document
                stepId: stepPane.stepId
                designerStyle: stepPane.designerStyle
            }
        }
        Repeater {
            objectName: "stepProblems"
            model: stepPane.step.problems ?? []
            delegate: Label {
                required property var modelData
                Layout.fillWidth: true
                Layout.topMargin: 6
                wrapMode: Text.WordWrap
                text: (modelData.severity === "error" ? "\u2716 " : "\u26A0 ") + modelData.message
                color: modelData.severity === "error" ? stepPane.designerStyle.error : stepPane.designerStyle.warning
            }
        }
    }
}
