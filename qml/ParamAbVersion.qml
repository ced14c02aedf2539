// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// One version of an A/B test: its name and email template.
ParamEditor {
    id: param
    required property var value
    required property var choices // the email templates
    readonly property var current: value ?? ({ name: "", template: "" })
    readonly property var templates: ["", ...choices.map(t => t.value)]
    function set(name: string, template: string) {
        inspector.setValue(key, { name: name, template: template })
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 2
        Label { text: qsTr("Name") }
        TextField {
            objectName: "paramAbName_" + param.key
            Accessible.name: param.label + ": " + qsTr("Name")
            Layout.fillWidth: true
            text: param.current.name ?? ""
            onTextEdited: param.set(text, param.current.template ?? "")
        }
        Label { text: qsTr("Template") }
        ComboBox {
            objectName: "paramAbTemplate_" + param.key
            Accessible.name: param.label + ": " + qsTr("Template")
            Layout.fillWidth: true
            model: param.templates
            // Each version needs a template: until one is chosen the box says so and is marked.
            displayText: currentText === "" ? qsTr("Choose a template") : currentText
            currentIndex: Math.max(0, param.templates.indexOf(param.current.template ?? ""))
            onActivated: index => param.set(param.current.name ?? "", param.templates[index])
            Rectangle {
                objectName: "missingMark_" + param.key
                anchors.fill: parent
                visible: parent.currentText === ""
                color: "transparent"
                border.color: Theme.colors.errorText
                border.width: 2
                radius: 3
            }
        }
    }
}
