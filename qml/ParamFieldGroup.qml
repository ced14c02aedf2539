// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// A list of field rules and nested groups { match, rules }; emits the changed list.
ColumnLayout {
    id: group
    required property SequenceDocument document
    required property var rules
    required property int depth
    signal changed(var rules)
    spacing: 4

    function replaced(i: int, value: var): var {
        const copy = rules.slice()
        if (value === null)
            copy.splice(i, 1)
        else
            copy[i] = value
        return copy
    }

    Repeater {
        model: group.rules
        delegate: Loader {
            id: entry
            required property var modelData
            required property int index
            Layout.fillWidth: true
            sourceComponent: modelData.rules !== undefined ? nested : row
            Component {
                id: row
                ParamFieldRuleRow {
                    document: group.document
                    rule: entry.modelData
                    index: entry.index
                    onChanged: value => group.changed(group.replaced(entry.index, value))
                }
            }
            Component {
                id: nested
                Frame {
                    ColumnLayout {
                        anchors.fill: parent
                        RowLayout {
                            ComboBox {
                                model: [qsTr("All of"), qsTr("Any of")]
                                currentIndex: entry.modelData.match === "any" ? 1 : 0
                                onActivated: index => group.changed(group.replaced(entry.index,
                                    { match: index === 1 ? "any" : "all", rules: entry.modelData.rules }))
                            }
                            Item { Layout.fillWidth: true }
                            ToolButton {
                                text: "\u2715"
                                onClicked: group.changed(group.replaced(entry.index, null))
                            }
                        }
                        Loader {
                            Layout.fillWidth: true
                            Component.onCompleted: setSource("ParamFieldGroup.qml", {
                                document: group.document, rules: entry.modelData.rules, depth: group.depth + 1
                            })
                            Connections {
                                target: parent.item
                                ignoreUnknownSignals: true
                                function onChanged(rules) {
                                    group.changed(group.replaced(entry.index,
                                        { match: entry.modelData.match ?? "all", rules: rules }))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    RowLayout {
        Button {
            objectName: "addFieldRuleButton"
            text: qsTr("Add a rule")
            onClicked: group.changed(group.rules.concat([{ field: "", operator: "equals", value: "" }]))
        }
        Button {
            visible: group.depth < 2
            text: qsTr("Add a group")
            onClicked: group.changed(group.rules.concat([{ match: "any", rules: [] }]))
        }
    }
}
