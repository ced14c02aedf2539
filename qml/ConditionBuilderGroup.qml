// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// A group of rules inside the condition builder, with its own "all of" / "any of".
Frame {
    id: frame
    required property var group
    required property int index
    required property AssignmentChoices choices
    readonly property var rules: group.rules ?? []
    signal edited(var group) // null: delete the group
    objectName: "conditionGroup_" + index

    function withRules(list: var): var {
        return { match: group.match ?? "all", rules: list }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            ComboBox {
                Accessible.name: qsTr("Match of the group")
                model: [qsTr("All of"), qsTr("Any of")]
                currentIndex: frame.group.match === "any" ? 1 : 0
                onActivated: index => frame.edited({ match: index === 1 ? "any" : "all",
                                                     rules: frame.rules })
            }
            Item { Layout.fillWidth: true }
            ToolButton {
                text: "\u2715"
                Accessible.name: qsTr("Delete the group")
                onClicked: frame.edited(null)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Delete the group")
            }
        }
        Repeater {
            model: frame.rules
            delegate: ConditionBuilderRow {
                id: ruleRow
                required property var modelData
                required property int index
                Layout.fillWidth: true
                rule: modelData
                choices: frame.choices
                onEdited: rule => {
                    const copy = frame.rules.slice()
                    if (rule === null)
                        copy.splice(ruleRow.index, 1)
                    else
                        copy[ruleRow.index] = rule
                    frame.edited(copy.length === 0 ? null : frame.withRules(copy))
                }
            }
        }
        Button {
            text: qsTr("Add a rule")
            onClicked: frame.edited(frame.withRules(frame.rules.concat(
                           [{ field: "", operator: "equals", value: "" }])))
        }
    }
}
