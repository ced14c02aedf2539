// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// One rule: field, operator, and a value typed by the field.
GridLayout {
    id: ruleRow
    required property SequenceDocument document
    required property var rule
    required property int index
    signal changed(var rule)
    readonly property var fields: document.choices("fields")
    readonly property var operators: document.choices("operators")
    readonly property var field: document.field(rule.field ?? "")
    readonly property bool needsValue: rule.operator !== "isEmpty" && rule.operator !== "isNotEmpty"
    function withValue(key: string, value: var): var {
        const copy = Object.assign({}, rule)
        copy[key] = value
        return copy
    }
    columns: 3
    objectName: "fieldRule_" + index

    ComboBox {
        Layout.fillWidth: true
        model: ruleRow.fields
        textRole: "label"
        valueRole: "value"
        displayText: currentIndex < 0 ? qsTr("Field…") : currentText
        currentIndex: ruleRow.fields.findIndex(f => f.value === ruleRow.rule.field)
        onActivated: index => ruleRow.changed({ field: ruleRow.fields[index].value,
                                                operator: ruleRow.rule.operator ?? "equals" })
    }
    ComboBox {
        Layout.fillWidth: true
        model: ruleRow.operators
        textRole: "label"
        valueRole: "value"
        currentIndex: ruleRow.operators.findIndex(o => o.value === ruleRow.rule.operator)
        onActivated: index => ruleRow.changed(ruleRow.withValue("operator", ruleRow.operators[index].value))
    }
    ToolButton {
        text: "\u2715"
        onClicked: ruleRow.changed(null)
    }
    Loader {
        Layout.columnSpan: 2
        Layout.fillWidth: true
        active: ruleRow.needsValue
        sourceComponent: ruleRow.field.type === "choice" ? choice : text
    }
    Component {
        id: choice
        ComboBox {
            model: ruleRow.field.options
            textRole: "label"
            valueRole: "value"
            currentIndex: ruleRow.field.options.findIndex(o => o.value === ruleRow.rule.value)
            onActivated: index => ruleRow.changed(ruleRow.withValue("value", ruleRow.field.options[index].value))
        }
    }
    Component {
        id: text
        TextField {
            placeholderText: qsTr("Value")
            text: ruleRow.rule.value ?? ""
            onEditingFinished: ruleRow.changed(ruleRow.withValue("value",
                ruleRow.field.type === "number" && text !== "" ? Number(text) : text))
        }
    }
}
