// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// A field-condition builder over the fields of users: rules (field, operator, value) and groups
// of rules, joined by "all of" or "any of". Emits the whole condition {match, rules} on each
// change.
ColumnLayout {
    id: builder
    required property var condition
    required property AssignmentChoices choices
    readonly property var rules: condition.rules ?? []
    readonly property string match: condition.match ?? "all"
    signal edited(var condition)
    spacing: 4

    function replaced(i: int, value: var): var {
        const copy = rules.slice()
        if (value === null)
            copy.splice(i, 1)
        else
            copy[i] = value
        return copy
    }
    function emitRules(list: var) {
        edited({ match: match, rules: list })
    }

    RowLayout {
        Layout.fillWidth: true
        Label { text: qsTr("Members for whom") }
        ComboBox {
            objectName: "conditionMatch"
            Accessible.name: qsTr("Members for whom")
            Layout.fillWidth: true
            model: [qsTr("all of these hold"), qsTr("any of these holds")]
            currentIndex: builder.match === "any" ? 1 : 0
            onActivated: index => builder.edited({ match: index === 1 ? "any" : "all",
                                                   rules: builder.rules })
        }
    }
    Repeater {
        model: builder.rules
        delegate: ColumnLayout {
            id: entry
            required property var modelData
            required property int index
            readonly property bool isGroup: modelData.rules !== undefined
            Layout.fillWidth: true
            spacing: 0
            ConditionBuilderRow {
                Layout.fillWidth: true
                visible: !entry.isGroup
                rule: entry.isGroup ? ({}) : entry.modelData
                index: entry.index
                choices: builder.choices
                onEdited: rule => builder.emitRules(builder.replaced(entry.index, rule))
            }
            ConditionBuilderGroup {
                Layout.fillWidth: true
                visible: entry.isGroup
                group: entry.isGroup ? entry.modelData : ({})
                index: entry.index
                choices: builder.choices
                onEdited: group => builder.emitRules(builder.replaced(entry.index, group))
            }
        }
    }
    RowLayout {
        Button {
            objectName: "conditionAddRule"
            text: qsTr("Add a rule")
            onClicked: builder.emitRules(builder.rules.concat(
                           [{ field: "", operator: "equals", value: "" }]))
        }
        Button {
            objectName: "conditionAddGroup"
            text: qsTr("Add a group")
            onClicked: builder.emitRules(builder.rules.concat(
                           [{ match: "any", rules: [{ field: "", operator: "equals", value: "" }] }]))
        }
    }
}
