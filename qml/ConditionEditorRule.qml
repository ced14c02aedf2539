// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// One rule of the condition editor: a field, an operator, and a value typed by the field (its
// options for a choice field, Yes/No, a number or text otherwise; none for "is empty").
GridLayout {
    id: ruleRow
    required property var fields // maps {value, label, type, options}
    required property var operators // maps {value, label}
    required property var rule
    required property int index
    required property string names
    property string path: "" // of the group it is in, for the objectNames
    signal changed(var rule) // null: remove the rule
    readonly property var field: fields.find(f => f.value === (rule.field ?? "")) ?? ({})
    readonly property bool needsValue: rule.operator !== "isEmpty" && rule.operator !== "isNotEmpty"
    readonly property string kind: field.type === "choice" || field.type === "yesno" ? field.type
                                                                                    : "text"
    readonly property string itemName: path + index
    function withValue(key: string, value: var): var {
        const copy = Object.assign({}, rule)
        copy[key] = value
        return copy
    }
    // A new field starts with a value of its type; "is empty" and "is not empty" take none.
    function withField(f: var): var {
        return { field: f.value, operator: rule.operator ?? "equals",
                 value: f.type === "yesno" ? true
                      : f.type === "choice" && f.options.length > 0 ? f.options[0].value : "" }
    }
    function withOperator(op: string): var {
        const copy = withValue("operator", op)
        if (op === "isEmpty" || op === "isNotEmpty")
            delete copy.value
        return copy
    }
    columns: 3
    objectName: names + "Rule_" + itemName

    ComboBox {
        objectName: ruleRow.names + "RuleField_" + ruleRow.itemName
        Accessible.name: qsTr("Rule %1: field").arg(ruleRow.index + 1)
        Layout.fillWidth: true
        model: ruleRow.fields
        textRole: "label"
        valueRole: "value"
        displayText: currentIndex < 0 ? qsTr("Field…") : currentText
        currentIndex: ruleRow.fields.findIndex(f => f.value === ruleRow.rule.field)
        onActivated: index => ruleRow.changed(ruleRow.withField(ruleRow.fields[index]))
    }
    ComboBox {
        objectName: ruleRow.names + "RuleOperator_" + ruleRow.itemName
        Accessible.name: qsTr("Rule %1: operator").arg(ruleRow.index + 1)
        Layout.fillWidth: true
        model: ruleRow.operators
        textRole: "label"
        valueRole: "value"
        currentIndex: ruleRow.operators.findIndex(o => o.value === ruleRow.rule.operator)
        onActivated: index => ruleRow.changed(ruleRow.withOperator(ruleRow.operators[index].value))
    }
    ToolButton {
        objectName: ruleRow.names + "RuleRemove_" + ruleRow.itemName
        text: "\u2715"
        Accessible.name: qsTr("Remove the rule")
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Remove the rule")
        onClicked: ruleRow.changed(null)
    }
    // The value, typed by the field. All three exist and one shows (inline Components cannot be
    // loaded here).
    ComboBox {
        objectName: ruleRow.names + "RuleValue_" + ruleRow.itemName
        Accessible.name: qsTr("Rule %1: value").arg(ruleRow.index + 1)
        Layout.columnSpan: 2
        Layout.fillWidth: true
        visible: ruleRow.needsValue && ruleRow.kind === "choice"
        model: ruleRow.kind === "choice" ? ruleRow.field.options : []
        textRole: "label"
        valueRole: "value"
        displayText: currentIndex < 0 ? qsTr("Value…") : currentText
        currentIndex: ruleRow.kind === "choice"
                      ? ruleRow.field.options.findIndex(o => o.value === ruleRow.rule.value) : -1
        onActivated: index => ruleRow.changed(
                         ruleRow.withValue("value", ruleRow.field.options[index].value))
    }
    ComboBox {
        objectName: ruleRow.names + "RuleYesNo_" + ruleRow.itemName
        Accessible.name: qsTr("Rule %1: value").arg(ruleRow.index + 1)
        Layout.columnSpan: 2
        Layout.fillWidth: true
        visible: ruleRow.needsValue && ruleRow.kind === "yesno"
        model: [qsTr("Yes"), qsTr("No")]
        currentIndex: ruleRow.rule.value === false ? 1 : 0
        onActivated: index => ruleRow.changed(ruleRow.withValue("value", index === 0))
    }
    TextField {
        objectName: ruleRow.names + "RuleText_" + ruleRow.itemName
        Accessible.name: qsTr("Rule %1: value").arg(ruleRow.index + 1)
        Layout.columnSpan: 2
        Layout.fillWidth: true
        visible: ruleRow.needsValue && ruleRow.kind === "text"
        placeholderText: ruleRow.field.type === "number" ? qsTr("A number") : qsTr("Value")
        text: ruleRow.rule.value ?? ""
        onEditingFinished: if (text !== String(ruleRow.rule.value ?? ""))
                               ruleRow.changed(ruleRow.withValue("value",
                                   ruleRow.field.type === "number" && text !== "" ? Number(text)
                                                                                 : text))
    }
}
