// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// The value of "Update field", typed by the chosen field: a list for choices, a check box for
// yes/no, a number or text box otherwise. All three exist and one shows: this file is loaded by
// a Loader with initial properties, where inline bound Components cannot be instantiated (Qt 6.4).
Item {
    id: box
    objectName: "paramFieldValue"
    required property SequenceDocument document
    required property string stepId
    required property var spec
    readonly property var field: (document.revision >= 0 ? (document.field(document.param(stepId, "field") ?? "")) : undefined)
    readonly property var current: (document.revision >= 0 ? (document.param(stepId, spec.key)) : undefined)
    readonly property string kind: field.type === "choice" || field.type === "yesno" ? field.type : "text"
    function set(v: var) { document.setParam(stepId, spec.key, v) }
    implicitHeight: kind === "choice" ? choiceBox.implicitHeight
                  : kind === "yesno" ? yesNo.implicitHeight : textBox.implicitHeight

    ComboBox {
        id: choiceBox
        objectName: "paramValueChoice"
        Accessible.name: box.spec.label
        width: parent.width
        visible: box.kind === "choice"
        model: box.kind === "choice" ? box.field.options : []
        textRole: "label"
        valueRole: "value"
        displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
        currentIndex: box.kind === "choice" ? box.field.options.findIndex(o => o.value === box.current) : -1
        onActivated: index => box.set(box.field.options[index].value)
    }
    CheckBox {
        id: yesNo
        objectName: "paramValueCheck"
        visible: box.kind === "yesno"
        text: qsTr("Yes")
        checked: box.current === true
        onToggled: box.set(checked)
    }
    TextField {
        id: textBox
        objectName: "paramValueText"
        Accessible.name: box.spec.label
        width: parent.width
        visible: box.kind === "text"
        placeholderText: box.field.type === "number" ? qsTr("A number")
                       : box.field.type === "date" ? qsTr("YYYY-MM-DD") : ""
        text: box.kind === "text" ? (box.current ?? "") : ""
        validator: box.field.type === "number" ? numbers : null
        onTextEdited: box.set(box.field.type === "number" && text !== "" ? Number(text) : text)
        DoubleValidator { id: numbers }
    }
}
