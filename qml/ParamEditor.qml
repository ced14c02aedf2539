// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// One parameter of the selected step, a row of StepInspector: its label, its editor (the
// Param*.qml built on this puts it in) and the validator's messages about it, marked in place.
// The roles come in as required properties; an editor sets a value with inspector.setValue().
ColumnLayout {
    id: editor
    required property StepInspector inspector
    required property DesignerStyle designerStyle
    required property string key
    required property string label
    required property bool optional
    required property var problems
    property bool showLabel: true
    default property alias content: slot.data
    objectName: "param_" + key
    Layout.fillWidth: true
    Layout.topMargin: 6
    spacing: 2

    Label {
        visible: editor.showLabel
        text: editor.label + (editor.optional ? " " + qsTr("(optional)") : "")
        color: editor.problems.length > 0 ? editor.designerStyle.severityText(editor.problems[0].severity)
                                           : editor.palette.windowText
    }
    ColumnLayout {
        id: slot
        Layout.fillWidth: true
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
