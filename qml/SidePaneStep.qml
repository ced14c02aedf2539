// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qt.labs.qmlmodels
import SequenceDesigner

// The selected step: name, description and one editor per parameter of its type, with the
// step's problems in place.
ColumnLayout {
    id: stepPane
    objectName: "stepProperties"
    required property SequenceDocument document
    required property DesignerStyle designerStyle
    // The editors are made anew for another step only: an edit changes the roles of its row,
    // which the editor follows, so the focus (and the cursor) stays while typing.
    readonly property StepInspector inspector: StepInspector { document: stepPane.document }
    readonly property string stepId: inspector.stepId
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
            glyph: stepPane.designerStyle.glyph(stepPane.inspector.icon)
            source: stepPane.designerStyle.iconSource(stepPane.inspector.icon)
            color: stepPane.designerStyle.color(stepPane.inspector.group || "unknown")
        }
        Label {
            Layout.fillWidth: true
            text: stepPane.inspector.typeName
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
            placeholderText: stepPane.inspector.typeName
            text: stepPane.inspector.name
            onTextEdited: stepPane.document.renameStep(stepPane.stepId, text)
        }
        Label { text: qsTr("Description") }
        FormTextArea {
            objectName: "stepDescriptionField"
            Accessible.name: qsTr("Description")
            Layout.fillWidth: true
            Layout.minimumHeight: 60
            text: stepPane.inspector.description
            onTextChanged: if (activeFocus) stepPane.document.describeStep(stepPane.stepId, text)
        }
        // One editor per parameter, the one its row names.
        Repeater {
            model: stepPane.inspector
            delegate: DelegateChooser {
                role: "editor"
                DelegateChoice { roleValue: "ParamNumber"; ParamNumber { inspector: stepPane.inspector; designerStyle: stepPane.designerStyle } }
                DelegateChoice { roleValue: "ParamDuration"; ParamDuration { inspector: stepPane.inspector; designerStyle: stepPane.designerStyle } }
                DelegateChoice { roleValue: "ParamBool"; ParamBool { inspector: stepPane.inspector; designerStyle: stepPane.designerStyle } }
                DelegateChoice { roleValue: "ParamText"; ParamText { inspector: stepPane.inspector; designerStyle: stepPane.designerStyle } }
                DelegateChoice { roleValue: "ParamChoice"; ParamChoice { inspector: stepPane.inspector; designerStyle: stepPane.designerStyle } }
                DelegateChoice { roleValue: "ParamChoiceSet"; ParamChoiceSet { inspector: stepPane.inspector; designerStyle: stepPane.designerStyle } }
                DelegateChoice { roleValue: "ParamFieldValue"; ParamFieldValue { inspector: stepPane.inspector; designerStyle: stepPane.designerStyle } }
                DelegateChoice { roleValue: "ParamFieldRules"; ParamFieldRules { inspector: stepPane.inspector; designerStyle: stepPane.designerStyle } }
                DelegateChoice { roleValue: "ParamAbVersion"; ParamAbVersion { inspector: stepPane.inspector; designerStyle: stepPane.designerStyle } }
                DelegateChoice { roleValue: "ParamAbEnd"; ParamAbEnd { inspector: stepPane.inspector; designerStyle: stepPane.designerStyle } }
            }
        }
        Repeater {
            objectName: "stepProblems"
            // The step's problems that are not shown under one of its parameters.
            model: stepPane.document.problems.count >= 0 && stepPane.stepId !== ""
                   ? stepPane.document.problems.stepProblems(stepPane.stepId)
                   : []
            delegate: Label {
                required property stepProblem modelData
                Layout.fillWidth: true
                Layout.topMargin: 6
                wrapMode: Text.WordWrap
                text: (modelData.severity === "error" ? "\u2716 " : "\u26A0 ") + modelData.message
                color: stepPane.designerStyle.severityText(modelData.severity)
            }
        }
    }
}
