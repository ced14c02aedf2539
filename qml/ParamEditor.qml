// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// One parameter of the selected step: its label, the editor that fits its kind, and the
// validator's message about it, marked in place.
ColumnLayout {
    id: editor
    required property var modelData // the ParamSpec as a map
    required property SequenceDocument document
    required property string stepId
    required property DesignerStyle designerStyle
    readonly property var spec: modelData
    readonly property var problems: (document.revision >= 0 && document.problems.count >= 0 ? document.paramProblems(stepId, spec.key) : [])
    objectName: "param_" + spec.key
    spacing: 2

    readonly property var files: ({
        Days: "ParamNumber.qml", Hours: "ParamNumber.qml", Integer: "ParamNumber.qml",
        Duration: "ParamDuration.qml", Bool: "ParamBool.qml", Text: "ParamText.qml",
        Choice: "ParamChoice.qml", EmailTemplate: "ParamChoice.qml", SmsTemplate: "ParamChoice.qml",
        Process: "ParamChoice.qml", SequenceRef: "ParamChoice.qml", Field: "ParamChoice.qml",
        ChoiceSet: "ParamChoiceSet.qml", CallResults: "ParamChoiceSet.qml", Stages: "ParamChoiceSet.qml",
        FieldValue: "ParamFieldValue.qml", FieldRules: "ParamFieldRules.qml",
        AbVersion: "ParamAbVersion.qml", AbEnd: "ParamAbEnd.qml"
    })

    Label {
        visible: editor.spec.kind !== "Bool"
        text: editor.spec.label + (editor.spec.required ? "" : " " + qsTr("(optional)"))
        color: editor.problems.length > 0 ? editor.designerStyle.severityText(editor.problems[0].severity)
                                           : editor.palette.windowText
    }
    Loader {
        id: loader
        Layout.fillWidth: true
        Component.onCompleted: setSource(editor.files[editor.spec.kind] ?? "ParamText.qml", {
            document: editor.document, stepId: editor.stepId, spec: editor.spec
        })
    }
    Repeater {
        model: editor.problems
        delegate: Label {
            required property var modelData
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: 12
            text: modelData.message
            color: editor.designerStyle.severityText(modelData.severity)
        }
    }
}
