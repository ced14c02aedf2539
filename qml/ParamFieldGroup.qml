// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// A list of field rules and nested groups { match, rules }; emits the changed list.
ColumnLayout {
    id: group
    required property var fields // of the record type, maps {value, label, type, options}
    required property var operators // maps {value, label}
    required property var rules
    required property int depth
    // Where this group sits ("" at the top, "1." for the group at row 1): names items for tests.
    property string path: ""
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
        // A rule row, or a nested group in a frame. Loaded by file with its properties: inline
        // bound Components cannot be instantiated by a Loader in a delegate (Qt 6.4).
        delegate: Loader {
            id: entry
            required property var modelData
            required property int index
            Layout.fillWidth: true
            Component.onCompleted: {
                const nested = modelData.rules !== undefined
                setSource(nested ? "ParamFieldNested.qml" : "ParamFieldRuleRow.qml", nested
                    ? { fields: group.fields, operators: group.operators, group: modelData, index: index,
                        depth: group.depth + 1, path: group.path }
                    : { fields: group.fields, operators: group.operators, rule: modelData, index: index, path: group.path })
            }
            Connections {
                target: entry.item
                ignoreUnknownSignals: true
                function onChanged(value) { group.changed(group.replaced(entry.index, value)) }
            }
        }
    }
    RowLayout {
        Button {
            objectName: "addFieldRuleButton" + (group.path === "" ? "" : "_" + group.path)
            text: qsTr("Add a rule")
            onClicked: group.changed(group.rules.concat([{ field: "", operator: "equals", value: "" }]))
        }
        Button {
            objectName: "addFieldGroupButton" + (group.path === "" ? "" : "_" + group.path)
            visible: group.depth < 2
            text: qsTr("Add a group")
            onClicked: group.changed(group.rules.concat([{ match: "any", rules: [] }]))
        }
    }
}
