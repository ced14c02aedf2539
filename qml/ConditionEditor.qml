// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The one condition editor, for a field condition's rules and a team's member condition: rows of
// field, operator and a value typed by the field, and nested groups (all of / any of) of rows.
// Emits the changed list on each change; the caller writes it back, and the control that had the
// keyboard focus gets it back in the rebuilt rows, so that arrow keys on a combo box go on
// choosing (issue 13).
ColumnLayout {
    id: group
    required property var fields // maps {value, label, type, options}
    required property var operators // maps {value, label}
    required property var rules
    property int depth: 0
    // How deep groups may nest: "Add a group" shows only above it.
    property int maxDepth: 2
    // Names the items for tests: "field" gives "fieldRuleField_0", "addFieldRuleButton"...
    property string names: "field"
    // Where this group sits ("" at the top, "1." for the group at row 1): names items for tests.
    property string path: ""
    signal changed(var rules)
    spacing: 4

    readonly property string addName: "add" + names.charAt(0).toUpperCase() + names.slice(1)
    readonly property string pathSuffix: path === "" ? "" : "_" + path

    function replaced(i: int, value: var): var {
        const copy = rules.slice()
        if (value === null)
            copy.splice(i, 1)
        else
            copy[i] = value
        return copy
    }
    function emitChanged(list: var) {
        const focused = depth === 0 ? focusedName() : ""
        changed(list)
        if (focused !== "")
            refocus(group, focused)
    }
    function focusedName(): string {
        let name = ""
        for (let item = Window.activeFocusItem; item; item = item.parent) {
            if (item === group)
                return name
            if (name === "" && item.objectName !== "")
                name = item.objectName
        }
        return ""
    }
    function refocus(item: Item, name: string): bool {
        if (item.objectName === name && item.visible) {
            item.forceActiveFocus()
            return true
        }
        for (let i = 0; i < item.children.length; ++i) {
            if (refocus(item.children[i], name))
                return true
        }
        return false
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
                const common = { fields: group.fields, operators: group.operators, index: index,
                                 path: group.path, names: group.names }
                if (modelData.rules !== undefined)
                    setSource("ConditionEditorGroup.qml", Object.assign(common, {
                        group: modelData, depth: group.depth + 1, maxDepth: group.maxDepth }))
                else
                    setSource("ConditionEditorRule.qml", Object.assign(common, { rule: modelData }))
            }
            Connections {
                target: entry.item
                ignoreUnknownSignals: true
                function onChanged(value) { group.emitChanged(group.replaced(entry.index, value)) }
            }
        }
    }
    RowLayout {
        Button {
            objectName: group.addName + "RuleButton" + group.pathSuffix
            text: qsTr("Add a rule")
            onClicked: group.emitChanged(group.rules.concat(
                           [{ field: "", operator: "equals", value: "" }]))
        }
        Button {
            objectName: group.addName + "GroupButton" + group.pathSuffix
            visible: group.depth < group.maxDepth
            text: qsTr("Add a group")
            onClicked: group.emitChanged(group.rules.concat([{ match: "any", rules: [] }]))
        }
    }
}
