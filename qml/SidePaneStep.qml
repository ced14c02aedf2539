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
    readonly property var step: (document.revision >= 0 && stepId !== "" ? document.stepData(stepId) : ({}))
    // The editors follow the step and its type only, not each edit: re-creating them on every
    // change would take the focus (and the cursor) away while typing.
    readonly property string stepType: step.type ?? ""
    readonly property var specs: stepType === "" ? [] : (document.stepData(stepId).specs ?? [])
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
            source: stepPane.designerStyle.iconSource(iconOf())
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
            Accessible.name: qsTr("Name")
            Layout.fillWidth: true
            placeholderText: stepPane.step.typeName ?? ""
            text: stepPane.step.name ?? ""
            onTextEdited: stepPane.document.renameStep(stepPane.stepId, text)
        }
        Label { text: qsTr("Description") }
        FormTextArea {
            objectName: "stepDescriptionField"
            Accessible.name: qsTr("Description")
            Layout.fillWidth: true
            Layout.minimumHeight: 60
            text: stepPane.step.description ?? ""
            onTextChanged: if (activeFocus) stepPane.document.describeStep(stepPane.stepId, text)
        }
        Repeater {
            model: stepPane.specs
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
            // The step's problems that are not shown under one of its parameters.
            model: stepPane.document.problems.count >= 0 && stepPane.stepId !== ""
                   ? stepPane.document.problems.problemsOf(stepPane.stepId).filter(p => p.param === "")
                   : []
            delegate: Label {
                required property var modelData
                Layout.fillWidth: true
                Layout.topMargin: 6
                wrapMode: Text.WordWrap
                text: (modelData.severity === "error" ? "\u2716 " : "\u26A0 ") + modelData.message
                color: stepPane.designerStyle.severityText(modelData.severity)
            }
        }
    }
}
