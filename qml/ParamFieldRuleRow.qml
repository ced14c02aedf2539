// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// One rule: field, operator, and a value typed by the field.
GridLayout {
    id: ruleRow
    required property var fields // of the record type, maps {value, label, type, options}
    required property var operators // maps {value, label}
    required property var rule
    required property int index
    property string path: "" // of the group it is in, for the objectNames
    signal changed(var rule)
    readonly property var field: fields.find(f => f.value === (rule.field ?? "")) ?? ({})
    readonly property bool needsValue: rule.operator !== "isEmpty" && rule.operator !== "isNotEmpty"
    function withValue(key: string, value: var): var {
        const copy = Object.assign({}, rule)
        copy[key] = value
        return copy
    }
    columns: 3
    objectName: "fieldRule_" + path + index

    ComboBox {
        objectName: "fieldRuleField_" + ruleRow.path + ruleRow.index
        Accessible.name: qsTr("Rule %1: field").arg(ruleRow.index + 1)
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
        objectName: "fieldRuleOperator_" + ruleRow.path + ruleRow.index
        Accessible.name: qsTr("Rule %1: operator").arg(ruleRow.index + 1)
        Layout.fillWidth: true
        model: ruleRow.operators
        textRole: "label"
        valueRole: "value"
        currentIndex: ruleRow.operators.findIndex(o => o.value === ruleRow.rule.operator)
        onActivated: index => ruleRow.changed(ruleRow.withValue("operator", ruleRow.operators[index].value))
    }
    ToolButton {
        objectName: "fieldRuleRemove_" + ruleRow.path + ruleRow.index
        text: "\u2715"
        Accessible.name: qsTr("Remove the rule")
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Remove the rule")
        onClicked: ruleRow.changed(null)
    }
    // The value, typed by the field: its options for a choice field, else text (a number for
    // a number field). Both exist; one shows (inline Components cannot be loaded here).
    readonly property bool isChoice: field.type === "choice"
    ComboBox {
        objectName: "fieldRuleValue_" + ruleRow.path + ruleRow.index
        Accessible.name: qsTr("Rule %1: value").arg(ruleRow.index + 1)
        Layout.columnSpan: 2
        Layout.fillWidth: true
        visible: ruleRow.needsValue && ruleRow.isChoice
        model: ruleRow.isChoice ? ruleRow.field.options : []
        textRole: "label"
        valueRole: "value"
        displayText: currentIndex < 0 ? qsTr("Value…") : currentText
        currentIndex: ruleRow.isChoice ? ruleRow.field.options.findIndex(o => o.value === ruleRow.rule.value) : -1
        onActivated: index => ruleRow.changed(ruleRow.withValue("value", ruleRow.field.options[index].value))
    }
    TextField {
        objectName: "fieldRuleText_" + ruleRow.path + ruleRow.index
        Accessible.name: qsTr("Rule %1: value").arg(ruleRow.index + 1)
        Layout.columnSpan: 2
        Layout.fillWidth: true
        visible: ruleRow.needsValue && !ruleRow.isChoice
        placeholderText: qsTr("Value")
        text: ruleRow.rule.value ?? ""
        onEditingFinished: ruleRow.changed(ruleRow.withValue("value",
            ruleRow.field.type === "number" && text !== "" ? Number(text) : text))
    }
}
