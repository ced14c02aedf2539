// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The value of "Update field", typed by the chosen field: a list for choices, a check box for
// yes/no, a number or text box otherwise. All three exist and one shows.
ParamEditor {
    id: param
    required property var value
    required property var field // the chosen field, {} when none
    readonly property string fieldKind: field.type === "choice" || field.type === "yesno" ? field.type : "text"
    function set(v: var) { inspector.setValue(key, v) }

    Item {
        objectName: "paramFieldValue"
        Layout.fillWidth: true
        implicitHeight: param.fieldKind === "choice" ? choiceBox.implicitHeight
                      : param.fieldKind === "yesno" ? yesNo.implicitHeight : textBox.implicitHeight

        ComboBox {
            id: choiceBox
            objectName: "paramValueChoice"
            Accessible.name: param.label
            width: parent.width
            visible: param.fieldKind === "choice"
            model: param.fieldKind === "choice" ? param.field.options : []
            textRole: "label"
            valueRole: "value"
            displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
            currentIndex: param.fieldKind === "choice" ? param.field.options.findIndex(o => o.value === param.value) : -1
            onActivated: index => param.set(param.field.options[index].value)
        }
        CheckBox {
            id: yesNo
            objectName: "paramValueCheck"
            visible: param.fieldKind === "yesno"
            text: qsTr("Yes")
            checked: param.value === true
            onToggled: param.set(checked)
        }
        TextField {
            id: textBox
            objectName: "paramValueText"
            Accessible.name: param.label
            width: parent.width
            visible: param.fieldKind === "text"
            placeholderText: param.field.type === "number" ? qsTr("A number")
                           : param.field.type === "date" ? qsTr("YYYY-MM-DD") : ""
            text: param.fieldKind === "text" ? (param.value ?? "") : ""
            validator: param.field.type === "number" ? numbers : null
            onTextEdited: param.set(param.field.type === "number" && text !== "" ? Number(text) : text)
            DoubleValidator { id: numbers }
        }
    }
}
