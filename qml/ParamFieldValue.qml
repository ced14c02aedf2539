// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// The value of "Update field", typed by the chosen field: a list for choices, a check box for
// yes/no, a number or text box otherwise.
Loader {
    id: loader
    required property SequenceDocument document
    required property string stepId
    required property var spec
    readonly property var field: { document.revision; return document.field(document.param(stepId, "field") ?? "") }
    readonly property var current: { document.revision; return document.param(stepId, spec.key) }
    function set(v: var) { document.setParam(stepId, spec.key, v) }

    sourceComponent: field.type === "choice" ? choiceBox : field.type === "yesno" ? yesNo : textBox

    Component {
        id: choiceBox
        ComboBox {
            objectName: "paramValueChoice"
            model: loader.field.options
            textRole: "label"
            valueRole: "value"
            currentIndex: loader.field.options.findIndex(o => o.value === loader.current)
            onActivated: index => loader.set(loader.field.options[index].value)
        }
    }
    Component {
        id: yesNo
        CheckBox {
            objectName: "paramValueCheck"
            text: qsTr("Yes")
            checked: loader.current === true
            onToggled: loader.set(checked)
        }
    }
    Component {
        id: textBox
        TextField {
            objectName: "paramValueText"
            placeholderText: loader.field.type === "number" ? qsTr("A number")
                           : loader.field.type === "date" ? qsTr("YYYY-MM-DD") : ""
            text: loader.current ?? ""
            validator: loader.field.type === "number" ? numbers : null
            onTextEdited: loader.set(loader.field.type === "number" && text !== "" ? Number(text) : text)
            DoubleValidator { id: numbers }
        }
    }
}
