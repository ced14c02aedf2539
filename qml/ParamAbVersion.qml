// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// One version of an A/B test: its name and email template.
GridLayout {
    id: grid
    required property SequenceDocument document
    required property string stepId
    required property var spec
    readonly property var current: (document.revision >= 0 ? (document.param(stepId, spec.key) ?? ({ name: "", template: "" })) : undefined)
    readonly property var templates: [""].concat(document.choices("emailTemplates").map(t => t.value))
    function set(name: string, template: string) {
        document.setParam(stepId, spec.key, { name: name, template: template })
    }
    columns: 2
    Label { text: qsTr("Name") }
    TextField {
        objectName: "paramAbName_" + grid.spec.key
        Accessible.name: grid.spec.label + ": " + qsTr("Name")
        Layout.fillWidth: true
        text: grid.current.name ?? ""
        onTextEdited: grid.set(text, grid.current.template ?? "")
    }
    Label { text: qsTr("Template") }
    ComboBox {
        objectName: "paramAbTemplate_" + grid.spec.key
        Accessible.name: grid.spec.label + ": " + qsTr("Template")
        Layout.fillWidth: true
        model: grid.templates
        // Each version needs a template: until one is chosen the box says so and is marked.
        displayText: currentText === "" ? qsTr("Choose a template") : currentText
        currentIndex: Math.max(0, grid.templates.indexOf(grid.current.template ?? ""))
        onActivated: index => grid.set(grid.current.name ?? "", grid.templates[index])
        Rectangle {
            objectName: "missingMark_" + grid.spec.key
            anchors.fill: parent
            visible: parent.currentText === ""
            color: "transparent"
            border.color: Theme.colors.errorText
            border.width: 2
            radius: 3
        }
    }
}
