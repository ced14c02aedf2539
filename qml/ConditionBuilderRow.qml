// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// One rule of the condition builder: a user field, an operator, and a value typed by the field
// (a list for choices, Yes/No, text otherwise).
GridLayout {
    id: ruleRow
    required property var rule
    required property int index
    required property AssignmentChoices choices
    signal edited(var rule) // null: delete the rule
    readonly property var fields: choices.userFields
    readonly property var operators: choices.operators
    readonly property var field: choices.userField(rule.field ?? "")
    readonly property bool needsValue: rule.operator !== "isEmpty" && rule.operator !== "isNotEmpty"
    columns: 3
    columnSpacing: 4
    rowSpacing: 2
    objectName: "conditionRule_" + index

    function withValue(key: string, value: var): var {
        const copy = Object.assign({}, rule)
        copy[key] = value
        return copy
    }
    function withOperator(op: string): var {
        const copy = withValue("operator", op)
        if (op === "isEmpty" || op === "isNotEmpty")
            delete copy.value
        return copy
    }

    ComboBox {
        objectName: "conditionField_" + ruleRow.index
        Accessible.name: qsTr("Rule %1: field").arg(ruleRow.index + 1)
        Layout.fillWidth: true
        model: ruleRow.fields
        textRole: "label"
        valueRole: "value"
        displayText: currentIndex < 0 ? qsTr("Field…") : currentText
        currentIndex: ruleRow.fields.findIndex(f => f.value === ruleRow.rule.field)
        onActivated: index => {
            const f = ruleRow.fields[index]
            const value = f.type === "yesno" ? true
                        : f.type === "choice" && f.options.length > 0 ? f.options[0].value : ""
            ruleRow.edited({ field: f.value, operator: ruleRow.rule.operator ?? "equals",
                             value: value })
        }
    }
    ComboBox {
        objectName: "conditionOperator_" + ruleRow.index
        Accessible.name: qsTr("Rule %1: operator").arg(ruleRow.index + 1)
        Layout.fillWidth: true
        model: ruleRow.operators
        textRole: "label"
        valueRole: "value"
        currentIndex: ruleRow.operators.findIndex(o => o.value === ruleRow.rule.operator)
        onActivated: index => ruleRow.edited(ruleRow.withOperator(ruleRow.operators[index].value))
    }
    ToolButton {
        text: "\u2715"
        Accessible.name: qsTr("Delete the rule")
        onClicked: ruleRow.edited(null)
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Delete the rule")
    }
    // The value, typed by the field (hidden for "is empty" and "is not empty").
    ComboBox {
        objectName: "conditionChoice_" + ruleRow.index
        Accessible.name: qsTr("Rule %1: value").arg(ruleRow.index + 1)
        Layout.columnSpan: 2
        Layout.fillWidth: true
        visible: ruleRow.needsValue && ruleRow.field.type === "choice"
        model: ruleRow.field.options ?? []
        textRole: "label"
        valueRole: "value"
        currentIndex: (ruleRow.field.options ?? []).findIndex(o => o.value === ruleRow.rule.value)
        onActivated: index => ruleRow.edited(
                         ruleRow.withValue("value", ruleRow.field.options[index].value))
    }
    ComboBox {
        objectName: "conditionYesNo_" + ruleRow.index
        Accessible.name: qsTr("Rule %1: value").arg(ruleRow.index + 1)
        Layout.columnSpan: 2
        Layout.fillWidth: true
        visible: ruleRow.needsValue && ruleRow.field.type === "yesno"
        model: [qsTr("Yes"), qsTr("No")]
        currentIndex: ruleRow.rule.value === false ? 1 : 0
        onActivated: index => ruleRow.edited(ruleRow.withValue("value", index === 0))
    }
    TextField {
        objectName: "conditionValue_" + ruleRow.index
        Accessible.name: qsTr("Rule %1: value").arg(ruleRow.index + 1)
        Layout.columnSpan: 2
        Layout.fillWidth: true
        visible: ruleRow.needsValue && ruleRow.field.type !== "choice"
                 && ruleRow.field.type !== "yesno"
        placeholderText: ruleRow.field.type === "number" ? qsTr("A number") : qsTr("Value")
        text: ruleRow.rule.value ?? ""
        onEditingFinished: if (text !== String(ruleRow.rule.value ?? ""))
                               ruleRow.edited(ruleRow.withValue("value",
                                   ruleRow.field.type === "number" && text !== "" ? Number(text) : text))
    }
}
